"""Arabic news constructions on sentences of our own writing: police shootings, possible
acts, attribution, halts that are no arrests, casualties as victims, requests and what they
ask for, an organisation with its members, titled persons the lexicon does not know,
resignations by retirement, declined comments, unmarked relative clauses."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import event_triples

events = partial(event_triples, lang="ar")


@pytest.mark.parametrize("text", [
    "أطلقت الشرطة البريطانية النار على المهاجم فأردته قتيلاً.",
    "قُتل المهاجم برصاص الشرطة البريطانية قرب الجسر.",
])
def test_police_shooting_an_unnamed_gunman_is_a_domestic_assault(pipeline, text):
    assert ("GBR", "ASSAULT", "GBR") in events(pipeline, text)


@pytest.mark.parametrize("verb", ["اعتُقل", "احتُجز", "أُوقف"])
def test_a_voweled_passive_arrest_with_no_agent_is_the_focal_states(pipeline, verb):
    """Forms VIII and X carry the passive damma on their third letter ("اعتُقل")."""
    text = f"خرجت مظاهرات حاشدة في جورجيا يوم الأحد. و{verb} عشرات المتظاهرين في العاصمة."
    assert ("GEO", "COERCE", "GEO") in events(pipeline, text)


def test_an_active_form_viii_verb_is_no_passive(pipeline):
    found = events(pipeline, "اعتَقلت الشرطة التركية صحفياً سورياً في إسطنبول.")
    assert ("TUR", "COERCE", "SYR") in found


def test_the_shooter_after_birasas_is_the_source(pipeline):
    found = events(pipeline, "قُتل جندي تشادي برصاص الجيش السوداني.")
    assert ("SDN", "ASSAULT", "TCD") in found
    assert ("TCD", "ASSAULT", "SDN") not in found


@pytest.mark.parametrize("text", [
    "يمكن أن تهاجم روسيا أوكرانيا في الربيع.",
    "من المحتمل أن تفرض الولايات المتحدة عقوبات على روسيا.",
])
def test_a_possible_act_is_hypothetical(pipeline, text):
    found = pipeline(text, "ar", "2025-03-01").extraction.events
    assert found and all(e.modality == "hypothetical" for e in found)


def test_in_a_state_of_is_no_condition(pipeline):
    found = pipeline("أعلنت الحكومة المصرية أنها في حالة تأهب وفرضت عقوبات على إسرائيل.",
                     "ar", "2025-03-01").extraction.events
    assert all(e.modality != "hypothetical" for e in found)


@pytest.mark.parametrize(("text", "triple"), [
    ("نسبت وزارة الدفاع الأمريكية الهجوم إلى جماعة الحوثي.", ("USA", "ACCUSE", "ORG:houthis")),
    ("عزت السلطات الباكستانية الهجوم الانتحاري إلى حركة طالبان.",
     ("PAK", "ACCUSE", "AFG")),  # the Taliban in government are Afghanistan
    ("وتنسب الحكومة العراقية التفجيرات إلى تنظيم داعش.", ("IRQ", "ACCUSE", "ORG:isis")),
])
def test_an_attack_attributed_to_a_doer_accuses_it(pipeline, text, triple):
    found = events(pipeline, text)
    assert triple in found
    assert not {t for t in found if t[1] == "ASSAULT"}  # the attributer attacked no one


@pytest.mark.parametrize("text", [
    "وعزا البيان الأمريكي وفاته إلى مضاعفات جلطة.",
    "ارتفعت نسبة الصادرات الأمريكية إلى الصين.",
])
def test_a_cause_or_a_rate_is_no_attribution(pipeline, text):
    assert not {t for t in events(pipeline, text) if t[1] == "ACCUSE"}


@pytest.mark.parametrize("text", [
    "أوقف القاضي الأمريكي تنفيذ الأمر التنفيذي.",
    "أوقفت الشبكة الأمريكية بث البرنامج.",
    "وقال بيان صادر عن الحكومة المصرية إن الاتفاق مهم.",
    "أجاب مرشح حزب الحظر الأمريكي عن أسئلة الصحفيين.",
])
def test_halting_an_act_issuing_or_a_party_name_is_no_coercion(pipeline, text):
    assert not {t for t in events(pipeline, text) if t[1] == "COERCE"}


@pytest.mark.parametrize(("text", "triple"), [
    ("أوقفت الشرطة الأمريكية خمسة محتجين في نيويورك.", ("USA", "COERCE", "USA")),
    ("صادرت السلطات الإيرانية ناقلة نفط بريطانية.", ("IRN", "COERCE", "GBR")),
    ("حظرت الحكومة الروسية حزب المعارضة.", ("RUS", "COERCE", "RUS")),
])
def test_arrests_seizures_and_bans_stay_coercion(pipeline, text, triple):
    assert triple in events(pipeline, text)


@pytest.mark.parametrize(("text", "triple"), [
    ("قُتل ثلاثة جنود إسرائيليين في هجوم شنته حركة حماس.", ("ORG:hamas", "ASSAULT", "ISR")),
    ("قُتل جنديان باكستانيان في هجوم لحركة طالبان.", ("AFG", "ASSAULT", "PAK")),
    ("قُتل جنديان سوريان في غارة للجيش الإسرائيلي.", ("ISR", "ASSAULT", "SYR")),
    ("أصيب خمسة مستوطنين إسرائيليين في هجوم شنته حركة حماس.",
     ("ORG:hamas", "ASSAULT", "ISR")),
])
def test_the_nationality_of_casualties_is_the_target(pipeline, text, triple):
    found = events(pipeline, text)
    assert triple in found
    assert (triple[2], "ASSAULT", triple[0]) not in found


@pytest.mark.parametrize("text", [
    "قُتل ثلاثة جنود أمريكيين في هجوم بطائرة مسيرة في الأردن.",
    "أصيب خمسة مستوطنين إسرائيليين في هجوم بالضفة الغربية.",
])
def test_casualties_with_no_doer_named_make_no_doer(pipeline, text):
    assert not {t for t in events(pipeline, text) if t[1] == "ASSAULT"}


@pytest.mark.parametrize(("text", "state"), [
    ("طلب الرئيس الأمريكي من مستشار الأمن القومي الاستقالة.", "USA"),
    ("طلب الرئيس الفرنسي من وزير الداخلية تقديم تقرير.", "FRA"),
])
def test_a_request_to_an_office_with_no_state_is_domestic(pipeline, text, state):
    assert (state, "REQUEST", state) in events(pipeline, text)


def test_urge_in_its_doubled_root_forms(pipeline):
    urged = events(pipeline, "حثت الولايات المتحدة إيران على وقف التخصيب.")
    assert ("USA", "REQUEST", "IRN") in urged
    diligent = events(pipeline, "تبذل الحكومة المصرية جهودا حثيثة للتهدئة.")
    assert not {t for t in diligent if t[1] == "REQUEST"}


def test_the_shooters_group_after_min_is_the_source(pipeline):
    found = events(pipeline, "قُتل شرطي كولومبي برصاص قناص من جيش التحرير الوطني.")
    assert ("ORG:eln", "ASSAULT", "COL") in found
    assert ("COL", "ASSAULT", "COL") not in found


@pytest.mark.parametrize(("text", "triple"), [
    ("أعلن الاتحاد الأوروبي ودوله الأعضاء تقديم مساعدات لأوكرانيا.", ("EU", "AID", "UKR")),
    ("فرض الاتحاد الأوروبي ودوله الأعضاء عقوبات على روسيا.", ("EU", "SANCTION", "RUS")),
    ("أدان الاتحاد الأوروبي ودوله الأعضاء الهجوم الروسي على أوكرانيا.", ("EU", "ACCUSE", "RUS")),
])
def test_an_organisation_with_its_member_states_is_one_actor(pipeline, text, triple):
    assert triple in events(pipeline, text)


def test_a_titled_person_the_lexicon_does_not_know_still_governs_the_act(pipeline):
    found = events(pipeline, "أدان رئيس الوزراء الهولندي ديك شوف الهجوم الروسي على أوكرانيا.")
    assert ("NLD", "ACCUSE", "RUS") in found
    assert ("NLD", "ACCUSE", "UKR") not in found


def test_a_titled_person_by_context(pipeline):
    text = ("وصل رئيس الوزراء الهولندي ديك شوف إلى برلين. "
            "وأدان رئيس الوزراء ديك شوف الهجوم الروسي على أوكرانيا.")
    assert ("NLD", "ACCUSE", "RUS") in events(pipeline, text)


def test_retiring_from_an_office_is_a_resignation(pipeline):
    assert ("USA", "RETREAT", "USA") in events(
        pipeline, "تقاعد القاضي الأمريكي من المحكمة العليا عام 2010.")
    assert not events(pipeline, "رفعت الحكومة الفرنسية سن التقاعد من 62 إلى 64 عاما.")


@pytest.mark.parametrize("text", [
    "حثّ أكثر من 100 عضو في البرلمان الصومالي الرئيسَ حسن شيخ محمود على الاستقالة.",
    "طلب الرئيس الأمريكي من مستشار الأمن القومي أن يستقيل.",
])
def test_a_resignation_asked_for_is_no_resignation(pipeline, text):
    assert not {t for t in events(pipeline, text) if t[1] == "RETREAT"}


def test_a_request_to_a_title_alone_is_domestic(pipeline):
    found = events(pipeline, "حث وزير الخارجية الأمريكي الرئيس على التوقيع.")
    assert ("USA", "REQUEST", "USA") in found


@pytest.mark.parametrize(("text", "triple"), [
    ("ندد الرئيس الفرنسي بهجوم شنته روسيا على أوكرانيا.", ("FRA", "ACCUSE", "RUS")),
    ("أدانت مصر هجوما إرهابيا نفذه تنظيم داعش في سيناء.", ("EGY", "ACCUSE", "ORG:isis")),
])
def test_the_doer_of_an_indefinite_act_in_its_unmarked_relative_clause(pipeline, text, triple):
    found = events(pipeline, text)
    assert triple in found
    assert (triple[0], "ACCUSE", triple[0]) not in found


@pytest.mark.parametrize("text", [
    "وسألت الصحافة الرئيس الأمريكي عن الأمر، إلا أنه رفض التعليق.",
    "رفضت وزارة الخارجية الروسية التعليق على التقارير.",
])
def test_declining_to_comment_rejects_no_one(pipeline, text):
    assert not events(pipeline, text)


def test_a_rejection_stays_one(pipeline):
    assert ("RUS", "REJECT", "USA") in events(pipeline, "رفضت روسيا المقترح الأمريكي.")


def test_a_feminine_noun_before_a_nisba_is_no_relative_verb(pipeline):
    found = events(pipeline, "اعترضت البحرية الأمريكية شحنة أسلحة إيرانية.")
    assert ("USA", "COERCE", "IRN") in found
    assert ("IRN", "COERCE", "USA") not in found


def test_what_an_accusation_alleges_after_a_long_name_is_no_act(pipeline):
    found = events(pipeline, "اتهم مجلس حقوق الإنسان التابع للأمم المتحدة إسرائيل بارتكاب "
                             "أعمال إبادة جماعية بحق الفلسطينيين.")
    assert ("UNHRC", "ACCUSE", "ISR") in found
    assert not {t for t in found if t[1] == "ASSAULT"}


def test_a_sea_named_after_a_state_is_no_mention_of_it(pipeline):
    found = events(pipeline, "أعلن حاكم ولاية لويزيانا الأمريكية المطلة على خليج المكسيك "
                             "حالة الطوارئ في الولاية.")
    assert not {t for t in found if "MEX" in (t[0], t[2])}
