"""A use of force in a place on an armed group named after it targets the group, not the
state that says where (`group_over_place`, issue #9); sentences of our own writing."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import event_triples


@pytest.mark.parametrize(("text", "lang", "expected", "wrong"), [
    ("French airstrikes killed nine al-Shabaab fighters in southern Somalia.", "en",
     ("FRA", "ASSAULT", "ORG:al_shabaab"), ("FRA", "ASSAULT", "SOM")),
    ("Jordanian warplanes killed twelve Islamic State militants in southern Syria.", "en",
     ("JOR", "ASSAULT", "ORG:isis"), ("JOR", "ASSAULT", "SYR")),
    ("شنت فرنسا غارة جوية في جنوب الصومال أسفرت عن مقتل عناصر من حركة الشباب.", "ar",
     ("FRA", "ASSAULT", "ORG:al_shabaab"), ("FRA", "ASSAULT", "SOM")),
    ("شن الأردن غارات جوية في جنوب سوريا قتلت عناصر من تنظيم داعش.", "ar",
     ("JOR", "ASSAULT", "ORG:isis"), ("JOR", "ASSAULT", "SYR")),
])
def test_the_armed_group_named_after_the_act_is_its_target(pipeline: Pipeline, text: str,
                                                           lang: str, expected: tuple,
                                                           wrong: tuple) -> None:
    found = event_triples(pipeline, text, lang)
    assert expected in found and wrong not in found, found


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # the group does the act itself, or is a partner: the place's state stays the target
    ("Kenya threatened to launch strikes in Somalia over attacks by al-Shabaab.", "en",
     ("KEN", "ASSAULT", "SOM")),
    ("Jordan carried out airstrikes in Syria after a truce with the militant group ISIS.", "en",
     ("JOR", "ASSAULT", "SYR")),
    ("هددت كينيا بشن ضربات جوية في الصومال بسبب الهجمات التي تشنها حركة الشباب.", "ar",
     ("KEN", "ASSAULT", "SOM")),
])
def test_a_group_that_acts_or_partners_is_no_target(pipeline: Pipeline, text: str, lang: str,
                                                    expected: tuple) -> None:
    assert expected in event_triples(pipeline, text, lang)


def test_an_english_name_right_after_the_trigger_is_no_doer(pipeline: Pipeline) -> None:
    # an unmarked name right after a noun is Arabic's construct genitive, not English's
    found = event_triples(pipeline,
                          "French airstrikes kill nine al-Shabaab fighters in southern Somalia.")
    assert ("ORG:al_shabaab", "ASSAULT", "SOM") not in found, found



@pytest.mark.parametrize(("text", "lang", "expected", "wrong"), [
    # an armed group in another clause (after a comma, "while", "after", "فيما", "بعد") is
    # not the target of the act: the place's state stays the target
    ("Iran shelled positions in northern Iraq, saying Hezbollah played no part.",
     "en", ("IRN", "ASSAULT", "IRQ"), ("IRN", "ASSAULT", "ORG:hezbollah")),
    ("US airstrikes in Yemen killed 12 people overnight, the Houthis reported.",
     "en", ("USA", "ASSAULT", "YEM"), ("USA", "ASSAULT", "ORG:houthis")),
    ("Israeli airstrikes in Lebanon killed four people while Hezbollah gunmen looked on.",
     "en", ("ISR", "ASSAULT", "LBN"), ("ISR", "ASSAULT", "ORG:hezbollah")),
    ("Israeli strikes in Lebanon came a day after Hezbollah fired rockets at Haifa.",
     "en", ("ISR", "ASSAULT", "LBN"), ("ISR", "ASSAULT", "ORG:hezbollah")),
    ("شنت إسرائيل غارات في جنوب لبنان، فيما قصف حزب الله مواقع إسرائيلية.",
     "ar", ("ISR", "ASSAULT", "LBN"), ("ISR", "ASSAULT", "ORG:hezbollah")),
    ("شنت تركيا غارات في شمال سوريا بعد أن أعلن حزب الله سحب قواته.",
     "ar", ("TUR", "ASSAULT", "SYR"), ("TUR", "ASSAULT", "ORG:hezbollah")),
    ("قصفت إسرائيل أهدافا في جنوب لبنان بعد يوم من إطلاق حزب الله طائرات مسيرة.",
     "ar", ("ISR", "ASSAULT", "LBN"), ("ISR", "ASSAULT", "ORG:hezbollah")),
])
def test_a_group_in_another_clause_is_no_target(pipeline: Pipeline, text: str, lang: str,
                                                expected: tuple, wrong: tuple) -> None:
    found = event_triples(pipeline, text, lang)
    assert expected in found and wrong not in found, found
