""""مالي" after "من" is Mali as after any other preposition ("حظرت الجزائر الرحلات الجوية
من مالي وإليها", the parity set's wcep:2025-04-07:011, WCEP pool "Algeria bans flights to
and from Mali"; "القادمة من مالي", "انسحاب القوات من مالي"): a ban on flights or goods from
another state is a sanction of it, as English "bans flights from Mali". "من مالي الخاص"
(from my own money) stays no state (a stop phrase of the lexicon). Sentences of our own."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import event_triples


@pytest.mark.parametrize(("text", "triple"), [
    ("حظرت الجزائر الرحلات الجوية من مالي وإليها.", ("DZA", "SANCTION", "MLI")),
    ("حظرت الجزائر دخول الطائرات القادمة من مالي.", ("DZA", "SANCTION", "MLI")),
    ("طردت الجزائر دبلوماسيين من مالي.", ("DZA", "SANCTION", "MLI")),
    ("Algeria bans flights from Mali.", ("DZA", "SANCTION", "MLI")),
])
def test_mali_after_from(pipeline: Pipeline, text: str, triple: tuple) -> None:
    lang = "en" if text.isascii() else "ar"
    assert triple in event_triples(pipeline, text, lang)


@pytest.mark.parametrize("text", [
    "تبرع الرئيس الجزائري بمليون دينار من مالي الخاص لضحايا الفيضانات.",
    "قال الوزير الجزائري إنه دفع الغرامة من مالي الشخصي.",
])
def test_own_money_is_no_mali(pipeline: Pipeline, text: str) -> None:
    assert not any("MLI" in t for t in event_triples(pipeline, text, "ar"))
