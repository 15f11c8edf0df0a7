"""Facts of wave 48 (`hosts`, `chair_of`), in both languages, from the analysis genre:

- a city hosts for its state (ONTOLOGY: a place is an actor only when nothing else is
  named), the city kept as the fact's `location`: "Algiers hosted the Arab League summit";
- a relative clause on a body that names its seat ("Y, whose secretariat it hosts", "Y التي
  تحتضن مقرها", "Y الذي تحتضن الرياض أمانته العامة") has the body for object, the name in the
  clause (else the subject carried) for host, never a body named further on;
- "the G20 summit (was) hosted by X": the host after "by" (frame `summit_venue`);
- "تتخذ Y من X مقرا لها": the place after "من" hosts the body that takes it for its seat;
- "talks co-chaired by the EU and the UN": those after "by" chair, none is chaired."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import fact_quads


def _hosts(pipeline: Pipeline, text: str, lang: str) -> set[tuple]:
    return {q for q in fact_quads(pipeline, text, lang) if q[1] == "hosts"}


@pytest.mark.parametrize(("lang", "text", "quad"), [
    ("en", "Algiers hosted the Arab League summit in November 2022.",
     ("DZA", "hosts", "LAS", "actual")),
    ("en", "The Organisation of Islamic Cooperation is headquartered in Jeddah.",
     ("SAU", "hosts", "OIC", "actual")),
    ("ar", "وتحتضن الرياض الأمانة العامة لمجلس التعاون الخليجي.",
     ("SAU", "hosts", "GCC", "actual")),
])
def test_a_city_hosts_for_its_state(pipeline: Pipeline, lang: str, text: str,
                                    quad: tuple[str, str, str, str]) -> None:
    found = _hosts(pipeline, text, lang)
    assert quad in found
    assert not any(q[0].startswith("LOC:") for q in found)


def test_the_city_is_the_location_of_the_fact(pipeline: Pipeline) -> None:
    facts = pipeline("Algiers hosted the Arab League summit in November 2022.", "en",
                     "2025-03-01").extraction.facts
    hosted = [f for f in facts if f.predicate == "hosts"]
    assert hosted and hosted[0].attrs.get("location") == "LOC:algiers"


@pytest.mark.parametrize(("lang", "text", "quad"), [
    ("en", "Kenya is a founding member of the East African Community, whose secretariat it "
           "hosts, and a pillar of the Non-Aligned Movement.", ("KEN", "hosts", "EAC", "actual")),
    ("en", "Belgium was a founder of NATO, whose headquarters it hosts, and of the European "
           "Union.", ("BEL", "hosts", "NATO", "actual")),
    ("en", "Kenya joined the East African Community, whose secretariat Tanzania hosts, in 2000.",
     ("TZA", "hosts", "EAC", "actual")),
    ("ar", "وكينيا من الأعضاء المؤسسين لمجموعة شرق أفريقيا التي تحتضن مقرها، وكانت ركنا من "
           "أركان حركة عدم الانحياز.", ("KEN", "hosts", "EAC", "actual")),
    ("ar", "وهي من مؤسسي مجلس التعاون لدول الخليج العربية عام 1981 الذي تحتضن الرياض أمانته "
           "العامة.", ("SAU", "hosts", "GCC", "actual")),
    ("ar", "انضمت كينيا إلى مجموعة شرق أفريقيا التي تستضيف تنزانيا مقرها.",
     ("TZA", "hosts", "EAC", "actual")),
])
def test_a_relative_clause_on_a_bodys_seat_hosts_the_body(
        pipeline: Pipeline, lang: str, text: str, quad: tuple[str, str, str, str]) -> None:
    found = _hosts(pipeline, text, lang)
    assert quad in found
    assert found == {quad}  # not a body named further on, nor the name before the body


@pytest.mark.parametrize(("lang", "text"), [
    # the relative clause names no seat: no body before it is hosted
    ("en", "Kenya, whose president met the head of the East African Community, joined NATO."),
    ("ar", "انضمت كينيا إلى مجموعة شرق أفريقيا التي تضم ستة أعضاء."),
])
def test_a_relative_clause_naming_no_seat_hosts_nothing(pipeline: Pipeline, lang: str,
                                                        text: str) -> None:
    assert not _hosts(pipeline, text, lang)


@pytest.mark.parametrize(("text", "quad"), [
    ("At the G20 summit hosted by India in September 2023, leaders backed the corridor.",
     ("IND", "hosts", "G20", "actual")),
    ("The NATO summit hosted by Lithuania in July approved the plan.",
     ("LTU", "hosts", "NATO", "actual")),
    ("The SCO summit was hosted by Kazakhstan in Astana.", ("KAZ", "hosts", "SCO", "actual")),
    ("Kenya attended the G20 summit hosted by New Delhi.", ("IND", "hosts", "G20", "actual")),
])
def test_a_bodys_summit_hosted_by_a_state(pipeline: Pipeline, text: str,
                                          quad: tuple[str, str, str, str]) -> None:
    assert quad in _hosts(pipeline, text, "en")


@pytest.mark.parametrize("text", [
    "The summit hosted by India in September 2023 backed the corridor.",  # no body named
    "The talks, hosted by Oman, ended on Saturday.",
])
def test_a_summit_no_body_names_is_hosted_by_none(pipeline: Pipeline, text: str) -> None:
    assert not _hosts(pipeline, text, "en")


@pytest.mark.parametrize(("text", "quad"), [
    ("تتخذ منظمة التعاون الإسلامي من مدينة جدة مقرا لها.", ("SAU", "hosts", "OIC", "actual")),
    ("انضمت كينيا إلى الهيئة الحكومية الدولية المعنية بالتنمية التي تتخذ من جيبوتي مقراً لها.",
     ("DJI", "hosts", "IGAD", "actual")),
    ("اتخذ الاتحاد الأفريقي من أديس أبابا مقرا له منذ تأسيسه.", ("ETH", "hosts", "AU", "actual")),
])
def test_the_place_a_body_takes_for_its_seat_hosts_it(pipeline: Pipeline, text: str,
                                                      quad: tuple[str, str, str, str]) -> None:
    assert quad in _hosts(pipeline, text, "ar")


@pytest.mark.parametrize("text", [
    "تتخذ مصر من الحوار وسيلة لحل الخلافات مع إثيوبيا.",  # no seat taken
    "اتخذت الحكومة من القاهرة مقرا مؤقتا لها.",  # no body named
])
def test_taking_a_place_for_no_bodys_seat_hosts_nothing(pipeline: Pipeline, text: str) -> None:
    assert not _hosts(pipeline, text, "ar")


@pytest.mark.parametrize("text", [
    "The talks, co-chaired by the EU, the UN and the OSCE, bring Georgian and Russian "
    "officials together.",
    "The working group, chaired by UNDP, met in Geneva with officials from Georgia.",
])
def test_the_bodies_after_chaired_by_are_chaired_by_no_one(pipeline: Pipeline,
                                                           text: str) -> None:
    assert not {q for q in fact_quads(pipeline, text, "en") if q[1] == "chair_of"}


@pytest.mark.parametrize(("text", "quad"), [
    ("Georgia said the SCO summit, chaired by Kazakhstan, was a success.",
     ("KAZ", "chair_of", "SCO", "actual")),
    ("Kazakhstan chaired the SCO in 2024.", ("KAZ", "chair_of", "SCO", "actual")),
])
def test_a_state_after_chaired_by_chairs(pipeline: Pipeline, text: str,
                                         quad: tuple[str, str, str, str]) -> None:
    assert quad in fact_quads(pipeline, text, "en")


def test_the_seat_taken_stays_readable_by_the_next_act(pipeline: Pipeline) -> None:
    """A company's seat hosts no fact (no body), and the place stays the next act's."""
    text = ("أغلقت كانتاس شركة طيران إقليمية، التي تتخذ من ماليزيا مقراً لها وتملك كانتاس "
            "حصة فيها، بسبب الخسائر.")
    found = fact_quads(pipeline, text, "ar")
    assert ("ORG:qantas", "invested_in", "MYS", "actual") in found
    assert not {q for q in found if q[1] == "hosts"}
