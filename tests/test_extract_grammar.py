"""The extractor's grammar on frames of our own (tests/ fixtures, not the bundled frames):
passive voice, target markers, domestic targets, places as actors, threats' content,
traces and confidence, and `diplomap extract --explain`."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from diplomap.extract import strategies as st
from diplomap.extract.extractor import Extractor
from diplomap.extract.frames import parse_frames
from diplomap.lexicon import EntityLinker, load_lexicon
from diplomap.text import Doc

FRAMES = {
    "frames": [
        {"id": "t_shell", "forms": ["shelled", "shelling"], "passive_forms": ["was shelled"],
         "event": {"type": "ASSAULT", "mode": "heavy-weapons"},
         "subject": ["state"], "object": ["state"], "direction": "directed",
         "target_markers": ["on", "against"], "agent_markers": ["by"]},
        {"id": "t_detain", "forms": ["detained"], "event": {"type": "COERCE", "mode": "arrest"},
         "subject": ["state"], "object": ["state"], "direction": "directed"},
        {"id": "t_warn", "forms": ["threatened"], "event": {"type": "THREATEN"},
         "subject": ["state"], "object": ["state"], "direction": "directed"},
        {"id": "t_penalise", "forms": ["impose penalties"], "event": {"type": "SANCTION"},
         "subject": ["state"], "object": ["state"], "direction": "directed",
         "target_markers": ["on"]},
        {"id": "t_member", "forms": ["a member of", "joined"], "fact": "member_of",
         "subject": ["state"], "object": ["organization"], "direction": "directed"},
        {"id": "t_host", "forms": ["hosted"], "fact": "hosts", "subject": ["state"],
         "object": ["organization"], "direction": "directed"},
        {"id": "t_broker", "forms": ["talks between", "brokered"], "fact": "mediated",
         "event": {"type": "CONSULT", "mode": "third-party"}, "subject": ["state"],
         "object": ["state"], "direction": "directed", "between": True},
        {"id": "t_blame", "forms": ["blamed"], "event": {"type": "ACCUSE"},
         "subject": ["state"], "object": ["state"], "direction": "directed"},
    ],
    "policy": {}, "partner_levels": {"strategic": ["strategic"]}, "aid_kinds": {},
    "modality": {"negated": ["not"], "planned": ["will"], "hypothetical": ["if"]},
}


@pytest.fixture(scope="module")
def read():
    lexicon = load_lexicon(())
    linker = EntityLinker(lexicon)
    extractor = Extractor(lexicon, "en", frames=parse_frames(FRAMES, "test", "en"))

    def run(text: str, published: str = "2025-05-05"):
        doc = Doc(text, lang="en", published=published)
        doc.mentions = linker.link(doc)
        return extractor.extract(doc, published)

    return run


def events(result) -> set[tuple]:
    return {(e.source, e.event_type, e.target, e.modality) for e in result.events}


def strategy(item, slot: str) -> str:
    return next(s.strategy for s in item.trace if s.slot == slot)


def test_active_voice_with_target_marker(read):
    result = read("Armenia shelled positions on Azerbaijan.")
    assert events(result) == {("ARM", "ASSAULT", "AZE", "actual")}
    assert strategy(result.events[0], "source") == st.SVO_SUBJECT
    assert strategy(result.events[0], "target") == st.OBJECT_BY_MARKER


def test_passive_voice_subject_is_the_target(read):
    result = read("Armenia was shelled by Azerbaijan.")
    assert events(result) == {("AZE", "ASSAULT", "ARM", "actual")}
    assert strategy(result.events[0], "source") == st.PASSIVE_AGENT
    assert strategy(result.events[0], "target") == st.PASSIVE_SUBJECT


def test_passive_without_agent_is_no_event(read):
    assert events(read("Armenia was shelled overnight.")) == set()


def test_a_state_detaining_its_own_people_is_domestic(read):
    result = read("Georgian authorities detained dozens of students.")
    assert events(result) == {("GEO", "COERCE", "GEO", "actual")}
    assert strategy(result.events[0], "target") == st.DOMESTIC


def test_domestic_needs_a_domestic_type(read):
    assert events(read("Georgia praised nobody.")) == set()  # SUPPORT is never domestic


def test_threat_content_is_hypothetical_the_threat_actual(read):
    found = events(read("France threatened to impose penalties on Mali."))
    assert ("FRA", "THREATEN", "MLI", "actual") in found
    assert ("FRA", "SANCTION", "MLI", "hypothetical") in found


def test_trace_and_confidence_on_every_item(read):
    result = read("Chile shelled border posts on Peru.")
    event = result.events[0]
    slots = [s.slot for s in event.trace]
    assert slots == ["trigger", "source", "target", "modality", "confidence"]
    assert event.trace[0].strategy == "t_shell"
    assert 0 < event.confidence <= 1
    assert "trace" not in event.as_dict()  # not a stored column


def test_explain_command_prints_the_strategies():
    from diplomap.cli import cli as main

    out = CliRunner().invoke(main, ["extract", "--explain", "--lang", "en", "--published",
                                    "2025-05-05", "--text", "Russia attacked Ukraine."])
    assert out.exit_code == 0, out.output
    assert "source" in out.output and "confidence" in out.output


def test_explain_needs_doc_or_text():
    from diplomap.cli import cli as main

    assert CliRunner().invoke(main, ["extract", "--explain"]).exit_code == 2
    assert CliRunner().invoke(main, ["extract", "--text", "x"]).exit_code == 2


def test_membership_is_not_dated_by_another_act(read):
    result = read("Peru, a member of the OSCE, hosted the OSCE forum on 3 March 2020.")
    member = next(f for f in result.facts if f.predicate == "member_of")
    assert "since" not in member.attrs


def test_membership_dated_in_its_own_clause(read):
    result = read("Peru joined the OSCE in October 1995.")
    member = next(f for f in result.facts if f.predicate == "member_of")
    assert member.attrs["since"] == "1995-10"


def test_mediator_is_the_agent_of_a_second_trigger(read):
    result = read("Talks between Chile and Bolivia were brokered by Brazil.")
    facts = {(f.subject, f.predicate, f.object) for f in result.facts}
    assert facts == {("BRA", "mediated", "CHL"), ("BRA", "mediated", "BOL")}
    assert all(strategy(f, "subject") == st.PASSIVE_AGENT for f in result.facts)


def test_place_stands_for_its_state_as_target(read):
    result = read("Chile shelled Gaza.")
    assert events(result) == {("CHL", "ASSAULT", "PSE", "actual")}
    assert result.events[0].location == "LOC:gaza"
    assert strategy(result.events[0], "target") == st.PLACE


def test_explain_a_stored_document(tmp_path):
    from diplomap.cli import cli as main

    text = tmp_path / "item.txt"
    text.write_text("Chile shelled positions on Peru.\n", encoding="utf-8")
    db = str(tmp_path / "t.db")
    runner = CliRunner()
    assert runner.invoke(main, ["--db", db, "ingest", str(text), "--published",
                                "2025-05-05"]).exit_code == 0
    out = runner.invoke(main, ["--db", db, "extract", "--explain", "item.txt"])
    assert out.exit_code == 0, out.output
    assert "object_by_marker" in out.output or "direct_object" in out.output
    missing = runner.invoke(main, ["--db", db, "extract", "--explain", "nope.txt"])
    assert missing.exit_code == 2


def test_a_frame_id_used_twice_is_a_malformed_lexicon() -> None:
    """Frames are looked up by id (a passive twin, a joint fact, a trace): two frames with one
    id would silently be one."""
    twice = {**FRAMES, "frames": [*FRAMES["frames"], FRAMES["frames"][0]]}
    with pytest.raises(ValueError, match="used twice"):
        parse_frames(twice, "test", "en")


@pytest.mark.parametrize(("text", "expected"), [
    # planned: the date named without a year is the next one
    ("Germany will impose penalties on Iran on 3 March.", ("planned", "2026-03-03")),
    ("Germany will impose penalties on Iran on Thursday.", ("planned", "2025-05-08")),
    # the date of the statement of a plan, read as it stands
    ("On Thursday, Germany said it will impose penalties on Iran.", ("planned", "2025-05-01")),
    ("Germany said on Thursday that it will impose penalties on Iran.",
     ("planned", "2025-05-01")),
    # done: the last one
    ("Germany blamed Iran on 3 March.", ("actual", "2025-03-03")),
    ("Germany blamed Iran on Thursday.", ("actual", "2025-05-01")),
])
def test_a_plan_dated_without_a_year_is_dated_ahead(read, text: str, expected: tuple) -> None:
    (event,) = read(text).events
    assert (event.modality, event.date) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a day just ahead is the coming one: it dates a plan, never an act reported done
    ("Germany blamed Iran ahead of the vote on 20 May.", ("actual", None)),
    ("Germany will impose penalties on Iran on 20 May.", ("planned", "2025-05-20")),
    # a day further ahead is last year's, as before
    ("Germany blamed Iran on 20 September.", ("actual", "2024-09-20")),
])
def test_a_day_just_ahead_dates_only_a_plan(read, text: str, expected: tuple) -> None:
    (event,) = read(text).events
    assert (event.modality, event.date) == expected


def test_a_coming_day_in_the_sentence_before_does_not_date_an_act(read) -> None:
    (event,) = read("The vote is set for 20 May. Germany blamed Iran.").events
    assert (event.modality, event.date) == ("actual", None)
