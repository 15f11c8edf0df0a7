"""Organisations the lexicon does not know, read from their head nouns
(extract.sentence.named_organisations): ORG: + the name's words joined by underscores."""

from __future__ import annotations

import pytest

from diplomap.extract.sentence import organisation_slug

from conftest import event_quads


@pytest.mark.parametrize(("name", "slug"), [
    ("Blood & Honour", "blood_and_honour"), ("U.S. Steel", "us_steel"),
    ("Șor Party", "shor_party"), ("The Green Lantern Project", "green_lantern_project"),
    ("حزب الخضر", ""),
])
def test_slug_of_a_name(name, slug):
    assert organisation_slug(name) == slug


def test_head_noun_after_a_name(pipeline):
    quads = event_quads(pipeline, "The Moldovan government banned the opposition Green "
                                  "Future Party.")
    assert ("MDA", "COERCE", "ORG:green_future_party", "actual") in quads


def test_movement_ends_a_name(pipeline):
    quads = event_quads(pipeline, "Police arrested four members of the Freedom Lantern Movement "
                                  "in Nairobi.")
    assert ("KEN", "COERCE", "ORG:freedom_lantern_movement", "actual") in quads


def test_lower_case_noun_before_a_name(pipeline):
    quads = event_quads(pipeline, "The United States imposed sanctions on oil company "
                                  "Naftna Petrol.")
    assert quads == {("USA", "SANCTION", "ORG:naftna_petrol", "actual")}


def test_nationality_before_the_noun_names_the_company(pipeline):
    # "Serbian oil company X": the company acts (the dev gold codes ORG:, not the state)
    quads = event_quads(pipeline, "The United States imposed sanctions on Serbian oil "
                                  "company Naftna Petrol.")
    assert quads == {("USA", "SANCTION", "ORG:naftna_petrol", "actual")}


@pytest.mark.parametrize("text", [
    "Kenya banned the Islamic Movement of Freedonia.",  # a longer name: not read
    "Yesterday a man attacked the Green Future Party's presidential nominee in Lagos.",
    "The court fined the party Chairman Peter Odhiambo.",  # a title, not a name
])
def test_no_organisation_read(pipeline, text):
    assert all("ORG:" not in f"{s} {t}" for s, _, t, _ in event_quads(pipeline, text))


def test_arabic_latin_name_after_the_noun(pipeline):
    quads = event_quads(pipeline, "فرضت الحكومة البريطانية عقوبات على جماعة Acme Front المسلحة.",
                        "ar")
    assert ("GBR", "SANCTION", "ORG:acme_front", "actual") in quads


def test_arabic_english_form_in_brackets(pipeline):
    quads = event_quads(pipeline, "فرضت الولايات المتحدة عقوبات على شركة الطيران الوطنية "
                                  "(Blue Sky Airways).", "ar")
    assert ("USA", "SANCTION", "ORG:blue_sky_airways", "actual") in quads


def test_arabic_name_alone_gives_no_slug(pipeline):
    quads = event_quads(pipeline, "فرضت الولايات المتحدة عقوبات على شركة الطيران الوطنية.", "ar")
    assert all("ORG:" not in f"{s} {t}" for s, _, t, _ in quads)
