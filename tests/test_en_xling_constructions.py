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
