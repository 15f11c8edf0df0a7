"""Another region: a database built by diplomap itself from the Gulf sample corpus
(tests/fixtures/gulf/articles, written for these tests), then the home page, Qatar's and
Saudi Arabia's pages and the network in a real browser, with no Kazakhstan default anywhere.

Screenshots: test-output/screenshots/gulf_*.png.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplomap.cli import cli

from conftest import REPO, need_browser, open_page, serve_app, shot

pytestmark = pytest.mark.ui
need_browser()

GULF = REPO / "tests" / "fixtures" / "gulf" / "articles"
KAZAKHSTAN = ("كازاخستان", "Kazakhstan", "KAZ", "أستانا", "Astana")


@pytest.fixture(scope="module")
def gulf_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("gulf") / "gulf.db"
    result = CliRunner().invoke(cli, ["--db", str(db), "ingest", str(GULF), "--source", "gulf",
                                      "-q"])
    assert result.exit_code == 0, result.output
    return db


@pytest.fixture(scope="module")
def base_url(gulf_db: Path) -> Iterator[str]:
    with serve_app(gulf_db) as url:
        yield url


def no_kazakhstan(page) -> None:
    text = page.locator("body").inner_text()
    assert not [k for k in KAZAKHSTAN if k in text], page.url
    assert "diplomap.state" not in page.evaluate("() => JSON.stringify(localStorage)") or (
        "KAZ" not in page.evaluate("() => localStorage.getItem('diplomap.state') || ''"))


def test_cli_reads_gulf_names(gulf_db: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["--db", str(gulf_db), "profile", "قطر", "--json"])
    assert result.exit_code == 0 and json.loads(result.output)["state"] == "QAT"
    result = runner.invoke(cli, ["--db", str(gulf_db), "balance", "Saudi Arabia", "--json"])
    data = json.loads(result.output)
    assert data["state"] == "SAU" and data["undated"] >= 1  # the undated article is said
    assert "region" in [v["id"] for v in data["vectors"]]


def test_home_page_of_the_gulf_corpus(page) -> None:
    open_page(page, "/#/")
    assert page.locator("#home-totals").inner_text().startswith("10 وثائق")
    assert page.locator("#by-language [data-key='ar']").inner_text().startswith("العربية")
    actors = page.locator("#top-actors a[data-country]").evaluate_all(
        "els => els.map(e => e.dataset.country)")
    assert {"QAT", "SAU"} <= set(actors[:6])
    assert page.locator("#latest-events li").count() >= 5
    no_kazakhstan(page)
    shot(page, "gulf_home_ar")
    open_page(page, "/#/docs")
    assert page.locator("#docs-list li").count() == 10
    no_kazakhstan(page)


def test_qatar_page_makes_sense(page) -> None:
    open_page(page, "/#/")
    page.locator("#top-actors a[data-country='QAT']").click()
    page.wait_for_function("() => location.hash === '#/country/QAT'")
    open_page(page, "/#/country/QAT")
    assert page.locator("#country-head h1").inner_text().startswith("قطر")
    assert "مجلس التعاون الخليجي" in page.locator("[data-section='memberships']").inner_text()
    assert "غرب آسيا" in page.locator("[data-vector-def='region']").inner_text()
    assert "مجلس التعاون الخليجي" in page.locator(
        "[data-vector-def='organisations']").inner_text()
    assert all("قطر" not in t for t in page.locator("#vector-list .chip").all_inner_texts())
    page.wait_for_selector("#timeline-chart .plot-container")
    no_kazakhstan(page)
    shot(page, "gulf_qatar_ar")


def test_saudi_page_in_english_says_its_undated_events(page) -> None:
    page.goto("/#/")
    page.evaluate("() => localStorage.setItem('diplomap.lang', 'en')")
    open_page(page, "/#/country/" + "Saudi Arabia")
    page.wait_for_function("() => location.hash === '#/country/SAU'")
    open_page(page, "/#/country/SAU")
    assert page.locator("#country-head h1").inner_text().startswith("Saudi Arabia")
    page.wait_for_selector("#balance-chart .plot-container")
    undated = page.locator("#balance-undated")
    assert "without a date" in undated.inner_text()
    undated.locator("button").click()
    page.locator("#share-events li").first.wait_for()
    no_kazakhstan(page)
    shot(page, "gulf_saudi_en")


def test_network_of_the_gulf(page) -> None:
    open_page(page, "/#/network")
    page.wait_for_function("() => document.getElementById('network-chart')?.dataset.stable === '1'")
    ids = page.evaluate(
        "() => document.getElementById('network-chart').graph.nodes.map((n) => n.id)")
    assert {"QAT", "SAU", "GCC"} <= set(ids)
    no_kazakhstan(page)
    page.fill("input[name='center']", "السعودية")
    page.click(".pickbar button:not(.secondary)")
    page.wait_for_function("() => location.hash.startsWith('#/network?center=SAU')")
    page.wait_for_function("() => document.getElementById('network-chart')?.dataset.stable === '1'")
    legend = page.locator("#network-legend [data-vector]").all_inner_texts()
    assert legend and "السعودية" not in legend  # Saudi Arabia's own vectors
    no_kazakhstan(page)
    shot(page, "gulf_network_ar")


def test_map_and_compare_of_the_gulf(page) -> None:
    open_page(page, "/#/map")
    page.wait_for_selector("#map-chart.js-plotly-plot")
    spots = page.evaluate("() => document.getElementById('map-chart').data[1].customdata")
    assert "LOC:riyadh" in spots
    no_kazakhstan(page)
    shot(page, "gulf_map_ar")
    open_page(page, "/#/compare?a=QAT&b=SAU")
    assert page.locator("#compare-a h2").inner_text().startswith("قطر")
    assert page.locator("#mutual-events li, #mutual-facts li").count() >= 1
    no_kazakhstan(page)
    shot(page, "gulf_compare_ar")
