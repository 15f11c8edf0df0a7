"""Conflict and pressure constructions of wave 8 (ASSAULT, COERCE, SANCTION, ACCUSE,
THREATEN, PROTEST, MOBILIZE), each on sentences of our own writing, in English and Arabic."""

from __future__ import annotations

from conftest import event_quads


def test_intercepted_missile_attacks_the_one_who_intercepts(pipeline) -> None:
    text = "Saudi air defences intercept three missiles fired by the Houthis at Jizan."
    assert ("ORG:houthis", "ASSAULT", "SAU", "actual") in event_quads(pipeline, text)


def test_intercepted_drone_sent_from_a_state(pipeline) -> None:
    text = "Romania reports the interception of two drones launched from Russia overnight."
    assert ("RUS", "ASSAULT", "ROU", "actual") in event_quads(pipeline, text)


def test_intercepted_cargo_is_no_attack(pipeline) -> None:
    text = "The French navy intercepts a cargo of Iranian rifles bound for Yemen."
    assert not any(q[1] == "ASSAULT" for q in event_quads(pipeline, text))


def test_intercepted_missile_arabic(pipeline) -> None:
    text = "أعلن الجيش السعودي اعتراض صاروخين باليستيين أطلقا من اليمن باتجاه جازان."
    assert ("YEM", "ASSAULT", "SAU", "actual") in event_quads(pipeline, text, "ar")


def test_launched_single_missile_is_an_attack(pipeline) -> None:
    text = "Hezbollah launches a guided missile at an army post in northern Israel."
    assert ("ORG:hezbollah", "ASSAULT", "ISR", "actual") in event_quads(pipeline, text)


def test_nationality_before_coordinated_weapons_names_the_doer(pipeline) -> None:
    text = "Three farmers are killed in Russian rocket and drone attacks on Kherson."
    assert ("RUS", "ASSAULT", "UKR", "actual") in event_quads(pipeline, text)


def test_nationality_before_a_weapon_modifier_names_the_doer(pipeline) -> None:
    text = "Two nurses are killed in a Russian ballistic missile strike on Sumy."
    quads = event_quads(pipeline, text)
    assert ("RUS", "ASSAULT", "UKR", "actual") in quads
    assert ("UKR", "ASSAULT", "RUS", "actual") not in quads


def test_apposition_after_victims_keeps_them_the_patients(pipeline) -> None:
    text = "Nine Lebanese shepherds, including two boys, are killed by Israeli drones."
    assert ("ISR", "ASSAULT", "LBN", "actual") in event_quads(pipeline, text)


def test_apposition_after_victims_of_an_event_noun(pipeline) -> None:
    text = "Twenty Sudanese villagers, mostly farmers, are killed in Chadian airstrikes."
    assert ("TCD", "ASSAULT", "SDN", "actual") in event_quads(pipeline, text)


def test_apposition_after_victims_arabic(pipeline) -> None:
    text = "قتل عشرون قرويا سودانيا، بينهم ثلاثة أطفال، في غارات جوية تشادية."
    assert ("TCD", "ASSAULT", "SDN", "actual") in event_quads(pipeline, text, "ar")


def test_raid_that_kills_is_an_assault(pipeline) -> None:
    text = "Eight smugglers are killed in a Tunisian army raid near the Libyan border."
    quads = event_quads(pipeline, text)
    assert ("TUN", "ASSAULT", "TUN", "actual") in quads
    assert not any(q[1] == "COERCE" for q in quads)


def test_raid_without_deaths_stays_an_arrest(pipeline) -> None:
    text = "Kenyan police raid the offices of an opposition party in Nairobi."
    quads = event_quads(pipeline, text)
    assert any(q[:2] == ("KEN", "COERCE") for q in quads)
    assert not any(q[1] == "ASSAULT" for q in quads)


def test_raid_that_kills_is_an_assault_arabic(pipeline) -> None:
    text = "قتل عشرة قرويين سودانيين في مداهمات تشادية على الحدود."
    quads = event_quads(pipeline, text, "ar")
    assert ("TCD", "ASSAULT", "SDN", "actual") in quads
    assert not any(q[1] == "COERCE" for q in quads)


