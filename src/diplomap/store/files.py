"""Files an ingest has read, so that a re-run skips the unchanged ones without reading them."""

from __future__ import annotations

import os
import sqlite3
import time

# A file changed within this long before it was read may have changed again within the same
# timestamp tick after it was read (git's "racily clean" case): such a file is read again.
RACY_NS = 2_000_000_000


def _signature(stat: os.stat_result) -> tuple[int, int, int, int]:
    return stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino


def file_unchanged(conn: sqlite3.Connection, path: str, options: str,
                   stat: os.stat_result) -> bool:
    """True when `path` was read before with the same options and has not changed since."""
    row = conn.execute("SELECT size, mtime_ns, ctime_ns, inode, read_ns FROM ingested_files"
                       " WHERE path = ? AND options = ?", (path, options)).fetchone()
    if row is None or tuple(row[:4]) != _signature(stat):
        return False
    return max(stat.st_mtime_ns, stat.st_ctime_ns) < row[4] - RACY_NS


def record_file(conn: sqlite3.Connection, path: str, options: str, stat: os.stat_result) -> None:
    """Remember that every record of `path` (as it was at `stat`) is stored (one statement:
    atomic alone, and no savepoint inside the caller's transaction)."""
    conn.execute(
        "INSERT OR REPLACE INTO ingested_files (path, options, size, mtime_ns, ctime_ns,"
        " inode, read_ns) VALUES (?,?,?,?,?,?,?)",
        (path, options, *_signature(stat), time.time_ns()))
