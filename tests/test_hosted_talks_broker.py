"""Talks of a pair that a third party hosted, named after the pair's act ("A and B agreed ...
after talks hosted by C", "اتفقت A وB ... عقب محادثات استضافتها C"): the host brokered them,
as "talks mediated by C" does; the talks stay the pair's own. Found in the essays tune split
(writer 3: a deal "announced after four days of talks hosted by China", «عقب محادثات
استضافتها الصين») beside the dev set's "reach an agreement ... at talks mediated by C"."""

from __future__ import annotations

import pytest

from conftest import event_triples, fact_quads


def mediations(pipeline, text: str, lang: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o, _ in fact_quads(pipeline, text, lang) if p == "mediated"}


@pytest.mark.parametrize(("text", "lang"), [
    ("Ethiopia and Eritrea agreed to reopen their border in a deal announced after three days "
     "of talks hosted by Kenya.", "en"),
    ("Ethiopia and Eritrea held indirect negotiations hosted by Kenya in Nairobi.", "en"),
    ("اتفقت إثيوبيا وإريتريا على إعادة فتح الحدود في اتفاق أعلن عقب محادثات استضافتها كينيا "
     "على مدى ثلاثة أيام.", "ar"),
    ("اتفقت إثيوبيا وإريتريا على تبادل الأسرى بعد المحادثات التي استضافتها كينيا.", "ar"),
])
def test_the_host_of_the_pairs_talks_mediated(pipeline, text: str, lang: str) -> None:
    found = mediations(pipeline, text, lang)
    assert {("KEN", "ETH"), ("KEN", "ERI")} <= found, found


@pytest.mark.parametrize(("text", "lang"), [
    ("Ethiopia and Eritrea agreed to exchange prisoners after talks hosted by Kenya.", "en"),
    ("اتفقت إثيوبيا وإريتريا على تبادل الأسرى بعد المحادثات التي استضافتها كينيا.", "ar"),
])
def test_the_hosted_talks_stay_the_pairs(pipeline, text: str, lang: str) -> None:
    found = {frozenset({s, t}) for s, e, t in event_triples(pipeline, text, lang)
             if e == "CONSULT"}
    assert frozenset({"ETH", "ERI"}) in found, found


@pytest.mark.parametrize(("text", "lang"), [
    # no pair before the talks: one party, or none
    ("Ethiopia attended talks hosted by Kenya.", "en"),
    ("The talks hosted by Kenya ended without a deal.", "en"),
    ("شاركت إثيوبيا في محادثات استضافتها كينيا.", "ar"),
    ("انتهت المحادثات التي استضافتها كينيا دون اتفاق.", "ar"),
    # a ceremony or a summit hosted is no talks brokered
    ("The presidents of Ethiopia and Eritrea attended a ceremony hosted by Kenya.", "en"),
    ("Ethiopia and Eritrea attended the summit hosted by Kenya.", "en"),
    ("حضر رئيسا إثيوبيا وإريتريا حفلاً استضافته كينيا.", "ar"),
])
def test_no_mediation_without_the_pairs_hosted_talks(pipeline, text: str, lang: str) -> None:
    assert not mediations(pipeline, text, lang)
