"""The city gazetteer (`lexicon/data/cities.yaml`, built from GeoNames by
`scripts/build_cities.py`): a city the hand-written lexicon does not list is a place of its
state ("police in <city> arrest" acts for that state); a gazetteer name never takes a form
of the written lexicon; a city the text places in another state ("X, Virginia") is another
city of that name. Sentences of our own writing."""

from __future__ import annotations

import pytest
import yaml

from diplomap.extract import Pipeline
from diplomap.lexicon import load_lexicon
from diplomap.lexicon.core import yield_gazetteer
from diplomap.lexicon.linker import link_text
from diplomap.lexicon.loader import DATA_DIR
from diplomap.lexicon.model import Entity

from conftest import event_triples

CITIES = DATA_DIR / "cities.yaml"


def _linked(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(text[m.start:m.end], m.state) for m in link_text(text, lang).mentions]


@pytest.mark.parametrize(("lang", "text", "surface", "state"), [
    ("en", "Floods closed schools in Lahore on Monday.", "Lahore", "PAK"),
    ("en", "A court in Leeds, England, jailed the driver.", "Leeds", "GBR"),
    ("ar", "أغلقت الفيضانات المدارس في لاهور.", "لاهور", "PAK"),
    ("ar", "وصل الوفد إلى دريسدن مساء الأحد.", "دريسدن", "DEU"),
])
def test_a_gazetteer_city_is_a_place_of_its_state(lang: str, text: str, surface: str,
                                                  state: str) -> None:
    assert (surface, state) in _linked(text, lang)


@pytest.mark.parametrize(("lang", "text", "triple"), [
    ("en", "Police in Lahore arrested twelve protesters.", ("PAK", "COERCE", "PAK")),
    ("en", "A court in Kyoto sentenced a man to death.", ("JPN", "SANCTION", "JPN")),
    ("ar", "اعتقلت الشرطة في لاهور اثني عشر متظاهراً.", ("PAK", "COERCE", "PAK")),
])
def test_organs_in_a_gazetteer_city_act_for_its_state(pipeline: Pipeline, lang: str,
                                                      text: str,
                                                      triple: tuple[str, str, str]) -> None:
    assert triple in event_triples(pipeline, text, lang)


@pytest.mark.parametrize(("text", "absent"), [
    ("A jury in Alexandria, Virginia, indicted the banker.", "EGY"),
    ("The plant near Libertad, Yuriria, Guanajuato, Mexico, closed.", "PHL"),
])
def test_a_city_placed_in_another_state_is_not_the_gazetteers(text: str, absent: str) -> None:
    assert absent not in {state for _, state in _linked(text, "en")}


def test_a_city_placed_in_its_own_state_stays() -> None:
    assert ("Alexandria", "EGY") in _linked("Protests spread in Alexandria, Egypt.", "en")


def test_gazetteer_names_yield_to_the_written_lexicon() -> None:
    written = Entity(id="LOC:almaty", kind="place", en="Almaty", state="KAZ",
                     names={"en": ["Almaty"], "ar": ["ألماتي"]})
    twin = Entity(id="LOC:gn1", kind="place", en="Almaty (X)", state="KAZ",
                  names={"en": ["Almaty", "Alma Ata Town"], "ar": ["ألماتي"]},
                  extra={"gazetteer": True})
    shadow = Entity(id="LOC:gn2", kind="place", en="Almaty (Y)", state="KAZ",
                    names={"en": ["Almaty"]}, extra={"gazetteer": True})
    entities = {e.id: e for e in (written, twin, shadow)}
    yield_gazetteer(entities)
    assert entities["LOC:gn1"].names == {"en": ["Alma Ata Town"], "ar": []}
    assert "LOC:gn2" not in entities
    assert entities["LOC:almaty"].names["en"] == ["Almaty"]


def test_the_gazetteer_never_replaces_a_capital_or_a_hand_listed_place() -> None:
    lexicon = load_lexicon()
    by_name = {}
    for ent in lexicon:
        if ent.extra.get("gazetteer"):
            for name in ent.names.get("en", []):
                by_name[name] = ent.id
    assert "Tokyo" not in by_name and "Almaty" not in by_name and "Geneva" not in by_name


def test_the_data_file_keeps_no_common_word_and_no_given_name() -> None:
    data = yaml.safe_load(CITIES.read_text(encoding="utf-8"))
    lexicon = load_lexicon()
    names = {n for e in data for forms in e["names"].values() for n in forms}
    assert not names & {"كان", "السلمية", "الجديدة", "المدينة", "حصار", "ميدان"}
    assert not names & {"Reading", "Man", "Vladimir", "Salem"}
    assert all(sum(ch.isalpha() for ch in n) >= 4 for n in names)
    assert all(e["kind"] == "place" and e["gazetteer"] is True for e in data)
    assert all(lexicon.entity(e["state"]) is not None for e in data)


@pytest.mark.parametrize("text", [
    "In tennis, Lahore Smith beat the holder.",
    "Fans of the Lahore Comets cheered.",
    "The first governor since Wallace Lahore to win twice.",
])
def test_an_english_city_inside_another_name_is_no_city(text: str) -> None:
    assert not any(surface == "Lahore" for surface, _ in _linked(text, "en"))


@pytest.mark.parametrize(("text", "surface", "state"), [
    ("In Lahore, police detained two men.", "Lahore", "PAK"),
    ("The Kyoto District Court upheld the ruling.", "Kyoto", "JPN"),
    ("Shelling hit Ukraine's Lviv overnight.", "Lviv", "UKR"),
])
def test_an_english_city_with_its_heads_stays(text: str, surface: str, state: str) -> None:
    assert (surface, state) in _linked(text, "en")


@pytest.mark.parametrize("text", [
    "طالبت اللجنة بكشف هوية المسؤولين عن الهجوم.",  # هوية "identity", not Huế (هوئه)
    "نصب المسلحون كمينا لدورية في الجبال.",  # ك + مينا: an ambush, not "like Minna"
])
def test_an_arabic_common_word_is_no_gazetteer_city(text: str) -> None:
    lexicon = load_lexicon()
    for mention in link_text(text, "ar").mentions:
        ent = lexicon.entity(mention.entity_id)
        assert ent is None or not ent.extra.get("gazetteer"), mention
