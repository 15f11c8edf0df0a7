"""The dashboard's confidence markers and reviews (issue 14, item 2), search (10), exports and
chart downloads (12) and the sortable, filterable events table (13), in a real browser, in
Arabic and English, on a desktop and a 390 px phone.

Screenshots go to test-output/screenshots/trust_*.png.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from api_fixtures import build_fixture_db
from conftest import (
    PHONE,
    need_browser,
    no_overflow,
    open_page,
    rendered,
    serve_app,
    shot,
    wait_hash,
)

pytestmark = pytest.mark.ui
need_browser()

INTENSITY_CELLS = "#events-table tbody td:nth-child(8)"


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    return build_fixture_db(tmp_path_factory.mktemp("trust") / "t.db")


@pytest.fixture(scope="module")
def base_url(db: Path) -> Iterator[str]:
    with serve_app(db) as url:
        yield url


def set_lang(page, lang: str) -> None:
    open_page(page, "/")  # drawn before the next hash (a late home page would overwrite it)
    page.evaluate("(l) => localStorage.setItem('diplomap.lang', l)", lang)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_events_show_confidence_persons_and_locations(page, lang: str) -> None:
    set_lang(page, lang)
    open_page(page, "/#/events?view=mentions&conf=0")
    rows = page.locator("#events-table tbody tr")
    assert rows.count() > 0
    assert page.locator("#events-table tbody .conf[data-confidence]").count() == rows.count()
    headers = page.locator("#events-table thead th").all_inner_texts()
    persons, location = ("الأشخاص", "المكان") if lang == "ar" else ("Persons", "Location")
    assert any(persons in h for h in headers) and any(location in h for h in headers)
    assert page.locator("#events-table td.persons span").count() > 0
    assert page.locator("#conf-select").input_value() == "0"
    shot(page, f"trust_events_{lang}")


def test_confidence_threshold_hides_the_weakest_by_default(page, db: Path) -> None:
    from diplomap.store import connect

    conn = connect(db)
    conn.execute("UPDATE events SET confidence = 0.2 WHERE rowid IN "
                 "(SELECT rowid FROM events ORDER BY id LIMIT 3)")
    conn.commit()
    conn.close()
    open_page(page, "/#/events?view=mentions")
    assert page.locator("#conf-select").input_value() == "0.3"
    shown = page.locator("#events-table tbody tr").count()
    values = [float(v) for v in page.locator("#events-table .conf").evaluate_all(
        "(els) => els.map((e) => e.dataset.confidence)")]
    assert values and min(values) >= 0.3
    open_page(page, "/#/events?view=mentions&conf=0")
    assert page.locator("#events-table tbody tr").count() == shown + 3


def test_marking_an_event_wrong_hides_it_and_is_stored(page) -> None:
    set_lang(page, "en")
    open_page(page, "/#/events?view=mentions&conf=0")
    page.fill("#reviewer", "amal")
    page.locator("#reviewer").dispatch_event("change")
    row = page.locator("#events-table tbody tr").first
    event_id = row.get_attribute("data-id")
    total = page.locator("#events-count").inner_text()
    with page.expect_response(lambda r: r.url.endswith("/api/reviews") and r.status == 201):
        row.locator("button[data-review='wrong']").click()
    page.wait_for_function("(id) => document.querySelector(`tr[data-id='${id}']`)"
                           ".classList.contains('reviewed-wrong')", arg=event_id)
    shot(page, "trust_marked_wrong_en")
    page.reload()  # the same hash, drawn again from the server
    rendered(page)
    assert page.locator(f"tr[data-id='{event_id}']").count() == 0
    assert page.locator("#events-count").inner_text() != total
    page.check("#show-wrong")
    page.click("#event-filters button[type=submit]")
    wait_hash(page, "#/events?")
    assert page.locator(f"tr[data-id='{event_id}'].reviewed-wrong").count() == 1
    history = page.evaluate("() => fetch('/api/reviews').then((r) => r.json())")
    assert history["items"][0]["item_key"] == event_id
    assert history["items"][0]["reviewer"] == "amal"


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_sort_by_clicking_a_header(page, lang: str) -> None:
    set_lang(page, lang)
    open_page(page, "/#/events?view=mentions&conf=0")
    page.click("th[data-sort='intensity'] a")
    wait_hash(page, "#/events?")
    assert "sort=intensity" in page.evaluate("() => location.hash")
    values = [float(v) for v in page.locator(INTENSITY_CELLS).all_inner_texts()]
    assert values == sorted(values)
    page.click("th[data-sort='intensity'] a")
    wait_hash(page, "#/events?")
    values = [float(v) for v in page.locator(INTENSITY_CELLS).all_inner_texts()]
    assert values == sorted(values, reverse=True)
    assert page.locator("th[data-sort='intensity']").get_attribute("aria-sort") == "descending"
    shot(page, f"trust_sorted_{lang}")


def test_text_filter(page) -> None:
    open_page(page, "/#/events?conf=0")
    everything = page.locator("#events-table tbody tr").count()
    page.fill("#text-filter", "بوتين")
    page.click("#event-filters button[type=submit]")
    wait_hash(page, "#/events?")
    rows = page.locator("#events-table tbody tr")
    assert 0 < rows.count() < everything


def test_exports_carry_names_and_a_bom(page) -> None:
    set_lang(page, "ar")
    open_page(page, "/#/events?view=mentions&conf=0")
    href = page.locator("a[data-export='csv']").get_attribute("href")
    assert "names=ar" in href and "min_confidence=0" in href
    text = page.evaluate("(u) => fetch(u).then((r) => r.arrayBuffer()).then((b) =>"
                         " Array.from(new Uint8Array(b).slice(0, 3)))", href)
    assert text == [0xEF, 0xBB, 0xBF]
    body = page.evaluate("(u) => fetch(u).then((r) => r.text())", href)
    assert "source_name" in body and "كازاخستان" in body
    open_page(page, "/#/facts?conf=0")
    facts_href = page.locator("a[data-export='facts-csv']").get_attribute("href")
    assert facts_href.startswith("/api/facts/export?")
    assert page.evaluate("(u) => fetch(u).then((r) => r.status)", facts_href) == 200
    assert page.locator("#facts-list li .conf").count() > 0
    shot(page, "trust_facts_ar")


def test_chart_has_a_download_button(browser, base_url: str) -> None:
    """Plotly draws the PNG in the page and hands it over as a blob: of this origin."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=base_url,
                                  accept_downloads=True)
    page = context.new_page()
    outside: list[str] = []
    local = (base_url, f"blob:{base_url}/", "data:")
    page.on("request", lambda r: None if r.url.startswith(local) else outside.append(r.url))
    open_page(page, "/")
    page.evaluate("() => localStorage.setItem('diplomap.lang', 'en')")
    open_page(page, "/#/country/KAZ")
    button = page.locator("#balance-chart .modebar-btn[data-title*='png'], "
                          "#balance-chart .modebar-btn[data-title*='PNG']")
    assert button.count() >= 1
    with page.expect_download() as download:
        button.first.click()
    assert download.value.suggested_filename.endswith(".png")
    assert page.locator("[data-fact] .conf").count() > 0  # facts of the profile
    assert page.locator("[data-fact] button[data-review='wrong']").count() > 0
    shot(page, "trust_country_en")
    context.close()
    assert not outside, outside


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_search_kinds_paging_and_marks(page, lang: str) -> None:
    set_lang(page, lang)
    open_page(page, "/#/")
    page.fill("#search-input", "كازاخستان")
    page.press("#search-input", "Enter")
    wait_hash(page, "#/search")
    tabs = page.locator("#search-tabs a")
    assert tabs.count() == 4
    assert page.locator("#search-results mark").count() >= 1
    assert page.locator("#search-next").count() == 1  # more than one page of sentences
    page.click("#search-next")
    wait_hash(page, "#/search")
    assert "offset=20" in page.evaluate("() => location.hash")
    first_page = page.locator("#search-results li").all_inner_texts()
    page.click("#search-tabs a[data-kind='entity']")
    wait_hash(page, "#/search")
    assert page.locator("#search-results li").count() >= 1
    assert first_page
    shot(page, f"trust_search_{lang}")


def test_search_does_not_overstrip_names(page) -> None:
    open_page(page, "/#/search?q=" + "بوتين")
    texts = page.locator("#search-results li").all_inner_texts()
    assert texts and all("بوتين" in t for t in texts)


@pytest.mark.parametrize("lang", ["ar", "en"])
@pytest.mark.parametrize("path", ["/#/events?conf=0", "/#/events?view=mentions&conf=0",
                                  "/#/facts?conf=0", "/#/search?q=" + quote("كازاخستان")])
def test_phone_layouts(browser, base_url: str, lang: str, path: str) -> None:
    context = browser.new_context(viewport=PHONE, base_url=base_url)
    page = context.new_page()
    outside: list[str] = []
    page.on("request", lambda r: None if r.url.startswith(base_url) or r.url.startswith("data:")
            else outside.append(r.url))
    open_page(page, "/")
    page.evaluate("(l) => localStorage.setItem('diplomap.lang', l)", lang)
    open_page(page, path)
    no_overflow(page)
    name = path.split("?")[0].strip("/#").replace("/", "_")
    shot(page, f"trust_phone_{name}_{'mentions_' if 'mentions' in path else ''}{lang}")
    context.close()
    assert not outside

