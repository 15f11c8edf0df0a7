"""The trigger lexicon's form generator (diplomap.extract.morphology) and the frames it
feeds (lang/<code>/frames.yaml `lemmas`, `target_markers`, `agent_markers`, `~passive`)."""

from __future__ import annotations

import json

import pytest
import yaml

from diplomap.extract import morphology
from diplomap.extract.frames import Frame, load_frames
from diplomap.lang import language
from diplomap.ontology import ontology
from diplomap.text import normalize


def norm(word: str) -> str:
    return normalize(word).text


def test_arabic_form_one_paradigm() -> None:
    para = morphology.arabic_paradigm({"lemma": "نسف", "masdar": ["نسف"]})
    assert para["perfect"] == ("نسف",)
    assert set(para["imperfect"]) == {"ينسف", "تنسف", "ننسف", "انسف"}
    assert para["masdar"] == ("نسف",)
    assert para["participle"] == ("ناسف",)
    assert para["passive_participle"] == ("منسوف",)


@pytest.mark.parametrize(("entry", "expected"), [
    ({"lemma": "اختبر", "root": "خبر", "form": "VIII"},
     {"perfect": "اختبر", "imperfect": "يختبر", "masdar": "اختبار", "participle": "مختبر"}),
    ({"lemma": "استقبل", "root": "قبل", "form": "X"},
     {"perfect": "استقبل", "imperfect": "تستقبل", "masdar": "استقبال", "participle": "مستقبل"}),
    ({"lemma": "كرم", "form": "II"},
     {"perfect": "كرم", "imperfect": "يكرم", "masdar": "تكريم", "participle": "مكرم"}),
    ({"lemma": "قاتل", "root": "قتل", "form": "III"},
     {"perfect": "قاتل", "imperfect": "يقاتل", "masdar": "مقاتله", "passive": "قوتل"}),
    ({"lemma": "اخرج", "root": "خرج", "form": "IV"},
     {"perfect": "اخرج", "imperfect": "يخرج", "masdar": "اخراج"}),
    ({"lemma": "انكسر", "root": "كسر", "form": "VII"},
     {"perfect": "انكسر", "imperfect": "ينكسر", "masdar": "انكسار"}),
])
def test_arabic_verb_forms(entry: dict, expected: dict) -> None:
    para = morphology.arabic_paradigm(entry)
    for slot, form in expected.items():
        assert form in para[slot], (slot, para[slot])


@pytest.mark.parametrize(("entry", "expected"), [
    # a first radical و is written ي after the masdar's kasra, and assimilates to VIII's ت
    ({"lemma": "اوقف", "root": "وقف", "form": "IV"},
     {"perfect": "اوقف", "imperfect": "يوقف", "masdar": "ايقاف"}),
    ({"lemma": "اتفق", "root": "وفق", "form": "VIII"},
     {"perfect": "اتفق", "imperfect": "يتفق", "masdar": "اتفاق", "participle": "متفق"}),
])
def test_arabic_assimilated_roots(entry: dict, expected: dict) -> None:
    para = morphology.arabic_paradigm(entry)
    for slot, form in expected.items():
        assert para[slot] == (form,) or form in para[slot][:1], (slot, para[slot])
    assert "اوقاف" not in para["masdar"] and "اوتفق" not in para["perfect"]


def test_arabic_expansion_wildcards_passive_and_phrases() -> None:
    forms = morphology.expand({"lemma": "اختبر", "root": "خبر", "form": "VIII"}, "ar")
    assert "اختبر*" in forms.active and "يختبر*" in forms.active and "اختبار*" in forms.active
    assert "تم اختبار*" in forms.passive  # the auxiliary + verbal noun passive
    forms = morphology.expand({"lemma": "قاتل", "root": "قتل", "form": "III"}, "ar")
    assert "قوتل*" in forms.passive and "قوتل*" not in forms.active
    phrase = morphology.expand({"lemma": "بعث", "then": "رسال*"}, "ar")
    assert "بعث* رسال*" in phrase.active and "يبعث* رسال*" in phrase.active
    exact = morphology.expand({"lemma": "رد", "weak": True, "exact": True,
                               "imperfect": ["رد"]}, "ar")
    assert "رد" in exact.active and "ردت" in exact.active and "رد*" not in exact.active
    skipped = morphology.arabic_paradigm({"lemma": "كتب", "skip": ["participle", "perfect"],
                                          "perfect": ["كتبت"]})
    assert skipped["participle"] == () and skipped["perfect"] == ("كتب", "كتبت")
    weak = morphology.arabic_paradigm({"lemma": "قيد", "weak": True, "skip": ["lemma"],
                                       "perfect": ["قيدت"]})
    assert weak["perfect"] == ("قيدت",) and weak["masdar"] == ()


