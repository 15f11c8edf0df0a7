"""Meetings (CONSULT) English reads and Arabic missed (issue 9, cross-language parity), on
sentences of our own writing, each with near-misses that must not fire: a meeting held in the
capital of one of its parties, or of a member of a group among them, is that state's, each
other party meeting its host ("عقدت A وB ودول مجلس التعاون اجتماعاً في العاصمة السعودية
الرياض", as English "meet in Riyadh, Saudi Arabia")."""

from __future__ import annotations

import pytest

from conftest import event_triples

GCC = {"SAU", "ARE", "QAT", "KWT", "BHR", "OMN"}


def consults(pipeline, text: str, lang: str = "ar") -> set[tuple[str, str]]:
    return {(s, t) for s, k, t in event_triples(pipeline, text, lang) if k == "CONSULT"}


@pytest.mark.parametrize(("lang", "text"), [
    ("ar", "عقدت مصر والأردن ودول مجلس التعاون الخليجي اجتماعاً في العاصمة السعودية الرياض "
           "لبحث الأوضاع في السودان."),
    ("ar", "وعقد المغرب والأردن ودول مجلس التعاون اجتماعاً في العاصمة السعودية الرياض."),
    ("en", "Egypt, Jordan and the countries of the Gulf Cooperation Council hold a meeting in "
           "Riyadh, Saudi Arabia."),
])
def test_a_meeting_in_a_members_capital_is_hosted_by_it(pipeline, lang, text):
    found = consults(pipeline, text, lang)
    guests = {s for s, t in found if t == "SAU"}
    assert guests >= GCC - {"SAU"}, found
    assert all(t == "SAU" for _, t in found), found  # the guests meet the host, not each other


def test_a_meeting_in_a_partys_own_capital_is_hosted_by_it(pipeline):
    found = consults(pipeline, "عقدت مصر والسعودية اجتماعاً في العاصمة السعودية الرياض.")
    assert found == {("EGY", "SAU")}, found


def pairs(found: set[tuple[str, str]]) -> set[frozenset]:
    return {frozenset(p) for p in found}


def test_a_venue_no_party_is_hosts_no_one(pipeline):
    found = consults(pipeline, "عقدت مصر والأردن اجتماعاً في العاصمة التركية أنقرة.")
    assert pairs(found) == {frozenset({"EGY", "JOR"})}, found


def test_a_meeting_about_a_member_is_not_hosted_by_it(pipeline):
    # a meeting ABOUT a country is no meeting WITH it: the parties meet each other
    found = consults(pipeline, "عقدت مصر والأردن ودول مجلس التعاون اجتماعاً لبحث الأوضاع في "
                               "السعودية.")
    assert frozenset({"EGY", "JOR"}) in pairs(found), found


@pytest.mark.parametrize(("text", "pairs_met"), [
    ("أعلنت حكومة الكونغو الديمقراطية ترحيبها بالمبادرة. وعقدت قمة استثنائية بمشاركة الاتحاد "
     "الأفريقي وجماعة شرق أفريقيا، وبحضور الرئيس الكيني وليام روتو.",
     {("KEN", "AU"), ("KEN", "EAC")}),
    ("التقى الرئيس المصري نظيره الفرنسي في القاهرة بحضور وزير الخارجية الأردني.",
     {("JOR", "FRA")}),
])
def test_who_attends_a_meeting_meets_its_partners(pipeline, text, pairs_met):
    # as English "along with Rwandan President Paul Kagame" (a company phrase)
    found = pairs(consults(pipeline, text))
    assert {frozenset(p) for p in pairs_met} <= found, found


def test_a_witness_at_a_signing_signs_nothing(pipeline):
    found = pipeline("وقعت رواندا اتفاقية مع الكونغو الديمقراطية بحضور الرئيس الأمريكي.",
                     "ar", "2025-03-01").extraction
    parties = {frozenset((f.subject, f.object)) for f in found.facts
               if f.predicate == "agreement_with"}
    assert parties == {frozenset({"RWA", "COD"})}, parties
    assert "USA" not in {e.source for e in found.events}, found.events


def test_a_crowd_present_at_a_parade_meets_no_one(pipeline):
    found = consults(pipeline, "أقامت الصين عرضاً عسكرياً في بكين، بحضور ٤٠٠ ألف شخص.")
    assert not found, found


@pytest.mark.parametrize(("text", "pair"), [
    ("أشاد الرئيس الكيني بالمحادثات رفيعة المستوى التي جرت مع إثيوبيا في نيروبي.",
     ("KEN", "ETH")),
    ("ورحب وزير الخارجية الياباني بالمشاورات التي جرت مؤخرا مع كوريا الجنوبية.",
     ("JPN", "KOR")),
    ("وأشاد الرئيس التركي بالمفاوضات التي عقدت في أنقرة مع أذربيجان.", ("TUR", "AZE")),
])
def test_talks_held_with_a_partner_past_a_relative_clause(pipeline, text, pair):
    # as English "talks held with X"
    assert frozenset(pair) in pairs(consults(pipeline, text))


@pytest.mark.parametrize("text", [
    # talks ABOUT cooperation with a country are no talks with it
    "أشاد الرئيس الكيني بالمحادثات التي جرت بشأن التعاون مع إثيوبيا.",
    "وانتقد الرئيس الكيني المفاوضات التي جرت حول الحرب مع إثيوبيا.",
])
def test_talks_about_relations_with_a_country_are_none_with_it(pipeline, text):
    assert frozenset({"KEN", "ETH"}) not in pairs(consults(pipeline, text))


@pytest.mark.parametrize(("lang", "text"), [
    ("ar", "اتفقت حكومتا الهند وباكستان، في أعقاب محادثات سلام جرت في مدينة جدة السعودية، على "
           "تبادل الأسرى."),
    ("ar", "اتفقت الهند وباكستان على تبادل الأسرى، في أعقاب محادثات سلام جرت في الرياض."),
    ("en", "India and Pakistan agree to a prisoner exchange following peace talks in Jeddah, "
           "Saudi Arabia."),
])
def test_background_talks_at_a_venue_are_the_acts_parties(pipeline, lang, text):
    # as English "Following peace talks in Istanbul, Turkey, A and B agree": the venue met no one
    found = pairs(consults(pipeline, text, lang))
    assert frozenset({"IND", "PAK"}) in found, found
    assert not any("SAU" in p for p in found), found


def test_background_talks_with_a_partner_stay_with_it(pipeline):
    found = pairs(consults(pipeline, "أفرجت إيران عن سجين فرنسي في أعقاب محادثات مع فرنسا."))
    assert frozenset({"IRN", "FRA"}) in found, found
