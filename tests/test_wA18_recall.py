"""Recall constructions of session 18 (A), each on sentences of our own writing."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(model="rules")


def events(pipeline: Pipeline, text: str, lang: str) -> set[tuple]:
    found = pipeline(text, lang, "2025-03-01").extraction.events
    return {(e.source, e.event_type, e.target) for e in found}


@pytest.mark.parametrize(("lang", "text", "state"), [
    # a state's forces open fire at home where the sentence names casualties: its own people
    ("en", "Two people are killed in Nairobi, Kenya, when security forces open fire during "
           "a march.", "KEN"),
    ("en", "Peruvian soldiers opened fire on a truck near Cusco, killing three people.", "PER"),
    ("ar", "قتل ثلاثة أشخاص في نيروبي بكينيا عندما فتحت قوات الأمن النار خلال مسيرة.", "KEN"),
    ("ar", "قُتل أربعة مدنيين عندما فتح جنود من الجيش البيروفي النار على شاحنة.", "PER"),
])
def test_forces_opening_fire_at_home(pipeline: Pipeline, lang: str, text: str,
                                     state: str) -> None:
    assert (state, "ASSAULT", state) in events(pipeline, text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    # a lone man near an organ's building is no act of the state
    ("en", "A man opens fire outside the Chilean Congress in Valparaiso, injuring two people."),
    ("ar", "فتح رجل النار خارج مبنى البرلمان التشيلي في فالبارايسو، ما أدى إلى إصابة شخصين."),
    # fire at things, no one hurt: no shooting at the state's own people
    ("en", "The Belgian defence ministry says the army opened fire at drones over an air base."),
])
def test_no_domestic_shooting_without_a_doer_or_victims(pipeline: Pipeline, lang: str,
                                                        text: str) -> None:
    found = events(pipeline, text, lang)
    assert not any(t == "ASSAULT" and s == o for s, t, o in found), found


@pytest.mark.parametrize(("lang", "text"), [
    # an accident's toll is no act of force (Arabic reads none already)
    ("en", "A bus carrying Chilean pilgrims collides with a truck near Mendoza, Argentina, "
           "killing 30 people."),
    ("en", "A Peruvian Air Force jet crashes at an airshow in Santiago, Chile, killing the pilot."),
    ("en", "A boat carrying Egyptian migrants capsizes off Tobruk, Libya, reportedly killing 15."),
    ("ar", "اصطدمت حافلة تقل حجاجا تشيليين بشاحنة قرب مندوسا في الأرجنتين، ما أدى إلى مقتل 30 "
           "شخصا."),
])
def test_an_accident_toll_is_no_assault(pipeline: Pipeline, lang: str, text: str) -> None:
    found = events(pipeline, text, lang)
    assert not any(t == "ASSAULT" for _, t, _ in found), found


def test_an_attack_toll_stays_an_assault(pipeline: Pipeline) -> None:
    found = events(pipeline, "Peruvian airstrikes hit a camp in Ecuador, killing 20 people.", "en")
    assert ("PER", "ASSAULT", "ECU") in found, found


@pytest.mark.parametrize(("lang", "text", "order"), [
    # an evacuation ordered at home protects its people: no event; abroad it coerces
    ("en", "A wildfire spreads near Valparaiso, Chile, triggering mandatory evacuation orders.",
     None),
    ("ar", "امتد حريق في تلال فالبارايسو التشيلية، ما استدعى إصدار أوامر إخلاء إلزامية.", None),
    ("en", "Israel issues evacuation orders for villages in southern Lebanon.", ("ISR", "LBN")),
    ("ar", "أصدر الجيش الإسرائيلي أمراً بإخلاء قرى في جنوب لبنان.", ("ISR", "LBN")),
])
def test_evacuation_orders_at_home_and_abroad(pipeline: Pipeline, lang: str, text: str,
                                              order: tuple[str, str] | None) -> None:
    found = events(pipeline, text, lang)
    if order is None:
        assert not any(t == "COERCE" for _, t, _ in found), found
    else:
        assert (order[0], "COERCE", order[1]) in found, found


def test_passive_of_re_before_a_verbal_noun(pipeline: Pipeline) -> None:
    # "أُعيد القبض على X" (X was re-arrested): أُعيد is a passive auxiliary, as تم is
    text = "فرّ مئة سجين من سجن في بيرو. وأُعيد القبض على 40 سجيناً."
    assert ("PER", "COERCE", "PER") in events(pipeline, text, "ar")


def test_soldiers_of_a_state_are_its_organ(pipeline: Pipeline) -> None:
    # "جنود بيروفيون" as "Peruvian soldiers": the state's organ, firing at home on its people
    text = "فتح جنود بيروفيون النار على عمال في منجم، ما أسفر عن مقتل خمسة أشخاص."
    assert ("PER", "ASSAULT", "PER") in events(pipeline, text, "ar")
