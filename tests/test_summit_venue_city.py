"""A body's summit in a city that is a place of its own (a city the lexicon lists as a place,
a capital listed as a venue: "the APEC summit in Gyeongju", "the SCO summit in Astana",
"قمة مجموعة العشرين في بالي") is hosted by the city's state, as one in a capital read as its
state is ("the GCC summit in Doha"; frame `summit_venue`, object kinds `state` and `place`).
A summit no body names still hosts none, nor does a body named elsewhere in the clause.
A year of the summit's own later than the news ("the 2026 G20 summit in X", "the SCO summit in
X in 2026", "قمة ... لعام 2026 في X") makes the host a plan."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import fact_quads


@pytest.mark.parametrize(("lang", "text", "quad"), [
    ("en", "Leaders met on the sidelines of the APEC summit in Gyeongju.",
     ("KOR", "hosts", "APEC", "actual")),
    ("en", "The SCO summit in Astana opened on Monday.", ("KAZ", "hosts", "SCO", "actual")),
    ("en", "The GCC summit was held in Riyadh in 1981.", ("SAU", "hosts", "GCC", "actual")),
    ("en", "He met Xi at the G20 summit in Bali.", ("IDN", "hosts", "G20", "actual")),
    ("ar", "شارك رئيس الوزراء في قمة مجموعة العشرين في بالي.", ("IDN", "hosts", "G20", "actual")),
    ("ar", "انطلقت قمة منظمة شنغهاي للتعاون في أستانا الاثنين.",
     ("KAZ", "hosts", "SCO", "actual")),
    ("ar", "عقدت قمة مجلس التعاون الخليجي في الرياض عام 1981.",
     ("SAU", "hosts", "GCC", "actual")),
])
def test_a_bodys_summit_in_a_city_is_hosted_by_its_state(
        pipeline: Pipeline, lang: str, text: str, quad: tuple[str, str, str, str]) -> None:
    assert quad in fact_quads(pipeline, text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The minister spoke at a summit in Jeddah."),
    ("en", "Macron addressed an AI summit in Paris."),
    ("en", "NATO leaders attend a summit in Almaty."),
    ("en", "The summit in Geneva was a success, the EU said."),
    ("ar", "تحدث الوزير في قمة في جدة."),
    ("ar", "ألقى ماكرون كلمة في قمة للذكاء الاصطناعي في باريس."),
])
def test_a_summit_no_body_names_is_hosted_by_none(
        pipeline: Pipeline, lang: str, text: str) -> None:
    assert not any(q[1] == "hosts" for q in fact_quads(pipeline, text, lang))


@pytest.mark.parametrize(("lang", "text", "quad"), [
    ("en", "Trump says South Africa will not be invited to the 2026 G20 summit in Doral, "
           "Florida.", ("USA", "hosts", "G20", "planned")),
    ("en", "Leaders arrived for the 2027 NATO summit in Ankara.",
     ("TUR", "hosts", "NATO", "planned")),
    ("ar", "قال ترامب إن جنوب أفريقيا لن تدعى إلى قمة مجموعة العشرين لعام 2026 في ميامي "
           "بولاية فلوريدا.", ("USA", "hosts", "G20", "planned")),
    ("ar", "وصل القادة إلى قمة حلف شمال الأطلسي لعام 2027 في أنقرة.",
     ("TUR", "hosts", "NATO", "planned")),
    ("en", "Leaders will meet at the SCO summit in Astana in 2026.",
     ("KAZ", "hosts", "SCO", "planned")),
    ("ar", "سيلتقي القادة في قمة منظمة شنغهاي للتعاون في أستانا عام 2026.",
     ("KAZ", "hosts", "SCO", "planned")),
    # a year of its own not after the news: held, whatever the clause says of attending it
    ("en", "The United States will send no delegates to the 2025 G20 summit in Johannesburg, "
           "South Africa.", ("ZAF", "hosts", "G20", "actual")),
    ("en", "The 2019 SCO summit in Bishkek adopted a declaration.",
     ("KGZ", "hosts", "SCO", "actual")),
    ("en", "Leaders met at the SCO summit in Astana in 2024.", ("KAZ", "hosts", "SCO", "actual")),
    ("ar", "التقى القادة في قمة منظمة شنغهاي للتعاون في أستانا عام 2024.",
     ("KAZ", "hosts", "SCO", "actual")),
    # a later year of another noun further on dates no summit
    ("en", "Leaders met at the SCO summit in Astana on Monday, ahead of the 2026 elections.",
     ("KAZ", "hosts", "SCO", "actual")),
    ("ar", "أعلنت الولايات المتحدة أنها لن ترسل أي مندوبين إلى قمة مجموعة العشرين لعام 2025 في "
           "جوهانسبرغ بجنوب أفريقيا.", ("ZAF", "hosts", "G20", "actual")),
])
def test_a_summit_of_a_later_year_is_a_planned_host(
        pipeline: Pipeline, lang: str, text: str, quad: tuple[str, str, str, str]) -> None:
    assert quad in fact_quads(pipeline, text, lang)
