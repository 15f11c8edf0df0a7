"""The analyst's dashboard (issue 14) in a real browser: names accepted everywhere, an honest
balance chart, vectors for any focal state, organisation pages, localisation with plural
agreement, the home page, the membership timeline, phone layouts.

Screenshots go to test-output/screenshots/analyst_*.png.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

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

# Codes that must never be visible text in the Arabic interface (titles may hold them).
RAW = re.compile(r"\b(CONSULT|AGREE|COOPERATE|SUPPORT|AID|REJECT|VC|MC|VK|MK|multilateral|"
                 r"visit|planned|oil gas|oil_gas|events|doc\.)\b")


@pytest.fixture(scope="module")
def base_url(tmp_path_factory) -> Iterator[str]:
    with serve_app(build_fixture_db(tmp_path_factory.mktemp("analyst") / "a.db")) as url:
        yield url


def english(page) -> None:
    page.evaluate("() => localStorage.setItem('diplomap.lang', 'en')")


# --- 1. names everywhere ---------------------------------------------------------------------

@pytest.mark.parametrize("typed, expected", [("الصين", "CHN"), ("kaz", "KAZ"),
                                             ("لكازاخستان", "KAZ"), ("Russia", "RUS")])
def test_state_box_takes_names_and_codes(page, typed: str, expected: str) -> None:
    open_page(page, "/#/country/TUR")
    box = page.locator("#state-picker input")
    box.fill(typed)
    box.press("Enter")
    page.wait_for_function("(id) => location.hash === '#/country/' + id", arg=expected)
    rendered(page)
    assert page.locator("#country-head h1").is_visible()


def test_unknown_name_gets_a_message_in_the_pages_language(page) -> None:
    open_page(page, "/#/country/KAZ")
    page.locator("#state-picker input").fill("كازاخستن")
    page.locator("#state-picker [data-picker-go]").click()
    message = page.locator("#state-picker [data-unknown]")
    message.wait_for()
    assert "اسم غير معروف" in message.inner_text() and "هل تقصد" in message.inner_text()
    page.locator("#state-picker [data-suggestion='KAZ']").click()
    page.wait_for_function("() => location.hash === '#/country/KAZ'")
    shot(page, "analyst_unknown_name_ar")
    english(page)
    open_page(page, "/#/country/XYZ")
    page.locator("[data-unknown]").wait_for()
    assert "Unknown name" in page.locator("[data-unknown]").inner_text()
    assert "String should match pattern" not in page.locator("body").inner_text()


def test_a_name_in_the_address_opens_the_page_of_its_id(page) -> None:
    page.goto("/#/country/" + "كازاخستان")
    page.wait_for_function("() => location.hash === '#/country/KAZ'")
    rendered(page)
    assert page.locator("#country-head h1").inner_text().startswith("كازاخستان")


def test_events_actor_filter_and_network_centre_take_names(page) -> None:
    open_page(page, "/#/events")
    page.fill("#event-filters input[name='actor']", "روسيا")
    page.click("#event-filters button[type='submit']")
    wait_hash(page, "#/events?actor=RUS")
    assert page.locator("#events-table tbody tr").count() >= 1
    page.fill("#event-filters input[name='actor']", "zzzz")
    page.click("#event-filters button[type='submit']")
    page.locator("#event-filters [data-unknown]").wait_for()
    open_page(page, "/#/network")
    page.fill("input[name='center']", "الصين")
    page.click(".pickbar button:not(.secondary)")
    wait_hash(page, "#/network?center=CHN")
    page.wait_for_function("() => document.getElementById('network-chart')?.dataset.stable === '1'")
    shot(page, "analyst_network_centre_by_name")


# --- 2. the balance chart is honest ----------------------------------------------------------

def test_balance_shows_counts_every_year_overall_and_the_events_behind(page) -> None:
    open_page(page, "/#/country/KAZ")
    page.wait_for_selector("#balance-chart .plot-container")
    chart = page.evaluate("""() => {
        const gd = document.getElementById('balance-chart');
        const bars = gd.data.filter((t) => t.type === 'bar');
        const x = bars[0].x;
        const totals = x.map((_, i) => bars.reduce((s, t) => s + t.y[i], 0));
        return {x, totals, ticks: gd.layout.yaxis.tickformat};
    }""")
    assert chart["x"] == [str(y) for y in range(2013, 2025)]  # 2014-2016 and 2018 kept
    by_year = dict(zip(chart["x"], chart["totals"], strict=True))
    assert by_year["2022"] == 6 and by_year["2017"] == 1 and by_year["2015"] == 0
    overall = page.locator("#balance-overall").inner_text()
    assert "18 حدثًا" in overall and "0.81" in overall and "0.20" in overall
    point = page.evaluate("""() => {
        const paths = [...document.querySelectorAll('#balance-chart g.trace.bars g.point path')];
        const bar = paths.map((p) => p.getBoundingClientRect()).find((r) => r.height > 8);
        return {x: bar.left + bar.width / 2, y: bar.top + bar.height / 2};
    }""")
    page.mouse.move(point["x"], point["y"])
    page.mouse.click(point["x"], point["y"])
    page.locator("#share-events li").first.wait_for()
    title = page.locator("#share-title").inner_text()
    n = page.locator("#share-events li").count()
    assert n >= 1 and page.locator("#share-events a[data-evidence]").count() == n
    assert str(n) in title or "حدث واحد" in title
    shot(page, "analyst_balance_ar")


# --- 3. vectors for any focal state -----------------------------------------------------------

def test_vectors_are_relative_shown_and_editable(page) -> None:
    open_page(page, "/#/country/KAZ")
    region = page.locator("[data-vector-def='region']")
    assert "وسط آسيا" in region.inner_text() and "أوزبكستان" in region.inner_text()
    open_page(page, "/#/country/RUS")
    assert page.locator("[data-vector-def='russia']").count() == 0
    open_page(page, "/#/country/CHN")
    others = page.locator("[data-vector='other'] .chip").count()
    assert page.locator("#partners .chip").count() > others  # not 100 % others
    page.click("#vectors-edit")
    page.fill("[data-vector-id='usa']", "USA, كازاخستان")
    page.click("#vectors-save")
    page.locator("#vectors-edited").wait_for()
    rendered(page)
    assert "كازاخستان" in page.locator("[data-vector-def='usa']").inner_text()
    shot(page, "analyst_vectors_edited_ar")
    page.click("#vectors-restore")
    page.wait_for_function("() => !document.getElementById('vectors-edited')")


def test_an_organisation_gets_its_own_page(page) -> None:
    open_page(page, "/#/country/SCO")
    assert page.locator("#country-head").get_attribute("data-kind") == "organization"
    assert page.locator("#balance").count() == 0 and page.locator("#vectors").count() == 0
    head = page.locator("#country-head").inner_text()
    assert "تأسست" in head and "ليس تاريخ انضمام" in head
    assert "كازاخستان" in page.locator("#org-members").inner_text() + page.locator(
        "#org-listed").inner_text()
    page.locator("#org-summits").wait_for()
    page.locator("#org-statements").wait_for()
    shot(page, "analyst_organisation_ar")


# --- 4. localisation ------------------------------------------------------------------------

def test_arabic_pages_show_labels_not_codes_with_plural_agreement(page) -> None:
    for path in ("/#/country/KAZ", "/#/events", "/#/", "/#/country/SCO"):
        open_page(page, path)
        text = page.locator("#view").inner_text()
        assert not RAW.findall(text), (path, RAW.findall(text))
    open_page(page, "/#/country/KAZ")
    assert page.locator("#events-total").inner_text() == "19 حدثًا"
    badges = page.locator("#profile .badge").all_inner_texts()
    assert "وثيقة واحدة" in badges and not [b for b in badges if b.endswith(" وثيقة") and
                                             b.split()[0] in {"3", "4", "5"}]
    assert page.locator("[data-quad='VC']").inner_text().startswith("تعاون لفظي")
    assert "VC" in page.locator("[data-quad='VC']").get_attribute("title")
    open_page(page, "/#/events")
    assert "‎−10" in page.locator("#events-table th[title]").get_attribute("title")
    english(page)
    open_page(page, "/#/country/KAZ")
    assert page.locator("#events-total").inner_text() == "19 events"


# --- 5. no default country: the home page --------------------------------------------------------

def test_home_page_is_the_corpus_overview(page) -> None:
    page.goto("/")
    page.wait_for_function("() => document.body.dataset.ready === '1'")
    assert page.evaluate("() => location.hash") in ("", "#/")
    assert page.locator("[data-nav='country']").is_hidden()  # no country chosen yet
    assert page.locator("#home-totals").inner_text().startswith("7 وثائق")
    assert page.locator("#by-language [data-key='ar']").inner_text().startswith("العربية")
    assert page.locator("#by-year li").count() >= 5
    assert page.locator("#top-actors a[data-country='KAZ']").count() == 1
    assert page.locator("#latest-events li").count() == 10
    shot(page, "analyst_home_ar")
    page.click("#all-docs")
    wait_hash(page, "#/docs")
    assert page.locator("#docs-list li").count() == 7
    assert page.locator("#docs-count").inner_text() == "7 وثائق"
    shot(page, "analyst_documents_ar")


# --- 6. the membership timeline -----------------------------------------------------------------

def test_membership_timeline_legend_years_and_end(page) -> None:
    open_page(page, "/#/country/KAZ")
    page.wait_for_selector("#timeline-chart .plot-container")
    ticks = page.evaluate("""() => [...document.querySelectorAll('#timeline-chart .xtick text')]
        .map((t) => t.textContent)""")
    assert ticks and all(re.fullmatch(r"\d{4}", t) for t in ticks), ticks
    assert page.locator("#timeline-chart .legend .traces").count() >= 2  # members, chairs...
    ends = page.evaluate("""() => {
        const gd = document.getElementById('timeline-chart');
        return gd.data.flatMap((t) => t.base.map((b, i) => b + t.x[i]));
    }""")
    assert max(ends) <= 2025 + 1 / 12 + 1e-9  # the last date of the data, not next year
    rows = page.evaluate("""() => document.getElementById('timeline-chart').data
        .flatMap((t) => t.y.map((y, i) => [y, t.base[i]]))""")
    sco = [base for label, base in rows if label.startswith("منظمة شنغهاي")]
    assert sco and min(sco) == 2001  # since 2001, not the date of a 2024 statement
    assert "آخر تاريخ في البيانات" in page.locator("#timeline-note").inner_text()


# --- 8. phone layouts ------------------------------------------------------------------------

@pytest.mark.parametrize("language", ["ar", "en"])
def test_no_horizontal_overflow_on_a_phone(browser, base_url: str, language: str) -> None:
    context = browser.new_context(viewport=PHONE, base_url=base_url, is_mobile=True)
    page = context.new_page()
    outside: list[str] = []
    page.on("request", lambda r: None if r.url.startswith(base_url) or r.url.startswith("data:")
            else outside.append(r.url))
    page.goto("/#/")
    page.evaluate("(l) => localStorage.setItem('diplomap.lang', l)", language)
    for path in ("/#/", "/#/docs", "/#/country/KAZ", "/#/country/SCO", "/#/network",
                 "/#/events"):
        open_page(page, path)
        no_overflow(page)
        shot(page, f"analyst_phone_{language}_{path.strip('/#').replace('/', '_') or 'home'}")
    context.close()
    assert not outside, outside
