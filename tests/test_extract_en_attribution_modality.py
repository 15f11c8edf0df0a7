"""English constructions of blame, readiness, possibility and titled officials the lexicon
does not know. Sentences of our own writing."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import event_quads, event_triples

events = event_triples


modalities = event_quads


@pytest.mark.parametrize("text", [
    "Kenya attributed the bombing to Somalia.",
    "Kenya held Somalia responsible for the bombing.",
    "Kenya holds Somalia fully responsible.",
])
def test_attributing_an_attack_is_an_accusation(pipeline: Pipeline, text: str) -> None:
    found = events(pipeline, text)
    assert ("KEN", "ACCUSE", "SOM") in found, found
    assert not any(kind == "ASSAULT" for _, kind, _ in found), found


def test_words_attributed_to_someone_accuse_no_one(pipeline: Pipeline) -> None:
    assert not events(pipeline, "Chile denied the remarks attributed to its foreign minister.")


@pytest.mark.parametrize("text", [
    "Iran is ready for talks with Oman.",
    "Iran is ready to hold talks with Oman.",
    "Iran said it is open to talks with Oman.",
])
def test_readiness_for_talks_agrees_and_holds_no_meeting(pipeline: Pipeline, text: str
                                                         ) -> None:
    found = events(pipeline, text)
    assert ("IRN", "AGREE", "OMN") in found, found
    assert not any(kind == "CONSULT" for _, kind, _ in found), found


@pytest.mark.parametrize("text", [
    "The Taliban stated their openness to peace talks with Oman.",
    "The Taliban expressed their readiness to negotiate with Oman.",
])
def test_a_stated_readiness_is_the_speakers_offer_to_the_other(pipeline: Pipeline, text: str
                                                                ) -> None:
    found = {(s, t, o) for s, t, o in events(pipeline, text) if t == "AGREE"}
    assert found and all(o == "OMN" and s != "OMN" for s, _, o in found), found


@pytest.mark.parametrize(("text", "state"), [
    ("Floods hit the Bahamas on Sunday. Prime Minister Ronald Quarterby urged residents to "
     "leave the coast.", "BHS"),
    ("A bomb went off in Jolo in the Philippines. Defence Secretary Marco Ilustre urged "
     "locals to help the police.", "PHL"),
])
def test_a_titled_official_the_lexicon_does_not_know_acts_for_the_context(
        pipeline: Pipeline, text: str, state: str) -> None:
    assert (state, "REQUEST", state) in events(pipeline, text)


def test_a_title_a_place_qualifies_is_not_the_contexts_official(pipeline: Pipeline) -> None:
    text = ("Floods hit the Bahamas on Sunday. Last week, Carolina Governor Ronald Quarterby "
            "urged residents to leave the coast.")
    assert ("BHS", "REQUEST", "BHS") not in events(pipeline, text)


@pytest.mark.parametrize("text", [
    "Peru may impose sanctions on Chile.",
    "Peru would impose sanctions on Chile if the talks fail.",
    "Peru will impose sanctions on Chile unless the talks resume.",
])
def test_a_possible_or_conditional_act_is_hypothetical(pipeline: Pipeline, text: str) -> None:
    found = modalities(pipeline, text)
    assert ("PER", "SANCTION", "CHL", "hypothetical") in found, found


def test_the_month_may_makes_no_act_possible(pipeline: Pipeline) -> None:
    found = modalities(pipeline, "In May Peru imposed sanctions on Chile.")
    assert ("PER", "SANCTION", "CHL", "actual") in found, found


def test_a_planned_punishment_under_a_condition_still_threatens(pipeline: Pipeline) -> None:
    found = modalities(pipeline, "Peru will withdraw its troops from Chile unless Chile pays.")
    assert ("PER", "THREATEN", "CHL", "actual") in found, found


def test_what_a_condition_asks_for_is_no_act(pipeline: Pipeline) -> None:
    found = modalities(pipeline, "Peru will recall its envoy unless Chile lifts its tariffs "
                                 "on Peru.")
    assert not any(kind == "CONCEDE" and mode != "hypothetical"
                   for _, kind, _, mode in found), found


def test_preparing_to_act_is_a_plan(pipeline: Pipeline) -> None:
    found = modalities(pipeline, "Peru is preparing to invade Chile.")
    assert ("PER", "ASSAULT", "CHL", "planned") in found, found


@pytest.mark.parametrize(("text", "triple"), [
    ("Peru's former president is an outspoken critic of Chile.", ("PER", "ACCUSE", "CHL")),
    ("The Chilean Senate voted to hold two ministers in contempt.", ("CHL", "ACCUSE", "CHL")),
])
def test_a_critic_and_contempt_are_accusations(pipeline: Pipeline, text: str,
                                               triple: tuple) -> None:
    assert triple in events(pipeline, text)


@pytest.mark.parametrize("text", [
    "Chile and its allies condemned Peru.",
    "The EU and its member states condemned Peru.",
])
def test_a_subject_and_its_allies_act_together(pipeline: Pipeline, text: str) -> None:
    found = events(pipeline, text)
    assert any(kind == "ACCUSE" and target == "PER" for _, kind, target in found), found


@pytest.mark.parametrize("text", [
    "Hamas militants captured an Israeli army base near the border.",
    "Hamas militants seized the town of Sderot in Israel.",
])
def test_a_base_or_town_taken_by_force_is_an_assault(pipeline: Pipeline, text: str) -> None:
    found = events(pipeline, text)
    assert ("ORG:hamas", "ASSAULT", "ISR") in found, found


def test_property_seized_stays_coercion(pipeline: Pipeline) -> None:
    found = events(pipeline, "Iran seized a British tanker in the Gulf.")
    assert ("IRN", "COERCE", "GBR") in found, found


@pytest.mark.parametrize("text", [
    "According to Reuters, Chile urged Peru to withdraw its troops.",
    "Chile urged Peru to withdraw its troops, according to the Bolivian press.",
])
def test_the_source_of_a_sentence_is_no_actor(pipeline: Pipeline, text: str) -> None:
    found = events(pipeline, text)
    assert ("CHL", "REQUEST", "PER") in found, found
    assert all("BOL" not in (source, target) and "ORG:reuters" not in (source, target)
               for source, _, target in found), found


@pytest.mark.parametrize("text", [
    "Five Chilean hostages were killed in Peru.",
    "Two Chilean nationals were killed in an attack in Peru.",
    "Gunmen killed two Chilean engineers in Lima.",
])
def test_the_victims_nationality_is_no_doer(pipeline: Pipeline, text: str) -> None:
    found = events(pipeline, text)
    assert not any(kind == "ASSAULT" and source == "CHL" for source, kind, _ in found), found


def test_people_named_before_the_act_they_do_are_its_doers(pipeline: Pipeline) -> None:
    found = events(pipeline, "Chilean civilians shot at Peruvian soldiers on Thursday.")
    assert ("CHL", "ASSAULT", "PER") in found, found


def test_marching_against_is_a_protest(pipeline: Pipeline) -> None:
    found = events(pipeline, "Thousands of Chilean students marched in Santiago against the "
                             "government.")
    assert ("CHL", "PROTEST", "CHL") in found, found


def test_a_plan_after_a_condition_is_hypothetical(pipeline: Pipeline) -> None:
    found = modalities(pipeline, "If the talks fail, Peru will impose sanctions on Chile.")
    assert ("PER", "SANCTION", "CHL", "hypothetical") in found, found


@pytest.mark.parametrize(("text", "content"), [
    ("Peru pledged to intensify strikes on Chile.", "ASSAULT"),
    ("Peru vowed to impose sanctions on Chile.", "SANCTION"),
])
def test_a_pledge_of_force_threatens(pipeline: Pipeline, text: str, content: str) -> None:
    found = modalities(pipeline, text)
    assert ("PER", "THREATEN", "CHL", "actual") in found, found
    assert ("PER", content, "CHL", "hypothetical") in found, found
    assert not any(kind == "AGREE" for _, kind, _, _ in found), found


def test_a_pledge_of_help_agrees(pipeline: Pipeline) -> None:
    found = modalities(pipeline, "Peru pledged to send aid to Chile.")
    assert ("PER", "AGREE", "CHL", "actual") in found, found
    assert not any(kind == "THREATEN" for _, kind, _, _ in found), found
