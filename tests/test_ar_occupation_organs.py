"""Arab agency usage names Israel's organs by the occupation alone (issue 9, Arabic parity):
"قوات الاحتلال", "سلطات الاحتلال" are ISR's organs (states.yaml `organ_names`), while an
occupation whose occupier an adjective names is that occupier's ("قوات الاحتلال الروسي",
"قوات الاحتلال الأرمينية": organs.yaml)."""

from __future__ import annotations

import pytest

from conftest import event_triples


@pytest.mark.parametrize(("text", "triple"), [
    ("استشهد شاب فلسطيني برصاص قوات الاحتلال في جنين.", ("ISR", "ASSAULT", "PSE")),
    ("اعتقلت سلطات الاحتلال عشرة فلسطينيين في الضفة الغربية.", ("ISR", "COERCE", "PSE")),
    ("اقتحمت قوات الاحتلال الإسرائيلية مخيم جنين.", ("ISR", "ASSAULT", "PSE")),
    ("أدانت مصر اقتحام قوات الاحتلال المسجد الأقصى.", ("EGY", "ACCUSE", "ISR")),
    ("قتل جنود الاحتلال فتى فلسطينياً قرب نابلس.", ("ISR", "ASSAULT", "PSE")),
])
def test_the_occupation_alone_is_israel(pipeline, text, triple):
    assert triple in event_triples(pipeline, text, "ar")


@pytest.mark.parametrize(("text", "triple"), [
    ("قصفت قوات الاحتلال الروسي مدينة خاركيف الأوكرانية.", ("RUS", "ASSAULT", "UKR")),
    ("قصف جيش الاحتلال الروسي مدينة خاركيف.", ("RUS", "ASSAULT", "UKR")),
    ("طالبت أذربيجان قوات الاحتلال الأرمينية بالانسحاب الفوري من أراضيها.",
     ("AZE", "REQUEST", "ARM")),
])
def test_an_occupier_named_by_its_adjective_is_that_state(pipeline, text, triple):
    found = event_triples(pipeline, text, "ar")
    assert triple in found
    assert not any("ISR" in (s, o) for s, _, o in found)


# The bare usage is the document's (lexicon.usage): Israel's in news naming Israel,
# Palestine or a place in them, or naming only Arab League states; in a text about another
# war no one's, or the occupier the document names by its adjective.
@pytest.mark.parametrize(("text", "triple"), [
    ("قصفت قوات الاحتلال مدينة غزة فجر اليوم.", ("ISR", "ASSAULT", "PSE")),
    ("قصفت قوات الاحتلال بلدة في جنوب لبنان رغم الاتفاق الذي رعته الولايات المتحدة وفرنسا.",
     ("ISR", "ASSAULT", "LBN")),
    # a text naming both wars: Gaza makes the bare usage Israel's
    ("قصفت قوات الاحتلال مدينة غزة. وفي أوكرانيا قال مسؤول إن روسيا قصفت مدينة خيرسون.",
     ("ISR", "ASSAULT", "PSE")),
    # the occupier the document names by its adjective
    ("قصفت قوات الاحتلال الروسي خاركيف. وقالت كييف إن قوات الاحتلال قصفت مدينة خيرسون.",
     ("RUS", "ASSAULT", "UKR")),
])
def test_the_bare_occupation_is_the_documents(pipeline, text, triple):
    assert triple in event_triples(pipeline, text, "ar")


@pytest.mark.parametrize("text", [
    "قال مسؤول أوكراني إن قوات الاحتلال قصفت مدينة خيرسون.",
    "قال مسؤول أوكراني إن قوات الاحتلال قصفت محطة كهرباء.",
    # two occupiers named: the bare one is neither
    "قصفت قوات الاحتلال الروسي خاركيف، وقصفت قوات الاحتلال الإسرائيلي غزة، "
    "ثم قصفت قوات الاحتلال مدينة خيرسون.",
])
def test_another_war_leaves_the_bare_occupation_not_israel(pipeline, text):
    found = event_triples(pipeline, text, "ar")
    assert not any(s == "ISR" and o == "UKR" for s, _, o in found)
