"""A nationality adjective that describes a named company is no actor: the company is, tied
to the adjective's state or not, whether the lexicon knows its name or not ("Chinese automaker
X": ORG:x; in an apposition after a name it does not know: nothing). The adjective still
acts where it describes no name ("British forces", "the British government")."""

from __future__ import annotations

import pytest
from tests.conftest import event_quads


def _actors(found: set[tuple]) -> set[str]:
    return {a for q in found for a in (q[0], q[2])}


@pytest.mark.parametrize(("text", "lang"), [
    # sector words joined by a coordinator before the company noun
    ("British oil and gas company BP signs a production deal with Libya.", "en"),
    # a company known to the lexicon, quoted after the adjective
    ("وقعت شركة النفط والغاز البريطانية «بي بي» اتفاقا للإنتاج مع ليبيا.", "ar"),
    # the company's name between its noun and the adjective
    ("وقعت شركة بي بي البريطانية اتفاقا للإنتاج مع ليبيا.", "ar"),
])
def test_a_described_known_company_is_the_actor(pipeline, text: str, lang: str) -> None:
    found = event_quads(pipeline, text, lang)
    # a signing is symmetric: either party may stand first (the scorer pairs them alike)
    assert ("SUPPORT", {"ORG:bp", "LBY"}) in [(q[1], {q[0], q[2]}) for q in found], found
    assert "GBR" not in _actors(found), found


def test_a_described_unknown_company_is_its_own_slug(pipeline) -> None:
    found = event_quads(pipeline, "Chinese automaker Zentro signs a supply deal with Brazil.")
    assert ("ORG:zentro", "SUPPORT", "BRA", "actual") in found, found
    assert "CHN" not in _actors(found), found


@pytest.mark.parametrize(("text", "lang"), [
    # an apposition after the name
    ("Voltrix, a German energy company, signs a supply deal with Morocco.", "en"),
    # a coordinator inside the description of an unknown name
    ("German oil and gas firm Voltrix signs a supply deal with Morocco.", "en"),
])
def test_a_nationality_describing_an_unknown_company_is_no_actor(
        pipeline, text: str, lang: str) -> None:
    found = event_quads(pipeline, text, lang)
    assert "DEU" not in _actors(found), found


@pytest.mark.parametrize(("text", "lang", "quad"), [
    ("British forces seized a tanker off Yemen.", "en", ("GBR", "COERCE", "YEM")),
    ("The British government signs a trade deal with Libya.", "en",
     ("GBR", "SUPPORT", "LBY")),
    ("Iran arrested a British national in Tehran.", "en", ("IRN", "COERCE", "GBR")),
    ("وقعت الحكومة البريطانية اتفاقا تجاريا مع ليبيا.", "ar", ("GBR", "SUPPORT", "LBY")),
    ("اعتقلت إيران مواطنا بريطانيا في طهران.", "ar", ("IRN", "COERCE", "GBR")),
    # a government coordinated with a company keeps its adjective
    ("The British government and oil company Shell sign a deal with Libya.", "en",
     ("GBR", "SUPPORT", "LBY")),
])
def test_a_nationality_that_describes_no_name_still_acts(
        pipeline, text: str, lang: str, quad: tuple) -> None:
    found = {q[:3] for q in event_quads(pipeline, text, lang)}
    assert quad in found, found
