"""Wave 8 (cooperative and verbal types, English and Arabic): constructions chosen by their
frequency in open news and met in several sources.

A ceasefire declared, reached or signed is a RETREAT (ceasefire) between the one who
declares it and its partner: the object of a declaring verb ("X announces a ceasefire with
Y", "A and B sign a truce"), as Arabic reads the object of a verb-first clause ("أعلنت X
وقفا لإطلاق النار مع Y"). A ceasefire called for, supported or violated is declared by no
one, and a ceasefire agreement signed is the agreement's signing (SUPPORT)."""

from __future__ import annotations

import pytest

from conftest import event_quads, event_triples


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The Ethiopian government announced an immediate ceasefire with the Eritrean "
     "army on Monday.", ("ETH", "RETREAT", "ERI", "actual")),
    ("en", "Officials say Sudan has reached a truce with South Sudan after two days of talks.",
     ("SDN", "RETREAT", "SSD", "actual")),
    ("en", "The Yemeni government and the Houthis signed a ceasefire in Muscat.",
     ("YEM", "RETREAT", "ORG:houthis", "actual")),
    ("ar", "أعلنت الحكومة الإثيوبية وقفا فوريا لإطلاق النار مع الجيش الإريتري يوم الاثنين.",
     ("ETH", "RETREAT", "ERI", "actual")),
])
def test_declared_ceasefire_is_a_retreat_of_both_parties(pipeline, lang, text, expected):
    source, kind, target, modality = expected
    found = event_quads(pipeline, text, lang)
    assert expected in found or (target, kind, source, modality) in found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Egypt announced support for a ceasefire with Israel."),
    ("en", "Qatar calls for a ceasefire with Israel."),
    ("en", "Jordan and Syria signed a ceasefire agreement."),
])
def test_ceasefire_not_declared_is_no_retreat(pipeline, lang, text):
    assert not any(kind == "RETREAT" for _, kind, _ in event_triples(pipeline, text, lang))


@pytest.mark.parametrize("text", [
    "Serbia suspends its visa-free regime for Cuban citizens.",
    "Japan extends visa-free entry to tourist groups from Brazil.",
])
def test_compound_adjective_in_free_releases_no_one(pipeline, text):
    """"visa-free travel": the tail of a hyphenated compound adjective is no verb of freeing."""
    assert not any(kind == "RETREAT" for _, kind, _ in event_triples(pipeline, text))


def test_freeing_people_is_still_a_release(pipeline):
    assert ("ORG:houthis", "RETREAT", "GRC") in event_triples(
        pipeline, "The Houthis free four Greek sailors held since March.")


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The United States announced a pause on some tariffs on Brazil until June.",
     ("USA", "CONCEDE", "BRA")),
    ("en", "Canada agreed to delay 20% of its tariffs on Mexico for a month.",
     ("CAN", "CONCEDE", "MEX")),
    ("ar", "أعلنت الولايات المتحدة تعليق بعض الرسوم الجمركية على البرازيل حتى يونيو.",
     ("USA", "CONCEDE", "BRA")),
])
def test_eased_sanction_is_a_concession(pipeline, lang, text, expected):
    """A sanction an easing word governs ("a pause on tariffs on X") concedes to X; the
    sanction eased stands as well."""
    found = event_triples(pipeline, text, lang)
    assert expected in found
    assert (expected[0], "SANCTION", expected[2]) in found


@pytest.mark.parametrize("text", [
    "The United States imposed new tariffs on Brazil.",
    "The government agreed to lower tariffs on imported goods.",
])
def test_sanction_not_eased_or_eased_for_no_one(pipeline, text):
    found = event_triples(pipeline, text)
    assert not any(kind == "CONCEDE" for _, kind, _ in found)


@pytest.mark.parametrize("text", [
    "Hamas released a new video showing an Israeli hostage.",
    "Ethiopian authorities release a large volume of water from the dam into Sudan.",
    "The court orders the release of sealed documents from the inquiry into Peru.",
    "Britain signs a deal handing over control of the islands to Mauritius.",
])
def test_freeing_things_frees_no_one(pipeline, text):
    """"release", "free" and "hand over" take things as well as people: an object that
    names no one frees no one."""
    assert not any(kind == "RETREAT" for _, kind, _ in event_triples(pipeline, text))


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran releases French teacher Lucas Morel from prison.", ("IRN", "RETREAT", "FRA")),
    ("Hamas hands over the remains of two Thai hostages to the Red Cross.",
     ("ORG:hamas", "RETREAT", "THA")),
    ("Venezuela frees six American citizens.", ("VEN", "RETREAT", "USA")),
])
def test_freeing_people_named_after_the_verb(pipeline, text, expected):
    assert expected in event_triples(pipeline, text)


def test_a_word_joined_to_the_next_is_no_trigger(pipeline):
    """"a sign-of-life video", "protest-related deaths": part of a compound, no act."""
    found = event_triples(pipeline, "Hamas publishes a sign-of-life video of Israeli hostages.")
    assert not any(kind == "SUPPORT" for _, kind, _ in found)
