"""Why each item was extracted: its trigger, the strategy behind each argument, the
modality cue and the confidence (`diplomap extract --explain`)."""

from __future__ import annotations

from diplomap.extract.model import Event, Extraction, Fact


def item_line(item: Fact | Event) -> str:
    if isinstance(item, Fact):
        head = f"FACT  {item.subject} {item.predicate} {item.object}"
        extra = f" {item.attrs}" if item.attrs else ""
    else:
        head = f"EVENT {item.source} {item.event_type}"
        head += f"/{item.mode}" if item.mode else ""
        head += f" {item.target}"
        extra = f" date={item.date}" if item.date else ""
        extra += f" location={item.location}" if item.location else ""
    return f"{head} [{item.modality}] confidence {item.confidence:.2f}{extra}"


def explain(text: str, extraction: Extraction) -> list[str]:
    """Lines that explain every item of an extraction of `text`."""
    lines: list[str] = []
    items: list[Fact | Event] = [*extraction.facts, *extraction.events]
    if not items:
        return ["no facts or events"]
    for item in sorted(items, key=lambda x: x.evidence[0].start if x.evidence else 0):
        lines.append(item_line(item))
        if item.evidence:
            span = item.evidence[0]
            lines.append(f"  sentence {span.sentence} [{span.start}:{span.end}]: "
                         f"{' '.join(text[span.start:span.end].split())}")
        for step in item.trace:
            slot, strategy, detail = step
            lines.append(f"  {slot:<10} {strategy}" + (f"  ({detail})" if detail else ""))
    return lines


def as_records(extraction: Extraction) -> list[dict]:
    """The items with their traces, as JSON-ready dictionaries."""
    out = []
    for kind, items in (("fact", extraction.facts), ("event", extraction.events)):
        for item in items:
            record = {"kind": kind, **item.as_dict()}
            record["trace"] = [dict(zip(("slot", "strategy", "detail"), s, strict=True))
                               for s in item.trace]
            out.append(record)
    return out
