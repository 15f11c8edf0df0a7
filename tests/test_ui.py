"""The dashboard in a real browser (Debian's chromium driven by Playwright).

Each test saves a screenshot under test-output/screenshots/.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from api_fixtures import build_fixture_db
from conftest import need_browser, open_page, rendered, serve_app, shot

pytestmark = pytest.mark.ui
need_browser()


@pytest.fixture(scope="module")
def base_url(tmp_path_factory) -> Iterator[str]:
    with serve_app(build_fixture_db(tmp_path_factory.mktemp("ui") / "ui.db")) as url:
        yield url


def test_country_page(page) -> None:
    open_page(page, "/#/country/KAZ")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("#country-head h1").inner_text().startswith("كازاخستان")
    memberships = page.locator("[data-section='memberships']")
    assert "منظمة شنغهاي للتعاون" in memberships.inner_text()
    assert "الأمم المتحدة" in memberships.inner_text()
    # plotly drew the balance chart (stacked bars + entropy line) and the timeline
    page.wait_for_selector("#balance-chart .plot-container")
    assert page.locator("#balance-chart g.trace.bars").count() >= 1
    page.wait_for_selector("#timeline-chart .plot-container")
    assert page.locator("[data-vector='china'] .chip").first.inner_text().startswith("الصين")
    assert page.locator("#profile a[data-evidence]").count() >= 30
    shot(page, "country_ar")


def test_network_click_opens_country(page) -> None:
    open_page(page, "/#/network")
    page.wait_for_function("() => document.getElementById('network-chart')?.dataset.stable === '1'")
    point = page.evaluate("""() => {
        const el = document.getElementById('network-chart');
        const dom = el.network.canvasToDOM(el.network.getPositions(['CHN']).CHN);
        const box = el.getBoundingClientRect();
        return {x: box.left + dom.x, y: box.top + dom.y};
    }""")
    shot(page, "network")
    page.mouse.click(point["x"], point["y"])
    page.locator("#node-open").click()
    page.wait_for_function("() => location.hash === '#/country/CHN'")
    rendered(page)
    assert "الصين" in page.locator("#country-head h1").inner_text()


def test_events_filter(page) -> None:
    open_page(page, "/#/events")
    assert page.locator("#events-table tbody tr").count() == 20
    page.fill("#event-filters input[name='actor']", "KAZ")
    page.select_option("#event-filters select[name='type']", "CONSULT")
    page.fill("#event-filters input[name='since']", "2022")
    page.click("#event-filters button[type='submit']")
    page.wait_for_function("() => location.hash.includes('type=CONSULT')")
    rendered(page)
    rows = page.locator("#events-table tbody tr")
    assert rows.count() == 7
    assert set(rows.evaluate_all("rs => rs.map(r => r.dataset.type)")) == {"CONSULT"}
    csv_link = page.locator("a[data-export='csv']").get_attribute("href")
    assert csv_link.startswith("/api/events/export?")
    assert "type=CONSULT" in csv_link and "actor=KAZ" in csv_link
    shot(page, "events_filtered")
    response = page.request.get(csv_link)
    assert response.ok and response.text().count("\n") == 8  # header + 7 rows


def test_evidence_viewer_highlights_the_span(page) -> None:
    open_page(page, "/#/country/KAZ")
    link = page.locator("[data-section='memberships'] li", has_text="الأمم المتحدة").locator(
        "a[data-evidence]").first
    link.click()
    page.wait_for_function("() => location.hash.startsWith('#/doc/')")
    rendered(page)
    assert page.locator("#evidence-mark").inner_text() == (
        "انضمت كازاخستان إلى الأمم المتحدة في مارس 1992")
    assert page.locator("#doc-text").get_attribute("dir") == "rtl"
    assert page.locator("#evidence-mark").is_visible()
    shot(page, "evidence")
    # from an event row too
    open_page(page, "/#/events?type=AID")
    page.locator("#events-table a[data-evidence]").first.click()
    page.wait_for_function("() => location.hash.startsWith('#/doc/')")
    rendered(page)
    assert "مساعدات إنسانية" in page.locator("#evidence-mark").inner_text()


def test_language_switch_persists(page) -> None:
    open_page(page, "/#/country/KAZ")
    assert page.locator("[data-nav='network']").inner_text() == "الشبكة"
    page.click("#lang-switch")
    page.wait_for_function("() => document.documentElement.dir === 'ltr'")
    rendered(page)
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("[data-nav='network']").inner_text() == "Network"
    page.reload()
    rendered(page)
    assert page.locator("html").get_attribute("dir") == "ltr"
    assert page.locator("#country-head h1").inner_text().startswith("Kazakhstan")
    assert "Memberships" in page.locator("[data-section='memberships'] h3").inner_text()
    page.wait_for_selector("#balance-chart .plot-container")
    shot(page, "country_en")
    page.click("#lang-switch")
    page.wait_for_function("() => document.documentElement.dir === 'rtl'")


def test_search_box(page) -> None:
    open_page(page, "/#/country/KAZ")
    page.fill("#search-input", "لشنغهاي")
    page.press("#search-input", "Enter")
    page.wait_for_function("() => location.hash.startsWith('#/search')")
    rendered(page)
    results = page.locator("#search-results li")
    assert results.count() == 2
    assert "شنغهاي" in results.first.inner_text()
    shot(page, "search")
    results.first.locator("a").click()
    page.wait_for_selector("#evidence-mark")
    assert "شنغهاي" in page.locator("#evidence-mark").inner_text()
