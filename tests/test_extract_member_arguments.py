"""Arguments named through membership (wA17): people named as members of an armed group or
a party are acted on as that group. Sentences of our own writing."""

from __future__ import annotations

from dataclasses import replace

from diplomap.extract import Pipeline
from diplomap.extract.confirm import ScorerConfirm, settings
from diplomap.extract.scorer import Scorer

from conftest import event_triples


def test_a_member_arrested_in_the_passive_is_his_group(pipeline: Pipeline) -> None:
    text = "A 30-year-old man, a Hezbollah member, was arrested in Germany."
    assert event_triples(pipeline, text) == {("DEU", "COERCE", "ORG:hezbollah")}
    text = "Five Hezbollah members were arrested in Germany on Tuesday."
    assert event_triples(pipeline, text) == {("DEU", "COERCE", "ORG:hezbollah")}
    text = "Two members of the MS-13 gang are sentenced to life in prison in Texas, United States."
    assert event_triples(pipeline, text) == {("USA", "SANCTION", "ORG:ms13")}
    arabic = "واعتُقل شاب يبلغ من العمر ٣٠ عاماً في ألمانيا، وهو عضو في حزب الله."
    assert event_triples(pipeline, arabic, "ar") == {("DEU", "COERCE", "ORG:hezbollah")}
    arabic = "اعتُقل خمسة أشخاص مرتبطين بحزب الله في ألمانيا."
    assert event_triples(pipeline, arabic, "ar") == {("DEU", "COERCE", "ORG:hezbollah")}


def test_a_member_of_a_body_of_states_stays_at_home(pipeline: Pipeline) -> None:
    # a council or a bank's committee is no group whose members a court punishes as it
    text = "Jan Novak, a member of the European Central Bank committee, is convicted in Slovakia."
    assert event_triples(pipeline, text) == {("SVK", "SANCTION", "SVK")}
    # people of no group named: the state's own
    text = "Five men were arrested in Germany on Tuesday."
    assert event_triples(pipeline, text) == {("DEU", "COERCE", "DEU")}


def test_members_deported_to_a_third_state_are_their_group(pipeline: Pipeline) -> None:
    # the people deported are named as members of a group: the group, not where they are sent
    text = "Spain deports 40 suspected members of Hamas and Hezbollah to Algeria."
    assert event_triples(pipeline, text) == {("ESP", "COERCE", "ORG:hamas"),
                                             ("ESP", "COERCE", "ORG:hezbollah")}
    # with no group named, the state they are sent to stays the target
    text = "Spain deports 40 Algerian migrants back to Algeria."
    assert event_triples(pipeline, text) == {("ESP", "COERCE", "DZA")}


def test_a_name_restated_in_brackets_stays_in_its_pair(pipeline: Pipeline) -> None:
    # "between A (ACRONYM) and B": the acronym restates A, B is still A's partner
    text = ("Kenya confirms that peace talks between the Democratic Republic of the Congo (DRC) "
            "and the M23 will begin on 3 May.")
    assert event_triples(pipeline, text) == {("COD", "CONSULT", "ORG:m23")}
    # a place and its state after a comma are no such restatement
    text = "After talks in Beijing, China and India agree to resume direct flights."
    assert ("CHN", "AGREE", "IND") in event_triples(pipeline, text)


def test_a_backed_partner_after_and_is_in_the_pair(pipeline: Pipeline) -> None:
    # the words of "Rwandan-backed" describe B: "A and the Rwandan-backed B" is a pair
    text = ("Kenya confirms that talks between Uganda and the Rwandan-backed M23 will begin "
            "on 3 May.")
    assert ("UGA", "CONSULT", "ORG:m23") in event_triples(pipeline, text)
    assert ("UGA", "CONSULT", "RWA") not in event_triples(pipeline, text)


def test_reciprocal_accusations_go_both_ways(pipeline: Pipeline) -> None:
    text = "Serbia and Kosovo accuse each other of provoking the incident."
    assert event_triples(pipeline, text) == {("SRB", "ACCUSE", "XKX"), ("XKX", "ACCUSE", "SRB")}
    # "both sides": the pair named as a list before, not the mediator named with them
    text = ("Armenia and Azerbaijan agree to talks after mediation by the United States. "
            "However, both sides accuse the other of shelling border villages.")
    found = event_triples(pipeline, text)
    assert {("ARM", "ACCUSE", "AZE"), ("AZE", "ACCUSE", "ARM")} <= found
    assert not {e for e in found if e[1] == "ACCUSE" and "USA" in e}
    arabic = ("اتفقت أرمينيا وأذربيجان على إجراء محادثات بوساطة الولايات المتحدة. "
              "غير أن كل طرف اتهم الآخر بقصف القرى الحدودية.")
    found = event_triples(pipeline, arabic, "ar")
    assert {("ARM", "ACCUSE", "AZE"), ("AZE", "ACCUSE", "ARM")} <= found
    arabic = "وتبادلت أرمينيا وأذربيجان الاتهامات بخرق وقف إطلاق النار."
    assert event_triples(pipeline, arabic, "ar") == {("ARM", "ACCUSE", "AZE"),
                                                     ("AZE", "ACCUSE", "ARM")}


def test_a_place_after_a_direction_adjective_is_governed_by_in(pipeline: Pipeline) -> None:
    # "in central Paris" is where, as "in Paris" is: no subject of the verb after it
    text = "The National Rally organizes a rally in central Paris to protest the verdict."
    found = event_triples(pipeline, text)
    assert ("FRA", "PROTEST", "FRA") not in found
    assert ("ORG:national_rally", "PROTEST", "FRA") in found


def test_a_backer_is_no_party_of_a_proposed_event() -> None:
    # the scorer proposes events between the actors a sentence names: the backer a backing
    # participle governs only describes the group ("المدعومة من رواندا"); the shipped
    # scorer at a fixed proposal threshold, so that a refit of confirm.yaml cannot leave
    # the test with no proposal to check
    rules = Pipeline(model="rules")
    arabic = ("واصلت قوات حركة «إم 23» المتمردة المدعومة من رواندا الزحف نحو بلدة أوفيرا، "
              "ثاني مدن إقليم جنوب كيفو في جمهورية الكونغو الديمقراطية.")
    reading = rules(arabic, "ar", None)
    config = replace(settings(), propose_relevance=0.8, propose_type=0.5)
    proposer = ScorerConfirm(rules.extractor("ar"), Scorer.load(), config)
    found = {(e.source, e.event_type, e.target)
             for e in proposer(reading.doc, reading.extraction, None).events}
    assert not {e for e in found if "RWA" in (e[0], e[2])}
    assert ("ORG:m23", "ASSAULT", "COD") in found
