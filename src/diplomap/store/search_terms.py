"""How search reads a query: `text.parse_query`, with the words the entity linker knows
narrowed to their readings as names (bare بكين stays بكين; لكازاخستان is also كازاخستان).
Shared by search and the events' text filter (`store.queries`)."""

from __future__ import annotations

from functools import cache

from diplomap.text import normalize
from diplomap.text.search import Query, Term, fts_expression, name_readings, parse_query


@cache
def _name_readings(word: str) -> tuple[str, ...] | None:
    """The readings of a query word the entity linker knows: as written when it is a name
    (بكين; with or without its article: الصين, صين), the word and the name behind its
    proclitics (لكازاخستان, كازاخستان); None when unknown."""
    from diplomap.lexicon.linker import default_linker

    norm = normalize(word)
    whole = [c for c in default_linker().candidates(norm, "ar")
             if c.start == 0 and c.end == len(norm.text)]
    if not whole:
        return None
    if any(c.name_start == 0 for c in whole):
        return tuple(name_readings(word))
    stem = norm.text[max(c.name_start for c in whole):]
    return tuple(dict.fromkeys([word, *name_readings(stem)]))


def _refined(term: Term) -> Term:
    if term.prefix or len(term.readings) < 2:
        return term
    known = _name_readings(term.readings[0])
    return term if known is None else Term(known)


def parse(query: str) -> Query:
    """`text.parse_query`, with the readings of the words the lexicon knows narrowed."""
    parsed = parse_query(query)
    parsed.alternatives = [[_refined(t) for t in group] for group in parsed.alternatives]
    return parsed


def fts_query(query: str) -> str | None:
    """The FTS5 MATCH expression of a user query (None when it has no word)."""
    return fts_expression(parse(query))
