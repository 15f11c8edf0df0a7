"""English event constructions from the dev set's batch 2, each on sentences of our own
writing: who is the target of a state's domestic act (a relative clause after its object,
an object of people after an adjunct participle); a nationality adjective describing a
named company or group."""

from __future__ import annotations

import pytest

from conftest import event_quads


def test_names_in_a_relative_clause_are_no_object_of_an_arrest(pipeline) -> None:
    text = ("Greek police detain the captain of a tanker that carried fuel to Tripoli, Libya, "
            "last year.")
    quads = event_quads(pipeline, text)
    assert ("GRC", "COERCE", "GRC", "actual") in quads
    assert ("GRC", "COERCE", "LBY", "actual") not in quads


def test_a_relative_clause_after_a_deployment_names_no_target(pipeline) -> None:
    text = ("The Red Cross deploys a medical team to contain a cholera outbreak that has "
            "spread to northern Malawi.")
    assert not any(q[1] == "MOBILIZE" and q[2] == "MWI" for q in event_quads(pipeline, text))


def test_people_arrested_in_an_adjunct_are_no_name_before_it(pipeline) -> None:
    text = ("Italian authorities break up a smuggling ring that moved migrants from Tunisia "
            "to Sicily, arresting nine suspects.")
    quads = event_quads(pipeline, text)
    assert ("ITA", "COERCE", "ITA", "actual") in quads
    assert ("ITA", "COERCE", "TUN", "actual") not in quads


def test_a_named_object_before_the_relative_clause_stays(pipeline) -> None:
    text = "Turkish police arrest a Syrian smuggler who ferried migrants to Greece."
    quads = event_quads(pipeline, text)
    assert ("TUR", "COERCE", "SYR", "actual") in quads


def test_nationality_adjective_describing_sanctioned_companies(pipeline) -> None:
    text = "Japan imposes sanctions on Russian state oil companies Rosneft and Lukoil."
    quads = event_quads(pipeline, text)
    assert ("JPN", "SANCTION", "ORG:rosneft", "actual") in quads
    assert ("JPN", "SANCTION", "ORG:lukoil", "actual") in quads
    assert ("JPN", "SANCTION", "RUS", "actual") not in quads


def test_nationality_adjective_of_a_group_is_no_target(pipeline) -> None:
    text = "Israel launches airstrikes against the Lebanese armed group Hezbollah."
    quads = event_quads(pipeline, text)
    assert ("ISR", "ASSAULT", "ORG:hezbollah", "actual") in quads
    assert ("ISR", "ASSAULT", "LBN", "actual") not in quads


def test_nationality_adjective_of_an_accused_company_is_no_target(pipeline) -> None:
    quads = event_quads(pipeline, "Ukraine accuses the Russian energy giant Gazprom of blackmail.")
    assert ("UKR", "ACCUSE", "ORG:gazprom", "actual") in quads
    assert ("UKR", "ACCUSE", "RUS", "actual") not in quads


def test_nationality_adjective_before_an_act_still_names_its_doer(pipeline) -> None:
    text = "Israeli airstrikes kill a Hezbollah commander in Lebanon."
    # the armed group named after the act is its target, not the state that says where
    # (ONTOLOGY: a place is an actor only when nothing else is named; group_over_place)
    assert ("ISR", "ASSAULT", "ORG:hezbollah", "actual") in event_quads(pipeline, text)


def test_a_shooting_with_no_doer_is_no_act_of_the_focal_state(pipeline) -> None:
    text = "A mass shooting at a market in Lima, Peru, kills five people."
    assert not any(q[1] == "ASSAULT" for q in event_quads(pipeline, text))


def test_gunmen_with_no_state_are_no_act_of_the_focal_state(pipeline) -> None:
    text = "Gunmen opened fire on a bus in Kenya. The shooting killed six passengers."
    assert not any(q[1] == "ASSAULT" for q in event_quads(pipeline, text))


def test_an_attack_noun_with_its_doer_named_keeps_it(pipeline) -> None:
    text = "A Russian drone attack on Kharkiv wounded two people."
    assert ("RUS", "ASSAULT", "UKR", "actual") in event_quads(pipeline, text)


def test_an_arrested_foreign_national_names_the_target(pipeline) -> None:
    text = "Niger announces the arrest of three officers, five civilians and a Belgian national."
    quads = event_quads(pipeline, text)
    assert ("NER", "COERCE", "BEL", "actual") in quads
    assert ("NER", "COERCE", "NER", "actual") in quads


def test_an_arrested_person_described_by_nationality(pipeline) -> None:
    text = "Hungarian police detain Ali Rahimi, an Iranian student, at the airport."
    quads = event_quads(pipeline, text)
    assert ("HUN", "COERCE", "IRN", "actual") in quads
    assert ("HUN", "COERCE", "HUN", "actual") not in quads


def test_aid_blockade_is_coercion_of_the_place_it_is_kept_from(pipeline) -> None:
    text = "Hospitals in Gaza run out of fuel because of the Israeli aid blockade."
    quads = event_quads(pipeline, text)
    assert ("ISR", "COERCE", "PSE", "actual") in quads
    assert not any(q[1] == "AID" for q in quads)


