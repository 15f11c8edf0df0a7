"""A victim named, then described by a phrase set off by commas that opens with a
determiner ("Volodymyr Leontiev, the former Russia-installed mayor of Nova Kakhovka, is
killed in a Ukrainian drone strike"): the states the phrase names are the victim's, so the
act is aimed at them (issue 9). Arabic names the victim after its verb and reads the same."""

from __future__ import annotations

from conftest import event_quads


def test_installed_official_in_apposition_is_the_target(pipeline) -> None:
    text = ("Volodymyr Leontiev, the former Russia-installed mayor of Nova Kakhovka, is killed "
            "in a Ukrainian drone strike.")
    quads = event_quads(pipeline, text)
    assert ("UKR", "ASSAULT", "RUS", "actual") in quads
    assert ("RUS", "ASSAULT", "UKR", "actual") not in quads


def test_nationality_in_apposition_is_the_target(pipeline) -> None:
    text = ("Sergei Ivanov, a Russian army general, was killed in a Ukrainian missile strike "
            "on his car.")
    quads = event_quads(pipeline, text)
    assert ("UKR", "ASSAULT", "RUS", "actual") in quads
    assert ("RUS", "ASSAULT", "UKR", "actual") not in quads


def test_apposition_before_a_passive_agent(pipeline) -> None:
    text = ("Ivan Petrov, the former Russia-installed mayor of Nova Kakhovka, is killed by a "
            "Ukrainian drone.")
    quads = event_quads(pipeline, text)
    assert ("UKR", "ASSAULT", "RUS", "actual") in quads
    assert ("RUS", "ASSAULT", "UKR", "actual") not in quads


def test_own_side_victim_in_apposition_names_no_other_state(pipeline) -> None:
    text = "Oleh Ivanov, a Ukrainian soldier, is killed in a Ukrainian drone strike in Kharkiv."
    quads = event_quads(pipeline, text)
    assert not any("RUS" in (q[0], q[2]) for q in quads)


def test_apposition_without_a_state_keeps_the_place(pipeline) -> None:
    text = "Ivan Petrov, the former mayor of Kharkiv, is killed in a Russian drone strike."
    assert ("RUS", "ASSAULT", "UKR", "actual") in event_quads(pipeline, text)


def test_arabic_installed_official_after_the_verb(pipeline) -> None:
    text = ("قتل فولوديمير ليونتييف، رئيس بلدية نوفا كاخوفكا السابق المعين من قبل روسيا، "
            "في غارة بطائرة مسيرة أوكرانية.")
    assert ("UKR", "ASSAULT", "RUS", "actual") in event_quads(pipeline, text, "ar")


def test_arabic_installed_official_with_a_verbal_phrase(pipeline) -> None:
    text = ("لقي فولوديمير ليونتييف، الرئيس السابق لبلدية نوفا كاخوفكا المعين من روسيا، "
            "حتفه في ضربة بطائرة مسيرة أوكرانية.")
    assert ("UKR", "ASSAULT", "RUS", "actual") in event_quads(pipeline, text, "ar")


def test_arabic_named_subject_first(pipeline) -> None:
    text = ("فولوديمير ليونتييف، رئيس البلدية الروسي السابق لنوفا كاخوفكا، قتل في غارة "
            "أوكرانية بطائرة مسيرة.")
    assert ("UKR", "ASSAULT", "RUS", "actual") in event_quads(pipeline, text, "ar")


def test_arabic_own_side_victim_names_no_other_state(pipeline) -> None:
    text = "قتل أوليغ إيفانوف، وهو جندي أوكراني، في غارة بطائرة مسيرة أوكرانية في خاركيف."
    quads = event_quads(pipeline, text, "ar")
    assert not any("RUS" in (q[0], q[2]) for q in quads)
