"""Mends of review 17 (findings 2, 3, 4, 9, 10), in both languages, on sentences of our own
writing."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import event_triples, fact_quads

# --- finding 2: a stopping of aid that is lifted or cancelled leaves the aid standing -------

@pytest.mark.parametrize(("lang", "text", "giver", "receiver"), [
    ("en", "Norway lifted the freeze on aid to Malawi.", "NOR", "MWI"),
    ("en", "Norway cancelled the freeze on aid to Malawi.", "NOR", "MWI"),
    ("ar", "ألغت النرويج تجميد المساعدات المقدمة لملاوي.", "NOR", "MWI"),
    ("ar", "رفعت النرويج التجميد عن المساعدات المقدمة لملاوي.", "NOR", "MWI"),
])
def test_a_lifted_aid_freeze_leaves_the_aid_standing(
        pipeline: Pipeline, lang: str, text: str, giver: str, receiver: str) -> None:
    assert (giver, "aid_to", receiver, "actual") in fact_quads(pipeline, text, lang)
    assert not any(t == "SANCTION" for _, t, _ in event_triples(pipeline, text, lang)), \
        event_triples(pipeline, text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Norway ordered a freeze on aid to Malawi."),
    ("ar", "جمدت النرويج المساعدات المقدمة لملاوي."),
    ("ar", "قررت النرويج تجميد المساعدات المقدمة لملاوي."),
])
def test_an_aid_freeze_not_lifted_is_a_sanction_and_no_aid(
        pipeline: Pipeline, lang: str, text: str) -> None:
    assert not any(p == "aid_to" for _, p, _, _ in fact_quads(pipeline, text, lang))
    assert ("NOR", "SANCTION", "MWI") in event_triples(pipeline, text, lang)


# --- finding 3: an aid cut not done, in any tense, leaves the aid standing ------------------

@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Sweden did not cut aid from Haiti."),
    ("en", "Sweden will not suspend aid to Haiti."),
    ("ar", "لم تقطع السويد المساعدات عن هايتي."),
    ("ar", "لن تعلق السويد المساعدات لهايتي."),
    ("ar", "لم تجمد السويد المساعدات المقدمة لهايتي."),
])
def test_an_aid_cut_not_done_leaves_the_aid_standing(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = {q for q in fact_quads(pipeline, text, lang) if q[1] == "aid_to"}
    assert found == {("SWE", "aid_to", "HTI", "actual")}, found


@pytest.mark.parametrize(("lang", "text"), [
    ("ar", "قطعت السويد المساعدات عن هايتي."),
    ("ar", "ستقطع السويد المساعدات عن هايتي."),
    ("ar", "تقطع السويد المساعدات عن هايتي."),
])
def test_an_aid_cut_done_or_planned_in_any_tense_is_a_sanction(
        pipeline: Pipeline, lang: str, text: str) -> None:
    assert ("SWE", "SANCTION", "HTI") in event_triples(pipeline, text, lang)


# --- finding 4: a coordination between the agreeing and the talk keeps the agreement --------

@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Ecuador and Bolivia agreed to a swap and to start negotiations on trade."),
    ("en", "Ecuador and Bolivia agreed on a truce and to negotiate a lasting settlement."),
    ("ar", "اتفقت الإكوادور وبوليفيا على هدنة وعلى التفاوض بشأن معاهدة حدودية."),
])
def test_a_coordinated_talk_after_an_agreed_act_keeps_the_agreement(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = {q for q in fact_quads(pipeline, text, lang) if q[1] == "agreement_with"}
    assert {(q[0], q[2]) for q in found} in ({("ECU", "BOL")}, {("BOL", "ECU")}), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Ecuador and Bolivia have both agreed to negotiate."),
    ("en", "Ecuador and Bolivia agreed formally to negotiate."),
    ("ar", "اتفق الجانبان الإكوادوري والبوليفي على التفاوض."),
])
def test_names_and_adverbs_between_still_make_only_talk(
        pipeline: Pipeline, lang: str, text: str) -> None:
    assert not any(p == "agreement_with" for _, p, _, _ in fact_quads(pipeline, text, lang))


# --- finding 9: only talk, from data lists, with possessives -----------------------------

@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Ecuador and Bolivia agreed to resolve their dispute."),
    ("en", "Ecuador and Bolivia agreed to begin talks."),
    ("en", "Ecuador and Bolivia agreed to hold negotiations."),
    ("en", "Ecuador and Bolivia agreed to continue negotiating."),
    ("ar", "اتفقت الإكوادور وبوليفيا على استئناف المفاوضات."),
    ("ar", "اتفقت الإكوادور وبوليفيا على إجراء محادثات."),
    ("ar", "اتفقت الإكوادور وبوليفيا على حل خلافاتهما."),
])
def test_talk_begun_held_or_resumed_is_no_agreement(
        pipeline: Pipeline, lang: str, text: str) -> None:
    result = pipeline(text, lang, "2025-03-01").extraction
    assert not any(f.predicate == "agreement_with" for f in result.facts), result.facts
    assert any(e.event_type == "AGREE" for e in result.events), result.events


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Ecuador and Bolivia agreed to hold a joint census."),
    ("ar", "اتفقت الإكوادور وبوليفيا على إجراء تعداد مشترك."),
])
def test_a_begun_or_held_act_that_is_no_talk_is_an_agreement(
        pipeline: Pipeline, lang: str, text: str) -> None:
    assert any(p == "agreement_with" for _, p, _, _ in fact_quads(pipeline, text, lang))


# --- finding 12: no lambda in the compiled frames module ----------------------------------

def test_the_compiled_frames_module_defines_no_lambda() -> None:
    import ast

    from diplomap.native import source_of

    tree = ast.parse(source_of("diplomap.extract.frames").read_text(encoding="utf-8"))
    assert not [node.lineno for node in ast.walk(tree) if isinstance(node, ast.Lambda)]
