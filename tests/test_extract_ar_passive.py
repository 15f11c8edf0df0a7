"""Arabic passives that unvoweled text writes like the active: an auxiliary before a verbal
noun ("تم اعتقال X"), a light verb before its noun ("أُلقي القبض على X", "أُعيد القبض على X")."""

from __future__ import annotations

import pytest

from conftest import event_triples


@pytest.mark.parametrize("text", [
    "فرّ مئة سجين من سجن في بيرو. وأُعيد القبض على 40 سجيناً.",
    "أعيد القبض على 40 سجيناً في بيرو.",
])
def test_re_arrest_is_a_passive_light_verb(pipeline, text: str) -> None:
    # "أُعيد القبض على X" (X was re-arrested): the state's own act on its people
    assert ("PER", "COERCE", "PER") in event_triples(pipeline, text, "ar")


@pytest.mark.parametrize(("text", "doer"), [
    # "UN sanctions on Iran were re-imposed": the doer is named in construct ...
    ("أعيد فرض عقوبات الأمم المتحدة على إيران يوم الأحد.", "UN"),
    # ... or by a nationality adjective after the verbal noun
    ("أعيد فرض العقوبات الأمريكية على إيران.", "USA"),
])
def test_re_imposed_sanctions_keep_their_doer(pipeline, text: str, doer: str) -> None:
    found = event_triples(pipeline, text, "ar")
    assert (doer, "SANCTION", "IRN") in found, found
