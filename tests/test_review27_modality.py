"""Review 27 (findings 1, 2, 5, 10, 13): a future concession under a condition, an act named
after "in response to" (a cause, no purpose), and the Arabic partitive "من" behind an adjunct
after a prevention verb (both languages where the construction exists in both)."""

from __future__ import annotations

from conftest import event_quads


def _modalities(pipeline, text: str, lang: str, kind: str) -> set[str]:
    return {m for _, t, _, m in event_quads(pipeline, text, lang) if t == kind}


def test_future_concession_with_a_condition_after_it_is_hypothetical(pipeline):
    """"will lift" alone states the concession; a condition in its sentence keeps it a plan
    that `_possible` reads as hypothetical."""
    after = "Japan will ease its export controls on South Korea if Seoul drops the lawsuit."
    assert _modalities(pipeline, after, "en", "CONCEDE") == {"hypothetical"}
    reported = "Kishida said he will ease export controls on South Korea if Seoul agrees."
    assert _modalities(pipeline, reported, "en", "CONCEDE") == {"hypothetical"}
    bare = "Japan will ease its export controls on South Korea."
    assert _modalities(pipeline, bare, "en", "CONCEDE") == {"actual"}

