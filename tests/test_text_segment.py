"""Sentence splitting, tokenisation and ``Doc`` (own sentences, no seed text)."""

from __future__ import annotations

import datetime as dt

from diplomap.text import Doc, parse_date, split_sentences, tokenize


def sents(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_arabic_terminators() -> None:
    text = "زار الوزير موسكو. هل اتفق الطرفان؟ نعم! وبحثا التعاون؛ ثم عادا"
    assert sents(text) == [
        "زار الوزير موسكو.",
        "هل اتفق الطرفان؟",
        "نعم!",
        "وبحثا التعاون؛",
        "ثم عادا",
    ]


def test_decimals_do_not_split() -> None:
    text = "بلغ النمو 3.9 في المئة و1.5 مليار دولار. ثم تراجع إلى ٢٫٥ بالمئة."
    assert sents(text) == [
        "بلغ النمو 3.9 في المئة و1.5 مليار دولار.",
        "ثم تراجع إلى ٢٫٥ بالمئة.",
    ]


def test_arabic_abbreviations() -> None:
    text = "كتب د. سامر خليل والمهندس م. رامي تقريرا. وصدر في عام 1991 م. ثم أعيد نشره"
    assert sents(text) == [
        "كتب د. سامر خليل والمهندس م. رامي تقريرا.",
        "وصدر في عام 1991 م.",
        "ثم أعيد نشره",
    ]


def test_english_abbreviations_and_initials() -> None:
    text = "U.S. officials met Mr. Lee and J. Smith in Astana. They agreed, e.g. on trade. Done."
    assert sents(text) == [
        "U.S. officials met Mr. Lee and J. Smith in Astana.",
        "They agreed, e.g. on trade.",
        "Done.",
    ]


def test_line_breaks_and_empty_lines() -> None:
    text = "  عنوان المقال  \n\n\u00a0\n – \nالفقرة الأولى. الثانية\r\nالثالثة"
    assert sents(text) == ["عنوان المقال", "الفقرة الأولى.", "الثانية", "الثالثة"]


def test_closing_quotes_stay_with_sentence() -> None:
    text = "قال الوزير: “نحن مستعدون.” ثم غادر. وأضاف «لا تراجع»."
    assert sents(text) == ["قال الوزير: “نحن مستعدون.”", "ثم غادر.", "وأضاف «لا تراجع»."]


def test_enumeration_and_ellipsis() -> None:
    text = "1. البند الأول\n2. البند الثاني... والأخير"
    assert sents(text) == ["1. البند الأول", "2. البند الثاني...", "والأخير"]


def test_spans_are_stripped_and_in_order() -> None:
    text = " أ.  ب؟  ج "
    spans = split_sentences(text)
    assert all(not text[s].isspace() and not text[e - 1].isspace() for s, e in spans)
    assert spans == sorted(spans)


def test_tokenize_words_numbers_punctuation() -> None:
    text = "وقّعت كازاخستان 3.9 مليار (CSTO)، 2025-2027؟"
    toks = [text[s:e] for s, e in tokenize(text)]
    assert toks == [
        "وقّعت",
        "كازاخستان",
        "3.9",
        "مليار",
        "(",
        "CSTO",
        ")",
        "،",
        "2025",
        "-",
        "2027",
        "؟",
    ]


def test_tokenize_skips_format_characters() -> None:
    text = "أ\u200f ب"
    assert [text[s:e] for s, e in tokenize(text)] == ["أ", "ب"]


def test_doc_sentence_of() -> None:
    doc = Doc("الجملة الأولى. الجملة الثانية.", "ar", "2024-05")
    assert len(doc.sentences) == 2
    assert doc.sentence_of(0) == 0
    assert doc.sentence_of(doc.text.index("الثانية")) == 1
    assert doc.sentence_of(doc.text.index(" الجملة الثانية")) is None  # the space between
    assert doc.published == dt.date(2024, 5, 1)
    assert doc.sentence_text(1) == "الجملة الثانية."


def test_parse_date() -> None:
    assert parse_date("2019") == dt.date(2019, 1, 1)
    assert parse_date("2019-03-20T10:00:00") == dt.date(2019, 3, 20)
    assert parse_date(dt.datetime(2020, 1, 2, 3, 4)) == dt.date(2020, 1, 2)
    assert parse_date(None) is None


def test_terminator_runs_are_the_regex_matches():
    """`_terminator_runs` (string searches) finds the spans `_TERM_RE` would, line breaks,
    ellipses and runs of mixed marks included."""
    import random

    from diplomap.text import segment

    rng = random.Random(7)
    pieces = ["a", "ب", " ", "\n", ".", "..", "!", "?", "؟", "؛", "…", "3", "U.S.", "\r\n", "»"]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(40)))
        assert segment._terminator_runs(text) == [
            m.span() for m in segment._TERM_RE.finditer(text)], repr(text)
