"""Organ names a usage gives one state's organs without naming it, read by the document.

Arab agency copy calls Israel's forces "قوات الاحتلال" (states.yaml `organ_names`), in news
about Palestine, Lebanon or Syria; in a text about another war the same words are that
war's occupier. So a bare usage name stands for its state only where the document is the
usage's: it names a state of `organ_names_where` (Israel, Palestine, a place in them), or it
names no state outside the group `organ_names_among` (the Arab League) and no place of such
a state. An occupier the document names by its adjective ("قوات الاحتلال الروسي") is the
bare name's instead; two candidate occupiers leave it no one's.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from diplomap.lexicon.compose import Linked
from diplomap.lexicon.core import Lexicon
from diplomap.lexicon.forms import organ_names
from diplomap.lexicon.model import PLACE_KINDS
from diplomap.text.normalize import normalize_key


@dataclass(frozen=True, slots=True)
class Usage:
    """One state's usage names (normalised), the states whose naming makes a document the
    usage's, and the group whose states' copy uses them."""

    state: str
    names: frozenset[str]
    where: frozenset[str]
    among: str | None


def usages(lexicon: Lexicon) -> dict[str, Usage]:
    """The state ID -> its usage, for each state with `organ_names`."""
    out: dict[str, Usage] = {}
    for ent in lexicon.by_kind("state"):
        names = organ_names(ent)
        if names:
            where = ent.extra.get("organ_names_where") or [ent.id]
            among = ent.extra.get("organ_names_among")
            out[ent.id] = Usage(ent.id, frozenset(normalize_key(n) for n in names),
                                frozenset(map(str, where) if isinstance(where, list) else ()),
                                among if isinstance(among, str) else None)
    return out


def usage_organs(linked: list[Linked], text: str, table: dict[str, Usage], lexicon: Lexicon,
                 day: dt.date) -> list[Linked]:
    """`linked` with each bare usage name given the state the document makes it (or
    dropped when it makes it no one's)."""
    bare = [x for x in linked if _usage_of(x, text, table) is not None]
    if not bare:
        return linked
    out = [x for x in linked if x not in bare]
    for x in bare:
        usage = table[x.entity_id]
        state = _document_state(usage, out, text, lexicon, day)
        if state is not None:
            out.append(Linked(x.start, x.end, state, x.resolution, x.clitic, state, x.title))
    out.sort(key=lambda x: (x.start, x.nested))
    return out


def _usage_of(x: Linked, text: str, table: dict[str, Usage]) -> Usage | None:
    usage = table.get(x.entity_id)
    if usage is None or x.nested or x.resolution != "organ":
        return None
    return usage if _bare(text[x.start:x.end], x.clitic) in usage.names else None


def _bare(span: str, clitic: str) -> str:
    return span[len(clitic):] if clitic and span.startswith(clitic) else span


def _document_state(usage: Usage, others: list[Linked], text: str, lexicon: Lexicon,
                    day: dt.date) -> str | None:
    occupiers = {x.entity_id for x in others if _names_an_occupier(x, text, usage)}
    if any(_state(x, lexicon) in usage.where for x in others):
        occupiers.add(usage.state)
    if occupiers:
        return next(iter(occupiers)) if len(occupiers) == 1 else None
    home = {usage.state, *(lexicon.members(usage.among, day) if usage.among else ())}
    foreign = [x for x in others if (_state(x, lexicon) or usage.state) not in home]
    if any(_is_place(x, lexicon) for x in foreign):
        return None  # "مدينة خيرسون": the war is another state's
    named = [x for x in others if _state(x, lexicon) is not None]
    return None if named and len(foreign) == len(named) else usage.state


def _names_an_occupier(x: Linked, text: str, usage: Usage) -> bool:
    """"قوات الاحتلال الروسي": a usage name and the adjective of the occupier it names."""
    span = _bare(text[x.start:x.end], x.clitic)
    return x.resolution == "organ" and any(
        span.startswith(name + " ") for name in usage.names)


def _state(x: Linked, lexicon: Lexicon) -> str | None:
    ent = lexicon.entity(x.entity_id)
    if ent is not None and ent.self_governed:
        return ent.id
    return x.state


def _is_place(x: Linked, lexicon: Lexicon) -> bool:
    ent = lexicon.entity(x.entity_id)
    return ent is not None and ent.kind in PLACE_KINDS
