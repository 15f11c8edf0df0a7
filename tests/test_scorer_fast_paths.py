"""The scorer's fast paths read the same features as its reference definitions."""

from __future__ import annotations

import random

from diplomap.extract.scorer import (
    Scorer,
    WordCache,
    _segment_sums,
    bigram_grams,
    folded_tokens,
    prepare,
    tokens,
    words,
)
from diplomap.text import fold

PIECES = ["وقعت", "الصين", "اتفاقية", "China", "signed", "  ", "\n\t", " ", "١٢٣", "3.5",
          "ـ", "َ", "-", "،", ".", "Kazakhstan's", "x1y"]


def _texts(n: int) -> list[str]:
    rng = random.Random(5)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randrange(30))) for _ in range(n)]


def test_tokens_are_the_words_of_the_prepared_text() -> None:
    for text in _texts(500):
        assert tokens(text) == words(prepare(text))


def test_bigram_ids_are_those_of_bigram_grams() -> None:
    model = Scorer.load().model
    tokenized = [tokens(t) for t in _texts(300)] + [[], ["one"]]
    expected: list[int] = []
    for text_words in tokenized:
        ids = map(model.vocab.get, bigram_grams(text_words, model.config))
        expected += [i for i in ids if i is not None] + [len(model.idf) - 1]
    assert model._bigram_ids(tokenized) == expected
    assert any(i != len(model.idf) - 1 for i in expected)  # some bigrams are features


def test_scores_from_folded_texts_are_those_of_the_texts() -> None:
    scorer = Scorer.load()
    texts = _texts(200)
    folded = [fold(t) for t in texts]
    for lang in ("ar", "en"):
        plain, fast = scorer.scores(texts, lang), scorer.scores(texts, lang, folded)
        for name in ("relevance", "quad", "event_type"):
            assert (getattr(plain, name) == getattr(fast, name)).all()
    assert all(folded_tokens(f) == tokens(t) for f, t in zip(folded, texts, strict=True))


def _reference_sums_of(cache: WordCache, texts):
    """`WordCache.sums_of` as first written: give every new word its row, then read them."""
    cache.add(texts)
    rows: list[int] = []
    for text_words in texts:
        rows += map(cache.index.__getitem__, text_words)
        rows.append(0)
    return _segment_sums(cache.sums, cache.squares, rows, 0)


def test_word_sums_read_known_words_first_and_match_the_reference() -> None:
    model = Scorer.load().model
    fast, reference = WordCache(model), WordCache(model)
    texts = [tokens(t) for t in _texts(400)]
    rng = random.Random(8)
    for _ in range(60):  # batches of new, known and repeated words
        batch = [*rng.sample(texts, rng.randrange(1, 12)), []]
        z, sq = fast.sums_of(batch)
        z_ref, sq_ref = _reference_sums_of(reference, batch)
        assert (z == z_ref).all() and (sq == sq_ref).all()
    assert fast.index == reference.index and fast.size == reference.size > 50
