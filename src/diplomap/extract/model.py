"""What extraction produces: facts and events, each with evidence spans."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, TypeVar

# Bookkeeping of the extractor, not part of an item's record.
_INTERNAL = ("weak_date", "date_distance", "trace")


@dataclass(frozen=True)
class Evidence:
    sentence: int
    start: int
    end: int


class _Record:
    def as_dict(self) -> dict:
        data = asdict(self)  # type: ignore[call-overload]
        for name in _INTERNAL:
            data.pop(name)
        return data


@dataclass
class Fact(_Record):
    subject: str
    predicate: str
    object: str
    attrs: dict = field(default_factory=dict)
    modality: str = "actual"
    confidence: float = 0.5
    evidence: list[Evidence] = field(default_factory=list)
    weak_date: bool = field(default=False, repr=False)  # date read from an earlier sentence
    date_distance: int = field(default=0, repr=False)  # characters from trigger to date
    # how it was found: (slot, strategy, detail) steps; `diplomap extract --explain`
    trace: list = field(default_factory=list, repr=False, compare=False)

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.subject, self.predicate, self.object, self.modality)


@dataclass
class Event(_Record):
    source: str
    event_type: str
    target: str | None
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    date: str | None = None
    location: str | None = None
    intensity: float = 0.0
    quad: str = ""
    modality: str = "actual"
    confidence: float = 0.5
    source_person: str | None = None
    target_person: str | None = None
    source_org: str | None = None
    evidence: list[Evidence] = field(default_factory=list)
    weak_date: bool = field(default=False, repr=False)
    date_distance: int = field(default=0, repr=False)
    trace: list = field(default_factory=list, repr=False, compare=False)

    @property
    def key(self) -> tuple[str, str | None, str | None, str, str | None]:
        return (self.event_type, self.source, self.target, self.modality, self.date)


@dataclass
class Extraction:
    facts: list[Fact] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)


Item = TypeVar("Item", Fact, Event)


def changed(item: Item, **changes: Any) -> Item:
    """`dataclasses.replace(item, **changes)` for a fact or an event, at a fraction of its
    cost (it runs once per item in every component): a shallow copy, which is what replace
    builds for a dataclass whose fields are all set by __init__ and that has no
    __post_init__."""
    unknown = changes.keys() - item.__dataclass_fields__.keys()
    if unknown:
        raise TypeError(f"{type(item).__name__} has no field {', '.join(sorted(unknown))}")
    copy = object.__new__(type(item))
    copy.__dict__.update(item.__dict__)
    copy.__dict__.update(changes)
    return copy
