"""PatternSet.find (indexed, with its second-word check) against a plain reading of the rules."""

import random

from diplomap.extract.patterns import GAP, PatternSet, TokenPattern

TOKENS = ["a", "b", "c", "ab*", "b*", GAP]
READINGS = [("a",), ("b",), ("c",), ("abc", "bc"), ("ba", "a"), ("x",), ("wa", "a")]


def _reference(patterns: list[TokenPattern], words, masked) -> list:
    """Every start whose first matching pattern (longest first; exact before prefix; longer
    prefix first; then in the given order) matches."""
    def order(p: TokenPattern):
        return (-len(p.tokens), p.tokens[0].endswith("*"), -len(p.tokens[0]))
    ranked = sorted(patterns, key=order)
    hits = []
    for i in range(len(words)):
        for pattern in ranked:
            end = pattern.match_end(words, i, masked)
            if end is not None:
                hits.append((i, end, pattern))
                break
    return hits


def _random_patterns(rng: random.Random) -> list[TokenPattern]:
    patterns = {}
    for n in range(40):
        first = rng.choice(TOKENS[:-1])  # a pattern never starts with a gap
        rest = tuple(rng.choice(TOKENS) for _ in range(rng.randint(0, 3)))
        tokens = (first, *rest)
        patterns.setdefault(tokens, TokenPattern(tokens, n))
    return list(patterns.values())


def test_find_agrees_with_the_plain_rules():
    rng = random.Random(7)
    for _ in range(200):
        patterns = _random_patterns(rng)
        words = [rng.choice(READINGS) for _ in range(rng.randint(0, 12))]
        masked = {i for i in range(len(words)) if rng.random() < 0.2}
        found = PatternSet(patterns).find(words, masked)
        assert found == _reference(patterns, words, masked)


def test_second_word_must_be_there():
    pattern = TokenPattern(("a", "b"), "ab")
    patterns = PatternSet([pattern])
    assert patterns.find([("a",), ("b",)]) == [(0, 2, pattern)]
    assert patterns.find([("a",), ("c",)]) == []
    assert patterns.find([("c",), ("a",)]) == []  # the first word is the last one


def test_may_match_is_false_only_where_find_finds_nothing():
    rng = random.Random(11)
    for _ in range(300):
        patterns = PatternSet(_random_patterns(rng)[:rng.randint(1, 4)])
        words = [rng.choice(READINGS) for _ in range(rng.randint(0, 8))]
        if not patterns.may_match(frozenset().union(*words)):
            assert patterns.find(words) == []


def test_may_match_reads_exact_words_and_prefixes():
    patterns = PatternSet([TokenPattern(("a", "b"), 1), TokenPattern(("ab*",), 2)])
    assert patterns.may_match(frozenset({"a"}))  # the first word of a pattern
    assert patterns.may_match(frozenset({"abc"}))  # a word the prefix starts
    assert not patterns.may_match(frozenset({"b", "c", "ba"}))


def test_may_match_agrees_with_every_prefix_tried_on_every_reading():
    """The first letters of the prefix tokens sift the readings; the answer is the plain
    one: some reading is a first token, or starts with a prefix token."""
    rng = random.Random(13)
    letters = "abcw"
    for _ in range(300):
        tokens = {"".join(rng.choice(letters) for _ in range(rng.randint(1, 3)))
                  + rng.choice(["", "*"]) for _ in range(rng.randint(1, 5))}
        patterns = [TokenPattern((t,), n) for n, t in enumerate(sorted(tokens))]
        vocabulary = frozenset("".join(rng.choice(letters) for _ in range(rng.randint(1, 4)))
                               for _ in range(rng.randint(0, 6)))
        exact = {t for t in tokens if not t.endswith("*")}
        heads = tuple(t[:-1] for t in tokens if t.endswith("*"))
        plain = bool(exact & vocabulary) or any(r.startswith(heads) for r in vocabulary)
        assert PatternSet(patterns).may_match(vocabulary) == plain, (tokens, vocabulary)
