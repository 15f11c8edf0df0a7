"""The dashboard over the real pipeline: the seeds (or, without ../shared, the sample corpus)
ingested and extracted by diplomap itself, then Kazakhstan's page in a real browser."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplomap.cli import cli
from test_seeds_extraction import publication_dates

from conftest import GOLD, SAMPLE, SEEDS, need_browser, open_page, serve_app, shot

pytestmark = pytest.mark.ui
need_browser()


def _ingest(db: Path) -> str:
    runner = CliRunner()
    if SEEDS.exists() and (GOLD / "README.md").exists():
        for name, date in publication_dates(GOLD / "README.md").items():
            result = runner.invoke(cli, ["--db", str(db), "ingest", str(SEEDS / f"{name}.txt"),
                                         "--published", date, "--source", "seeds", "-q"])
            assert result.exit_code == 0, result.output
        return "seeds"
    result = runner.invoke(cli, ["--db", str(db), "ingest", str(SAMPLE / "corpus"), "-q"])
    assert result.exit_code == 0, result.output
    return "sample"


@pytest.fixture(scope="module")
def served(tmp_path_factory) -> Iterator[tuple[str, str]]:
    db = tmp_path_factory.mktemp("pipeline") / "pipeline.db"
    corpus = _ingest(db)
    with serve_app(db) as url:
        yield url, corpus


@pytest.fixture
def base_url(served) -> str:
    return served[0]


def test_kazakhstan_page_from_extracted_articles(page, served) -> None:
    _, corpus = served
    open_page(page, "/#/country/KAZ")
    memberships = page.locator("[data-section='memberships']").inner_text()
    # the seeds state UN membership; the sample corpus states the CSTO's instead
    second = "الأمم المتحدة" if corpus == "seeds" else "منظمة معاهدة الأمن الجماعي"
    assert "منظمة شنغهاي للتعاون" in memberships and second in memberships
    assert page.locator("[data-vector='china'] .chip").count() >= 1
    assert page.locator("[data-vector='russia'] .chip").count() >= 1
    page.wait_for_selector("#balance-chart .plot-container")
    assert page.locator("#profile a[data-evidence]").count() >= 20
    shot(page, f"{corpus}_country_ar")
    page.locator("[data-section='memberships'] a[data-evidence]").first.click()
    page.wait_for_function("() => location.hash.startsWith('#/doc/')")
    page.wait_for_selector("#evidence-mark")
    assert page.locator("#evidence-mark").inner_text().strip()
    shot(page, f"{corpus}_evidence")
