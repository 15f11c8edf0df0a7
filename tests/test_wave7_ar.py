"""Arabic (and English) argument constructions of wave 7, each with sentences of our own."""

from conftest import event_triples


def test_people_belonging_to_a_group_act_as_the_group(pipeline):
    # "gunmen belonging to al-Shabaab kidnapped ... in Somalia": the group is the subject
    text = "خطف مسلحون ينتمون إلى حركة الشباب ثلاثة من موظفي الإغاثة في الصومال."
    found = event_triples(pipeline, text, "ar")
    assert ("ORG:al_shabaab", "ASSAULT", "SOM") in found
    assert ("SOM", "ASSAULT", "ORG:al_shabaab") not in found
    # a hedge between the noun and the belonging: "suspected of belonging to"
    text = "فتح مسلح يُشتبه في انتمائه إلى تنظيم داعش النار على دورية عراقية."
    assert ("ORG:isis", "ASSAULT", "IRQ") in event_triples(pipeline, text, "ar")


def test_people_arrested_for_belonging_to_a_group_are_the_groups(pipeline):
    text = "اعتقلت الشرطة الكينية سبعة يُشتبه بانتمائهم إلى حركة الشباب."
    found = event_triples(pipeline, text, "ar")
    assert ("KEN", "COERCE", "ORG:al_shabaab") in found
    assert ("KEN", "COERCE", "KEN") not in found


def test_english_people_belonging_to_a_group_act_as_the_group(pipeline):
    text = "Gunmen belonging to al-Shabaab attacked a Somali army base."
    found = event_triples(pipeline, text, "en")
    assert ("ORG:al_shabaab", "ASSAULT", "SOM") in found
    text = "Kenyan police detained seven men suspected of belonging to al-Shabaab."
    found = event_triples(pipeline, text, "en")
    assert ("KEN", "COERCE", "ORG:al_shabaab") in found
    assert ("KEN", "COERCE", "KEN") not in found


def test_a_terrorist_designation_in_every_inflection(pipeline):
    # the imperfect inside an executive order ("an order designating X a terrorist group")
    text = "وقّع الرئيس الأمريكي أمراً تنفيذياً يصنّف رسمياً حركة الشباب منظمةً إرهابية."
    assert ("USA", "SANCTION", "ORG:al_shabaab") in event_triples(pipeline, text, "ar")
    # the verbal noun
    text = "أعلنت كندا تصنيف حركة الشباب منظمة إرهابية."
    assert ("CAN", "SANCTION", "ORG:al_shabaab") in event_triples(pipeline, text, "ar")
    # not a designated group described by the participle
    text = "زار وزير الخارجية المصري الأردن لبحث الجماعات المصنفة منظمات إرهابية."
    assert not any(t == "SANCTION" for _, t, _ in event_triples(pipeline, text, "ar"))


def test_english_designation_as_a_foreign_terrorist_organization(pipeline):
    text = "The State Department designated al-Shabaab as a Foreign Terrorist Organization."
    assert ("USA", "SANCTION", "ORG:al_shabaab") in event_triples(pipeline, text, "en")


def test_an_unknown_organisation_as_subject_leaves_the_doer_unguessed(pipeline):
    # the union the lexicon does not know calls the strike: not the state it is in
    text = "دعت نقابة «ألفا» العمالية في ألمانيا إلى إضراب عن العمل في شركة «دي إتش إل»."
    found = event_triples(pipeline, text, "ar")
    assert not any(s == "DEU" for s, _, _ in found)
    # a known organisation after its noun is still the subject
    text = "دعت حركة حماس إلى إضراب عن العمل في شركة «دي إتش إل»."
    assert ("ORG:hamas", "REQUEST", "ORG:dhl") in event_triples(pipeline, text, "ar")
    # the same call with the union's noun carrying its article (no unknown name after it):
    # the state the text is about is still guessed, so the rule is what left DEU out above
    text = "دعت النقابة العمالية في ألمانيا إلى إضراب عن العمل في شركة «دي إتش إل»."
    assert ("DEU", "REQUEST", "ORG:dhl") in event_triples(pipeline, text, "ar")


def test_part_of_a_group_of_people_is_no_unknown_organisation(pipeline):
    # "a group of MPs called for ...": a preposition after the noun, no name
    text = ("أعلنت ألمانيا خطة جديدة. ودعت مجموعة من النواب إلى إضراب عن العمل في شركة "
            "«دي إتش إل».")
    assert ("DEU", "REQUEST", "ORG:dhl") in event_triples(pipeline, text, "ar")


def test_a_newspaper_reporting_leaves_the_reported_doers_alone(pipeline):
    # "the newspaper X reported that the Israeli police arrested ten protesters"
    text = "ذكرت صحيفة «ألفا» أن الشرطة الإسرائيلية اعتقلت عشرة محتجين."
    assert ("ISR", "COERCE", "ISR") in event_triples(pipeline, text, "ar")


def test_an_attack_in_the_city_of_a_place_targets_its_state(pipeline):
    # "في مدينة X": the town noun between the locative and the name, as "في X"
    text = "شنّت حركة الشباب هجوماً بقذائف الهاون في مدينة بيشاور."
    found = event_triples(pipeline, text, "ar")
    assert ("ORG:al_shabaab", "ASSAULT", "PAK") in found


def test_an_armed_group_signs_an_agreement(pipeline):
    text = "وقّعت الحكومة الكولومبية و«جيش التحرير الوطني» اتفاقاً لوقف إطلاق النار."
    found = event_triples(pipeline, text, "ar")
    assert {("COL", "SUPPORT", "ORG:eln"), ("ORG:eln", "SUPPORT", "COL")} & found
    text = "The Congolese government and the M23 rebels signed a ceasefire agreement."
    found = event_triples(pipeline, text, "en")
    assert {("COD", "SUPPORT", "ORG:m23"), ("ORG:m23", "SUPPORT", "COD")} & found


def test_the_capital_where_an_agreement_is_signed_is_no_party(pipeline):
    # "in the Qatari capital Doha": the venue, after a team noun before the pair
    text = ("وقّع وفدا الحكومة الكولومبية و«جيش التحرير الوطني» في العاصمة الكوبية هافانا "
            "على اتفاق لوقف إطلاق النار.")
    found = event_triples(pipeline, text, "ar")
    assert {("COL", "SUPPORT", "ORG:eln"), ("ORG:eln", "SUPPORT", "COL")} & found
    assert not any("CUB" in (s, t) for s, _, t in found)
