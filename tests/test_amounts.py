"""diplomap.extract.amounts: money, measures, shares and counts, normalised."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplomap.extract.amounts import find_amounts, is_number_word, parse_number_words
from diplomap.text import normalize


def found(text: str) -> list[tuple]:
    amounts = find_amounts(text)
    for a in amounts:
        assert text[a.start:a.end] == a.text, a
        assert a.amount_usd == (a.value if a.unit == "USD" else None)
    return [(a.text, a.value, a.unit, a.qualifier) for a in amounts]


@pytest.mark.parametrize(("text", "expected"), [
    ("تعمل الشركات الصينية على مشاريع تزيد قيمتها عن 28 مليار دولار في قطاع الطاقة.",
     [("تزيد قيمتها عن 28 مليار دولار", 28e9, "USD", "more_than")]),
    ("وتتجاوز قيمة الاستثمارات 28 مليار دولار وفق البيانات الرسمية.",
     [("28 مليار دولار", 28e9, "USD", None)]),
    ("وتتجاوز الاستثمارات 28 مليار دولار.",
     [("تتجاوز الاستثمارات 28 مليار دولار", 28e9, "USD", "more_than")]),
    ("وبلغت الصادرات ما يتجاوز 9 ملايين طن، وتقل قيمتها عن 3 مليارات دولار.",
     [("يتجاوز 9 ملايين طن", 9e6, "tonnes", "more_than"),
      ("تقل قيمتها عن 3 مليارات دولار", 3e9, "USD", "less_than")]),
    ("ووقّع الجانبان عقودًا بقيمة 3.9 مليار خلال المنتدى.", [("3.9 مليار", 3.9e9, "count", None)]),
    ("خصصت واشنطن 300 مليون دولار لبرامج نزع السلاح.",
     [("300 مليون دولار", 3e8, "USD", None)]),
    ("قدّم الاتحاد الأوروبي منحة بقيمة 1.5 مليون يورو لدعم الإصلاحات.",
     [("1.5 مليون يورو", 1.5e6, "EUR", None)]),
    ("وقّعت الحكومتان أكثر من 50 اتفاقية في مجالات مختلفة.",
     [("أكثر من 50", 50.0, "count", "more_than")]),
    ("يشارك في المنتدى أكثر من 50.", [("أكثر من 50", 50.0, "count", "more_than")]),
    ("تبلغ مساحة المنطقة الحدودية حوالي 1000 كيلومتر مربع.",
     [("حوالي 1000 كيلومتر مربع", 1000.0, "km2", "about")]),
    ("يمتد الخط الحديدي نحو 7500 كيلومتر عبر آسيا الوسطى.",
     [("نحو 7500 كيلومتر", 7500.0, "km", "about")]),
    ("تشكل المواد الخام ما يقرب من 85% من الصادرات.",
     [("ما يقرب من 85%", 85.0, "percent", "about")]),
    ("ارتفعت الصادرات بنسبة 85 في المائة ثم 12 بالمئة ثم 7 بالمائة.",
     [("85 في المائة", 85.0, "percent", None), ("12 بالمئة", 12.0, "percent", None),
      ("7 بالمائة", 7.0, "percent", None)]),
    ("قدّمت الرياض قرضًا بقيمة ملياري دولار للبنك المركزي.",
     [("ملياري دولار", 2e9, "USD", None)]),
    ("ضخّت الصناديق مليارات الدولارات في المنطقة.", []),
    ("وتعهدت الحكومة بتقديم ثلاثة مليارات دولار على خمس سنوات.",
     [("ثلاثة مليارات دولار", 3e9, "USD", None), ("خمس", 5.0, "count", None)]),
    ("أُنجز خمسين مشروعًا في إطار مبادرة الحزام والطريق.", [("خمسين", 50.0, "count", None)]),
    ("ساهمت البلاد بخمسة وعشرين مليون دولار في الصندوق.",
     [("خمسة وعشرين مليون دولار", 25e6, "USD", None)]),
    ("تنقل السفن ثلاثة آلاف وخمسمائة طن من الحبوب شهريًا.",
     [("ثلاثة آلاف وخمسمائة طن", 3500.0, "tonnes", None)]),
    ("يصدّر الحقل مئة وخمسين ألف برميل يوميًا.",
     [("مئة وخمسين ألف برميل", 150000.0, "barrels", None)]),
    ("أرسلت الحكومة مئتي جندي وألفي خيمة.", [("مئتي", 200.0, "count", None),
                                             ("ألفي", 2000.0, "count", None)]),
    ("عبر الحدود 1,000 لاجئ ثم ١٬٥٠٠ آخرون.", [("1,000", 1000.0, "count", None),
                                               ("١٬٥٠٠", 1500.0, "count", None)]),
    ("بلغ حجم التبادل ٣٫٩ مليار دولار أمريكي.", [("٣٫٩ مليار دولار أمريكي", 3.9e9, "USD", None)]),
    ("يبلغ طول الحدود ۷۵۰۰ كم.", [("۷۵۰۰ كم", 7500.0, "km", None)]),
    ("استثمرت موسكو 500 مليون روبل وبكين 10 ملايين يوان.",
     [("500 مليون روبل", 5e8, "RUB", None), ("10 ملايين يوان", 1e7, "CNY", None)]),
    ("رصدت الحكومة 2 مليار تنغه، ثم 40 مليون تنغي، ثم 7 آلاف تنج.",
     [("2 مليار تنغه", 2e9, "KZT", None), ("40 مليون تنغي", 4e7, "KZT", None),
      ("7 آلاف تنج", 7000.0, "KZT", None)]),
    ("قدمت لندن 20 مليون جنيه إسترليني والرياض 5 مليارات ريال سعودي وأبوظبي 3 ملايين درهم إماراتي.",
     [("20 مليون جنيه إسترليني", 2e7, "GBP", None), ("5 مليارات ريال سعودي", 5e9, "SAR", None),
      ("3 ملايين درهم إماراتي", 3e6, "AED", None)]),
    ("شارك في المهمة ما يصل إلى 500 جندي وأقل من 5% من المعدات.",
     [("ما يصل إلى 500", 500.0, "count", "up_to"), ("أقل من 5%", 5.0, "percent", "less_than")]),
    ("تعهدت بما لا يقل عن 10 مليارات دولار.",
     [("لا يقل عن 10 مليارات دولار", 1e10, "USD", "more_than")]),
    ("انضمت إلى المبادرة 40 دولة تقريبًا.", [("40 دولة تقريبًا", 40.0, "count", "about")]),
    ("ساهمت البلاد بأكثر من 700 فرد في بعثات حفظ السلام.",
     [("أكثر من 700", 700.0, "count", "more_than")]),
])
def test_arabic_amounts(text: str, expected: list[tuple]) -> None:
    assert found(text) == expected


def test_more_than_is_read_from_tazid_an() -> None:
    [amount] = find_amounts("هناك مشاريع بقيمة تزيد عن 28 مليار دولار قيد التنفيذ.")
    assert (amount.text, amount.qualifier, amount.amount_usd) == (
        "تزيد عن 28 مليار دولار", "more_than", 28e9)


@pytest.mark.parametrize(("text", "expected"), [
    ("China pledged $28 billion in loans.", [("$28 billion", 28e9, "USD", None)]),
    ("Investments reached 28 billion dollars.", [("28 billion dollars", 28e9, "USD", None)]),
    ("The fund holds US$ 3.5 bn in assets.", [("US$ 3.5 bn", 3.5e9, "USD", None)]),
    ("The EU gave €1.5 million and $3.5m more.",
     [("€1.5 million", 1.5e6, "EUR", None), ("$3.5m", 3.5e6, "USD", None)]),
    ("They signed more than 50 agreements.", [("more than 50", 50.0, "count", "more_than")]),
    ("The zone covers about 1,000 square kilometres.",
     [("about 1,000 square kilometres", 1000.0, "km2", "about")]),
    ("The railway is 7,500 km long and carries 40 million tonnes.",
     [("7,500 km", 7500.0, "km", None), ("40 million tonnes", 4e7, "tonnes", None)]),
    ("Raw materials make up 85% of exports, or 85 percent.",
     [("85%", 85.0, "percent", None), ("85 percent", 85.0, "percent", None)]),
    ("The field pumps 1.2 million barrels a day.",
     [("1.2 million barrels", 1.2e6, "barrels", None)]),
])
def test_english_amounts(text: str, expected: list[tuple]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "انضمت كازاخستان إلى الأمم المتحدة في عام 1992 وفي مارس 1992.",
    "في 3 يناير 2024 وقّع الطرفان الاتفاق.",
    "عام 1991 أبرمت البلاد اتفاقيات عدة.",
    "تتجه العلاقات نحو التوسع والتقدم.",
    "يعد أحد أهم الشركاء التجاريين.",
    "وفي 2019-03-20 تسلم الرئيس مهامه، و1992/3/2 تاريخ آخر.",
    "سجلت المادة 5 من الاتفاقية.",
    "COVID-19 and F-16 are not amounts; neither is 3m.",
])
def test_not_amounts(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("words", "value"), [
    ("واحد", 1), ("ثلاثه", 3), ("عشره", 10), ("احد عشر", 11), ("ثلاثه عشر", 13),
    ("خمسه وعشرون", 25), ("تسعين", 90), ("مئه", 100), ("مائتان", 200),
    ("ثلاثمائه", 300), ("مئه وخمسون", 150), ("الف", 1000), ("الفين", 2000),
    ("ثلاثه الاف", 3000), ("ثلاثه الاف وخمسمائه", 3500), ("مليون", 10**6),
    ("ملايين", None), ("خمسه ملايين", 5 * 10**6), ("مليار", 10**9), ("ملياري", 2 * 10**9),
    ("ثلاثه مليارات", 3 * 10**9), ("مليون وخمسمائه الف", 1_500_000),
])
def test_parse_number_words(words: str, value: int | None) -> None:
    assert parse_number_words(normalize(words).cased) == value


@pytest.mark.parametrize("word", [
    "واحد", "ثلاثه", "عشره", "تسعين", "مئه", "مائتان", "ثلاثمائه", "الف", "الفين", "مليون",
    "ملايين", "مليار", "ملياري", "مليارات", "two", "Twenty", "hundred", "thousand", "million",
    "five", "fifty", "said", "troops", "qabcd", "وخمسون", "والف", "the", "and", "",
])
def test_is_number_word_is_the_parse_of_the_word(word: str) -> None:
    """The per-word test of `_counted_words` is exactly `parse_number_words` of the word,
    asked twice (the second answer is the remembered one)."""
    for _ in range(2):
        assert is_number_word(word) == (parse_number_words(word) is not None)
    assert is_number_word("three") and not is_number_word("ملايين")


def test_amounts_read_the_text_layer_with_its_map_to_the_original() -> None:
    text = "مــليار دولارٍ ٣٫٩"
    norm = normalize(text)
    assert norm.cased == "مليار دولار 3.9"
    start, end = norm.orig_span(0, 5)
    assert text[start:end] == "مــليار"
    start, end = norm.orig_span(6, 11)
    assert text[start:end] == "دولارٍ"


LETTERS = list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإىةـًٌٍَُِّْ")
DIGITS = list("0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹")
PUNCT = list(" ،؛.,-–/()%٪٫٬$€:")
WORDS = ["مليار ", "مليون ", "دولار ", "ألف ", "آلاف ", "ثلاثة ", "وعشرين ", "أكثر من ", "حوالي ",
         "كيلومتر مربع ", "في المائة ", "bn ", "و"]
ALPHABET = st.sampled_from(LETTERS + DIGITS + PUNCT + WORDS)


@settings(max_examples=150, deadline=None)
@given(st.lists(ALPHABET, max_size=60).map("".join))
def test_never_raises_and_spans_read_back(text: str) -> None:
    last = 0
    for amount in find_amounts(text):
        assert text[amount.start:amount.end] == amount.text
        assert amount.start >= last
        last = amount.end
