"""Arabic deliveries taken (issue 9, Arabic parity), as English "receives the first shipment
of jets from X" reads them: the giver after "من" gives AID to the receiver; fighter jets
counted out as a batch are goods, no air raid; duties or suspects taken over are no aid."""

from __future__ import annotations

import pytest

from conftest import event_triples


@pytest.mark.parametrize(("text", "giver", "receiver"), [
    ("تسلّم سلاح الجو الأوكراني الدفعة الأولى من مقاتلات «ميراج 2000» من فرنسا.", "FRA", "UKR"),
    ("تسلّمت أوكرانيا أول دفعة من مقاتلات «إف-16» من الدنمارك.", "DNK", "UKR"),
    ("استلمت القوات المسلحة المغربية شحنة من الدبابات الأمريكية من الولايات المتحدة.",
     "USA", "MAR"),
    ("استلمت بولندا 20 مروحية من كوريا الجنوبية.", "KOR", "POL"),
])
def test_a_delivery_taken_from_a_giver_is_its_aid(pipeline, text, giver, receiver):
    assert (giver, "AID", receiver) in event_triples(pipeline, text, "ar")


def test_jets_counted_as_a_batch_are_no_raid(pipeline):
    text = ("تسلّم سلاح الجو الأوكراني الدفعة الأولى من مقاتلات «ميراج 2000» من فرنسا، إلى جانب "
            "مزيد من مقاتلات «إف-16» من هولندا.")
    found = event_triples(pipeline, text, "ar")
    assert not any(t == "ASSAULT" for _, t, _ in found)
    assert ("FRA", "AID", "UKR") in found


@pytest.mark.parametrize("text", [
    "تسلّم الرئيس الجديد مهامه من سلفه في القصر الرئاسي.",
    "تسلمت الشرطة المصرية المتهمين من الإنتربول.",
])
def test_duties_or_suspects_taken_over_are_no_aid(pipeline, text):
    assert not any(t == "AID" for _, t, _ in event_triples(pipeline, text, "ar"))


@pytest.mark.parametrize("text", [
    "شنت مقاتلات إسرائيلية غارات على جنوب لبنان.",
    "أغارت مقاتلات إسرائيلية على مواقع في جنوب لبنان.",
])
def test_jets_that_strike_stay_a_raid(pipeline, text):
    assert any(t == "ASSAULT" for _, t, _ in event_triples(pipeline, text, "ar"))
