"""One reader per argument construction (review 25, findings 15-18): the actor right after
a trigger, the pair after "between", the aid an agreement gives, the nationals an act is
done to; and a later trigger of a clause that shares the doer of an earlier one."""

from __future__ import annotations

from conftest import fact_quads


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
