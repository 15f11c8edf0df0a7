"""Arabic-first text engine: matching normalisation with offset maps,
sentence splitting, tokenisation and the ``Doc``/``Mention`` containers."""

from diplomap.text.doc import RESOLUTIONS, Doc, Mention, iso_date, parse_date
from diplomap.text.normalize import Normalized, normalize, normalize_key
from diplomap.text.search import search_text, search_tokens
from diplomap.text.segment import split_sentences, tokenize

__all__ = [
    "RESOLUTIONS",
    "Doc",
    "Mention",
    "Normalized",
    "iso_date",
    "normalize",
    "normalize_key",
    "parse_date",
    "search_text",
    "search_tokens",
    "split_sentences",
    "tokenize",
]
