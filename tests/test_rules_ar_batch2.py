"""Arabic event constructions from the dev set's batch 2 (conflict types), each with
sentences of our own."""

from conftest import event_quads


def test_suspending_cooperation_or_flights_with_a_state_sanctions_it(pipeline):
    # "Egypt suspended its cooperation with Ethiopia": SANCTION, not COOPERATE
    found = event_quads(pipeline, "علّقت مصر تعاونها الأمني مع إثيوبيا.", "ar")
    assert ("EGY", "SANCTION", "ETH", "actual") in found
    assert not any(q[1] == "COOPERATE" for q in found)
    # "Jordan announced the suspension of flights with Syria"
    found = event_quads(pipeline, "أعلن الأردن تعليق الرحلات الجوية مع سوريا.", "ar")
    assert ("JOR", "SANCTION", "SYR", "actual") in found


def test_a_suspended_programme_for_a_state_is_no_aid_to_it(pipeline):
    # "Germany suspended its programme of development aid to Niger"
    found = event_quads(pipeline, "علّقت ألمانيا برنامجها للمساعدات التنموية للنيجر.", "ar")
    assert ("DEU", "SANCTION", "NER", "actual") in found
    assert not any(q[1] == "AID" for q in found)


def test_commenting_on_cooperation_suspends_nothing(pipeline):
    # "علّق على" is "commented on"
    found = event_quads(pipeline, "علّقت تونس على التعاون مع ليبيا.", "ar")
    assert not any(q[1] == "SANCTION" for q in found)


def test_aid_withheld_by_a_nisba_state_is_withheld_from_the_place_named(pipeline):
    # "Hospitals in Gaza ran out of fuel because of the Israeli blockade on aid"
    found = event_quads(pipeline, "نفد الوقود في مستشفيات غزة بسبب الحصار الإسرائيلي على "
                        "المساعدات.", "ar")
    assert ("ISR", "COERCE", "PSE", "actual") in found
    assert ("ISR", "COERCE", "ISR", "actual") not in found


def test_tariffs_cut_by_a_state_are_a_concession_not_a_sanction(pipeline):
    # "Vietnam cut its customs duties on American goods"
    found = event_quads(pipeline, "خفّضت فيتنام الرسوم الجمركية على السلع الأمريكية.", "ar")
    assert ("VNM", "CONCEDE", "USA", "actual") in found
    assert not any(q[1] == "SANCTION" for q in found)


def test_tariff_relief_an_agreement_provides_is_its_term(pipeline):
    # "Chile and Japan signed a trade agreement under which customs duties will be abolished"
    found = event_quads(pipeline, "وقّعت تشيلي واليابان اتفاقية تجارية، ستُلغى بموجبها "
                        "الرسوم الجمركية على معظم السلع.", "ar")
    assert not any(q[1] in ("CONCEDE", "SANCTION") for q in found)
    # "... an agreement that cuts customs duties on cars"
    found = event_quads(pipeline, "أبرمت كوريا الجنوبية وكندا اتفاقاً تجارياً يخفض الرسوم "
                        "الجمركية على السيارات.", "ar")
    assert not any(q[1] in ("CONCEDE", "SANCTION") for q in found)


def test_an_attack_on_a_town_named_after_its_noun_is_on_the_towns_state(pipeline):
    # "Three were wounded in a Russian drone attack on the city of Odesa"
    found = event_quads(pipeline, "أصيب ثلاثة أشخاص في هجوم بمسيرة روسية على مدينة "
                        "أوديسا.", "ar")
    assert ("RUS", "ASSAULT", "UKR", "actual") in found


def test_a_punitive_act_planned_unless_a_condition_is_met_threatens(pipeline):
    # "Ghana announced it will end its contracts with Boeing unless the United States lifts
    # its tariffs": the act is hypothetical, a threat to the one who must meet the condition
    found = event_quads(pipeline, "أعلنت غانا أنها ستنهي عقودها مع شركة بوينغ ما لم ترفع "
                        "الولايات المتحدة رسومها الجمركية.", "ar")
    assert ("GHA", "THREATEN", "USA", "actual") in found
    assert ("GHA", "SANCTION", "ORG:boeing", "hypothetical") in found


