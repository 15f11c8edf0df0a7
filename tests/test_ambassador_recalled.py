"""An ambassador recalled or withdrawn is recalled from the state named right after, behind
its marker ("recalled its ambassador from X", "سفيرها لدى X"), never from a name a later verb
governs (frame sanction_recall)."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import event_quads


@pytest.mark.parametrize(("lang", "text", "target"), [
    ("en", "Bolivia recalls its ambassador from Lima.", "PER"),
    ("en", "Bolivia withdrew its ambassador from Peru on Monday.", "PER"),
    ("en", "Bolivia recalled its ambassador to Peru.", "PER"),
    ("ar", "استدعت بوليفيا سفيرها لدى البيرو.", "PER"),
    ("ar", "وسحبت بوليفيا سفيرها من ليما يوم الاثنين.", "PER"),
    ("ar", "سحبت بوليفيا سفيرها من البيرو بعد أن طالبت تشيلي بذلك.", "PER"),
])
def test_recalled_from_the_state_named(pipeline: Pipeline, lang: str, text: str,
                                       target: str) -> None:
    found = event_quads(pipeline, text, lang)
    assert ("BOL", "SANCTION", target, "actual") in found, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Bolivia recalled its ambassador and drew closer to Chile and Peru."),
    ("en", "Bolivia recalled its ambassador for consultations and praised Chile."),
    ("ar", "واستدعت بوليفيا سفيرها وتقاربت مع تشيلي والبيرو."),
    ("ar", "واستدعت بوليفيا سفيرها، إلى أن رعت تشيلي في ليما اتفاقاً لخفض التوتر."),
])
def test_a_later_verb_names_no_target(pipeline: Pipeline, lang: str, text: str) -> None:
    found = event_quads(pipeline, text, lang)
    assert not any(kind == "SANCTION" for _, kind, _, _ in found), found
