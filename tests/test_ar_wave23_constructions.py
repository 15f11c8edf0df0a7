"""Arabic event constructions of the third wave, each with sentences of our own."""

from conftest import event_quads


def test_future_concession_is_the_concession(pipeline):
    # "Japan will lift the restrictions on Iran": an announced concession is a CONCEDE
    found = event_quads(pipeline, "أعلن رئيس الوزراء الياباني أن اليابان سترفع القيود "
                        "المفروضة على إيران.", "ar")
    assert ("JPN", "CONCEDE", "IRN", "actual") in found


def test_future_meeting_stays_planned(pipeline):
    found = event_quads(pipeline, "سيلتقي الرئيس الفرنسي نظيره البرازيلي في باريس.", "ar")
    assert all(q[3] == "planned" for q in found if q[1] == "CONSULT")


def test_lifting_after_a_long_verb_first_subject_is_a_concession(pipeline):
    # "The Peruvian president, X Y, lifted the state of emergency in the region"
    found = event_quads(pipeline, "رفع الرئيس البيروفي خوسيه خيري حالة الطوارئ في الإقليم.",
                        "ar")
    assert ("PER", "CONCEDE", "PER", "actual") in found
    assert not any(q[1] == "COERCE" for q in found)  # what is lifted is no act


def test_agentless_passive_of_condemning_is_no_domestic_act(pipeline):
    # "The former minister was convicted in 2011 in the Kenyan capital of bribery"
    found = event_quads(pipeline, "أُدين الوزير السابق عام 2011 في العاصمة الكينية بالرشوة.",
                        "ar")
    assert not any(q[1] == "ACCUSE" for q in found)


def test_passive_condemnation_with_its_agent_stays(pipeline):
    found = event_quads(pipeline, "أُدينت روسيا من قبل الحكومة الفرنسية.", "ar")
    assert ("FRA", "ACCUSE", "RUS", "actual") in found


def test_any_before_the_trigger_asserts_no_act(pipeline):
    # "Neither Ghana nor Togo received any invitation from the organisation"
    found = event_quads(pipeline, "أعلنت المجموعة الاقتصادية لدول غرب أفريقيا موعد القمة. "
                        "ولم تتلقَّ حكومتا غانا وتوغو أي دعوة للمشاركة.", "ar")
    assert not any(q[1] == "REQUEST" and q[3] == "actual" for q in found)


def test_the_accused_is_no_accusation(pipeline):
    # "A law pardoning the soldiers accused of abuses in Chile"
    found = event_quads(pipeline, "أقر البرلمان التشيلي قانونا يمنح عفوا للجنود المتهمين "
                        "بارتكاب انتهاكات.", "ar")
    assert not any(q[1] == "ACCUSE" for q in found)


def test_circumstantial_accusing_participle_stays(pipeline):
    found = event_quads(pipeline, "استدعت كولومبيا سفيرها في فنزويلا، متهمة الحكومة "
                        "الفنزويلية بدعم المتمردين.", "ar")
    assert ("COL", "ACCUSE", "VEN", "actual") in found


def test_readiness_shown_after_a_verb_first_subject_is_agreement(pipeline):
    # "The Turkish foreign minister showed his readiness to work with the Syrian government"
    found = event_quads(pipeline, "أبدى وزير الخارجية التركي استعداده للعمل مع الحكومة "
                        "السورية.", "ar")
    assert {q[1] for q in found} == {"AGREE"}
    assert {frozenset((q[0], q[2])) for q in found} == {frozenset(("TUR", "SYR"))}


def test_pledge_of_force_is_a_threat(pipeline):
    found = event_quads(pipeline, "تعهد الرئيس الإيراني بشن هجمات جديدة على إسرائيل.", "ar")
    assert ("IRN", "THREATEN", "ISR", "actual") in found
    assert not any(q[1] == "AGREE" for q in found)


def test_pledge_of_a_withdrawal_is_a_concession(pipeline):
    # "Armenia pledged to withdraw its forces from Azerbaijan": a promised retreat
    found = event_quads(pipeline, "تعهدت أرمينيا بسحب قواتها من أذربيجان.", "ar")
    assert ("ARM", "CONCEDE", "AZE", "actual") in found
    assert not any(q[1] == "AGREE" for q in found)


def test_hostage_taking_is_an_abduction_but_a_hostage_named_is_not(pipeline):
    found = event_quads(pipeline, "احتجز مسلحو حركة الشباب عشرة رهائن كينيين.", "ar")
    assert ("ORG:al_shabaab", "ASSAULT", "KEN", "actual") in found
    # "Hamas published a video of the French hostage"
    found = event_quads(pipeline, "نشرت حركة حماس مقطعا مصورا للرهينة الفرنسي.", "ar")
    assert not any(q[1] == "ASSAULT" for q in found)


