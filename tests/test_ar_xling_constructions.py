"""Arabic constructions English reads and Arabic missed (issue 9, cross-language pairs), on
sentences of our own writing, each with near-misses that must not fire: a meeting that
"brought together" its parties ("لقاء جمع A بB"), goods seized ("ضبطت الشرطة شحنة"), the
suffixed verbal noun of agreeing ("أعلنت X موافقتها على"), an operation launched ("شن
الجيش عملية برية") and convicts counted before their charge ("أدين ثلاثة أعضاء في عصابة
بتهمة")."""

from __future__ import annotations

import pytest

from conftest import event_triples


def of_type(pipeline, text: str, kind: str) -> set[tuple]:
    return {(s, t) for s, k, t in event_triples(pipeline, text, "ar") if k == kind}


def met(pipeline, text: str) -> set[frozenset]:
    return {frozenset(pair) for pair in of_type(pipeline, text, "CONSULT")}


@pytest.mark.parametrize(("text", "pair"), [
    ("ويأتي ذلك بعد لقاء جمع الرئيس الفرنسي إيمانويل ماكرون بالرئيس الجزائري عبد المجيد تبون.",
     ("FRA", "DZA")),
    ("وتناول اللقاء الذي جمع وزير الخارجية السعودي ووزير الخارجية الفرنسي في باريس العلاقات "
     "الثنائية.", ("SAU", "FRA")),
    ("وأشار إلى الاجتماع الذي جمع رئيس الوزراء الهندي والرئيس الصيني في قازان.", ("IND", "CHN")),
    ("ومن المقرر أن يعقد لقاء مرتقب يجمع الرئيس التركي بالرئيس الروسي الأسبوع المقبل.",
     ("TUR", "RUS")),
])
def test_a_meeting_that_brought_its_parties_together(pipeline, text, pair):
    assert frozenset(pair) in met(pipeline, text)


@pytest.mark.parametrize("text", [
    # a match between national teams, no meeting
    "وحسم لقاء جمع منتخب مصر بمنتخب المغرب بطاقة التأهل.",
    # the noun "جمع" (collecting) after a meeting, no one brought together
    "وعقدت الحكومة الأردنية اجتماعا لبحث جمع التبرعات لغزة.",
    # "يجمع شمل": reuniting families, no parties
    "وقال الرئيس الفرنسي إن اللقاء يجمع شمل العائلات.",
])
def test_no_meeting_brought_together(pipeline, text):
    assert not met(pipeline, text)


@pytest.mark.parametrize(("text", "state"), [
    ("ضبطت الشرطة الإيطالية 21 لوحة مسروقة.", "ITA"),
    ("ضبطت البحرية الكولومبية طنين من الكوكايين على متن زورق.", "COL"),
    ("ضبطت السلطات المصرية شحنة أسلحة مهربة.", "EGY"),
])
def test_goods_seized_by_a_force(pipeline, text, state):
    assert (state, state) in of_type(pipeline, text, "COERCE")


@pytest.mark.parametrize("text", [
    "ودعت مصر الطرفين إلى ضبط النفس.",  # restraint
    "وتعمل تركيا على ضبط الحدود مع سوريا.",  # border control
    "ضبطت الحكومة المصرية أسعار الخبز.",  # regulating prices
    "ضبطت السعودية إيقاع سياستها النفطية.",  # setting a pace
])
def test_control_and_restraint_seize_nothing(pipeline, text):
    assert not of_type(pipeline, text, "COERCE")


@pytest.mark.parametrize(("text", "pair"), [
    ("أعلنت إيران موافقتها على خطة السلام التي طرحتها الصين.", ("IRN", "CHN")),
    ("أبدت الحكومة العراقية موافقتها على شراء طائرات فرنسية.", ("IRQ", "FRA")),
])
def test_agreement_named_by_its_suffixed_verbal_noun(pipeline, text, pair):
    assert {frozenset(p) for p in of_type(pipeline, text, "AGREE")} >= {frozenset(pair)}


def test_a_suffixed_agreement_of_no_state_agrees_nothing(pipeline):
    assert not of_type(pipeline, "وأعلن المنتخب المصري موافقته على خوض مباراة ودية.", "AGREE")


@pytest.mark.parametrize(("text", "pair"), [
    ("شن الجيش التركي عملية برية في شمال العراق.", ("TUR", "IRQ")),
    ("شنت القوات الإسرائيلية عملية واسعة النطاق في الضفة الغربية.", ("ISR", "PSE")),
])
def test_an_operation_launched_is_an_assault(pipeline, text, pair):
    assert pair in of_type(pipeline, text, "ASSAULT")


@pytest.mark.parametrize("text", [
    "نفذ البنك المركزي المصري عملية شراء للسندات في السوق.",
    "أجرى الطبيب عملية جراحية للرئيس الجزائري في باريس.",
])
def test_an_operation_not_launched_is_no_assault(pipeline, text):
    assert not of_type(pipeline, text, "ASSAULT")


