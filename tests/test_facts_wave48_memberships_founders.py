"""Memberships, foundings and recognitions in analysis pieces: co-founders after "with",
memberships chained in one sentence, "belongs to", recognition of breakaway regions; both
languages, on sentences of our own writing, with near-misses."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import fact_quads


def _pairs(found: set[tuple], predicate: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o, _ in found if p == predicate}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The bloc is ASEAN, which Thailand founded with Malaysia, Singapore and the"
           " Philippines in 1967."),
    ("en", "In 2014 Kazakhstan set up the Eurasian Economic Union with Russia and Belarus."),
    ("ar", "والرابطة هي آسيان التي أسستها تايلاند مع ماليزيا وسنغافورة والفلبين عام 1967."),
    ("ar", "أسست كازاخستان الاتحاد الاقتصادي الأوراسي مع روسيا وبيلاروس عام 2014."),
])
def test_the_names_after_with_found_it_too(pipeline: Pipeline, lang: str, text: str) -> None:
    found = _pairs(fact_quads(pipeline, text, lang), "founder_of")
    founders = {s for s, _ in found}
    assert len(founders) >= 3, found


@pytest.mark.parametrize(("lang", "text", "founder"), [
    ("en", "In 2014 Kazakhstan set up the Eurasian Economic Union with Russian help.", "KAZ"),
    ("en", "In 2014 Kazakhstan set up the Eurasian Economic Union with Russia's backing.",
     "KAZ"),
    ("ar", "أسست كازاخستان الاتحاد الاقتصادي الأوراسي عام 2014 بدعم من روسيا.", "KAZ"),
])
def test_a_helper_named_after_with_founds_nothing(pipeline: Pipeline, lang: str, text: str,
                                                  founder: str) -> None:
    found = _pairs(fact_quads(pipeline, text, lang), "founder_of")
    assert {s for s, _ in found} == {founder}, found


def test_with_after_a_joining_verb_names_no_founder(pipeline: Pipeline) -> None:
    found = fact_quads(pipeline, "In 2014 Kazakhstan joined the Eurasian Economic Union with"
                                 " Russia and Belarus.", "en")
    assert not _pairs(found, "founder_of"), found


@pytest.mark.parametrize(("lang", "text", "wrong", "right"), [
    ("en", "Tehran signed a trade deal with China in 2021, became a full member of the Shanghai"
           " Cooperation Organisation in 2023 and joined BRICS in 2024.",
     ("SCO", "BRICS"), ("IRN", "BRICS")),
    ("ar", "انضمت ماليزيا إلى مجموعة «بريكس» عضواً كاملاً في مارس 2026، لتكون ثاني دولة من"
           " المنطقة تنضم إليها، بينما تواصل مساعيها للانضمام إلى منظمة التعاون الاقتصادي"
           " والتنمية.",
     ("BRICS", "OECD"), ("MYS", "BRICS")),
])
def test_a_body_joined_earlier_in_the_sentence_is_no_member_of_the_next(
        pipeline: Pipeline, lang: str, text: str, wrong: tuple[str, str],
        right: tuple[str, str]) -> None:
    found = _pairs(fact_quads(pipeline, text, lang), "member_of")
    assert wrong not in found, found
    assert right in found, found


def test_a_body_that_joins_is_still_a_member(pipeline: Pipeline) -> None:
    found = _pairs(fact_quads(pipeline, "The European Union joined the G20 in 2023, and the"
                                        " African Union became a member of it a year later.",
                              "en"), "member_of")
    assert {("EU", "G20"), ("AU", "G20")} <= found, found


@pytest.mark.parametrize(("lang", "text", "pair"), [
    ("en", "Kenya belongs to the Intergovernmental Authority on Development.", ("KEN", "IGAD")),
    ("en", "Qatar has belonged to the Arab League since 1971.", ("QAT", "LAS")),
    ("ar", "كما تنتمي كينيا إلى الهيئة الحكومية للتنمية (إيغاد).", ("KEN", "IGAD")),
    ("ar", "وتنتمي قطر إلى جامعة الدول العربية منذ عام 1971.", ("QAT", "LAS")),
])
def test_belonging_to_a_body_is_membership(pipeline: Pipeline, lang: str, text: str,
                                           pair: tuple[str, str]) -> None:
    assert pair in _pairs(fact_quads(pipeline, text, lang), "member_of")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The seized tanker belongs to Iran."),
    ("ar", "وتنتمي الناقلة المحتجزة إلى إيران."),
])
def test_belonging_to_a_state_is_no_membership(pipeline: Pipeline, lang: str,
                                               text: str) -> None:
    assert not _pairs(fact_quads(pipeline, text, lang), "member_of")
