"""Arabic: the one who speaks for a name acts as it (issue 9, Arabic parity), on sentences of
our own writing: "المتحدث باسم X" is X's side, as English "a spokesman for X" is by word
order, not a genitive or an object of the act."""

from __future__ import annotations

import pytest

from conftest import event_triples


@pytest.mark.parametrize("text", [
    "رفض المتحدث باسم حركة حماس الخطة الأمريكية.",
    "رفض الناطق الرسمي باسم حركة حماس الخطة الأمريكية.",
    "وأعلنت المتحدثة باسم حركة حماس رفض الخطة الأمريكية.",
])
def test_the_spokesperson_acts_for_the_name(pipeline, text):
    found = event_triples(pipeline, text, "ar")
    assert ("ORG:hamas", "REJECT", "USA") in found
    assert ("USA", "REJECT", "ORG:hamas") not in found


def test_the_spokesperson_words_do_not_part_a_stance_from_its_event(pipeline):
    found = event_triples(pipeline, "أدان المتحدث باسم الخارجية القطرية الهجوم الإسرائيلي "
                                    "على غزة.", "ar")
    assert ("QAT", "ACCUSE", "ISR") in found
    assert found == event_triples(pipeline, "A spokesman for the Qatari foreign ministry "
                                            "condemned the Israeli attack on Gaza.", "en")


def test_a_name_after_another_noun_with_the_link_stays_a_genitive(pipeline):
    # "باسم" alone ("in the name of") after no spokesperson noun does not make the name act
    found = event_triples(pipeline, "رفضت مصر الخطة الأمريكية باسم حركة حماس.", "ar")
    assert all(s != "ORG:hamas" for s, _, _ in found)
