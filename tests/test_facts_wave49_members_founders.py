"""Memberships and foundings in analysis pieces, whose subject is the state the piece is
about, named in an earlier sentence: a pronoun or a state's verb of being before the member
or founding noun names it ("It was a founding member of X", "وكانت عضواً في X"); founding
states, "helped found"; both languages, on sentences of our own writing, with near-misses."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import fact_quads


def _pairs(found: set[tuple], predicate: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o, _ in found if p == predicate}


@pytest.mark.parametrize(("lang", "text", "predicate", "pair"), [
    ("en", "Kenya built its ties with Asia. It was a founding member of the Non-Aligned"
           " Movement.", "founder_of", ("KEN", "NON_ALIGNED")),
    ("en", "Qatar has long looked east. It is a member of the Arab League.", "member_of",
     ("QAT", "LAS")),
    ("ar", "تعزز قطر علاقاتها مع آسيا. وكانت عضواً في جامعة الدول العربية منذ 1971.",
     "member_of", ("QAT", "LAS")),
    ("ar", "تعزز كينيا علاقاتها مع آسيا. ومنذ 2024 باتت عضواً في مجموعة بريكس.", "member_of",
     ("KEN", "BRICS")),
])
def test_a_pronoun_or_a_states_verb_names_the_piece_state(pipeline: Pipeline, lang: str,
                                                          text: str, predicate: str,
                                                          pair: tuple[str, str]) -> None:
    assert pair in _pairs(fact_quads(pipeline, text, lang), predicate)


@pytest.mark.parametrize(("lang", "text"), [
    # a person's pronoun or verb names no state
    ("en", "Qatar has long looked east. He was a founding member of the Arab League."),
    ("ar", "تعزز قطر علاقاتها مع آسيا. وأصبح عضواً في جامعة الدول العربية."),
    # a member noun with no pronoun names no member
    ("en", "Qatar has long looked east. Its ministers said members of the Arab League agreed."),
    ("ar", "تعزز قطر علاقاتها مع آسيا. وكان أعضاء جامعة الدول العربية قد طالبوا بوقف القتال."),
])
def test_no_pronoun_of_the_state_names_no_member(pipeline: Pipeline, lang: str,
                                                 text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert not _pairs(found, "member_of") | _pairs(found, "founder_of"), found


@pytest.mark.parametrize(("lang", "text", "pair"), [
    ("en", "Ghana looks to Africa, a continent where it helped found the Organisation of"
           " African Unity in 1963.", ("GHA", "OAU")),
    ("en", "Ghana helped to establish the Organisation of African Unity.", ("GHA", "OAU")),
    ("ar", "تعزز قطر علاقاتها مع آسيا. كما شاركت في تأسيس مجلس التعاون الخليجي عام 1981.",
     ("QAT", "GCC")),
    ("ar", "تعزز قطر علاقاتها مع آسيا. فهي من الدول المؤسسة لمجلس التعاون الخليجي.",
     ("QAT", "GCC")),
    ("ar", "الكويت من الدول المؤسسة لمجلس التعاون الخليجي.", ("KWT", "GCC")),
])
def test_founding_states_and_helping_found(pipeline: Pipeline, lang: str, text: str,
                                           pair: tuple[str, str]) -> None:
    assert pair in _pairs(fact_quads(pipeline, text, lang), "founder_of")


@pytest.mark.parametrize(("lang", "text"), [
    # "found" is also "find"'s past; the founding states of another's report name none
    ("en", "Ghana looks to Africa. Experts said the money helped found a new fund."),
    ("ar", "تعزز قطر علاقاتها مع آسيا. وقال الوزير إن الدول المؤسسة لمجلس التعاون اجتمعت."),
    # "المؤسسة" alone is "the establishment"
    ("ar", "وقالت المؤسسة العسكرية في مصر إن جامعة الدول العربية فشلت."),
])
def test_no_founder_named(pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert not _pairs(found, "founder_of"), found


@pytest.mark.parametrize(("lang", "text", "pair"), [
    ("en", "Serbia has been a candidate for European Union membership since 2012.",
     ("SRB", "EU")),
    ("en", "Thailand joined the Non-Aligned Movement long ago, while pursuing accession to the"
           " OECD.", ("THA", "OECD")),
    ("en", "Moldova is turning west. It began the process of joining the European Union.",
     ("MDA", "EU")),
    ("ar", "وصربيا مرشحة لعضوية الاتحاد الأوروبي منذ 2012.", ("SRB", "EU")),
    ("ar", "انضمت تايلاند إلى حركة عدم الانحياز، في حين تواصل مساعيها للانضمام إلى منظمة"
           " التعاون الاقتصادي والتنمية.", ("THA", "OECD")),
    ("ar", "وأقر البرلمان المولدوفي قانوناً يعلن بدء مسار الانضمام إلى الاتحاد الأوروبي.",
     ("MDA", "EU")),
])
def test_a_candidacy_or_an_accession_under_way_is_planned(pipeline: Pipeline, lang: str,
                                                          text: str,
                                                          pair: tuple[str, str]) -> None:
    found = fact_quads(pipeline, text, lang)
    assert (*pair[:1], "member_of", pair[1], "planned") in found, found
    assert (*pair[:1], "member_of", pair[1], "actual") not in found, found


@pytest.mark.parametrize(("lang", "text", "quad"), [
    # joining itself is membership; a candidate list is no candidacy for one
    ("en", "Moldova joined the Council of Europe in 1995, and its candidate list for the"
           " parliament was approved.", ("MDA", "member_of", "COE", "actual")),
    ("ar", "انضمت مولدوفا إلى مجلس أوروبا عام 1995.", ("MDA", "member_of", "COE", "actual")),
])
def test_joining_stays_membership(pipeline: Pipeline, lang: str, text: str,
                                  quad: tuple[str, str, str, str]) -> None:
    assert quad in fact_quads(pipeline, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("دشنت الوكالة الدولية للطاقة الذرية مستودعاً في كازاخستان، وهو أول مخزون تملكه الوكالة "
     "لضمان حصول الدول الأعضاء على الوقود.", "ar"),
    ("The IAEA opened a fuel bank in Kazakhstan; it is the first stockpile the agency owns to "
     "guarantee fuel to its member states.", "en"),
])
def test_a_pronoun_of_another_noun_names_no_member(pipeline, text, lang):
    # the pronoun is the stockpile's, far from "the member states": no state is a member
    facts = pipeline(text, lang, "2017-08-30").extraction.facts
    assert not [f for f in facts if f.predicate == "member_of"], facts
