"""English constructions the Arabic rendering reads and the English missed (issue 9,
cross-language pairs of ACCUSE, ASSAULT, SANCTION), on sentences of our own writing, with
near-misses that must not fire: a verdict's participle after its noun ("prisoners convicted
of murder"; ar "المدان بـ") states the conviction, in the passive."""

from __future__ import annotations

import pytest

from conftest import typed_events


def convictions(pipeline, text: str, lang: str = "en") -> set[tuple]:
    return {(s, t) for k, m, s, t in typed_events(pipeline, text, lang)
            if (k, m) == ("SANCTION", "convict")}


@pytest.mark.parametrize(("text", "pair"), [
    ("The Nigerian government executes 12 prisoners convicted of armed robbery.", ("NGA", "NGA")),
    ("Police in Kyiv detain Ivan Petrenko, a politician convicted of fraud, at the airport.",
     ("UKR", "UKR")),
    ("أعدمت الحكومة النيجيرية 12 سجينا مدانين بالسطو المسلح.", ("NGA", "NGA")),
])
def test_a_verdicts_participle_after_its_noun_is_a_conviction(pipeline, text, pair):
    lang = "ar" if any("\u0600" <= c <= "\u06ff" for c in text) else "en"
    assert pair in convictions(pipeline, text, lang)


@pytest.mark.parametrize("text", [
    # before its noun the participle only describes: no verdict of the day
    "A convicted fraudster is released from prison in Nigeria.",
    # another participle after its noun stays a description
    "Nigerian soldiers accused of desertion are released.",
    # a jailing's participle there describes the ones freed ("imprisoned for desertion")
    "Nigeria frees 40 soldiers imprisoned for desertion.",
])
def test_no_conviction_from_a_description(pipeline, text):
    assert not convictions(pipeline, text)
