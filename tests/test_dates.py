"""diplomap.extract.dates: date spans in Arabic and English, at the text's precision."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplomap.extract.dates import DateMention, find_dates, parse_base

PUB = "2025-01-10"  # a Friday


def found(text: str, published: str | None = PUB, **kwargs: bool) -> list[tuple]:
    mentions = find_dates(text, published, **kwargs)
    for m in mentions:
        assert text[m.start:m.end] == m.text, m
    return [(m.text, m.value, m.precision, m.relation, m.end_value) for m in mentions]


def one(text: str, published: str | None = PUB, **kwargs: bool) -> DateMention:
    mentions = find_dates(text, published, **kwargs)
    assert len(mentions) == 1, mentions
    assert text[mentions[0].start:mentions[0].end] == mentions[0].text
    return mentions[0]


# --------------------------------------------------------------------------- explicit dates

@pytest.mark.parametrize(("text", "expected"), [
    ("وقّع وزيرا خارجية البلدين مذكرة التفاهم في 3 يناير 2024 بالعاصمة أستانا.",
     [("3 يناير 2024", "2024-01-03", "day", "at", None)]),
    ("استقبل الرئيس نظيره الأوزبكي في 15 أيار 2019 في قصر أكوردا.",
     [("15 أيار 2019", "2019-05-15", "day", "at", None)]),
    ("أقامت الدولتان علاقات دبلوماسية في مارس 1992 بعد أشهر من الاستقلال.",
     [("مارس 1992", "1992-03", "month", "at", None)]),
    ("انضمت الجمهورية إلى منظمة التعاون الإسلامي في ديسمبر من عام 1995.",
     [("ديسمبر من عام 1995", "1995-12", "month", "at", None)]),
    ("وُقّعت معاهدة الصداقة في تشرين الأول 2002 ودخلت حيز التنفيذ في كانون الثاني 2003.",
     [("تشرين الأول 2002", "2002-10", "month", "at", None),
      ("كانون الثاني 2003", "2003-01", "month", "at", None)]),
    ("عقدت اللجنة الحكومية المشتركة دورتها في جانفي 2021 ثم في جويلية 2022 وأوت 2023.",
     [("جانفي 2021", "2021-01", "month", "at", None),
      ("جويلية 2022", "2022-07", "month", "at", None),
      ("أوت 2023", "2023-08", "month", "at", None)]),
    ("أعلنت الرباط موقفها في أفريل 2020 وجددته في ماي 2021.",
     [("أفريل 2020", "2020-04", "month", "at", None),
      ("ماي 2021", "2021-05", "month", "at", None)]),
    ("افتُتحت القنصلية في نوفمبر/تشرين الثاني 2023 بحضور السفير.",
     [("نوفمبر/تشرين الثاني 2023", "2023-11", "month", "at", None)]),
    ("جرت المحادثات في 20 نوفمبر (تشرين الثاني) 2024 في جنيف.",
     [("20 نوفمبر (تشرين الثاني) 2024", "2024-11-20", "day", "at", None)]),
    ("تأسست المنظمة رسميًا يوم الخميس 3 أكتوبر 2019.",
     [("يوم الخميس 3 أكتوبر 2019", "2019-10-03", "day", "at", None)]),
    ("صدر البيان المشترك بتاريخ ١٢ فبراير ٢٠٢٢ عقب القمة.",
     [("١٢ فبراير ٢٠٢٢", "2022-02-12", "day", "at", None)]),
    ("وثيقة مؤرخة ۲۰۲۱/۷/۴ وأخرى في 1992/3/2.",
     [("۲۰۲۱/۷/۴", "2021-07-04", "day", "at", None),
      ("1992/3/2", "1992-03-02", "day", "at", None)]),
    ("تم التصديق على الاتفاق في 2.3.1992 ونُشر في الجريدة الرسمية بتاريخ 20/03/2019.",
     [("2.3.1992", "1992-03-02", "day", "at", None),
      ("20/03/2019", "2019-03-20", "day", "at", None)]),
    ("أدى الرئيس اليمين الدستورية في 2019-03-20 أمام البرلمان.",
     [("2019-03-20", "2019-03-20", "day", "at", None)]),
])
def test_arabic_explicit_dates(text: str, expected: list[tuple]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("فتحت كازاخستان سفارتها في أنقرة عام 1993.", [("عام 1993", "1993", "year", "at", None)]),
    ("شاركت القوات في مهمة حفظ السلام خلال العام 2019.",
     [("العام 2019", "2019", "year", "at", None)]),
    ("ترأست البلاد المنظمة سنة 2010 للمرة الأولى.", [("سنة 2010", "2010", "year", "at", None)]),
    ("وفي 2017، انتُخبت عضوًا غير دائم في مجلس الأمن.", [("2017", "2017", "year", "at", None)]),
    ("وكانت الاستثمارات الصينية قد تضاعفت لعام 2024 مقارنة بما سبق.",
     [("لعام 2024", "2024", "year", "at", None)]),
    ("تولت الرئاسة الدورية في مطلع عام 2022 ثم في أواخر 2023.",
     [("مطلع عام 2022", "2022", "year", "at", None), ("أواخر 2023", "2023", "year", "at", None)]),
    ("استضافت العاصمة القمة في عامي 2019 و2021.",
     [("عامي 2019", "2019", "year", "at", None), ("2021", "2021", "year", "at", None)]),
])
def test_arabic_years(text: str, expected: list[tuple]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("تستضيف أستانا مؤتمر زعماء الأديان منذ عام 2003 كل ثلاث سنوات.",
     [("منذ عام 2003", "2003", "year", "since", None)]),
    ("البلدان شريكان استراتيجيان منذ 2005.", [("منذ 2005", "2005", "year", "since", None)]),
    ("تعمل البعثة في كابول منذ مارس 2003.", [("منذ مارس 2003", "2003-03", "month", "since", None)]),
    ("يسري الإعفاء من التأشيرات اعتبارًا من 1 يناير 2018.",
     [("اعتبارًا من 1 يناير 2018", "2018-01-01", "day", "since", None)]),
    ("تبقى الاتفاقية سارية حتى عام 2030 على الأقل.",
     [("حتى عام 2030", "2030", "year", "until", None)]),
    ("تسعى الحكومة إلى مضاعفة التبادل التجاري بحلول عام 2030.",
     [("بحلول عام 2030", "2030", "year", "until", None)]),
])
def test_since_and_until(text: str, expected: list[tuple]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("أقرت الحكومة برنامج التعاون 2025-2027 مع الاتحاد الأوروبي.",
     [("2025-2027", "2025", "year", "range", "2027")]),
    ("ويغطي البرنامج الفترة 2025–2027 بتمويل مشترك.",
     [("2025–2027", "2025", "year", "range", "2027")]),
    ("نما حجم التجارة بين عامي 2019 و2021 بنسبة كبيرة.",
     [("بين عامي 2019 و2021", "2019", "year", "range", "2021")]),
    ("تولى المنصب من 2019 إلى 2021 قبل أن يُعيَّن سفيرًا.",
     [("من 2019 إلى 2021", "2019", "year", "range", "2021")]),
    ("اعتمدت خطة عمل مشتركة للفترة 2021-2025 في مجال الطاقة.",
     [("2021-2025", "2021", "year", "range", "2025")]),
    ("عمل مبعوثًا خاصًا منذ عام 2015 وحتى عام 2020.",
     [("منذ عام 2015 وحتى عام 2020", "2015", "year", "range", "2020")]),
    ("جرت المشاورات من مارس إلى مايو 2024 في ثلاث جولات.",
     [("من مارس إلى مايو 2024", "2024-03", "month", "range", "2024-05")]),
])
def test_ranges(text: str, expected: list[tuple]) -> None:
    assert found(text) == expected


# --------------------------------------------------------------------------- negatives

@pytest.mark.parametrize("text", [
    "تمثل المواد الخام ما يقرب من 85% من صادرات البلاد.",
    "بلغت قيمة المشاريع 3.9 مليار دولار.",
    "تمتد الحدود المشتركة لمسافة 1000 كيلومتر تقريبًا.",
    "يبلغ طول خط الأنابيب 2003 كيلومتر عبر السهوب.",
    "شارك في المنتدى 2019 مندوبًا من خمسين دولة.",
    "أشار القرار 2231 إلى الاتفاق النووي.",
    "صدر الكتاب بعنوان «كازاخستان – 2050» عن دار النشر.",
    "مارس الوفد ضغوطًا كبيرة على الطرف الآخر.",
    "زار الأب ابنه في أستانا.",
    "قال إن الحوار يجب أن يستمر يومًا بعد يوم.",
    "في اليوم الأول من المؤتمر تحدث الوزير.",
])
def test_not_dates(text: str) -> None:
    assert found(text) == []


# --------------------------------------------------------------------------- relative dates

@pytest.mark.parametrize(("text", "published", "expected"), [
    ("ارتفع حجم التبادل التجاري العام الماضي بنسبة 20 في المائة.", "2025-01-10",
     ("العام الماضي", "2024", "year")),
    ("ارتفع حجم التبادل التجاري العام الماضي بنسبة 20 في المائة.", "2019",
     ("العام الماضي", "2018", "year")),
    ("يتوقع الجانبان توقيع الاتفاقية هذا العام.", "2023-06-01", ("هذا العام", "2023", "year")),
    ("ستُعقد القمة المقبلة في أستانا خلال العام الجاري.", "2024-02",
     ("العام الجاري", "2024", "year")),
    ("تعمل الحكومة على الخطة في العام الحالي.", "2024-02", ("العام الحالي", "2024", "year")),
    ("ستستضيف طشقند الاجتماع العام المقبل.", "2024-12-31", ("العام المقبل", "2025", "year")),
    ("ستبدأ أعمال البناء في العام القادم.", "2020-05-05", ("العام القادم", "2021", "year")),
    ("زار الوزير بكين الشهر الماضي.", "2025-01-10", ("الشهر الماضي", "2024-12", "month")),
    ("تبدأ المناورات المشتركة الشهر المقبل.", "2024-12-02", ("الشهر المقبل", "2025-01", "month")),
    ("التقى الرئيسان في مايو على هامش القمة.", "2024-11-20", ("مايو", "2024-05", "month")),
    ("التقى الرئيسان في مايو على هامش القمة.", "2025-03-01", ("مايو", "2024-05", "month")),
    ("جرت الزيارة الرسمية في نوفمبر/تشرين الثاني.", "2025-01-10",
     ("نوفمبر/تشرين الثاني", "2024-11", "month")),
    ("جرت الزيارة الرسمية في نوفمبر/تشرين الثاني.", "2024-12-01",
     ("نوفمبر/تشرين الثاني", "2024-11", "month")),
    ("وصل الوفد في مايو الماضي.", "2024-05-20", ("مايو الماضي", "2023-05", "month")),
    ("تعقد الدورة الجديدة في مارس المقبل.", "2024-03-20", ("مارس المقبل", "2025-03", "month")),
    ("التقى الوزيران يوم 3 يناير/كانون الثاني لبحث ملف المياه.", "2025-01-10",
     ("يوم 3 يناير/كانون الثاني", "2025-01-03", "day")),
    ("وقعت الاتفاقية في 28 ديسمبر في العاصمة.", "2025-01-10", ("28 ديسمبر", "2024-12-28", "day")),
    ("التقى الرئيسان في مايو من العام الماضي.", "2025-01-10",
     ("مايو من العام الماضي", "2024-05", "month")),
    ("أعلن المتحدث أمس عن الاتفاق.", "2025-01-10", ("أمس", "2025-01-09", "day")),
    ("أعلن المتحدث أمس عن الاتفاق.", "2024-03-01", ("أمس", "2024-02-29", "day")),
    ("يصل الوفد اليوم إلى الرياض.", "2024-07-15", ("اليوم", "2024-07-15", "day")),
    ("ناقش المجلس الملف الأسبوع الماضي.", "2025-01-10", ("الأسبوع الماضي", "2025-01-03", "day")),
    ("وصل المبعوث قبل يومين إلى كابول.", "2025-01-10", ("قبل يومين", "2025-01-08", "day")),
    ("بدأت المحادثات قبل ثلاثة أيام في الدوحة.", "2025-01-10",
     ("قبل ثلاثة أيام", "2025-01-07", "day")),
    ("يعود الوفد بعد أسبوعين إلى أنقرة.", "2025-01-10", ("بعد أسبوعين", "2025-01-24", "day")),
    ("وقعت الاتفاقية قبل عامين في باكو.", "2025-01-10", ("قبل عامين", "2023", "year")),
    ("استقبل الرئيس السفير الخميس الماضي.", "2025-01-10", ("الخميس الماضي", "2025-01-09", "day")),
    ("استقبل الرئيس السفير الخميس الماضي.", "2025-01-09", ("الخميس الماضي", "2025-01-02", "day")),
    ("عقد الوزيران مؤتمرًا صحفيًا يوم الأحد.", "2025-01-10", ("يوم الأحد", "2025-01-05", "day")),
    ("تزور البعثة المنطقة الثلاثاء المقبل.", "2025-01-10",
     ("الثلاثاء المقبل", "2025-01-14", "day")),
    ("ستجري المحادثات هذا الخريف في الصين.", "2025-01-10", ("هذا الخريف", "2025", "year")),
    ("جرت المناورات الربيع الماضي قرب الحدود.", "2025-01-10", ("الربيع الماضي", "2024", "year")),
    ("جرت المناورات الربيع الماضي قرب الحدود.", "2025-06-10", ("الربيع الماضي", "2025", "year")),
    ("تشتد أزمة الغاز هذا الشتاء.", "2024-11-05", ("هذا الشتاء", "2025", "year")),
    ("تراجعت الإمدادات الشتاء الماضي.", "2024-06-05", ("الشتاء الماضي", "2024", "year")),
])
def test_relative(text: str, published: str, expected: tuple) -> None:
    mention = one(text, published)
    assert (mention.text, mention.value, mention.precision) == expected
    assert mention.relative is True


def test_relative_needs_publication_date() -> None:
    text = "التقى الرئيسان العام الماضي ثم في مايو وأمس، ووقعا اتفاقية عام 2019."
    assert found(text, None) == [("عام 2019", "2019", "year", "at", None)]
    assert [m[0] for m in found(text, "2025")] == ["العام الماضي", "مايو", "عام 2019"]


def test_prefer_future() -> None:
    text = "تعقد القمة المقبلة في مارس في أستانا."
    assert one(text, "2024-11-20").value == "2024-03"
    assert one(text, "2024-11-20", prefer_future=True).value == "2025-03"
    assert one(text, "2024-02-20", prefer_future=True).value == "2024-03"
    assert one("يلتقي الوزيران يوم الخميس.", "2025-01-10", prefer_future=True).value == "2025-01-16"


def test_relation_of_relative() -> None:
    mention = one("تتعاون الدولتان في هذا المجال منذ العام الماضي.", PUB)
    assert (mention.text, mention.value, mention.relation) == ("منذ العام الماضي", "2024", "since")


def test_dateparser_and_own_table_agree() -> None:
    for text, value in [("أمس", "2025-01-09"), ("اليوم", "2025-01-10"), ("غدًا", "2025-01-11"),
                        ("منذ يومين", "2025-01-08"), ("بعد غد", "2025-01-12")]:
        assert one(f"قال الوزير {text} إن المحادثات مثمرة.", PUB).value == value


# --------------------------------------------------------------------------- Hijri

@pytest.mark.parametrize(("text", "expected"), [
    ("بدأ شهر الصيام في 1 رمضان 1445 هـ.", ("1 رمضان 1445 هـ", "2024-03-11", "day")),
    ("زار الوفد مكة في 15 رمضان 1445 هـ.", ("15 رمضان 1445 هـ", "2024-03-25", "day")),
    ("أُعلن عيد الفطر في 1 شوال 1444هـ.", ("1 شوال 1444هـ", "2023-04-21", "day")),
    ("عُقد المؤتمر في رمضان 1445هـ بجدة.", ("رمضان 1445هـ", "2024-03", "month")),
    ("تأسست الهيئة في محرم 1446 هـ.", ("محرم 1446 هـ", "2024-07", "month")),
    ("وفي ذي الحجة 1445 هـ استقبلت المملكة الحجاج.", ("ذي الحجة 1445 هـ", "2024-06", "month")),
    ("صدر النظام عام 1445 هـ.", ("عام 1445 هـ", "2023", "year")),
    ("أُطلقت المبادرة سنة 1400 للهجرة.", ("سنة 1400 للهجرة", "1979", "year")),
])
def test_hijri(text: str, expected: tuple) -> None:
    mention = one(text, PUB)
    assert (mention.text, mention.value, mention.precision) == expected


def test_hijri_out_of_range_is_skipped() -> None:
    assert found("ولد عام 1200 هـ في بخارى.") == []


# --------------------------------------------------------------------------- English

@pytest.mark.parametrize(("text", "expected"), [
    ("The treaty was signed on March 2, 1992 in Almaty.",
     [("March 2, 1992", "1992-03-02", "day", "at", None)]),
    ("Relations were established on 2 March 1992.",
     [("2 March 1992", "1992-03-02", "day", "at", None)]),
    ("Kazakhstan joined the UN in March 1992.", [("March 1992", "1992-03", "month", "at", None)]),
    ("It chaired the OSCE in 2010 and has hosted the talks since 2017.",
     [("2010", "2010", "year", "at", None), ("since 2017", "2017", "year", "since", None)]),
    ("Trade grew by a quarter last year.", [("last year", "2024", "year", "at", None)]),
    ("The 2025-2027 programme was approved.", [("2025-2027", "2025", "year", "range", "2027")]),
    ("Between 2019 and 2021 exports doubled.",
     [("Between 2019 and 2021", "2019", "year", "range", "2021")]),
    ("The envoy arrived yesterday; talks begin next week.",
     [("yesterday", "2025-01-09", "day", "at", None),
      ("next week", "2025-01-17", "day", "at", None)]),
    ("The ministers met two days ago and last Thursday.",
     [("two days ago", "2025-01-08", "day", "at", None),
      ("last Thursday", "2025-01-09", "day", "at", None)]),
    ("The summit took place in May. Officials may attend.",
     [("May", "2024-05", "month", "at", None)]),
    ("The plan runs until 2030, by 2030 at the latest.",
     [("until 2030", "2030", "year", "until", None), ("by 2030", "2030", "year", "until", None)]),
    ("Growth slowed in mid-2019 and recovered by the end of 2021.",
     [("mid-2019", "2019", "year", "at", None),
      ("by the end of 2021", "2021", "year", "until", None)]),
    ("They met on Sept. 12, 2001.", [("Sept. 12, 2001", "2001-09-12", "day", "at", None)]),
])
def test_english(text: str, expected: list[tuple]) -> None:
    assert found(text) == expected


def test_english_negatives() -> None:
    assert found("Exports rose 85% to 3.9 billion dollars over 1000 km of road.") == []
    assert found("About 2003 people attended.") == []


# --------------------------------------------------------------------------- API details

def test_offsets_survive_diacritics_and_tatweel() -> None:
    text = "وَقَّعَ الطرفان الاتفاقيةَ في الثالث من مــارس ٢٠٢٣ وأُعلِن ذلك غداً."
    result = found(text, "2023-03-04")
    # the ordinal day before "من" is read too (dates.yaml day_words)
    assert result == [("الثالث من مــارس ٢٠٢٣", "2023-03-03", "day", "at", None),
                      ("غداً", "2023-03-05", "day", "at", None)]


def test_no_overlaps_and_sorted() -> None:
    text = "منذ مارس 2003 وفي 3 يناير 2024 وفي عام 2019 ومن 2019 إلى 2021 والعام الماضي."
    mentions = find_dates(text, PUB)
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    assert all(a.end <= b.start for a, b in pairwise(mentions))


@pytest.mark.parametrize(("published", "expected"), [
    ("2025-01-10T08:30:00Z", (2025, 1, 10)), ("2025-01", (2025, 1, None)),
    ("2025", (2025, None, None)),
    ("غير معروف", None), (None, None), ("2025-13-01", None),
])
def test_parse_base(published: str | None, expected: tuple | None) -> None:
    base = parse_base(published)
    assert (None if base is None else (base.year, base.month, base.day)) == expected


LETTERS = list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإىةـًٌٍَُِّْ")
DIGITS = list("0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹")
PUNCT = list(" ،؛.,-–/()%٪٫٬$:")
WORDS = ["عام ", "منذ ", "في ", "مارس ", "يناير ", "رمضان ", "هـ ", "العام الماضي ", "أمس ", "بين ",
         "و", "May ", "in "]
ALPHABET = st.sampled_from(LETTERS + DIGITS + PUNCT + WORDS)


@settings(max_examples=150, deadline=None)
@given(st.lists(ALPHABET, max_size=60).map("".join))
def test_never_raises_and_spans_read_back(text: str) -> None:
    for published in (None, PUB):
        for mention in find_dates(text, published):
            assert text[mention.start:mention.end] == mention.text
            assert mention.precision in ("year", "month", "day")


@given(st.text(alphabet="0123456789\u0661\uff12/-., x", max_size=40))
def test_numeric_dates_tried_where_they_start_are_those_of_a_scan(text: str) -> None:
    from diplomap.extract.dates import _NUMERIC, _separated_digits
    from diplomap.text.scan import matches_at

    digits = _separated_digits(text)
    for pattern, back in _NUMERIC:
        starts = sorted({at - k for at in digits for k in back if at >= k})
        assert ([m.span() for m in matches_at(pattern, text, starts)]
                == [m.span() for m in pattern.finditer(text)])


# --------------------------------------------------------------------------- read forward

@pytest.mark.parametrize(("text", "value", "ahead"), [
    ("on 3 January", "2025-01-03", "2026-01-03"),         # before the publication day
    ("في 3 يناير", "2025-01-03", "2026-01-03"),
    ("in December", "2024-12", "2025-12"),
    ("on 20 March", "2024-03-20", "2025-03-20"),          # after it: last year's by default
    ("on Thursday", "2025-01-09", "2025-01-16"),          # PUB is a Friday
    ("يوم الخميس", "2025-01-09", "2025-01-16"),
])
def test_a_mention_without_year_or_direction_has_a_forward_reading(
        text: str, value: str, ahead: str) -> None:
    mention = one(text)
    assert (mention.value, mention.ahead().value) == (value, ahead)


@pytest.mark.parametrize(("text", "published", "value"), [
    ("before the inauguration on 20 January", "2025-01-10", "2025-01-20"),  # ten days ahead
    ("قبل التنصيب في 20 يناير", "2025-01-10", "2025-01-20"),
    ("on 5 January", "2024-12-20", "2025-01-05"),            # across the new year
    ("on 20 February", "2025-01-10", "2024-02-20"),          # six weeks ahead: last year's
    ("on 28 December", "2025-01-03", "2024-12-28"),          # just past, across the year
    ("on 10 February", "2025-01-10", "2025-02-10"),          # 31 days ahead: still coming
    ("on 11 February", "2025-01-10", "2024-02-11"),          # 32 days ahead: last year's
    ("since 20 January", "2025-01-10", "2024-01-20"),        # what lasts "since" lies behind
    ("منذ 20 يناير", "2025-01-10", "2024-01-20"),
])
def test_a_day_at_most_a_month_ahead_is_the_coming_one(
        text: str, published: str, value: str) -> None:
    assert one(text, published).value == value


@pytest.mark.parametrize("text", ["in January", "on 10 January", "last December", "in January 2025",
                                  "next Thursday", "last Thursday", "on Friday"])
def test_a_mention_read_one_way_only_stays_itself(text: str) -> None:
    mention = one(text)
    assert mention.ahead() is mention


@pytest.mark.parametrize(("text", "value", "end", "ahead", "ahead_end"), [
    # PUB 2025-01-10: a range around the publication day stays there
    ("from 3 January to 20 January", "2025-01-03", "2025-01-20", "2025-01-03", "2025-01-20"),
    ("from 1 January to 5 January", "2025-01-01", "2025-01-05", "2026-01-01", "2026-01-05"),
    ("from 20 December to 3 January", "2024-12-20", "2025-01-03", "2025-12-20", "2026-01-03"),
])
def test_a_range_never_ends_before_it_starts(text: str, value: str, end: str, ahead: str,
                                             ahead_end: str) -> None:
    mention = one(text)
    assert (mention.value, mention.end_value) == (value, end)
    assert (mention.ahead().value, mention.ahead().end_value) == (ahead, ahead_end)
