"""One reader per argument construction (review 25, findings 15-18): the actor right after
a trigger, the pair after "between", the aid an agreement gives, the nationals an act is
done to; and a later trigger of a clause that shares the doer of an earlier one."""

from __future__ import annotations

from conftest import event_triples, fact_quads


def test_aid_agreed_after_a_two_word_pair_is_promised_by_both(pipeline) -> None:
    # one gap for the gift after an agreement: the content link after a pair of four words
    found = fact_quads(pipeline, "اتفقت اليابان وكوريا الجنوبية على تقديم مساعدات إلى الفلبين.",
                       "ar")
    assert ("JPN", "aid_to", "PHL", "planned") in found, found
    assert ("KOR", "aid_to", "PHL", "planned") in found, found


def test_aid_approved_is_given_by_the_approver(pipeline) -> None:
    found = fact_quads(pipeline, "وافق البنك الدولي على قرض بقيمة 300 مليون دولار لسريلانكا.",
                       "ar")
    assert {(s, p, o) for s, p, o, _ in found} == {("WORLD_BANK", "aid_to", "LKA")}, found


def test_whom_a_speaker_told_is_no_speaker_behind_an_article_too(pipeline) -> None:
    # one reader of the actor right after a verb: "told the African Union" as "told AFP"
    for text in ("Kenya told the African Union that Somalia attacked Kenyan troops.",
                 "Kenya told AFP that Somalia attacked Kenyan troops."):
        found = event_triples(pipeline, text)
        assert ("KEN", "ACCUSE", "SOM") in found, (text, found)
        assert not any(s == "AU" for s, _, _ in found), (text, found)


def test_a_warning_addresses_the_actor_right_after_it_not_one_past_a_comma(pipeline) -> None:
    assert ("EGY", "THREATEN", "ETH") in event_triples(
        pipeline, "Egypt warned the Ethiopian government that it would respond to any attack.")
    assert ("EGY", "THREATEN", "ETH") not in event_triples(
        pipeline, "Egypt warned, Ethiopia has no right to fill the dam.")


def test_a_request_addresses_the_official_after_its_complementizer(pipeline) -> None:
    found = event_triples(pipeline, "Protesters in Amsterdam demanded that the Dutch "
                          "government halt arms exports.")
    assert ("NLD", "REQUEST", "NLD") in found, found


def test_a_later_trigger_with_a_guessed_doer_tells_the_same_act_again(pipeline) -> None:
    # the focal state of the text (Sudan) is no second doer of the raid the gunmen made
    found = event_triples(pipeline, "Sudan is at war. RSF gunmen attacked a Chadian border post.")
    assert found == {("ORG:rsf", "ASSAULT", "TCD")}, found


def test_an_act_of_another_mode_in_the_clause_is_its_own(pipeline) -> None:
    # a suspension over an arrest: two COERCE acts of different modes, both kept
    found = event_triples(pipeline, "France suspends its security agreements with Mali over "
                          "the arrest of a French diplomat.")
    assert ("FRA", "COERCE", "MLI") in found, found
