"""Organisations the lexicon does not know, read from the construction that names them
(extract.sentence.named_organisations): a lower-case noun after the name ("the X party"),
a kind of group before it ("the militant group X"), a nationality before the noun."""

from __future__ import annotations

import pytest

from conftest import event_quads


def _orgs(quads: set[tuple]) -> set[str]:
    return {actor for s, _, t, _ in quads for actor in (s, t) if actor.startswith("ORG:")}


def test_lower_case_party_after_a_name(pipeline):
    quads = event_quads(pipeline, "Zambia banned the opposition Umoja Mpya party.")
    assert ("ZMB", "COERCE", "ORG:umoja_mpya", "actual") in quads


def test_militia_after_a_name(pipeline):
    quads = event_quads(pipeline, "Kenyan troops attacked the Kibwezi Ridge militia near "
                                  "the border.")
    assert ("KEN", "ASSAULT", "ORG:kibwezi_ridge", "actual") in quads


def test_gang_name_keeps_its_particles(pipeline):
    quads = event_quads(pipeline, "The United States imposed sanctions on the Hijos del "
                                  "Monte gang.")
    assert ("USA", "SANCTION", "ORG:hijos_del_monte", "actual") in quads


def test_qualified_group_before_a_name(pipeline):
    quads = event_quads(pipeline, "Nigerian soldiers attacked the militant group Jund "
                                  "al-Sahel in Borno.")
    assert ("NGA", "ASSAULT", "ORG:jund_al_sahel", "actual") in quads


def test_nationality_before_the_company_noun(pipeline):
    quads = event_quads(pipeline, "The European Union imposed sanctions on Dutch "
                                  "shipping company Vanterpool Lines.")
    assert ("EU", "SANCTION", "ORG:vanterpool_lines", "actual") in quads


@pytest.mark.parametrize("text, target", [
    # "low-cost carrier" is read as three words: its last two name the kind
    ("Italy fined Irish low-cost carrier Skyvo 40 million euros.", "ORG:skyvo"),
    ("Italy fined the budget carrier Skyvo Air on Monday.", "ORG:skyvo_air"),
    ("Mali suspended the French news channel Radio Vexin.", "ORG:radio_vexin"),
])
def test_carriers_and_channels_named_with_their_kind(pipeline, text, target):
    quads = event_quads(pipeline, text)
    assert {t for _, _, t, _ in quads} == {target}  # the nationality is no party


def test_a_list_of_channels_after_its_plural(pipeline):
    quads = event_quads(pipeline, "Mali suspended French television channels Vexin Une and "
                                  "Canal Nueve from airing.")
    assert _orgs(quads) == {"ORG:vexin_une", "ORG:canal_nueve"}
    assert all(t != "FRA" for _, _, t, _ in quads)


@pytest.mark.parametrize("text, allowed", [
    # a sentence's first word is no name
    ("Opposition party leaders in Zambia condemned the arrests.", set()),
    # no possessive in the name: the party is Umoja, not "Omondi's Umoja"
    ("Kenyan police arrested Omondi's Umoja party activists.", {"ORG:umoja"}),
    # no bare "group"
    ("The government of Kenya banned the group Tuesday.", set()),
])
def test_no_organisation_read(pipeline, text, allowed):
    assert _orgs(event_quads(pipeline, text)) <= allowed


def test_arabic_militia_noun_before_a_latin_name(pipeline):
    quads = event_quads(pipeline, "فرضت الولايات المتحدة عقوبات على ميليشيا Acme Brigade في "
                                  "السودان.", "ar")
    assert ("USA", "SANCTION", "ORG:acme_brigade", "actual") in quads
