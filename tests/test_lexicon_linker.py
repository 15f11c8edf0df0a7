"""Entity linking on our own sentences (Arabic and English)."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplomap.lexicon import EntityLinker, load_lexicon
from diplomap.text import Doc, Mention

TEST_YAML = """
- id: PER:nazarbayev
  kind: person
  en: Nursultan Nazarbayev
  names: {ar: [نزارباييف, نور سلطان نزارباييف], en: [Nazarbayev]}
  roles: [{title: president, state: KAZ, start: 1990-04-24, end: 2019-03-19}]
- id: PER:tokayev
  kind: person
  en: Kassym-Jomart Tokayev
  names: {ar: [توكاييف, قاسم جومارت توكاييف], en: [Tokayev, Kassym-Jomart Tokayev]}
  roles: [{title: president, state: KAZ, start: 2019-03-20, end: null}]
- id: PER:xi_jinping
  kind: person
  en: Xi Jinping
  names: {ar: [شي جين بينغ], en: [Xi Jinping]}
  roles: [{title: president, state: CHN, start: 2013-03-14}]
- id: LOC:astana
  kind: place
  en: Astana
  state: KAZ
  names: {ar: [أستانا], en: [Astana]}
"""


@pytest.fixture(scope="module")
def linker(tmp_path_factory: pytest.TempPathFactory) -> EntityLinker:
    path: Path = tmp_path_factory.mktemp("lex") / "test_people.yaml"
    path.write_text(TEST_YAML, encoding="utf-8")
    return EntityLinker(load_lexicon([path]))


def link(linker: EntityLinker, text: str, lang: str = "ar", date: str = "2024-06-01") -> list:
    return linker.link(Doc(text, lang, date))


def pairs(mentions: list[Mention]) -> list[tuple[str, str]]:
    return [(m.text, m.entity_id) for m in mentions]


@pytest.mark.parametrize(
    ("word", "clitic"),
    [
        ("كازاخستان", ""),
        ("وكازاخستان", "و"),
        ("لكازاخستان", "ل"),
        ("بكازاخستان", "ب"),
        ("فكازاخستان", "ف"),
        ("كَكازاخستان", "ك"),
        ("وبكازاخستان", "وب"),
        ("ولكازاخستان", "ول"),
    ],
)
def test_proclitics_before_a_name(linker: EntityLinker, word: str, clitic: str) -> None:
    (m,) = link(linker, f"تحدث الوفد عن {word} أمس")
    assert (m.entity_id, m.text, m.clitic) == ("KAZ", word, clitic)


@pytest.mark.parametrize(
    ("word", "clitic"),
    [
        ("الصين", ""),
        ("والصين", "و"),
        ("للصين", "ل"),
        ("وللصين", "ول"),
        ("بالصين", "ب"),
        ("كالصين", "ك"),
    ],
)
def test_proclitics_before_article_names(linker: EntityLinker, word: str, clitic: str) -> None:
    (m,) = link(linker, f"علاقات {word} الاقتصادية")
    assert (m.text, m.entity_id, m.clitic) == (word, "CHN", clitic)


@pytest.mark.parametrize("text", ["تروسيا", "ابكين", "الروسياني", "كازاخستانها", "دعم مالي كبير"])
def test_no_match_inside_longer_words(linker: EntityLinker, text: str) -> None:
    assert link(linker, text) == []


def test_quote_between_clitic_and_name(linker: EntityLinker) -> None:
    (m,) = link(linker, "السياسة الخارجية ل”كازاخستان” واضحة")
    assert (m.entity_id, m.text, m.clitic) == ("KAZ", "ل”كازاخستان", "ل")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وصل الوفد الكازاخستاني", ("الكازاخستاني", "KAZ")),
        ("قال الكازاخ إن", ("الكازاخ", "KAZ")),
        ("المسؤولون الصينيون", ("الصينيون", "CHN")),
        ("مع الخبراء الصينيين", ("الصينيين", "CHN")),
        ("الشركات الأميركية", ("الأميركية", "USA")),
        ("وفد تركي", ("تركي", "TUR")),
        ("قال الروس", ("الروس", "RUS")),
        ("زار الأتراك", ("الأتراك", "TUR")),
    ],
)
def test_adjectives_and_peoples(linker: EntityLinker, text: str, expected: tuple) -> None:
    (m,) = link(linker, text)
    assert (m.text, m.entity_id, m.resolution) == (*expected, "adjective")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أعلنت الحكومة الكازاخية", ("الحكومة الكازاخية", "KAZ")),
        ("السفارة الأمريكية", ("السفارة الأمريكية", "USA")),
        ("الجيش الروسي", ("الجيش الروسي", "RUS")),
        ("الخارجية الكورية الشمالية", ("الخارجية الكورية الشمالية", "PRK")),
        ("وقصفت القوات الإسرائيلية", ("القوات الإسرائيلية", "ISR")),
        ("وطالبت حكومة السودان", ("حكومة السودان", "SDN")),
        ("The Israeli military said", ("Israeli military", "ISR")),
        ("Georgian police detained", ("Georgian police", "GEO")),
        ("Russia's defence ministry said", ("Russia's defence ministry", "RUS")),
        ("the government of Sudan", ("government of Sudan", "SDN")),
    ],
)
def test_state_organs_are_their_state(linker: EntityLinker, text: str, expected: tuple) -> None:
    """A ministry, army, police, embassy ... is a mention of its state (resolution organ),
    its offsets in the original text."""
    lang = "en" if text.isascii() else "ar"
    (m,) = [m for m in link(linker, text, lang) if not m.nested]
    assert (m.text, m.entity_id, m.resolution) == (*expected, "organ")


@pytest.mark.parametrize(
    ("text", "capital", "state"),
    [
        ("وأكدت بكين موقفها", "بكين", "CHN"),
        ("ردت موسكو سريعا", "موسكو", "RUS"),
        ("اتصلت واشنطن", "واشنطن", "USA"),
        ("وصل وفد من أنقرة", "أنقرة", "TUR"),
        ("تقارب بين بكين ونور سلطان", "ونور سلطان", "KAZ"),
    ],
)
def test_capitals_are_metonyms(linker: EntityLinker, text: str, capital: str, state: str) -> None:
    ms = link(linker, text)
    assert (ms[-1].text, ms[-1].entity_id, ms[-1].resolution) == (capital, state, "metonym")


def test_capital_that_is_also_a_place(linker: EntityLinker) -> None:
    ms = link(linker, "أستانا – عقد المؤتمر في أستانا، وتقاربت بكين وأستانا.")
    assert [(m.text, m.entity_id) for m in ms] == [
        ("أستانا", "LOC:astana"),
        ("أستانا", "LOC:astana"),
        ("بكين", "CHN"),
        ("وأستانا", "KAZ"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("صوتت الأمم المتحدة", ("الأمم المتحدة", "UN")),
        ("زار الولايات المتحدة", ("الولايات المتحدة", "USA")),
        ("مجلس الأمن التابع للأمم المتحدة", ("مجلس الأمن التابع للأمم المتحدة", "UNSC")),
        ("وفد روسيا البيضاء", ("روسيا البيضاء", "BLR")),
        ("حكومة جنوب السودان", ("حكومة جنوب السودان", "SSD")),  # an organ of its state
        ("جمهورية كازاخستان", ("جمهورية كازاخستان", "KAZ")),
        ("جمهورية الصين الشعبية", ("جمهورية الصين الشعبية", "CHN")),
        ("سلطنة عمان", ("سلطنة عمان", "OMN")),
    ],
)
def test_longest_match_wins(linker: EntityLinker, text: str, expected: tuple) -> None:
    assert pairs([m for m in link(linker, text) if not m.nested]) == [expected]


def test_nested_mentions_inside_organisations_only(linker: EntityLinker) -> None:
    outer, inner = link(linker, "رأست مجلس الأمن التابع للأمم المتحدة")
    assert (outer.entity_id, outer.nested, inner.entity_id, inner.nested) == (
        "UNSC",
        False,
        "UN",
        True,
    )
    assert (inner.text, inner.clitic) == ("للأمم المتحدة", "ل")
    assert outer.start < inner.start < inner.end == outer.end
    assert [m.entity_id for m in link(linker, "وفد روسيا البيضاء وجنوب السودان")] == ["BLR", "SSD"]


def test_context_anchored_adjective(linker: EntityLinker) -> None:
    (m,) = link(linker, "تقوم السياسة الخارجية الكازاخستانية على التوازن")
    assert (m.text, m.entity_id, m.resolution) == ("الكازاخستانية", "KAZ", "adjective")


def test_acronyms_case_sensitive_whole_word(linker: EntityLinker) -> None:
    ms = link(linker, "منظمة معاهدة الأمن الجماعي (CSTO) وليس csto ولا CSTOX")
    assert [(m.text, m.entity_id, m.resolution) for m in ms][-1] == ("CSTO", "CSTO", "acronym")
    assert sum(m.entity_id == "CSTO" for m in ms) == 2


def test_stop_phrases(linker: EntityLinker) -> None:
    assert link(linker, "بلغت قيمتها مليار دولار أمريكي") == []
    assert link(linker, "قال المنسق القطري للبرنامج") == []
    assert pairs(link(linker, "قال المسؤول القطري")) == [("القطري", "QAT")]


def test_title_nisba_name_is_one_mention(linker: EntityLinker) -> None:
    (m,) = link(linker, "استقبل الرئيس الصيني شي جين بينغ ضيفه")
    assert (m.text, m.entity_id, m.resolution) == (
        "الرئيس الصيني شي جين بينغ",
        "PER:xi_jinping",
        "name",
    )
    assert (m.state, m.title) == ("CHN", "president")


@pytest.mark.parametrize(
    ("date", "pid"), [("2015-05-01", "PER:nazarbayev"), ("2024-01-10", "PER:tokayev")]
)
def test_title_without_name_resolves_by_date(linker: EntityLinker, date: str, pid: str) -> None:
    (m,) = link(linker, "وقال الرئيس الكازاخستاني إن", date=date)
    assert (m.text, m.entity_id, m.resolution, m.state) == (
        "الرئيس الكازاخستاني",
        pid,
        "title",
        "KAZ",
    )


def test_title_in_construct_state(linker: EntityLinker) -> None:
    (m,) = link(linker, "اقترح رئيس كازاخستان مبادرة", date="2010")
    assert (m.text, m.entity_id) == ("رئيس كازاخستان", "PER:nazarbayev")


def test_former_title_does_not_resolve(linker: EntityLinker) -> None:
    assert pairs(link(linker, "قال الرئيس الكازاخستاني السابق")) == [("الكازاخستاني", "KAZ")]
    (m,) = link(linker, "قال الرئيس الكازاخستاني السابق نزارباييف")
    assert m.entity_id == "PER:nazarbayev"


def test_title_with_quoted_name(linker: EntityLinker) -> None:
    (m,) = link(linker, "تناول الرئيس “قاسم جومارت توكاييف” الملف")
    assert (m.text, m.entity_id) == ("الرئيس “قاسم جومارت توكاييف", "PER:tokayev")


def test_lone_title_is_dropped(linker: EntityLinker) -> None:
    assert link(linker, "قال الرئيس إن الاجتماع مثمر") == []


def test_mention_fields(linker: EntityLinker) -> None:
    doc = Doc("الجملة الأولى. ثم زار الصينيون أستانا.", "ar", "2024")
    (m, loc) = linker.link(doc)
    assert doc.mentions == [m, loc]
    assert m.sentence == 1 and doc.text[m.start : m.end] == m.text
    assert m.to_dict()["entity_id"] == "CHN"


# ---------------------------------------------------------------- English


def test_english_names_demonyms_acronyms(linker: EntityLinker) -> None:
    text = "Kazakhstan's ties with the United States and U.S. firms; Chinese investors in Astana."
    got = [(m.text, m.entity_id, m.resolution) for m in link(linker, text, "en")]
    assert got == [
        ("Kazakhstan", "KAZ", "name"),
        ("United States", "USA", "name"),
        ("U.S.", "USA", "acronym"),
        ("Chinese", "CHN", "adjective"),
        ("Astana", "LOC:astana", "name"),
    ]


def test_english_lowercase_common_words_not_linked(linker: EntityLinker) -> None:
    assert link(linker, "we ate turkey and polish sausages in china bowls", "en") == []
    assert pairs(link(linker, "TURKEY AND CHINA", "en")) == [("TURKEY", "TUR"), ("CHINA", "CHN")]


def test_english_titles(linker: EntityLinker) -> None:
    ms = link(linker, "Chinese President Xi Jinping met the Kazakh president.", "en", "2024")
    assert [(m.text, m.entity_id) for m in ms] == [
        ("Chinese President Xi Jinping", "PER:xi_jinping"),
        ("Kazakh president", "PER:tokayev"),
    ]
    (m,) = link(linker, "the President of Kazakhstan said", "en", "2016")
    assert (m.text, m.entity_id, m.resolution) == (
        "President of Kazakhstan",
        "PER:nazarbayev",
        "title",
    )


def test_capital_in_seat_and_naming_contexts(linker: EntityLinker) -> None:
    ms = link(linker, "احتضنت العاصمة الكازاخستانية أستانا القمة وأصدرت إعلان أستانا")
    assert pairs(ms) == [
        ("الكازاخستانية", "KAZ"),
        ("أستانا", "LOC:astana"),
        ("أستانا", "LOC:astana"),
    ]
    assert link(linker, "ألقى محاضرة في جامعة واغادوغو") == []  # a capital naming a thing
    assert pairs(link(linker, "ردت واغادوغو")) == [("واغادوغو", "BFA")]


def test_counterpart_with_and_without_name(linker: EntityLinker) -> None:
    (m,) = link(linker, "التقى نظيره الصيني شي جين بينغ")
    assert (m.entity_id, m.state, m.title) == ("PER:xi_jinping", "CHN", "counterpart")
    assert pairs(link(linker, "التقى نظيره الصيني")) == [("الصيني", "CHN")]


def test_a_lower_case_particle_name_is_a_name_but_a_lower_case_word_is_not() -> None:
    from diplomap.lexicon.linker import _particle_name
    assert _particle_name("troops fought al-Shabaab", 14)
    assert not _particle_name("an al-qaida-style cell", 3)
    assert not _particle_name("the turkey was served", 4)
