"""Normalisation of text for full-text search: the index and the query alike.

A word is indexed under each of its readings (`readings`): the word as written
(normalised by `normalize`) and the word without each proclitic string it may start with
(`diplomap.lang`'s clitic forms: و ب ل ك ف, ال, بال, وبال, لل, ...), while `MIN_STEM`
letters remain. A query word matches a document word when they share a reading: لكازاخستان
and كازاخستان share كازاخستان; بوتين (readings بوتين, وتين) never matches تين, nor بكين
كين, nor لبنان نان, because one proclitic string is taken off at most, never a letter of
a stem that the language's clitic composition cannot produce. Changing this changes the
index: re-run `diplomap serve --reindex` (or `diplomap check --repair`) after an upgrade.

`search_tokens` (the words with every leading proclitic letter taken off) is the coarser
form that event records compare evidence with (`store.records` signatures); search itself
uses `readings`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache

from diplomap.lang import all_languages
from diplomap.text.normalize import fold, normalize, normalize_key

_WORD = re.compile(r"\w+")
MIN_STEM = 3
MIN_PREFIX = 2  # letters before a `*`


@cache
def _proclitics() -> tuple[frozenset[str], tuple[str, ...]]:
    """One-letter proclitics and articles of every language, normalised."""
    letters = {normalize_key(c) for lang in all_languages() for c in lang.clitics.letters}
    articles = {normalize_key(lang.clitics.article) for lang in all_languages()}
    return frozenset(letters), tuple(sorted(a for a in articles if a))


@cache
def _noun_proclitics() -> tuple[str, ...]:
    """Every proclitic string a noun may start with (conjunction, preposition, article and
    their compositions, from each language's clitics), normalised, longest first."""
    forms = {normalize_key(form) for lang in all_languages()
             for form, (conj, prep, article) in lang.clitics.forms.items()
             if conj or prep or article}
    return tuple(sorted((f for f in forms if f), key=lambda f: (-len(f), f)))


@cache
def _article_proclitics() -> tuple[str, ...]:
    """The proclitic strings that hold the article (ال, بال, لل, وال, ...), longest first."""
    forms = {normalize_key(form) for lang in all_languages()
             for form, (_, _, article) in lang.clitics.forms.items() if article}
    return tuple(sorted((f for f in forms if f), key=lambda f: (-len(f), f)))


def name_readings(name: str) -> list[str]:
    """A name and the name without its article, if it has one (الصين -> الصين, صين): the
    readings of a word known to be a name, whose other letters are never proclitics."""
    out = [name]
    for form in _article_proclitics():
        if name.startswith(form) and len(name) - len(form) >= MIN_STEM:
            out.append(name[len(form):])
            break
    return out


def readings(word: str) -> list[str]:
    """`word` (normalised) and each stem left by taking one proclitic string off it, while
    MIN_STEM letters remain: وبالصين -> وبالصين, صين (وبال), الصين (وب), بالصين (و)."""
    return list(_readings(word))


@lru_cache(maxsize=1 << 17)  # a pure function of the word, called for every indexed word
def _readings(word: str) -> tuple[str, ...]:
    out = [word]
    for form in _noun_proclitics():
        if word.startswith(form) and len(word) - len(form) >= MIN_STEM:
            stem = word[len(form):]
            if stem not in out:
                out.append(stem)
    return tuple(out)


@lru_cache(maxsize=1 << 17)  # a pure function of the word, called for every indexed word
def strip_proclitics(word: str) -> str:
    """Take off leading one-letter proclitics and the article while MIN_STEM letters remain
    (the coarse stem of event records' similarity; see the module's note)."""
    letters, articles = _proclitics()
    while True:
        article = next((a for a in articles if word.startswith(a)), "")
        if article and len(word) - len(article) >= MIN_STEM:
            word = word[len(article):]
        elif word[:1] in letters and len(word) - 1 >= MIN_STEM:
            word = word[1:]
        else:
            return word


def search_tokens(text: str) -> list[str]:
    """The words of `text`, each with its leading proclitic letters taken off (records)."""
    return folded_search_tokens(fold(text))


def folded_search_tokens(folded: str) -> list[str]:
    """`search_tokens` of a text from its folded form (`fold`)."""
    return list(map(strip_proclitics, _WORD.findall(folded)))


def words(text: str) -> list[str]:
    """The normalised words of `text`, as written."""
    return _WORD.findall(fold(text))


def search_text(text: str) -> str:
    """What the index holds for `text`: every reading of every word, read piece by piece
    (`pieces`, each distinct piece once)."""
    return " ".join(filter(None, map(_piece_text, pieces(text))))


def pieces(text: str) -> list[str]:
    """Pieces of `text` whose folded words and numbers, in order, are those of the text:
    its whitespace-separated pieces when whitespace separates words in the folded text as
    in the text (`_spaces_separate`), else the text whole. Callers read each distinct
    piece once (the pieces of news text recur like its words)."""
    return text.split() if _spaces_separate() else [text]


@lru_cache(maxsize=1 << 16)  # pieces of text recur like words: each read once
def _piece_text(piece: str) -> str:
    """What the index holds for one piece of text (`search_text`)."""
    return " ".join(map(_indexed, words(piece)))


_LAST_SPACE = 0x3000  # no character above it is whitespace (tests/test_search_pieces.py)


@cache
def _spaces_separate() -> bool:
    """Whether the words of a text are those of its whitespace-separated pieces in order.
    `fold` maps character by character (a table, then `str.lower`, whose one mapping that
    reads its neighbours, final sigma, reads past case-ignorable characters only), so
    they are when every whitespace character folds to whitespace that ends a sigma's
    reading: checked here for each one, on the folding itself."""
    sigma = "\u03a3"
    for code in range(_LAST_SPACE + 1):
        space = chr(code)
        if not space.isspace():
            continue
        folded = fold(space)
        if not folded.isspace():
            return False
        for before, after in (("A" + sigma, "A"), ("A", sigma)):
            if fold(before + space + after) != fold(before) + folded + fold(after):
                return False
    return True


@lru_cache(maxsize=1 << 17)  # a pure function of the word, called for every indexed word
def _indexed(word: str) -> str:
    """A word's readings as the index holds them (`search_text`), joined once per word,
    not once per occurrence."""
    return " ".join(_readings(word))


# --- queries ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Term:
    """One query word: its readings, and whether it is a prefix (`word*`)."""

    readings: tuple[str, ...]
    prefix: bool = False

    def matches(self, word: str) -> bool:
        """Whether a text word (normalised) matches this term."""
        if self.prefix:
            return any(r.startswith(p) for r in readings(word) for p in self.readings)
        return not set(self.readings).isdisjoint(readings(word))


@dataclass
class Query:
    """A parsed query: alternatives (OR) of conjunctions (AND) of terms, and notes on what
    was read otherwise than typed."""

    alternatives: list[list[Term]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def terms(self) -> Iterator[Term]:
        return (t for group in self.alternatives for t in group)


OPERATORS = {"AND": "", "OR": "", "NOT": "NOT is not supported: the word after it was "
             "searched like the others", "NEAR": "NEAR is not supported: searched as words"}


def parse_query(text: str) -> Query:
    """Words are ANDed; `OR` (in capitals) between words or groups makes alternatives;
    `word*` matches the words starting with `word` (at least MIN_PREFIX letters). Quotes,
    brackets and other signs are ignored; each departure from what was typed is noted."""
    query = Query(alternatives=[[]])
    for raw in text.split():
        if raw in OPERATORS:
            if raw == "OR":
                query.alternatives.append([])
            elif OPERATORS[raw] and OPERATORS[raw] not in query.notes:
                query.notes.append(OPERATORS[raw])
            continue
        prefix = raw.rstrip("\"')]}").endswith("*")
        found = words(raw)
        if prefix and found and len(found[-1]) < MIN_PREFIX:
            query.notes.append(f"{raw}: a prefix needs at least {MIN_PREFIX} letters; "
                               "searched as a whole word")
            prefix = False
        for i, word in enumerate(found):
            is_prefix = prefix and i == len(found) - 1
            stems = readings(word) if not is_prefix else [word]
            query.alternatives[-1].append(Term(tuple(stems), is_prefix))
    query.alternatives = [group for group in query.alternatives if group]
    return query


def fts_expression(query: Query) -> str | None:
    """The SQLite FTS5 MATCH expression of a parsed query (None when it has no word)."""
    def term(t: Term) -> str:
        star = "*" if t.prefix else ""
        return "(" + " OR ".join(f'"{r}"{star}' for r in t.readings) + ")"

    groups = ["(" + " AND ".join(term(t) for t in group) + ")" for group in query.alternatives]
    return " OR ".join(groups) or None


def match_spans(text: str, query: Query) -> list[tuple[int, int]]:
    """The spans of `text` (original offsets) of the words that match a term of `query`."""
    normal = normalize(text)
    terms = list(query.terms)
    spans = []
    for m in _WORD.finditer(normal.text):
        if any(t.matches(m.group()) for t in terms):
            spans.append(normal.orig_span(m.start(), m.end()))
    return spans
