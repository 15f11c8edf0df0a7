"""The events table shows event records with their reports (browser, fixture articles)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import event_records_fixture as fx
from diplomap.store import connect

from conftest import need_browser, open_page, rendered, serve_app, shot

pytestmark = pytest.mark.ui
need_browser()


@pytest.fixture(scope="module")
def base_url(tmp_path_factory) -> Iterator[str]:
    path = tmp_path_factory.mktemp("ui-records") / "records.db"
    conn = connect(path)
    fx.load(conn)
    conn.close()
    with serve_app(path) as url:
        yield url


def test_one_row_per_event_with_its_reports(page) -> None:
    open_page(page, "/#/events?actor=UZB&type=CONSULT")
    rows = page.locator("#events-table tbody tr")
    assert rows.filter(has=page.locator("details")).count() == 2  # the visit, the summit
    visit = rows.filter(has_text="2025-03-12")
    assert visit.count() == 1 and visit.get_attribute("data-documents") == "3"
    visit.locator("summary").click()
    reports = visit.locator("li[data-report]")
    assert reports.count() == 4
    assert "2025-03-12" in reports.first.inner_text()
    shot(page, "event_records")
    open_page(page, "/#/events?actor=CHN&view=groups")
    rows = page.locator("#events-table tbody tr")
    assert rows.count() == 1
    assert rows.first.locator("[data-participants]").get_attribute(
        "data-participants") == "CHN KAZ KGZ TJK TKM UZB"
    open_page(page, "/#/events?actor=CHN&view=mentions")
    assert page.locator("#events-table tbody tr").count() == 15
    rendered(page)
