"""`hosts` from a body's home, in both languages, from the analysis genre: "Ethiopia is home
to the African Union Commission", "ولا تزال أديس أبابا مقرا لمفوضية الاتحاد الأفريقي"; a
people, troops or a trip home is no body hosted."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import fact_quads


def _hosts(pipeline: Pipeline, text: str, lang: str) -> set[tuple]:
    return {q for q in fact_quads(pipeline, text, lang) if q[1] == "hosts"}


@pytest.mark.parametrize(("lang", "text", "quad"), [
    ("en", "Kenya is also home to the secretariat of the East African Community.",
     ("KEN", "hosts", "EAC", "actual")),
    ("en", "Ethiopia remains home to the African Union Commission.",
     ("ETH", "hosts", "AU", "actual")),
    ("ar", "ولا تزال أديس أبابا مقراً لمفوضية الاتحاد الأفريقي.",
     ("ETH", "hosts", "AU", "actual")),
])
def test_a_bodys_home_hosts_it(pipeline: Pipeline, lang: str, text: str,
                               quad: tuple[str, str, str, str]) -> None:
    assert quad in _hosts(pipeline, text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    # a people or troops a place is home to, a trip home: no body hosted
    ("en", "The western province is home to a Hungarian minority of 150,000 people."),
    ("en", "The Kenyan president returned home to Nairobi after meeting the African Union."),
    ("ar", "اختار الرئيس الكيني نيروبي مقراً لإقامته خلال القمة الأفريقية."),
])
def test_a_home_that_is_no_bodys_hosts_nothing(pipeline: Pipeline, lang: str,
                                               text: str) -> None:
    assert not _hosts(pipeline, text, lang)
