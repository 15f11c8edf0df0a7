"""Arabic-first text engine: matching normalisation with offset maps,
sentence splitting, tokenisation and the ``Doc``/``Mention`` containers."""

from diplomap.text.dates import IsoDate, iso_date, make_date, parse_date, parse_iso
from diplomap.text.doc import RESOLUTIONS, Doc, Mention
from diplomap.text.normalize import Normalized, fold, normalize, normalize_key
from diplomap.text.search import search_text, search_tokens
from diplomap.text.segment import split_sentences, tokenize

__all__ = [
    "RESOLUTIONS",
    "Doc",
    "IsoDate",
    "Mention",
    "Normalized",
    "fold",
    "iso_date",
    "make_date",
    "normalize",
    "normalize_key",
    "parse_date",
    "parse_iso",
    "search_text",
    "search_tokens",
    "split_sentences",
    "tokenize",
]
