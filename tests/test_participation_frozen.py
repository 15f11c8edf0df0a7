"""Participation in a body frozen or suspended, as cancelled: "X froze / suspended its
participation in Y", "جمّدت X مشاركتها في Y", "تعليق مشاركة بلاده في Y" is a discontinuing
SANCTION of the body (lang/en/frames.yaml `sanction_discontinue`, lang/ar/frames.yaml
`sanction_suspend`), not a seizure. Every sentence is our own."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import typed_events

FROZEN = [
    ("en", "Belarus froze its participation in the CSTO last spring.", "BLR", "CSTO"),
    ("en", "Mali suspended its participation in ECOWAS.", "MLI", "ECOWAS"),
    ("en", "Kyrgyzstan said it had frozen its participation in the Eurasian Economic Union.",
     "KGZ", "EAEU"),
    ("ar", "جمّدت بيلاروس مشاركتها في منظمة معاهدة الأمن الجماعي.", "BLR", "CSTO"),
    ("ar", "علقت مالي مشاركتها في الإيكواس.", "MLI", "ECOWAS"),
    ("ar", "أعلن الرئيس القرغيزي تجميد مشاركة بلاده في منظمة معاهدة الأمن الجماعي.", "KGZ", "CSTO"),
]


@pytest.mark.parametrize(("lang", "sentence", "source", "target"), FROZEN)
def test_participation_frozen_is_a_discontinuing_sanction(pipeline: Pipeline, lang: str,
                                                          sentence: str, source: str,
                                                          target: str) -> None:
    found = typed_events(pipeline, sentence, lang)
    assert ("SANCTION", "discontinue", source, target) in found, found
    assert "COERCE" not in {t for t, *_ in found}, found


@pytest.mark.parametrize(("lang", "sentence"), [
    # someone else's participation, the reason for another freeze
    ("en", "Germany froze Russian assets over Moscow's participation in the war."),
    ("ar", "جمدت ألمانيا أصول شركات روسية بسبب مشاركتها في الحرب على أوكرانيا."),
    # people suspended after taking part
    ("en", "Peru suspended two ministers after their participation in talks with Chile."),
    # "علّق على": commented on
    ("ar", "علقت البرازيل على مشاركة الأرجنتين في القمة."),
])
def test_other_participations_are_no_discontinuing(pipeline: Pipeline, lang: str,
                                                   sentence: str) -> None:
    found = typed_events(pipeline, sentence, lang)
    assert not {m for t, m, *_ in found if t == "SANCTION"} & {"discontinue"}, found