def test_a_planned_act_with_no_condition_is_no_threat(pipeline):
    found = event_quads(pipeline, "أعلنت غانا أنها ستنهي عقودها مع شركة بوينغ.", "ar")
    assert ("GHA", "SANCTION", "ORG:boeing", "planned") in found
    assert not any(q[1] == "THREATEN" for q in found)


def test_an_announced_intention_makes_the_act_planned(pipeline):
    # "The Netherlands announced its intention to impose sanctions on Iran"
    found = event_quads(pipeline, "أعلنت هولندا عزمها فرض عقوبات على إيران.", "ar")
    assert ("NLD", "SANCTION", "IRN", "planned") in found
    assert ("NLD", "SANCTION", "IRN", "actual") not in found


def test_concluding_a_deal_with_a_state_is_an_agreement(pipeline):
    # "Japan announced the conclusion of a new trade agreement with Chile"
    found = event_quads(pipeline, "أعلنت اليابان إبرام اتفاقية تجارية جديدة مع تشيلي.", "ar")
    assert ("JPN", "AGREE", "CHL", "actual") in found
    assert not any(q[1] == "SUPPORT" for q in found)


def test_the_nationality_of_the_deported_is_the_target_not_the_doer(pipeline):
    # "Germany suspended its programme after the deportation of an Afghan student"
    found = event_quads(pipeline, "علّقت ألمانيا برنامجها للتبادل الثقافي إثر ترحيل طالبة "
                        "أفغانية.", "ar")
    assert ("DEU", "COERCE", "AFG", "actual") in found
    assert not any(q[0] == "AFG" and q[1] == "COERCE" for q in found)


def test_cyber_operations_against_a_state_coerce_it(pipeline):
    # "China carried out offensive cyber operations against Taiwan": COERCE cyber, and the
    # adjective "offensive" is no attack of its own
    found = event_quads(pipeline, "نفذت الصين عمليات سيبرانية هجومية ضد تايوان.", "ar")
    assert ("CHN", "COERCE", "TWN", "actual") in found
    assert not any(q[1] == "ASSAULT" for q in found)
    # "Iran tried to hack the computers of officers in the Iraqi army"
    found = event_quads(pipeline, "حاولت إيران اختراق أجهزة الكمبيوتر الخاصة بضباط في الجيش "
                        "العراقي.", "ar")
    assert any(q[:3] == ("IRN", "COERCE", "IRQ") for q in found)


def test_a_court_that_blocks_a_government_act_rejects_it(pipeline):
    # "A Brazilian federal judge blocked President Lula da Silva's administration from
    # deporting the migrants": no ban (COERCE restrict) by the judge
    found = event_quads(pipeline, "منعت القاضية الفيدرالية البرازيلية إدارة الرئيس لولا دا "
                        "سيلفا من ترحيل المهاجرين.", "ar")
    assert ("BRA", "REJECT", "BRA", "actual") in found
    assert not any(q[1] == "COERCE" for q in found)
    # the police halting people is still an arrest
    found = event_quads(pipeline, "أوقفت الشرطة البرازيلية ثلاثة متظاهرين.", "ar")
    assert ("BRA", "COERCE", "BRA", "actual") in found
    assert not any(q[1] == "REJECT" for q in found)


def test_a_base_or_town_taken_by_force_is_an_assault(pipeline):
    # "Al-Shabaab fighters seized a base of the Somali armed forces": ASSAULT, not COERCE
    found = event_quads(pipeline, "استولى مسلحو حركة الشباب على قاعدة للقوات المسلحة "
                        "الصومالية.", "ar")
    assert ("ORG:al_shabaab", "ASSAULT", "SOM", "actual") in found
    assert not any(q[1] == "COERCE" for q in found)
