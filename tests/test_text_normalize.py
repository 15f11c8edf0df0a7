"""Matching normalisation and its map back to the original text."""

from __future__ import annotations

import pytest

from diplomap.text import normalize, normalize_key


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("أحمد إبراهيم آمال ٱلله", "احمد ابراهيم امال الله"),  # alef forms
        ("مسؤول رئيس", "مسوول رييس"),  # hamza on waw/yeh dropped
        ("سماء", "سماء"),  # bare hamza kept
        ("مصطفى", "مصطفي"),  # alef maksura
        ("الجمهورية", "الجمهوريه"),  # ta marbuta
        ("كازاخســـتان", "كازاخستان"),  # tatweel
        ("كَازَاخِسْتَانُ الشَّعْبِيَّةٌ", "كازاخستان الشعبيه"),  # harakat, shadda, sukun
        ("رحمٰن", "رحمن"),  # superscript alef
        ("١٩٩٢ و۲۰۲۵ و٣٫٩", "1992 و2025 و3.9"),  # Arabic-Indic and Persian digits
        ("“كازاخستان” «الصين» ‘x’", '"كازاخستان" "الصين" \'x\''),  # quotes
        ("أ\u200fب\u200dج\u202bد\u2066ه\ufeff", "ابجده"),  # bidi and zero-width removed
        ("ﻻ ﷲ", "لا الله"),  # presentation forms
        ("کیف پژوهش", "كيف بزوهش"),  # Persian letters
        ("Kazakhstan İSTANBUL Türkiye", "kazakhstan istanbul turkiye"),  # Latin folded
        ("ＵＮ", "un"),  # fullwidth
        ("2025–2027", "2025-2027"),  # dashes
    ],
)
def test_normalize_text(raw: str, expected: str) -> None:
    assert normalize(raw).text == expected


def test_cased_keeps_case_and_length() -> None:
    n = normalize("منظمة (CSTO) İzmir")
    assert n.cased == "منظمه (CSTO) Izmir"
    assert len(n.cased) == len(n.text)
    assert n.text == n.cased.lower()


def test_identity_map_when_nothing_removed() -> None:
    n = normalize("الصين وروسيا")
    assert n.orig_span(0, 5) == (0, 5)
    assert n.orig_offset(len(n.text)) == len(n.original)


def test_orig_span_skips_removed_characters() -> None:
    raw = "قال \u200fكَازَاخِسْتَانُ اليوم"
    n = normalize(raw)
    start = n.text.index("كازاخستان")
    ostart, oend = n.orig_span(start, start + len("كازاخستان"))
    assert raw[ostart:oend] == "كَازَاخِسْتَانُ"  # final damma kept, bidi mark left out


def test_orig_span_of_expansion() -> None:
    raw = "xﻻy"
    n = normalize(raw)
    assert n.text == "xلاy"
    assert n.orig_span(1, 3) == (1, 2)
    assert n.orig_span(1, 2) == (1, 2)


def test_orig_span_empty_and_bounds() -> None:
    n = normalize("أَب")
    assert n.orig_span(1, 1) == (2, 2)
    with pytest.raises(ValueError):
        n.orig_span(0, 99)


def test_normalize_key_collapses_space() -> None:
    assert normalize_key("  الأمم   المتحدة ") == "الامم المتحده"


def test_presentation_form_diacritics_are_marks_not_word_breaks() -> None:
    raw = "ك\ufe76ت\ufe77ب\ufc5e"  # isolated fatha, medial fatha, shadda with dammatan (U+FC5E)
    n = normalize(raw)
    assert n.text == "كتب"
    assert n.orig_span(0, 3) == (0, len(raw))  # the span keeps the marks of its last letter


def test_presentation_ligatures_map_back_exactly() -> None:
    raw = "\ufefbب \ufdf2"  # lam-alef ligature, then the Allah ligature
    n = normalize(raw)
    assert n.text == "لاب الله"
    assert n.orig_span(0, 2) == (0, 1) and n.orig_span(2, 3) == (1, 2)
    assert n.orig_span(4, 8) == (3, 4)


def test_translating_changed_runs_equals_translating_every_character() -> None:
    """The fast path translates only runs of changed characters: the same text as
    ``str.translate`` over the whole table, for texts of every mix of changed characters."""
    import random

    from diplomap.text.normalize import TABLE, _translate

    changed = sorted(chr(k) for k in TABLE)
    plain = [*"abcXYZ 019.,\nكتبمن", "\U0001f600", "\ud800"]
    rng = random.Random(7)
    for _ in range(2000):
        pool = rng.choice([changed, plain, changed + plain])
        text = "".join(rng.choice(pool) for _ in range(rng.randrange(40)))
        assert _translate(text) == text.translate(TABLE)


def test_ascii_text_is_its_own_normalisation() -> None:
    from diplomap.text.normalize import TABLE, _offset_map, _translate

    text = "The EU and China signed 3 deals -- in Astana (2024)!\n\t~"
    assert _translate(text) == text.translate(TABLE) == text
    assert _offset_map(text) is None
    assert normalize(text).text == text.lower()


def test_offset_map_is_every_kept_characters_original_index() -> None:
    """The map copied from a table of offsets: each normalised character's original index,
    an expansion's once per character it gives, plus the sentinel; long texts too."""
    import random

    from diplomap.text.normalize import TABLE, _offset_map

    def reference(text: str) -> list[int]:
        return [i for i, ch in enumerate(text) for _ in range(len(TABLE.get(ord(ch), ch)))] + [
            len(text)]

    rng = random.Random(2)
    pieces = ["كَ", "ـ", "ﻻ", "ﷲ", "\u200f", "abc", "الصين", " ", "ً"]
    for size in [*range(30), 200, 70_000]:
        text = "".join(rng.choice(pieces) for _ in range(size // 2 or 1))[:size]
        found = _offset_map(text)
        if found is not None:
            assert list(found) == reference(text)
        else:
            assert reference(text) == list(range(len(text) + 1))
