"""A surrender is made by fighters to the one it is made to, and an Arabic verb-first clause
whose subject is a noun of members names their group (issue #9); sentences of our own."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import event_triples


@pytest.mark.parametrize(("text", "lang", "expected", "wrong"), [
    ("Forty members of al-Shabaab surrendered to the Somali army.", "en",
     ("ORG:al_shabaab", "RETREAT", "SOM"), ("SOM", "RETREAT", "SOM")),
    ("Dozens of Islamic State fighters surrender to Iraqi forces near Mosul.", "en",
     ("ORG:isis", "RETREAT", "IRQ"), ("IRQ", "RETREAT", "IRQ")),
    ("استسلم 40 عنصرا من حركة الشباب للجيش الصومالي.", "ar",
     ("ORG:al_shabaab", "RETREAT", "SOM"), ("SOM", "RETREAT", "SOM")),
])
def test_a_surrender_is_made_to_its_addressee(pipeline: Pipeline, text: str, lang: str,
                                              expected: tuple, wrong: tuple) -> None:
    found = event_triples(pipeline, text, lang)
    assert expected in found and wrong not in found, found


def test_a_minister_who_resigns_still_resigns(pipeline: Pipeline) -> None:
    assert ("FRA", "RETREAT", "FRA") in event_triples(
        pipeline, "The French foreign minister resigned on Monday.")


@pytest.mark.parametrize(("text", "expected"), [
    ("هاجم عناصر من حركة الشباب معسكرا للشرطة الكينية.", ("ORG:al_shabaab", "ASSAULT", "KEN")),
    ("هاجم أعضاء في تنظيم داعش نقطة للجيش العراقي.", ("ORG:isis", "ASSAULT", "IRQ")),
])
def test_arabic_members_after_the_verb_name_their_group(pipeline: Pipeline, text: str,
                                                        expected: tuple) -> None:
    assert expected in event_triples(pipeline, text, "ar")


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    # an unvoweled perfect is also its passive ("اعتقل" = "were arrested"): members of a
    # group with no object of the verb after them are its patients, not its doers
    ("اعتقل ثلاثة أعضاء في حركة الشباب في كينيا.",
     ("KEN", "COERCE", "ORG:al_shabaab"), ("ORG:al_shabaab", "COERCE", "KEN")),
    ("أعدم 5 أعضاء في تنظيم داعش في العراق",
     ("IRQ", "ASSAULT", "ORG:isis"), ("ORG:isis", "ASSAULT", "IRQ")),
    ("استهدف عناصر من تنظيم داعش في سوريا",
     ("SYR", "ASSAULT", "ORG:isis"), ("ORG:isis", "ASSAULT", "SYR")),
    ("اعتقلت 5 عناصر من تنظيم داعش في العراق",
     ("IRQ", "COERCE", "ORG:isis"), ("ORG:isis", "COERCE", "IRQ")),
])
def test_arabic_members_of_a_passive_readable_verb_are_its_patients(
        pipeline: Pipeline, text: str, expected: tuple, wrong: tuple) -> None:
    found = event_triples(pipeline, text, "ar")
    assert expected in found and wrong not in found, found


@pytest.mark.parametrize(("text", "lang", "wrong"), [
    # a person giving themselves up to a court or the police is no side's retreat
    ("A French suspect surrendered to Belgian police.", "en", ("FRA", "RETREAT", "BEL")),
    ("The former Philippine president surrendered to the International Criminal Court.", "en",
     ("PHL", "RETREAT", "ICC")),
    ("استسلم مشتبه به فرنسي للشرطة البلجيكية.", "ar", ("FRA", "RETREAT", "BEL")),
])
def test_a_person_surrendering_to_justice_is_no_retreat(pipeline: Pipeline, text: str,
                                                        lang: str, wrong: tuple) -> None:
    assert wrong not in event_triples(pipeline, text, lang)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Ukrainian soldiers surrendered to Russian forces in Mariupol.", "en",
     ("UKR", "RETREAT", "RUS")),
    ("استسلم جنود أوكرانيون للقوات الروسية في ماريوبول.", "ar", ("UKR", "RETREAT", "RUS")),
])
def test_soldiers_surrendering_are_still_their_sides_retreat(pipeline: Pipeline, text: str,
                                                              lang: str, expected: tuple) -> None:
    assert expected in event_triples(pipeline, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Three hundred Chadian rebels surrendered on Friday after an army offensive.", "en"),
    ("استسلم ثلاثمئة متمرد تشادي يوم الجمعة بعد هجوم للجيش.", "ar"),
])
def test_a_sides_surrender_to_no_one_named_is_to_its_own_state(pipeline: Pipeline, text: str,
                                                                lang: str) -> None:
    # rebels a nationality names are a side, not one person; with no one named, their state
    assert ("TCD", "RETREAT", "TCD") in event_triples(pipeline, text, lang)
