"""Arabic constructions of wave 6 (modality and reading), each with sentences of our own."""

from conftest import event_quads


def test_a_scheduling_word_after_a_noun_trigger_makes_its_act_planned(pipeline):
    # "a scheduled visit by its prime minister to Cyprus will take place in May"
    text = "أكدت اليونان أن زيارة مقررة لرئيس وزرائها إلى قبرص ستتم في مايو."
    found = event_quads(pipeline, text, "ar")
    assert ("GRC", "CONSULT", "CYP", "planned") in found
    # "an expected visit" (مرتقبة), announced
    found = event_quads(pipeline, "أعلنت اليونان عن زيارة مرتقبة لرئيس وزرائها إلى قبرص.", "ar")
    assert ("GRC", "CONSULT", "CYP", "planned") in found
    # an adjective between the noun and the word: "the scheduled phone call between ..."
    text = "وناقش الوزيران الاتصال الهاتفي المقرر بين الرئيس الأمريكي ونظيره الروسي."
    found = event_quads(pipeline, text, "ar")
    assert ("USA", "CONSULT", "RUS", "planned") in found


def test_a_noun_trigger_with_no_scheduling_word_stays_actual(pipeline):
    found = event_quads(pipeline, "أعلنت اليونان عن زيارة لرئيس وزرائها إلى قبرص.", "ar")
    assert ("GRC", "CONSULT", "CYP", "actual") in found
    # "مقرر" with a body's name after it is the rapporteur, not "scheduled"
    found = event_quads(pipeline, "انتقد مقرر الأمم المتحدة إسرائيل.", "ar")
    assert ("UN", "ACCUSE", "ISR", "actual") in found


def test_what_an_act_prepares_is_planned(pipeline):
    # "Russia massed its forces on the border in preparation for invading Ukraine"
    found = event_quads(pipeline, "حشدت روسيا قواتها على الحدود تمهيداً لاجتياح أوكرانيا.", "ar")
    assert ("RUS", "ASSAULT", "UKR", "planned") in found
    assert ("RUS", "ASSAULT", "UKR", "actual") not in found


def test_the_plural_agent_marker_names_the_doer_of_a_passive(pipeline):
    # "three Palestinians were killed at the hands (أيدي, plural) of Israeli forces"
    found = event_quads(pipeline, "قُتل ثلاثة فلسطينيين على أيدي القوات الإسرائيلية.", "ar")
    assert ("ISR", "ASSAULT", "PSE", "actual") in found
    assert ("PSE", "ASSAULT", "ISR", "actual") not in found
    found = event_quads(pipeline, "خُطف ثلاثة نيجيريين على أيدي جماعة بوكو حرام.", "ar")
    assert ("ORG:boko_haram", "ASSAULT", "NGA", "actual") in found


def test_the_fighters_of_a_group_after_an_agent_marker_make_it_the_doer(pipeline):
    # "a Somali soldier was killed at the hands of al-Shabaab fighters"
    found = event_quads(pipeline, "قُتل جندي صومالي على يد مسلحي حركة الشباب.", "ar")
    assert ("ORG:al_shabaab", "ASSAULT", "SOM", "actual") in found


def test_the_martyred_are_the_victims_of_who_killed_them(pipeline):
    # "at least 20 Palestinians were killed (استشهد) at the hands of the Israeli army"
    text = "استشهد ما لا يقل عن عشرين فلسطينياً على يد الجيش الإسرائيلي في رفح."
    found = event_quads(pipeline, text, "ar")
    assert ("ISR", "ASSAULT", "PSE", "actual") in found
    assert ("PSE", "ASSAULT", "ISR", "actual") not in found
    # "the government cited (استشهدت ب) three cases": no attack
    found = event_quads(pipeline, "واستشهدت الحكومة السودانية بثلاث قضايا أمام اللجنة.", "ar")
    assert not any(q[1] == "ASSAULT" for q in found)


def test_insisting_on_the_need_for_an_act_requests_it(pipeline):
    # "Egypt rejected the plan, stressing the need for Israeli forces to withdraw"
    text = "رفضت مصر الخطة، مشددةً على ضرورة انسحاب القوات الإسرائيلية من رفح."
    found = event_quads(pipeline, text, "ar")
    assert ("EGY", "REQUEST", "ISR", "actual") in found
    # the same in English
    text = "Egypt rejected the plan, stressing the need for Israel to withdraw its forces."
    found = event_quads(pipeline, text, "en")
    assert ("EGY", "REQUEST", "ISR", "actual") in found


def test_a_death_sentence_in_the_construct_state_convicts(pipeline):
    # "a court in Chad issued a sentence in absentia of executing (بإعدام) the rebel leader"
    text = "أصدرت محكمة في تشاد حكماً غيابياً بإعدام زعيم المتمردين التشادي."
    found = event_quads(pipeline, text, "ar")
    assert ("TCD", "SANCTION", "TCD", "actual") in found


def test_a_visit_in_the_future_tense_is_planned(pipeline):
    # "the presidency announced that the French president will visit Egypt next month"
    text = "أعلنت الرئاسة أن الرئيس الفرنسي سيزور مصر الشهر المقبل."
    found = event_quads(pipeline, text, "ar")
    assert ("FRA", "CONSULT", "EGY", "planned") in found
    found = event_quads(pipeline, "وزار الرئيس الفرنسي مصر.", "ar")
    assert ("FRA", "CONSULT", "EGY", "actual") in found


def test_a_province_named_after_its_noun_is_no_boycott(pipeline):
    # "a pipeline to the province (مقاطعة, also 'boycott') of British Columbia"
    text = "تعهدت كندا بإنشاء خط أنابيب نفطي إلى مقاطعة كولومبيا البريطانية."
    found = event_quads(pipeline, text, "ar")
    assert not any(q[1] == "PROTEST" for q in found)
    # a boycott with a definite object stays one
    found = event_quads(pipeline, "هددت الصين بمقاطعة المنتجات اليابانية.", "ar")
    assert ("CHN", "PROTEST", "JPN", "actual") in found


def test_a_missile_strike_is_an_attack_with_heavy_weapons(pipeline):
    # "three Ukrainians were killed by a Russian missile strike (ضربة صاروخية)"
    text = "قُتل ثلاثة أوكرانيين جراء ضربة صاروخية روسية على خاركيف."
    found = event_quads(pipeline, text, "ar")
    assert ("RUS", "ASSAULT", "UKR", "actual") in found
