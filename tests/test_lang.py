"""diplomap.lang: language data as data, one loader, one clitic inventory per language that
every reader (linker, extractor, search index) derives its clitics from."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplomap.extract.grammar import grammar
from diplomap.lang import (
    LANG_DIR,
    Clitics,
    LanguageDataError,
    NoGrammar,
    Vocabulary,
    has_grammar,
    language,
    languages,
)
from diplomap.lexicon import patterns as lexicon_patterns
from diplomap.text.search import strip_proclitics

AR = language("ar").clitics


def test_languages_are_the_folders_with_frames() -> None:
    assert languages() == ("ar", "en")
    assert has_grammar("ar") and has_grammar("en")
    assert not has_grammar("ru") and not has_grammar("other") and not has_grammar("")
    assert language("ar") is language("ar")  # read once
    assert language("en").frames_path == LANG_DIR / "en" / "frames.yaml"
    with pytest.raises(NoGrammar, match="ru"):
        language("ru")


def test_every_file_of_every_language_reads() -> None:
    for code in languages():
        lang = language(code)
        assert lang.calendar.months and len(lang.calendar.weekdays) == 7
        assert lang.grammar.words("prepositions") and lang.dates.table("relations")
        assert lang.units.table("units") and lang.currencies
        assert lang.frames_path.is_file()
    assert language("ar").numbers.small[3] and language("en").numbers.digit_scales[10**9]


def test_the_arabic_proclitics_are_composed_from_the_inventory() -> None:
    assert AR.plain == {"و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"}
    assert AR.with_article == {"ال", "وال", "فال", "بال", "كال", "وبال", "وكال", "فبال", "فكال"}
    assert AR.contracted == {"لل", "ولل", "فلل"}  # ل + ال, never لال
    assert AR.holding(AR.governing, article=True) == {"بال", "وبال", "فبال", "لل", "ولل", "فلل"}
    assert AR.all[0] in ("فبال", "فكال", "وبال", "وكال") and AR.all[-1] in AR.letters
    assert "س" in AR.all and "وس" not in AR.all  # the future prefix stands alone
    assert "وللـ" not in AR.all  # the old list's entry that could never match


def test_a_language_without_proclitics_composes_none() -> None:
    english = language("en").clitics
    assert english.all == () and english.letters == frozenset()
    assert "'s" in english.possessives
    assert Clitics(conjunctions=("و",)).with_article == frozenset()


def test_every_reader_takes_its_clitics_from_the_inventory() -> None:
    assert AR.plain == lexicon_patterns.BASIC_CLITICS
    assert AR.with_article == lexicon_patterns.ARTICLE_CLITICS
    assert lexicon_patterns.ALLOWED["contracted"] == {"", *AR.conjunctions}
    assert lexicon_patterns.CONTRACTIONS == {"لل": "ل"}
    readings = grammar("ar").readings("وبالاتفاق")
    assert readings == ("وبالاتفاق", "اتفاق", "الاتفاق", "بالاتفاق")
    assert grammar("ar").marking_clitics == AR.holding(AR.prepositions)
    assert grammar("en").readings("signed") == ("signed",)
    assert strip_proclitics("وللكازاخستان") == strip_proclitics("كازاخستان")
    assert strip_proclitics("والصين") == strip_proclitics("بالصين") == "صين"


def test_grammar_words_are_normalised_like_the_text() -> None:
    ar = grammar("ar")
    assert "الي" in ar.prepositions and "علي" in ar.prepositions  # إلى, على
    assert ("غير", "دايم") in ar.non_permanent  # دائم: the hamza seat folds as in the text
    assert ar.focal_pronouns["الينا"] and not ar.focal_pronouns["بلادنا"]
    assert ar.org_anaphora["المنظمه"] == "منظمه"
    assert grammar("en").articles == {"the"} and not grammar("en").adjective_after_noun


def _vocabulary(data: dict) -> Vocabulary:
    return Vocabulary("test.yaml", data, {"words": "words", "table": "table", "flag": "flag"})


def test_unknown_keys_and_unquoted_yaml_booleans_are_errors() -> None:
    with pytest.raises(LanguageDataError, match="unknown key 'wrods'"):
        _vocabulary({"wrods": ["a"]})
    with pytest.raises(LanguageDataError, match="quote"):
        _vocabulary({"words": ["in", True]})  # YAML reads an unquoted `on` as true
    with pytest.raises(LanguageDataError, match="quote"):
        _vocabulary({"table": {"x": ["on", False]}})
    with pytest.raises(LanguageDataError, match="true or false"):
        _vocabulary({"flag": "yes"})
    vocab = _vocabulary({"words": ["a", "b"]})
    assert vocab.words("words") == ("a", "b") and vocab.table("table") == {}
    with pytest.raises(KeyError):
        vocab.words("table")  # a table is no word list


@pytest.mark.parametrize("path", sorted(LANG_DIR.glob("*/*.yaml")),
                         ids=lambda p: f"{p.parent.name}/{p.name}")
def test_data_files_are_known(path: Path) -> None:
    assert path.name in {"clitics.yaml", "grammar.yaml", "months.yaml", "dates.yaml",
                         "numbers.yaml", "units.yaml", "currencies.yaml", "frames.yaml",
                         "morphology.yaml", "organs.yaml"}
