"""Names of entities: the one resolver of what a user typed (an ID in any case, an Arabic or
English name with clitics or another spelling) to an entity ID, with suggestions, and the
display names of every ID (the database, else the lexicon, else CLDR via Babel).

The API (`/api/resolve`, the pages' path parameters) and the CLI (`profile`, `balance`,
`dyad`, `network --center`, `events --actor`) all resolve through `resolve_entity`.
"""

from __future__ import annotations

import difflib
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from diplomap.lexicon import Lexicon, link_text, load_lexicon
from diplomap.store.evidence import entity_rows
from diplomap.text import normalize_key

ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f]")
SUGGESTIONS = 6


@dataclass
class Resolution:
    """What `text` stands for: `id` (None when unresolved) and close `suggestions`."""

    text: str
    id: str | None = None
    how: str = ""  # id | name | linked
    suggestions: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"query": self.text, "id": self.id, "how": self.how,
                "suggestions": self.suggestions}


def resolve_entity(conn: sqlite3.Connection, text: str,
                   kinds: Iterable[str] | None = None) -> Resolution:
    """The entity `text` names: an ID (any case), a name or alias in the database or the
    lexicon (normalised: hamza forms, ta marbuta, diacritics, case), or whatever the entity
    linker finds spanning the whole text (clitics, nisba adjectives, spelling variants).
    `kinds` limits the answer (and the suggestions) to those entity kinds."""
    wanted = set(kinds) if kinds else None
    query = " ".join(str(text).split())
    result = Resolution(query)
    if not query:
        return result
    index = _db_names(conn)
    for how, found in (("id", _by_id(conn, query)), ("name", _by_name(conn, query, index)),
                       ("linked", _by_linker(query))):
        if found and _kind_ok(conn, found, wanted):
            result.id, result.how = found, how
            return result
    result.suggestions = suggest(conn, query, wanted)
    return result


def _kind_ok(conn: sqlite3.Connection, entity_id: str, wanted: set[str] | None) -> bool:
    return wanted is None or entity_kind(conn, entity_id) in wanted


def entity_kind(conn: sqlite3.Connection, entity_id: str) -> str | None:
    row = entity_rows(conn, [entity_id]).get(entity_id)
    if row:
        return row["kind"]
    found = load_lexicon().entity(entity_id)
    return found.kind if found else None


def _known_ids(conn: sqlite3.Connection, candidates: list[str]) -> str | None:
    lexicon = load_lexicon()
    for candidate in candidates:
        if candidate in lexicon or _in_db(conn, candidate):
            return candidate
    return None


def _in_db(conn: sqlite3.Connection, entity_id: str) -> bool:
    queries = ("SELECT 1 FROM entities WHERE id = ?", "SELECT 1 FROM event_summary WHERE "
               "source = ?", "SELECT 1 FROM event_summary WHERE target = ?",
               "SELECT 1 FROM facts WHERE subject = ?", "SELECT 1 FROM facts WHERE object = ?")
    return any(conn.execute(q + " LIMIT 1", (entity_id,)).fetchone() for q in queries)


def _by_id(conn: sqlite3.Connection, query: str) -> str | None:
    if " " in query or ARABIC.search(query):
        return None
    if ":" in query:  # PER:putin, loc:Oskemen
        prefix, _, rest = query.partition(":")
        return _known_ids(conn, [query, f"{prefix.upper()}:{rest}",
                                 f"{prefix.upper()}:{rest.lower()}"])
    return _known_ids(conn, [query, query.upper()])


def _by_name(conn: sqlite3.Connection, query: str, index: dict[str, str]) -> str | None:
    key = normalize_key(query)
    return index.get(key) or _lexicon_names(load_lexicon()).get(key)


def _by_linker(query: str) -> str | None:
    lang = "ar" if ARABIC.search(query) else "en"
    variants = [query] if lang == "ar" else list(dict.fromkeys([query, query.title()]))
    for variant in variants:
        mentions = [m for m in link_text(variant, lang).mentions if not m.nested]
        if len(mentions) == 1 and _covers(mentions[0].start, mentions[0].end, variant):
            return mentions[0].entity_id
    return None


