"""The FastAPI application: JSON API under /api, the dashboard at /, docs at /docs.

Readers open the database read-only (a pool of connections); SQLite's WAL mode
lets them read while an ingest writes.
"""

from __future__ import annotations

import queue
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from diplomap import __version__
from diplomap.analysis import Grouping
from diplomap.store import StoreError, connect
from diplomap.store.db import open_reader

MMAP_BYTES = 256 * 2**20  # readers map the file: no read() system call per page

class Database:
    """A pool of read-only connections to one database file.

    Last in, first out: the few connections in use stay warm (page cache, prepared
    statements) whichever worker thread serves the request.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._idle: queue.LifoQueue[sqlite3.Connection] = queue.LifoQueue()

    def open(self) -> sqlite3.Connection:
        return open_reader(self.path, mmap_bytes=MMAP_BYTES)

    def conn(self) -> sqlite3.Connection:
        """A connection of the pool; give it back with `release`."""
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            return self.open()

    def release(self, conn: sqlite3.Connection) -> None:
        self._idle.put(conn)

    @contextmanager
    def reader(self) -> Iterator[sqlite3.Connection]:
        conn = self.conn()
        try:
            yield conn
        finally:
            self.release(conn)


def create_app(db_path: str | Path, *, vectors: Grouping | None = None,
               migrate: bool = True) -> FastAPI:
    """The app over the database at `db_path` (created and migrated first if `migrate`)."""
    if migrate:
        connect(db_path).close()
    app = FastAPI(title="diplomap", version=__version__, docs_url=None, redoc_url=None,
                  description="Evidence-linked model of a country's foreign relations: "
                              "documents, entities, facts, PLOVER events and their analysis.")
    app.state.db = Database(Path(db_path))
    app.state.vectors = vectors  # None: each focal state's default vectors
    _add_error_handlers(app)
    app.add_middleware(SecurityHeaders)
    from diplomap.web.api import router as api_router
    from diplomap.web.pages import mount_pages

    app.include_router(api_router)
    mount_pages(app)
    return app


# Scripts only from this server and never inline, no plug-ins, no framing, no form posts
# elsewhere; plotly.js sets styles inline, hence 'unsafe-inline' for styles only.
CONTENT_SECURITY_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self' "
                           "'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; "
                           "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
                           "form-action 'self'")
SECURITY_HEADERS = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
]


class SecurityHeaders:
    """ASGI middleware: the security headers on every response, and a 400 for a path with a
    NUL or another control character (which would reach the file system as an error)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if any(ord(c) < 32 or ord(c) == 127 for c in scope.get("path", "")):
            response = JSONResponse({"message": "invalid characters in the path"},
                                    status_code=400)
            await response(scope, receive, self._with_headers(send))
            return
        await self.app(scope, receive, self._with_headers(send))

    @staticmethod
    def _with_headers(send: Send) -> Send:
        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)
        return sending


HINTS = {"since": "an ISO date: YYYY, YYYY-MM or YYYY-MM-DD", "until": "an ISO date: YYYY,"
         " YYYY-MM or YYYY-MM-DD", "doc": "a document ID", "doc_id": "a document ID"}


def _error_text(error: dict) -> str:
    loc = [str(p) for p in error.get("loc", ())]
    text = f"{'.'.join(loc)}: {error.get('msg')}"
    hint = HINTS.get(loc[-1] if loc else "", "an entity ID (letters, digits, _ : . -)")
    if error.get("type") == "string_pattern_mismatch":
        text += f" (expected {hint})"
    return text


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        message = "; ".join(_error_text(e) for e in errors)
        detail = [{"loc": list(e.get("loc", ())), "msg": e.get("msg"), "type": e.get("type")}
                  for e in errors]
        return JSONResponse({"message": message, "detail": detail}, status_code=422)

    @app.exception_handler(HTTPException)
    async def http_error(_: Request, exc: HTTPException) -> JSONResponse:
        if isinstance(exc.detail, dict):  # a message with more (suggestions)
            return JSONResponse({**exc.detail, "detail": exc.detail["message"]},
                                status_code=exc.status_code, headers=exc.headers)
        return JSONResponse({"message": exc.detail, "detail": exc.detail},
                            status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(StoreError)
    async def no_store(_: Request, exc: StoreError) -> JSONResponse:
        return JSONResponse({"message": str(exc)}, status_code=503)
