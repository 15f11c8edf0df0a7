"""diplomap.eval.predictions and scoring: an event's date as exported and as read."""

from __future__ import annotations

from diplomap.eval.predictions import event_item
from diplomap.eval.scoring import score


def test_an_undated_event_is_dated_by_its_publication_but_not_counted_as_read() -> None:
    gold = [{"doc": "d", "kind": "event", "source": "USA", "event_type": "CONSULT",
             "target": "CHN", "date": "2025-05-05", "evidence": "x"},
            {"doc": "d", "kind": "event", "source": "USA", "event_type": "ACCUSE",
             "target": "CHN", "date": "2025-05-01", "evidence": "y"}]
    undated = event_item("d", {"source": "USA", "event_type": "CONSULT", "target": "CHN"},
                         "x", "2025-05-05")
    stated = event_item("d", {"source": "USA", "event_type": "ACCUSE", "target": "CHN",
                              "date": "2025-04-30"}, "y", "2025-05-05")
    assert (undated["date"], stated["date"]) == ("2025-05-05", "2025-04-30")
    report = score(gold, [undated, stated])
    assert report.attributes["date"] == [1, 2]
    assert report.attributes["date_stated"] == [0, 1]