def test_restrictions_on_aid_are_no_aid(pipeline) -> None:
    text = "Famine spreads in Gaza amid Israeli restrictions on humanitarian aid."
    quads = event_quads(pipeline, text)
    assert ("ISR", "COERCE", "PSE", "actual") in quads
    assert not any(q[1] == "AID" for q in quads)


def test_nationality_after_a_preposition_still_names_the_doer(pipeline) -> None:
    text = "Five people are killed by Israeli airstrikes in Lebanon."
    assert ("ISR", "ASSAULT", "LBN", "actual") in event_quads(pipeline, text)


def test_an_agreement_mentioned_is_no_act_of_support(pipeline) -> None:
    text = "Chile's top court blocks the extradition of a businessman to Peru under a 1932 treaty."
    assert not any(q[1] == "SUPPORT" for q in event_quads(pipeline, text))


def test_signing_an_agreement_is_still_support(pipeline) -> None:
    text = "Kenya and Tanzania signed a border agreement on Monday."
    quads = event_quads(pipeline, text)
    assert any(q[1] == "SUPPORT" and {q[0], q[2]} == {"KEN", "TZA"} for q in quads)


def test_hostages_named_in_a_handover_are_no_abduction(pipeline) -> None:
    text = "The Houthis hand the bodies of two hostages over to the Red Cross."
    assert not any(q[1] == "ASSAULT" for q in event_quads(pipeline, text))


def test_taking_hostages_is_still_an_abduction(pipeline) -> None:
    quads = event_quads(pipeline, "Al-Shabaab took hostages in Somalia.")
    assert ("ORG:al_shabaab", "ASSAULT", "SOM", "actual") in quads


def test_receiving_treatment_in_a_country_is_no_visit(pipeline) -> None:
    text = "Fiji's prime minister visited Tonga. He received medical treatment in Australia."
    assert not any(q[1] == "CONSULT" and "AUS" in (q[0], q[2])
                   for q in event_quads(pipeline, text))


def test_a_host_receives_no_one_named_before_the_verb(pipeline) -> None:
    text = "India grants zero-duty access to Chile, and Peru receives concessions on copper."
    assert not any(q[1] == "CONSULT" for q in event_quads(pipeline, text))


def test_a_host_receiving_a_guest_is_still_a_visit(pipeline) -> None:
    text = "Egyptian President Abdel Fattah el-Sisi received the Emir of Qatar in Cairo."
    assert ("QAT", "CONSULT", "EGY", "actual") in event_quads(pipeline, text)


def test_a_name_after_the_verb_is_no_doer_of_an_act_on_a_name_after_it(pipeline) -> None:
    text = ("Several governments condemn the Saudi military firing in the direction of a "
            "delegation with envoys from Oman and Kuwait.")
    quads = event_quads(pipeline, text)
    assert not any(q[0] == "SAU" and q[2] in ("OMN", "KWT") for q in quads)


def test_a_trial_names_its_defendant_after_the_noun(pipeline) -> None:
    text = "The trial of former Brazilian president Jair Bolsonaro opens in Brasilia."
    assert ("BRA", "ACCUSE", "BRA", "actual") in event_quads(pipeline, text)


def test_criticised_with_no_agent_is_no_accusation(pipeline) -> None:
    text = "Norway bans a fishing method which has been criticized for harming seabirds."
    assert not any(q[1] == "ACCUSE" for q in event_quads(pipeline, text))


def test_investigated_with_no_agent_is_no_accusation(pipeline) -> None:
    text = "A former Danish minister is being investigated in four more cases."
    assert not any(q[1] == "ACCUSE" for q in event_quads(pipeline, text))


def test_investigated_by_a_named_agent_stays(pipeline) -> None:
    text = "The minister is being investigated by Danish police."
    assert ("DNK", "ACCUSE", "DNK", "actual") in event_quads(pipeline, text)


def test_a_hostile_act_reported_by_another_is_its_accusation(pipeline) -> None:
    text = ("The WHO reports that hospitals in Gaza have closed because of the Israeli "
            "blockade of aid.")
    quads = event_quads(pipeline, text)
    assert ("ISR", "COERCE", "PSE", "actual") in quads
    assert ("WHO", "ACCUSE", "ISR", "actual") in quads


def test_a_speaker_reporting_its_own_act_accuses_no_one(pipeline) -> None:
    text = "Israel says it launched airstrikes on Hezbollah positions in Lebanon."
    quads = event_quads(pipeline, text)
    assert any(q[1] == "ASSAULT" for q in quads)
    assert not any(q[1] == "ACCUSE" for q in quads)


@pytest.mark.parametrize("text", [
    "The Court of Appeal in Lagos confirmed the ban on the newspaper.",
    "An appeals court in Lima heard the case of the former minister.",
])
def test_a_court_of_appeal_is_no_appeal(pipeline, text):
    assert not any(q[1] == "REQUEST" for q in event_quads(pipeline, text))


def test_an_appeal_to_another_state_is_a_request(pipeline):
    found = event_quads(pipeline, "Somalia appealed to Kenya for food aid.")
    assert ("SOM", "REQUEST", "KEN", "actual") in found
