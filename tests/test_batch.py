"""`diplomap batch --engine local` then `diplomap load` make the store of a plain `ingest`."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from diplomap.cli import cli
from diplomap.ingest import ReadOptions, read_file
from diplomap.scale.load import LoadError, load_output
from diplomap.scale.records import DATASETS, month_of
from diplomap.store import connect

from batch_fixtures import BAD_LINE, assert_same_store, snapshot, write_corpus


def invoke(*args: object):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("batch") / "corpus")


@pytest.fixture(scope="module")
def ingested(corpus: Path) -> Path:
    db = corpus.parent / "ingest.db"
    result = invoke("--db", db, "ingest", corpus, "-q", "--workers", 1)
    assert result.exit_code == 1  # the malformed line
    return db


@pytest.fixture(scope="module")
def output(corpus: Path) -> Path:
    out = corpus.parent / "out"
    result = invoke("batch", corpus, out, "--engine", "local", "-j", 2, "-q")
    assert result.exit_code == 1, result.output
    return out


def test_local_batch_then_load_equals_ingest(output: Path, ingested: Path, tmp_path: Path) -> None:
    db = tmp_path / "loaded.db"
    assert invoke("--db", db, "load", output, "-q").exit_code == 0
    assert_same_store(db, ingested)


def test_datasets_are_partitioned_by_month(output: Path) -> None:
    for name in DATASETS:
        assert (output / name).is_dir()
    months = {p.name for p in (output / "documents").iterdir()}
    assert {"month=2024-07", "month=2018", "month=unknown"} <= months
    table = pq.read_table(output / "documents" / "month=2024-07")
    assert "month" not in table.column_names and table.num_rows == 1


def test_malformed_record_is_reported_with_file_and_line(corpus: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["batch", str(corpus), str(tmp_path / "out"), "-j", "1"])
    assert result.exit_code == 1
    assert f"feed.jsonl:{BAD_LINE}: line is not valid JSON" in result.stderr
    assert "20 documents written" in result.stdout and "1 skipped as duplicates" in result.stdout


def test_rerunning_load_adds_nothing(output: Path, tmp_path: Path) -> None:
    db = tmp_path / "twice.db"
    invoke("--db", db, "load", output, "-q")
    first = snapshot(db)
    result = invoke("--db", db, "load", output, "--json")
    assert '"loaded": 0' in result.stdout and '"skipped": 20' in result.stdout
    assert snapshot(db) == first


def test_interrupted_load_is_completed_by_rerunning(output: Path, ingested: Path,
                                                   tmp_path: Path, monkeypatch) -> None:
    import diplomap.scale.load as load

    db = tmp_path / "interrupted.db"
    monkeypatch.setattr(load, "BATCH", 4)
    seen: list[str] = []

    def stop_after_six(doc_id: str) -> None:
        seen.append(doc_id)
        if len(seen) == 6:
            raise KeyboardInterrupt

    conn = connect(db)
    with pytest.raises(KeyboardInterrupt):
        load_output(conn, output, on_doc=stop_after_six)
    # the first transaction (4 documents) is in, the second rolled back whole
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 4
    assert conn.execute("SELECT count(DISTINCT doc_id) FROM sentences").fetchone()[0] == 4
    summary = load_output(conn, output)
    assert (summary.loaded, summary.skipped) == (16, 4)
    conn.close()
    assert_same_store(db, ingested)


def test_load_completes_documents_ingested_without_extraction(output: Path, corpus: Path,
                                                            ingested: Path,
                                                            tmp_path: Path) -> None:
    db = tmp_path / "partial.db"
    invoke("--db", db, "ingest", corpus / "wire.csv", "-q", "--no-extract")
    invoke("--db", db, "load", output, "-q")
    assert_same_store(db, ingested)


def test_load_refuses_unsorted_files(tmp_path: Path) -> None:
    schema = pa.schema([("doc_id", pa.string()), *DATASETS["documents"]])
    rows = [{"doc_id": d, "text": d, "lang": "en", "n_chars": 1} for d in ("b", "a")]
    folder = tmp_path / "out" / "documents" / "month=unknown"
    folder.mkdir(parents=True)
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), folder / "part-0.parquet")
    with pytest.raises(LoadError, match="not sorted"):
        load_output(connect(tmp_path / "x.db"), tmp_path / "out")


def test_load_of_a_folder_without_documents_is_an_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "x.db"), "load", str(tmp_path)])
    assert result.exit_code == 1 and "no documents dataset" in result.stderr


def test_parquet_rows_are_read_as_records_with_their_number(tmp_path: Path) -> None:
    path = tmp_path / "a.parquet"
    pq.write_table(pa.Table.from_pylist([{"body": "Kazakhstan joined the SCO."},
                                         {"body": None}]), path)
    first, second = read_file(path, ReadOptions(text_field="body"))
    assert first.text == "Kazakhstan joined the SCO." and first.line == 1
    assert str(second).endswith("a.parquet:2: no text field (body) in record")


@pytest.mark.parametrize(("published", "month"), [
    ("2024-05-01", "2024-05"), ("2024-05", "2024-05"), ("2024", "2024"), (None, "unknown")])
def test_month_of(published: str | None, month: str) -> None:
    assert month_of(published) == month