def _covers(start: int, end: int, text: str) -> bool:
    return not text[:start].strip() and not text[end:].strip()


def _db_names(conn: sqlite3.Connection) -> dict[str, str]:
    """{normalised name or ID: ID} of the entities table."""
    index: dict[str, str] = {}
    for entity_id, en, ar in conn.execute("SELECT id, en, ar FROM entities"):
        for name in (en, ar, entity_id):
            if name:
                index.setdefault(normalize_key(name), entity_id)
    return index


def _lexicon_names(lexicon: Lexicon) -> dict[str, str]:
    return _lexicon_index(lexicon.key)


@cache
def _lexicon_index(_key: str) -> dict[str, str]:
    """{normalised name, alias, acronym or ID: ID} of the lexicon (states and bodies)."""
    index: dict[str, str] = {}
    for ent in load_lexicon():
        if ent.kind in ("title", "modifier", "stop"):
            continue
        forms = [ent.id, ent.en, *ent.acronyms, *(n for names in ent.names.values()
                                                  for n in names)]
        for form in forms:
            if form:
                index.setdefault(normalize_key(form), ent.id)
    return index


def suggest(conn: sqlite3.Connection, query: str, kinds: set[str] | None = None,
            limit: int = SUGGESTIONS) -> list[dict[str, Any]]:
    """Entities whose names start with, contain or resemble `query`, most alike first."""
    key = normalize_key(query)
    index = {**_lexicon_names(load_lexicon()), **_db_names(conn)}
    starts = [i for n, i in index.items() if n.startswith(key)]
    contains = [i for n, i in index.items() if key in n and len(key) >= 2]
    close = [index[n] for n in difflib.get_close_matches(key, list(index), n=limit * 2,
                                                        cutoff=0.6)]
    ids = [i for i in dict.fromkeys([*starts, *close, *contains])
           if kinds is None or entity_kind(conn, i) in kinds]
    names = display_names(conn, ids[:limit])
    return [{"id": i, **names[i]} for i in ids[:limit]]


def display_names(conn: sqlite3.Connection, ids: Iterable[str | None]) -> dict[str, dict]:
    """{id: {kind, en, ar}} for every ID: the entities table, filled from the lexicon, then
    from CLDR (Babel) for state codes; kind None when nothing knows the ID."""
    wanted = sorted({i for i in ids if i})
    found = entity_rows(conn, wanted)
    lexicon = load_lexicon()
    for entity_id in wanted:
        row = found.setdefault(entity_id, {"kind": None, "en": None, "ar": None})
        ent = lexicon.entity(entity_id)
        if ent is not None and ent.a2:  # a state: CLDR's common Arabic name (قطر, not the
            cldr = cldr_names(ent.a2)   # official دولة قطر the linker stored first)
            row["en"] = row["en"] or cldr.get("en")
            row["ar"] = cldr.get("ar") or row["ar"]
        if ent is not None:
            row["kind"] = row["kind"] or ent.kind
            row["en"] = row["en"] or ent.en
            row["ar"] = row["ar"] or next(iter(ent.names.get("ar", [])), None)
        if not (row["en"] and row["ar"]):
            cldr = cldr_names(entity_id)
            row["en"] = row["en"] or cldr.get("en")
            row["ar"] = row["ar"] or cldr.get("ar")
            if cldr and not row["kind"]:
                row["kind"] = "state"
    return found


@cache
def cldr_names(entity_id: str) -> dict[str, str]:
    """English and Arabic names of an ISO 3166 alpha-3 (or alpha-2) code from CLDR."""
    from babel import Locale
    from babel.core import get_global

    if not re.fullmatch(r"[A-Z]{2,3}", entity_id):
        return {}
    code = entity_id
    if len(code) == 3:
        aliases = get_global("territory_aliases").get(code)
        if not aliases:
            return {}
        code = aliases[0]
    out = {lang: Locale(lang).territories.get(code) for lang in ("en", "ar")}
    return {k: v for k, v in out.items() if v}
