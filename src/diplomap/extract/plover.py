"""PLOVER's own JSON event record (ONTOLOGY section 3, `--format plover`)."""

from __future__ import annotations

QUAD_CODES = {"VC": 1, "MC": 2, "VK": 3, "MK": 4}
SECTORS = {"organization": "IGO", "company": "BUS", "institution": "GOV", "state": "GOV",
           "territory": "PRE"}


def _actor(code: str | None, person: str | None, lexicon, text: str) -> list[dict]:
    if code is None:
        return []
    entity = lexicon.entity(code) if lexicon else None
    kind = getattr(entity, "kind", "state")
    record = {"code": code, "sector": "GOV" if person else SECTORS.get(kind, "UNK"),
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
        "quad_code": QUAD_CODES.get(row["quad"]),
        "event_scale": row["intensity"],
        "modality": row["modality"],
        "text_info": {"start": evidence["start"], "end": evidence["end"],
                      "text": evidence["text"]},
        "cite_info": {**row["cite"], "doc": row["doc"]},
    }
