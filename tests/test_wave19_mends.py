"""Review 19/1 mends: where the wave-19 rules read too much, on sentences of our own
(rules alone, the conftest `pipeline`)."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import event_quads


def _kinds(found: set[tuple]) -> set[str]:
    return {kind for _, kind, _, _ in found}


# finding 1: a title that owns or describes what is dismissed is no official dismissed
@pytest.mark.parametrize("text", [
    "Bolivia's president dismissed the minister's statement as a lie.",
    "Bolivia's president dismisses cabinet reshuffle speculation.",
    "Bolivia's president dismisses government critics.",
    "Bolivia's president dismisses the navy commander's explanation.",
])
def test_a_title_owning_the_claim_is_no_dismissal(pipeline: Pipeline, text: str) -> None:
    found = event_quads(pipeline, text)
    assert "SANCTION" not in _kinds(found), found
    assert ("BOL", "REJECT", "BOL", "actual") in found, found


@pytest.mark.parametrize(("text", "target"), [
    ("Bolivia dismisses the government of Paraguay as a puppet regime.", "PRY"),
    ("Bolivia dismissed the envoy's complaint about Paraguay.", "PRY"),
    ("Paraguay dismisses Bolivia's ambassador's protest.", "BOL"),
    ("Bolivia's president dismisses the Paraguayan government's accusations.", "PRY"),
])
def test_a_foreign_claim_dismissed_stays_a_rejection(pipeline: Pipeline, text: str,
                                                     target: str) -> None:
    found = event_quads(pipeline, text)
    assert "SANCTION" not in _kinds(found), found
    assert any(kind == "REJECT" and tgt == target for _, kind, tgt, _ in found), found


@pytest.mark.parametrize("text", [
    "Bolivia's president dismisses the health minister after a bribery scandal.",
    "Bolivian president Luis Arce dismisses Defence Minister Edmundo Novillo.",
    "Bolivia's president dismisses the entire cabinet.",
    "Bolivia's president dismisses the government of Bolivia.",
])
def test_an_own_official_dismissed_is_still_a_sanction(pipeline: Pipeline, text: str) -> None:
    found = event_quads(pipeline, text)
    assert ("BOL", "SANCTION", "BOL", "actual") in found, found


# finding 2: an order overturned frees someone only where it placed them in detention
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Bolivia's top court overturns the ruling placing duties on Paraguayan sugar."),
    ("en", "Bolivia's top court overturns a presidential order placing soldiers on the "
           "border with Paraguay."),
    ("ar", "ألغت المحكمة البوليفية قرار الحكومة بوضع رسوم على السكر الباراغوياني."),
    ("ar", "ألغت بوليفيا قراراً بوضع جنود على الحدود."),
])
def test_an_order_placing_no_detainee_frees_no_one(pipeline: Pipeline, lang: str,
                                                   text: str) -> None:
    found = event_quads(pipeline, text, lang)
    assert not any(kind == "RETREAT" for _, kind, _, _ in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A Bolivian court overturns an order placing opposition leader Carlos Mesa in "
           "pretrial detention."),
    ("ar", "ألغت محكمة بوليفية قرار النيابة بوضع الصحفي رهن الاحتجاز."),
])
def test_a_detention_order_overturned_frees(pipeline: Pipeline, lang: str, text: str) -> None:
    found = event_quads(pipeline, text, lang)
    assert ("BOL", "RETREAT", "BOL", "actual") in found, found


# finding 3: troops pulled out of a body's mission, or a state leaving its summit, leave no
# body (no SANCTION withdraw); leaving the body itself still does
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Uganda withdraws its soldiers from the African Union mission in Somalia."),
    ("en", "Bolivia pulls its peacekeepers out of the UN mission in Lebanon."),
    ("en", "Bolivia withdraws its peacekeepers from the UN mission in Lebanon."),
    ("en", "Bolivia's withdrawal from the African Union summit angered Paraguay."),
    ("ar", "سحبت أوغندا قواتها من بعثة الاتحاد الأفريقي في الصومال."),
])
def test_troops_pulled_out_of_a_mission_leave_no_body(pipeline: Pipeline, lang: str,
                                                     text: str) -> None:
    found = event_quads(pipeline, text, lang)
    assert "SANCTION" not in _kinds(found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Bolivia withdraws from the World Health Organization."),
    ("en", "Bolivia announces its withdrawal from the WHO."),
    ("ar", "انسحبت بوليفيا من منظمة الصحة العالمية."),
])
def test_leaving_the_body_itself_is_still_a_sanction(pipeline: Pipeline, lang: str,
                                                     text: str) -> None:
    found = event_quads(pipeline, text, lang)
    assert ("BOL", "SANCTION", "WHO", "actual") in found, found


# finding 4: a failure to agree that is only expected or possible states no agreement
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Bolivia and Paraguay are expected to fail to reach an agreement on water rights."),
    ("en", "Bolivia and Paraguay could fail to reach a deal on water rights."),
    ("ar", "من المتوقع أن تخفق بوليفيا وباراغواي في التوصل إلى اتفاق بشأن المياه."),
    ("ar", "قد تفشل بوليفيا وباراغواي في التوصل إلى اتفاق بشأن المياه."),
])
def test_a_failure_not_yet_happened_is_no_agreement(pipeline: Pipeline, lang: str,
                                                    text: str) -> None:
    found = event_quads(pipeline, text, lang)
    assert not any(kind == "AGREE" and modality != "negated"
                   for _, kind, _, modality in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Bolivia and Paraguay failed to reach an agreement on water rights."),
    ("ar", "أخفقت بوليفيا وباراغواي في التوصل إلى اتفاق بشأن المياه."),
])
def test_a_failure_to_agree_is_an_agree_negated(pipeline: Pipeline, lang: str,
                                                text: str) -> None:
    found = event_quads(pipeline, text, lang)
    assert {("BOL", "AGREE", "PRY", "negated"), ("PRY", "AGREE", "BOL", "negated")} & found


# finding 5: a joint act's partners are its coordinated doers, "with X" or "between A and
# B", never the one it strikes or the place; the strike inside is read beside it
@pytest.mark.parametrize(("lang", "text", "partner"), [
    ("en", "Uganda launches joint airstrikes on Sudan.", "SDN"),
    ("en", "Uganda's army launches a joint operation in Sudan.", "SDN"),
    ("ar", "شنت القوات الأوغندية غارات مشتركة على السودان.", "SDN"),
    ("ar", "نفذت أوغندا عملية مشتركة ضد السودان.", "SDN"),
])
def test_the_one_struck_is_no_partner_of_a_joint_act(pipeline: Pipeline, lang: str,
                                                    text: str, partner: str) -> None:
    found = event_quads(pipeline, text, lang)
    assert not any(kind == "COOPERATE" and partner in (src, tgt)
                   for src, kind, tgt, _ in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Uganda and Rwanda launch joint airstrikes on Sudan."),
    ("ar", "شنت أوغندا ورواندا غارات مشتركة على السودان."),
])
def test_joint_airstrikes_are_an_assault_and_a_cooperation(pipeline: Pipeline, lang: str,
                                                          text: str) -> None:
    found = event_quads(pipeline, text, lang)
    assert {("UGA", "ASSAULT", "SDN", "actual"), ("RWA", "ASSAULT", "SDN", "actual")} <= found
    assert {("UGA", "COOPERATE", "RWA", "actual"), ("RWA", "COOPERATE", "UGA", "actual")} & found


def test_a_joint_exercise_with_a_partner_still_cooperates(pipeline: Pipeline) -> None:
    found = event_quads(pipeline, "Uganda holds a joint military exercise with Rwanda.")
    assert {("UGA", "COOPERATE", "RWA", "actual"), ("RWA", "COOPERATE", "UGA", "actual")} & found


# finding 6: an entry into force in another clause, or of another noun, leaves the act done
@pytest.mark.parametrize(("lang", "text", "quad"), [
    ("en", "Canada imposes sanctions on Venezuela and said an asset freeze would take effect "
           "later.", ("CAN", "SANCTION", "VEN", "actual")),
    ("ar", "فرضت كندا عقوبات على فنزويلا وقالت إن تجميد الأصول سيدخل حيز التنفيذ.",
     ("CAN", "SANCTION", "VEN", "actual")),
    ("en", "Bolivia pulls back troops from Paraguay under an accord that will take effect "
           "in July.", ("BOL", "RETREAT", "PRY", "actual")),
])
def test_an_entry_into_force_elsewhere_leaves_the_act_done(pipeline: Pipeline, lang: str,
                                                          text: str, quad: tuple) -> None:
    found = event_quads(pipeline, text, lang)
    assert quad in found, found


def test_an_entry_into_force_of_the_trigger_still_plans_it(pipeline: Pipeline) -> None:
    found = event_quads(pipeline, "Canada announces 30% tariffs on Mexico and Brazil that will "
                                  "take effect next month.")
    assert ("CAN", "SANCTION", "MEX", "planned") in found, found
    assert ("CAN", "SANCTION", "MEX", "actual") not in found, found
