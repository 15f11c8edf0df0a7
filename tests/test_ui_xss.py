"""No click runs a script: document URLs from any input format are links only for http(s)."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from click.testing import CliRunner

from diplomap.cli import cli
from diplomap.store import connect

from conftest import need_browser, open_page, serve_app

pytestmark = pytest.mark.ui
need_browser()

PAYLOADS = ["javascript:window.__pwned=1", "JaVaScRiPt:window.__pwned=2",
            "java\tscript:window.__pwned=3", " javascript:window.__pwned=4",
            "data:text/html,<script>window.__pwned=5</script>", "//evil.example/x"]
TEXT = "Kazakhstan and China signed a transit agreement in Astana on {}."


@pytest.fixture(scope="module")
def served(tmp_path_factory) -> Iterator[tuple[str, list[str]]]:
    folder = tmp_path_factory.mktemp("xss")
    records = [{"text": TEXT.format(f"day {n}"), "url": url, "title": f"t{n}"}
               for n, url in enumerate(PAYLOADS)]
    (folder / "a.jsonl").write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    front = PAYLOADS[0].replace("1", "7")
    (folder / "b.md").write_text(f"---\nurl: \"{front}\"\n---\n{TEXT.format('day 9')}\n",
                                 encoding="utf-8")
    db = folder / "xss.db"
    result = CliRunner().invoke(cli, ["--db", str(db), "ingest", str(folder), "-q"])
    assert result.exit_code == 0, result.output
    ids = [r[0] for r in connect(db).execute("SELECT id FROM documents")]
    assert len(ids) == len(PAYLOADS) + 1
    with serve_app(db) as url:
        yield url, ids


@pytest.fixture
def base_url(served) -> str:
    return served[0]


def test_document_urls_never_become_script_links(page, served) -> None:
    _, ids = served
    for doc_id in ids:
        open_page(page, f"/#/doc/{doc_id}")
        hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))")
        unsafe = [h for h in hrefs if not h.startswith(("#", "/", "http://", "https://"))
                  or h.startswith("//")]
        assert not unsafe, unsafe
        for link in page.locator("a[rel=noreferrer]").all():
            link.click()
        assert page.evaluate("() => window.__pwned") is None
