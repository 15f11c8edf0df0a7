""""حشد"/"حشود" before "من" is a crowd of people, no mobilisation (frame `mobilize_mass`,
`not_after`); forces massed stay a MOBILIZE. Sentences of our own writing."""

from __future__ import annotations

from conftest import event_triples


def test_a_crowd_of_people_is_no_mobilisation(pipeline) -> None:
    text = "اقتحم حشد من المحتجين مبنى البلدية في مدينة ليون الفرنسية."
    found = event_triples(pipeline, text, "ar")
    assert not any(t == "MOBILIZE" for _, t, _ in found), found


def test_forces_massed_are_mobilised(pipeline) -> None:
    text = "حشدت أذربيجان قوات قرب الحدود مع أرمينيا."
    found = event_triples(pipeline, text, "ar")
    assert any(s == "AZE" and t == "MOBILIZE" for s, t, _ in found), found