def test_one_who_faces_charges_is_the_accused(pipeline) -> None:
    text = "A Kenyan court frees the activist Jane Wambui, who faces sedition charges."
    quads = event_quads(pipeline, text)
    assert ("KEN", "ACCUSE", "KEN", "actual") in quads


def test_faces_trial_is_no_act_of_the_accused(pipeline) -> None:
    # a trial abroad tells the accuser (where it is held) from the accused's own state
    text = "The former Zambian minister faces trial in South Africa for fraud."
    quads = event_quads(pipeline, text)
    assert any(q[:2] == ("ZAF", "ACCUSE") for q in quads)
    assert not any(q[0] == "ZMB" for q in quads)


def test_one_who_faces_charges_arabic(pipeline) -> None:
    text = "أفرجت محكمة كينية عن الناشطة جين وامبوي التي تواجه تهما بالتحريض."
    assert ("KEN", "ACCUSE", "KEN", "actual") in event_quads(pipeline, text, "ar")


def test_operation_that_kills_is_an_assault_at_home(pipeline) -> None:
    text = "Nine gang members are killed during a Honduran police operation in Tegucigalpa."
    assert ("HND", "ASSAULT", "HND", "actual") in event_quads(pipeline, text)


def test_operation_without_deaths_is_no_event(pipeline) -> None:
    text = "Honduran police launch an operation in Tegucigalpa."
    assert not event_quads(pipeline, text)


def test_operation_abroad_is_no_act_at_home(pipeline) -> None:
    text = "A senior smuggler is killed in a French operation."
    assert ("FRA", "ASSAULT", "FRA", "actual") not in event_quads(pipeline, text)
    text = "A senior smuggler is killed in a French operation in Mali."
    quads = event_quads(pipeline, text)
    assert ("FRA", "ASSAULT", "MLI", "actual") in quads
    assert ("FRA", "ASSAULT", "FRA", "actual") not in quads


def test_fallen_fighters_name_their_group_as_the_target(pipeline) -> None:
    text = "Twenty Boko Haram fighters are killed in a Nigerian army raid in Borno."
    assert ("NGA", "ASSAULT", "ORG:boko_haram", "actual") in event_quads(pipeline, text)


def test_group_that_reports_deaths_is_no_victim(pipeline) -> None:
    text = "Hezbollah says 14 people are killed in an Israeli airstrike in Lebanon."
    quads = event_quads(pipeline, text)
    assert ("ISR", "ASSAULT", "ORG:hezbollah", "actual") not in quads
    assert ("ISR", "ASSAULT", "LBN", "actual") in quads


def test_fallen_fighters_arabic(pipeline) -> None:
    text = "قتل عشرون مسلحا من جماعة بوكو حرام في غارة جوية نيجيرية."
    assert ("NGA", "ASSAULT", "ORG:boko_haram", "actual") in event_quads(pipeline, text, "ar")


def test_operation_that_kills_arabic(pipeline) -> None:
    text = "قتل تسعة مسلحين خلال عملية للجيش الهندوري في هندوراس."
    assert ("HND", "ASSAULT", "HND", "actual") in event_quads(pipeline, text, "ar")


def test_closing_own_airspace_restricts_at_home(pipeline) -> None:
    text = "Jordan closes its airspace for six hours as missiles cross the region."
    assert ("JOR", "COERCE", "JOR", "actual") in event_quads(pipeline, text)


def test_closing_airspace_to_another_state_is_a_sanction(pipeline) -> None:
    text = "Morocco closes its airspace to Algerian aircraft."
    assert ("MAR", "SANCTION", "DZA", "actual") in event_quads(pipeline, text)


def test_closing_airspace_arabic(pipeline) -> None:
    text = "أغلق الأردن مجاله الجوي لمدة ست ساعات."
    assert ("JOR", "COERCE", "JOR", "actual") in event_quads(pipeline, text, "ar")


def test_nationality_of_a_band_is_no_target(pipeline) -> None:
    text = "Latvia bans the Belarusian rock band Molchat Doma from performing."
    quads = event_quads(pipeline, text)
    assert ("LVA", "COERCE", "ORG:molchat_doma", "actual") in quads
    assert not any(q[2] == "BLR" for q in quads)


