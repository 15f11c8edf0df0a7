"""Intrusions into another state's airspace (frame `mobilize_airspace`, frame key
`possessor_before`): the intruder's MOBILIZE of the state whose airspace it is, and a
state reporting the intrusion accuses the intruder. Sentences of our own writing."""

from __future__ import annotations

import pytest

from conftest import event_triples


@pytest.mark.parametrize(("text", "lang"), [
    ("Finland says that Russia violated its airspace near Kotka on Tuesday.", "en"),
    ("قالت فنلندا إن روسيا انتهكت مجالها الجوي قرب كوتكا يوم الثلاثاء.", "ar"),
])
def test_its_airspace_is_the_reporters_and_the_report_accuses(pipeline, text, lang) -> None:
    found = event_triples(pipeline, text, lang)
    assert ("RUS", "MOBILIZE", "FIN") in found, found
    assert ("FIN", "ACCUSE", "RUS") in found, found
    assert ("RUS", "MOBILIZE", "RUS") not in found, found


@pytest.mark.parametrize(("text", "lang"), [
    ("Two Belarusian helicopters breached Polish airspace on Sunday.", "en"),
    ("اخترقت مروحيتان بيلاروسيتان المجال الجوي البولندي يوم الأحد.", "ar"),
])
def test_a_named_airspace_is_its_states(pipeline, text, lang) -> None:
    assert ("BLR", "MOBILIZE", "POL") in event_triples(pipeline, text, lang)


def test_an_intrusion_noun_names_its_airspace(pipeline) -> None:
    text = "Latvia protested after repeated violations of Latvian airspace by Russian jets."
    assert ("RUS", "MOBILIZE", "LVA") in event_triples(pipeline, text)


def test_its_own_airspace_closed_is_no_intrusion(pipeline) -> None:
    found = event_triples(pipeline, "Finland closed its airspace to all flights.")
    assert not any(t == "MOBILIZE" for _, t, _ in found), found


@pytest.mark.parametrize(("text", "lang"), [
    ("Qatar allowed Indian airlines to enter its airspace.", "en"),
    ("سمحت قطر لشركات الطيران الهندية بدخول مجالها الجوي.", "ar"),
])
def test_an_entry_allowed_is_no_intrusion(pipeline, text, lang) -> None:
    found = event_triples(pipeline, text, lang)
    assert not any(t == "MOBILIZE" for _, t, _ in found), found
