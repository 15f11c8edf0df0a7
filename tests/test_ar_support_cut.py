"""Grants and support halted, cut or ended are withheld, a SANCTION as aid halted is (issue 9,
Arabic parity; en "terminates U.S. support of", "cut billions in USAID grants"): no AID or
SUPPORT of what is taken away. Support carried on, grants given stay what they were."""

from __future__ import annotations

import pytest

from conftest import event_triples


@pytest.mark.parametrize(("text", "pair"), [
    ("أنهت وزارة الخارجية الأميركية الدعم الأميركي لجهود إعادة تأهيل شبكة الطاقة في "
     "أوكرانيا.", ("USA", "UKR")),
    ("قطعت الولايات المتحدة الدعم العسكري عن أوكرانيا.", ("USA", "UKR")),
    ("قررت الحكومة الأمريكية وقف المنح المقدمة إلى الأردن.", ("USA", "JOR")),
    ("أوقفت الحكومة البريطانية المنح المخصصة لرواندا.", ("GBR", "RWA")),
    ("أكد مسؤولون صوماليون أن إدارة ترامب قطعت منحاً بمليارات الدولارات كانت تقدمها "
     "للصومال.", ("USA", "SOM")),
])
def test_support_or_grants_cut_are_a_sanction(pipeline, text, pair):
    found = event_triples(pipeline, text, "ar")
    assert (pair[0], "SANCTION", pair[1]) in found
    assert (pair[0], "AID", pair[1]) not in found
    assert (pair[0], "SUPPORT", pair[1]) not in found


@pytest.mark.parametrize(("text", "triple"), [
    ("أكدت ألمانيا أنها ستواصل الدعم لأوكرانيا.", ("DEU", "SUPPORT", "UKR")),
    ("قدمت اليابان منحاً لكينيا بقيمة 10 ملايين دولار.", ("JPN", "AID", "KEN")),
])
def test_support_and_grants_given_stay_so(pipeline, text, triple):
    found = event_triples(pipeline, text, "ar")
    assert triple in found
    assert not any(t == "SANCTION" for _, t, _ in found)


def test_ending_support_asked_for_is_no_act(pipeline):
    found = event_triples(pipeline, "حث الأمين العام للأمم المتحدة رواندا على إنهاء دعمها "
                          "للمتمردين.", "ar")
    assert not any(t == "SANCTION" for _, t, _ in found)
