"""Facts on constructions of wave 16, in both languages, on sentences of our own writing:
"mediation efforts by C" ("جهود وساطة بذلها C", "جهود الوساطة التي بذلتها C") is C's
mediation between the pair named before it."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import fact_quads


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Egypt and Ethiopia signed a water deal after mediation efforts by Qatar."),
    ("en", "Egypt and Ethiopia agreed to a truce following mediation efforts by the Qatari "
           "foreign minister."),
    ("ar", "وقعت مصر وإثيوبيا اتفاقا بشأن المياه إثر جهود وساطة بذلتها قطر."),
    ("ar", "وقعت مصر وإثيوبيا اتفاقا بشأن المياه بعد جهود الوساطة التي بذلتها قطر."),
])
def test_mediation_efforts_by_a_state_mediate_between_the_pair_before(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = {q for q in fact_quads(pipeline, text, lang) if q[1] == "mediated"}
    assert found == {("QAT", "mediated", "EGY", "actual"),
                     ("QAT", "mediated", "ETH", "actual")}, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The council welcomed the mediation efforts of the African Union."),
    ("ar", "رحب المجلس بجهود الوساطة التي يبذلها الاتحاد الأفريقي."),
])
def test_mediation_efforts_with_no_pair_named_mediate_nothing(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert not any(p == "mediated" for _, p, _, _ in found), found
