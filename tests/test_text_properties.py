"""Property tests: offsets always point into the ORIGINAL text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diplomap.lexicon import EntityLinker, load_lexicon
from diplomap.text import Doc, normalize, split_sentences, tokenize

FRAGMENTS = [
    "كازاخستان",
    "لكازاخستان",
    "والصين",
    "للأمم المتحدة",
    "الرئيس الكازاخستاني",
    "الصينية",
    "شي جين بينغ",
    "“",
    "”",
    "«",
    "ل”",
    "\u200f",
    "\u200d",
    "\u202b",
    "\u2066",
    "\ufeff",
    "\u064e",
    "\u0651",
    "\u0670",
    "ـ",
    "😀",
    "🇰🇿",
    "CSTO",
    "(SCO)",
    "U.S.",
    "Kazakhstan's",
    "President Tokayev",
    ".",
    "؟",
    "؛",
    "!",
    "\n",
    "\r\n",
    " ",
    "\u00a0",
    "ﻻ",
    "ﷲ",
    "İ",
    "ß",
    "e\u0301",
    "٣٫٩",
    "3.9",
    "د.",
    "أستانا",
    "بكين",
    "Türkiye",
    "the United States",
]
texts = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=6)), max_size=30).map(
    "".join
)

LINKER = EntityLinker(load_lexicon())


@given(texts)
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_normalised_map_is_monotonic_and_in_range(text: str) -> None:
    n = normalize(text)
    offsets = [n.orig_offset(i) for i in range(len(n.text) + 1)]
    assert offsets == sorted(offsets)
    assert all(0 <= o <= len(text) for o in offsets)
    assert offsets[-1] == len(text)
    for i in range(len(n.text)):
        s, e = n.orig_span(i, i + 1)
        assert 0 <= s < e <= len(text)
    if n.text:
        s, e = n.orig_span(0, len(n.text))
        assert 0 <= s < e <= len(text)


@given(texts, st.sampled_from(["ar", "en", "mul"]))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_mentions_read_back_from_original(text: str, lang: str) -> None:
    doc = Doc(text, lang, "2024-06-01")
    mentions = LINKER.link(doc)
    last_end = -1
    outer = [m for m in mentions if not m.nested]
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        if m.nested:  # inside a longer mention of another entity
            assert any(
                o.start <= m.start and m.end <= o.end and o.entity_id != m.entity_id for o in outer
            )
            continue
        assert m.start >= last_end  # sorted, not overlapping
        last_end = m.end
        assert m.resolution in {"name", "acronym", "adjective", "metonym", "title"}
        assert m.sentence == -1 or doc.sentences[m.sentence][0] <= m.start
        assert LINKER.lexicon.entity(m.entity_id) is not None


@given(texts)
@settings(max_examples=300, deadline=None)
def test_sentences_and_tokens_are_ordered_spans(text: str) -> None:
    prev = 0
    for s, e in split_sentences(text):
        assert prev <= s < e <= len(text)
        assert not text[s].isspace() and not text[e - 1].isspace()
        prev = e
    prev = 0
    for s, e in tokenize(text):
        assert prev <= s < e <= len(text)
        prev = e
