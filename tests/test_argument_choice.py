"""Argument choice: which of the names around a trigger are its source and target.

A fronted phrase ("After talks with X, ...", "Despite the war between A and B, ...") ends at
the sentence's first comma: the names right after it open the main clause and are not
members of the phrase's list; a meeting the phrase names with no one to hold it is held by
the main clause's subject. A symmetric act whose one named party is governed by "with" has
that party as its partner, the other side being the subject read before it."""

from __future__ import annotations

import pytest

from conftest import event_quads, event_triples, fact_quads


@pytest.mark.parametrize(("lang", "text", "expected", "unexpected"), [
    ("en", "Despite the dispute between Peru and Chile, Bolivia and Paraguay agreed to build "
     "a railway.", ("BOL", "AGREE", "PRY"), ("PER", "AGREE", "BOL")),
    ("en", "Amid tensions with Sudan, Egypt condemned Ethiopia.",
     ("EGY", "ACCUSE", "ETH"), ("ETH", "ACCUSE", "SDN")),
    ("en", "After a round of talks with Iran, Oman and Qatar called for restraint.",
     ("OMN", "CONSULT", "IRN"), ("IRN", "CONSULT", "OMN")),
    ("ar", "رغم الخلاف بين بيرو وتشيلي، بوليفيا وباراغواي تتفقان على بناء سكة حديد.",
     ("BOL", "AGREE", "PRY"), ("PER", "AGREE", "BOL")),
    ("ar", "بعد مباحثات مع إيران، سلطنة عمان تدعو إلى ضبط النفس.",
     ("OMN", "CONSULT", "IRN"), ("IRN", "CONSULT", "OMN")),
])
def test_fronted_phrase_ends_at_its_comma(pipeline, lang, text, expected, unexpected):
    found = event_triples(pipeline, text, lang)
    assert expected in found
    assert unexpected not in found


@pytest.mark.parametrize(("lang", "text", "expected", "unexpected"), [
    ("en", "After clashes between Peru and Chile, Bolivia signed a defence pact with Paraguay.",
     ("BOL", "agreement_with", "PRY"), ("PER", "agreement_with", "BOL")),
    ("ar", "بعد اشتباكات بين بيرو وتشيلي، بوليفيا توقع اتفاقية غاز مع باراغواي.",
     ("BOL", "agreement_with", "PRY"), ("PER", "agreement_with", "BOL")),
])
def test_fronted_act_keeps_to_its_phrase(pipeline, lang, text, expected, unexpected):
    """An act in a fronted phrase takes no object from the main clause: the main
    clause's names are its own trigger's."""
    found = {(s, p, o) for s, p, o, _ in fact_quads(pipeline, text, lang)}
    assert expected in found
    assert unexpected not in found


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "During an official visit to Hanoi, the Laotian president signed a border treaty.",
     ("LAO", "CONSULT", "VNM")),
    ("en", "In a meeting with Kenya on Tuesday, the Ugandan foreign minister raised the "
     "refugee question.", ("UGA", "CONSULT", "KEN")),
    ("ar", "وخلال زيارة رسمية إلى هانوي، وقّع الرئيس اللاوسي معاهدة حدودية.",
     ("LAO", "CONSULT", "VNM")),
])
def test_fronted_meeting_is_held_by_the_main_subject(pipeline, lang, text, expected):
    assert expected in event_triples(pipeline, text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    # a place apposed to the phrase's place is no subject of the main clause
    ("en", "Following talks in Nairobi, Kenya, the leaders of Sudan and Chad agreed to a "
     "truce."),
    # the visit named with nothing of its own is someone else's
    ("en", "In response to the visit, the Danish prime minister said the island is not for "
     "sale."),
])
def test_no_holder_read_across_an_apposition_or_for_a_bare_visit(pipeline, lang, text):
    found = event_triples(pipeline, text, lang)
    assert not any(t == "CONSULT" and s in {"KEN", "DNK"} for s, t, _ in found)


def test_phrase_list_continued_after_its_comma(pipeline):
    """"between A, B, and C, D announced": the list runs on across its commas."""
    found = event_quads(pipeline, "Following phone calls between the presidents of Chile, "
                        "Peru, and Bolivia, Chile announced a pause on tariffs.", "en")
    assert not any(s == "PER" and t == "CONSULT" for s, t, _, _ in found)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The Kenyan president visits Kampala, Uganda, to sign a trade agreement with "
     "Uganda.", ("KEN", "SUPPORT", "UGA")),
    ("ar", "أعلن الرئيس الكيني أن بلاده سترفع القيود المفروضة على أوغندا، وأبدى استعداده "
     "للعمل مع الحكومة الأوغندية.", ("KEN", "AGREE", "UGA")),
])
def test_partner_after_with_is_no_subject(pipeline, lang, text, expected):
    """The focal state, the one party named and governed by "with", is the partner: the
    other side is the subject read before it."""
    assert expected in event_triples(pipeline, text, lang)


def test_partner_after_with_agreement_fact(pipeline):
    found = fact_quads(pipeline, "Kenya announces new investment agreements with Uganda, "
                       "Uganda's foreign ministry said.", "en")
    # agreement_with is symmetric (ontology.yaml): either order is the one fact
    assert found & {("KEN", "agreement_with", "UGA", "actual"),
                    ("UGA", "agreement_with", "KEN", "actual")}
