"""Shared fixtures: a fresh database, the CLI runner, ../shared when present, the rules
pipeline that construction tests read their own sentences with."""

from __future__ import annotations

import json
import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner

# The suite tests the Python code, which the tests may patch and hand stand-ins; that the
# compiled reading path reads as it does is tests/test_native.py's (over every bundled set).
os.environ.setdefault("DIPLOMAP_PURE_PYTHON", "1")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold"
SAMPLE = REPO / "src" / "diplomap" / "sample"
OUTPUT = REPO / "test-output"


@pytest.fixture(scope="session")
def pipeline():
    """The rules alone (no scorer): construction tests check what the grammar reads."""
    from diplomap.extract import Pipeline

    return Pipeline(model="rules")


def event_triples(pipeline, text: str, lang: str = "en") -> set[tuple]:
    """(source, type, target) of every event `pipeline` reads in `text`."""
    found = pipeline(text, lang, "2025-03-01").extraction.events
    return {(e.source, e.event_type, e.target) for e in found}


def typed_events(pipeline, text: str, lang: str = "en") -> set[tuple]:
    """(type, mode, source, target) of every event `pipeline` reads in `text`."""
    found = pipeline(text, lang, "2025-03-01").extraction.events
    return {(e.event_type, e.mode, e.source, e.target) for e in found}


def event_quads(pipeline, text: str, lang: str = "en") -> set[tuple]:
    """(source, type, target, modality) of every event `pipeline` reads in `text`."""
    found = pipeline(text, lang, "2025-03-01").extraction.events
    return {(e.source, e.event_type, e.target, e.modality) for e in found}


def fact_quads(pipeline, text: str, lang: str = "en") -> set[tuple]:
    """(subject, predicate, object, modality) of every fact `pipeline` reads in `text`."""
    found = pipeline(text, lang, "2025-03-01").extraction.facts
    return {(f.subject, f.predicate, f.object, f.modality) for f in found}


def agreements(pipeline, text: str, lang: str = "en") -> set[tuple]:
    """The `agreement_with` facts of `fact_quads`."""
    return {q for q in fact_quads(pipeline, text, lang) if q[1] == "agreement_with"}


def read_without_agreement(pipeline, text: str, lang: str = "en"):
    """The extraction of `text`, asserted to state no `agreement_with` fact."""
    result = pipeline(text, lang, "2025-03-01").extraction
    assert not any(f.predicate == "agreement_with" for f in result.facts), result.facts
    return result


def need_shared(path: Path = SEEDS) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is absent: the acceptance data lives in ../shared beside the repo")
    return path


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.db"


@pytest.fixture
def run(db_path: Path):
    """Invoke the CLI on the test database; returns click's Result."""
    from diplomap.cli import cli

    runner = CliRunner()

    def invoke(*args: str, input: str | None = None):
        return runner.invoke(cli, ["--db", str(db_path), *map(str, args)], input=input,
                             catch_exceptions=False)

    return invoke


def write_json(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


# --- browser tests: Debian's chromium driven by Playwright, against a served database -------
CHROMIUM = shutil.which("chromium")
SCREENSHOTS = OUTPUT / "screenshots"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def need_browser() -> None:
    """Skip the calling test module when the browser is not installed."""
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (apt-get install -y chromium): browser tests "
                    "skipped", allow_module_level=True)
    pytest.importorskip("playwright.sync_api")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serve_app(db: Path) -> Iterator[str]:
    """The dashboard and API over `db`, served by uvicorn on a free loopback port."""
    import uvicorn

    from diplomap.web.app import create_app

    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=free_port(),
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{server.config.port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, base_url: str) -> Iterator[object]:
    """A page that fails the test on any script error or request leaving the server."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=base_url)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda m: errors.append(m.text)
            if m.type == "error" and not plotly_feature_probe(m) else None)
    outside: list[str] = []
    page.on("request", lambda r: None if r.url.startswith(base_url) or r.url.startswith("data:")
            else outside.append(r.url))
    yield page
    context.close()
    assert not errors, errors
    assert not outside, f"requests outside the server: {outside}"


def plotly_feature_probe(message) -> bool:
    """plotly.js probes for the global object with `new Function("return this")` inside a
    try; the Content-Security-Policy refuses it (as it should) and the browser logs that."""
    return ("unsafe-eval" in message.text
            and message.location.get("url", "").endswith("/vendor/plotly.min.js"))


def open_page(page, path: str) -> None:
    page.goto(path)
    rendered(page)


def rendered(page) -> None:
    """Wait until the page for the current hash has been drawn."""
    page.wait_for_function("() => document.body.dataset.rendered === location.hash"
                           " && document.body.dataset.ready === '1'")


PHONE = {"width": 390, "height": 844}  # the phone the browser tests lay pages out on


def wait_hash(page, prefix: str) -> None:
    """Wait until the address is under `prefix` and its page is drawn."""
    page.wait_for_function("(p) => location.hash.startsWith(p)", arg=prefix)
    rendered(page)


def no_overflow(page) -> None:
    """The page is no wider than the phone's screen."""
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"{page.url}: {width} px wide on a {PHONE['width']} px screen"


def shot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)
