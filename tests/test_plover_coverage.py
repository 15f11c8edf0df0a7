"""Wire-copy constructions of PLOVER types beyond the core verbs, in Arabic and English
on equal footing (lang/<code>/frames.yaml): each sentence is our own, and each must
yield its type with the source and target it names (rules alone, no learned scorer)."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

# (type, source, target) -> (Arabic sentence, English sentence)
CASES = {
    ("AID", "TUR", "SYR"): ("شحنت تركيا خياما وبطانيات إلى سوريا.",
                            "Turkey shipped tents and blankets to Syria."),
    ("AID", "DEU", "JOR"): ("سلمت ألمانيا إمدادات طبية إلى الأردن.",
                            "Germany handed over medical supplies to Jordan."),
    ("AGREE", "SYR", "LBN"): ("عرضت سوريا قواتها على لبنان.",
                              "Syria offered its troops to Lebanon."),
    ("REJECT", "SRB", "EU"): ("نكثت صربيا بالتزاماتها تجاه الاتحاد الأوروبي.",
                              "Serbia reneged on its commitments to the European Union."),
    # an agreement not reached is an AGREE negated (ONTOLOGY: a negated event keeps its type)
    ("AGREE", "ISR", "LBN"): ("فشلت إسرائيل ولبنان في التوصل إلى اتفاق بشأن الحدود.",
                               "Israel and Lebanon failed to reach an agreement on the border."),
    ("THREATEN", "IRN", "ISR"): ("قال الوزير إن إيران لن تتسامح مع أي هجوم إسرائيلي.",
                                 "Iran will not tolerate any Israeli attack, a minister said."),
    ("ACCUSE", "CHL", "PER"): ("فتح قاض تشيلي تحقيقات ضد مسؤولين من بيرو.",
                               "A Chilean judge opened investigations against officials of Peru."),
    ("COERCE", "RUS", "DEU"): ("اخترق قراصنة روس حواسيب وزارة الخارجية الألمانية.",
                               "Russian hackers hacked into the computers of Germany's ministry."),
    ("PROTEST", "KEN", "KEN"): ("توقف العمال الكينيون عن العمل في ميناء مومباسا.",
                                "Kenyan dockers stopped work at the port of Mombasa."),
    ("PROTEST", "POL", "POL"): ("قطع المزارعون البولنديون الطريق الرئيسي إلى وارسو.",
                                "Polish farmers blocked the main road to Warsaw."),
    ("SANCTION", "RUS", "UKR"): ("قطعت روسيا إمدادات الغاز عن أوكرانيا.",
                                 "Russia cut gas supplies to Ukraine."),
    ("SANCTION", "USA", "COL"): ("أوقفت الولايات المتحدة المدفوعات لكولومبيا.",
                                 "Washington stopped payments to Colombia."),
    ("SANCTION", "RUS", "GBR"): ("أجبرت روسيا الدبلوماسيين البريطانيين على مغادرة البلاد.",
                                 "Russia forced British diplomats out of the country."),
    ("CONSULT", "ISR", "LBN"): ("استأنفت إسرائيل ولبنان المفاوضات بشأن انسحاب القوات.",
                                "Israel and Lebanon resumed negotiations on a troop pullback."),
    ("ASSAULT", "SDN", "TCD"): ("اغتصب جنود سودانيون نساء في تشاد.",
                                "Sudanese soldiers raped women in Chad."),
    ("ASSAULT", "USA", "IRQ"): ("ارتكب جنود أمريكيون اعتداءات جنسية ضد معتقلين عراقيين.",
                                "American soldiers sexually abused Iraqi detainees."),
    ("RETREAT", "KGZ", "OSCE"): ("سمحت قرغيزستان بدخول مراقبين من منظمة الأمن والتعاون في أوروبا.",
                                 "Kyrgyzstan allowed OSCE observers into the country."),
    ("RETREAT", "UZB", "AFG"): ("فتحت أوزبكستان الجسر مع أفغانستان.",
                                "Uzbekistan opened the bridge to Afghanistan."),
    ("RETREAT", "ISR", "PSE"): ("رفع الجيش الإسرائيلي الحصار عن الشاحنات الفلسطينية.",
                                "The Israeli army lifted a blockade on Palestinian lorries."),
    ("ASSAULT", "ARM", "AZE"): ("تبادلت القوات الأرمينية والأذربيجانية إطلاق النار على الحدود.",
                                "Armenian and Azerbaijani troops exchanged fire on the border."),
    ("SANCTION", "AFG", "PAK"): ("انسحبت حركة طالبان من المحادثات مع باكستان.",
                                         "The Taliban withdrew from the talks with Pakistan."),
    ("SANCTION", "EGY", "QAT"): ("ألغت مصر مشاركتها في القمة مع قطر.",
                                "Egypt cancels its participation in a summit with Qatar."),
    ("CONCEDE", "EGY", "GBR"): ("أسقطت مصر التهم عن الصحفيين البريطانيين.",
                                "Egypt dropped the charges against the British journalists."),
    ("AGREE", "USA", "SYR"): ("أبدت الولايات المتحدة رغبتها في العمل مع سوريا.",
                              "The US expressed willingness to work with Syria."),
    ("CONSULT", "AFG", "PAK"): ("بدأت أفغانستان محادثات السلام مع باكستان في إسطنبول.",
                                "Afghanistan began peace talks with Pakistan in Istanbul."),
    ("MOBILIZE", "USA", "VEN"): ("نشرت الولايات المتحدة ثلاث مدمرات قبالة سواحل فنزويلا.",
                                 "The United States deployed three destroyers off Venezuela."),
    ("CONCEDE", "NGA", "NGA"): ("رفع الرئيس النيجيري حالة الطوارئ في ولاية ريفرز.",
                                "Nigeria's president lifted the state of emergency in Rivers."),
    ("CONCEDE", "USA", "RUS"): ("أرجأت وزارة الخزانة الأمريكية فرض عقوبات على روسيا.",
                                "The U.S. Treasury postponed sanctions on Russia."),
    ("ACCUSE", "AUS", "CHN"): ("وجّه مجلس الشيوخ الأسترالي اللوم إلى الحكومة الصينية.",
                               "The Australian Senate blamed the Chinese government."),
    ("SUPPORT", "PAK", "USA"): ("رشّح رئيس الوزراء الباكستاني الرئيس الأمريكي لجائزة نوبل للسلام.",
                                "Pakistan nominated Donald Trump for the Nobel Peace Prize."),
    ("SANCTION", "BFA", "USA"): ("فرضت بوركينا فاسو حظر سفر على المواطنين الأمريكيين.",
                                "Burkina Faso imposed a travel ban on American citizens."),
    ("REJECT", "SYR", "IRQ"): ("قالت سوريا إنها لن تقبل مزيدا من اللاجئين من العراق.",
                               "Syria says it will not accept any more refugees from Iraq."),
    ("ACCUSE", "IAEA", "IRN"): ("أرسلت الوكالة الدولية للطاقة الذرية مفتشين إلى إيران.",
                                "The IAEA has dispatched inspectors to Iran."),
    ("ACCUSE", "UN", "MMR"): ("أرسلت الأمم المتحدة بعثة تقصي الحقائق إلى ميانمار.",
                              "The UN sent a fact-finding mission to Myanmar."),
    ("ASSAULT", "ORG:hamas", "ISR"): ("أطلقت حركة حماس صواريخ على إسرائيل.",
                                      "Hamas fired rockets at Israel."),
    ("SUPPORT", "CZE", "ALB"): ("رفعت التشيك وألبانيا علاقاتهما الدبلوماسية إلى مستوى السفراء.",
                                "Czechia and Albania upgraded their diplomatic ties."),
    ("SANCTION", "DZA", "FRA"): ("استدعت الجزائر سفيرها لدى فرنسا للتشاور.",
                                 "Algeria recalled its ambassador from France."),
    ("THREATEN", "RUS", "FIN"): ("توعدت روسيا بالرد على فنلندا.",
                                 "Russia vowed to retaliate against Finland."),
    ("COOPERATE", "IND", "FRA"): ("أجرت الهند وفرنسا تدريبات بحرية مشتركة.",
                                  "India and France held joint naval drills."),
    ("SANCTION", "GBR", "RUS"): ("جمدت بريطانيا أصول رجال أعمال روس.",
                                 "Britain froze the assets of Russian businessmen."),
    ("COERCE", "DEU", "AFG"): ("رحلت ألمانيا لاجئين أفغانا إلى أفغانستان.",
                               "Germany deported Afghan refugees to Afghanistan."),
    ("ASSAULT", "ORG:taliban", "PAK"): ("نصب مسلحو طالبان كمينا لقوات باكستانية.",
                                       "Taliban fighters ambushed Pakistani troops."),
    ("ASSAULT", "ISR", "PSE"): ("اقتحمت قوات إسرائيلية مخيم جنين في الضفة الغربية.",
                                "Israeli forces stormed the Jenin camp in the West Bank."),
    ("COERCE", "TUR", "TUR"): ("فضت الشرطة التركية مظاهرة لطلاب أكراد في أنقرة.",
                               "Turkish police broke up a protest by Kurdish students in Ankara."),
}


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(model="rules")


@pytest.mark.parametrize("lang", ["ar", "en"])
@pytest.mark.parametrize("expected", sorted(CASES))
def test_construction_yields_its_event(pipeline: Pipeline, expected: tuple[str, str, str],
                                       lang: str) -> None:
    sentence = CASES[expected][0 if lang == "ar" else 1]
    events = pipeline(sentence, lang, "2025-03-01").extraction.events
    found = {(e.event_type, e.source, e.target) for e in events}
    assert expected in found, found


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Talks between Serbia and Kosovo ended without agreement."),
    ("ar", "انتهت المحادثات بين صربيا وكوسوفو دون التوصل إلى اتفاق."),
])
def test_failed_talks_are_an_agreement_negated_not_a_rejection(pipeline: Pipeline, lang: str,
                                                               sentence: str) -> None:
    found = {(e.event_type, e.modality)
             for e in pipeline(sentence, lang, "2025-03-01").extraction.events}
    assert ("AGREE", "negated") in found, found  # the talks themselves are a CONSULT
    assert not found & {("AGREE", "actual"), ("REJECT", "actual"), ("SUPPORT", "actual")}, found


@pytest.mark.parametrize("lang, sentence, modality", [
    ("en", "Japan pledged to give Ukraine 50 million dollars in aid.", "planned"),
    ("ar", "تعهدت اليابان بتقديم 50 مليون دولار لأوكرانيا.", "planned"),
    ("en", "Japan provided 50 million dollars to Ukraine.", "actual"),
    ("ar", "قدمت اليابان 50 مليون دولار لأوكرانيا.", "actual"),
])
def test_a_sum_given_or_pledged_is_aid_from_the_giver(pipeline: Pipeline, lang: str,
                                                      sentence: str, modality: str) -> None:
    facts = pipeline(sentence, lang, "2025-03-01").extraction.facts
    found = {(f.subject, f.predicate, f.object, f.modality) for f in facts}
    assert found == {("JPN", "aid_to", "UKR", modality)}, found


@pytest.mark.parametrize("lang, sentence", [
    ("ar", "التقت المعارضة الفنزويلية بمسؤولين أمريكيين."),
    ("en", "The Venezuelan opposition met American officials."),
])
def test_the_opposition_is_a_party_not_a_rejection(pipeline: Pipeline, lang: str,
                                                   sentence: str) -> None:
    types = {e.event_type for e in pipeline(sentence, lang, "2025-03-01").extraction.events}
    assert types == {"CONSULT"}, types


@pytest.mark.parametrize("lang, sentence", [
    ("ar", "التقى مساعد وزير الخارجية الأمريكي بنظيره المصري في القاهرة."),
    ("en", "The U.S. assistant secretary of state met his Egyptian counterpart in Cairo."),
])
def test_an_assistant_minister_is_not_aid(pipeline: Pipeline, lang: str, sentence: str) -> None:
    types = {e.event_type for e in pipeline(sentence, lang, "2025-03-01").extraction.events}
    assert types == {"CONSULT"}, types


@pytest.mark.parametrize("sentence", [
    "تلعب كازاخستان دورا رائدا في منظمة شنغهاي للتعاون.",
    "ناقشت كازاخستان داخل منظمة شنغهاي للتعاون قضايا الأمن.",
])
def test_a_leading_role_or_being_inside_is_no_membership(pipeline: Pipeline,
                                                         sentence: str) -> None:
    facts = pipeline(sentence, "ar", "2025-03-01").extraction.facts
    assert not [f for f in facts if f.predicate == "member_of"]


@pytest.mark.parametrize("lang, sentence", [
    ("ar", "انطلق صاروخ سبيس إكس من فلوريدا في الولايات المتحدة حاملا مركبة يابانية."),
    ("en", "A SpaceX rocket lifts off from Florida, United States, carrying a Japanese lander."),
])
def test_a_rocket_launch_is_no_attack_or_concession(pipeline: Pipeline, lang: str,
                                                    sentence: str) -> None:
    assert not pipeline(sentence, lang, "2025-03-01").extraction.events


def test_an_incident_that_occurred_is_no_signing(pipeline: Pipeline) -> None:
    sentence = "استدعت كندا وفرنسا سفراء إسرائيل لديها على خلفية الحادث الذي وقع في الضفة الغربية."
    extraction = pipeline(sentence, "ar", "2025-03-01").extraction
    assert not [f for f in extraction.facts if f.predicate == "agreement_with"]
    assert {e.event_type for e in extraction.events} == {"ACCUSE"}


def test_a_province_is_no_boycott(pipeline: Pipeline) -> None:
    sentence = "قُتل سبعة أشخاص في انفجار غاز في مبنى سكني بمقاطعة ساراتوف الروسية."
    events = pipeline(sentence, "ar", "2025-03-01").extraction.events
    assert "PROTEST" not in {e.event_type for e in events}


@pytest.mark.parametrize("lang, sentence", [
    ("ar", "سلمت تركيا مشتبهين سوريين إلى ألمانيا."),
    ("en", "Turkey extradited two Syrian suspects to Germany."),
])
def test_an_extradition_is_judicial_cooperation(pipeline: Pipeline, lang: str,
                                                sentence: str) -> None:
    events = pipeline(sentence, lang, "2025-03-01").extraction.events
    assert any(e.event_type == "COOPERATE" and e.source == "TUR" for e in events)
