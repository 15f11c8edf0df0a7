"""Review 29 findings A1, A4, A5, A7, A8: constructions read too widely or too narrowly."""

from __future__ import annotations

from conftest import fact_quads


def _mediated(quads: set[tuple]) -> set[tuple]:
    return {(s, o) for s, p, o, _ in quads if p == "mediated"}


def test_mediation_between_a_state_and_an_armed_group(pipeline):
    quads = fact_quads(pipeline, "Angola brokered a truce between Mozambique and the "
                                 "Ansar al-Sunna militia last week.")
    assert ("AGO", "MOZ") in _mediated(quads)
    assert any(s == "AGO" and o.startswith("ORG:") for s, o in _mediated(quads))


def test_arabic_mediation_between_a_state_and_an_armed_group(pipeline):
    quads = fact_quads(pipeline, "وقعت حكومة جنوب السودان وحركة إم 23 اتفاقا بوساطة "
                                 "كينيا.", "ar")
    assert ("KEN", "ORG:m23") in _mediated(quads)


def test_capital_joined_to_its_locative_proclitic_is_a_venue(pipeline):
    quads = fact_quads(pipeline, "وقعت الحكومة الصومالية وحركة الشباب اتفاقا بالعاصمة "
                                 "الكينية نيروبي.", "ar")
    assert ("SOM", "agreement_with", "ORG:al_shabaab", "actual") in quads
    assert not any("KEN" in (s, o) for s, _, o, _ in quads)
