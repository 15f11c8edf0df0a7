"""Guards for the review of wave 20's fact constructions: sentences of our own writing where
an agreement stated as missing, a peacekeeping mission or an armed group's aid over-reached."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import fact_quads


@pytest.mark.parametrize("text", [
    "Without a doubt, the accord between Chile and Peru is a landmark.",
    "In the absence of a Bolivian objection, the treaty between Chile and Peru entered into force.",
    "Chile signed, without hesitation, three agreements with Peru.",
    "Chile and Peru, without ceremony, signed treaties on fishing.",
    "Without a doubt the accord between Chile and Peru is a landmark.",
    "Without any fuss Chile signed treaties with Peru.",
])
def test_a_without_phrase_before_a_comma_negates_no_agreement(pipeline: Pipeline,
                                                              text: str) -> None:
    found = fact_quads(pipeline, text)
    assert not any(p == "agreement_with" and m == "negated" for _, p, _, m in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile condemned the peacekeeping mission in Peru."),
    ("en", "Chile blocked a peacekeeping mission in Peru."),
    ("en", "Chile suggested a peacekeeping mission in Peru."),
    ("en", "Chile condemned Bolivia's peacekeeping mission in Peru."),
    ("ar", "انتقدت تشيلي بعثة حفظ السلام في بيرو."),
    ("ar", "اقترحت تشيلي بعثة لحفظ السلام في بيرو."),
])
def test_a_clause_subject_owns_no_peacekeeping_mission(pipeline: Pipeline, lang: str,
                                                       text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert not any(p == "aid_to" and s == "CHL" for s, p, _, _ in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile's peacekeeping mission in Peru ends after ten years."),
    ("en", "Chile withdrew its peacekeeping mission in Peru."),
    ("ar", "سحبت تشيلي بعثتها لحفظ السلام في بيرو."),
])
def test_an_owned_peacekeeping_mission_is_still_aid(pipeline: Pipeline, lang: str,
                                                    text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert ("CHL", "aid_to", "PER", "actual") in found, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile sent aid to the Houthis' victims in Yemen."),
    ("en", "Chile sent aid to Hezbollah's victims in Yemen."),
    ("en", "Chile sent weapons to fight the Houthis in Yemen."),
    ("ar", "أرسلت تشيلي مساعدات لضحايا الحوثيين في اليمن."),
])
def test_an_armed_group_not_governed_by_the_target_marker_is_no_receiver(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    aid = {o for s, p, o, _ in found if p == "aid_to" and s == "CHL"}
    assert aid == {"YEM"}, found


@pytest.mark.parametrize(("lang", "text", "group"), [
    ("en", "Chile sends weapons to Hezbollah fighters in Bolivia.", "ORG:hezbollah"),
    ("en", "Chile provided military support for M23 rebels in Peru.", "ORG:m23"),
    ("ar", "انتقدت بيرو الدعم العسكري الذي تقدمه تشيلي لمتمردي حركة إم 23 في بوليفيا.",
     "ORG:m23"),
])
def test_an_armed_group_governed_through_a_fighters_noun_is_the_receiver(
        pipeline: Pipeline, lang: str, text: str, group: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert {(s, o) for s, p, o, _ in found if p == "aid_to"} == {("CHL", group)}, found


@pytest.mark.parametrize(("lang", "text"), [
    pytest.param(
        "en", "Chile's foreign minister met Peru's envoy and said his country will recognize "
              "Palestine.",
        marks=pytest.mark.xfail(strict=True, reason=(
            "English 'his country' reads the state named last before it (Peru's envoy), not "
            "the speaker's: the state of the speaking subject is not yet tracked"))),
    ("ar", "التقى وزير الخارجية التشيلي بالسفير البيروفي وأعلن أن بلاده ستعترف بفلسطين."),
])
def test_his_country_is_the_speakers_not_the_last_named(pipeline: Pipeline, lang: str,
                                                        text: str) -> None:
    """Two states before "his country": the speaker's comes first, so the one named last
    cannot pass for it."""
    found = fact_quads(pipeline, text, lang)
    assert ("CHL", "recognized", "PSE", "planned") in found, found
