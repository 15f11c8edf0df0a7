"""Aid, investment, agreement and partnership constructions of analysis prose (essays
wave 48), each with sentences of our own and near-misses that must not fire."""

import pytest

from diplomap.extract import Pipeline

from conftest import event_quads, fact_quads


def _pairs(found: set[tuple], predicate: str) -> set[frozenset]:
    return {frozenset((s, o)) for s, p, o, _ in found if p == predicate}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Last year Vietnam signed a comprehensive economic partnership agreement with Chile."),
    ("en", "The economic partnership agreement between Peru and Thailand took effect in 2011."),
    ("ar", "وقّعت فيتنام العام الماضي اتفاقية الشراكة الاقتصادية الشاملة مع تشيلي."),
    ("ar", "دخلت اتفاقية الشراكة الاقتصادية بين بيرو وتايلاند حيز التنفيذ عام 2011."),
    ("ar", "وقعت فيتنام اتفاقية شراكة اقتصادية مع تشيلي."),
])
def test_an_economic_partnership_agreement_is_an_agreement_no_partnership(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert not _pairs(found, "partner_of"), found
    parties = {frozenset(("VNM", "CHL")), frozenset(("PER", "THA"))}
    assert _pairs(found, "agreement_with") & parties, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Vietnam signed a strategic partnership agreement with Chile."),
    ("ar", "وقعت فيتنام اتفاقية شراكة استراتيجية مع تشيلي."),
])
def test_a_strategic_partnership_agreement_still_makes_partners(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert frozenset(("VNM", "CHL")) in _pairs(found, "partner_of"), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "During the visit the two sides announced Qatari investment pledges of $60 billion in "
           "Egypt."),
    ("en", "Japanese companies announced investment commitments of $10 billion in Vietnam."),
    ("ar", "جرى الإعلان عن التزامات استثمارية قطرية بنحو 60 مليار دولار في مصر."),
    ("ar", "أعلنت شركات يابانية تعهدات استثمارية بنحو 10 مليارات دولار في فيتنام."),
])
def test_investment_pledged_is_planned(pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    invested = {(s, o, m) for s, p, o, m in found if p == "invested_in"}
    assert invested & {("QAT", "EGY", "planned"), ("JPN", "VNM", "planned")}, found
    assert not any(m == "actual" for _, _, m in invested), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Japanese investment in Vietnam reached $10 billion."),
    ("ar", "بلغت الاستثمارات اليابانية في فيتنام 10 مليارات دولار."),
])
def test_investment_made_stays_actual(pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert ("JPN", "invested_in", "VNM", "actual") in found, found


@pytest.mark.parametrize(("lang", "text", "pair"), [
    ("en", "On 3 May, the Chilean foreign minister and Vietnamese Foreign Minister Bui Thanh Son "
           "signed a charter on strategic partnership.", ("CHL", "VNM")),
    ("en", "Boric and Peruvian President Dina Boluarte signed a declaration on comprehensive "
           "strategic partnership.", ("CHL", "PER")),
    ("ar", "زار الرئيس التشيلي ليما، حيث وقّع مع الرئيسة البيروفية معاهدة للشراكة الاستراتيجية "
     "الشاملة.",
     ("CHL", "PER")),
    ("ar", "وقّع الرئيس التشيلي مع نظيره البيروفي إعلاناً للشراكة الاستراتيجية.", ("CHL", "PER")),
])
def test_a_signed_partnership_is_between_the_signers(
        pipeline: Pipeline, lang: str, text: str, pair: tuple) -> None:
    found = fact_quads(pipeline, text, lang)
    assert frozenset(pair) in _pairs(found, "partner_of"), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Vietnam and Chile signed a trade agreement, and Peru remains a close partner of "
           "Japan."),
    ("ar", "وقّعت فيتنام وتشيلي اتفاقية تجارية، فيما تبقى بيرو شريكاً وثيقاً لليابان."),
])
def test_a_partnership_in_another_clause_is_not_the_signers(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert frozenset(("VNM", "CHL")) not in _pairs(found, "partner_of"), found


@pytest.mark.parametrize(("lang", "text", "pair"), [
    ("en", "Chile delimited maritime zones with Italy in 2020.", ("CHL", "ITA")),
    ("en", "Chile demarcated its border with Argentina in 1998.", ("CHL", "ARG")),
    ("ar", "ورسّمت تشيلي حدودها البحرية مع بيرو عام 2020.", ("CHL", "PER")),
    ("ar", "وقد رسّمت تشيلي والأرجنتين الحدود بينهما عام 1998.", ("CHL", "ARG")),
])
def test_a_border_delimited_with_a_neighbour_is_an_agreement(
        pipeline: Pipeline, lang: str, text: str, pair: tuple) -> None:
    found = fact_quads(pipeline, text, lang)
    assert frozenset(pair) in _pairs(found, "agreement_with"), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The court delimited the scope of the inquiry into Chile and Peru."),
    ("en", "Chile and Peru discussed their border in 2020."),
    ("ar", "رسمت الحكومة حدوداً واضحة للنقاش مع المعارضة في تشيلي وبيرو."),
])
def test_limits_drawn_or_a_border_discussed_is_no_agreement(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert not _pairs(found, "agreement_with"), found


@pytest.mark.parametrize("text", [
    "Chile hosts the Allied Maritime Command of Peru and Bolivia.",
    "Chile convened a summit on Gaza in 2023 and, with Peru and the European Union, launched "
    "the Global Alliance for Clean Oceans in 2024.",
    "Peru and Bolivia joined the Global Alliance for Clean Oceans.",
])
def test_an_alliance_word_in_a_proper_name_is_no_partnership(
        pipeline: Pipeline, text: str) -> None:
    found = fact_quads(pipeline, text)
    assert not _pairs(found, "partner_of"), found


@pytest.mark.parametrize(("text", "pair"), [
    ("Chile and Peru are allied states.", ("CHL", "PER")),
    ("Alliance partners Chile and Peru met in Lima.", ("CHL", "PER")),
    ("Chile and Peru signed the Comprehensive Strategic Partnership Treaty.", ("CHL", "PER")),
])
def test_an_alliance_in_lower_case_or_a_named_partnership_still_is_one(
        pipeline: Pipeline, text: str, pair: tuple) -> None:
    found = fact_quads(pipeline, text)
    assert frozenset(pair) in _pairs(found, "partner_of"), found


def test_a_signed_partnership_is_not_the_clause_before_the_signers(pipeline: Pipeline) -> None:
    found = fact_quads(pipeline, "Weeks later the IMF expanded its programme to $8 billion and "
                                 "the European Union signed a strategic partnership with Chile.")
    assert _pairs(found, "partner_of") == {frozenset(("EU", "CHL"))}, found


def test_an_arabic_economic_partnership_agreement_keeps_the_agreement_noun_event(
        pipeline: Pipeline) -> None:
    # "the economic partnership agreement between Vietnam and Chile was the two countries'
    # first trade deal": the agreement noun's SUPPORT, as the agreement frame reads it
    found = event_quads(pipeline, "وكانت اتفاقية الشراكة الاقتصادية بين فيتنام وتشيلي أول "
                                  "اتفاق تجاري للبلدين.", "ar")
    assert any(t == "SUPPORT" and {s, o} == {"VNM", "CHL"} for s, t, o, _ in found), found


@pytest.mark.parametrize("text", [
    "Washington named Chile a major defence partner, a status previously granted only to Peru.",
    "Chile hosts a US base, and the Peruvian navy has been granted access to Chilean ports.",
    "Mercosur granted Chile observer status in May 2021.",
])
def test_a_status_or_access_granted_is_no_aid(pipeline: Pipeline, text: str) -> None:
    found = fact_quads(pipeline, text)
    assert not _pairs(found, "aid_to"), found


@pytest.mark.parametrize("text", [
    "Japan granted Kenya 10 million dollars in 2020.",
    "Japan granted aid to Kenya in 2020.",
])
def test_money_or_aid_granted_is_still_aid(pipeline: Pipeline, text: str) -> None:
    found = fact_quads(pipeline, text)
    assert ("JPN", "aid_to", "KEN", "actual") in found, found
