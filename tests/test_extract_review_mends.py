"""Mends after the review of wave 23, on sentences of our own writing: only the verb that
opens a purpose clause's clause carries its future (a noun of the prefix's shape does not), a
negated stop ends no aid, and a bare organ noun takes no state named only after it."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import event_quads, fact_quads


@pytest.mark.parametrize("text", [
    "استخدمت اليابان سياستها المالية لتمويل مساعدات للسودان.",  # سياستها: a noun, not "ستـ"
    "قدمت اليابان على مدى سنوات أموالا لتمويل مساعدات للسودان.",
])
def test_a_noun_shaped_like_a_future_verb_plans_nothing(pipeline: Pipeline, text: str) -> None:
    assert ("JPN", "AID", "SDN", "actual") in event_quads(pipeline, text, "ar")


def test_the_future_verb_after_a_complementizer_plans_the_funded_aid(pipeline) -> None:
    text = "أعلن الوزير أن اليابان ستستخدم جزءا من احتياطيها لتمويل مساعدات للسودان."
    assert ("JPN", "AID", "SDN", "planned") in event_quads(pipeline, text, "ar")


def test_a_negated_stop_leaves_the_aid_standing(pipeline: Pipeline) -> None:
    stopped = fact_quads(pipeline, "Japan will stop payments and subsidies in aid to Sudan.", "en")
    kept = fact_quads(pipeline, "Japan will not stop payments and subsidies in aid to Sudan.", "en")
    assert not any(f[1] == "aid_to" for f in stopped)
    assert any(f[:3] == ("JPN", "aid_to", "SDN") for f in kept)


def test_a_bare_organ_takes_no_state_named_only_after_it(pipeline: Pipeline) -> None:
    quads = event_quads(pipeline, "Prosecutors charged three Peruvian nationals with fraud.")
    assert not any(q[0] == "PER" for q in quads)
