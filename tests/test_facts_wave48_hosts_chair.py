"""Facts of wave 48 (`hosts`, `chair_of`), in both languages, from the analysis genre:

- a city hosts for its state (ONTOLOGY: a place is an actor only when nothing else is
  named), the city kept as the fact's `location`: "Algiers hosted the Arab League summit";
- a relative clause on a body that names its seat ("Y, whose secretariat it hosts", "Y التي
  تحتضن مقرها", "Y الذي تحتضن الرياض أمانته العامة") has the body for object, the name in the
  clause (else the subject carried) for host, never a body named further on;
- "the G20 summit (was) hosted by X": the host after "by" (frame `summit_venue`);
- "تتخذ Y من X مقرا لها": the place after "من" hosts the body that takes it for its seat;
- "talks co-chaired by the EU and the UN": those after "by" chair, none is chaired."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import fact_quads


def _hosts(pipeline: Pipeline, text: str, lang: str) -> set[tuple]:
    return {q for q in fact_quads(pipeline, text, lang) if q[1] == "hosts"}


@pytest.mark.parametrize(("lang", "text", "quad"), [
    ("en", "Algiers hosted the Arab League summit in November 2022.",
     ("DZA", "hosts", "LAS", "actual")),
    ("en", "The Organisation of Islamic Cooperation is headquartered in Jeddah.",
     ("SAU", "hosts", "OIC", "actual")),
    ("ar", "وتحتضن الرياض الأمانة العامة لمجلس التعاون الخليجي.",
     ("SAU", "hosts", "GCC", "actual")),
])
def test_a_city_hosts_for_its_state(pipeline: Pipeline, lang: str, text: str,
                                    quad: tuple[str, str, str, str]) -> None:
    found = _hosts(pipeline, text, lang)
    assert quad in found
    assert not any(q[0].startswith("LOC:") for q in found)


def test_the_city_is_the_location_of_the_fact(pipeline: Pipeline) -> None:
    facts = pipeline("Algiers hosted the Arab League summit in November 2022.", "en",
                     "2025-03-01").extraction.facts
    hosted = [f for f in facts if f.predicate == "hosts"]
    assert hosted and hosted[0].attrs.get("location") == "LOC:algiers"
