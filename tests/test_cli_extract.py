"""The extraction commands end to end on the sample corpus: extract, entities, facts, events,
exports (CSV, JSONL, Parquet, PLOVER) and eval."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from diplomap.store import connect

from conftest import SAMPLE


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from click.testing import CliRunner

    from diplomap.cli import cli

    db = tmp_path_factory.mktemp("sample") / "sample.db"
    result = CliRunner().invoke(cli, ["--db", str(db), "ingest", str(SAMPLE / "corpus"),
                                      "--source", "sample", "--quiet", "--workers", "1"])
    assert result.exit_code == 0, result.output
    return db


@pytest.fixture
def cli_run(sample_db: Path):
    from click.testing import CliRunner

    from diplomap.cli import cli

    def invoke(*args: str):
        result = CliRunner().invoke(cli, ["--db", str(sample_db), *map(str, args)],
                                    catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result.stdout

    return invoke


def test_ingest_extracts_every_document(sample_db: Path) -> None:
    conn = connect(sample_db)
    docs = conn.execute("SELECT count(*), count(extracted_at) FROM documents").fetchone()
    assert docs[0] == 20 and docs[1] == 20
    assert conn.execute("SELECT count(*) FROM facts").fetchone()[0] > 30
    assert conn.execute("SELECT count(*) FROM events").fetchone()[0] > 30


def test_reextraction_replaces_and_does_not_duplicate(sample_db: Path, cli_run) -> None:
    conn = connect(sample_db)
    before = [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("mentions", "fact_mentions", "events")]
    assert "extracted 0 documents" in cli_run("extract")
    assert "extracted 20 documents" in cli_run("extract", "--force", "--workers", "1")
    after = [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
             for t in ("mentions", "fact_mentions", "events")]
    assert before == after


def test_facts_jsonl_shape_and_evidence(cli_run, sample_db: Path) -> None:
    rows = [json.loads(line) for line in cli_run("facts", "--format", "jsonl").splitlines()]
    assert rows
    texts = {r["id"]: r["text"] for r in connect(sample_db).execute(
        "SELECT id, text FROM documents")}
    for row in rows:
        assert {"doc", "subject", "predicate", "object", "attrs", "evidence",
                "confidence"} <= row.keys()
        assert row["doc"].endswith(".json")
        for span in row["evidence"]:
            assert texts[row["doc_id"]][span["start"]:span["end"]] == span["text"]


def test_facts_filters(cli_run) -> None:
    rows = [json.loads(x) for x in cli_run("facts", "--format", "jsonl", "--actor", "KAZ",
                                           "--predicate", "member_of").splitlines()]
    assert rows and all(r["predicate"] == "member_of" for r in rows)
    assert all("KAZ" in (r["subject"], r["object"]) for r in rows)


def test_events_csv_and_plover(cli_run) -> None:
    table = list(csv.DictReader(io.StringIO(cli_run("events", "--format", "csv",
                                                     "--type", "CONSULT"))))
    assert table and {r["event_type"] for r in table} == {"CONSULT"}
    records = [json.loads(x) for x in cli_run("events", "--format", "plover").splitlines()]
    record = records[0]
    assert {"id", "date", "actor", "recipient", "event", "mode", "context", "quad_code",
            "event_scale", "text_info", "cite_info"} <= record.keys()
    assert record["actor"][0]["code"] and record["quad_code"] in (1, 2, 3, 4)


def test_parquet_export(cli_run, tmp_path: Path) -> None:
    out = tmp_path / "events.parquet"
    cli_run("events", "--format", "parquet", "--output", out)
    table = pq.read_table(out)
    assert table.num_rows > 30 and "event_type" in table.column_names


def test_entities_table_and_document_mentions(cli_run) -> None:
    table = [json.loads(x) for x in cli_run("entities", "--format", "jsonl").splitlines()]
    assert table[0]["mentions"] >= table[-1]["mentions"]
    assert any(r["id"] == "KAZ" for r in table)
    mentions = [json.loads(x) for x in cli_run("entities", "ar_03_putin_state_visit.json",
                                              "--format", "jsonl").splitlines()]
    assert any(m["entity_id"] == "PER:putin" for m in mentions)


def test_eval_from_the_store(cli_run) -> None:
    report = json.loads(cli_run("eval", SAMPLE / "gold.jsonl", "--json"))
    assert report["facts"]["tp"] > 0 and report["events"]["tp"] > 0
    assert report["misses"] and "evidence" in report["misses"][0]


def test_eval_bootstrap_adds_intervals(cli_run) -> None:
    plain = cli_run("eval", SAMPLE / "gold.jsonl", "--show", "0")
    assert "95 % intervals" not in plain and "intervals" not in json.loads(
        cli_run("eval", SAMPLE / "gold.jsonl", "--json"))
    table = cli_run("eval", SAMPLE / "gold.jsonl", "--show", "0", "--bootstrap", "200")
    assert table.startswith(plain.split("attributes")[0].rstrip())
    assert "95 % intervals (20 documents resampled 200 times)" in table
    report = json.loads(cli_run("eval", SAMPLE / "gold.jsonl", "--json", "--bootstrap", "200"))
    found = report["intervals"]
    assert (found["resamples"], found["seed"], found["level"]) == (200, 0, 0.95)
    events = found["events"]["f1"]
    assert events["estimate"] == report["events"]["f1"]
    assert events["low"] <= events["estimate"] <= events["high"]
    again = json.loads(cli_run("eval", SAMPLE / "gold.jsonl", "--json", "--bootstrap", "200"))
    assert again["intervals"] == found
    assert "--bootstrap N" in cli_run("eval", "--help")


def test_eval_of_a_jsonl_file_scores_its_documents(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from diplomap.cli import cli

    docs, gold = tmp_path / "docs.jsonl", tmp_path / "gold.jsonl"
    texts = {"agreed": "Kazakhstan and Uzbekistan signed a trade agreement in Astana on Monday.",
             "unannotated": "France condemned the missile strikes launched by Iran against Israel."}
    docs.write_text("".join(json.dumps({"name": n, "text": t, "language": "en",
                                        "published": "2024-03-04"}) + "\n"
                            for n, t in texts.items()), encoding="utf-8")
    gold.write_text("".join(json.dumps(g) + "\n" for g in (
        {"doc": "agreed", "kind": "fact", "subject": "KAZ", "predicate": "agreement_with",
         "object": "UZB"},
        {"doc": "elsewhere", "kind": "event", "event_type": "CONSULT", "source": "FRA",
         "target": "DEU"})), encoding="utf-8")
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "unused.db"), "eval", str(gold),
                                      "--docs", str(docs), "--json", "--bootstrap", "50"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["facts"]["tp"] == 1 and report["events"]["fn"] == 0
    assert any(item["doc"] == "unannotated" for item in report["false_positives"])
    assert report["intervals"]["events"]["precision"]["high"] < 1
    assert "1 documents of the gold are not in" in result.stderr


def test_bad_gold_file_is_a_clear_error(sample_db: Path, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from diplomap.cli import cli

    bad = tmp_path / "gold.jsonl"
    bad.write_text('{"doc": "x", "kind": "fact"}\n{broken\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["--db", str(sample_db), "eval", str(bad)])
    assert result.exit_code == 1 and f"{bad}:2: not valid JSON" in result.output


def test_user_lexicon_adds_entities(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from diplomap.cli import cli

    lexicon = tmp_path / "mine.yaml"
    lexicon.write_text(
        "- id: ORG:turkestan_university\n"
        "  kind: institution\n"
        "  en: Khoja Akhmet Yassawi International Kazakh-Turkish University\n"
        "  names:\n"
        "    ar: [جامعة أحمد يسوي الدولية الكازاخية التركية, جامعة أحمد يسوي]\n", encoding="utf-8")
    doc = tmp_path / "doc.txt"
    doc.write_text("افتتحت كازاخستان وتركيا جامعة أحمد يسوي في مدينة تركستان عام 1991.",
                   encoding="utf-8")
    db = tmp_path / "lex.db"
    result = CliRunner().invoke(cli, ["--db", str(db), "ingest", str(doc), "-q",
                                      "--lexicon", str(lexicon)])
    assert result.exit_code == 0, result.output
    ids = {r[0] for r in connect(db).execute("SELECT entity_id FROM mentions")}
    assert {"ORG:turkestan_university", "KAZ", "TUR"} <= ids
    bad = tmp_path / "bad.yaml"
    bad.write_text("- id: X\n  kind: [not, a, kind]\n", encoding="utf-8")
    import subprocess
    import sys

    run = subprocess.run([sys.executable, "-m", "diplomap", "--db", str(db), "extract",
                          "--force", "-q", "--lexicon", str(bad)], capture_output=True, text=True,
                         check=False)
    assert run.returncode == 2 and "bad.yaml" in run.stderr and "Traceback" not in run.stderr
