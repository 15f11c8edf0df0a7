"""An agreement noun with its partner, followed by its participle ("the defence pact with
France signed in 2010", "an agreement signed with China last year"): the signing is the
noun's parties' act (SUPPORT), as the Arabic "الاتفاقية مع X الموقعة عام ..." reads it;
the participle is no verb whose object the noun is."""

from __future__ import annotations

import pytest

from conftest import event_triples


@pytest.mark.parametrize(("text", "pair"), [
    ("Jordan still counts on its water accord with Syria signed in 1987.", ("JOR", "SYR")),
    ("Tunisia praised the loan agreement with Italy signed the previous spring.",
     ("TUN", "ITA")),
    ("Chile values a trade accord signed with Japan earlier this decade.", ("CHL", "JPN")),
])
def test_participle_after_the_agreement_noun_is_its_signing(pipeline, text, pair):
    assert (pair[0], "SUPPORT", pair[1]) in event_triples(pipeline, text, "en")


def test_arabic_reads_the_same_participle(pipeline):
    found = event_triples(pipeline, "ولا يزال الأردن يعول على اتفاقية المياه مع سوريا "
                                    "الموقعة عام 1987.", "ar")
    assert ("JOR", "SUPPORT", "SYR") in found


@pytest.mark.parametrize("text", [
    # no partner named with the noun: a founding treaty signed in a capital is no pact with
    # the capital's state
    "Kazakhstan joined the Shanghai bloc, whose founding treaty was signed in Moscow in 2001.",
    # the verb first, the noun its object: one signing, read once
    "Jordan signed a water accord with Syria in 1987.",
])
def test_no_signing_with_a_state_not_named_as_partner(pipeline, text):
    found = {t for t in event_triples(pipeline, text, "en") if t[1] == "SUPPORT"}
    assert found <= {("JOR", "SUPPORT", "SYR")}
