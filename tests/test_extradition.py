"""Extradition, a state handing a person over to another (COOPERATE of the receiving state),
and a handing over refused or halted (REJECT of the state it would go to): sentences of our
own writing."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import event_triples


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.mark.parametrize(("lang", "text"), [
    ("ar", "سلّمت البرازيل المتهم بالتهريب إلى الأرجنتين."),
    ("en", "Brazil extradited the smuggling suspect to Argentina."),
])
def test_a_person_handed_to_another_state(pipeline: Pipeline, lang: str, text: str) -> None:
    assert ("BRA", "COOPERATE", "ARG") in event_triples(pipeline, text, lang)


def test_the_nationality_of_the_handed_over_is_no_doer(pipeline: Pipeline) -> None:
    found = event_triples(pipeline, "أمرت محكمة في البرتغال بتسليم مواطن إسباني إلى فرنسا.", "ar")
    assert ("PRT", "COOPERATE", "FRA") in found
    assert not any(source == "ESP" for source, _, _ in found), found


def test_the_genitive_of_a_handing_over_is_its_patient(pipeline: Pipeline) -> None:
    # the genitive after "تسليم" is its patient (frame key genitive_patient): without the
    # key the Spaniard's nisba is read as the one handing over
    found = event_triples(pipeline, "وافق القضاء البرتغالي على تسليم مواطن إسباني إلى فرنسا.", "ar")
    assert ("ESP", "COOPERATE", "FRA") not in found, found


@pytest.mark.parametrize("text", [
    "رفضت البرازيل تسليم المتهم إلى الأرجنتين.",
    "أوقفت المحكمة العليا في البرازيل تسليم رجل الأعمال إلى الأرجنتين.",
])
def test_a_refused_handing_over_is_rejected(pipeline: Pipeline, text: str) -> None:
    found = event_triples(pipeline, text, "ar")
    assert ("BRA", "REJECT", "ARG") in found
    assert not any(kind == "COOPERATE" for _, kind, _ in found), found


def test_bodies_handed_to_a_body_are_no_extradition(pipeline: Pipeline) -> None:
    found = event_triples(pipeline, "سلّمت الحركة جثث الجنود إلى الصليب الأحمر.", "ar")
    assert not any(kind == "COOPERATE" for _, kind, _ in found), found


@pytest.mark.parametrize("text", [
    "سلمت النرويج رسالة إلى كندا.",
    "سلم السفير الياباني أوراق اعتماده إلى الرئيس الكيني.",
    "بدأت تركيا تسليم المساعدات إلى لبنان.",
    "سلمت بولندا أسلحة إلى أوكرانيا.",
    "سلمت المغرب ردها إلى تونس.",
])
def test_a_thing_handed_to_a_state_is_no_extradition(pipeline: Pipeline, text: str) -> None:
    found = event_triples(pipeline, text, "ar")
    assert not any(kind == "COOPERATE" for _, kind, _ in found), found


@pytest.mark.parametrize("text", [
    "سلمت النرويج زعيم الشبكة إلى كندا.",
    "أمرت محكمة في النرويج بتسليمهم إلى كندا.",
])
def test_a_leader_or_a_pronoun_is_handed_over(pipeline: Pipeline, text: str) -> None:
    assert ("NOR", "COOPERATE", "CAN") in event_triples(pipeline, text, "ar")


def test_a_court_halting_a_handover_rejects_the_receiving_state(pipeline: Pipeline) -> None:
    # the trigger "أوقفت … تسليم" ends on the transfer noun: the receiver is read after it
    # (extractor: transfer_receiver at the trigger's last word), not the court's own state
    found = event_triples(
        pipeline, "أوقفت محكمة في كولومبيا تسليم زعيم العصابة إلى الولايات المتحدة.", "ar")
    assert ("COL", "REJECT", "USA") in found, found
    assert ("COL", "REJECT", "COL") not in found, found


# --- English, directed as the Arabic frame: the receiving state after "to", the handing one
# the subject or, in the passive, after "from" (tune: "Ecuador extradites X, leader of Y, to
# the United States", "agrees to be extradited from the United States to Ireland")

@pytest.mark.parametrize("text", [
    "Brazil extradites Carlos Mendes Ribeiro, leader of a smuggling ring, to Argentina.",
    "Brazil extradites Carlos Mendes Ribeiro, a drug lord, to Argentina, where he faces charges.",
])
def test_a_description_between_the_person_and_the_receiver(pipeline: Pipeline,
                                                           text: str) -> None:
    # "..., to the United States": a name's word ("States") is no speech verb that opens
    # an attribution clause (strategies.attribution_start)
    found = event_triples(pipeline, text.replace("Argentina", "the United States"), "en")
    assert ("BRA", "COOPERATE", "USA") in found, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The coach agrees to be extradited from Brazil to Argentina."),
    ("en", "The businessman was extradited from Brazil to Argentina in 2023."),
    ("en", "The businessman was extradited to Argentina by Brazil."),
    ("ar", "وافق رجل الأعمال على تسليمه من البرازيل إلى الأرجنتين."),
])
def test_a_passive_extradition_from_one_state_to_another(pipeline: Pipeline, lang: str,
                                                         text: str) -> None:
    found = event_triples(pipeline, text, lang)
    assert ("BRA", "COOPERATE", "ARG") in found, found
    assert ("ARG", "COOPERATE", "BRA") not in found, found


def test_the_possessor_of_an_extradition_is_handed_over(pipeline: Pipeline) -> None:
    found = event_triples(
        pipeline, "A Portuguese court approves a Spanish national's extradition to France.", "en")
    assert ("PRT", "COOPERATE", "FRA") in found, found
    assert not any(source == "ESP" for source, _, _ in found), found


def test_the_person_extradited_names_no_party(pipeline: Pipeline) -> None:
    found = event_triples(pipeline, "Portugal approves the extradition of businessman "
                                    "Fred Machado to France.", "en")
    assert found & {("PRT", "COOPERATE", "FRA")}, found
    assert not any(kind == "COOPERATE" and target != "FRA" for _, kind, target in found), found


@pytest.mark.parametrize("text", [
    "The United States requested the extradition of the businessman from Argentina.",
    "Brazil refused to extradite the activist to Italy.",
    "France and Algeria signed an extradition treaty.",
    "Brazil arrested the businessman on an Argentine extradition warrant.",
])
def test_no_extradition_done(pipeline: Pipeline, text: str) -> None:
    found = event_triples(pipeline, text, "en")
    assert not any(kind == "COOPERATE" for _, kind, _ in found), found


@pytest.mark.parametrize("text", [
    "تم تسليم المتهم من المغرب إلى فرنسا أمس.",
    "وقالت الوزارة إن تسليم المتهم من المغرب إلى فرنسا تم أمس.",
])
def test_the_one_handed_over_before_the_agent_marker(pipeline: Pipeline, text: str) -> None:
    # the person handed over stands between the noun and "من X": the doer after its agent
    # marker is no subject the patient is sought after (extractor._patient_is_people)
    found = event_triples(pipeline, text, "ar")
    assert ("MAR", "COOPERATE", "FRA") in found, found
