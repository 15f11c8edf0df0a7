"""English constructions of wave 6, each on sentences of our own writing: a passive act
whose patient names no actor targets the state of its marked place; a name that modifies
the agent noun after an indefinite article ("by an ELN sniper") is the agent."""

from __future__ import annotations

from conftest import event_quads


def test_passive_with_unnamed_victims_targets_the_place(pipeline) -> None:
    text = "Four shepherds were killed by Islamic State militants in Syria on Monday."
    assert ("ORG:isis", "ASSAULT", "SYR", "actual") in event_quads(pipeline, text)


def test_passive_with_unnamed_victims_targets_a_place_of_a_state(pipeline) -> None:
    text = "Two teenagers are killed by Israeli forces in the West Bank town of Jenin."
    assert ("ISR", "ASSAULT", "PSE", "actual") in event_quads(pipeline, text)


def test_indefinite_article_before_a_modifying_agent_name(pipeline) -> None:
    text = "A border guard is shot by an ELN sniper at a checkpoint in Colombia."
    assert ("ORG:eln", "ASSAULT", "COL", "actual") in event_quads(pipeline, text)


def test_named_patient_still_wins_over_the_place(pipeline) -> None:
    text = "Three Nigerian soldiers were killed by a Boko Haram fighter in Cameroon."
    quads = event_quads(pipeline, text)
    assert ("ORG:boko_haram", "ASSAULT", "NGA", "actual") in quads
    assert ("ORG:boko_haram", "ASSAULT", "CMR", "actual") not in quads


def test_court_agent_after_an_article_stays_domestic(pipeline) -> None:
    text = "A teacher from Lyon, France is sentenced to five years in prison by a court."
    quads = event_quads(pipeline, text)
    assert all(q[0] == q[2] == "FRA" for q in quads)


def test_person_noun_after_a_nationality_is_no_agent(pipeline) -> None:
    text = ("Two pedestrians are killed when a truck driven by a Spanish man crashes in "
            "Portugal.")
    assert not any(q[0] == "ESP" for q in event_quads(pipeline, text))


def test_planned_participle_before_its_noun_is_planned(pipeline) -> None:
    text = "Norway criticises the planned deployment of Russian troops to Belarus."
    quads = event_quads(pipeline, text)
    assert ("RUS", "MOBILIZE", "BLR", "planned") in quads
    assert ("NOR", "ACCUSE", "RUS", "actual") in quads


def test_forthcoming_measure_is_planned(pipeline) -> None:
    text = "Japan announces forthcoming sanctions against North Korea."
    assert ("JPN", "SANCTION", "PRK", "planned") in event_quads(pipeline, text)


def test_announced_intentions_are_planned(pipeline) -> None:
    text = "Vietnam announced intentions to impose sanctions on Cambodia."
    assert ("VNM", "SANCTION", "KHM", "planned") in event_quads(pipeline, text)


def test_planned_as_a_finite_verb_is_no_cue(pipeline) -> None:
    text = "Norway planned the talks with Sweden carefully."
    assert ("NOR", "CONSULT", "SWE", "actual") in event_quads(pipeline, text)


def test_request_complied_with_asks_the_main_subject(pipeline) -> None:
    text = "Ghana expels two diplomats following a request by the Togolese government."
    assert ("TGO", "REQUEST", "GHA", "actual") in event_quads(pipeline, text)


def test_request_complied_with_asks_the_speaker(pipeline) -> None:
    text = ("Rwanda says that it will pull its troops out of Burundi, following a request from "
            "Tanzania.")
    assert ("TZA", "REQUEST", "RWA", "actual") in event_quads(pipeline, text)


def test_request_without_a_compliance_opener_asks_no_one(pipeline) -> None:
    text = "Ghana expels two diplomats. A request by the Togolese government was published."
    assert not any(q[1] == "REQUEST" for q in event_quads(pipeline, text))


def test_spoke_with_is_a_meeting(pipeline) -> None:
    text = "The Peruvian president says that he spoke with Chilean president Gabriel Boric."
    assert ("PER", "CONSULT", "CHL", "actual") in event_quads(pipeline, text)


def test_ready_to_speak_with_is_an_agreement_only(pipeline) -> None:
    text = "The Bolivian president is ready to speak with the Chilean government."
    quads = event_quads(pipeline, text)
    assert ("BOL", "AGREE", "CHL", "actual") in quads
    assert not any(q[1] == "CONSULT" for q in quads)


def test_banned_participle_before_a_party_is_a_standing_ban(pipeline) -> None:
    text = "Leaders of the banned Kurdistan Workers' Party meet in Turkey."
    assert ("TUR", "COERCE", "ORG:pkk", "actual") in event_quads(pipeline, text)


def test_detained_participle_before_an_organisation_is_no_ban(pipeline) -> None:
    text = "Rebels in Yemen raise the number of detained United Nations staff to forty."
    assert not any(q[1] == "COERCE" and q[0] == "YEM" for q in event_quads(pipeline, text))


def test_claimed_responsibility_names_the_attacker(pipeline) -> None:
    text = ("A roadside bomb kills four police officers near Gao, Mali. Jama'at Nasr "
            "al-Islam wal-Muslimin claims responsibility for the attack.")
    assert ("ORG:jnim", "ASSAULT", "MLI", "actual") in event_quads(pipeline, text)


def test_claimed_responsibility_with_a_named_target(pipeline) -> None:
    text = "Al-Shabaab claims responsibility for an attack on a police post in Kenya."
    assert ("ORG:al_shabaab", "ASSAULT", "KEN", "actual") in event_quads(pipeline, text)


def test_agreeing_with_an_armed_group(pipeline) -> None:
    text = "Colombia and the ELN agree to a ceasefire."
    assert any(q[1] == "AGREE" and {q[0], q[2]} == {"COL", "ORG:eln"}
               for q in event_quads(pipeline, text))


def test_fighting_alongside_is_no_attack(pipeline) -> None:
    text = "Chadian soldiers fighting alongside the Nigerien army repel a raid in Niger."
    assert ("TCD", "ASSAULT", "NER", "actual") not in event_quads(pipeline, text)