@pytest.mark.parametrize("text", [
    "أدين ثلاثة أعضاء في عصابة بتهمة تهريب المخدرات في إيطاليا.",
    "أدين عضوان في عصابة إجرامية بتهمة القتل في إيطاليا.",
])
def test_convicts_counted_and_placed_before_the_charge(pipeline, text):
    assert ("ITA", "ITA") in of_type(pipeline, text, "SANCTION")


def test_a_condemnation_in_the_first_person_convicts_no_one(pipeline):
    assert not of_type(pipeline, "أدين بشدة الهجوم الذي استهدف السفارة التركية في الخرطوم.",
                       "SANCTION")


@pytest.mark.parametrize(("text", "pair"), [
    ("وقدمت تايوان احتجاجا لدى الصومال بشأن القيود على جوازات السفر.", ("TWN", "SOM")),
    ("تقدمت الجزائر باحتجاج رسمي إلى فرنسا.", ("DZA", "FRA")),
])
def test_a_protest_lodged_with_a_government_is_a_complaint(pipeline, text, pair):
    assert pair in of_type(pipeline, text, "ACCUSE")
    assert not of_type(pipeline, text, "PROTEST")


def test_protests_in_the_street_stay_demonstrations(pipeline):
    text = "خرج آلاف المحتجين في احتجاجات ضد الحكومة الكينية في نيروبي."
    assert of_type(pipeline, text, "PROTEST")
    assert not of_type(pipeline, text, "ACCUSE")


def test_a_resignation_in_protest_lodges_no_complaint(pipeline):
    text = "قدم وزير الخارجية الإيراني استقالته احتجاجا على الاتفاق مع أمريكا."
    assert not of_type(pipeline, text, "ACCUSE")


@pytest.mark.parametrize("text", [
    "ألغت المحكمة العليا في البرازيل مذكرة التوقيف الصادرة بحق الرئيس السابق.",
    "ألغت محكمة في البرازيل أمر اعتقال الوزير السابق.",
])
def test_an_arrest_warrant_cancelled_is_a_concession(pipeline, text):
    assert ("BRA", "BRA") in of_type(pipeline, text, "CONCEDE")
    assert not of_type(pipeline, text, "COERCE")


def test_a_visit_cancelled_after_an_arrest_concedes_nothing(pipeline):
    text = "ألغت الحكومة البرازيلية زيارة الرئيس بعد اعتقال وزير سابق."
    assert not of_type(pipeline, text, "CONCEDE")
    assert of_type(pipeline, text, "COERCE")


@pytest.mark.parametrize(("text", "pair"), [
    ("نشرت البحرية الإيطالية فرقاطة قبالة السواحل الليبية.", ("ITA", "LBY")),
    ("نشرت اليابان غواصة قرب جزر سينكاكو.", ("JPN", "JPN")),
    ("نشرت الولايات المتحدة حاملة طائرات في البحر المتوسط.", ("USA", "USA")),
])
def test_warships_deployed_are_a_mobilisation(pipeline, text, pair):
    assert pair in of_type(pipeline, text, "MOBILIZE")


def test_pictures_of_a_warship_published_deploy_nothing(pipeline):
    assert not of_type(pipeline, "نشرت صحيفة فرنسية صورا لفرقاطة بريطانية.", "MOBILIZE")


@pytest.mark.parametrize("text", [
    "توجه الرئيس الفرنسي رسالة إلى الجزائر.",  # a letter directed to
    "وتوجهت مصر بالشكر إلى السعودية على دعمها.",  # thanks directed to
    "توجه الحكومة المصرية انتقادات حادة إلى إثيوبيا.",  # criticism directed to
    # turning to a body with a complaint: the state named after it is accused, not visited
    "توجهت مصر إلى مجلس الأمن بشكوى ضد إثيوبيا.",
    "توجهت الجزائر إلى محكمة العدل الدولية بدعوى ضد فرنسا.",
])
def test_what_is_directed_to_a_state_is_no_visit(pipeline, text):
    assert not of_type(pipeline, text, "CONSULT")


@pytest.mark.parametrize(("text", "state"), [
    ("ردت المحكمة الدستورية في تايلاند الطعن المقدم من المعارضة.", "THA"),
    ("ردت المحكمة العليا في كينيا الدعوى التي رفعتها المعارضة.", "KEN"),
])
def test_a_court_that_dismisses_a_case_rejects_it(pipeline, text, state):
    assert (state, state) in of_type(pipeline, text, "REJECT")


def test_a_reply_to_a_case_rejects_nothing(pipeline):
    assert not of_type(pipeline, "ردت الحكومة المصرية على الدعوى المرفوعة ضدها.", "REJECT")
