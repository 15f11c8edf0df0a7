"""Arabic hosts with the past of "احتضن" as with its present "تحتضن" and with "استضاف"
("احتضنت الرياض قمة مجموعة العشرين"، "القمة التي احتضنتها أستانا"), as English "hosted" does.
What it embraces that is no body nor initiative (values, refugees, a guest hugged) is hosted
by none."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import event_triples, fact_quads


@pytest.mark.parametrize(("lang", "text", "quad"), [
    ("ar", "احتضنت الرياض قمة مجموعة العشرين عام 2020.", ("SAU", "hosts", "G20", "actual")),
    ("ar", "واحتضنت الجزائر قمة جامعة الدول العربية في نوفمبر 2022.",
     ("DZA", "hosts", "LAS", "actual")),
    ("ar", "قمة منظمة شنغهاي للتعاون التي احتضنتها أستانا.", ("KAZ", "hosts", "SCO", "actual")),
    ("en", "Riyadh hosted the G20 summit in 2020.", ("SAU", "hosts", "G20", "actual")),
    ("en", "Algiers hosted the Arab League summit in November 2022.",
     ("DZA", "hosts", "LAS", "actual")),
])
def test_the_past_of_embrace_hosts(
        pipeline: Pipeline, lang: str, text: str, quad: tuple[str, str, str, str]) -> None:
    assert quad in fact_quads(pipeline, text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("ar", "احتضنت الحكومة القيم الديمقراطية."),
    ("ar", "احتضنت تركيا ملايين اللاجئين السوريين."),
    ("ar", "احتضن الرئيس الفرنسي نظيره الأوكراني."),
    ("en", "The government embraced democratic values."),
])
def test_what_is_embraced_is_no_body_hosted(pipeline: Pipeline, lang: str, text: str) -> None:
    assert not any(q[1] == "hosts" for q in fact_quads(pipeline, text, lang))
    assert not any(t[1] == "CONSULT" for t in event_triples(pipeline, text, lang))
