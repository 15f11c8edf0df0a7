"""Rules of wave 8 (English first, Arabic where the construction exists there), read from
the constructions that recur where the rules read no event in open news.

Putting people to death is force on them ("executes a man", "the execution of six
nationals", "أعدمت ... رجلا"): by the state whose court or forces do it, on its own people
when no other state is named; not what is carried out ("execute an arrest warrant", "execute
a drone strike"), whose object names no people."""

from __future__ import annotations

import pytest

from conftest import event_triples


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Belarus executes a man convicted of sabotage at a rail depot.",
     ("BLR", "ASSAULT", "BLR")),
    ("en", "Kuwait announces the execution of four Egyptian nationals convicted of murder.",
     ("KWT", "ASSAULT", "EGY")),
    ("en", "Vietnamese authorities executed three women on drug charges last week.",
     ("VNM", "ASSAULT", "VNM")),
    ("ar", "أعدمت بيلاروس رجلا أدين بالتخريب في محطة للقطارات.", ("BLR", "ASSAULT", "BLR")),
])
def test_execution_is_force_on_the_executed(pipeline, lang, text, expected):
    assert expected in event_triples(pipeline, text, lang)


@pytest.mark.parametrize("text", [
    "Police in Chile execute an arrest warrant against a former minister.",
    "Algerian engineers execute a maintenance contract for Malian railways.",
    "The ministry oversees the execution of the new railway project in Peru.",
])
def test_what_is_carried_out_is_no_execution(pipeline, text):
    assert not any(t == "ASSAULT" for _, t, _ in event_triples(pipeline, text))


@pytest.mark.parametrize(("text", "expected", "unexpected"), [
    # a longer object between the verb and "as ... terrorist", and "declare" for "designate"
    ("Colombia designates the Ecuadorian gangs Los Lobos and Los Choneros as terrorist groups.",
     ("COL", "SANCTION", "ORG:los_lobos"), ("COL", "SANCTION", "ECU")),
    ("Argentina declares the Muslim Brotherhood and Hamas as terrorist organizations.",
     ("ARG", "SANCTION", "ORG:muslim_brotherhood"), None),
    # a nationality before a noun of crime groups describes the gang named after it
    ("Chile sanctions the Venezuelan gang Tren de Aragua.",
     ("CHL", "SANCTION", "ORG:tren_de_aragua"), ("CHL", "SANCTION", "VEN")),
])
def test_terrorist_designation_of_named_groups(pipeline, text, expected, unexpected):
    found = event_triples(pipeline, text)
    assert expected in found
    assert unexpected not in found


@pytest.mark.parametrize(("lang", "text"), [
    # the forces of a federal member state that acts on its own fight as an armed actor
    ("en", "Puntland forces shell ISIS positions in the Cal Miskaad mountains."),
    ("en", "Puntland Security Forces kill twelve Islamic State fighters near Bosaso."),
    ("ar", "هاجمت قوات بونتلاند مواقع تنظيم داعش في جبال كال مسكاد."),
])
def test_puntland_forces_act_as_armed_actor(pipeline, lang, text):
    assert ("ORG:puntland_forces", "ASSAULT", "ORG:isis") in event_triples(pipeline, text, lang)


@pytest.mark.parametrize(("lang", "text", "expected", "unexpected"), [
    # a right the state granted, taken back from its holder, sanctions the holder's state
    ("en", "Canada revokes the visas of six Iranian officials over the crackdown.",
     ("CAN", "SANCTION", "IRN"), ("CAN", "CONCEDE", "IRN")),
    ("en", "Peru announces the cancellation of Bolivian diplomat Juan Soto's accreditation.",
     ("PER", "SANCTION", "BOL"), None),
    ("ar", "ألغت كندا تأشيرة وزير الخارجية الإيراني.", ("CAN", "SANCTION", "IRN"), None),
    # a measure revoked is still a concession
    ("en", "Chile revokes its tariffs on Argentine wine.", ("CHL", "CONCEDE", "ARG"),
     ("CHL", "SANCTION", "ARG")),
])
def test_revoked_right_is_a_sanction(pipeline, lang, text, expected, unexpected):
    found = event_triples(pipeline, text, lang)
    assert expected in found
    assert unexpected not in found


def test_an_act_declared_terrorist_sanctions_no_one(pipeline):
    found = event_triples(pipeline, "Britain declares the Hamas attack a terrorist act.")
    assert not any(t == "SANCTION" for _, t, _ in found)
