"""The lexicon side of issue 9's contract: group membership as of a date, group and
organ mentions (offsets into the original text), non-state actors, adjectives of states."""

from __future__ import annotations

import pytest

from diplomap.lexicon import link_text, load_lexicon
from diplomap.ontology import ontology


@pytest.fixture(scope="module")
def lex():
    return load_lexicon()


def test_members_as_of_a_date(lex) -> None:
    assert set(lex.members("SCO", "2016-01-01")) == {"CHN", "RUS", "KAZ", "KGZ", "TJK", "UZB"}
    assert {"IND", "PAK", "IRN"} <= set(lex.members("SCO", "2023-12-31"))
    assert "BLR" not in lex.members("SCO", "2024-07-03")
    assert "BLR" in lex.members("SCO", "2024-07-05")
    assert "GBR" in lex.members("EU", "2019-06") and "GBR" not in lex.members("EU", "2021")
    assert len(lex.members("EU", "2025-01-01")) == 27
    assert "MLI" in lex.members("ECOWAS", "2024") and "MLI" not in lex.members("ECOWAS", "2025-06")
    assert "UZB" in lex.members("CSTO", "2010") and "UZB" not in lex.members("CSTO", "2015")
    assert lex.members("C5") == ("KAZ", "KGZ", "TJK", "TKM", "UZB")
    assert set(lex.members("C5_PLUS_1", "2020")) == {"KAZ", "KGZ", "TJK", "TKM", "UZB", "USA"}
    assert lex.members("C5_PLUS_1", "2010") == ()


@pytest.mark.parametrize("group", ["C5", "C5_PLUS_1", "GCC", "EU", "ASEAN", "BRICS", "G7", "G20",
                                   "SCO", "CSTO", "EAEU", "OTS", "LAS", "NATO", "AU", "ECOWAS",
                                   "CIS", "AES", "E3"])
def test_every_group_of_the_contract_has_members(lex, group: str) -> None:
    members = lex.members(group)
    assert members and all(lex.entity(m) is not None for m in members)
    assert group in lex.groups()


def test_unknown_or_memberless_group(lex) -> None:
    assert lex.members("NO_SUCH_GROUP") == () and lex.members("KAZ") == ()


def test_user_file_extends_members(tmp_path) -> None:
    path = tmp_path / "extra.yaml"
    path.write_text("- id: ORG:club\n  kind: organization\n  en: Club\n"
                    "  members: [KAZ, {id: UZB, since: '2020-05'}]\n"
                    "- id: ORG:club\n  members: [{id: KAZ, since: '2010', until: '2012'}]\n",
                    encoding="utf-8")
    lex = load_lexicon([path])
    assert lex.members("ORG:club", "2011") == ("KAZ",)
    assert lex.members("ORG:club", "2020-06-01") == ("UZB",)


@pytest.mark.parametrize(("text", "lang", "span", "group"), [
    ("وعقد قادة دول مجلس التعاون الخليجي قمتهم.", "ar", "دول مجلس التعاون الخليجي", "GCC"),
    ("واجتمعت دول آسيا الوسطى الخمس في دوشنبه.", "ar", "دول آسيا الوسطى الخمس", "C5"),
    ("The GCC states and the five Central Asian states met.", "en", "GCC states", "GCC"),
    ("Leaders of the C5+1 leaders meeting", "en", "C5+1 leaders", "C5_PLUS_1"),
    ("BRICS countries agreed.", "en", "BRICS countries", "BRICS"),
    ("The countries of the GCC agreed.", "en", "countries of the GCC", "GCC"),
    ("Member states of the European Union agreed.", "en",
     "states of the European Union", "EU"),
    ("The EU's member states agreed.", "en", "EU's member states", "EU"),
])
def test_group_nouns_are_members_mentions(text: str, lang: str, span: str, group: str) -> None:
    doc = link_text(text, lang, "2025-03-01")
    found = [m for m in doc.mentions if m.resolution == "members"]
    assert any(m.entity_id == group and span in m.text for m in found), found
    for m in found:
        assert doc.text[m.start:m.end] == m.text


@pytest.mark.parametrize(("text", "group"), [
    ("Members of the European Union's parliament agreed.", "EU"),
    ("The EU's foreign policy chief agreed.", "EU"),
    ("Countries of the region agreed with the GCC.", "GCC"),
])
def test_group_named_otherwise_stays_the_group(text: str, group: str) -> None:
    doc = link_text(text, "en", "2025-03-01")
    assert [m.resolution for m in doc.mentions if m.entity_id == group] in (
        ["name"], ["acronym"])


def test_organ_offsets_point_into_the_original_text() -> None:
    text = "وقال بيانٌ لـ“وزارةِ الدفاع الأمريكية” إن القواتِ الأمريكيةَ انسحبت."
    doc = link_text(text, "ar", "2025-03-01")
    organs = [m for m in doc.mentions if m.resolution == "organ"]
    assert organs and all(m.entity_id == "USA" for m in organs)
    for m in organs:
        assert text[m.start:m.end] == m.text
    assert any("الأمريكية" in m.text and "القوات" in m.text for m in organs)


def test_organ_inside_a_title_gives_way_to_the_title() -> None:
    doc = link_text("وصرح رئيس الحكومة الروسية للصحفيين", "ar", "2024-06-01")
    assert [m.resolution for m in doc.mentions] == ["title"]


@pytest.mark.parametrize(("text", "lang", "actor"), [
    ("Houthi rebels fired a missile", "en", "ORG:houthis"),
    ("هاجمت قوات الدعم السريع مدينة", "ar", "ORG:rsf"),
    ("M23 fighters advanced", "en", "ORG:m23"),
    ("أعلنت حركة الشباب مسؤوليتها", "ar", "ORG:al_shabaab"),
    ("Hamas said", "en", "ORG:hamas"),
])
def test_armed_groups_are_entities(lex, text: str, lang: str, actor: str) -> None:
    doc = link_text(text, lang, "2025-03-01")
    assert actor in {m.entity_id for m in doc.mentions}
    entity = lex.entity(actor)
    assert entity.kind == "armed_group" and entity.id.startswith("ORG:")
    assert ontology().entity_kinds["armed_group"].sector == "REB"


def test_every_state_has_an_english_adjective(lex) -> None:
    missing = [e.id for e in lex.by_kind("state") if not e.demonyms]
    assert missing == []
    for word, state in [("Israeli", "ISR"), ("Ukrainian", "UKR"), ("Sudanese", "SDN"),
                        ("Congolese", "COD"), ("Malian", "MLI")]:
        doc = link_text(f"The {word} delegation arrived.", "en", "2025-03-01")
        assert [m.entity_id for m in doc.mentions] == [state], word
