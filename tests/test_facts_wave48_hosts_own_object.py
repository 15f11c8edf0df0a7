"""`hosts`: a verb whose own object names no body hosts no body named elsewhere in its
sentence ("chaired the AU and hosted the COP22 climate summit", "hosts the Souda Bay naval
base ... member of the EU", "ثم مع استضافة الدوحة كأس العالم"); a body named right after the
verb (past articles and the nouns of its event or seat), or before a verb with no object of
its own ("the SCO, whose summit Kazakhstan hosted in July"), is still hosted."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import fact_quads


def _hosts(pipeline: Pipeline, text: str, lang: str) -> set[tuple]:
    return {q[:3] for q in fact_quads(pipeline, text, lang) if q[1] == "hosts"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Greece joined NATO in 1952, hosts the Souda Bay naval base, and has been a member "
           "of the European Union since 1981."),
    ("en", "Morocco chaired the African Union in 2018 and hosted the COP22 climate summit in "
           "Marrakesh in November 2016."),
    ("en", "Georgia remains a member of the Council of Europe, hosts a large American military "
           "base near Tbilisi, and counts Turkey as its largest trading partner."),
    ("en", "Belarus remains a member of the Eurasian Economic Union and hosts Russia's "
           "tactical nuclear weapons."),
    ("ar", "انضمت اليونان إلى حلف شمال الأطلسي عام 1952، وتستضيف قاعدة سودا البحرية، وهي عضو "
           "في الاتحاد الأوروبي منذ 1981."),
    ("ar", "وتولى المغرب رئاسة الاتحاد الأفريقي عام 2018، واستضاف قمة المناخ في مراكش في "
           "نوفمبر 2016."),
    ("ar", "لكن جورجيا لا تزال عضواً في مجلس أوروبا، وتستضيف القاعدة العسكرية الأمريكية قرب "
           "تبليسي."),
    ("ar", "وتعززت مكانة قطر خلال عضويتها في مجلس الأمن الدولي، ثم مع استضافة الدوحة كأس "
           "العالم في ديسمبر."),
])
def test_a_verb_with_an_object_of_its_own_hosts_no_body_named_elsewhere(
        pipeline: Pipeline, lang: str, text: str) -> None:
    assert not _hosts(pipeline, text, lang)


@pytest.mark.parametrize(("lang", "text", "triple"), [
    ("en", "Kazakhstan hosted the SCO summit in Astana in July.", ("KAZ", "hosts", "SCO")),
    ("en", "Kazakhstan joined the SCO in 2001 and hosted the annual summit of the organisation "
           "in July.", ("KAZ", "hosts", "SCO")),
    ("en", "Kenya hosts the headquarters of the UN Environment Programme.",
     ("KEN", "hosts", "UNEP")),
    ("en", "Ethiopia hosted the founding of the African Union in Addis Ababa.",
     ("ETH", "hosts", "AU")),
    ("ar", "استضافت كازاخستان قمة منظمة شنغهاي للتعاون في أستانا في يوليو.",
     ("KAZ", "hosts", "SCO")),
    ("ar", "منظمة شنغهاي للتعاون التي استضافت كازاخستان قمتها في يوليو.",
     ("KAZ", "hosts", "SCO")),
])
def test_a_body_named_as_the_verbs_object_is_still_hosted(
        pipeline: Pipeline, lang: str, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in _hosts(pipeline, text, lang)
