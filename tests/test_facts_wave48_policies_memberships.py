"""Policies, memberships, foundings and recognitions as analysis pieces word them, in both
languages, on sentences of our own writing."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline
from diplomap.extract.frames import _norm
from diplomap.extract.patterns import TokenPattern

from conftest import fact_quads


def _policies(found: set[tuple]) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o, _ in found if p == "policy"}


def test_a_hyphenated_form_is_read_as_the_sentence_splits_it() -> None:
    assert TokenPattern.parse("multi-vector policy", None, _norm).tokens == (
        "multi", "vector", "policy")


@pytest.mark.parametrize(("text", "principle"), [
    ("Mongolia pursues a multi-vector foreign policy.", "multi_vector"),
    ("Malaysia backs the non-proliferation treaty regime and a nuclear-weapon-free zone.",
     "non_proliferation"),
])
def test_a_hyphenated_policy_cue_is_read(pipeline: Pipeline, text: str,
                                         principle: str) -> None:
    found = _policies(fact_quads(pipeline, text, "en"))
    assert principle in {o for _, o in found}, found


@pytest.mark.parametrize(("lang", "text", "holders", "principle"), [
    ("en", "Japan opened an embassy. Analysts point to the multi-vector policy that Mongolia"
           " and Kazakhstan pursue by courting everyone.", {"MNG", "KAZ"}, "multi_vector"),
    ("en", "Japan opened an embassy. Observers praised the neutrality which Turkmenistan"
           " has long followed.", {"TKM"}, "neutrality"),
    ("ar", "افتتحت اليابان سفارة. ويشير محللون إلى السياسة \"متعددة الاتجاهات\" التي"
           " تنتهجها منغوليا وكازاخستان.", {"MNG", "KAZ"}, "multi_vector"),
    ("ar", "افتتحت اليابان سفارة. وأشاد مراقبون بسياسة الحياد التي تتبعها تركمانستان منذ"
           " سنوات.", {"TKM"}, "neutrality"),
])
def test_the_relative_clause_on_a_policy_names_its_holders(
        pipeline: Pipeline, lang: str, text: str, holders: set[str], principle: str) -> None:
    found = _policies(fact_quads(pipeline, text, lang))
    assert {(h, principle) for h in holders} <= found, found
    assert ("JPN", principle) not in found, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Japan opened an embassy. Analysts point to the multi-vector policy that Mongolia"
           " criticised."),
    ("ar", "افتتحت اليابان سفارة. ويشير محللون إلى السياسة \"متعددة الاتجاهات\" التي انتقدتها"
           " منغوليا."),
])
def test_a_relative_clause_without_a_verb_of_pursuit_names_no_holder(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = _policies(fact_quads(pipeline, text, lang))
    assert ("MNG", "multi_vector") not in found, found


def _members(found: set[tuple], body: str) -> set[str]:
    return {s for s, p, o, m in found if p == "member_of" and o == body and m == "actual"}


@pytest.mark.parametrize(("lang", "text", "members"), [
    ("en", "Ghana signed a deal. On 1 January Ethiopia formally joined BRICS alongside Egypt,"
           " Iran and Nigeria.", {"ETH", "EGY", "IRN", "NGA"}),
    ("en", "Ghana signed a deal. Ethiopia joined BRICS in January, along with its rival Egypt.",
     {"ETH", "EGY"}),
    ("ar", "وقعت غانا اتفاقا. وانضمت إثيوبيا رسميا إلى مجموعة بريكس في يناير إلى جانب مصر"
           " وإيران.", {"ETH", "EGY", "IRN"}),
    ("ar", "وقعت غانا اتفاقا. وأصبحت إثيوبيا عضواً في مجموعة بريكس إلى جانب مصر.",
     {"ETH", "EGY"}),
])
def test_who_joins_alongside_the_member_joins_too(
        pipeline: Pipeline, lang: str, text: str, members: set[str]) -> None:
    found = fact_quads(pipeline, text, lang)
    assert _members(found, "BRICS") == members, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Ghana signed a deal. Ethiopia joined BRICS alongside the G20 summit in Delhi."),
    ("en", "Ghana signed a deal. Ethiopia joined BRICS, while Egypt, along with Iran,"
           " stayed out."),
])
def test_no_companion_joins_where_company_names_a_gathering_or_another_clause(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert _members(found, "BRICS") <= {"ETH"}, found
