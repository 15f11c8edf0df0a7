"""A threat whose content is a verbal noun after بـ ("هدد X Y بفرض عقوبات", "threatened Y
with imposing sanctions"): the threatener would do the act, to the threatened or to the
act's own object; never the reverse."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import event_quads


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.mark.parametrize(("lang", "text", "source", "kind", "target"), [
    ("ar", "هددت الولايات المتحدة روسيا بفرض عقوبات جديدة.", "USA", "SANCTION", "RUS"),
    ("ar", "الولايات المتحدة هددت روسيا بفرض عقوبات جديدة.", "USA", "SANCTION", "RUS"),
    ("ar", "هدد الاتحاد الأوروبي إيران بإعادة فرض العقوبات.", "EU", "SANCTION", "IRN"),
    ("ar", "هدد الرئيس الأمريكي دونالد ترامب روسيا بفرض عقوبات جديدة.", "USA", "SANCTION",
     "RUS"),
    ("ar", "هددت إسرائيل بقصف لبنان.", "ISR", "ASSAULT", "LBN"),
    ("en", "The United States threatened Russia with imposing new sanctions.", "USA",
     "SANCTION", "RUS"),
])
def test_the_threatener_would_do_the_act(pipeline: Pipeline, lang: str, text: str,
                                          source: str, kind: str, target: str) -> None:
    found = event_quads(pipeline, text, lang)
    assert (source, "THREATEN", target, "actual") in found, found
    assert (source, kind, target, "hypothetical") in found, found
    assert not any(s == target and t == source for s, _, t, _ in found), found


def test_the_acts_own_object_is_its_target(pipeline: Pipeline) -> None:
    found = event_quads(pipeline, "هددت إسرائيل حزب الله بقصف بيروت.", "ar")
    assert ("ISR", "THREATEN", "ORG:hezbollah", "actual") in found, found
    assert ("ISR", "ASSAULT", "LBN", "hypothetical") in found, found


@pytest.mark.parametrize("text", [
    "هدد الفيضان روسيا بخسائر كبيرة.",  # no actor threatens
    "تعرضت روسيا لتهديد بفرض عقوبات جديدة.",  # no threatener named
])
def test_no_threatener_no_threat(pipeline: Pipeline, text: str) -> None:
    assert not event_quads(pipeline, text, "ar")


def test_a_request_keeps_its_addressee_as_doer(pipeline: Pipeline) -> None:
    found = event_quads(pipeline, "دعت فرنسا روسيا إلى فرض عقوبات على إيران.", "ar")
    assert ("FRA", "REQUEST", "RUS", "actual") in found, found
    assert not any(kind == "SANCTION" and s == "FRA" and t == "RUS"
                   for s, kind, t, _ in found), found


def test_an_instruments_doer_outside_a_threat(pipeline: Pipeline) -> None:
    found = event_quads(pipeline, "قتل ثلاثة بقصف الجيش الروسي في أوكرانيا.", "ar")
    assert ("RUS", "ASSAULT", "UKR", "actual") in found, found


@pytest.mark.parametrize(("lang", "text"), [
    ("ar", "حذرت الصين اليابان من فرض عقوبات على بكين."),
    ("en", "China warned Japan against imposing sanctions on Beijing."),
])
def test_the_warned_against_act_stays_the_warneds(pipeline: Pipeline, lang: str,
                                                  text: str) -> None:
    found = event_quads(pipeline, text, lang)
    assert ("JPN", "SANCTION", "CHN", "hypothetical") in found, found
    assert ("CHN", "SANCTION", "JPN", "hypothetical") not in found, found
