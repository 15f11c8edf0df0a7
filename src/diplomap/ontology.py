"""The ontology (`ontology.yaml`): predicates, PLOVER event types and modes, quads,
contexts, modalities, attributes, policy principles, profile sections and entity kinds,
each with its English and Arabic label.

Every other module reads these from here. `ontology()` loads the packaged file, or the
file named by $DIPLOMAP_ONTOLOGY (read at the first call), once per path; `clear_cache()`
forgets what was loaded and reads the variable again at the next call.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

ENV_VAR = "DIPLOMAP_ONTOLOGY"
DEFAULT_PATH = Path(__file__).with_name("ontology.yaml")
_DEFAULT = str(DEFAULT_PATH)
DIRECTIONS = ("out", "in", "both")
ATTRIBUTE_TYPES = ("date", "text", "number", "integer", "bool")
PRINCIPLE_SLOT = "principle"  # the object of `policy`: a literal of `principles`


class OntologyError(ValueError):
    """The ontology file is malformed; the message names the file and the entry."""


@dataclass(frozen=True)
class Label:
    en: str
    ar: str

    def get(self, lang: str) -> str:
        return self.ar if lang == "ar" else self.en

    def as_dict(self) -> dict[str, str]:
        return {"en": self.en, "ar": self.ar}


@dataclass(frozen=True)
class Quad:
    code: str
    number: int  # PLOVER's quad_code
    cooperative: bool
    label: Label


@dataclass(frozen=True)
class EventType:
    code: str
    quad: str
    intensity: float
    modes: Mapping[str, float]  # mode -> its intensity
    needs_target: bool
    label: Label
    meaning: str = ""
    symmetric: bool = False  # a joint act: either side may be written as the source
    # the modes in which a state may do it to its own people (None: in every mode)
    domestic_modes: frozenset[str] | None = frozenset()
    domestic_organs: bool = False  # ... only when an organ or official of the state does it
    # ... only to its own people or officials named as the target ("urged residents to")
    domestic_addressed: bool = False
    # ... in any mode, when an organ does it where its sentence names a place of its own
    # state ("the Sudanese army shells a market in North Darfur")
    domestic_at_home: bool = False

    def domestic(self, mode: str | None, by_organ: bool = True) -> bool:
        """Whether an event of this type (in `mode`, done by an organ or official or not)
        may target the source's own state."""
        if self.domestic_organs and not by_organ:
            return False
        return self.domestic_modes is None or (mode or "") in self.domestic_modes

    def intensity_of(self, mode: str | None) -> float:
        """PLOVER's score of this type in `mode` (the base score for no or another mode)."""
        return self.modes.get(mode, self.intensity) if mode else self.intensity


@dataclass(frozen=True)
class Attribute:
    name: str
    type: str
    label: Label
    values: Mapping[str, Label]


@dataclass(frozen=True)
class Predicate:
    name: str
    symmetric: bool
    subject: tuple[str, ...]  # slot names (see Ontology.slot)
    object: tuple[str, ...]
    attributes: tuple[str, ...]
    start: str | None  # the attribute holding the start date
    label: Label
    meaning: str = ""


@dataclass(frozen=True)
class Section:
    """A section of the country profile: facts of `predicate` in `direction`."""

    name: str
    predicate: str
    direction: str  # out: the state is the subject; in: the object; both: either
    label: Label


@dataclass(frozen=True)
class EntityKind:
    name: str
    family: str
    sector: str | None  # PLOVER's actor sector
    node: str | None  # its node kind in the network and on country pages
    id_prefix: str | None
    aliases: tuple[str, ...]
    label: Label


