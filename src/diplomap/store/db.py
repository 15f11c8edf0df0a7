"""The embedded SQLite database: connection, pragmas and versioned migrations.

SQLite in WAL mode lets the web server read while an ingest writes, and each
document is written in one transaction, so a killed process leaves every
document either fully stored or absent.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

DEFAULT_DB = "diplomap.db"
DB_ENV = "DIPLOMAP_DB"


class StoreError(Exception):
    """The database cannot be opened or is of an unknown schema."""


def default_db_path() -> Path:
    return Path(os.environ.get(DB_ENV) or DEFAULT_DB)


def migrations() -> list[tuple[int, str]]:
    """The numbered SQL migrations shipped with the package, in order."""
    folder = resources.files("diplomap.store") / "migrations"
    found = []
    for item in folder.iterdir():
        name = item.name
        if name.endswith(".sql") and name[:4].isdigit():
            found.append((int(name[:4]), item.read_text(encoding="utf-8")))
    return sorted(found)


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection) -> int:
    """Apply the migrations the database lacks; each one in its own transaction."""
    current = schema_version(conn)
    known = migrations()
    if known and current > known[-1][0]:
        raise StoreError(
            f"database schema v{current} is newer than this diplomap (v{known[-1][0]})"
        )
    for version, sql in known:
        if version <= current:
            continue
        with transaction(conn):  # the write lock: one process migrates, the others wait
            current = schema_version(conn)  # and find it done
            if version <= current:
                continue
            for statement in _statements(sql):
                conn.execute(statement)
            _after(conn, version)
            conn.execute(f"PRAGMA user_version = {version}")
        current = version
    return current


def _after(conn: sqlite3.Connection, version: int) -> None:
    """What a migration computes in Python: v4 groups the stored events into records."""
    if version == 4:
        from diplomap.store.records import rebuild

        rebuild(conn)


def _statements(sql: str) -> Iterator[str]:
    """Split a migration into statements (executescript would commit implicitly)."""
    buffer = ""
    for line in sql.splitlines(keepends=True):
        if line.lstrip().startswith("--"):
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            yield buffer.strip()
            buffer = ""
    if buffer.strip():
        yield buffer.strip()


def connect(path: str | os.PathLike[str] | None = None, *,
            readonly: bool = False) -> sqlite3.Connection:
    """Open (and create or upgrade) the database at `path`."""
    path = Path(path) if path is not None else default_db_path()
    if readonly:
        if not path.exists():
            raise StoreError(f"{path}: no such database (run `diplomap ingest` first)")
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None,
                               check_same_thread=False)
    else:
        if path.parent and not path.parent.exists():
            raise StoreError(f"{path}: folder {path.parent} does not exist")
        try:
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise StoreError(f"{path}: cannot open the database ({exc})") from exc
    conn.row_factory = sqlite3.Row
    try:
        conn.execute("PRAGMA busy_timeout = 10000")
        if not readonly:
            _set_wal(conn)
            # WAL + NORMAL: a commit is not fsynced (the WAL is, at each checkpoint), so a
            # power cut may lose the last commits but never corrupts the file, and a kill -9
            # loses nothing committed; FULL would fsync every batch of documents.
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute(f"PRAGMA wal_autocheckpoint = {WRITER_CHECKPOINT_PAGES}")
        _set_cache(conn, readonly)
        conn.execute("PRAGMA foreign_keys = ON")
        if not readonly:
            migrate(conn)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(f"{path}: not a diplomap database ({exc})") from exc
    return conn


CACHE_KIB = 64 * 1024
WRITER_CACHE_KIB = 16 * 1024
MMAP_BYTES = 256 * 1024 * 1024
# A writer checkpoints when the WAL passes 8,192 pages (32 MiB), not SQLite's 1,000: a
# checkpoint copies every page the WAL holds into the file, and an ingest's batches rewrite
# the same index pages, so at 1,000 pages nearly every batch's commit copied them again
# (10,000 documents: the COMMITs' CPU 3.3 s -> 2.6 s). A checkpoint, at any size, keeps
# each commit whole; the WAL is removed when the last connection closes.
WRITER_CHECKPOINT_PAGES = 8192


def _set_cache(conn: sqlite3.Connection, readonly: bool) -> None:
    """A page cache of 64 MiB for a reader (the API), 16 MiB for a writer (the default
    2 MiB is smaller than the indexes a batch of documents touches: events, event_links,
    the FTS index; a writer's cache fills as the database grows, and at 64 MiB an ingest of
    10,000 documents held 50 MB more than one of 1,000, for no measurable speed); for a
    reader, the first 256 MiB of the file memory-mapped too (pages read without a read()
    call and without a second copy). All are limits, not allocations: a small database uses
    little of them. A writer does not map the file: every page it touched would stay in its
    resident memory for the whole ingest. temp_store MEMORY keeps the sorts of the
    analytics queries off the disk."""
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB if readonly else WRITER_CACHE_KIB}")
    if readonly:
        conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
    conn.execute("PRAGMA temp_store = MEMORY")


def _set_wal(conn: sqlite3.Connection, attempts: int = 50) -> None:
    """WAL mode; on a new file that another process is creating, SQLite answers "locked"
    without waiting for busy_timeout, so try again for a few seconds."""
    for attempt in range(attempts):
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or attempt == attempts - 1:
                raise
            time.sleep(0.1)


def open_reader(path: str | os.PathLike[str], *, mmap_bytes: int = 0) -> sqlite3.Connection:
    """A read-only connection that also refuses writes of its own (query_only), mapping up
    to `mmap_bytes` of the file (no read() system call per page)."""
    conn = connect(path, readonly=True)
    conn.execute("PRAGMA query_only = ON")
    if mmap_bytes:
        conn.execute(f"PRAGMA mmap_size = {int(mmap_bytes)}")
    return conn


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any exception.

    Inside another transaction (a batch of documents written whole) it is a savepoint: its
    work is undone on an exception and kept, uncommitted, otherwise; the outer transaction
    commits it."""
    if conn.in_transaction:
        with _savepoint(conn):
            yield conn
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


@contextmanager
def _savepoint(conn: sqlite3.Connection) -> Iterator[None]:
    conn.execute("SAVEPOINT nested")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK TO nested")
        conn.execute("RELEASE nested")
        raise
    conn.execute("RELEASE nested")