def test_court_with_a_long_name_sentences_and_removes(pipeline):
    # "The Supreme Court of Appeal in Kenya sentenced X Y to ten years"
    found = event_quads(pipeline, "قضت محكمة «نيروبي» العليا للاستئناف في كينيا بسجن جون "
                        "موانغي عشر سنوات.", "ar")
    assert ("KEN", "SANCTION", "KEN", "actual") in found
    found = event_quads(pipeline, "عزلت المحكمة العليا في نيبال رئيس الوزراء راجيش كومار "
                        "من منصبه.", "ar")
    assert ("NPL", "SANCTION", "NPL", "actual") in found


def test_modal_obligation_with_a_pronoun_in_reported_speech(pipeline):
    # "The Kenyan minister said the Ugandan president 'will have to accept the talks'"
    found = event_quads(pipeline, "قال وزير الخارجية الكيني إن الرئيس الأوغندي «سيتعين عليه "
                        "قبول المحادثات».", "ar")
    assert ("KEN", "REQUEST", "UGA", "actual") in found


def test_advising_is_a_request(pipeline):
    # "France recommended that the Lebanese government carry out reforms"
    found = event_quads(pipeline, "أوصت الحكومة الفرنسية الحكومة اللبنانية بإجراء إصلاحات.",
                        "ar")
    assert ("FRA", "REQUEST", "LBN", "actual") in found
    found = event_quads(pipeline, "نصح وزير الخارجية الألماني الحكومة الإيرانية بضبط النفس.",
                        "ar")
    assert ("DEU", "REQUEST", "IRN", "actual") in found


def test_two_groups_exchanging_fire_attack_each_other_not_the_place(pipeline):
    # "The Taliban and ISIS militants exchanged heavy fire in Kunar province in Afghanistan"
    found = event_quads(pipeline, "تبادلت حركة طالبان (الأفغانية) ومسلحو تنظيم الدولة "
                        "الإسلامية إطلاق نار كثيفا في ولاية كونار بأفغانستان.", "ar")
    assault = {frozenset((q[0], q[2])) for q in found if q[1] == "ASSAULT"}
    assert assault == {frozenset(("AFG", "ORG:isis"))}  # the Taliban govern Afghanistan


def test_a_coup_staged_is_a_seizure_a_coup_named_is_not(pipeline):
    found = event_quads(pipeline, "نفذ الجيش في النيجر انقلابا على الرئيس المنتخب.", "ar")
    assert ("NER", "COERCE", "NER", "actual") in found
    # "The court jailed the former president after his attempt at a self-coup"
    found = event_quads(pipeline, "سجنت المحكمة العليا في بوليفيا الرئيس السابق إثر محاولته "
                        "تنفيذ انقلاب ذاتي.", "ar")
    assert not any(q[1] == "COERCE" for q in found)


def test_halting_an_execution_is_a_rejection_not_an_arrest(pipeline):
    found = event_quads(pipeline, "أوقفت المحكمة العليا في كينيا مؤقتا تنفيذ قرار الحكومة "
                        "الكينية.", "ar")
    assert ("KEN", "REJECT", "KEN", "actual") in found
    assert not any(q[1] == "COERCE" for q in found)


def test_a_commuted_sentence_is_a_release(pipeline):
    found = event_quads(pipeline, "خفف الرئيس الفلبيني حكم السجن الصادر بحق عضو مجلس الشيوخ "
                        "السابق.", "ar")
    assert ("PHL", "RETREAT", "PHL", "actual") in found
    assert not any(q[1] == "CONCEDE" for q in found)


def test_talks_begun_with_an_armed_group(pipeline):
    found = event_quads(pipeline, "بدأت الحكومة الكولومبية مفاوضات مباشرة مع جيش التحرير "
                        "الوطني في كاراكاس.", "ar")
    assert ("COL", "CONSULT", "ORG:eln", "actual") in found


def test_leaders_of_a_group_condemning_an_attack_expand_to_its_members(pipeline):
    found = event_quads(pipeline, "أدان قادة دول آسيا الوسطى الخمس الهجوم الإيراني على "
                        "أذربيجان.", "ar")
    accusers = {q[0] for q in found if q[1] == "ACCUSE" and q[2] == "IRN"}
    assert accusers == {"KAZ", "KGZ", "TJK", "TKM", "UZB"}
