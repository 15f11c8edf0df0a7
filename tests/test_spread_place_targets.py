"""A partitive or spread phrase between an act and its place ("parts of", "the outskirts
of", "several areas in", "across", "مناطق متفرقة من", "أنحاء", "أطراف") leaves the place
the act's target, for every act that takes a place as target. Sentences of our own writing
after the WCEP pool's "shell residential areas of Al-Fashir", "airstrikes on areas of the
Gaza Strip", "air raids across Houthi-controlled areas of Yemen"."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import event_triples


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("Israel struck parts of the Gaza Strip.", "en", ("ISR", "ASSAULT", "PSE")),
    ("Russian forces shelled the outskirts of Kharkiv.", "en", ("RUS", "ASSAULT", "UKR")),
    ("Russian forces shelled residential areas of Kharkiv.", "en", ("RUS", "ASSAULT", "UKR")),
    ("Israeli warplanes struck several areas in the Gaza Strip.", "en", ("ISR", "ASSAULT", "PSE")),
    ("Israel withdrew from parts of the Gaza Strip.", "en", ("ISR", "RETREAT", "PSE")),
    ("قصفت إسرائيل مناطق متفرقة من قطاع غزة.", "ar", ("ISR", "ASSAULT", "PSE")),
    ("شنت إسرائيل غارات على مناطق متفرقة من قطاع غزة.", "ar", ("ISR", "ASSAULT", "PSE")),
    ("قصف الجيش الإسرائيلي أطراف مدينة خان يونس.", "ar", ("ISR", "ASSAULT", "PSE")),
    ("قصفت القوات الروسية أحياء سكنية في خاركيف.", "ar", ("RUS", "ASSAULT", "UKR")),
])
def test_a_spread_phrase_keeps_the_place_as_target(pipeline: Pipeline, text: str, lang: str,
                                                   triple: tuple) -> None:
    assert triple in event_triples(pipeline, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("The storm hit parts of the Gaza Strip.", "en"),
    ("Floods swept across parts of southern Lebanon.", "en"),
    ("اجتاحت السيول مناطق متفرقة من قطاع غزة.", "ar"),
])
def test_a_spread_phrase_with_no_act_gives_none(pipeline: Pipeline, text: str,
                                                lang: str) -> None:
    assert not event_triples(pipeline, text, lang)


def test_protests_across_a_country_stay_domestic(pipeline: Pipeline) -> None:
    assert event_triples(pipeline, "Demonstrators protested across France.", "en") == {
        ("FRA", "PROTEST", "FRA")}
