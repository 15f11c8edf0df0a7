"""Dates and amounts read through the one normaliser of the text layer: the same sentence
written in NFD, with tatweel, with diacritics or in Arabic presentation forms gives the
same dates and amounts, with spans that read back from the ORIGINAL text.

The sentences are written for this test."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

import pytest

from diplomap.extract.amounts import find_amounts
from diplomap.extract.dates import find_dates
from diplomap.text import normalize

PUBLISHED = "2024-06-10"

DATES = [
    ("وقّعت الحكومتان مذكرة التفاهم في أبريل 2024 بعد مفاوضات طويلة.",
     [("أبريل 2024", "2024-04", None)]),
    ("افتُتح المعرض الدولي للكتاب في 15 مارس 2023 في العاصمة.",
     [("15 مارس 2023", "2023-03-15", None)]),
    ("يستمر برنامج المنح من عام 2019 إلى عام 2021.",
     [("من عام 2019 إلى عام 2021", "2019", "2021")]),
    ("وصل الوفد التجاري أمس إلى الميناء.", [("أمس", "2024-06-09", None)]),
    ("بدأ الصيام في 10 رمضان 1445 هـ كما أعلنت اللجنة.",
     [("10 رمضان 1445 هـ", "2024-03-20", None)]),
    ("انعقد المنتدى الاقتصادي في شهر مايو الماضي.", [("شهر مايو الماضي", "2024-05", None)]),
]

AMOUNTS = [
    ("قدّمت الحكومة مائتي مليون دولار لدعم المدارس الريفية.",
     [("مائتي مليون دولار", 2e8, "USD", None)]),
    ("يبلغ طول الخط الحديدي الجديد نحو ثلاثمائة كيلومتر.",
     [("نحو ثلاثمائة كيلومتر", 300.0, "km", "about")]),
    ("بلغت الاستثمارات أكثر من 1.5 مليار يورو في قطاع الطاقة.",
     [("أكثر من 1.5 مليار يورو", 1.5e9, "EUR", "more_than")]),
    ("ارتفعت صادرات القمح بنسبة ٢٥ في المائة.", [("٢٥ في المائة", 25.0, "percent", None)]),
    ("أرسلت المنظمة خمسة وعشرين ألف طن من الأرز.",
     [("خمسة وعشرين ألف طن", 25000.0, "tonnes", None)]),
]


def _is_letter(ch: str) -> bool:
    return "\u0621" <= ch <= "\u064a"


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def tatweel(text: str) -> str:
    """A tatweel after every letter that has a letter after it in the same word."""
    out = []
    for i, ch in enumerate(text):
        out.append(ch)
        joins = ch not in "اأإآدذرزوؤءة"  # letters that join the next one
        if _is_letter(ch) and i + 1 < len(text) and _is_letter(text[i + 1]) and joins:
            out.append("\u0640")
    return "".join(out)


def diacritics(text: str) -> str:
    """A fatha, kasra or sukun after each letter, a shadda on every third."""
    marks = "\u064e\u0650\u0652"
    out = []
    for i, ch in enumerate(text):
        out.append(ch)
        if _is_letter(ch):
            out.append(("\u0651" if i % 3 == 0 else "") + marks[i % 3])
    return "".join(out)


def _presentation_table() -> dict[str, str]:
    """Letter (or letter pair) -> its isolated presentation form (U+FE70-U+FEFF)."""
    table: dict[str, str] = {}
    for code in range(0xFE70, 0xFF00):
        ch = chr(code)
        if "ISOLATED FORM" in unicodedata.name(ch, ""):
            compat = unicodedata.normalize("NFKC", ch)
            if compat.strip() and all(_is_letter(c) for c in compat):
                table.setdefault(compat, ch)
    return table


PRESENTATION = _presentation_table()


def presentation_b(text: str) -> str:
    """Every letter in its isolated presentation form, lam-alef as one ligature (ﻻ)."""
    out, i = [], 0
    while i < len(text):
        pair = text[i:i + 2]
        if len(pair) == 2 and pair in PRESENTATION:
            out.append(PRESENTATION[pair])
            i += 2
            continue
        out.append(PRESENTATION.get(text[i], text[i]))
        i += 1
    return "".join(out)


def presentation_a(text: str) -> str:
    """Forms of Presentation Forms-A (U+FB50-U+FDFF): Farsi yeh and keheh (ﯼ ﮎ), and the
    isolated alef wasla (ﭐ) for every alef of the article."""
    return text.replace("ي", "\ufbfc").replace("ك", "\ufb8e").replace(" ال", " \ufb50ل")


VARIANTS: dict[str, Callable[[str], str]] = {
    "plain": lambda t: t, "nfd": nfd, "tatweel": tatweel, "diacritics": diacritics,
    "nfd+diacritics": lambda t: nfd(diacritics(t)), "presentation-b": presentation_b,
    "presentation-a": presentation_a,
}


def same(a: str, b: str) -> bool:
    return normalize(a).cased == normalize(b).cased


SENTENCES = [s for s, _ in DATES + AMOUNTS]


@pytest.mark.parametrize("variant", [v for v in VARIANTS if v != "plain"])
def test_each_variant_changes_the_text_not_its_reading(variant: str) -> None:
    written = [VARIANTS[variant](s) for s in SENTENCES]
    assert sum(w != s for w, s in zip(written, SENTENCES, strict=True)) >= len(SENTENCES) // 2
    assert all(same(w, s) for w, s in zip(written, SENTENCES, strict=True))


def test_presentation_forms_include_the_lam_alef_ligature() -> None:
    assert "\ufefb" in presentation_b(AMOUNTS[1][0])  # ﻻ in "ثلاثمائة": one character, two letters


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize(("sentence", "expected"), DATES)
def test_dates_in_every_written_form(sentence: str, expected: list, variant: str) -> None:
    text = VARIANTS[variant](sentence)
    found = find_dates(text, PUBLISHED)
    for mention in found:
        assert text[mention.start:mention.end] == mention.text
    assert [(m.value, m.end_value) for m in found] == [(v, e) for _, v, e in expected]
    assert all(same(m.text, want) for m, (want, _, _) in zip(found, expected, strict=True))


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize(("sentence", "expected"), AMOUNTS)
def test_amounts_in_every_written_form(sentence: str, expected: list, variant: str) -> None:
    text = VARIANTS[variant](sentence)
    found = find_amounts(text)
    for amount in found:
        assert text[amount.start:amount.end] == amount.text
    assert [(a.value, a.unit, a.qualifier) for a in found] == [e[1:] for e in expected]
    assert all(same(a.text, want) for a, (want, *_) in zip(found, expected, strict=True))


def test_spans_end_after_the_marks_of_their_last_letter() -> None:
    text = diacritics("قدمت الحكومة مائتي مليون دولار للمدارس.")
    [amount] = find_amounts(text)
    assert _is_letter(text[amount.start])
    assert unicodedata.category(text[amount.end - 1]) == "Mn"  # the last letter keeps its marks
    assert text[amount.end] == " "