def test_adding_a_state_to_a_list_is_a_sanction(pipeline) -> None:
    text = "The European Union adds Panama to its list of tax havens."
    assert ("EU", "SANCTION", "PAN", "actual") in event_quads(pipeline, text)


def test_removing_a_state_from_a_list_is_a_concession(pipeline) -> None:
    text = "Japan removes South Korea from its export watchlist."
    assert ("JPN", "CONCEDE", "KOR", "actual") in event_quads(pipeline, text)


def test_listing_arabic(pipeline) -> None:
    text = "أدرج الاتحاد الأوروبي بنما على قائمة الملاذات الضريبية."
    assert ("EU", "SANCTION", "PAN", "actual") in event_quads(pipeline, text, "ar")


def test_death_toll_from_an_operation(pipeline) -> None:
    text = "The death toll from a police operation in Quito, Ecuador, rises to twelve."
    assert ("ECU", "ASSAULT", "ECU", "actual") in event_quads(pipeline, text)


def test_death_toll_from_an_operation_arabic(pipeline) -> None:
    text = "ارتفعت حصيلة قتلى العملية التي نفذتها الشرطة في مدينة كيتو الإكوادورية إلى 12."
    assert ("ECU", "ASSAULT", "ECU", "actual") in event_quads(pipeline, text, "ar")


def test_claimed_attack_arabic(pipeline) -> None:
    text = ("قتل ثلاثة جنود في انفجار عبوة ناسفة في إقليم خيبر بختونخوا الباكستاني. "
            "وأعلنت حركة طالبان باكستان مسؤوليتها عن الهجوم.")
    quads = event_quads(pipeline, text, "ar")
    assert any(q[1:] == ("ASSAULT", "PAK", "actual") and q[0].startswith("ORG:") for q in quads)


def test_shot_down_drone_arabic(pipeline) -> None:
    text = "أسقطت تركيا طائرة مسيرة سورية قرب الحدود."
    assert ("TUR", "ASSAULT", "SYR", "actual") in event_quads(pipeline, text, "ar")


def test_airdropped_aid_is_no_shooting_down_arabic(pipeline) -> None:
    text = "أسقطت طائرات مصرية مساعدات على غزة."
    assert not any(q[1] == "ASSAULT" for q in event_quads(pipeline, text, "ar"))


def test_clashes_between_two_named_sides(pipeline) -> None:
    text = "Clashes erupt between Armenia and Azerbaijan on their border."
    quads = event_quads(pipeline, text)
    assert {q[0] for q in quads if q[1] == "ASSAULT"} & {"ARM", "AZE"}
    assert any({q[0], q[2]} == {"ARM", "AZE"} and q[1] == "ASSAULT" for q in quads)


def test_clashes_with_one_named_side_read_as_an_attack(pipeline) -> None:
    text = "Kenya bans the Acme militia after clashes between its members and Kenyan police."
    quads = event_quads(pipeline, text)
    assert ("KEN", "ASSAULT", "ORG:acme", "actual") in quads
    assert {q[:3] for q in quads if q[1] == "ASSAULT"} == {("KEN", "ASSAULT", "ORG:acme")}


def test_clashes_between_arabic(pipeline) -> None:
    text = "اندلعت اشتباكات بين أرمينيا وأذربيجان على الحدود."
    quads = event_quads(pipeline, text, "ar")
    assert any({q[0], q[2]} == {"ARM", "AZE"} and q[1] == "ASSAULT" for q in quads)


def test_recaptured_town_is_an_assault(pipeline) -> None:
    text = "Boko Haram militants recapture Damasak, a town in Borno State, Nigeria."
    assert ("ORG:boko_haram", "ASSAULT", "NGA", "actual") in event_quads(pipeline, text)


def test_control_of_a_town_seized_is_an_assault(pipeline) -> None:
    text = "Al-Shabaab fighters seize control of a village in Hiiraan, Somalia."
    assert ("ORG:al_shabaab", "ASSAULT", "SOM", "actual") in event_quads(pipeline, text)


def test_recaptured_town_is_an_assault_arabic(pipeline) -> None:
    text = "استعادت جماعة بوكو حرام السيطرة على بلدة في ولاية بورنو النيجيرية."
    assert ("ORG:boko_haram", "ASSAULT", "NGA", "actual") in event_quads(pipeline, text, "ar")
