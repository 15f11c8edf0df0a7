"""`diplomap batch --engine spark`: files -> Parquet datasets on Apache Spark (PySpark).

Three steps, all in the executors: the files are read (one task per file, with the
ingest readers), the first article of each text is kept (a shuffle on the document ID,
ordered by file and record, as `ingest` keeps the first), and `records.read_documents` is
mapped over the partitions with `mapInArrow`, the pipeline compiled once per Python
worker. The documents are kept (persisted) and written as one dataset per table,
partitioned by publication month, every file sorted by document ID (what `load` merges).
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from diplomap.ingest import collect_files
from diplomap.scale.batch import BatchSummary, clear_output
from diplomap.scale.records import (
    CHILDREN,
    DATASETS,
    BatchOptions,
    article_schema,
    read_articles,
    read_documents,
    record_schema,
    worker_env,
)

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

ARROW_BATCH = 256  # documents per Arrow batch handed to a Python worker


class SparkMissing(RuntimeError):
    """PySpark (the `spark` extra) or Java is not installed."""


def submitted() -> bool:
    """Launched by spark-submit: its JVM, master and configuration are already there."""
    return "PYSPARK_GATEWAY_PORT" in os.environ


def spark_session(master: str | None = None, *, app: str = "diplomap batch",
                  conf: dict[str, str] | None = None) -> SparkSession:
    """A SparkSession whose Python workers run this interpreter and this diplomap.

    `master` None: spark-submit's master, else local[*]. On a local master the workers
    are this machine's: PYSPARK_PYTHON is this interpreter and this diplomap comes first
    on their path. On a cluster the executors' interpreter is the one spark-submit names
    (spark.pyspark.python), else PYSPARK_PYTHON, else this one's path."""
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise SparkMissing("PySpark is not installed: pip install 'diplomap[spark]'") from exc
    if master is None and not submitted():
        master = "local[*]"
    local = master is not None and master.startswith("local")
    env = worker_env()
    if local:
        os.environ.update(env)
    else:
        os.environ.setdefault("PYSPARK_PYTHON", env["PYSPARK_PYTHON"])
    builder = SparkSession.builder.appName(app)
    if master:
        builder = builder.master(master)
    if local:
        builder = (builder.config("spark.ui.enabled", "false")
                   .config("spark.driver.host", "127.0.0.1")
                   .config("spark.ui.showConsoleProgress", "false")
                   .config("spark.executorEnv.PYTHONPATH", env["PYTHONPATH"]))
    for key, value in (conf or {}).items():
        builder = builder.config(key, value)
    try:
        session = builder.getOrCreate()
    except Exception as exc:  # no Java, or a JVM that cannot start
        raise SparkMissing(f"Spark cannot start ({type(exc).__name__}: {exc})") from exc
    session.sparkContext.setLogLevel("ERROR")
    return session


def active_session() -> SparkSession | None:
    """The SparkSession already running in this process, if any (None without PySpark)."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        return None
    return SparkSession.getActiveSession()


def _spark_schema(schema: pa.Schema) -> Any:
    from pyspark.sql.pandas.types import from_arrow_schema

    return from_arrow_schema(schema)


def _reader(options: BatchOptions):
    schema = article_schema()

    def read(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        for batch in batches:
            for job in batch.to_pylist():
                rows = list(read_articles(job["file"], job["path"], options))
                for start in range(0, len(rows), ARROW_BATCH):
                    yield pa.RecordBatch.from_pylist(rows[start:start + ARROW_BATCH], schema)
    return read


def _extractor(lexicons: tuple[str, ...]):
    schema = record_schema()

    def extract(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        for batch in batches:
            yield pa.RecordBatch.from_pylist(read_documents(batch.to_pylist(), lexicons), schema)
    return extract


def run_spark(spark: SparkSession, inputs: Sequence[str | Path], output: str | Path,
              options: BatchOptions, *, partitions: int | None = None) -> BatchSummary:
    """Read `inputs` into the Parquet datasets under `output` with `spark`."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    files, problems = collect_files(inputs)
    summary = BatchSummary(files=len(files), errors=[str(p) for p in problems])
    target = str(output).rstrip("/")
    if "://" not in target:  # a URI (hdfs://, s3a://) is overwritten by Spark itself
        clear_output(Path(target))
    parts = partitions or 2 * spark.sparkContext.defaultParallelism
    # every partition of the shuffle is a task of the extraction: none merged away
    spark.conf.set("spark.sql.shuffle.partitions", str(parts))
    spark.conf.set("spark.sql.adaptive.coalescePartitions.enabled", "false")
    spark.conf.set("spark.sql.execution.arrow.maxRecordsPerBatch", str(ARROW_BATCH))
    jobs = spark.sparkContext.parallelize(
        [(i, str(p)) for i, p in enumerate(files)], max(1, min(len(files), parts)))
    articles = (spark.createDataFrame(jobs, "file long, path string")
                .mapInArrow(_reader(options), _spark_schema(article_schema()))
                .persist(StorageLevel.MEMORY_AND_DISK))
    for row in (articles.where("kind != 'doc'").select("kind", "message")
                .orderBy("file", "ordinal").collect()):
        (summary.errors if row.kind == "error" else summary.warnings).append(row.message)
    docs = articles.where("kind = 'doc'")
    summary.records = docs.count()
    fields = [c for c in article_schema().names if c not in ("kind", "message")]
    first = (docs.groupBy("doc_id").agg(F.min(F.struct(*fields)).alias("first"))
             .select("first.*"))  # a struct's order: file, then record within the file
    records = (first.mapInArrow(_extractor(options.lexicons), _spark_schema(record_schema()))
               .persist(StorageLevel.MEMORY_AND_DISK))
    try:
        summary.documents = records.count()  # extracted once, here; then written 7 times
        articles.unpersist()
        for name in DATASETS:
            _write(records, name, f"{target}/{name}")
    finally:
        articles.unpersist()
        records.unpersist()
    return summary


def _write(records: DataFrame, name: str, target: str) -> None:
    from pyspark.sql import functions as F

    if name == "documents":
        rows = records.select("month", "doc_id", *[c for c, _ in DATASETS[name]])
        order = ["month", "doc_id"]
    else:
        assert name in CHILDREN
        rows = records.select("month", "doc_id", F.inline(name))
        order = ["month", "doc_id", "seq"]
    (rows.sortWithinPartitions(*order).write.mode("overwrite").partitionBy("month")
     .parquet(target))
