"""`chair_of`: the body chaired is the one the trigger's own object names or refers back to,
never a body named further on ("تولت ماليزيا رئاسة الرابطة عام 2025، بعد عام من استضافتها قمة
مجموعة العشرين": not G20), nor one after a trigger whose pronoun is its object ("التي يتشارك
رئاستها كل من X وY": X and Y chair it, the state of the document chairs none of them); a
noun or pronoun referring back to a body still chairs the body named before ("chaired the
group's 2020 summit", "chaired it in 2023", "وتولت رئاستها")."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import fact_quads


def _chairs(pipeline: Pipeline, text: str, lang: str) -> set[tuple]:
    return {q[:3] for q in fact_quads(pipeline, text, lang) if q[1] == "chair_of"}


@pytest.mark.parametrize(("lang", "text"), [
    ("ar", "وقد تولت ماليزيا رئاسة الرابطة عام 2025، بعد عام من استضافتها قمة مجموعة العشرين."),
    ("ar", "جورجيا بلد صغير. وتبقى مباحثات جنيف، التي يتشارك رئاستها منذ أكتوبر 2008 كلٌّ من "
           "الاتحاد الأوروبي والأمم المتحدة، المنتدى الوحيد."),
    ("en", "Malaysia chaired the association in 2025, a year after it joined the G20."),
])
def test_no_body_named_further_on_is_chaired(pipeline: Pipeline, lang: str, text: str) -> None:
    assert not _chairs(pipeline, text, lang)


@pytest.mark.parametrize(("lang", "text", "triple"), [
    ("en", "Saudi Arabia joined the G20 in 1999 and chaired the group's 2020 summit.",
     ("SAU", "chair_of", "G20")),
    ("en", "India joined the SCO in 2017 and chaired it in 2023.", ("IND", "chair_of", "SCO")),
    ("en", "Rwanda chaired the African Union in 2018.", ("RWA", "chair_of", "AU")),
    ("ar", "انضمت الهند إلى منظمة شنغهاي للتعاون عام 2017 وتولت رئاستها عام 2023.",
     ("IND", "chair_of", "SCO")),
    ("ar", "تولت رواندا رئاسة الاتحاد الأفريقي عام 2018.", ("RWA", "chair_of", "AU")),
])
def test_the_body_the_trigger_names_or_refers_to_is_chaired(
        pipeline: Pipeline, lang: str, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in _chairs(pipeline, text, lang)
