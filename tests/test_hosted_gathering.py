"""A gathering hosted by a third party, named as where the clause's act was done ("A and B
signed the accord at a ceremony hosted by C", "At the summit hosted by C, A and B backed
...", "خلال مراسم استضافها C"): its attendees, the parties of the act, meet its host
(CONSULT A-C, B-C), who is no party of their act. On sentences of our own writing, with
near-misses: a gathering the act is about ("criticised the summit hosted by C"), the
target of a condemnation or the doer of a strike named beside it attend nothing."""

from __future__ import annotations

import pytest

from conftest import event_triples


def consults(pipeline, text: str, lang: str) -> set[frozenset[str]]:
    return {frozenset((s, t)) for s, k, t in event_triples(pipeline, text, lang)
            if k == "CONSULT"}


@pytest.mark.parametrize(("lang", "text", "pairs"), [
    ("en", "The presidents of Serbia and Kosovo signed an economic normalisation deal at a "
           "ceremony hosted by French President Emmanuel Macron.",
     [("SRB", "FRA"), ("XKX", "FRA")]),
    ("en", "Armenia and Azerbaijan signed a peace accord with Turkey during a ceremony hosted "
           "by Kazakhstan.", [("ARM", "KAZ"), ("AZE", "KAZ"), ("TUR", "KAZ")]),
    ("en", "Japan and Canada backed the initiative at a summit hosted by Qatar.",
     [("JPN", "QAT"), ("CAN", "QAT")]),
    ("ar", "ووقّع رئيسا صربيا وكوسوفو اتفاقاً لتطبيع العلاقات الاقتصادية خلال مراسم استضافها "
           "الرئيس الفرنسي إيمانويل ماكرون.", [("SRB", "FRA"), ("XKX", "FRA")]),
    ("ar", "وفي القمة التي استضافتها الدوحة، أعلنت تركيا ومصر دعمهما للخطة.",
     [("TUR", "QAT"), ("EGY", "QAT")]),
    ("ar", "وفي قمة مجموعة السبع التي استضافتها روما في يونيو 2024، انضمت اليابان وكندا إلى "
           "ألمانيا في دعم المبادرة.", [("JPN", "ITA"), ("CAN", "ITA"), ("DEU", "ITA")]),
])
def test_the_parties_of_an_act_meet_the_host_of_its_gathering(pipeline, lang, text, pairs):
    found = consults(pipeline, text, lang)
    assert {frozenset(p) for p in pairs} <= found, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Japan and Canada backed the initiative at a summit hosted by Qatar."),
    ("ar", "وفي القمة التي استضافتها الدوحة، أعلنت تركيا ومصر دعمهما للخطة."),
])
def test_the_host_is_no_party_of_the_act(pipeline, lang, text):
    found = {(s, k, t) for s, k, t in event_triples(pipeline, text, lang) if k != "CONSULT"}
    assert not any("QAT" in (s, t) for s, _, t in found), found


@pytest.mark.parametrize(("lang", "text", "pair"), [
    # the gathering is what the act is about, not where it was done
    ("en", "Iran criticised the summit hosted by Qatar.", ("IRN", "QAT")),
    ("ar", "وانتقدت إيران القمة التي استضافتها الدوحة.", ("IRN", "QAT")),
])
def test_a_gathering_criticised_is_not_attended(pipeline, lang, text, pair):
    found = consults(pipeline, text, lang)
    assert frozenset(pair) not in found, found


@pytest.mark.parametrize(("lang", "text", "absent"), [
    # whom one condemns there, and who struck, attend nothing
    ("ar", "وفي القمة التي استضافتها الدوحة، أدانت مصر الغارات الإسرائيلية على غزة.",
     [("ISR", "QAT"), ("PSE", "QAT")]),
    ("en", "At the summit hosted by Qatar, Egypt condemned the Israeli strikes on Gaza.",
     [("ISR", "QAT"), ("PSE", "QAT")]),
])
def test_targets_of_condemnation_attend_nothing(pipeline, lang, text, absent):
    found = consults(pipeline, text, lang)
    assert not {frozenset(p) for p in absent} & found, found
