"""An act a where-clause states right after the state an act before it sent someone to is
that state's, done to the one sent (grammar `where_relatives`): sentences of our own
writing, after wcep 2025-03-15 ("deports ... to El Salvador where they are transferred to
the Terrorism Confinement Center", "إلى السلفادور، حيث نُقلوا إلى مركز احتجاز"), 2025-11-19
("extradition to Germany, where he faces charges", "إلى ألمانيا، حيث يواجه اتهامات"),
2025-10-07 and 2025-07-20 ("to the United States, where he faces federal charges")."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import event_triples


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The United States deported a Venezuelan migrant to El Salvador, where he was "
           "detained in a prison.", ("SLV", "COERCE", "VEN")),
    ("ar", "رحّلت الولايات المتحدة مهاجرا فنزويليا إلى السلفادور، حيث احتُجز في سجن شديد الحراسة.",
     ("SLV", "COERCE", "VEN")),
    ("ar", "سلّمت إيطاليا مواطنا فرنسيا إلى ألمانيا، حيث يواجه اتهامات بالتخريب.",
     ("DEU", "ACCUSE", "FRA")),
])
def test_the_receiving_state_acts_in_the_where_clause(
        pipeline: Pipeline, lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in event_triples(pipeline, text, lang)


def test_the_receiving_state_is_no_object_of_the_sender(pipeline: Pipeline) -> None:
    found = event_triples(pipeline, "سلّمت إيطاليا مواطنا فرنسيا إلى ألمانيا، حيث يواجه اتهامات "
                                    "بالتخريب.", "ar")
    assert ("ITA", "ACCUSE", "DEU") not in found, found


@pytest.mark.parametrize(("lang", "text"), [
    # no punishment in the where-clause: nothing is done to the one sent
    ("en", "The United States deported a Venezuelan migrant to El Salvador, where he met his "
           "family."),
    ("ar", "سلّمت إيطاليا مواطنا فرنسيا إلى ألمانيا، حيث التقى عائلته."),
])
def test_a_where_clause_without_punishment(pipeline: Pipeline, lang: str, text: str) -> None:
    found = event_triples(pipeline, text, lang)
    assert not any(source in ("SLV", "DEU") for source, _, _ in found), found


def test_a_doer_the_where_clause_names_stands(pipeline: Pipeline) -> None:
    found = event_triples(pipeline, "Italy extradited a Ukrainian national to France, where "
                                    "Interpol arrested him.", "en")
    assert any(source == "INTERPOL" for source, kind, _ in found if kind == "COERCE"), found
    assert not any(source == "FRA" for source, _, _ in found), found
