""""Two X citizens have been identified as the suspects", "وحُدّد مواطنان X كمشتبه بهما": people
named by investigators as the ones who did it are accused (ACCUSE, allege), in the passive
with no accuser named: by the state where it is done (the place named, else the document's
state), done to the suspects' state. Near-misses: "identified as" anything but a suspect
("identified as a priority"), and "حدد" setting priorities or dates, accuse no one."""

from __future__ import annotations

import pytest

from conftest import event_triples


def accusations(pipeline, text: str, lang: str) -> set[tuple]:
    return {(s, t) for s, k, t in event_triples(pipeline, text, lang) if k == "ACCUSE"}


@pytest.mark.parametrize(("text", "lang", "pair"), [
    ("A warehouse fire in Lyon, France, is investigated as arson. Two Moldovan nationals "
     "have been identified as the suspects.", "en", ("FRA", "MDA")),
    ("Two Georgian citizens were identified as suspects in the robbery in Athens, Greece.",
     "en", ("GRC", "GEO")),
    ("تحقق الشرطة في حريق مستودع في ليون بفرنسا. وحُدّد مواطنان مولدوفيان كمشتبه بهما.",
     "ar", ("FRA", "MDA")),
    ("حُدّد مواطنان جورجيان كمشتبه بهما في عملية السطو في أثينا باليونان.", "ar",
     ("GRC", "GEO")),
])
def test_people_identified_as_suspects_are_accused(pipeline, text, lang, pair):
    assert pair in accusations(pipeline, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("The Greek minister identified as a key priority the talks with Georgia.", "en"),
    ("The fire in Lyon, France, was identified as an accident by Moldovan experts.", "en"),
    ("حددت الحكومة اليونانية أولوياتها في المحادثات مع جورجيا.", "ar"),
    ("حدد الرئيس الفرنسي موعد زيارته إلى مولدوفا.", "ar"),
])
def test_identified_as_no_suspect_accuses_no_one(pipeline, text, lang):
    assert not accusations(pipeline, text, lang)
