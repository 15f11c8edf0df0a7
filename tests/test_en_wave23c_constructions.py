"""English constructions of wave 23c, each on sentences of our own writing: the surname
of a titled person (a date after the name, a common word opening a sentence), nationality
pairs joined by a hyphen only, and the meeting an agreeing participle goes on."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from diplomap.extract.extractor import _compound_pair_before
from diplomap.extract.grammar import grammar
from diplomap.extract.sentence import view_sentence

from conftest import event_quads


def test_weekday_after_a_titled_name_is_no_surname(pipeline) -> None:
    text = ("Zambian Minister Peter Mwansa Tuesday criticized Malawi. Mwansa later accused "
            "Angola of arming smugglers.")
    quads = event_quads(pipeline, text)
    assert ("ZMB", "ACCUSE", "AGO", "actual") in quads


def test_month_after_a_titled_name_is_no_surname(pipeline) -> None:
    text = ("Peruvian Senator Rosa Quispe March 3 criticized Chile. Quispe later accused "
            "Bolivia of sheltering smugglers.")
    assert ("PER", "ACCUSE", "BOL", "actual") in event_quads(pipeline, text)


def test_common_word_opening_a_sentence_is_no_surname(pipeline) -> None:
    text = ("Ghanaian Senator Kofi White met Togo's president. White farmers in Lome "
            "protested against Ghana.")
    quads = event_quads(pipeline, text)
    assert ("GHA", "PROTEST", "TGO", "actual") not in quads


def test_surname_opening_a_sentence_before_its_verb(pipeline) -> None:
    text = ("Ghanaian Senator Kofi Mensah visited Togo. Mensah later accused Burkina Faso "
            "of sheltering rebels.")
    assert ("GHA", "ACCUSE", "BFA", "actual") in event_quads(pipeline, text)


@dataclass
class _Adjective:
    start: int
    end: int
    text: str
    entity_id: str
    resolution: str = "adjective"
    clitic: str = ""


def _pair_before(text: str, noun: str) -> list[str]:
    mentions = [_Adjective(text.index(w), text.index(w) + len(w), w, e)
                for w, e in (("Serbian", "SRB"), ("Hungarian", "HUN"))]
    v = view_sentence(text, 0, 0, len(text), mentions, lambda eid: (eid, "state", None),
                      grammar("en"))
    at = next(i for i, w in enumerate(v.words) if noun in w)
    return [a.entity for a in _compound_pair_before(v, at)]


def test_hyphen_joins_a_nationality_pair() -> None:
    assert _pair_before("Serbian-Hungarian drills began.", "drills") == ["SRB", "HUN"]
    assert _pair_before("Serbian\u2013Hungarian drills began.", "drills") == ["SRB", "HUN"]


def test_space_joins_no_nationality_pair() -> None:
    assert _pair_before("Serbian Hungarian drills began.", "drills") == []


def test_agreeing_after_another_verb_is_not_the_meeting(pipeline) -> None:
    text = ("Modi met Ramaphosa in Delhi, and Lula criticized Milei in Brasilia, agreeing "
            "to reopen a border crossing.")
    assert not any(t == "AGREE" for _, t, _, _ in event_quads(pipeline, text))


def test_agreeing_after_place_adjuncts_is_the_meeting(pipeline) -> None:
    text = ("Modi meets Ramaphosa in Delhi, India, on the sidelines of a regional summit, "
            "agreeing to reopen a border crossing.")
    assert ("IND", "AGREE", "ZAF", "actual") in event_quads(pipeline, text)


@pytest.mark.parametrize("text", [
    "Police in Austria took a Slovak national into custody.",
    "Austrian police took two Slovak drivers into custody on Friday.",
])
def test_taken_into_custody_with_its_object_between(pipeline, text: str) -> None:
    assert ("AUT", "COERCE", "SVK", "actual") in event_quads(pipeline, text)
