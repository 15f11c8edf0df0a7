"""A bare two-sided act (frame key `two_sided`: a ceasefire, a truce) whose sides are not
named beside it, stated as holding behind the sentence's act (grammar `holding_links`:
"since", "while", "منذ", "فيما"; or endangered by a threat), is held by the named pair of the
nearest two-party act of its sentence, else of the sentence before (strategy
`nearest_pair`). Sentences of our own writing, in both languages."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import event_quads

CHAD_SUDAN = frozenset(("TCD", "SDN"))


def _ceasefires(pipeline: Pipeline, text: str, lang: str) -> set[tuple]:
    return {(frozenset((s, o)), m) for s, t, o, m in event_quads(pipeline, text, lang)
            if t == "RETREAT"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Sudan accuses Chad of carrying out dozens of raids since the agreed ceasefire "
           "in March."),
    ("en", "Chad says that peace talks with Sudan in Doha have failed, while the ceasefire "
           "holds."),
    ("en", "Chad accuses Sudan of killing a farmer near the border, threatening the "
           "ceasefire that ended the fighting."),
    ("ar", "اتهمت السودان تشاد بتنفيذ عشرات الهجمات في دارفور منذ وقف إطلاق النار المتفق عليه "
           "في مارس."),
    ("ar", "أعلنت تشاد فشل محادثات السلام مع السودان في الدوحة، فيما لا يزال وقف إطلاق النار "
           "صامدا."),
    ("ar", "اتهمت تشاد السودان بقتل مزارع قرب الحدود، ما أدى إلى تهديد وقف إطلاق النار."),
])
def test_a_bare_holding_ceasefire_is_held_by_the_pair_of_the_sentence_act(
        pipeline: Pipeline, lang: str, text: str) -> None:
    assert (CHAD_SUDAN, "actual") in _ceasefires(pipeline, text, lang)


def test_the_trace_names_the_nearest_pair_strategy(pipeline: Pipeline) -> None:
    events = pipeline("Chad says that peace talks with Sudan in Doha have failed, while the "
                      "ceasefire holds.", "en", "2025-03-01").extraction.events
    ceasefire = next(e for e in events if e.event_type == "RETREAT")
    assert {s.strategy for s in ceasefire.trace if s.slot in ("source", "target")} == {
        "nearest_pair"}, ceasefire.trace


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chad held talks with Sudan in Doha. Fighting has stopped since the ceasefire."),
    ("ar", "أجرت تشاد محادثات مع السودان في الدوحة. وتوقف القتال منذ وقف إطلاق النار."),
])
def test_with_no_pair_in_its_sentence_the_pair_of_the_sentence_before_holds_it(
        pipeline: Pipeline, lang: str, text: str) -> None:
    assert (CHAD_SUDAN, "actual") in _ceasefires(pipeline, text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    # asked for, secured, violated or agreed: no ceasefire stated as holding
    ("en", "Chad met Sudan's foreign minister in an effort to secure a ceasefire."),
    ("en", "Chad accuses Sudan of violating the ceasefire."),
    ("en", "Chad condemned Sudan and called for a ceasefire."),
    ("ar", "اتهمت تشاد السودان بانتهاك وقف إطلاق النار."),
    ("ar", "أدانت تشاد السودان ودعت إلى وقف إطلاق النار."),
    # a side that only a place or a nationality stands for is no side
    ("en", "Chad shelled Sudanese villages despite the ceasefire."),
    # another act read between the link and the ceasefire
    ("en", "Chad accused Sudan of attacks after talks on a ceasefire."),
])
def test_a_ceasefire_not_stated_as_holding_takes_no_pair(
        pipeline: Pipeline, lang: str, text: str) -> None:
    assert (CHAD_SUDAN, "actual") not in _ceasefires(pipeline, text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chad said the ceasefire holds since Monday."),
    ("ar", "قالت تشاد إن الهدنة صامدة منذ الاثنين."),
])
def test_a_bare_ceasefire_with_no_two_party_act_near_it_names_no_sides(
        pipeline: Pipeline, lang: str, text: str) -> None:
    assert not _ceasefires(pipeline, text, lang)
