"""One item per fact or event and document: merging what several sentences state."""

from __future__ import annotations

from diplomap.extract.model import Extraction
from diplomap.text import parse_date


def merge(result: Extraction, published: str | None = None) -> Extraction:
    """One item per key in a document; evidence and attributes accumulate."""
    facts: dict = {}
    seen: dict[int, set] = {}  # evidence of each kept item, for a look-up in constant time
    for fact in result.facts:
        key: tuple = (*fact.key, fact.attrs.get("level")) if fact.predicate == "partner_of" else (
            fact.key)
        if key in facts:
            absorb(facts[key], fact, seen)
        else:
            facts[key] = fact
    events: dict = {}
    for event in result.events:
        key = (event.event_type, event.source, event.target, event.modality, event.mode)
        if key in events:
            kept = events[key]
            absorb(kept, event, seen)
            if kept.weak_date and not event.weak_date and event.date:
                kept.date, kept.weak_date = event.date, False
            elif event.weak_date == kept.weak_date:
                kept.date = news_date(kept.date, event.date, published)
        else:
            events[key] = event
    return Extraction(list(facts.values()), list(events.values()))


def absorb(kept, other, seen: dict[int, set]) -> None:
    known = seen.get(id(kept))
    if known is None:
        known = seen[id(kept)] = set(kept.evidence)
    for evidence in other.evidence:
        if evidence not in known:
            known.add(evidence)
            kept.evidence.append(evidence)
    kept.confidence = max(kept.confidence, other.confidence)
    if hasattr(kept, "attrs"):
        if better_date(other, kept):  # a date stated beats one carried over, a near one a far one
            for key in ("date", "since"):
                if key in other.attrs:
                    kept.attrs[key] = other.attrs[key]
            kept.weak_date, kept.date_distance = other.weak_date, other.date_distance
        for key, value in other.attrs.items():
            kept.attrs.setdefault(key, value)


def better_date(candidate, kept) -> bool:
    has_date = any(k in candidate.attrs for k in ("date", "since"))
    return has_date and (candidate.weak_date, candidate.date_distance) < (
        kept.weak_date, kept.date_distance)


def news_date(a: str | None, b: str | None, published: str | None) -> str | None:
    """Of two dates told for one event, the nearer to publication (the news, not the past)."""
    if not a or not b or not published:
        return a or b
    return min((a, b), key=lambda d: abs(ordinal(d) - ordinal(published)))


def ordinal(iso: str) -> int:
    day = parse_date(iso)
    return day.toordinal() if day else 0
