"""Arabic verbs that act on an agreement noun, as their English counterparts do: approving
(أقرّ) any noun of the agreement family, finalising (أنجز) one; and the Arabic name of
Mercosur that wire copy spells out before its acronym."""

from __future__ import annotations

import pytest

from conftest import event_quads, fact_quads


def _sign_triggers(pipeline, text: str) -> set[str]:
    found = pipeline(text, "ar", "2025-03-01").extraction.events
    return {step.strategy for e in found if e.event_type == "SUPPORT"
            for step in e.trace if step.slot == "trigger"}


def _supports(pipeline, text: str) -> set[frozenset]:
    return {frozenset((s, o)) for s, t, o, _ in event_quads(pipeline, text, "ar")
            if t == "SUPPORT"}


# --- approving a treaty ratifies it, as English "approves a … treaty" -------------------

TREATY_APPROVED = [
    ("أقرّ مجلس الوزراء الأسترالي معاهدة دفاع مع بابوا غينيا الجديدة.", "AUS", "PNG"),
    ("أقرت الحكومة التركية معاهدة تعاون مع ليبيا.", "TUR", "LBY"),
]


@pytest.mark.parametrize(("text", "one", "other"), TREATY_APPROVED)
def test_approving_a_treaty_is_read_by_the_verb(pipeline, text, one, other):
    assert frozenset((one, other)) in _supports(pipeline, text)
    assert "sign_approved" in _sign_triggers(pipeline, text)


def test_acknowledging_a_treatys_failure_approves_none(pipeline):
    assert "sign_approved" not in _sign_triggers(pipeline, "أقرت تركيا بفشل المعاهدة مع ليبيا.")


# --- finalising an agreement signs it, as English "finalize … agreement" -----------------

FINALISED = [
    ("أنجزت الهند ونيوزيلندا اتفاقية للتجارة الحرة.", "IND", "NZL"),
    ("أنجزت مصر وتركيا صفقة لتوريد الغاز.", "EGY", "TUR"),
]


@pytest.mark.parametrize(("text", "one", "other"), FINALISED)
def test_finalising_an_agreement_is_read_by_the_verb(pipeline, text, one, other):
    assert frozenset((one, other)) in _supports(pipeline, text)
    assert "sign" in _sign_triggers(pipeline, text)


@pytest.mark.parametrize("text", [
    "أنجزت الهند مشروع السكك الحديدية مع نيبال.",
    "أنجزت مصر الانتخابات البرلمانية.",
])
def test_finalising_no_agreement_signs_nothing(pipeline, text):
    assert not _supports(pipeline, text)


# --- Mercosur spelt out before its acronym ---------------------------------------------

def test_mercosur_spelt_out_is_the_signing_subject(pipeline):
    text = ("وقّعت السوق المشتركة لدول أمريكا الجنوبية «ميركوسور» والرابطة الأوروبية للتجارة "
            "الحرة «إفتا» اتفاقية للتجارة الحرة، تنشئ منطقة تجارة حرة تضم نحو 300 مليون نسمة.")
    assert frozenset(("MERCOSUR", "EFTA")) in _supports(pipeline, text)
    assert "sign" in _sign_triggers(pipeline, text)


# --- the noun alone: an indefinite one is the news, a definite one a standing agreement ---

STANDING = [
    ("خلصت المفوضية إلى أن إسرائيل انتهكت التزاماتها بموجب اتفاقية الشراكة بين الاتحاد "
     "الأوروبي وإسرائيل.", "EU", "ISR"),
    ("أنهى اليمن اتفاقية الدفاع المبرمة مع دولة الإمارات العربية المتحدة.", "YEM", "ARE"),
]


@pytest.mark.parametrize(("text", "one", "other"), STANDING)
def test_a_definite_agreement_noun_is_its_fact_and_no_act(pipeline, text, one, other):
    assert frozenset((one, other)) not in _supports(pipeline, text)
    facts = fact_quads(pipeline, text, "ar")
    assert any(p == "agreement_with" and {s, o} == {one, other} for s, p, o, _ in facts), facts


def test_an_indefinite_agreement_noun_stays_the_news(pipeline):
    text = "أعلنت شركة «بي بي» البريطانية عن اتفاق مع الحكومة العراقية لتطوير حقول نفطية."
    assert frozenset(("ORG:bp", "IRQ")) in _supports(pipeline, text)


# --- done as part of an agreement: the agreement stands, no act of its own ----------------

AS_PART_OF = [
    ("أفرجت تايلاند عن 18 سجيناً في إطار اتفاق وقف إطلاق النار المبرم مع كمبوديا.",
     "THA", "KHM"),
    ("أفرجت روسيا عن 50 أسيراً في إطار اتفاق تبادل الأسرى المبرم مع أوكرانيا.", "RUS", "UKR"),
]


@pytest.mark.parametrize(("text", "one", "other"), AS_PART_OF)
def test_as_part_of_an_agreement_is_no_signing(pipeline, text, one, other):
    assert frozenset((one, other)) not in _supports(pipeline, text)
    facts = fact_quads(pipeline, text, "ar")
    assert any(p == "agreement_with" and {s, o} == {one, other} for s, p, o, _ in facts), facts


def test_an_agreement_signed_is_still_a_signing(pipeline):
    text = "وقّعت تايلاند اتفاق وقف إطلاق النار مع كمبوديا."
    assert frozenset(("THA", "KHM")) in _supports(pipeline, text)


# --- agreeing on a treaty is the agreeing, as English "agree on a peace treaty" -------------

AGREED_ON_TREATY = [
    "اتفقت أرمينيا وأذربيجان على معاهدة سلام تنهي النزاع.",
    "أرمينيا وأذربيجان اتفقتا على معاهدة سلام.",
]


@pytest.mark.parametrize("text", AGREED_ON_TREATY)
def test_agreeing_on_a_treaty_is_agree_not_sign(pipeline, text):
    quads = event_quads(pipeline, text, "ar")
    assert any(t == "AGREE" and {s, o} == {"ARM", "AZE"} for s, t, o, _ in quads), quads
    assert frozenset(("ARM", "AZE")) not in _supports(pipeline, text)
    facts = fact_quads(pipeline, text, "ar")
    assert any(p == "agreement_with" and {s, o} == {"ARM", "AZE"} for s, p, o, _ in facts)


def test_signing_a_treaty_is_still_support(pipeline):
    assert frozenset(("ARM", "AZE")) in _supports(pipeline, "وقّعت أرمينيا وأذربيجان معاهدة سلام.")


# --- an agreement proposed, carried out or talked about: its fact, no signing ----------------

GOVERNED = [
    ("بدأت تايوان باقتراح اتفاق ثنائي للتعرفة الصفرية بين تايوان والولايات المتحدة.", "TWN", "USA"),
    ("قال الحوثيون إنهم سيراقبون تنفيذ اتفاق وقف إطلاق النار بين إسرائيل وحركة حماس.",
     "ISR", "ORG:hamas"),
    ("ستطلق الهند وجزر المالديف محادثات رسمية بشأن اتفاقية للتجارة الحرة.", "IND", "MDV"),
]


@pytest.mark.parametrize(("text", "one", "other"), GOVERNED)
def test_an_agreement_governed_by_another_noun_is_no_signing(pipeline, text, one, other):
    assert frozenset((one, other)) not in _supports(pipeline, text)


def test_an_agreement_signed_about_something_is_still_a_signing(pipeline):
    assert frozenset(("EGY", "SDN")) in _supports(pipeline, "وقّعت مصر والسودان اتفاقاً بشأن المياه.")
