"""Organisations the lexicon does not know (`sentence.named_organisations`): the tables of
heads, tails and legal forms are looked up word by word only in a sentence that holds one of
their forms (`_organisation_forms`), with the same names found. Own sentences, invented
names."""

from __future__ import annotations

import pytest

from diplomap.extract import sentence
from diplomap.extract.grammar import grammar


def _organisations(text: str, lang: str = "en") -> list[tuple[str, str]]:
    view = sentence.view_sentence(text, 0, 0, len(text), [],
                                  lambda e: (e, "organization", None), grammar(lang))
    return [(a.entity, a.kind) for a in view.args]


def test_forms_are_the_tables_keys() -> None:
    g = grammar("en")
    heads, tails, suffixes = sentence._organisation_forms(g)
    assert heads == frozenset(g.organisation_heads)
    assert tails == frozenset(g.organisation_tails)
    assert suffixes == frozenset(g.organisation_suffixes)
    assert sentence._organisation_forms(g) is sentence._organisation_forms(g)  # built once


def test_a_language_without_the_tables_has_no_forms() -> None:
    g = grammar("ar")
    assert sentence._organisation_forms(g) == (frozenset(g.organisation_heads),
                                               frozenset(g.organisation_tails),
                                               frozenset(g.organisation_suffixes))


@pytest.mark.parametrize("text, expected", [
    ("Acme Holdings Inc. sued the opposition ANO party and the Green Future Party on Monday.",
     [("ORG:acme_holdings", "company"), ("ORG:ano", "institution"),
      ("ORG:green_future_party", "institution")]),
    ("Police said the oil company Acme Petroleum and Saab AB signed a deal.",
     [("ORG:acme_petroleum", "company"), ("ORG:saab", "company")]),
    ("The Brixton Front attacked the Vosk militia.",  # a head, then a tail
     [("ORG:brixton_front", "armed_group"), ("ORG:vosk", "armed_group")]),
])
def test_heads_tails_and_legal_forms_still_name_organisations(text: str, expected) -> None:
    assert _organisations(text) == expected


def test_a_sentence_without_any_form_names_none() -> None:
    assert _organisations("The minister met reporters in the capital on Monday.") == []
