"""Event nouns (issue 9), on sentences of our own writing, Arabic and English alike: the
doer of an event noun is its nisba adjective or the agent of a relative clause after it; a
stance verb whose object is an event noun (condemn, welcome, reject) targets that event's
doer; a refusal verb that governs an event makes the event negated and the refusal a
REJECT of the event's partner."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(model="rules")


def events(pipeline: Pipeline, text: str, lang: str) -> set[tuple]:
    found = pipeline(text, lang, "2025-03-01").extraction.events
    return {(e.source, e.event_type, e.target) for e in found if e.modality == "actual"}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("ar", "أدانت مصر الغارة الإسرائيلية على لبنان.",
     {("EGY", "ACCUSE", "ISR"), ("ISR", "ASSAULT", "LBN")}),
    ("ar", "استنكرت تركيا القصف الروسي على أوكرانيا.",
     {("TUR", "ACCUSE", "RUS"), ("RUS", "ASSAULT", "UKR")}),
    ("ar", "شجبت قطر الغارات الجوية الإسرائيلية على سوريا.",
     {("QAT", "ACCUSE", "ISR"), ("ISR", "ASSAULT", "SYR")}),
    ("ar", "ندد الأردن بالعدوان الإسرائيلي على غزة.",
     {("JOR", "ACCUSE", "ISR"), ("ISR", "ASSAULT", "PSE")}),
    ("en", "Jordan denounced the Israeli aggression against Gaza.",
     {("JOR", "ACCUSE", "ISR"), ("ISR", "ASSAULT", "PSE")}),
    ("en", "Egypt condemned the Israeli strike on Lebanon.",
     {("EGY", "ACCUSE", "ISR"), ("ISR", "ASSAULT", "LBN")}),
    ("en", "Turkey denounced the Russian bombardment of Ukraine.",
     {("TUR", "ACCUSE", "RUS"), ("RUS", "ASSAULT", "UKR")}),
])
def test_the_nisba_of_an_event_noun_is_its_doer(pipeline: Pipeline, lang: str, text: str,
                                               expected: set) -> None:
    found = events(pipeline, text, lang)
    assert expected <= found, found


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("ar", "يدين مجلس الأمن الهجوم الذي شنته إسرائيل على سوريا.",
     {("UNSC", "ACCUSE", "ISR"), ("ISR", "ASSAULT", "SYR")}),
    ("ar", "نددت الأردن بالهجوم الذي نفذته روسيا على أوكرانيا.",
     {("JOR", "ACCUSE", "RUS"), ("RUS", "ASSAULT", "UKR")}),
    ("en", "The Security Council condemns the attack that Israel launched on Syria.",
     {("UNSC", "ACCUSE", "ISR"), ("ISR", "ASSAULT", "SYR")}),
    ("en", "Jordan denounced the attack carried out by Russia on Ukraine.",
     {("JOR", "ACCUSE", "RUS"), ("RUS", "ASSAULT", "UKR")}),
])
def test_a_relative_clause_names_the_doer_of_an_event_noun(
        pipeline: Pipeline, lang: str, text: str, expected: set) -> None:
    found = events(pipeline, text, lang)
    assert expected <= found, found


@pytest.mark.parametrize(("lang", "text", "expected", "not_expected"), [
    ("ar", "رفضت إيران إجراء محادثات مع الولايات المتحدة.",
     ("IRN", "REJECT", "USA"), ("IRN", "CONSULT", "USA")),
    ("ar", "رفضت كوريا الشمالية أن تتفاوض مع اليابان.",
     ("PRK", "REJECT", "JPN"), ("PRK", "CONSULT", "JPN")),
    ("en", "Iran refused to negotiate with the United States.",
     ("IRN", "REJECT", "USA"), ("IRN", "CONSULT", "USA")),
    ("en", "North Korea declined to hold talks with Japan.",
     ("PRK", "REJECT", "JPN"), ("PRK", "CONSULT", "JPN")),
])
def test_a_refused_event_is_a_rejection_not_an_act(
        pipeline: Pipeline, lang: str, text: str, expected: tuple,
        not_expected: tuple) -> None:
    found = events(pipeline, text, lang)
    assert expected in found, found
    assert not_expected not in found, found


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("ar", "أدانت مصر هجوم إسرائيل على لبنان.",
     {("EGY", "ACCUSE", "ISR"), ("ISR", "ASSAULT", "LBN")}),
    ("ar", "استنكرت تركيا قصف روسيا لأوكرانيا.",
     {("TUR", "ACCUSE", "RUS"), ("RUS", "ASSAULT", "UKR")}),
    ("ar", "رحبت فرنسا بزيارة الرئيس المصري إلى الجزائر.",
     {("FRA", "SUPPORT", "EGY"), ("EGY", "CONSULT", "DZA")}),
    ("ar", "رفضت كوريا الجنوبية طلب اليابان.", {("KOR", "REJECT", "JPN")}),
    ("en", "Egypt condemned Israel's attack on Lebanon.",
     {("EGY", "ACCUSE", "ISR"), ("ISR", "ASSAULT", "LBN")}),
])
def test_the_genitive_of_a_governed_event_noun_is_its_doer(
        pipeline: Pipeline, lang: str, text: str, expected: set) -> None:
    found = events(pipeline, text, lang)
    assert expected <= found, found


@pytest.mark.parametrize(("lang", "text", "expected", "not_expected"), [
    ("ar", "رفضت إيران المحادثات مع الولايات المتحدة.",
     ("IRN", "REJECT", "USA"), ("IRN", "CONSULT", "USA")),
    ("en", "Iran rejected talks with the United States.",
     ("IRN", "REJECT", "USA"), ("IRN", "CONSULT", "USA")),
    ("en", "Poland refused extradition of the suspect to Germany.",
     ("POL", "REJECT", "DEU"), ("POL", "COOPERATE", "DEU")),
])
def test_a_rejected_cooperative_act_did_not_happen(
        pipeline: Pipeline, lang: str, text: str, expected: tuple,
        not_expected: tuple) -> None:
    found = events(pipeline, text, lang)
    assert expected in found, found
    assert not_expected not in found, found


@pytest.mark.parametrize(("lang", "text"), [
    ("ar", "أدانت مصر الهجوم على غزة."),
    ("ar", "رفضت إيران الهجوم على سوريا."),
    ("en", "Egypt condemned the attack on Gaza."),
    ("en", "Iran rejected the attack on Syria."),
])
def test_who_condemns_an_attack_is_not_its_doer(pipeline: Pipeline, lang: str,
                                                text: str) -> None:
    found = events(pipeline, text, lang)
    assert not any(kind == "ASSAULT" for _, kind, _ in found), found


@pytest.mark.parametrize(("lang", "text", "expected", "not_expected"), [
    ("ar", "رحبت الكويت بالمساعدات السعودية لليمن.",
     ("SAU", "AID", "YEM"), ("KWT", "AID", "SAU")),
    ("ar", "أدانت الجامعة العربية الاعتداءات التي نفذها مستوطنون إسرائيليون في الضفة الغربية.",
     ("ISR", "ASSAULT", "PSE"), ("ISR", "ASSAULT", "LAS")),
    ("en", "Kuwait welcomed the Saudi aid to Yemen.",
     ("SAU", "AID", "YEM"), ("KWT", "AID", "SAU")),
])
def test_the_names_before_a_governed_event_noun_are_its_verbs(
        pipeline: Pipeline, lang: str, text: str, expected: tuple,
        not_expected: tuple) -> None:
    found = events(pipeline, text, lang)
    assert expected in found, found
    assert not_expected not in found, found


@pytest.mark.parametrize(("lang", "text"), [
    ("ar", "أيد المغرب الوساطة السعودية بين السودان وتشاد."),
    ("ar", "تتواصل الوساطة القطرية بين إسرائيل ولبنان."),
    ("en", "Morocco supported the Saudi mediation between Sudan and Chad."),
])
def test_the_nisba_of_a_mediation_is_the_mediator(pipeline: Pipeline, lang: str,
                                                  text: str) -> None:
    found = events(pipeline, text, lang)
    mediators = {source for source, kind, target in found if kind == "CONSULT"}
    assert mediators and mediators <= {"SAU", "QAT"}, found


@pytest.mark.parametrize("text", [
    "Four fishermen are wounded by U.S. airstrikes in Venezuela.",
    # the doer in front of the victims' state: before the acronym was read, Venezuela did it
    "Two fishermen died in US drone strikes off Venezuela.",
])
def test_an_acronym_before_an_english_event_noun_is_its_doer(pipeline: Pipeline,
                                                               text: str) -> None:
    assert ("USA", "ASSAULT", "VEN") in events(pipeline, text, "en")


def test_an_acronym_across_a_comma_is_no_doer(pipeline: Pipeline) -> None:
    # "ban the X, alleging ...": the acronym before the comma does no alleging
    found = events(pipeline, "Poland moved to ban the OSCE, alleging that the group spied "
                             "for Russia.", "en")
    assert ("POL", "COERCE", "OSCE") in found
    assert not any(source == "OSCE" for source, _, _ in found), found


@pytest.mark.parametrize(("text", "doers"), [
    ("Oman condemned the US and UK airstrikes on Hodeidah.", {"USA", "GBR"}),
    ("Oman condemned the US, UK strikes on Yemen.", {"USA", "GBR"}),
    ("Nine fishermen were killed in UAE and US airstrikes in Somalia.", {"ARE", "USA"}),
    ("Oman condemned US-UK airstrikes on Hodeidah.", {"USA", "GBR"}),
    ("Oman condemned the American and British airstrikes on Hodeidah.", {"USA", "GBR"}),
])
def test_coordinated_modifiers_are_all_doers(pipeline: Pipeline, text: str,
                                             doers: set[str]) -> None:
    # the doer read from an acronym or adjective brings its coordinated group
    found = events(pipeline, text, "en")
    assert {source for source, kind, _ in found if kind == "ASSAULT"} == doers, found


def test_a_coordinated_name_is_no_modifier_doer(pipeline: Pipeline) -> None:
    # "Israel" is a name coordinated with the acronym, no modifier of the noun
    found = events(pipeline, "Oman condemned Israel and US airstrikes on Hodeidah.", "en")
    assert ("ISR", "ASSAULT", "YEM") not in found, found


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "North Korea test-fired a ballistic missile, drawing condemnation from South Korea "
           "and Japan.", {("KOR", "ACCUSE", "PRK"), ("JPN", "ACCUSE", "PRK")}),
    ("en", "Israel's strike on Doha drew sharp criticism from Qatar.",
     {("QAT", "ACCUSE", "ISR"), ("ISR", "ASSAULT", "QAT")}),
    ("en", "Russia fired missiles at Kyiv, drawing condemnation from the European Union.",
     {("EU", "ACCUSE", "RUS"), ("RUS", "ASSAULT", "UKR")}),
    ("en", "Russia's decision drew praise from China.", {("CHN", "SUPPORT", "RUS")}),
    ("en", "Israel's strike was condemned by Egypt.", {("EGY", "ACCUSE", "ISR")}),
    ("ar", "قوبل الهجوم الإسرائيلي بإدانة من مصر والأردن.",
     {("EGY", "ACCUSE", "ISR"), ("JOR", "ACCUSE", "ISR")}),
    ("ar", "أثارت الضربة الإسرائيلية على الدوحة انتقادات حادة من قطر.",
     {("QAT", "ACCUSE", "ISR"), ("ISR", "ASSAULT", "QAT")}),
    ("ar", "قصفت إسرائيل غزة، ما أثار إدانة من مصر.",
     {("EGY", "ACCUSE", "ISR"), ("ISR", "ASSAULT", "PSE")}),
    ("ar", "لاقى قرار روسيا رفضا من الصين.", {("CHN", "REJECT", "RUS")}),
    # an act that paired no one: its noun's adjective or agent is whose it is
    ("en", "The Iranian missile test drew condemnation from Germany.",
     {("DEU", "ACCUSE", "IRN")}),
    ("en", "The strike by Ethiopia drew sharp criticism from Kenya.", {("KEN", "ACCUSE", "ETH")}),
    ("ar", "أثار الهجوم الإيراني انتقادات من ألمانيا.", {("DEU", "ACCUSE", "IRN")}),
])
def test_a_reaction_from_a_name_answers_the_act_before_it(
        pipeline: Pipeline, lang: str, text: str, expected: set[tuple]) -> None:
    # "drawing condemnation from X", "قوبل ... بإدانة من X": X reacts to the act's doer, and
    # is neither its target nor the one reacted to
    assert {e for e in events(pipeline, text, lang) if e[1] != "PROTEST"} == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The strike drew condemnation from Egypt and Jordan."),
    ("en", "The strike was condemned by Egypt and Jordan."),
    ("en", "The decision prompted a rebuke from China."),
    # a state reacts, to no act: Turkey criticises no one it names
    ("en", "The minister faced criticism from Turkey."),
    ("ar", "لاقى القرار رفضا من الصين."),
    ("en", "The missile test drew condemnation from Germany."),
    ("ar", "أثار الهجوم انتقادات من ألمانيا."),
])
def test_a_reaction_to_an_act_of_no_named_doer_is_no_event(pipeline: Pipeline, lang: str,
                                                           text: str) -> None:
    assert not events(pipeline, text, lang)


@pytest.mark.parametrize(("lang", "text", "reaction", "wrong"), [
    ("en", "Russia attacked Ukraine, and Egypt was condemned by Turkey for its stance.",
     ("TUR", "ACCUSE", "EGY"), ("TUR", "ACCUSE", "RUS")),
    ("en", "Israel bombed Gaza; Hamas leaders were criticised by Egypt.",
     ("EGY", "ACCUSE", "ORG:hamas"), ("EGY", "ACCUSE", "ISR")),
    ("en", "After Israel struck Gaza, Qatar was criticised by Egypt.",
     ("EGY", "ACCUSE", "QAT"), ("EGY", "ACCUSE", "ISR")),
    ("en", "Russia attacked Ukraine, while Egypt faced criticism from Turkey.",
     ("TUR", "ACCUSE", "EGY"), ("TUR", "ACCUSE", "RUS")),
    ("ar", "هاجمت روسيا أوكرانيا، بينما واجهت مصر انتقادات من تركيا",
     ("TUR", "ACCUSE", "EGY"), ("TUR", "ACCUSE", "RUS")),
    ("en", "Israel struck Gaza as Egypt drew praise from Qatar for its mediation.",
     ("QAT", "SUPPORT", "EGY"), ("QAT", "SUPPORT", "ISR")),
    # near misses: the reaction's clause names no one of its own
    ("en", "Russia attacked Ukraine, drawing criticism from Turkey.",
     ("TUR", "ACCUSE", "RUS"), ("TUR", "ACCUSE", "UKR")),
    ("en", "Israel struck Gaza after Hamas fired rockets, drawing condemnation from Egypt.",
     ("EGY", "ACCUSE", "ISR"), ("EGY", "ACCUSE", "ORG:hamas")),
])
def test_a_reaction_whose_clause_names_its_own_subject_is_aimed_at_it(
        pipeline: Pipeline, lang: str, text: str, reaction: tuple, wrong: tuple) -> None:
    # the act before it is not what is reacted to when the link has a subject of its own;
    # an act inside an adjunct ("after Hamas fired") is no main act reacted to
    found = events(pipeline, text, lang)
    assert reaction in found and wrong not in found, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Israel attacked Iran, and the United States faced protests from China over "
           "tariffs."),
    ("en", "Russia invaded Ukraine in 2022 and faces sanctions; criticism from India was "
           "muted."),
    ("en", "Russia's attack on Ukraine was met with protests from Kyiv to Lviv."),
    ("ar", "قصفت إسرائيل غزة، واعتقلت مصر ناشطين وسط احتجاجات من الأمم المتحدة"),
    ("ar", "تظاهر آلاف في القاهرة وسط احتجاجات من الأردن"),
])
def test_no_reaction_across_clauses_ranges_or_demonstrations(pipeline: Pipeline, lang: str,
                                                             text: str) -> None:
    # a link beyond ";" is no link; "from Kyiv to Lviv" is a range; protests are
    # demonstrations (PROTEST), no one's disapproval
    found = events(pipeline, text, lang)
    assert not any(kind == "ACCUSE" for _, kind, _ in found), found


def test_a_comparison_is_no_reaction(pipeline: Pipeline) -> None:
    # after an elative, "من" compares: France criticised no one here
    found = events(pipeline, "كانت ألمانيا أكثر انتقادا لإيران من فرنسا.", "ar")
    assert not any(source == "FRA" for source, _, _ in found), found


@pytest.mark.parametrize(("lang", "text", "denier", "accuser"), [
    ("en", "Iran denied Israeli accusations of smuggling weapons.", "IRN", "ISR"),
    ("en", "Serbia rejected Croatia's allegations.", "SRB", "HRV"),
    ("en", "Egypt dismissed accusations by Ethiopia that it sabotaged the dam talks.",
     "EGY", "ETH"),
    ("ar", "نفت إيران اتهامات إسرائيل بتهريب الأسلحة.", "IRN", "ISR"),
    ("ar", "نفت صربيا الاتهامات الكرواتية.", "SRB", "HRV"),
])
def test_a_denied_allegation_was_made_against_the_denier(
        pipeline: Pipeline, lang: str, text: str, denier: str, accuser: str) -> None:
    # the allegation a denial answers was made by its owner against the one who denies it,
    # never by the denier
    found = events(pipeline, text, lang)
    assert (denier, "REJECT", accuser) in found, found
    assert (accuser, "ACCUSE", denier) in found, found
    assert (denier, "ACCUSE", accuser) not in found, found


@pytest.mark.parametrize(("lang", "text"), [
    # near misses: the state named is inside what is alleged, not whose allegation it is
    ("en", "Iran denied accusations of smuggling weapons to Yemen."),
    ("ar", "نفت إيران اتهامات بتهريب الأسلحة إلى اليمن."),
    # a denial not made states no allegation either way
    ("en", "Iran did not deny Israeli accusations of smuggling weapons."),
])
def test_an_allegation_of_no_named_owner_accuses_no_one(pipeline: Pipeline, lang: str,
                                                        text: str) -> None:
    assert not {e for e in events(pipeline, text, lang) if e[1] == "ACCUSE"}


@pytest.mark.parametrize(("lang", "text"), [
    # an allegation made against a third party: the denier is not whom it accuses
    ("en", "Russia denied American accusations against China."),
    ("en", "Russia rejected American allegations against Chinese firms."),
])
def test_a_denied_allegation_against_another_accuses_not_the_denier(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = events(pipeline, text, lang)
    assert ("USA", "ACCUSE", "RUS") not in found, found
