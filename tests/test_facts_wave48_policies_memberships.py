"""Policies, memberships, foundings and recognitions as analysis pieces word them, in both
languages, on sentences of our own writing."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline
from diplomap.extract.frames import _norm
from diplomap.extract.patterns import TokenPattern

from conftest import fact_quads


def _policies(found: set[tuple]) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o, _ in found if p == "policy"}


def test_a_hyphenated_form_is_read_as_the_sentence_splits_it() -> None:
    assert TokenPattern.parse("multi-vector policy", None, _norm).tokens == (
        "multi", "vector", "policy")


@pytest.mark.parametrize(("text", "principle"), [
    ("Mongolia pursues a multi-vector foreign policy.", "multi_vector"),
    ("Malaysia backs the non-proliferation treaty regime and a nuclear-weapon-free zone.",
     "non_proliferation"),
])
def test_a_hyphenated_policy_cue_is_read(pipeline: Pipeline, text: str,
                                         principle: str) -> None:
    found = _policies(fact_quads(pipeline, text, "en"))
    assert principle in {o for _, o in found}, found