@dataclass(frozen=True, eq=False)
class Ontology:
    source: str
    quads: Mapping[str, Quad]
    modalities: Mapping[str, Label]
    contexts: Mapping[str, Label]
    modes: Mapping[str, Label]
    event_types: Mapping[str, EventType]
    attributes: Mapping[str, Attribute]
    principles: Mapping[str, Label]
    predicates: Mapping[str, Predicate]
    profile_sections: Mapping[str, Section]
    entity_kinds: Mapping[str, EntityKind]
    slot_kinds: Mapping[str, frozenset[str]]

    @cached_property
    def symmetric(self) -> frozenset[str]:
        """Predicates whose subject and object may be swapped."""
        return frozenset(p.name for p in self.predicates.values() if p.symmetric)

    @cached_property
    def symmetric_events(self) -> frozenset[str]:
        """Event types whose source and target may be swapped (joint acts: the direction
        is a writing convention, so reports of one event may differ in it)."""
        return frozenset(t.code for t in self.event_types.values() if t.symmetric)

    @cached_property
    def start_keys(self) -> tuple[str, ...]:
        """The attributes that hold a fact's start date, in attribute order."""
        starts = {p.start for p in self.predicates.values()}
        return tuple(name for name in self.attributes if name in starts)

    @cached_property
    def cooperative_quads(self) -> tuple[str, ...]:
        return tuple(q.code for q in self.quads.values() if q.cooperative)

    @cached_property
    def _aliases(self) -> dict[str, str]:
        return {alias: kind.name for kind in self.entity_kinds.values()
                for alias in kind.aliases}

    def canonical_kind(self, kind: str) -> str:
        """The one spelling of an entity kind (`organisation` -> `organization`); a kind the
        ontology does not know is returned as it is."""
        return self._aliases.get(kind, kind)

    def kinds(self, *families: str) -> frozenset[str]:
        """The entity kinds of the given families."""
        return frozenset(k.name for k in self.entity_kinds.values() if k.family in families)

    def slot(self, name: str) -> frozenset[str]:
        """The entity kinds a slot accepts (a kind on its own stands for itself)."""
        return self.slot_kinds.get(name) or frozenset({self.canonical_kind(name)})

    def intensity(self, event_type: str, mode: str | None) -> tuple[float, str]:
        """PLOVER intensity score and quad class of a (type, mode)."""
        spec = self.event_types[event_type]
        return spec.intensity_of(mode), spec.quad

    @cached_property
    def _by_start(self) -> dict[str | None, frozenset[str]]:
        return {start: frozenset(p.name for p in self.predicates.values() if p.start == start)
                for start in {p.start for p in self.predicates.values()}}

    def predicates_starting_with(self, attribute: str) -> frozenset[str]:
        """The predicates whose start date is held by `attribute`."""
        return self._by_start.get(attribute, frozenset())

    def as_dict(self) -> dict[str, Any]:
        """The whole ontology as JSON-ready data (served at /api/ontology)."""
        def labels(table: Mapping[str, Label]) -> dict[str, Any]:
            return {name: {"label": label.as_dict()} for name, label in table.items()}

        return {
            "quads": {c: {"number": q.number, "cooperative": q.cooperative,
                          "label": q.label.as_dict()} for c, q in self.quads.items()},
            "modalities": labels(self.modalities),
            "contexts": labels(self.contexts),
            "modes": labels(self.modes),
            "event_types": {c: {"quad": t.quad, "intensity": t.intensity, "modes": dict(t.modes),
                                "needs_target": t.needs_target, "label": t.label.as_dict(),
                                "meaning": t.meaning, "symmetric": t.symmetric,
                                "domestic": "organs" if t.domestic_organs
                                else "addressed" if t.domestic_addressed
                                else True if t.domestic_modes is None
                                else sorted(t.domestic_modes),
                                "domestic_at_home": t.domestic_at_home}
                           for c, t in self.event_types.items()},
            "attributes": {n: {"type": a.type, "label": a.label.as_dict(),
                               "values": labels(a.values)} for n, a in self.attributes.items()},
            "principles": labels(self.principles),
            "predicates": {n: {"symmetric": p.symmetric, "subject": list(p.subject),
                               "object": list(p.object), "attributes": list(p.attributes),
                               "start": p.start, "label": p.label.as_dict(),
                               "meaning": p.meaning} for n, p in self.predicates.items()},
            "profile_sections": {n: {"predicate": s.predicate, "direction": s.direction,
                                     "label": s.label.as_dict()}
                                 for n, s in self.profile_sections.items()},
            "entity_kinds": {n: {"family": k.family, "sector": k.sector, "node": k.node,
                                 "id_prefix": k.id_prefix, "aliases": list(k.aliases),
                                 "label": k.label.as_dict()}
                             for n, k in self.entity_kinds.items()},
            "slot_kinds": {n: sorted(kinds) for n, kinds in self.slot_kinds.items()},
        }


@lru_cache(maxsize=1)
def ontology() -> Ontology:
    """The ontology in use: the file $DIPLOMAP_ONTOLOGY names, else the packaged one. Read
    at the first call and kept (the rules call this per item: reading the environment each
    time cost 1 % of reading); `clear_cache()` makes the next call look again."""
    return load_ontology(os.environ.get(ENV_VAR) or _DEFAULT)


def clear_cache() -> None:
    """Forget every loaded ontology (a file edited in place, or $DIPLOMAP_ONTOLOGY changed,
    is read again)."""
    ontology.cache_clear()
    load_ontology.cache_clear()


