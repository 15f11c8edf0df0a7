"""Review 26, findings 17 and 18: a pair named "between" in a fronted adjunct is no party
to a later agreement; the window of a nationality a domestic act is done to."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from diplomap.extract.extractor import Hit, _nationals
from diplomap.extract.frames import load_frames
from test_strategies import STATES, view, word

from conftest import event_triples, fact_quads


def test_a_fronted_between_phrase_leaves_the_later_agreement_its_own_parties(pipeline) -> None:
    # "between A and B, C signed": the comma closes the list "A and B", C is the subject
    found = fact_quads(pipeline, "Amid disputes between Peru and Bolivia, Chile concluded a "
                       "trade agreement with Ecuador.")
    assert ("CHL", "agreement_with", "ECU", "actual") in found, found
    assert not {q for q in found if "PER" in q or "BOL" in q}, found


@pytest.mark.parametrize(("text", "lang"), [
    ("Tourism between Spain and Morocco grew as Spain concluded an accord with Tunisia.", "en"),
    ("نمت السياحة بين إسبانيا والمغرب بينما وقعت إسبانيا اتفاقية مع تونس.", "ar"),
])
def test_a_between_pair_before_a_clause_with_its_own_subject_is_not_its_party(
        pipeline, text: str, lang: str) -> None:
    # "X between A and B grew as A signed ... with C": the trigger has a subject and partner
    found = fact_quads(pipeline, text, lang)
    assert ("ESP", "agreement_with", "TUN", "actual") in found, found
    assert not {q for q in found if "MAR" in q}, found


def test_a_list_opened_by_and_then_commas_and_closed_by_and_stays_one(pipeline) -> None:
    found = fact_quads(pipeline, "The summit lifted ties between Japan and Chile, Peru and "
                       "Mexico to a strategic partnership.")
    assert {("JPN", "partner_of", c, "actual") for c in ("CHL", "PER", "MEX")} <= found, found


def test_the_pair_before_a_relation_still_holds_it(pipeline) -> None:
    found = fact_quads(pipeline, "Ties between Ghana and Togo are a strategic partnership.")
    assert ("GHA", "partner_of", "TGO", "actual") in found, found


def test_a_fronted_between_phrase_is_no_party_to_a_later_agreement_event(pipeline) -> None:
    found = event_triples(pipeline, "Despite a rift between Qatar and Bahrain, Oman signed a "
                          "transit accord with Jordan.")
    assert ("OMN", "SUPPORT", "JOR") in found, found
    assert not {t for t in found if "QAT" in t or "BHR" in t}, found


def test_a_nationality_of_two_words_must_end_before_the_reach_does() -> None:
    # `_nationals` reads a name whose words all end before the last word of the trigger's
    # reach, whatever its length (the window the one-word names always had)
    text = "Kenya deported two South Sudanese nationals."
    v = view(text, {"Kenya": ("KEN", "state"), "South Sudanese": ("SSD", "state")},
             resolutions={"South Sudanese": "adjective"})
    deported, nationals = word(v, "deported"), word(v, "nationals")
    frame = SimpleNamespace()
    inside = Hit(frame, deported, deported + 1, right=nationals + 1)  # type: ignore[arg-type]
    at_edge = Hit(frame, deported, deported + 1, right=nationals)  # type: ignore[arg-type]
    assert [a.entity for a in _nationals(v, inside, STATES, set())] == ["SSD"]
    assert _nationals(v, at_edge, STATES, set()) == []


def test_the_backing_frame_is_found_once_per_lexicon() -> None:
    frames = load_frames("en")
    assert frames.backing is not None and frames.backing.backing
    assert "backing" in vars(frames)  # kept after the first look, not scanned per sentence
