"""The CLI and the API answer every filter the same way, and the way `store.filters` says.

Over the sample corpus (some documents ingested with another source tag), a matrix of
filters goes through `diplomap events/facts --format jsonl` and through `/api/events` and
`/api/facts` (paged to the end); both must return the same rows (by ID), and the rows an
independent reading of the documented rule selects from the unfiltered listing.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from diplomap.cli import cli
from diplomap.ontology import ontology
from diplomap.web.app import create_app

from conftest import SAMPLE

PRESS = ["ar_03_putin_state_visit.json", "ar_09_ots_istanbul.json",
         "en_02_eu_central_asia_samarkand.json"]  # ingested with --source press


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("equivalence")
    press = folder / "press"
    press.mkdir()
    for name in PRESS:
        shutil.copy(SAMPLE / "corpus" / name, press / name)
    db = folder / "sample.db"
    for path, tag in ((press, "press"), (SAMPLE / "corpus", "sample")):
        result = CliRunner().invoke(cli, ["--db", str(db), "ingest", str(path), "--source", tag,
                                          "--quiet", "--workers", "1"])
        assert result.exit_code == 0, result.output
    return db


@pytest.fixture(scope="module")
def client(db: Path) -> TestClient:
    return TestClient(create_app(db))


def cli_rows(db: Path, command: str, options: dict[str, str]) -> list[dict[str, Any]]:
    args = ["--db", str(db), command, "--format", "jsonl"]
    for option, value in options.items():
        args += [option, value]
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def api_rows(client: TestClient, url: str, params: dict[str, str]) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    while True:
        response = client.get(url, params={**params, "limit": 500, "offset": len(items)})
        assert response.status_code == 200, response.text
        page = response.json()
        items += page["items"]
        if not page["items"] or len(items) >= page["total"]:
            assert len(items) == page["total"]
            return items


# --- the documented rule, read independently of the SQL -----------------------------------

def in_range(date: str | None, since: str | None, until: str | None) -> bool:
    """`date` within [since, until], compared at the precision both have."""
    if date is None:
        return not since and not until
    return not ((since and date[:len(since)] < since[:len(date)])
                or (until and date[:len(until)] > until[:len(date)]))


def actor_of(entity: str | None, plain: str | None, person: str | None) -> bool:
    return entity is None or entity == (person if entity.startswith("PER:") else plain)


def expected_events(events: list[dict], docs: dict[str, dict], f: dict[str, str]) -> set[str]:
    out = set()
    for e in events:
        doc = docs[e["doc_id"]]
        date = e["date"] or doc["published"]
        checks = [
            actor_of(f.get("actor"), e["source"], e["source_person"])
            or actor_of(f.get("actor"), e["target"], e["target_person"]),
            actor_of(f.get("source"), e["source"], e["source_person"]),
            actor_of(f.get("target"), e["target"], e["target_person"]),
            f.get("type") in (None, e["event_type"]), f.get("quad") in (None, e["quad"]),
            f.get("modality") in (None, e["modality"]),
            f.get("doc") in (None, e["doc"], e["doc_id"]),
            f.get("source_tag") in (None, doc["source"]), f.get("lang") in (None, doc["lang"]),
            in_range(date, f.get("since"), f.get("until")),
        ]
        if all(checks):
            out.add(e["id"])
    return out


def expected_facts(statements: list[dict], docs: dict[str, dict], f: dict[str, str]) -> set[str]:
    out = set()
    for s in statements:
        doc = docs[s["doc_id"]]
        date = next((s["attrs"][k] for k in ontology().start_keys if s["attrs"].get(k)),
                    doc["published"])
        checks = [
            f.get("actor") in (None, s["subject"], s["object"]),
            f.get("subject") in (None, s["subject"]), f.get("object") in (None, s["object"]),
            f.get("predicate") in (None, s["predicate"]),
            f.get("modality") in (None, s["modality"]),
            f.get("doc") in (None, s["doc"], s["doc_id"]),
            f.get("source_tag") in (None, doc["source"]), f.get("lang") in (None, doc["lang"]),
            in_range(date, f.get("since"), f.get("until")),
        ]
        if all(checks):
            out.add(s["fact_id"])
    return out


# --- the matrix ------------------------------------------------------------------------------

DATES = [
    {"since": "2024", "until": "2024"}, {"since": "2018"}, {"until": "2017"},
    {"since": "2024-11", "until": "2024-11"}, {"since": "2023-06", "until": "2024-02"},
    {"since": "2024-11-28", "until": "2024-11-28"}, {"since": "2024-07-05"},
    {"until": "2018-01-20"}, {"since": "2019-05-30", "until": "2023-09"},
]
EVENT_CASES = [*DATES,
               {"actor": "KAZ"}, {"actor": "SCO"}, {"actor": "PER:putin"},
               {"actor": "PER:xi_jinping"}, {"type": "CONSULT"}, {"quad": "VC"},
               {"modality": "planned"}, {"source": "RUS"}, {"target": "KAZ"},
               {"source": "PER:putin"}, {"doc": "ar_03_putin_state_visit.json"},
               {"source_tag": "press"}, {"lang": "en"},
               {"actor": "KAZ", "type": "CONSULT", "since": "2022"},
               {"actor": "CHN", "until": "2023-06", "lang": "ar"},
               {"source_tag": "sample", "since": "2024", "modality": "actual"},
               {"actor": "RUS", "doc": "ar_03_putin_state_visit.json", "since": "2024-11"},
               {"target": "KAZ", "quad": "VC", "until": "2024-12-31"}]
FACT_CASES = [*DATES,
              {"actor": "KAZ"}, {"actor": "SCO"}, {"actor": "PER:tokayev"},
              {"predicate": "member_of"}, {"modality": "negated"}, {"subject": "KAZ"},
              {"object": "KAZ"}, {"doc": "ar_01_sco_astana_summit.json"},
              {"source_tag": "press"}, {"lang": "en"},
              {"actor": "KAZ", "predicate": "member_of", "since": "2000"},
              {"subject": "KAZ", "until": "2019", "lang": "ar"},
              {"source_tag": "sample", "since": "2024-07", "until": "2025"}]
EVENT_OPTIONS = {"actor": "--actor", "source": "--source-actor", "target": "--target",
                 "type": "--type", "quad": "--quad", "modality": "--modality",
                 "since": "--since", "until": "--until", "doc": "--doc",
                 "source_tag": "--source", "lang": "--lang"}
FACT_OPTIONS = {"actor": "--actor", "subject": "--subject", "object": "--object",
                "predicate": "--predicate", "modality": "--modality", "since": "--since",
                "until": "--until", "doc": "--doc", "source_tag": "--source-tag",
                "lang": "--lang"}


def case_id(case: dict[str, str]) -> str:
    return ",".join(f"{k}={v}" for k, v in case.items())


@pytest.fixture(scope="module")
def universe(db: Path, client: TestClient) -> dict[str, Any]:
    docs = {d["id"]: d for d in api_rows(client, "/api/documents", {})}
    return {"docs": docs, "events": cli_rows(db, "events", {}),
            "facts": cli_rows(db, "facts", {})}


def test_the_sample_covers_the_rule(universe: dict[str, Any]) -> None:
    """The matrix can fail: undated events, coarse dates and two source tags are there."""
    events = universe["events"]
    assert sum(e["date"] is None for e in events) >= 5
    assert {len(e["date"]) for e in events if e["date"]} == {4, 7, 10}
    assert {d["source"] for d in universe["docs"].values()} == {"press", "sample"}


@pytest.mark.parametrize("case", EVENT_CASES, ids=case_id)
def test_events_same_rows_in_cli_and_api(db: Path, client: TestClient,
                                         universe: dict[str, Any], case: dict[str, str]) -> None:
    cli_ids = [e["id"] for e in cli_rows(db, "events", {EVENT_OPTIONS[k]: v
                                                         for k, v in case.items()})]
    api_ids = [e["id"] for e in api_rows(client, "/api/events", case)]
    assert len(cli_ids) == len(set(cli_ids))
    assert cli_ids == api_ids  # the same order too: newest first, undated last
    assert set(api_ids) == expected_events(universe["events"], universe["docs"], case)


@pytest.mark.parametrize("case", FACT_CASES, ids=case_id)
def test_facts_same_rows_in_cli_and_api(db: Path, client: TestClient,
                                        universe: dict[str, Any], case: dict[str, str]) -> None:
    cli_ids = {f["fact_id"] for f in cli_rows(db, "facts", {FACT_OPTIONS[k]: v
                                                            for k, v in case.items()})}
    api_ids = [f["fact_id"] for f in api_rows(client, "/api/facts", case)]
    assert len(api_ids) == len(set(api_ids))
    assert cli_ids == set(api_ids)
    assert cli_ids == expected_facts(universe["facts"], universe["docs"], case)


def test_the_matrix_selects(db: Path, universe: dict[str, Any]) -> None:
    """Most cases select some rows but not all (a filter that matched nothing or everything
    everywhere would make the comparisons above empty)."""
    events, facts, docs = universe["events"], universe["facts"], universe["docs"]
    all_events = {e["id"] for e in events}
    all_facts = {f["fact_id"] for f in facts}
    narrowing = [0 < len(expected_events(events, docs, c)) < len(all_events)
                 for c in EVENT_CASES]
    narrowing += [0 < len(expected_facts(facts, docs, c)) < len(all_facts) for c in FACT_CASES]
    assert sum(narrowing) >= len(narrowing) - 2
    assert expected_events(events, docs, {"since": "2024", "until": "2024"})


def test_documents_since_until_same_rule(db: Path, client: TestClient,
                                         universe: dict[str, Any]) -> None:
    for case in DATES:
        options = [x for k, v in case.items() for x in (f"--{k}", v)]
        result = CliRunner().invoke(cli, ["--db", str(db), "docs", "--format", "jsonl",
                                          "--limit", "1000", *options])
        assert result.exit_code == 0, result.output
        cli_ids = {json.loads(line)["id"] for line in result.stdout.splitlines()}
        api_ids = {d["id"] for d in api_rows(client, "/api/documents", case)}
        expected = {i for i, d in universe["docs"].items()
                    if in_range(d["published"], case.get("since"), case.get("until"))}
        assert cli_ids == api_ids == expected, case


@pytest.mark.parametrize("params, message", [
    ({"since": "2025", "until": "2024"}, "is after until"),
    ({"since": "2024-13"}, "ISO date"),
    ({"doc": "no_such_document.json"}, "no document"),
])
def test_bad_filters_fail_alike(db: Path, client: TestClient, params: dict[str, str],
                                message: str) -> None:
    response = client.get("/api/events", params=params)
    assert response.status_code in (404, 422) and message in response.json()["message"]
    args = [x for k, v in params.items() for x in (EVENT_OPTIONS[k], v)]
    result = CliRunner().invoke(cli, ["--db", str(db), "events", *args])
    assert result.exit_code == 2 and message in result.output
