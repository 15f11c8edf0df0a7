"""Arabic constructions of ASSAULT and COERCE that the English rendering of the same news
already reads, each on sentences of our own writing, with near-misses that must not fire."""

from __future__ import annotations

from conftest import event_quads

# --- an intercepted weapon whose sender a relative clause names -----------------------------

def test_intercepting_verb_with_relative_sender(pipeline) -> None:
    text = "اعترضت السعودية صاروخين باليستيين أطلقتهما جماعة الحوثي باتجاه جازان."
    quads = event_quads(pipeline, text, "ar")
    assert ("ORG:houthis", "ASSAULT", "SAU", "actual") in quads
    assert ("SAU", "ASSAULT", "ORG:houthis", "actual") not in quads


def test_intercepting_verb_organ_subject_and_adjective(pipeline) -> None:
    text = "اعترض الجيش الإسرائيلي صاروخاً أطلقه حزب الله من لبنان."
    quads = event_quads(pipeline, text, "ar")
    assert ("ORG:hezbollah", "ASSAULT", "ISR", "actual") in quads
    assert ("ISR", "ASSAULT", "LBN", "actual") not in quads


def test_interception_noun_with_relative_sender(pipeline) -> None:
    text = "أعلنت إسرائيل اعتراض طائرة مسيرة أرسلتها إيران."
    quads = event_quads(pipeline, text, "ar")
    assert ("IRN", "ASSAULT", "ISR", "actual") in quads
    assert ("ISR", "ASSAULT", "IRN", "actual") not in quads


def test_intercepted_weapon_sent_from_a_place_keeps_it_the_sender(pipeline) -> None:
    text = "أعلن الجيش السعودي اعتراض صاروخين باليستيين أطلقا من اليمن باتجاه جازان."
    assert ("YEM", "ASSAULT", "SAU", "actual") in event_quads(pipeline, text, "ar")


def test_objecting_to_missiles_is_no_interception(pipeline) -> None:
    text = "اعترضت مصر على صواريخ أطلقتها إسرائيل."
    quads = event_quads(pipeline, text, "ar")
    assert ("ISR", "ASSAULT", "EGY", "actual") not in quads
