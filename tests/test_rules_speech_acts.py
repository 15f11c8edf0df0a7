"""Speech acts (REQUEST, ACCUSE, REJECT) from the dev set's batch 3, each on sentences of our
own writing, in English and Arabic: protesters' demands of their own government or leader
are requests to their own state, whatever other state the demand names."""

from __future__ import annotations

import pytest

from conftest import event_quads, event_triples


def test_protesters_demand_that_their_government_act_on_another_state(pipeline) -> None:
    text = ("Thousands of protesters rally in Madrid, Spain, demanding that the Spanish "
            "government cut arms sales to Israel.")
    quads = event_quads(pipeline, text)
    assert ("ESP", "REQUEST", "ESP", "actual") in quads
    assert ("ESP", "REQUEST", "ISR", "actual") not in quads


def test_marchers_call_for_their_president_to_resign(pipeline) -> None:
    text = ("Tens of thousands of people march in Belgrade, Serbia, to protest and call for "
            "President Aleksandar Vučić to step down.")
    assert ("SRB", "REQUEST", "SRB", "actual") in event_quads(pipeline, text)


def test_a_named_state_calling_on_another_leader_stays_foreign(pipeline) -> None:
    text = "Germany calls on President Vladimir Putin to withdraw his troops."
    quads = event_quads(pipeline, text)
    assert ("DEU", "REQUEST", "RUS", "actual") in quads
    assert not any(q[1] == "REQUEST" and q[0] == q[2] for q in quads)


def test_without_a_demonstration_no_one_is_made_to_ask(pipeline) -> None:
    text = "Reporters asked President Emmanuel Macron about the budget on Tuesday."
    assert not any(q[1] == "REQUEST" for q in event_quads(pipeline, text))


def test_arabic_protesters_demanding_their_government(pipeline) -> None:
    text = ("تظاهر آلاف الأشخاص في مدينة مدريد الإسبانية، مطالبين الحكومة الإسبانية بوقف "
            "صفقات السلاح مع إسرائيل.")
    quads = event_quads(pipeline, text, "ar")
    assert ("ESP", "REQUEST", "ESP", "actual") in quads
    assert ("ESP", "REQUEST", "ISR", "actual") not in quads


def test_arabic_protesters_demanding_their_leader_resign(pipeline) -> None:
    text = ("احتشد عشرات الآلاف في العاصمة الصربية بلغراد، مطالبين الرئيس ألكسندر فوتشيتش "
            "بالتنحي.")
    assert ("SRB", "REQUEST", "SRB", "actual") in event_quads(pipeline, text, "ar")


def test_arabic_verb_first_speaker_is_no_addressee(pipeline) -> None:
    text = "دعا الرئيس الفرنسي إيمانويل ماكرون روسيا إلى وقف إطلاق النار."
    quads = event_quads(pipeline, text, "ar")
    assert ("FRA", "REQUEST", "RUS", "actual") in quads
    assert ("FRA", "REQUEST", "FRA", "actual") not in quads


def test_appealing_a_verdict_rejects_the_own_court_planned(pipeline) -> None:
    text = ("A court in Nairobi convicts Kenyan opposition activist John Mwangi of incitement. "
            "Mwangi says he will appeal the ruling.")
    assert ("KEN", "REJECT", "KEN", "planned") in event_quads(pipeline, text)


def test_a_verdict_the_lawyers_plan_to_appeal(pipeline) -> None:
    text = ("A Tunisian court sentences a blogger to five years in prison, a sentence her "
            "lawyers intend to appeal.")
    quads = event_quads(pipeline, text)
    assert ("TUN", "REJECT", "TUN", "planned") in quads


def test_an_appeal_to_a_state_stays_a_request(pipeline) -> None:
    text = "Egypt appeals to Ethiopia to resume talks on the dam."
    quads = event_quads(pipeline, text)
    assert ("EGY", "REQUEST", "ETH", "actual") in quads
    assert not any(q[1] == "REJECT" for q in quads)


@pytest.mark.parametrize("text", [
    "Kenya appealed directly to Uganda for more border troops.",
    "Somalia appealed once more to Kenya for food aid.",
])
def test_an_adverb_after_appeal_to_a_state_rejects_no_verdict(pipeline, text: str) -> None:
    quads = event_quads(pipeline, text)
    assert not any(q[1] == "REJECT" for q in quads), quads


def test_an_appeals_court_and_a_lost_appeal_reject_nothing(pipeline) -> None:
    text = ("A French appeals court upholds the sentence of a former minister, who loses his "
            "appeal pending a Supreme Court appeal.")
    assert not any(q[1] == "REJECT" for q in event_quads(pipeline, text))


def test_arabic_appeal_of_a_verdict(pipeline) -> None:
    text = ("قضت محكمة تونسية بسجن مدوّن خمس سنوات، فيما أكد محاموه أنهم سيستأنفون الحكم.")
    assert ("TUN", "REJECT", "TUN", "planned") in event_quads(pipeline, text, "ar")


def test_arabic_verdict_the_defence_intends_to_challenge(pipeline) -> None:
    text = ("صدر حكم بسجن الوزير الكيني السابق عشر سنوات، وهو حكم يعتزم محاموه الطعن فيه.")
    assert ("KEN", "REJECT", "KEN", "planned") in event_quads(pipeline, text, "ar")


