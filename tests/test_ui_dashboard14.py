"""Issue 14 in a real browser: the evidence viewer (claim, document items, distinguishable
sources, labels, Back keeps the scroll), the vis-network network (top-N, relation and time
filters, readable labels, edges with evidence, the centre's colours), the time range on the
country page, the compare view, the methods page and a title per view; Arabic and English,
desktop and a 390 px phone, nothing requested outside the server.

Screenshots go to test-output/screenshots/i14_*.png.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from api_fixtures import build_fixture_db
from conftest import PHONE, need_browser, no_overflow, open_page, rendered, serve_app, shot

pytestmark = pytest.mark.ui
need_browser()



@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = build_fixture_db(tmp_path_factory.mktemp("i14") / "a.db")
    with sqlite3.connect(path) as conn:  # titles as ingest leaves them: the file stem, none
        conn.execute("UPDATE documents SET title = 'russia' WHERE path = 'fixture/russia.txt'")
        conn.execute("UPDATE documents SET title = NULL WHERE path = 'fixture/usa.txt'")
        # where events happened: a place (its city point), a state, a place without a point
        conn.execute("UPDATE events SET location = 'LOC:astana' WHERE source = 'RUS'"
                     " AND target = 'KAZ'")
        conn.execute("UPDATE events SET location = 'CHN' WHERE source = 'KAZ' AND target = 'CHN'")
        conn.execute("UPDATE events SET location = 'LOC:nowhere' WHERE source = 'KAZ'"
                     " AND target = 'USA'")
        add_partners(conn)
    return path


PARTNERS = ("FRA", "GBR", "ITA", "ESP", "JPN", "KOR", "IND", "PAK", "IRN", "EGY", "BRA",
            "CAN", "AUS", "POL", "UKR", "BLR", "AZE", "GEO", "ARM", "MNG")


def add_partners(conn: sqlite3.Connection) -> None:
    """Twenty more partners of Kazakhstan (copies of one consultation), so the network has
    more than 30 nodes to choose its top 30 from."""
    conn.row_factory = sqlite3.Row
    row = dict(conn.execute("SELECT * FROM events WHERE source = 'KAZ' AND target = 'CHN'"
                            " ORDER BY id LIMIT 1").fetchone())
    for code in PARTNERS:
        copy = {**row, "id": f"{row['id']}{code}", "target": code}
        conn.execute(f"INSERT INTO events ({', '.join(copy)}) VALUES"
                     f" ({', '.join('?' * len(copy))})", list(copy.values()))


@pytest.fixture(scope="module")
def base_url(db: Path) -> Iterator[str]:
    with serve_app(db) as url:
        yield url


def set_lang(page, language: str) -> None:
    """The interface language, applied by a reload (as the switch does for the page's frame)."""
    page.goto("/#/")
    page.evaluate("(l) => localStorage.setItem('diplomap.lang', l)", language)
    page.reload()
    rendered(page)


def english(page) -> None:
    set_lang(page, "en")


def doc_id(db: Path, key: str) -> str:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT id FROM documents WHERE path = ?",
                            (f"fixture/{key}.txt",)).fetchone()[0]


# --- 7. the evidence viewer ------------------------------------------------------------------

def test_evidence_shows_its_claim_and_the_documents_other_items(page, db: Path) -> None:
    open_page(page, "/#/country/KAZ")
    link = page.locator("#profile [data-section='memberships'] a.ev").first
    link.click()
    page.wait_for_function("() => location.hash.startsWith('#/doc/')")
    rendered(page)
    claim = page.locator("#evidence-claim li")
    assert claim.count() >= 1
    assert "عضو في" in claim.first.inner_text()  # the predicate in words, with names
    items = page.locator("#doc-items li")
    assert items.count() >= 2
    assert page.locator("#doc-items li.current").count() >= 1
    other = page.locator("#doc-items li:not(.current) a[data-item-link]").first
    item_id = other.get_attribute("data-item-link")
    other.click()
    rendered(page)
    assert page.locator(f"#evidence-claim li[data-item='{item_id}']").count() == 1
    assert page.locator("#evidence-mark").is_visible()
    shot(page, "i14_evidence_ar")


def test_evidence_links_of_a_fact_name_their_documents(page) -> None:
    english(page)
    open_page(page, "/#/country/KAZ")
    texts = page.evaluate("""() => [...document.querySelectorAll('#profile li[data-fact]')]
        .map((li) => [...li.querySelectorAll('a.ev')].map((a) => a.textContent))""")
    assert any(texts), "no evidence links"
    for links in texts:
        assert "evidence" not in " ".join(links).lower()
        assert len(set(links)) == len(links) or len(links) < 2  # several sources: distinct
    assert any("2021-12" in link for links in texts for link in links)  # a date shown


def test_a_document_without_a_title_is_named_by_its_first_words(page, db: Path) -> None:
    english(page)
    for key in ("russia", "usa"):
        open_page(page, f"/#/doc/{doc_id(db, key)}")
        title = page.locator("#doc-title").inner_text()
        body = page.locator("#view").inner_text()
        assert title not in ("russia", "aissur", "usa") and len(title.split()) >= 3, title
        assert "fixture/" not in body and ".txt" not in body
        assert page.title() == f"{title} · diplomap"
    shot(page, "i14_evidence_untitled_en")


