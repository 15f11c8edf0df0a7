"""Lexicon records: ``Entity`` and its dated ``Role``s."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from diplomap.ontology import ontology

# Kinds by family (ontology.yaml `entity_kinds`); the loader reads aliases as their kind.
ORG_KINDS = ontology().kinds("body")
PLACE_KINDS = ontology().kinds("place")
# the key of an entry the lexicon derived from GeoNames (lexicon/data/gazetteer.yaml), not
# one written by hand: read only where its name stands whole
DERIVED_KEY = "geonameid"
STATE_KINDS = ontology().kinds("state")
SPECIAL_KINDS = ontology().kinds("lexical")


class LexiconError(ValueError):
    """A lexicon file is malformed; the message names the file and entity."""


@dataclass(frozen=True, slots=True)
class Role:
    """A dated office: ``title`` slug (``president``) held in ``state``
    (an entity ID, a state or an organisation) from ``start`` to ``end``
    (inclusive; None = open)."""

    title: str
    state: str
    start: dt.date | None = None
    end: dt.date | None = None

    def active(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(slots=True)
class Entity:
    """One lexicon entry. ``names`` maps a language (``ar``, ``en``) to its
    surface forms; the other lists are described in ``data/states.yaml``."""

    id: str
    kind: str
    en: str
    qid: str | None = None
    names: dict[str, list[str]] = field(default_factory=dict)
    acronyms: list[str] = field(default_factory=list)
    nisba: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    capital: dict[str, list[str]] = field(default_factory=dict)
    roles: list[Role] = field(default_factory=list)
    state: str | None = None
    a2: str | None = None
    exclude: list[str] = field(default_factory=list)
    current: bool = True
    sources: list[str] = field(default_factory=list)
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def self_governed(self) -> bool:
        """A state, or a territory with an ISO 3166 code (Hong Kong, Taiwan, Greenland):
        its own government, police and courts act for it, and events code it as a state
        (the gold's `HKG COERCE HKG`)."""
        return self.kind == "state" or (self.kind == "territory" and self.a2 is not None)

    @property
    def organs_of(self) -> str | None:
        """The state this entity's organ and adjective forms stand for: its own when it
        governs itself; the state a place lies in when the lexicon gives the place an
        adjective (a constituent country: "the Welsh Government", "Scottish police" and
        "a Welsh MEP" are GBR, as the gold codes them); else None (no organ forms)."""
        if self.self_governed:
            return self.id
        if self.kind in PLACE_KINDS and self.state and (self.demonyms or self.nisba):
            return self.state
        return None
