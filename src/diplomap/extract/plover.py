"""PLOVER's own JSON event record (ONTOLOGY section 3, `--format plover`) and what PLOVER
codes at all."""

from __future__ import annotations

from diplomap.ontology import ontology

UNKNOWN_SECTOR = "UNK"


def codable(event_type: str, source: str | None, target: str | None) -> bool:
    """PLOVER codes an event with a source, and with a target where its type needs one."""
    spec = ontology().event_types.get(event_type)
    return bool(source) and spec is not None and (bool(target) or not spec.needs_target)


def sector(kind: str) -> str:
    """PLOVER's actor sector of an entity kind (aliases read as their kind)."""
    onto = ontology()
    found = onto.entity_kinds.get(onto.canonical_kind(kind))
    return (found.sector if found else None) or UNKNOWN_SECTOR


def _actor(code: str | None, person: str | None, lexicon, text: str) -> list[dict]:
    if code is None:
        return []
    entity = lexicon.entity(code) if lexicon else None
    kind = getattr(entity, "kind", "state")
    record = {"code": code, "sector": "GOV" if person else sector(kind),
              "entity_text": text, "identifier_id": getattr(entity, "qid", None)}
    if person:
        record["person"] = person
    return [record]


def to_plover(row: dict, lexicon=None) -> dict:
    """A `query_events` row as a PLOVER record."""
    evidence = row["evidence"][0] if row["evidence"] else {"start": None, "end": None, "text": ""}
    return {
        "id": row["id"],
        "date": row["date"] or row["cite"]["publication"],
        "actor": _actor(row["source"], row["source_person"], lexicon, evidence["text"]),
        "recipient": _actor(row["target"], row["target_person"], lexicon, evidence["text"]),
        "event": [row["event_type"]],
        "mode": [row["mode"]] if row["mode"] else [],
        "context": row["context"],
        "event_loc": {"resolved_place": row["location"]} if row.get("location") else None,
        "quad_code": _quad_code(row["quad"]),
        "event_scale": row["intensity"],
        "modality": row["modality"],
        "text_info": {"start": evidence["start"], "end": evidence["end"],
                      "text": evidence["text"]},
        "cite_info": {**row["cite"], "doc": row["doc"]},
    }


def _quad_code(quad: str | None) -> int | None:
    found = ontology().quads.get(quad or "")
    return found.number if found else None
