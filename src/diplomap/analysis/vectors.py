"""Foreign-policy vectors: groupings of partners, read from YAML.

A partner belongs to the first vector (in file order) whose members list it;
partners no vector lists fall into the `other` group.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Any

import yaml

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
