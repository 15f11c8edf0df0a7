"""English constructions Arabic reads and English missed (issue 9, cross-language pairs), on
sentences of our own writing, with near-misses that must not fire: the internet cut off by
a government ("an internet cut", "cuts off internet access"; ar "قطع الإنترنت")."""

from __future__ import annotations

import pytest

from conftest import event_triples


def censored(pipeline, text: str, lang: str = "en") -> set[tuple]:
    return {(s, t) for s, k, t in event_triples(pipeline, text, lang) if k == "COERCE"}


@pytest.mark.parametrize(("text", "pair"), [
    ("Iran imposes a nationwide internet cut.", ("IRN", "IRN")),
    ("The Taliban government cuts off internet access across Afghanistan.", ("AFG", "AFG")),
    ("قطعت السلطات الإيرانية الإنترنت في أنحاء البلاد.", ("IRN", "IRN")),
])
def test_the_internet_cut_off_is_censorship(pipeline, text, pair):
    lang = "ar" if any("\u0600" <= c <= "\u06ff" for c in text) else "en"
    assert pair in censored(pipeline, text, lang)


@pytest.mark.parametrize("text", [
    "Militants are suspected of having cut undersea internet cables in the Red Sea.",
    "The Iranian government cut interest rates to boost the economy.",
])
def test_cables_or_rates_cut_censor_nothing(pipeline, text):
    assert not censored(pipeline, text)


def coerced(pipeline, text: str, lang: str) -> set[tuple]:
    return {(s, t) for s, k, t in event_triples(pipeline, text, lang) if k == "COERCE"}


@pytest.mark.parametrize(("text", "lang"), [
    ("Australia announces a new settlement program for refugees from Sudan.", "en"),
    ("Australia announces new settlements for refugees from Sudan.", "en"),
    ("Singapore cites concerns over settlement expansion in the West Bank.", "en"),
    ("أبدت سنغافورة مخاوف إزاء التوسع الاستيطاني في الضفة الغربية.", "ar"),
    # the state that condemns or speaks of settlements built by another settles nothing
    ("Jordan said new settlements in the West Bank violate international law.", "en"),
    ("أدانت الأردن بناء مستوطنات جديدة في الضفة الغربية.", "ar"),
    ("قالت مصر إن بناء مستوطنات في الضفة الغربية يخالف القانون الدولي.", "ar"),
])
def test_settling_refugees_or_a_concern_settles_no_land(pipeline, text, lang):
    assert not coerced(pipeline, text, lang)


@pytest.mark.parametrize("text", [
    "Israeli forces raid a refugee camp in the occupied West Bank.",
    "Israeli settlers attack a village in the occupied West Bank.",
])
def test_the_occupied_land_is_still_where_an_act_is_done(pipeline, text):
    assert any(s == "ISR" and t == "PSE" for s, _, t in event_triples(pipeline, text, "en"))
