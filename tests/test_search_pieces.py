"""`search_text` and the event records' sketches read a text piece by piece between
whitespace (each distinct piece once): the very index text, words and numbers of reading it
whole, as `_spaces_separate` checks."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import pytest

from diplomap.store import records
from diplomap.text import fold, search, split_sentences

CORPUS = Path(__file__).resolve().parents[1] / "src" / "diplomap" / "sample" / "corpus"


def _whole(text: str) -> str:
    return " ".join(map(search._indexed, search.words(text)))


def test_no_whitespace_lies_above_the_scanned_range() -> None:
    assert not [c for c in range(search._LAST_SPACE + 1, sys.maxunicode + 1) if chr(c).isspace()]


def test_every_whitespace_folds_to_a_separator() -> None:
    assert search._spaces_separate()


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.json")), ids=lambda p: p.stem)
def test_corpus_sentences_index_as_their_whole_words(path: Path) -> None:
    text = json.loads(path.read_text(encoding="utf-8"))["text"]
    assert search.search_text(text) == _whole(text)
    for start, end in split_sentences(text):
        assert search.search_text(text[start:end]) == _whole(text[start:end])


def test_made_up_texts_index_as_their_whole_words() -> None:
    rng = random.Random(30)
    spaces = [chr(c) for c in range(search._LAST_SPACE + 1) if chr(c).isspace()]
    alphabet = [*spaces, *"\u03a3\u03c3\u03c2Aa\u0130'.:\u0640\u064b\u200c\u200d\u0623\u0629",
                *(chr(rng.randrange(1, 0x2FFFF)) for _ in range(200))]
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(12)))
        assert search.search_text(text) == _whole(text), repr(text)


def _whole_sketch(text: str) -> tuple[bytes, set[str]]:
    folded = fold(text)
    return (records.signature(search.folded_search_tokens(folded)),
            records.folded_numbers(folded))


def test_sketches_are_those_of_the_whole_texts() -> None:
    rng = random.Random(31)
    spaces = [chr(c) for c in range(search._LAST_SPACE + 1) if chr(c).isspace()]
    alphabet = [*spaces, *"0123456789.,\u0660\u0661\u066b\u03a3A\u0628\u0627\u0644",
                *(chr(rng.randrange(1, 0x2FFFF)) for _ in range(100))]
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(16)))
             for _ in range(3000)]
    texts += [json.loads(p.read_text(encoding="utf-8"))["text"]
              for p in sorted(CORPUS.glob("*.json"))]
    assert records._sketches(texts) == {t: _whole_sketch(t) for t in texts}


def _fold_tab_to_x(text: str) -> str:
    return fold(text).replace("\t", "x")


def test_a_whitespace_folding_to_a_letter_reads_texts_whole(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search, "fold", _fold_tab_to_x)
    search._spaces_separate.cache_clear()
    try:
        assert not search._spaces_separate()
        assert search.pieces("a\tb c") == ["a\tb c"]
    finally:
        monkeypatch.undo()
        search._spaces_separate.cache_clear()
    assert search._spaces_separate()
    assert search.pieces("a\tb c") == ["a", "b", "c"]