def test_back_restores_the_scroll_position(page) -> None:
    page.set_viewport_size({"width": 1280, "height": 500})
    open_page(page, "/#/country/KAZ")
    link = page.locator("#profile a.ev").last
    link.scroll_into_view_if_needed()
    before = page.evaluate("() => window.scrollY")
    assert before > 200
    link.click()
    page.wait_for_function("() => location.hash.startsWith('#/doc/')")
    rendered(page)
    page.go_back()
    page.wait_for_function("() => location.hash === '#/country/KAZ'")
    rendered(page)
    after = page.evaluate("() => window.scrollY")
    assert abs(after - before) < 5, (before, after)


# --- 8. the network ----------------------------------------------------------------------------

def wait_network(page) -> None:
    page.wait_for_function("() => document.getElementById('network-chart')?.dataset.stable === '1'",
                           timeout=30000)


def label_overlaps(page) -> list:
    """Pairs of node labels whose boxes overlap (canvas coordinates of vis-network)."""
    return page.evaluate("""() => {
        const el = document.getElementById('network-chart');
        const net = el.network;
        const ids = el.graph.nodes.map((n) => n.id);
        const boxes = ids.map((id) => [id, net.body.nodes[id].labelModule.size]);
        const out = [];
        for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
            const [a, p] = boxes[i], [b, q] = boxes[j];
            if (p.left < q.left + q.width && q.left < p.left + p.width
                && p.top < q.top + q.height && q.top < p.top + p.height) out.push([a, b]);
        }
        return out;
    }""")


@pytest.mark.parametrize("language", ["ar", "en"])
def test_network_draws_with_vis_readable_labels_and_self_explaining_edges(page, language) -> None:
    set_lang(page, language)
    open_page(page, "/#/network?center=KAZ&max_nodes=30")
    wait_network(page)
    assert page.evaluate("() => typeof vis.Network") == "function"
    assert page.locator("#network-chart canvas").count() == 1
    n = page.evaluate("() => document.getElementById('network-chart').graph.nodes.length")
    assert n == 30  # the top 30 of more than 30
    assert label_overlaps(page) == []
    legend = page.locator("#network-legend").inner_text()
    assert ("الصين" if language == "ar" else "China") in legend  # the centre's own vectors
    page.evaluate("""() => {
        const el = document.getElementById('network-chart');
        const i = el.graph.links.findIndex((l) => l.source === 'CHN' || l.target === 'CHN');
        el.network.selectEdges([i]);
        el.network.body.emitter.emit('click',
            { nodes: [], edges: [i], pointer: { DOM: {}, canvas: {} } });
    }""")
    page.wait_for_selector("#edge-title")
    summary = page.locator("#edge-summary").inner_text()
    assert "2019" in summary  # first and last date
    page.locator("#edge-panel a.ev").first.click()
    page.wait_for_function("() => location.hash.startsWith('#/doc/')")
    rendered(page)
    assert page.locator("#evidence-claim li").count() >= 1
    page.go_back()
    rendered(page)
    wait_network(page)
    shot(page, f"i14_network_{language}")


def test_network_filters_by_relation_and_time(page) -> None:
    english(page)
    open_page(page, "/#/network?relation=member_of")
    wait_network(page)
    links = page.evaluate("() => document.getElementById('network-chart').graph.links")
    assert links and all(link["predicates"] == ["member_of"] and not link["n_events"]
                         for link in links)
    page.select_option("select[name='relation']", "VC")
    page.fill("input[name='since']", "2023")
    page.click("#network-controls button")
    page.wait_for_function("() => location.hash.includes('relation=VC')"
                           " && location.hash.includes('since=2023')")
    rendered(page)
    wait_network(page)
    links = page.evaluate("() => document.getElementById('network-chart').graph.links")
    assert links and all(link["first"] >= "2023" and not link["n_facts"] for link in links)
    assert "#/network" in page.url
    shot(page, "i14_network_filtered_en")


def test_network_colours_follow_the_centre(page) -> None:
    open_page(page, "/#/network?center=CHN")
    wait_network(page)
    legend = page.locator("#network-legend [data-vector]").all_inner_texts()
    assert not any(x == "الصين" for x in legend)  # China's vectors never hold China
    colours = page.evaluate("""() => {
        const el = document.getElementById('network-chart');
        return Object.fromEntries(el.graph.nodes.map((n) =>
            [n.id, el.network.body.nodes[n.id].options.color.background]));
    }""")
    assert colours["CHN"] == "#111"
    assert len(set(colours.values())) >= 3


