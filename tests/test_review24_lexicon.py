"""Review 24, section 3: lexicon aliases that are common words or name other bodies, and
entries with a wrong state. Every sentence is our own; each goes through the rules pipeline.
A bare alias that is a common word (or another body's short name) must not link; the full
name still does."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline
from diplomap.lexicon import load_lexicon


def linked(pipeline: Pipeline, text: str, lang: str) -> set[str]:
    """The entities named (not those nested in a longer name, as BNP in BNP Paribas)."""
    return {m.entity_id for m in pipeline(text, lang).doc.mentions if not m.nested}


def event_triples(pipeline: Pipeline, text: str, lang: str) -> set[tuple]:
    return {(e.source, e.event_type, e.target)
            for e in pipeline(text, lang).extraction.events}


# (wrong entity, lang, sentence where the words mean something else)
NOT_LINKED = [
    ("ORG:ppp_korea", "en", "Pakistan's PPP criticised India over the dam project."),
    ("PER:machar", "ar", "ندد وزير الخارجية الإيراني بالهجوم كما هو مشار إليه في بيان تركيا."),
    ("LOC:hama", "ar", "هاجم حماة الوطن الحكومة التركية بسبب الاتفاق."),
    ("PER:bondi", "ar", "قتل مسلح ثلاثة أشخاص في شاطئ بوندي في أستراليا."),
    ("ORG:popular_forces_gaza", "ar",
     "هاجمت القوات الشعبية مواقع الجيش السوداني في كردفان."),
    ("ORG:white_army", "ar", "أشاد الجيش الأبيض في مستشفيات مصر بدعم الحكومة الصينية."),
    ("ORG:pdf_myanmar", "ar", "قاتلت قوات الدفاع الشعبي السودانية إلى جانب الجيش في دارفور."),
    ("ORG:kia", "en", "Three KIA soldiers were buried after Russia attacked Ukraine."),
    ("ORG:bnp", "en", "BNP Paribas criticised Iran over the sanctions."),
]

# (entity, lang, sentence with its full name)
STILL_LINKED = [
    ("ORG:ppp_korea", "en", "South Korea's People Power Party criticised Japan."),
    ("PER:machar", "ar", "اتهم رياك مشار الحكومة السودانية بدعم المتمردين."),
    ("LOC:hama", "ar", "قصفت الطائرات الروسية ريف حماة الشمالي."),
    ("PER:bondi", "ar", "انتقدت بام بوندي الحكومة المكسيكية."),
    ("ORG:popular_forces_gaza", "ar", "هاجمت ميليشيا أبو شباب مواقع حماس في رفح."),
    ("ORG:white_army", "ar", "هاجم الجيش الأبيض النويري بلدة في جنوب السودان."),
    ("ORG:pdf_myanmar", "ar", "هاجمت قوات الدفاع الشعبي في ميانمار مواقع الجيش."),
    ("ORG:afd", "ar", "انتقد حزب البديل من أجل ألمانيا الحكومة التركية."),
    ("ORG:kia", "en", "The Kachin Independence Army attacked the Myanmar army."),
    ("ORG:bnp", "en", "The BNP criticised India over the border killings."),
]


@pytest.mark.parametrize(("entity", "lang", "text"), NOT_LINKED)
def test_common_phrase_does_not_link(pipeline: Pipeline, entity: str, lang: str,
                                     text: str) -> None:
    assert entity not in linked(pipeline, text, lang)


@pytest.mark.parametrize(("entity", "lang", "text"), STILL_LINKED)
def test_full_name_still_links(pipeline: Pipeline, entity: str, lang: str,
                               text: str) -> None:
    assert entity in linked(pipeline, text, lang)


def test_pakistani_party_speaks_for_pakistan(pipeline: Pipeline) -> None:
    found = event_triples(pipeline, "Pakistan's PPP criticised India over the dam project.",
                          "en")
    assert ("PAK", "ACCUSE", "IND") in found, found


def test_referred_to_is_no_south_sudanese_act(pipeline: Pipeline) -> None:
    found = event_triples(
        pipeline, "ندد وزير الخارجية الإيراني بالهجوم كما هو مشار إليه في بيان تركيا.", "ar")
    assert not any("SSD" in triple for triple in found), found


def test_each_person_is_listed_once() -> None:
    ids = [line.split("id:", 1)[1].strip() for line in _persons_lines()
           if line.startswith("- id:")]
    assert len(ids) == len(set(ids)), {i for i in ids if ids.count(i) > 1}


def _persons_lines() -> list[str]:
    from importlib.resources import files
    text = (files("diplomap.lexicon") / "data" / "persons.yaml").read_text(encoding="utf-8")
    return text.splitlines()


@pytest.mark.parametrize(("entity", "state"), [
    ("ORG:trf", "PAK"),          # a Lashkar-e-Taiba offshoot, like ORG:let
    ("ORG:ck_hutchison", "HKG"),  # a Hong Kong company
])
def test_state_of_the_body(entity: str, state: str) -> None:
    assert load_lexicon().entity(entity).state == state