def test_arabic_resumed_talks_and_a_stabbing_are_no_appeal(pipeline) -> None:
    text = "استأنفت مصر وإثيوبيا المحادثات، فيما طعن رجل شرطيا في القاهرة."
    assert not any(q[1] == "REJECT" for q in event_quads(pipeline, text, "ar"))


def test_appealing_against_a_sentence_rejects_it(pipeline) -> None:
    text = ("A court in Manila sentences a Philippine senator to ten years in prison, and the "
            "senator says he will appeal against the sentence.")
    assert ("PHL", "REJECT", "PHL", "planned") in event_quads(pipeline, text)


def test_a_reply_answers_the_main_subject_not_a_condition(pipeline) -> None:
    text = ("Japan announces plans to impose a 30% tariff on South Korea if South Korea does "
            "not lift its ban on Japanese seafood by March. South Korea rejects the ultimatum.")
    quads = event_quads(pipeline, text)
    assert ("KOR", "REJECT", "JPN", "actual") in quads


def test_a_reply_still_answers_an_accuser(pipeline) -> None:
    text = ("Azerbaijan accuses Armenia of shelling its positions. Armenia dismisses the "
            "accusation.")
    assert ("ARM", "REJECT", "AZE", "actual") in event_quads(pipeline, text)


def test_arabic_reply_answers_the_main_subject_not_a_condition(pipeline) -> None:
    text = ("أعلنت اليابان أنها ستفرض رسوماً جمركية على كوريا الجنوبية إذا لم ترفع كوريا "
            "الجنوبية حظرها على المأكولات البحرية. ورفضت كوريا الجنوبية هذا الإنذار.")
    assert ("KOR", "REJECT", "JPN", "actual") in event_quads(pipeline, text, "ar")


def test_an_allegation_in_a_punishments_reason_is_the_punishers(pipeline) -> None:
    text = "Turkish police detain two Syrian smugglers over alleged human trafficking."
    quads = event_quads(pipeline, text)
    assert ("TUR", "COERCE", "SYR", "actual") in quads
    assert ("TUR", "ACCUSE", "SYR", "actual") in quads
    assert ("SYR", "ACCUSE", "SYR", "actual") not in quads


def test_an_act_over_which_one_is_punished_is_the_punisheds(pipeline) -> None:
    text = ("A Peruvian court convicts former minister Carlos Ruiz over secret meetings he "
            "held with Chilean officials.")
    quads = event_quads(pipeline, text)
    assert not any(q[0] == "PER" and q[1] == "ACCUSE" and q[2] == "CHL" for q in quads)


def test_the_grounds_an_act_cites_accuse_its_target(pipeline) -> None:
    text = ("Norway imposes sanctions on two Iranian shipping firms, citing concerns over "
            "arms deliveries to Yemen.")
    quads = event_quads(pipeline, text)
    assert ("NOR", "ACCUSE", "IRN", "actual") in quads
    assert ("NOR", "ACCUSE", "YEM", "actual") not in quads


def test_a_cited_security_threat_accuses_the_banned(pipeline) -> None:
    text = ("Latvia bans a Russian television channel for five years, citing a national "
            "security threat.")
    assert ("LVA", "ACCUSE", "RUS", "actual") in event_quads(pipeline, text)


def test_citing_figures_accuses_no_one(pipeline) -> None:
    text = "Kenya lifts its ban on Ugandan maize imports, citing improved harvest figures."
    assert not any(q[1] == "ACCUSE" for q in event_quads(pipeline, text))


def test_arabic_grounds_cited_accuse_the_target(pipeline) -> None:
    text = ("فرضت النرويج عقوبات على شركتي شحن إيرانيتين، مشيرة إلى مخاوف إزاء شحنات "
            "أسلحة إلى اليمن.")
    quads = event_quads(pipeline, text, "ar")
    assert ("NOR", "ACCUSE", "IRN", "actual") in quads
    assert ("NOR", "ACCUSE", "YEM", "actual") not in quads


def test_arabic_pretext_of_a_ban_accuses_the_banned(pipeline) -> None:
    text = "حظرت لاتفيا قناة تلفزيونية روسية لخمس سنوات، متذرعةً بتهديد للأمن القومي."
    assert ("LVA", "ACCUSE", "RUS", "actual") in event_quads(pipeline, text, "ar")


@pytest.mark.parametrize(("text", "lang"), [
    ("أرسلت كينيا مساعدات إلى أوغندا، مشيرة إلى مخاوف من انتشار الجفاف.", "ar"),
    ("Kenya sent aid to Uganda, citing concerns about the spreading drought.", "en"),
])
def test_grounds_cited_for_a_cooperative_act_accuse_no_receiver(pipeline, text: str,
                                                                lang: str) -> None:
    found = event_triples(pipeline, text, lang)
    assert ("KEN", "ACCUSE", "UGA") not in found, found


def test_protesters_abroad_ask_the_state_they_address(pipeline) -> None:
    text = ("Thousands rallied in Nairobi and demanded that the Ugandan government reopen "
            "the border.")
    found = event_triples(pipeline, text, "en")
    assert ("UGA", "REQUEST", "UGA") not in found, found
    assert ("KEN", "REQUEST", "UGA") in found, found
