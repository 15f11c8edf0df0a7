"""`diplomap batch --engine spark` (local[2]) then `diplomap load` make the store of a plain
`ingest`, and the same Parquet as `--engine local`. One SparkSession for the module."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as ds
import pytest
from click.testing import CliRunner

from diplomap.cli import cli
from diplomap.ingest import IngestError, ReadOptions, read_file
from diplomap.scale.records import DATASETS, BatchOptions

from batch_fixtures import BAD_LINE, assert_same_store, write_corpus

pytest.importorskip("pyspark", reason="PySpark is not installed: pip install 'diplomap[spark]'")
if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
    pytest.skip("Java is not installed: Spark needs a JVM (Java 17)", allow_module_level=True)


def invoke(*args: object):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def spark() -> Iterator:
    from diplomap.scale.spark import spark_session

    session = spark_session("local[2]")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("spark") / "corpus")


@pytest.fixture(scope="module")
def spark_run(spark, corpus: Path):
    from diplomap.scale.spark import run_spark

    output = corpus.parent / "spark-out"
    return output, run_spark(spark, [corpus], output, BatchOptions(), partitions=3)


def test_spark_output_loaded_equals_ingest(spark_run, corpus: Path, tmp_path: Path) -> None:
    output, _ = spark_run
    ingested, loaded = tmp_path / "ingest.db", tmp_path / "loaded.db"
    assert invoke("--db", ingested, "ingest", corpus, "-q", "--workers", 1).exit_code == 1
    assert invoke("--db", loaded, "load", output, "-q").exit_code == 0
    assert_same_store(loaded, ingested)
    result = invoke("--db", loaded, "load", output, "--json")  # a re-run adds nothing
    assert '"loaded": 0' in result.stdout
    assert_same_store(loaded, ingested)


def test_malformed_record_is_reported_and_the_job_goes_on(spark_run, corpus: Path) -> None:
    _, summary = spark_run
    # the message `ingest` gives: file, line and reason
    expected = [str(e) for e in read_file(corpus / "feed.jsonl", ReadOptions())
                if isinstance(e, IngestError)]
    assert summary.errors == expected
    assert expected[0].endswith(f"feed.jsonl:{BAD_LINE}: line is not valid JSON "
                                "(Unterminated string starting at)")
    assert (summary.files, summary.records, summary.documents) == (3, 21, 20)


def _dataset(output: Path, name: str) -> list[dict]:
    months = ds.partitioning(pa.schema([("month", pa.string())]), flavor="hive")
    table = ds.dataset(output / name, format="parquet", partitioning=months).to_table()
    keys = ["month", "doc_id"] + (["seq"] if "seq" in table.column_names else [])
    return table.sort_by([(k, "ascending") for k in keys]).to_pylist()


def test_spark_and_local_engines_write_the_same_datasets(spark_run, corpus: Path,
                                                         tmp_path: Path) -> None:
    output, _ = spark_run
    local = tmp_path / "local-out"
    invoke("batch", corpus, local, "--engine", "local", "-j", 2, "-q")
    for name in DATASETS:
        assert _dataset(output, name) == _dataset(local, name), name


def test_batch_command_on_spark(spark, corpus: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["batch", str(corpus), str(tmp_path / "out"), "--engine",
                                      "spark", "--master", "local[2]", "--partitions", "2"])
    assert result.exit_code == 1, result.output
    assert f"feed.jsonl:{BAD_LINE}:" in result.stderr
    assert "20 documents written" in result.stdout
    assert spark.range(3).count() == 3  # the caller's session is left running