# libyaml's parser where installed (the same data; a tenth of the pure-Python parser's
# time, which every process paid at its first import of the ontology)
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@lru_cache(maxsize=4)
def load_ontology(path: str) -> Ontology:
    """The ontology of the YAML file at `path`, validated; OntologyError names what is wrong."""
    try:
        data = yaml.load(Path(path).read_text(encoding="utf-8"), Loader=_YAML_LOADER)
    except (OSError, yaml.YAMLError) as exc:
        raise OntologyError(f"{path}: cannot read: {exc}") from exc
    reader = _Reader(path)
    return reader.ontology(reader.mapping(data, "the file"))


class _Reader:
    """Parses the sections of one file; every error names the file and the entry."""

    def __init__(self, path: str) -> None:
        self.path = path

    def error(self, where: str, message: str) -> OntologyError:
        return OntologyError(f"{self.path}: {where}: {message}")

    def mapping(self, value: object, where: str) -> dict[str, Any]:
        if not isinstance(value, dict) or not all(isinstance(k, str) for k in value):
            raise self.error(where, "expected a mapping")
        return value

    def names(self, value: object, where: str, known: Iterable[str] = ()) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.error(where, "expected a list of names")
        allowed = set(known)
        unknown = [v for v in value if allowed and v not in allowed]
        if unknown:
            raise self.error(where, f"unknown {', '.join(unknown)} (known: "
                                    f"{', '.join(sorted(allowed))})")
        return tuple(value)

    def label(self, value: object, where: str) -> Label:
        table = self.mapping(value, f"{where} label")
        if not all(isinstance(table.get(lang), str) and table[lang] for lang in ("en", "ar")):
            raise self.error(where, "a label needs `en` and `ar` texts")
        return Label(table["en"], table["ar"])

    def labels(self, value: object, where: str) -> Mapping[str, Label]:
        table = self.mapping(value, where)
        return MappingProxyType({name: self.label(v, f"{where}.{name}")
                                 for name, v in table.items()})

    def entries(self, data: dict[str, Any], section: str) -> dict[str, dict[str, Any]]:
        table = self.mapping(data.get(section), section)
        return {name: self.mapping(entry, f"{section}.{name}") for name, entry in table.items()}

    def number(self, value: object, where: str) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.error(where, f"expected a number, got {value!r}")
        if not -10 <= value <= 10:
            raise self.error(where, f"an intensity is between -10 and 10, got {value}")
        return float(value)

    # -- sections --------------------------------------------------------------------
    def ontology(self, data: dict[str, Any]) -> Ontology:
        quads = self.quads(data)
        modes = self.labels(data.get("modes"), "modes")
        attributes = self.attributes(data)
        kinds = self.entity_kinds(data)
        slots = self.slot_kinds(data, kinds)
        predicates = self.predicates(data, attributes, {*slots, *kinds, PRINCIPLE_SLOT})
        return Ontology(
            source=self.path, quads=quads,
            modalities=self.labels(data.get("modalities"), "modalities"),
            contexts=self.labels(data.get("contexts"), "contexts"), modes=modes,
            event_types=self.event_types(data, quads, modes), attributes=attributes,
            principles=self.labels(data.get("principles"), "principles"),
            predicates=predicates, profile_sections=self.sections(data, predicates),
            entity_kinds=kinds, slot_kinds=slots)

    def quads(self, data: dict[str, Any]) -> Mapping[str, Quad]:
        out = {}
        for code, entry in self.entries(data, "quads").items():
            number = entry.get("number")
            if not isinstance(number, int):
                raise self.error(f"quads.{code}", "`number` must be an integer")
            out[code] = Quad(code, number, bool(entry.get("cooperative")),
                             self.label(entry.get("label"), f"quads.{code}"))
        return MappingProxyType(out)

    def event_types(self, data: dict[str, Any], quads: Mapping[str, Quad],
                    modes: Mapping[str, Label]) -> Mapping[str, EventType]:
        out = {}
        for code, entry in self.entries(data, "event_types").items():
            where = f"event_types.{code}"
            if entry.get("quad") not in quads:
                raise self.error(where, f"`quad` must be one of {', '.join(quads)}")
            base = self.number(entry.get("intensity"), f"{where}.intensity")
            out[code] = EventType(
                code, entry["quad"], base, self.type_modes(entry.get("modes"), where, base, modes),
                bool(entry.get("needs_target")), self.label(entry.get("label"), where),
                str(entry.get("meaning", "")), bool(entry.get("symmetric")),
                self.domestic(entry.get("domestic"), where), entry.get("domestic") == "organs",
                entry.get("domestic") == "addressed", bool(entry.get("domestic_at_home")))
        return MappingProxyType(out)

    def domestic(self, value: Any, where: str) -> frozenset[str] | None:
        if value is True or value == "organs":
            return None
        if value in (None, False, "addressed"):
            return frozenset()
        if not isinstance(value, list):
            raise self.error(f"{where}.domestic",
                             "must be true, false, organs, addressed or a list of modes")
        return frozenset(str(mode) for mode in value)

    def type_modes(self, value: object, where: str, base: float,
                   known: Mapping[str, Label]) -> Mapping[str, float]:
        if value is None:
            return MappingProxyType({})
        table = dict.fromkeys(value) if isinstance(value, list) else self.mapping(value, where)
        self.names(list(table), f"{where}.modes", known)
        return MappingProxyType({
            mode: base if score is None else self.number(score, f"{where}.modes.{mode}")
            for mode, score in table.items()})

    def attributes(self, data: dict[str, Any]) -> Mapping[str, Attribute]:
        out = {}
        for name, entry in self.entries(data, "attributes").items():
            where = f"attributes.{name}"
            if entry.get("type") not in ATTRIBUTE_TYPES:
                raise self.error(where, f"`type` must be one of {', '.join(ATTRIBUTE_TYPES)}")
            values = self.labels(entry.get("values") or {}, f"{where}.values")
            out[name] = Attribute(name, entry["type"], self.label(entry.get("label"), where),
                                  values)
        return MappingProxyType(out)

    def predicates(self, data: dict[str, Any], attributes: Mapping[str, Attribute],
                   slots: set[str]) -> Mapping[str, Predicate]:
        out = {}
        for name, entry in self.entries(data, "predicates").items():
            where = f"predicates.{name}"
            attrs = self.names(entry.get("attributes", []), f"{where}.attributes", attributes)
            start = entry.get("start")
            if start is not None and start not in attrs:
                raise self.error(where, f"`start` ({start}) must be one of its attributes")
            out[name] = Predicate(
                name, bool(entry.get("symmetric")),
                self.names(entry.get("subject"), f"{where}.subject", slots),
                self.names(entry.get("object"), f"{where}.object", slots),
                attrs, start, self.label(entry.get("label"), where),
                str(entry.get("meaning", "")))
        return MappingProxyType(out)

    def sections(self, data: dict[str, Any],
                 predicates: Mapping[str, Predicate]) -> Mapping[str, Section]:
        out = {}
        for name, entry in self.entries(data, "profile_sections").items():
            where = f"profile_sections.{name}"
            predicate, direction = str(entry.get("predicate")), entry.get("direction")
            if predicate not in predicates:
                raise self.error(where, f"unknown predicate {predicate!r}")
            if direction not in DIRECTIONS:
                raise self.error(where, f"`direction` must be one of {', '.join(DIRECTIONS)}")
            if (direction == "both") != predicates[predicate].symmetric:
                raise self.error(where, "`both` is the direction of symmetric predicates, "
                                        "and only theirs")
            out[name] = Section(name, predicate, direction, self.label(entry.get("label"), where))
        return MappingProxyType(out)

    def entity_kinds(self, data: dict[str, Any]) -> Mapping[str, EntityKind]:
        out: dict[str, EntityKind] = {}
        seen: set[str] = set()
        for name, entry in self.entries(data, "entity_kinds").items():
            where = f"entity_kinds.{name}"
            aliases = self.names(entry.get("aliases", []), f"{where}.aliases")
            clash = seen & {name, *aliases}
            if clash:
                raise self.error(where, f"{', '.join(sorted(clash))} already names a kind")
            seen |= {name, *aliases}
            if not isinstance(entry.get("family"), str):
                raise self.error(where, "`family` must be a name")
            out[name] = EntityKind(name, entry["family"], entry.get("sector"), entry.get("node"),
                                   entry.get("id_prefix"), aliases,
                                   self.label(entry.get("label"), where))
        return MappingProxyType(out)

    def slot_kinds(self, data: dict[str, Any],
                   kinds: Mapping[str, EntityKind]) -> Mapping[str, frozenset[str]]:
        table = self.mapping(data.get("slot_kinds"), "slot_kinds")
        return MappingProxyType({name: frozenset(self.names(v, f"slot_kinds.{name}", kinds))
                                 for name, v in table.items()})