def test_arabic_bad_entries_are_errors() -> None:
    with pytest.raises(ValueError, match="root"):
        morphology.arabic_paradigm({"lemma": "قف"})
    with pytest.raises(ValueError, match="form"):
        morphology.arabic_paradigm({"lemma": "كتب", "form": "XIV"})
    with pytest.raises(ValueError, match="pos"):
        morphology.expand({"lemma": "كتب", "pos": "adverb"}, "ar")


def test_english_inflections_and_passive() -> None:
    forms = morphology.expand({"lemma": "bake", "pos": "verb"}, "en")
    assert {"bake", "bakes", "baked", "baking"} <= set(forms.active)
    assert "was baked" in forms.passive and "baked by" in forms.passive
    phrase = morphology.expand({"lemma": "hand out", "pos": "verb"}, "en")
    assert {"handed out", "hands out", "handing out"} <= set(phrase.active)
    noun = morphology.expand({"lemma": "parcel", "pos": "noun"}, "en")
    assert {"parcel", "parcels"} <= set(noun.active) and noun.passive == ()
    intransitive = morphology.expand({"lemma": "sleep", "pos": "verb", "passive": False}, "en")
    assert intransitive.passive == () and "slept" in intransitive.active


def test_english_out_of_vocabulary_word_is_inflected() -> None:
    infl = morphology.lemminflect_inflections("frobnicate", "verb")
    assert "frobnicated" in {f for forms in infl.values() for f in forms}


def test_shipped_inflections_match_lemminflect() -> None:
    """lang/en/inflections.json is lemminflect's output for every English lemma (run
    `python -m diplomap.extract.morphology` after adding lemmas)."""
    folder = language("en").folder
    data = yaml.safe_load((folder / "frames.yaml").read_text(encoding="utf-8"))
    shipped = json.loads((folder / morphology.INFLECTIONS_FILE).read_text(encoding="utf-8"))
    for lemma, pos in morphology.english_lemmas(data):
        expected = {t: list(f) for t, f in morphology.lemminflect_inflections(lemma, pos).items()}
        assert shipped.get(f"{pos}:{lemma}") == expected, (lemma, pos)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_every_plover_type_has_triggers(lang: str) -> None:
    frames = load_frames(lang).by_id.values()
    types = {f.event["type"] for f in frames if f.event}
    assert types >= set(ontology().event_types)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_passive_frames_and_argument_markers(lang: str) -> None:
    by_id = load_frames(lang).by_id
    arrest = by_id["coerce_arrest"]
    passive = by_id["coerce_arrest~passive"]
    assert arrest.voice == "active" and passive.voice == "passive"
    assert passive.event == arrest.event and passive.agent_markers == arrest.agent_markers
    assert arrest.agent_markers and by_id["sanction"].target_markers
    assert "armed_group" in arrest.source_kinds and "armed_group" in by_id["assault"].target_kinds
    assert Frame.__dataclass_fields__["voice"].default == "active"


def test_frames_without_lemmas_keep_their_forms() -> None:
    old_style = {"frames": [{"id": "x", "forms": ["foo bar"], "event": {"type": "AGREE"}}],
                 "policy": {}, "partner_levels": {}, "aid_kinds": {}, "modality": {}}
    from diplomap.extract.frames import parse_frames
    lexicon = parse_frames(old_style, "test", "en")
    assert list(lexicon.by_id) == ["x"] and lexicon.by_id["x"].target_markers == ()


@pytest.mark.parametrize(("lang", "phrase"), [
    ("ar", "دورا رائدا"), ("ar", "داخل هذه المنظمه"), ("ar", "بداته"), ("ar", "عام السياحه"),
    ("ar", "حددا هدفا"), ("en", "leading role in"),
])
def test_no_trigger_copied_from_a_seed_sentence(lang: str, phrase: str) -> None:
    text = (language(lang).frames_path).read_text(encoding="utf-8")
    assert f'"{phrase}"' not in text


def test_load_time_expansion_is_cached() -> None:
    # how long the expansion takes is for bench/, not a test: CPU time too grew 3-4x on a
    # loaded host and failed the suite
    load_frames.cache_clear()
    first = load_frames("ar")
    assert load_frames("ar") is first
    assert load_frames.cache_info().hits == 1


def test_finite_forms_are_past_and_third_person_never_bare() -> None:
    from diplomap.extract.morphology import finite_forms
    forms = finite_forms("en")
    assert {"withdrew", "withdraws", "urged"} <= forms
    assert "withdraw" not in forms and "put" not in forms
    assert finite_forms("ar") == frozenset()


def test_past_participles_follow_the_shipped_inflections() -> None:
    from diplomap.extract.morphology import past_participles
    forms = past_participles("en")
    assert {"abducted", "withdrawn"} <= forms and "cut" not in forms
    assert past_participles("ar") == frozenset()  # no inflections file: none
