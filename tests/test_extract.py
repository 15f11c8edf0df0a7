"""Extraction of facts and events from our own Arabic sentences, one behaviour each."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline


@pytest.fixture(scope="module")
def read():
    pipeline = Pipeline()

    def run(text: str, published: str = "2024-06-15"):
        extraction = pipeline(text, "ar", published).extraction
        facts = {(f.subject, f.predicate, f.object, f.modality): f for f in extraction.facts}
        events = {(e.source, e.event_type, e.target, e.modality): e for e in extraction.events}
        return facts, events

    return run


def test_membership_with_date(read) -> None:
    facts, _ = read("انضمت أوزبكستان إلى منظمة الدول التركية في أكتوبر 2019.")
    fact = facts[("UZB", "member_of", "OTS", "actual")]
    assert fact.attrs["since"] == "2019-10"


def test_coordinated_subjects_join(read) -> None:
    facts, _ = read("تأسست منظمة شنغهاي للتعاون عام 2001، ثم انضمت إليها الهند وباكستان عام 2017.")
    assert ("IND", "member_of", "SCO", "actual") in facts
    assert ("PAK", "member_of", "SCO", "actual") in facts


def test_founders_listed_after_verb(read) -> None:
    facts, _ = read("أسست روسيا وكازاخستان وبيلاروسيا الاتحاد الاقتصادي الأوراسي عام 2014.")
    for state in ("RUS", "KAZ", "BLR"):
        assert (state, "founder_of", "EAEU", "actual") in facts


def test_chair(read) -> None:
    facts, _ = read("ترأست كازاخستان منظمة الأمن والتعاون في أوروبا عام 2010.")
    assert facts[("KAZ", "chair_of", "OSCE", "actual")].attrs["date"] == "2010"


def test_partnership_level(read) -> None:
    facts, _ = read("وقّعت كازاخستان وأوزبكستان إعلانًا بشأن الشراكة الاستراتيجية الشاملة.")
    levels = {f.attrs.get("level") for k, f in facts.items() if k[1] == "partner_of"}
    assert "comprehensive_strategic" in levels


def test_signing_is_agreement_and_support_event(read) -> None:
    facts, events = read("وقّعت كازاخستان مع الصين اتفاقية للتعاون في مجال الطاقة عام 2019.")
    assert ("KAZ", "agreement_with", "CHN", "actual") in facts
    event = events[("KAZ", "SUPPORT", "CHN", "actual")]
    assert event.date == "2019" and event.intensity == 5 and event.quad == "VC"


def test_treaty_with_coordinated_partners(read) -> None:
    facts, _ = read("جرى توقيع المعاهدة مع قيرغيزستان وطاجيكستان وتركمانستان في عام 2006.",
                    "2006-10-01")
    for state in ("KGZ", "TJK", "TKM"):
        assert any(k[1] == "agreement_with" and state in (k[0], k[2]) for k in facts), state


def test_negative_recognition_is_a_rejection(read) -> None:
    facts, events = read("لم تعترف كازاخستان باستقلال أبخازيا وأوسيتيا الجنوبية.")
    fact = facts[("KAZ", "recognized", "ABKHAZIA", "negated")]
    assert fact.attrs["polarity"] == "negative"
    assert ("KAZ", "REJECT", "ABKHAZIA", "actual") in events
    assert not any(k[1] == "recognized" and k[3] == "actual" for k in facts)
    assert not any(k[1] == "SUPPORT" for k in events)


def test_positive_first_recognition(read) -> None:
    facts, _ = read("كانت تركيا أول دولة تعترف باستقلال كازاخستان عام 1991.")
    fact = facts[("TUR", "recognized", "KAZ", "actual")]
    assert fact.attrs.get("first") is True and fact.attrs["polarity"] == "positive"


def test_border_with_length(read) -> None:
    facts, _ = read("تمتد الحدود بين كازاخستان وروسيا لمسافة 7500 كيلومتر.")
    keys = [k for k in facts if k[1] == "border_with"]
    assert keys and {keys[0][0], keys[0][2]} == {"KAZ", "RUS"}
    assert facts[keys[0]].attrs.get("length_km") == 7500


def test_investment_amount(read) -> None:
    facts, events = read("استثمرت الصين أكثر من 20 مليار دولار في اقتصاد كازاخستان.")
    fact = facts[("CHN", "invested_in", "KAZ", "actual")]
    assert fact.attrs["amount_usd"] == 20_000_000_000
    assert ("CHN", "COOPERATE", "KAZ", "actual") in events


def test_aid_kind_and_amount(read) -> None:
    facts, events = read("قدمت كازاخستان مساعدات إنسانية بقيمة 5 ملايين دولار إلى أفغانستان.")
    fact = facts[("KAZ", "aid_to", "AFG", "actual")]
    assert fact.attrs["kind"] == "humanitarian" and fact.attrs["amount_usd"] == 5_000_000
    assert events[("KAZ", "AID", "AFG", "actual")].intensity == 10


def test_hosting(read) -> None:
    facts, _ = read("استضافت كازاخستان قمة منظمة الدول التركية في نوفمبر 2024.", "2024-12-01")
    assert ("KAZ", "hosts", "OTS", "actual") in facts


def test_mediation_between_parties(read) -> None:
    facts, events = read("وفّرت كازاخستان منصة محايدة للحوار بين أرمينيا وأذربيجان في مايو.")
    assert ("KAZ", "mediated", "ARM", "actual") in facts
    assert ("KAZ", "mediated", "AZE", "actual") in facts
    event = events[("KAZ", "CONSULT", "AZE", "actual")]
    assert event.mode == "third-party" and event.date == "2024-05"


def test_proposal_by_named_person(read) -> None:
    facts, _ = read("اقترح الرئيس نور سلطان نزارباييف إنشاء مؤتمر التفاعل وتدابير بناء الثقة في "
                    "آسيا عام 1992.", "1992-12-01")
    assert ("PER:nazarbayev", "proposed", "CICA", "actual") in facts


def test_policy_principle_of_focal_state(read) -> None:
    facts, _ = read("تنتهج كازاخستان سياسة خارجية متعددة الاتجاهات منذ عام 1991.")
    assert facts[("KAZ", "policy", "multi_vector", "actual")].attrs["since"] == "1991"


def test_state_visit_by_person(read) -> None:
    _, events = read("زار الرئيس الصيني شي جين بينغ كازاخستان في يوليو 2024.", "2024-07-10")
    event = events[("CHN", "CONSULT", "KAZ", "actual")]
    assert event.mode == "visit" and event.source_person == "PER:xi_jinping"
    assert event.date == "2024-07" and event.intensity == 4


def test_phone_call(read) -> None:
    _, events = read("أجرى الرئيس قاسم جومارت توكاييف اتصالًا هاتفيًا مع الرئيس التركي "
                     "رجب طيب أردوغان.")
    event = events[("KAZ", "CONSULT", "TUR", "actual")]
    assert event.mode == "phone" and event.target_person == "PER:erdogan"


def test_planned_visit_is_not_accomplished(read) -> None:
    _, events = read("ومن المقرر أن يزور الرئيس الكازاخستاني موسكو الشهر المقبل.")
    assert ("KAZ", "CONSULT", "RUS", "planned") in events
    assert ("KAZ", "CONSULT", "RUS", "actual") not in events


def test_aim_is_planned(read) -> None:
    facts, _ = read("تسعى كازاخستان إلى الانضمام إلى منظمة التجارة العالمية.", "2010-01-01")
    assert ("KAZ", "member_of", "WTO", "planned") in facts
    assert ("KAZ", "member_of", "WTO", "actual") not in facts


def test_negated_membership_is_not_a_fact(read) -> None:
    facts, _ = read("لم تنضم أوزبكستان إلى الاتحاد الاقتصادي الأوراسي حتى الآن.")
    assert ("UZB", "member_of", "EAEU", "actual") not in facts


def test_joint_exercises(read) -> None:
    _, events = read("أجرت كازاخستان والصين تدريبات عسكرية مشتركة في شينجيانغ.")
    event = events[("KAZ", "COOPERATE", "CHN", "actual")]
    assert "military" in event.context


def test_subject_carried_from_previous_sentence(read) -> None:
    _, events = read("وصل الرئيس التركي رجب طيب أردوغان إلى أستانا أمس. "
                     "وبحث خلال الزيارة مع نظيره الكازاخستاني التعاون في مجال الطاقة.")
    assert any(k[0] == "TUR" and k[1] == "CONSULT" for k in events)


def test_evidence_reads_back(read) -> None:
    text = "وقّعت تركيا وأذربيجان اتفاقية دفاع مشترك عام 2021. واستضافت باكو الاجتماع."
    pipeline = Pipeline()
    extraction = pipeline(text, "ar", "2021-08-01").extraction
    for item in extraction.facts + extraction.events:
        for span in item.evidence:
            assert 0 <= span.start < span.end <= len(text)
            assert text[span.start:span.end].strip() == text[span.start:span.end]


def test_english_article() -> None:
    text = ("Kazakhstan joined the Shanghai Cooperation Organisation in 2001. President Tokayev "
            "visited Beijing in May 2023 and signed an agreement with China. Kazakhstan did not "
            "recognise Abkhazia. Turkey will host the next summit of the Organization of "
            "Turkic States.")
    extraction = Pipeline()(text, "en", "2024-03-01").extraction
    facts = {(f.subject, f.predicate, f.object, f.modality): f for f in extraction.facts}
    events = {(e.source, e.event_type, e.target, e.modality): e for e in extraction.events}
    assert facts[("KAZ", "member_of", "SCO", "actual")].attrs["since"] == "2001"
    assert ("KAZ", "agreement_with", "CHN", "actual") in facts
    assert facts[("KAZ", "recognized", "ABKHAZIA", "negated")].attrs["polarity"] == "negative"
    assert ("TUR", "hosts", "OTS", "planned") in facts
    visit = events[("KAZ", "CONSULT", "CHN", "actual")]
    assert visit.mode == "visit" and visit.date == "2023-05"
    assert ("KAZ", "REJECT", "ABKHAZIA", "actual") in events


def test_company_acts_as_itself_in_events(read) -> None:
    facts, events = read("استثمرت شركة شيفرون الأمريكية مليارات الدولارات في حقل تنغيز بكازاخستان.")
    assert ("ORG:chevron", "invested_in", "KAZ", "actual") in facts
    assert ("ORG:chevron", "COOPERATE", "KAZ", "actual") in events
    assert not any(key[0] == "USA" for key in events), events


def test_place_of_joint_exercises_is_not_a_party(read) -> None:
    _, events = read("أجرت كازاخستان والولايات المتحدة مناورات عسكرية مشتركة في قيرغيزستان.")
    assert ("KAZ", "COOPERATE", "USA", "actual") in events
    assert not any(k[2] == "KGZ" for k in events)


def test_denied_aim_is_negated(read) -> None:
    facts, events = read("وأكد الرئيس أن كازاخستان لا تسعى إلى القيام بدور الوسيط بين أرمينيا "
                         "وأذربيجان.")
    assert ("KAZ", "mediated", "ARM", "negated") in facts
    assert not any(k[1] == "mediated" and k[3] in ("actual", "planned") for k in facts)
    assert not any(k[1] == "CONSULT" for k in events)


def test_event_contexts_and_location(read) -> None:
    _, events = read("أجرت كازاخستان والصين تدريبات عسكرية مشتركة لمكافحة الإرهاب في ألماتي عام "
                     "2019.", "2019-12-01")
    event = events[("KAZ", "COOPERATE", "CHN", "actual")]
    assert {"military", "terrorism"} <= set(event.context)
    assert event.location == "LOC:almaty"
