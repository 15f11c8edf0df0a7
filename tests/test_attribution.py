"""Attribution: the source of a report (a news outlet, an agency, a state's statement) is no
actor of what it reports; the reported clause's own subject is (own sentences)."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import event_triples


def actors(found: set[tuple]) -> set[str]:
    return {a for source, _, target in found for a in (source, target)}


@pytest.mark.parametrize("text", [
    "According to CNN, Ecuador urged Colombia to close its border crossings.",
    "According to Reuters, Ecuador urged Colombia to close its border crossings.",
    "According to the Venezuelan army, Ecuador urged Colombia to close its border crossings.",
    "Ecuador urged Colombia to close its border crossings, according to Xinhua.",
    "Xinhua reported that Ecuador urged Colombia to close its border crossings.",
    "Ecuador urged Colombia to close its border crossings, Al Jazeera reported.",
    "Ecuador urged Colombia to close its border crossings, TASS reported, citing diplomats.",
    "Ecuador urged Colombia to close its border crossings, Venezuela's foreign ministry said.",
    "Ecuador urged Colombia to close its border crossings, state media said.",
])
def test_a_reports_source_is_no_actor_en(pipeline: Pipeline, text: str) -> None:
    found = event_triples(pipeline, text)
    assert ("ECU", "REQUEST", "COL") in found, found
    assert actors(found) <= {"ECU", "COL"}, found


@pytest.mark.parametrize("text", [
    "According to the BBC, Kenya shelled Somalia.",
    "Kenya shelled Somalia on Tuesday, the Associated Press reported.",
    "Kenya shelled Somalia, Ethiopia said.",
])
def test_an_assault_keeps_its_own_target_en(pipeline: Pipeline, text: str) -> None:
    found = event_triples(pipeline, text)
    assert ("KEN", "ASSAULT", "SOM") in found, found
    assert actors(found) <= {"KEN", "SOM"}, found


def test_whom_it_was_told_to_is_not_the_speaker(pipeline: Pipeline) -> None:
    found = event_triples(pipeline, "Ecuador told Reuters that Colombia must close its border.")
    assert ("ECU", "REQUEST", "COL") in found, found
    assert "ORG:reuters" not in actors(found), found


def test_a_told_outlet_is_no_actor_of_bare_content(pipeline: Pipeline) -> None:
    found = event_triples(pipeline, "A Venezuelan official told AFP Kenya had shelled Somalia.")
    assert ("KEN", "ASSAULT", "SOM") in found, found
    assert "ORG:afp" not in actors(found), found


def test_told_to_stays_a_request(pipeline: Pipeline) -> None:
    found = event_triples(pipeline, "Ecuador told Colombia to close its border crossings.")
    assert ("ECU", "REQUEST", "COL") in found, found


@pytest.mark.parametrize("text", [
    "وفقاً لشبكة سي إن إن، حثت الإكوادور كولومبيا على إغلاق معابرها الحدودية.",
    "بحسب الجيش الفنزويلي، الإكوادور حثت كولومبيا على إغلاق معابرها الحدودية.",
    "حثت الإكوادور كولومبيا على إغلاق معابرها الحدودية، حسب وكالة شينخوا.",
    "حثت الإكوادور كولومبيا على إغلاق معابرها الحدودية، وفق ما نقلت وكالة رويترز عن مصادر "
    "فنزويلية.",
    "أفادت قناة الجزيرة بأن الإكوادور حثت كولومبيا على إغلاق معابرها الحدودية.",
    "ذكرت صحيفة نيويورك تايمز أن الإكوادور حثت كولومبيا على إغلاق معابرها الحدودية.",
    "نقلت وكالة الأنباء القطرية عن مصادر أن الإكوادور حثت كولومبيا على إغلاق معابرها الحدودية.",
])
def test_a_reports_source_is_no_actor_ar(pipeline: Pipeline, text: str) -> None:
    found = event_triples(pipeline, text, "ar")
    assert ("ECU", "REQUEST", "COL") in found, found
    assert actors(found) <= {"ECU", "COL"}, found


@pytest.mark.parametrize(("text", "lang"), [
    ("KCNA denounced the United States for its drills.", "en"),
    ("نددت وكالة الأنباء المركزية الكورية بالولايات المتحدة.", "ar"),
])
def test_a_state_agency_stating_a_position_is_its_state(pipeline: Pipeline, text: str,
                                                        lang: str) -> None:
    found = event_triples(pipeline, text, lang)
    assert ("PRK", "ACCUSE", "USA") in found, found


def test_a_private_agency_has_no_state(pipeline: Pipeline) -> None:
    found = event_triples(pipeline, "Peru sanctioned Reuters.")
    assert ("PER", "SANCTION", "ORG:reuters") in found, found


def test_a_state_named_inside_an_agency_names_no_organ(pipeline: Pipeline) -> None:
    found = event_triples(pipeline, "A Kenyan official told Agence France-Presse that the "
                                    "government would expel Somali diplomats.")
    assert "FRA" not in actors(found), found


def test_the_day_after_a_state_is_no_channel(pipeline: Pipeline) -> None:
    found = event_triples(pipeline, "Kenya's foreign minister visited Somalia today.")
    assert ("KEN", "CONSULT", "SOM") in found, found
