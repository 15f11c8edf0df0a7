"""Where the subject carried from before is no doer: the structure that governs the
trigger names a doer of its own (a relative clause, ...)."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import event_triples


@pytest.fixture(scope="module")
def read():
    pipeline = Pipeline()

    def run(text: str, lang: str) -> set[tuple]:
        extraction = pipeline(text, lang, "2025-06-19").extraction
        return {(e.source, e.event_type, e.target) for e in extraction.events}

    return run


@pytest.mark.parametrize("text, lang", [
    ("The Finnish Parliament votes to withdraw from the Ottawa Treaty, which bans the use of "
     "anti-personnel mines.", "en"),
    ("صوّت البرلمان الفنلندي لصالح الانسحاب من معاهدة أوتاوا التي تحظر استخدام الألغام "
     "المضادة للأفراد.", "ar"),
])
def test_relative_clause_act_is_its_antecedents(read, text, lang) -> None:
    assert ("FIN", "COERCE", "FIN") not in read(text, lang)


def test_relative_clause_raid_target_is_no_carried_assault(read) -> None:
    events = read("أعلنت كوريا الجنوبية أنها ستفتح تحقيقاً في الانتهاكات خلال المداهمة التي "
                  "استهدفت مصنعاً لشركة هيونداي في ولاية جورجيا.", "ar")
    assert not any(kind == "ASSAULT" for _, kind, _ in events)


@pytest.mark.parametrize("text, lang", [
    ("Finland's parliament votes to leave the treaty. It bans the use of anti-personnel mines.",
     "en"),
    ("Finland announced new measures on Monday. The government bans the use of anti-personnel "
     "mines.", "en"),
    ("صوّت البرلمان الفنلندي على قانون جديد. وتحظر الحكومة استخدام الألغام المضادة للأفراد.",
     "ar"),
])
def test_main_clause_act_keeps_carried_subject(read, text, lang) -> None:
    assert ("FIN", "COERCE", "FIN") in read(text, lang)


@pytest.mark.parametrize("text, lang, wrong", [
    ("Germany says it will lift restrictions on military equipment exports to Israel from "
     "November 24, which were banned in August due to the siege of Gaza City.", "en",
     ("DEU", "SANCTION", "PSE")),
    ("The United States designates the Balochistan Liberation Army a terrorist organization "
     "in response to the killing of civilians in Pakistan's Balochistan province.", "en",
     ("USA", "ASSAULT", "PAK")),
    ("تتوقع ألمانيا رفع القيود المفروضة على صادراتها من المعدات العسكرية إلى إسرائيل، وهي "
     "القيود التي فُرضت في أغسطس بسبب حصار مدينة غزة.", "ar", ("DEU", "SANCTION", "PSE")),
    ("صنّفت وزارة الخارجية الأمريكية جيش تحرير بلوشستان منظمةً إرهابية أجنبية، رداً على "
     "عمليات قتل المدنيين في إقليم بلوشستان الباكستاني.", "ar", ("USA", "ASSAULT", "PAK")),
])
def test_act_named_as_a_cause_is_anothers(read, text, lang, wrong) -> None:
    assert wrong not in read(text, lang)


@pytest.mark.parametrize("text, lang, kept", [
    # a place's own people: the guessed state is where it happened
    ("Pakistan sentences opposition leader Omar Ayub to ten years in prison due to his "
     "participation in the 2023 protests.", "en", ("PAK", "PROTEST", "PAK")),
    ("قضت محكمة باكستانية بسجن زعيم المعارضة عمر أيوب عشر سنوات، بسبب مشاركته في احتجاجات "
     "عام ٢٠٢٣.", "ar", ("PAK", "PROTEST", "PAK")),
    # a joint act: the guessed one is a party of it
    ("عزلت المحكمة الدستورية في تايلاند رئيسة الوزراء من منصبها، على خلفية تسريب مكالمات "
     "هاتفية أجرتها مع رئيس الوزراء الكمبودي السابق هون سين.", "ar", ("THA", "CONSULT", "KHM")),
])
def test_own_or_joint_act_named_as_a_cause_keeps_guess(read, text, lang, kept) -> None:
    assert kept in read(text, lang)


@pytest.mark.parametrize("text, lang, kept", [
    # the act's pronoun points back to a name before: the guessed doer may be that name
    ("فرض الاتحاد الأوروبي عقوبات على روسيا بسبب غزوها لأوكرانيا.", "ar",
     ("RUS", "ASSAULT", "UKR")),
    # a demonstrative closes the cause phrase: the verb after it is the clause's own
    ("أعلنت إسرائيل أن حماس أطلقت صواريخ على عسقلان. وردا على ذلك قصفت مواقع في غزة.", "ar",
     ("ISR", "ASSAULT", "PSE")),
])
def test_act_pointing_back_or_after_a_closed_cause_keeps_guess(pipeline, text, lang,
                                                              kept) -> None:
    # the rules alone: the scorer may drop a guessed doer, the rules must not
    assert kept in event_triples(pipeline, text, lang)
