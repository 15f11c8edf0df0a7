"""The README documents the frame keys of the argument rules the review named, and says
what an impeachment is now (review 18/2 finding 6): a complaint is the charge, an
impeachment voted the removal."""

from __future__ import annotations

from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[1] / "README.md"


@pytest.mark.parametrize("key", ["object_in_trigger", "doer_in_trigger", "own_state_only",
                                 "sides_only", "noun_doer_proclitics", "yields_to",
                                 "described_member", "member_gaps", "member_gaps_before_noun",
                                 "member_nouns", "own_object", "seat_relatives", "seat_nouns",
                                 "transparent", "name_words", "meets_host",
                                 "origin_markers", "body_only"])
def test_frame_key_is_documented(key):
    assert f"`{key}`" in README.read_text(encoding="utf-8")


def test_impeachment_voted_is_no_accusation_in_the_readme():
    text = " ".join(README.read_text(encoding="utf-8").split())
    assert "impeachment, subpoenas and blocking an order are accusations" not in text
    assert "removes the official (SANCTION, convict" in text
