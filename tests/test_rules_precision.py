"""False positives of the rules, by construction (wave 3b, precision): sentences of our own
writing that must not yield the items the rules used to read in them."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import event_quads, event_triples

events = event_triples
modalities = event_quads


@pytest.mark.parametrize("text", [
    "Spain and several other EU states imposed sanctions on Venezuela.",
    "Spain and some of the EU states imposed sanctions on Venezuela.",
    "Spain and many EU countries imposed sanctions on Venezuela.",
])
def test_a_partitive_group_names_none_of_its_members(pipeline: Pipeline, text: str) -> None:
    found = events(pipeline, text)
    sources = {source for source, _, _ in found}
    assert "ESP" in sources, found
    assert sources <= {"ESP"}, found  # not every member of the EU


def test_a_whole_group_still_stands_for_its_members(pipeline: Pipeline) -> None:
    found = events(pipeline, "The G7 countries imposed sanctions on Belarus.")
    assert {("CAN", "SANCTION", "BLR"), ("JPN", "SANCTION", "BLR")} <= found, found


@pytest.mark.parametrize("text", [
    "The abducted engineers were part of a team building a dam for Kenya.",
    "Ethiopia welcomed the return of abducted Kenyan children to their families.",
    "A riot freed 40 Nigerian soldiers imprisoned for mutiny.",
    "Chile pardoned all soldiers accused of abuses during the dictatorship.",
    "Flights suspended since 2020 between Kenya and Somalia resumed on Monday.",
    "Congolese soldiers imprisoned for desertion were freed on Monday.",
])
def test_a_participle_used_as_an_adjective_is_no_act(pipeline: Pipeline, text: str) -> None:
    found = events(pipeline, text)
    assert not any(kind in ("COERCE", "SANCTION", "ACCUSE") for _, kind, _ in found), found


@pytest.mark.parametrize("text, expected", [
    # an abduction is an ASSAULT (mode abduct), as Arabic "اختطف" and the noun read it
    ("Al-Shabaab abducted five Kenyan chiefs.", "ASSAULT"),
    ("The minister was once jailed for sedition by Kenya.", "SANCTION"),
    ("Chile has imprisoned for years dozens of Peruvian fishermen.", "SANCTION"),
])
def test_a_participle_that_is_a_verb_still_acts(pipeline: Pipeline, text: str,
                                                expected: str) -> None:
    assert any(kind == expected for _, kind, _ in events(pipeline, text))


@pytest.mark.parametrize("text, expected", [
    ("Ugandan police arrested for the second time Kenyan activist Boniface Mwangi.",
     ("UGA", "COERCE", "KEN")),
    ("Sudanese forces attacked during the night the Chadian town of Adre.",
     ("SDN", "ASSAULT", "TCD")),
])
def test_a_past_tense_after_an_organ_that_opens_its_clause_is_its_verb(
        pipeline: Pipeline, text: str, expected: tuple) -> None:
    assert expected in events(pipeline, text)


def test_what_a_clause_threatened_over_is_still_a_threat(pipeline: Pipeline) -> None:
    found = events(pipeline, "Chile fears new sanctions, which U.S. Secretary of State Marco "
                             "Rubio threatened over the trial of a former Chilean president.")
    assert ("USA", "THREATEN", "CHL") in found, found


@pytest.mark.parametrize("text", [
    "Qatar called for a truce in Sudan and the lifting of the Israeli blockade on Gaza.",
    "The UN resolution called for a ceasefire in Gaza, the lifting of Israeli "
    "restrictions on aid, and the release of all hostages.",
    "Egypt urged calm in Gaza, the release of all prisoners and an immediate ceasefire.",
])
def test_noun_phrases_listed_after_a_request_are_asked_for(pipeline: Pipeline,
                                                           text: str) -> None:
    found = modalities(pipeline, text)
    done = {kind for _, kind, _, modality in found if modality == "actual"}
    assert not done & {"RETREAT", "CONCEDE", "COERCE"}, found


def test_an_act_after_a_request_in_a_clause_of_its_own_is_done(pipeline: Pipeline) -> None:
    found = modalities(pipeline, "Qatar called for a truce in Sudan, and Israel lifted its "
                                 "blockade on Gaza.")
    assert any(kind == "RETREAT" and modality == "actual"
               for _, kind, _, modality in found), found


@pytest.mark.parametrize("text, lang", [
    ("Egypt called for calm in Gaza, and an Israeli airstrike killed 12 people in Khan Younis "
     "on Sunday.", "en"),
    ("Egypt called for calm in Gaza, and an Israeli airstrike on Khan Younis was reported on "
     "Sunday.", "en"),
    ("دعت قطر إلى التهدئة في غزة، والغارات الإسرائيلية متواصلة على خان يونس.", "ar"),
    ("دعت قطر إلى التهدئة في غزة، والغارات الإسرائيلية تتواصل على خان يونس.", "ar"),
])
def test_a_noun_phrase_with_a_predicate_after_a_request_is_a_clause_of_its_own(
        pipeline: Pipeline, text: str, lang: str) -> None:
    found = pipeline(text, lang, "2025-03-01").extraction.events
    assert any((e.source, e.event_type, e.mode, e.modality) == ("ISR", "ASSAULT", "aerial",
                                                                "actual") for e in found), found


@pytest.mark.parametrize("text", [
    "دعت قطر إلى وقف إطلاق النار في السودان، ورفع الحصار الإسرائيلي عن غزة، "
    "والإفراج عن جميع الأسرى.",
    "طالب الرئيس المصري، في كلمة له، إلى التهدئة في غزة، والإفراج عن جميع الرهائن.",
])
def test_arabic_noun_phrases_listed_after_a_request_are_asked_for(pipeline: Pipeline,
                                                                  text: str) -> None:
    found = modalities(pipeline, text, "ar")
    done = {kind for _, kind, _, modality in found if modality == "actual"}
    assert not done & {"RETREAT", "CONCEDE"}, found


def test_arabic_verb_after_a_request_is_an_act_of_its_own(pipeline: Pipeline) -> None:
    found = modalities(pipeline, "دعت قطر إلى التهدئة في غزة، وأفرجت إسرائيل عن ثلاثة "
                                 "أسرى فلسطينيين.", "ar")
    assert any(kind == "RETREAT" and modality == "actual" for _, kind, _, modality in found), found


@pytest.mark.parametrize("text, lang", [
    ("Egypt hosted the talks in Cairo. A truce between Sudan and South Sudan took effect on "
     "Monday.", "en"),
    ("استضافت مصر المحادثات في القاهرة. ودخلت هدنة بين السودان وجنوب السودان حيز التنفيذ.",
     "ar"),
])
def test_a_symmetric_act_between_a_pair_is_the_pairs_own(pipeline: Pipeline, text: str,
                                                         lang: str) -> None:
    found = events(pipeline, text, lang)
    retreats = {frozenset((s, t)) for s, kind, t in found if kind == "RETREAT"}
    assert retreats == {frozenset(("SDN", "SSD"))}, found
