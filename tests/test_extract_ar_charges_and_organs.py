"""Arabic constructions the English rendering of the same sentence already read, each with
sentences of our own: a charge directed to a long description of the charged, an organ with
a level adjective ("الشرطة الفيدرالية النيجيرية"), the Janjaweed's Arabic name, a bare house
of parliament standing for its state."""

from conftest import event_quads


def test_a_charge_directed_to_a_long_description_is_an_indictment(pipeline):
    # "The Kenyan prosecution directed to the former governor of a county, X Y, a charge of
    # corruption": the charged one described at length between "إلى" and the charge
    found = event_quads(pipeline, "وجّهت النيابة العامة الكينية إلى الحاكم السابق لمقاطعة "
                        "ساحلية جون موانغي تهمة الفساد.", "ar")
    assert ("KEN", "ACCUSE", "KEN", "actual") in found


def test_a_federal_organ_acts_for_its_state(pipeline):
    # "The Nigerian federal police arrested twenty protesters": the level adjective between
    # the organ noun and the state's adjective
    found = event_quads(pipeline, "اعتقلت الشرطة الفيدرالية النيجيرية عشرين متظاهرا.", "ar")
    assert ("NGA", "COERCE", "NGA", "actual") in found
    found = event_quads(pipeline, "حظرت الحكومة الاتحادية الإثيوبية التجمعات في العاصمة.", "ar")
    assert ("ETH", "COERCE", "ETH", "actual") in found


def test_the_janjaweed_are_an_armed_group_in_both_languages(pipeline):
    # "A Sudanese court jailed a Janjaweed commander": the militia's Arabic name is known
    found = event_quads(pipeline, "قضت محكمة سودانية بسجن قائد في ميليشيا الجنجويد عشر سنوات.",
                        "ar")
    assert ("SDN", "SANCTION", "ORG:janjaweed", "actual") in found
    found = event_quads(pipeline, "A Sudanese court jailed a Janjaweed commander for ten years.")
    assert ("SDN", "SANCTION", "ORG:janjaweed", "actual") in found


def test_a_bare_house_of_parliament_is_its_states_organ(pipeline):
    # "The Chilean government asked the Senate to approve the budget": the bare house
    # stands for the state of its context, as English "the Senate" does
    found = event_quads(pipeline, "طلبت الحكومة التشيلية من مجلس الشيوخ إقرار الموازنة.", "ar")
    assert ("CHL", "REQUEST", "CHL", "actual") in found
    found = event_quads(pipeline, "رفض مجلس النواب في ولاية تكساس الأمريكية مشروع القانون.",
                        "ar")
    assert ("USA", "REJECT", "USA", "actual") in found
