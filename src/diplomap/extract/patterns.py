"""Token patterns over normalised words, clitic-aware.

A pattern is a sequence of tokens; each token matches a word one of whose readings (the
word itself, or the word with its proclitics removed: `grammar.Grammar.readings`) equals
it, or starts with it when the token ends in '*'. Patterns are compiled once into a
first-token index.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import compress
from typing import Any, NamedTuple

from mypy_extensions import mypyc_attr


@dataclass(frozen=True)
class TokenPattern:
    tokens: tuple[str, ...]
    key: Any  # what the pattern stands for (a frame, a principle, a cue)

    @classmethod
    def parse(cls, form: str, key: object, normalize) -> TokenPattern:
        return cls(tuple(t if t == GAP else normalize(t) if not t.endswith("*")
                         else normalize(t[:-1]) + "*" for t in _form_words(form)), key)

    def match_end(self, words: list[tuple[str, ...]], i: int,
                  masked: frozenset[int] | set[int] = frozenset()) -> int | None:
        """Index after the match starting at word i, or None."""
        return _match(self.tokens, words, i, masked)

    def __reduce__(self) -> tuple[type[TokenPattern], tuple[tuple[str, ...], Any]]:
        # unpickled through __init__: compiled, a frozen class cannot be set field by field
        return TokenPattern, (self.tokens, self.key)


GAP = "…"  # a token that stands for a few intervening words ("وصل الرئيس ... إلى")
MAX_GAP = 2  # words a gap may skip, besides the words of entity names (`masked`)
MAX_SPAN = 10


def _form_words(form: str) -> list[str]:
    """The words of a pattern form as a sentence is read: a hyphen is punctuation there
    ("multi-vector" is read "multi", "vector"), so a hyphenated form is its parts."""
    return [part for word in form.split() for part in word.split("-") if part]


def _match(tokens: tuple[str, ...], words: list[tuple[str, ...]], i: int,
           masked: frozenset[int] | set[int]) -> int | None:
    n = len(words)
    for k, head in enumerate(tokens):
        if head == GAP:
            return _match_after_gap(tokens[k + 1:], words, i, masked)
        if i >= n or not token_matches(head, words[i]):
            return None
        i += 1
    return i


def _match_after_gap(rest: tuple[str, ...], words: list[tuple[str, ...]], i: int,
                     masked: frozenset[int] | set[int]) -> int | None:
    """`_match` of the tokens after a gap that opens at word i."""
    n, free = len(words), 0
    # a word token the rest starts with: the rest is tried only where a word reads so
    exact = rest[0] if rest and rest[0] != GAP and not rest[0].endswith("*") else None
    for j in range(i, min(i + MAX_SPAN, n) + 1):
        if exact is None or (j < n and exact in words[j]):
            end = _match(rest, words, j, masked)
            if end is not None:
                return end
        if j < n and j not in masked:
            free += 1
            if free > MAX_GAP:
                return None
    return None


def token_matches(token: str, word_stems: tuple[str, ...]) -> bool:
    """Whether one of a word's readings is `token` (starts with it, for 'x*')."""
    if token.endswith("*"):
        prefix = token[:-1]  # a generator, not map(): compiled, it is an inline loop
        return any(stem.startswith(prefix) for stem in word_stems)
    return token in word_stems


