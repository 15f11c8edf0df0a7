"""Foreign-policy vectors: groupings of partners, read from YAML.

A partner belongs to the first vector (in file order) whose members list it;
partners no vector lists fall into the `other` group.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Any

import yaml

from diplomap.store.analytics import state_facts
from diplomap.store.names import display_names

DEFAULT_VECTORS = Path(__file__).resolve().parents[1] / "lexicon" / "data" / "vectors.yaml"


class VectorsError(ValueError):
    """A vectors file is missing, unreadable or of the wrong shape."""


@dataclass(frozen=True)
class Vector:
    id: str
    en: str
    ar: str
    members: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "en": self.en, "ar": self.ar, "members": list(self.members)}


@dataclass(frozen=True)
class Grouping:
    vectors: tuple[Vector, ...]
    other: Vector
    source: str = "default"

    @property
    def ids(self) -> list[str]:
        """Vector IDs in order, `other` last: the K groups of the entropy."""
        return [v.id for v in self.vectors] + [self.other.id]

    @cached_property
    def _lookup(self) -> dict[str, str]:
        lookup: dict[str, str] = {}
        for vector in self.vectors:
            for member in vector.members:
                lookup.setdefault(member, vector.id)  # the first vector listing it wins
        return lookup

    def vector_of(self, entity_id: str) -> str:
        return self._lookup.get(entity_id, self.other.id)

    def without(self, state: str) -> Grouping:
        """The grouping with `state` taken out of every vector (a focal state is never its
        own partner)."""
        if not any(state in v.members for v in self.vectors):
            return self
        vectors = tuple(Vector(v.id, v.en, v.ar, tuple(m for m in v.members if m != state))
                        for v in self.vectors)
        return Grouping(vectors, self.other, self.source)

    def as_dict(self) -> dict[str, Any]:
        return {"source": self.source, "rule": "first matching vector in file order",
                "vectors": [v.as_dict() for v in self.vectors], "other": self.other.as_dict()}


def load_vectors(path: str | Path | None = None) -> Grouping:
    """The grouping in `path` (same schema as lexicon/data/vectors.yaml), else the default."""
    return _load(Path(path)) if path is not None else _default()


@cache
def _default() -> Grouping:
    return _load(None)


def _load(path: Path | None) -> Grouping:
    file = path if path is not None else DEFAULT_VECTORS
    try:
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
    except OSError as exc:
        raise VectorsError(f"{file}: cannot read ({exc.strerror or exc})") from exc
    except yaml.YAMLError as exc:
        raise VectorsError(f"{file}: not valid YAML ({exc})") from exc
    return parse_vectors(data, str(file) if path is not None else "default")


def parse_vectors(data: Any, source: str = "<data>") -> Grouping:
    if not isinstance(data, dict) or not isinstance(data.get("vectors"), list):
        raise VectorsError(f"{source}: expected a mapping with a list `vectors`")
    vectors = tuple(_vector(item, source, i) for i, item in enumerate(data["vectors"]))
    other = _vector({"members": [], **(data.get("other") or {"id": "other"})}, source, -1)
    ids = [v.id for v in vectors] + [other.id]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise VectorsError(f"{source}: vector IDs used twice: {', '.join(dupes)}")
    return Grouping(vectors, other, source)


def _vector(item: Any, source: str, index: int) -> Vector:
    where = f"{source}: vectors[{index}]" if index >= 0 else f"{source}: other"
    if not isinstance(item, dict) or not isinstance(item.get("id"), str) or not item["id"]:
        raise VectorsError(f"{where}: expected a mapping with a string `id`")
    members = item.get("members", [])
    if not isinstance(members, list) or not all(isinstance(m, str) for m in members):
        raise VectorsError(f"{where}: `members` must be a list of entity IDs")
    name = item.get("name") or {}
    if isinstance(name, str):
        name = {"en": name, "ar": name}
    if not isinstance(name, dict):
        raise VectorsError(f"{where}: `name` must be a string or a mapping {{en, ar}}")
    en = str(name.get("en") or item["id"])
    return Vector(item["id"], en, str(name.get("ar") or en), tuple(members))


# --- default vectors relative to the focal state -------------------------------------------

REGIONS = Path(__file__).resolve().parent / "data" / "regions.yaml"
GREAT_POWERS = (("usa", "USA"), ("china", "CHN"), ("russia", "RUS"), ("eu", "EU"))
EU_MEMBERS = ("AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU",
              "GRC", "HUN", "IRL", "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT",
              "ROU", "SVK", "SVN", "ESP", "SWE")
GROUP_NAMES = {"neighbours": ("Neighbours", "دول الجوار"),
               "organisations": ("Regional organisations", "المنظمات الإقليمية"),
               "other": ("Others", "أخرى")}


@cache
def regions() -> dict[str, tuple[str, ...]]:
    """{M49 code: member ISO-3 codes} of regions.yaml."""
    data = yaml.safe_load(REGIONS.read_text(encoding="utf-8"))
    return {str(code): tuple(members) for code, members in data.items()}


def region_of(state: str) -> str | None:
    return next((code for code, members in regions().items() if state in members), None)


def focal_vectors(conn: sqlite3.Connection, state: str) -> Grouping:
    """The default vectors of `state`: each great power (the United States, China, Russia,
    the EU with its members), its neighbours (`border_with` facts), its region (UN M49
    sub-region), its regional organisations (those the lexicon or a `member_of` fact lists
    it in), others. A vector never holds the focal state; a great power's own page has no
    vector of its own. First matching vector wins, in this order."""
    from babel import Locale

    vectors: list[Vector] = []
    for vid, anchor in GREAT_POWERS:
        members: tuple[str, ...] = (anchor, *EU_MEMBERS) if anchor == "EU" else (anchor,)
        if state == anchor:
            continue
        en, ar = _names(conn, anchor)
        vectors.append(Vector(vid, en, ar, tuple(m for m in members if m != state)))
    neighbours = _neighbours(conn, state)
    if neighbours:
        vectors.append(Vector("neighbours", *GROUP_NAMES["neighbours"], neighbours))
    code = region_of(state)
    if code:
        members = tuple(m for m in regions()[code] if m != state)
        vectors.append(Vector("region", Locale("en").territories.get(code, code),
                              Locale("ar").territories.get(code, code), members))
    organisations = _organisations(conn, state)
    if organisations:
        vectors.append(Vector("organisations", *GROUP_NAMES["organisations"], organisations))
    en, ar = GROUP_NAMES["other"]
    return Grouping(tuple(vectors), Vector("other", en, ar), f"default for {state}")


def _names(conn: sqlite3.Connection, entity_id: str) -> tuple[str, str]:
    row = display_names(conn, [entity_id])[entity_id]
    en = row["en"] or entity_id
    return en, row["ar"] or en


def _neighbours(conn: sqlite3.Connection, state: str) -> tuple[str, ...]:
    facts = state_facts(conn, state, ("actual",))
    return tuple(sorted({f["counterpart"] for f in facts
                         if f["predicate"] == "border_with" and f["counterpart"] != state}))


def _organisations(conn: sqlite3.Connection, state: str) -> tuple[str, ...]:
    """Organisations with a members list in the lexicon that holds `state`, and those a
    `member_of` fact names (global bodies without a members list are left out)."""
    from diplomap.lexicon import load_lexicon

    lexicon = load_lexicon()
    listed = set(lexicon.groups())
    found = {org for org in listed if state in {m.id for m in lexicon.memberships(org)}}
    found |= {f["counterpart"] for f in state_facts(conn, state, ("actual",))
              if f["predicate"] in ("member_of", "founder_of") and f["direction"] == "out"
              and f["counterpart"] in listed}
    return tuple(sorted(found - {state}))


def grouping_for(conn: sqlite3.Connection, state: str, vectors: Grouping | None) -> Grouping:
    """`vectors` when given (a --vectors file, an edited grouping), else `state`'s default."""
    return vectors if vectors is not None else focal_vectors(conn, state)