@pytest.mark.parametrize("language", ["ar", "en"])
def test_phone_pages_fit_390px(browser, base_url: str, language: str, db: Path) -> None:
    context = browser.new_context(viewport=PHONE, base_url=base_url, is_mobile=True)
    page = context.new_page()
    outside: list[str] = []
    errors: list[str] = []
    page.on("request", lambda r: None if r.url.startswith(base_url) or r.url.startswith("data:")
            else outside.append(r.url))
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto("/#/")
    page.evaluate("(l) => localStorage.setItem('diplomap.lang', l)", language)
    page.reload()
    for path in ("/#/network?center=KAZ", "/#/compare?a=KAZ&b=CHN", "/#/methods", "/#/map",
                 f"/#/doc/{doc_id(db, 'china')}?start=0&end=20", "/#/country/KAZ?since=2020"):
        open_page(page, path)
        if "network" in path:
            wait_network(page)
        no_overflow(page)
        shot(page, f"i14_phone_{language}_{path.strip('/#').split('?')[0].replace('/', '_')}")
    context.close()
    assert not outside, outside
    assert not errors, errors


# --- 14. time range, compare, methods, titles ---------------------------------------------

def test_country_time_range(page) -> None:
    english(page)
    open_page(page, "/#/country/KAZ")
    all_years = page.evaluate("() => document.getElementById('balance-chart').data[0].x")
    page.fill("#time-range input[name='since']", "2020")
    page.click("#range-apply")
    page.wait_for_function("() => location.hash === '#/country/KAZ?since=2020'")
    rendered(page)
    years = page.evaluate("() => document.getElementById('balance-chart').data[0].x")
    assert min(all_years) < "2020" and years and min(years) >= "2020"
    assert "since=2020" in page.locator("#range-note + a").get_attribute("href")
    shot(page, "i14_country_range_en")


@pytest.mark.parametrize("language", ["ar", "en"])
def test_compare_two_countries(page, language: str) -> None:
    set_lang(page, language)
    open_page(page, "/#/compare")
    page.fill("input[name='a']", "كازاخستان" if language == "ar" else "Kazakhstan")
    page.fill("input[name='b']", "China")
    page.click("#compare-head button")
    page.wait_for_function("() => location.hash === '#/compare?a=KAZ&b=CHN'")
    rendered(page)
    assert page.locator("#compare-a .js-plotly-plot").count() == 1
    assert page.locator("#compare-b .js-plotly-plot").count() == 1
    overall = [page.locator(f"#compare-{x} .overall").inner_text() for x in "ab"]
    assert overall[0] != overall[1]
    assert page.locator("#dyad-chart.js-plotly-plot").count() == 1
    assert page.locator("#mutual-events li").count() >= 1
    assert page.locator("#mutual-events a.ev, #mutual-facts a.ev").count() >= 1
    assert ("الصين" if language == "ar" else "China") in page.title()
    shot(page, f"i14_compare_{language}")


@pytest.mark.parametrize("language", ["ar", "en"])
def test_methods_page_from_the_ontology(page, language: str) -> None:
    set_lang(page, language)
    open_page(page, "/#/methods")
    assert page.locator("#m-event-types tr[data-type]").count() == 16
    assert page.locator("#m-quads tr").count() == 4
    text = page.locator("#methods").inner_text()
    for word in (("تعاون لفظي", "اتفاق", "هيرفندال", "الإنتروبيا", "الثقة")
                 if language == "ar" else ("verbal cooperation", "agree", "Herfindahl",
                                           "entropy", "calibration")):
        assert word in text, word
    assert page.title().startswith("المنهجية" if language == "ar" else "Methods")
    shot(page, f"i14_methods_{language}")


def test_each_view_has_its_own_title(page) -> None:
    english(page)
    titles = set()
    for path in ("/#/", "/#/country/KAZ", "/#/network", "/#/events", "/#/methods"):
        open_page(page, path)
        titles.add(page.title())
    assert len(titles) == 5 and all(x.endswith("diplomap") for x in titles)


@pytest.mark.parametrize("language", ["ar", "en"])
def test_map_of_event_locations_offline(page, language: str, db: Path) -> None:
    set_lang(page, language)
    open_page(page, "/#/map")
    page.wait_for_selector("#map-chart.js-plotly-plot")
    spots = page.evaluate("() => document.getElementById('map-chart').data[1].customdata")
    assert set(spots) == {"LOC:astana", "CHN"}
    land = page.evaluate("() => document.getElementById('map-chart').data[0].x.length")
    assert land > 5000  # the countries' outlines, from the shipped geometry
    with sqlite3.connect(db) as conn:
        unlocated = conn.execute("SELECT count(*) FROM events WHERE modality = 'actual'"
                                 " AND (location IS NULL OR location = 'LOC:nowhere')"
                                 ).fetchone()[0]
    counts = page.locator("#map-counts").inner_text()
    assert str(unlocated) in counts
    page.evaluate("""() => {
        const el = document.getElementById('map-chart');
        const i = el.data[1].customdata.indexOf('LOC:astana');
        el.emit('plotly_click',
            { points: [{ curveNumber: 1, pointNumber: i, customdata: 'LOC:astana' }] });
    }""")
    page.wait_for_selector("#map-event-list li")
    place = page.locator("#map-place").inner_text()
    assert ("أستانا" if language == "ar" else "Astana") in place
    assert page.locator("#map-event-list a.ev").count() >= 1
    shot(page, f"i14_map_{language}")
