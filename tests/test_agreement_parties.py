"""Who is party to an agreement, and who joins a meeting or a signing, on sentences of our
own: a truce between a state and an armed group is their agreement, not its mediator's; the
office nouns before a verb-first list of signers are no gap before them; a name after
"along with" meets or signs with the doer's partner, but joins no other act."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def facts(pipeline: Pipeline, text: str, lang: str) -> set[tuple]:
    found = pipeline(text, lang, "2025-03-01").extraction.facts
    return {(f.subject, f.predicate, f.object) for f in found}


def events(pipeline: Pipeline, text: str, lang: str) -> set[tuple]:
    found = pipeline(text, lang, "2025-03-01").extraction.events
    return {(e.source, e.event_type, e.target) for e in found}


def agreements(found: set[tuple]) -> set[frozenset]:
    return {frozenset((s, o)) for s, p, o in found if p == "agreement_with"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Oman brokered a truce deal between Yemen and the Houthis."),
    ("ar", "توسطت سلطنة عمان في اتفاق للهدنة بين اليمن وجماعة الحوثيين."),
])
def test_a_truce_brokered_between_a_state_and_an_armed_group_is_theirs(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = facts(pipeline, text, lang)
    assert agreements(found) == {frozenset(("YEM", "ORG:houthis"))}, found
    assert ("OMN", "mediated", "YEM") in found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Observers will watch the Yemen–Houthi truce agreement closely."),
    ("ar", "سيراقب المراقبون تنفيذ اتفاق الهدنة بين اليمن وجماعة الحوثيين."),
])
def test_an_agreement_named_with_its_pair_is_theirs(pipeline: Pipeline, lang: str,
                                                    text: str) -> None:
    found = facts(pipeline, text, lang)
    assert agreements(found) == {frozenset(("YEM", "ORG:houthis"))}, found


@pytest.mark.parametrize("text", [
    "وقع وزيرا خارجية كل من تشيلي وبيرو اتفاقا مع بوليفيا.",
    "وقع وزيرا خارجية تشيلي وبيرو اتفاقا مع بوليفيا.",
])
def test_office_nouns_before_the_signers_are_no_gap(pipeline: Pipeline, text: str) -> None:
    found = facts(pipeline, text, "ar")
    assert agreements(found) == {frozenset(("CHL", "BOL")), frozenset(("PER", "BOL"))}, found


def test_signers_with_no_partner_stay_a_pair(pipeline: Pipeline) -> None:
    found = facts(pipeline, "وقع وزيرا خارجية كل من تشيلي وبيرو اتفاقا.", "ar")
    assert agreements(found) == {frozenset(("CHL", "PER"))}, found


@pytest.mark.parametrize(("lang", "text", "joined"), [
    ("en", "Chile met Peru along with Bolivia.", ("BOL", "CONSULT", "PER")),
    ("en", "The Chilean president met the Peruvian president in Lima, alongside Bolivian "
           "officials.", ("BOL", "CONSULT", "PER")),
    ("en", "Chile signed a fisheries accord with Peru together with Ecuador.",
     ("ECU", "SUPPORT", "PER")),
    ("ar", "التقى الرئيس التشيلي نظيره البيروفي في ليما إلى جانب وزير الخارجية البوليفي.",
     ("BOL", "CONSULT", "PER")),
    ("ar", "وقعت تشيلي اتفاقية للصيد مع بيرو إلى جانب الإكوادور.", ("ECU", "SUPPORT", "PER")),
])
def test_a_name_along_with_a_meeting_or_signing_joins_it(pipeline: Pipeline, lang: str,
                                                        text: str, joined: tuple) -> None:
    found = events(pipeline, text, lang)
    assert joined in found, found
    assert not any(t == joined[0] for _, _, t in found), found  # no partner of the doer


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile sanctioned Peru along with Bolivia."),
    ("ar", "فرضت تشيلي عقوبات على بيرو إلى جانب بوليفيا."),
])
def test_a_name_along_with_another_act_joins_nothing(pipeline: Pipeline, lang: str,
                                                    text: str) -> None:
    found = events(pipeline, text, lang)
    assert ("CHL", "SANCTION", "PER") in found
    assert not any(s == "BOL" for s, _, _ in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile accepted a draft agreement with Peru."),
    ("ar", "وافقت تشيلي على مسودة اتفاق مع بيرو."),
])
def test_a_draft_is_no_agreement(pipeline: Pipeline, lang: str, text: str) -> None:
    assert not agreements(facts(pipeline, text, lang))
    undrafted = text.replace("a draft agreement", "an agreement").replace("مسودة اتفاق", "اتفاق")
    assert agreements(facts(pipeline, undrafted, lang)) == {frozenset(("CHL", "PER"))}


@pytest.mark.parametrize(("text", "partners"), [
    ("طردت تشيلي دبلوماسيا بوليفيا متهما بالتجسس، بعد تعاونها مع الاستخبارات البيروفية "
     "لتفكيك شبكة تجسس بوليفية.", {"PER"}),
    ("أعلنت تشيلي تعاونها مع بيرو والإكوادور.", {"PER", "ECU"}),
])
def test_a_cooperation_owned_by_its_suffix_is_the_subjects(pipeline: Pipeline, text: str,
                                                           partners: set) -> None:
    # "تعاونها": the suffix's owner is the sentence's subject, not the nationality of the
    # expelled diplomat nor the network named after the partner
    found = {(s, t) for s, kind, t in events(pipeline, text, "ar") if kind == "COOPERATE"}
    assert found == {("CHL", p) for p in partners}, found



@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile reached an agreement with Peru brokered by Brazil."),
    ("ar", "توصلت تشيلي إلى اتفاق مع بيرو بوساطة البرازيل."),
    ("ar", "توصلت تشيلي إلى اتفاق مع بيرو بوساطة برازيلية."),
])
def test_a_deal_with_a_partner_brokered_by_a_third(pipeline: Pipeline, lang: str,
                                                   text: str) -> None:
    found = facts(pipeline, text, lang)
    assert {(s, o) for s, p, o in found if p == "mediated"} == {("BRA", "CHL"), ("BRA", "PER")}
    assert agreements(found) == {frozenset(("CHL", "PER"))}, found


def test_a_deal_with_a_partner_no_one_brokered(pipeline: Pipeline) -> None:
    found = facts(pipeline, "Chile reached an agreement with Peru, Brazil said.", "en")
    assert not any(p == "mediated" for _, p, _ in found), found


@pytest.mark.parametrize(("lang", "text", "plain"), [
    ("en", "The UN reimposed sanctions on Chile, citing Chile's lack of cooperation with the IAEA.",
     "Chile cooperated with the IAEA."),
    ("ar", "أعادت الأمم المتحدة فرض العقوبات على تشيلي، مشيرة إلى عدم تعاونها مع الوكالة الدولية "
           "للطاقة الذرية.", "تعاونت تشيلي مع الوكالة الدولية للطاقة الذرية."),
])
def test_a_lack_of_cooperation_is_none(pipeline: Pipeline, lang: str, text: str,
                                       plain: str) -> None:
    assert not any(kind == "COOPERATE" for _, kind, _ in events(pipeline, text, lang))
    assert ("CHL", "COOPERATE", "IAEA") in events(pipeline, plain, lang)


def test_an_extradition_warrant_is_no_extradition(pipeline: Pipeline) -> None:
    sought = events(pipeline, "A former Chilean soldier, John Smith, is arrested on a Peruvian "
                              "extradition warrant related to a murder near a Chilean base.", "en")
    assert not any(kind == "COOPERATE" for _, kind, _ in sought), sought
    done = events(pipeline, "Chile approved the extradition of a cartel leader to Peru.", "en")
    assert ("CHL", "COOPERATE", "PER") in done


@pytest.mark.parametrize(("lang", "text"), [
    # the company phrase stands in another clause, with a subject of its own
    ("en", "Chile met Peru, while Brazil, along with Argentina, criticised the talks."),
    ("en", "Chile met Peru and later, along with Argentina, criticised Brazil."),
    ("ar", "التقى الرئيس التشيلي نظيره البيروفي وأكد وقوف بلاده إلى جانب الشعب الأرجنتيني."),
    # "alongside" a gathering: where the meeting was held, no one who joined it
    ("en", "The Chilean president met the Peruvian president alongside the Mercosur summit."),
    ("en", "The Chilean president met the Peruvian president in Lima alongside the OAS meeting."),
    ("ar", "التقى الرئيس التشيلي نظيره البيروفي إلى جانب قمة مجموعة العشرين."),
    # "along with" another topic, not a companion
    ("en", "Chile met Peru to discuss trade along with security in Argentina."),
])
def test_a_company_phrase_away_from_the_meeting_joins_nothing(pipeline: Pipeline, lang: str,
                                                             text: str) -> None:
    found = events(pipeline, text, lang)
    assert ("CHL", "CONSULT", "PER") in found, found
    assert not any(kind == "CONSULT" and t == "PER" and s != "CHL"
                   for s, kind, t in found), found


@pytest.mark.parametrize(("lang", "text", "owner"), [
    # the suffix points back to the nearest subject or object before it, not the first name
    ("ar", "انتقدت تشيلي بيرو بسبب تعاونها مع بوليفيا.", "PER"),
    ("ar", "قالت تشيلي إن بيرو عززت تعاونها مع بوليفيا.", "PER"),
])
def test_a_cooperation_owned_by_its_suffix_is_the_nearest_names(pipeline: Pipeline, lang: str,
                                                                text: str, owner: str) -> None:
    found = {(s, t) for s, kind, t in events(pipeline, text, lang) if kind == "COOPERATE"}
    assert found == {(owner, "BOL")}, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile signed a deal with Peru brokered by Chile."),
    ("ar", "وقعت تشيلي اتفاقا مع بيرو بوساطة تشيلية."),
])
def test_a_party_to_the_deal_is_no_broker_of_it(pipeline: Pipeline, lang: str,
                                                text: str) -> None:
    found = facts(pipeline, text, lang)
    assert not any(p == "mediated" for _, p, _ in found), found
    assert agreements(found) == {frozenset(("CHL", "PER"))}, found



@pytest.mark.parametrize(("lang", "text", "visit", "other"), [
    # after a visit's destination, a company phrase may name another destination
    ("en", "The Chilean foreign minister will visit Peru along with Bolivia next week.",
     ("CHL", "CONSULT", "PER"), "BOL"),
    ("ar", "يزور وزير الخارجية الأمريكي مصر إلى جانب الأردن الأسبوع المقبل.",
     ("USA", "CONSULT", "EGY"), "JOR"),
])
def test_a_company_phrase_after_a_visit_joins_no_one(pipeline: Pipeline, lang: str, text: str,
                                                     visit: tuple, other: str) -> None:
    found = events(pipeline, text, lang)
    assert visit in found, found
    assert not any(s == other for s, _, _ in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Oman and Kuwait mediated between Yemen and the Houthis."),
    ("en", "Oman and Kuwait brokered a truce between Yemen and the Houthis."),
    ("ar", "توسطت سلطنة عمان والكويت بين اليمن وجماعة الحوثيين."),
    ("ar", "توسطت سلطنة عمان والكويت في هدنة بين اليمن وجماعة الحوثيين."),
])
def test_coordinated_mediators_each_mediate(pipeline: Pipeline, lang: str, text: str) -> None:
    found = facts(pipeline, text, lang)
    assert {("OMN", "mediated", "YEM"), ("KWT", "mediated", "YEM")} <= found, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Oman brokered a ceasefire between Yemen and the Houthis."),
    ("ar", "توسطت سلطنة عمان والكويت في وقف لإطلاق النار بين اليمن وجماعة الحوثيين."),
])
def test_a_brokered_ceasefire_is_the_parties_own(pipeline: Pipeline, lang: str,
                                                 text: str) -> None:
    found = events(pipeline, text, lang)
    retreats = {frozenset((s, t)) for s, kind, t in found if kind == "RETREAT"}
    assert retreats == {frozenset(("YEM", "ORG:houthis"))}, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Qatar, backed by Turkey and Egypt, mediated between Yemen and the Houthis."),
    ("ar", "توسطت سلطنة عمان بدعم من تركيا ومصر بين اليمن وجماعة الحوثيين."),
    ("ar", "سلطنة عمان، بدعم من تركيا ومصر، توسطت بين اليمن وجماعة الحوثيين."),
])
def test_backers_named_beside_a_mediator_do_not_mediate(pipeline: Pipeline, lang: str,
                                                        text: str) -> None:
    found = facts(pipeline, text, lang)
    mediators = {s for s, p, _ in found if p == "mediated"}
    assert len(mediators) == 1 and mediators <= {"QAT", "OMN"}, found