class PatternSet:
    """Many token patterns, indexed by their first token (exact, or the head of a prefix)."""

    def __init__(self, patterns: list[TokenPattern]) -> None:
        self._exact: dict[str, list[TokenPattern]] = defaultdict(list)
        self._prefix: dict[str, list[TokenPattern]] = defaultdict(list)
        for pattern in patterns:
            first = pattern.tokens[0]
            if first.endswith("*"):
                self._prefix[first[:-1]].append(pattern)
            else:
                self._exact[first].append(pattern)
        self._prefix_lengths = sorted({len(head) for head in self._prefix if head})
        # every prefix token's first letters, as many as the shortest has: most words start
        # otherwise and need no look-up per length
        shortest = self._prefix_lengths[0] if self._prefix_lengths else 0
        self._shortest = shortest
        self._head_starts = frozenset(head[:shortest] for head in self._prefix if head)
        self._firsts = frozenset(self._exact)
        self._heads = tuple(head for head in self._prefix if head)
        # a word's readings -> its candidates
        self._cache: dict[tuple[str, ...], _Candidates] = {}

    def __reduce__(self) -> tuple[type[PatternSet], tuple[list[TokenPattern]]]:
        # pickled (the on-disk cache of `frames.load_frames`) as its patterns, in their
        # order, and indexed again: compiled, the class is only made through __init__
        return PatternSet, ([p for group in self._exact.values() for p in group]
                            + [p for group in self._prefix.values() for p in group],)

    def find(self, words: list[tuple[str, ...]], masked: frozenset[int] | set[int] = frozenset(),
             every: bool = False) -> list[tuple[int, int, TokenPattern]]:
        """(first word, last word + 1, pattern) for every match, longest per start (`every`:
        all matches per start, longest first); a gap token skips the words of entity names
        (`masked`) freely."""
        hits = []
        by_word = self._by_word(words)
        last = len(words) - 1
        for i in compress(range(len(by_word)), by_word):  # the words with candidates
            candidates = by_word[i]
            following = words[i + 1] if i < last else ()
            if candidates.seconds is not None and candidates.seconds.isdisjoint(following):
                continue  # every candidate needs a second word that is not there
            # a candidate's first token matches the word: only the rest is matched, after it
            for rest, second, second_prefix, pattern, beyond in candidates:
                if second or second_prefix:
                    # its second word is not there: no need to match the rest; it is:
                    # only the tokens beyond it are left to match
                    if second:
                        if second not in following:
                            continue
                    else:
                        for reading in following:
                            if reading.startswith(second_prefix):
                                break
                        else:
                            continue
                    end = _match(beyond, words, i + 2, masked) if beyond else i + 2
                else:
                    end = _match(rest, words, i + 1, masked) if rest else i + 1
                if end is not None:
                    hits.append((i, end, pattern))
                    if not every:
                        break
        return hits

    def may_match(self, vocabulary: frozenset[str]) -> bool:
        """Whether a pattern may start at a word of a text whose words have these readings
        (False: `find` finds nothing there, and need not look word by word)."""
        if not self._firsts.isdisjoint(vocabulary):
            return True
        # a reading that starts with a prefix token starts with the first letters of one
        # (`_head_starts`): one set look-up per reading, not one test per prefix token
        heads, starts, shortest = self._heads, self._head_starts, self._shortest
        for reading in vocabulary if heads else ():
            if reading[:shortest] in starts and reading.startswith(heads):
                return True
        return False

    def _by_word(self, words: list[tuple[str, ...]]) -> list[_Candidates]:
        """Each word's candidates (the cached ones, and those of words not seen before)."""
        cached: list = list(map(self._cache.get, words))  # no cast: it would build list[...]
        if any(found is None for found in cached):  # by identity: no list comparisons
            for i, found in enumerate(cached):
                if found is None:
                    cached[i] = self._candidates(words[i])
        return cached

    def _candidates(self, word_stems: tuple[str, ...]) -> _Candidates:
        seen: dict[int, TokenPattern] = {}
        for stem in word_stems:
            for pattern in self._exact.get(stem, ()):
                seen[id(pattern)] = pattern
            if stem[:self._shortest] not in self._head_starts:
                continue
            for k in self._prefix_lengths:  # the lengths some prefix token has
                if k > len(stem):
                    break
                for pattern in self._prefix.get(stem[:k], ()):
                    seen[id(pattern)] = pattern
        if not seen:  # most words start no pattern: one shared empty list, never changed
            found = _NO_CANDIDATES
            if len(self._cache) < 100_000:
                self._cache[word_stems] = found
            return found
        # longest pattern first; between equals, an exact word before a prefix and a
        # longer prefix before a shorter one ("احتجز*" detain before "احتج*" protest)
        ordered = sorted(seen.values(), key=lambda p: (-len(p.tokens), p.tokens[0].endswith(
            "*"), -len(p.tokens[0])))
        found = _Candidates(_Candidate(p.tokens[1:], *_second_word(p.tokens[1:2]), p,
                                       p.tokens[2:]) for p in ordered)
        if len(self._cache) < 100_000:
            self._cache[word_stems] = found
        return found


class _Candidate(NamedTuple):
    """A pattern whose first token matched a word."""

    rest: tuple[str, ...]  # the tokens after the first
    second: str            # the second token when it must equal a reading of the next word
    second_prefix: str     # the second token when a reading of the next word must start so
    pattern: TokenPattern
    beyond: tuple[str, ...]  # the tokens after the second


@mypyc_attr(native_class=False)  # compiled, a list subclass must stay a Python class
class _Candidates(list[_Candidate]):
    """A word's candidates, in the order they are tried; `seconds`: the second tokens when
    every candidate has one that must equal a reading of the next word (else None)."""

    __slots__ = ("seconds",)

    def __init__(self, candidates: Iterable[_Candidate] = ()) -> None:
        super().__init__(candidates)
        seconds = [c.second for c in self]
        self.seconds = frozenset(seconds) if all(seconds) else None


_NO_CANDIDATES = _Candidates()  # the candidates of a word that starts no pattern


def _second_word(tokens: tuple[str, ...]) -> tuple[str, str]:
    """What the next word must be (`second`) or start with (`second_prefix`) for the token
    to match it; ('', '') for a gap or no token."""
    token = tokens[0] if tokens else ""
    if token == GAP:
        return "", ""
    return ("", token[:-1]) if token.endswith("*") else (token, "")
