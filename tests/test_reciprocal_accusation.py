"""Review 17b findings 1 and 8: "accuse each other" is read by one mechanism, the grammar's
`reciprocals` on a directed frame (each subject to each other one); "the other" before a
noun is no reciprocal; the reciprocal holds only for coordinated names that are no group
expansion, and a coordinated object after it keeps its own reading."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from diplomap.lang import __file__ as lang_init

from conftest import event_quads


def accusations(pipeline, text: str, lang: str = "en") -> set[tuple[str, str]]:
    return {(s, o) for s, t, o, _ in event_quads(pipeline, text, lang) if t == "ACCUSE"}


BOTH_WAYS = [
    ("en", "Peru and Bolivia accused each other of stoking unrest along the border.", "PER",
     "BOL"),
    ("en", "Kenya and Somalia blamed one another for the failed talks.", "KEN", "SOM"),
    ("en", "Peru and Bolivia accused the other, in separate statements.", "PER", "BOL"),
    ("ar", "اتهمت كينيا والصومال بعضهما بإفشال المحادثات.", "KEN", "SOM"),
]


@pytest.mark.parametrize(("lang", "text", "one", "other"), BOTH_WAYS)
def test_reciprocal_accusation_goes_both_ways(pipeline, lang, text, one, other):
    found = accusations(pipeline, text, lang)
    assert {(one, other), (other, one)} <= found


def test_accuse_mutual_has_no_reciprocal_phrase_forms():
    path = Path(lang_init).parent / "en" / "frames.yaml"
    frames = yaml.safe_load(path.read_text(encoding="utf-8"))["frames"]
    forms = " | ".join(f for frame in frames if frame["id"] == "accuse_mutual"
                       for f in frame["forms"])
    assert forms and not any(p in forms for p in ("each other", "one another", "the other"))


OTHER_NOUN = [
    ("Russia and China condemned the other sanctions imposed by Japan.", {"RUS", "CHN"}),
    ("Egypt and Jordan accused the other parties of delaying the talks.", {"EGY", "JOR"}),
    ("France and Germany criticised the other members of the bloc.", {"FRA", "DEU"}),
]


@pytest.mark.parametrize(("text", "sides"), OTHER_NOUN)
def test_the_other_before_a_noun_is_no_reciprocal(pipeline, text, sides):
    found = accusations(pipeline, text)
    assert not any(s in sides and o in sides for s, o in found)


def test_the_other_sanctions_keep_their_object(pipeline):
    found = accusations(pipeline, "Russia and China condemned the other sanctions imposed "
                        "by Japan.")
    assert ("RUS", "JPN") in found and ("CHN", "JPN") in found


def test_group_expansion_is_no_reciprocal_party(pipeline):
    found = accusations(pipeline, "Hungary and Slovakia, both NATO members, accused each "
                        "other of blocking the pipeline deal.")
    assert {("HUN", "SVK"), ("SVK", "HUN")} <= found
    assert {s for s, _ in found} | {o for _, o in found} <= {"HUN", "SVK"}


def test_a_list_of_another_clause_is_no_reciprocal_subject(pipeline):
    found = accusations(pipeline, "Hungary and Slovakia signed the pipeline deal, but the "
                        "rebels accused each other of sabotage.")
    assert ("HUN", "SVK") not in found and ("SVK", "HUN") not in found


def test_coordinated_object_after_the_reciprocal_is_read(pipeline):
    found = accusations(pipeline, "India and Pakistan accused each other and the United "
                        "States of escalating the crisis.")
    assert ("IND", "USA") in found and ("PAK", "USA") in found


def test_a_reciprocal_with_no_coordinator_after_it_has_no_further_object(pipeline):
    found = accusations(pipeline, "India and Pakistan accused each other on Tuesday, the "
                        "United States said.")
    assert ("IND", "USA") not in found and ("PAK", "USA") not in found


def test_arabic_the_other_before_a_linked_word_goes_both_ways(pipeline):
    found = accusations(pipeline, "تبادلت أرمينيا وأذربيجان إطلاق النار ليلا. واتهم كل طرف "
                        "الآخر ببدء الاشتباكات.", "ar")
    assert {("ARM", "AZE"), ("AZE", "ARM")} <= found


def test_arabic_the_other_before_a_noun_is_no_reciprocal(pipeline):
    found = accusations(pipeline, "اتهمت روسيا والصين الآخر الياباني بفرض العقوبات.", "ar")
    assert ("RUS", "CHN") not in found and ("CHN", "RUS") not in found
