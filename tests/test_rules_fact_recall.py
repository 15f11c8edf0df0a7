"""Fact constructions of pledges, aid and agreements (recall on unseen reporting), each
with sentences of our own."""

from conftest import event_quads, fact_quads


def _pair(found: set[tuple], a: str, predicate: str, b: str) -> bool:
    return any(q[1] == predicate and {q[0], q[2]} == {a, b} for q in found)


def test_an_organisation_after_an_arabic_verb_is_its_subject_not_the_instrument(pipeline):
    # "The EU signed an agreement with Tunisia"
    found = fact_quads(pipeline, "وقّع الاتحاد الأوروبي اتفاقية للهجرة مع تونس.", "ar")
    assert _pair(found, "EU", "agreement_with", "TUN")
    # "The IMF signed a memorandum of understanding with Egypt"
    found = fact_quads(pipeline, "وقّع صندوق النقد الدولي مذكرة تفاهم مع مصر.", "ar")
    assert _pair(found, "IMF", "agreement_with", "EGY")
    # "The UN and Iraq signed an agreement"
    found = fact_quads(pipeline, "وقّعت الأمم المتحدة والعراق اتفاقية جديدة.", "ar")
    assert _pair(found, "UN", "agreement_with", "IRQ")
    found = event_quads(pipeline, "وقّعت منظمة الصحة العالمية اتفاقاً مع الأردن.", "ar")
    assert any(q[1] == "SUPPORT" and {q[0], q[2]} == {"WHO", "JOR"} for q in found)


def test_an_organisation_named_by_its_treaty_after_signing_is_the_instrument(pipeline):
    # "the signing of the Collective Security Treaty with Armenia and Belarus"
    found = fact_quads(pipeline, "وجرى توقيع معاهدة الأمن الجماعي مع أرمينيا وبيلاروس.", "ar")
    assert not any("CSTO" in (q[0], q[2]) for q in found)


def test_aid_approved_by_a_lender_named_inside_the_approval_is_its_aid(pipeline):
    # "The World Bank approved an emergency aid package for Jordan"
    found = fact_quads(pipeline, "وافق البنك الدولي على حزمة مساعدات طارئة للأردن.", "ar")
    assert ("WORLD_BANK", "aid_to", "JOR", "actual") in found


def test_aid_two_states_agree_to_provide_is_planned_by_each(pipeline):
    # "Qatar and Turkey agreed to provide aid to Syria"
    found = fact_quads(pipeline, "اتفقت قطر وتركيا على تقديم مساعدات لسوريا.", "ar")
    assert ("QAT", "aid_to", "SYR", "planned") in found
    assert ("TUR", "aid_to", "SYR", "planned") in found
    assert not any(q[1] == "aid_to" and q[3] == "actual" for q in found)
