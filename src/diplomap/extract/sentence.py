"""A sentence seen by the extractor: words (with clitic readings) and entity arguments."""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache, partial
from itertools import pairwise
from operator import itemgetter
from typing import NamedTuple

from diplomap.extract.amounts import is_count_word, parse_number_words
from diplomap.extract.grammar import Grammar, norm, norm_set
from diplomap.extract.morphology import finite_forms
from diplomap.lang import language
from diplomap.lexicon.model import PLACE_KINDS
from diplomap.text import Normalized, fold, normalize
from diplomap.text.charmaps import DOUBLE_QUOTES

_WORD = re.compile(r"[^\W_]+")
_NAME_WORD = re.compile(r"[^\W\d_][\w'-]*")  # a word of a person's name ("Inta-A")
_WORD_SPLIT = re.compile(r"([^\W_]+)")  # split on words, keeping them
_BOUNDARY_MARKS = frozenset("،,؛;:.!?؟()[]")  # quotes around a name do not end a clause
_BRACKETS = frozenset("()[]")
_NUMBER_MARKS = frozenset({".", ",", "٫", "٬"})  # "2.5", "40,000": inside a number
_HYPHENED = re.compile(r"-([^\W_]+)\s+")
TITLED_GAP = 40  # characters of one given name between a title's state and a name


@dataclass
class Arg:
    """An entity mention in the role of a possible argument."""

    entity: str          # the entity, or the state a person acted for
    kind: str            # its lexicon kind ('state' for a person resolved to a state)
    first: int           # index of its first word (-1: implicit, not in the sentence)
    last: int            # index after its last word
    start: int           # original offsets
    end: int
    person: str | None = None
    marked: bool = False   # governed by a preposition (or a ب/ل proclitic)
    between: bool = False  # governed by "بين"
    coordinated: bool = False  # joined to the argument before it by و / a comma
    marker: str = ""       # the preposition or proclitic that governs it
    agent: bool = False    # the agent of a passive ("على يد الصين", "من قبل روسيا")
    resolution: str = ""   # how the linker found it (name, metonym, adjective, title, ...)
    capital: bool = False  # a capital city standing for its state ("Paris", "the capital")
    list_head: int = -1    # where the first name of its list starts (-1: not known)
    home: str | None = None  # the state a nationality beside a company's name ties it to

    # written out, not generated: compiled, the dataclass's generated __init__ would run as
    # interpreted code at each of the thousands of arguments a corpus makes (the same
    # parameters as the fields, in order, with their defaults: tests/test_explicit_inits.py)
    def __init__(self, entity: str, kind: str, first: int, last: int, start: int, end: int,
                 person: str | None = None, marked: bool = False, between: bool = False,
                 coordinated: bool = False, marker: str = "", agent: bool = False,
                 resolution: str = "", capital: bool = False, list_head: int = -1,
                 home: str | None = None) -> None:
        self.entity = entity
        self.kind = kind
        self.first = first
        self.last = last
        self.start = start
        self.end = end
        self.person = person
        self.marked = marked
        self.between = between
        self.coordinated = coordinated
        self.marker = marker
        self.agent = agent
        self.resolution = resolution
        self.capital = capital
        self.list_head = list_head
        self.home = home

    @property
    def implicit(self) -> bool:
        return self.first < 0


@dataclass
class SentenceView:
    index: int
    start: int
    end: int
    grammar: Grammar
    words: list[tuple[str, ...]]
    spans: list[tuple[int, int]]  # original span of each word
    boundary: list[bool]          # punctuation stands right before the word
    args: list[Arg]
    masked: set[int]
    consumed: set[int] = field(default_factory=set)  # ids of args already taken as objects
    starts: list[int] = field(default_factory=list)  # span starts and ends, for bisection
    ends: list[int] = field(default_factory=list)
    list_starts: set[int] = field(default_factory=set)  # words that continue a list of names
    modifiers: set[int] = field(default_factory=set)  # words of a name that only describes
    counted: set[int] = field(default_factory=set)  # words of counts and sums ("أكثر من 100")
    # the comma that ends the phrase the sentence opens with (`fronted_phrase_end`), read once
    fronted_end: int | None = None
    contexts: frozenset[str] | None = None  # the PLOVER contexts its words name (once read)
    brackets: set[int] = field(default_factory=set)  # words after a bracket and no other mark
    referred: set[int] = field(default_factory=set)  # words of a document reference
    joined: set[int] = field(default_factory=set)  # words joined to the one before: "X-Y"
    # names that only describe another through a participle ("Rwandan-backed M23",
    # "المدعومة من رواندا"), with the participle's word
    modifier_of: list[tuple[Arg, int]] = field(default_factory=list)
    # the words inside a quotation, and who said it (the one actor its sentence names
    # outside it, or the speaker of the sentence before: "وأضاف: ..."), set by the
    # document reference (`reference.Referents`)
    quoted: set[int] = field(default_factory=set)
    quote_speaker: Arg | None = None
    # the group mentions a partitive quantifier took from the actors ("Germany and several
    # other NATO allies"): no actors, still the body their members belong to
    partitives: list[Arg] = field(default_factory=list)
    _vocabulary: frozenset[str] | None = field(default=None, repr=False, compare=False)
    _name_words: tuple[bool, ...] | None = field(default=None, repr=False, compare=False)
    # the document's text, for `name_at` to read `name_words` from at its first question
    # (most sentences are never asked)
    _text: str = field(default="", repr=False, compare=False)

    # written out, not generated: compiled, the dataclass's generated __init__ would run as
    # interpreted code at each sentence (the same parameters as the fields, in order, with
    # their defaults; a set or list field left out, or None, gets a new one:
    # tests/test_explicit_inits.py)
    def __init__(self, index: int, start: int, end: int, grammar: Grammar,
                 words: list[tuple[str, ...]], spans: list[tuple[int, int]],
                 boundary: list[bool], args: list[Arg], masked: set[int],
                 consumed: set[int] | None = None, starts: list[int] | None = None,
                 ends: list[int] | None = None, list_starts: set[int] | None = None,
                 modifiers: set[int] | None = None, counted: set[int] | None = None,
                 fronted_end: int | None = None, contexts: frozenset[str] | None = None,
                 brackets: set[int] | None = None, referred: set[int] | None = None,
                 joined: set[int] | None = None,
                 modifier_of: list[tuple[Arg, int]] | None = None,
                 quoted: set[int] | None = None, quote_speaker: Arg | None = None,
                 partitives: list[Arg] | None = None,
                 _vocabulary: frozenset[str] | None = None,
                 _name_words: tuple[bool, ...] | None = None, _text: str = "") -> None:
        self.index = index
        self.start = start
        self.end = end
        self.grammar = grammar
        self.words = words
        self.spans = spans
        self.boundary = boundary
        self.args = args
        self.masked = masked
        self.consumed = set() if consumed is None else consumed
        self.starts = [] if starts is None else starts
        self.ends = [] if ends is None else ends
        self.list_starts = set() if list_starts is None else list_starts
        self.modifiers = set() if modifiers is None else modifiers
        self.counted = set() if counted is None else counted
        self.fronted_end = fronted_end
        self.contexts = contexts
        self.brackets = set() if brackets is None else brackets
        self.referred = set() if referred is None else referred
        self.joined = set() if joined is None else joined
        self.modifier_of = [] if modifier_of is None else modifier_of
        self.quoted = set() if quoted is None else quoted
        self.quote_speaker = quote_speaker
        self.partitives = [] if partitives is None else partitives
        self._vocabulary = _vocabulary
        self._name_words = _name_words
        self._text = _text

    def word_at(self, i: int) -> str:
        return self.words[i][0] if 0 <= i < len(self.words) else ""

    def arg_at(self, k: int) -> Arg | None:
        """The argument whose first word is k, if any."""
        return next((a for a in self.args if a.first == k), None)

    def unmasked_before(self, k: int, floor: int = 0) -> int:
        """The last word before `k` that no name covers, `floor` - 1 when none is left."""
        i = k - 1
        while i >= floor and i in self.masked:
            i -= 1
        return i

    @property
    def vocabulary(self) -> frozenset[str]:
        """Every reading of every word (gathered once)."""
        if self._vocabulary is None:
            self._vocabulary = frozenset().union(*self.words)
        return self._vocabulary

    def name_at(self, i: int) -> bool:
        """Word i is written as a name (`name_words`, read at the first question from the
        document's text the view was made from; none without it)."""
        if self._name_words is None and self._text:
            name_words(self, self._text)
        names = self._name_words or ()
        return 0 <= i < len(names) and names[i]

    def written(self, i: int) -> str:
        """Word i as the document's text writes it (before normalisation folds "ة" into
        "ه"); "" without the text."""
        if not (0 <= i < len(self.spans)) or not self._text:
            return ""
        s, e = self.spans[i]
        return self._text[s:e]

    def names_any(self, forms: frozenset[str] | set[str]) -> bool:
        """Whether some word reads as one of `forms`: a sentence that holds none needs no
        scan word by word for them."""
        return not forms.isdisjoint(self.vocabulary)

    def text_before(self, offset: int, n_words: int) -> tuple[str, ...]:
        """The normalised forms of the `n_words` words ending before `offset`."""
        before = [w for w, (s, _) in zip(self.words, self.spans, strict=True) if s < offset]
        return tuple(form for word in before[-n_words:] for form in word)

    def clause_start(self, i: int, through_brackets: bool = False) -> int:
        """Index of the first word of the clause holding word i (commas and colons count,
        except the commas of a list of names: "A، B وC"; with `through_brackets`, brackets
        do not either: "pledged EUR 2 billion ($2.2 billion) to X for aid")."""
        while i > 0 and not self.ends_clause(i, through_brackets):
            i -= 1
        return max(i, 0)

    def clause_end(self, i: int, through_brackets: bool = False) -> int:
        """Index just past the last word of the clause holding word i (`clause_start`'s
        boundaries: the next one that is no comma of a list of names, nor, with
        `through_brackets`, a bracket)."""
        i += 1
        while i < len(self.words) and not self.ends_clause(i, through_brackets):
            i += 1
        return min(i, len(self.words))

    def ends_clause(self, i: int, through_brackets: bool = False) -> bool:
        """A boundary stands before word i that is no comma of a list of names (nor, with
        `through_brackets`, a bracket)."""
        return self.boundary[i] and i not in self.list_starts and not (
            through_brackets and i in self.brackets)


def document_window(doc, index: int) -> tuple[Normalized, int, int] | None:
    """`view_sentence`'s window of sentence `index` of a `diplomap.text.Doc`: the document's
    normalisation and the span of it that is the sentence's, or None where slicing would not
    give the sentence's own normalisation (`Doc.sentence_window`)."""
    window = doc.sentence_window(index)
    return None if window is None else (doc.norm, *window)


def view_sentence(text: str, index: int, start: int, end: int, mentions: list,
                  resolve, grammar: Grammar, focal: str | None = None, org_for=None,
                  pair: tuple[str, str] | None = None,
                  focal_nouns: frozenset[str] = frozenset(),
                  window: tuple[Normalized, int, int] | None = None,
                  refer=None, organ_state=None,
                  group_size: Callable[[str], int] | None = None) -> SentenceView:
    """Words of text[start:end] (read with the proclitics of `grammar`'s language) and the
    arguments its mentions give.

    `resolve(entity_id) -> (entity, kind, person) | None` maps a mention to an argument.
    `window`: the normalisation of the whole text and the span [lo, hi) of it that is the
    sentence's (`diplomap.text.Doc.sentence_window`), read instead of normalising again.
    `refer(view) -> [Arg]`: the actors of earlier sentences its pronouns, bare titles and
    descriptions stand for (`diplomap.extract.reference`), read before the other anaphora.
    `organ_state(args, first organ word) -> state | None`: the state a bare organ noun
    ("police") of a sentence with these named arguments stands for (`bare_organs`).
    `group_size(group_id) -> int`: how many members the group has on the sentence's date (a
    count of as many before a group mention names them all, `_without_partitive_groups`).
    """
    if window is None:
        words, spans, boundary = _words(normalize(text[start:end]), start, grammar)
    else:
        normed, lo, hi = window  # unpacked: compiled, a starred call goes through Python
        words, spans, boundary = _window_words(normed, lo, hi, end, grammar)
    _open_short_brackets(text, spans, boundary)
    spelled = _open_spelled_acronyms(text, words, spans, boundary, grammar.spelled_letters)
    _open_time_adjuncts(text, words, spans, boundary, grammar.time_adjuncts)
    view = SentenceView(index, start, end, grammar, words, spans, boundary, [], spelled)
    view.starts = list(map(itemgetter(0), spans))
    view.brackets = {i for i in itertools.compress(range(len(spans)), boundary) if i and (
        _BOUNDARY_MARKS.intersection(text[spans[i - 1][1]:spans[i][0]]) <= _BRACKETS)}
    view.ends = list(map(itemgetter(1), spans))
    view.joined = _joined(text, spans, grammar.word_joiners, start, end)
    view._text = text  # rules without the text ask view.name_at (name_words, read then)
    named = [(m.start, m.end) for m in mentions]
    for mention in mentions:
        arg = _argument(view, text, mention, resolve)
        if arg is not None and _acts(view, text, arg, named):
            view.args.append(arg)
        if arg is not None:  # its words are no trigger, whether it acts or not
            view.masked.update(range(arg.first, arg.last))
    _mask_agency_names(view)
    for arg in named_organisations(view, text):  # "the X Party's nominee": describes
        if _acts(view, text, arg, [*named, (arg.start, arg.end)]):
            view.args.append(arg)
        view.masked.update(range(arg.first, arg.last))
    if organ_state is not None and grammar.bare_organs:
        # before the references: a quoted "I" stands for the titled speaker the sentence
        # names outside the quotation ('"I urge ...," Inspector X said')
        view.args += bare_organs(view, text, organ_state, resolve)
    if refer is not None:
        view.args += refer(view)
    # the words that may stand for a name: one pass over the sentence for every kind (not
    # the words a document reference read)
    anaphora = [i for i in _words_among(view, _anaphora_forms(grammar, focal_nouns))
                if i not in view.referred]
    if focal:
        view.args += (_focal_pronouns(view, focal, anaphora)
                      + _focal_nouns(view, focal, focal_nouns, anaphora))
    if org_for is not None:
        view.args += _org_anaphora(view, org_for, anaphora)
    view.args += _dual_anaphora(view, pair, anaphora)
    view.args.sort(key=lambda a: (a.first, -a.last))
    view.args = _outermost(view.args)
    view.args = _without_modifiers(view.args, grammar.adjective_after_noun)
    _resident_groups(view)
    _affiliated_members(view)
    view.args = _without_described_adjectives(view, text)
    _without_sources(view)
    _without_partitive_groups(view, group_size)
    _without_postings(view)
    _without_document_places(view)
    view.fronted_end = fronted_phrase_end(view)
    _coordinate(view)
    view.list_starts = {a.first for a in view.args if a.coordinated}
    view.list_starts |= _oxford_commas(view)
    return view


def _oxford_commas(view: SentenceView) -> set[int]:
    """"A, B, and C", "A, B, and the C": the comma before the coordinator (an article may
    stand between it and the name) continues the list too, when two names stand before it
    ("Qatar called for a truce in Sudan, and Israel lifted its blockade" is two clauses)."""
    ending = {a.last: a for a in view.args}
    articles = view.grammar.articles
    commas: set[int] = set()
    for k in view.list_starts:
        j = k - 1
        while j > 0 and view.word_at(j) in articles:
            j -= 1
        before = ending.get(j)
        if (view.word_at(j) in view.grammar.coordinators and before is not None
                and before.first in ending):
            commas.add(j)
    return commas


def _joined(text: str, spans: list[tuple[int, int]], joiners: frozenset[str], start: int,
            end: int) -> set[int]:
    """The words joined to the one before by one of `joiners` alone ("X-Y"); a sentence
    that holds no joiner has none (most: no gap is sliced)."""
    sentence = text[start:end]
    if not any(joiner in sentence for joiner in joiners):
        return set()
    return {i for i in range(1, len(spans)) if text[spans[i - 1][1]:spans[i][0]] in joiners}


class _OrganMention(NamedTuple):
    """A bare organ noun read as a mention of the state it stands for."""

    start: int
    end: int
    text: str
    entity_id: str
    resolution: str = "organ"


def bare_organs(view: SentenceView, text: str, organ_state, resolve) -> list[Arg]:
    """"Police arrested ...", "واعتقلت الشرطة ...": an organ noun with no state named with it
    (data: `bare_organs`) stands for the state of the sentence's context,
    `organ_state(args, first organ word)` (None: no argument). Not a noun inside or right
    after a name ("Hamas police"), after a word that makes it a modifier ("المناهضة
    للحكومة") or joined to one by a hyphen ("government-affiliated"), nor before a word that
    names its owner ("the police of ...")."""
    found: list[tuple[int, int]] = []
    firsts = _organ_firsts(view.grammar)
    candidates = view.words if view.names_any(firsts) else []  # none: no word starts one
    for i, word in enumerate(candidates):
        if firsts.isdisjoint(word):  # starts no organ noun (`_organ_at`'s first test)
            continue
        n = 0 if found and i < sum(found[-1]) else _organ_at(view, i)
        if n and not _hyphened(text, view.spans[i][0], view.spans[i + n - 1][1]):
            found.append((i, n))
    found += titled_unknowns(view, text)
    if not found:
        return []
    # a name inside a longer one ("France" in "Agence France-Presse") names no state here
    named = _outermost(sorted(view.args, key=lambda a: (a.first, -a.last)))
    state = organ_state(named, min(i for i, _ in found))
    if state is None:
        return []
    args = []
    for i, n in found:
        start, end = view.spans[i][0], view.spans[i + n - 1][1]
        arg = _argument(view, text, _OrganMention(start, end, text[start:end], state), resolve)
        if arg is not None:  # its words stay free for triggers ("deployed riot police")
            args.append(arg)
    return args


class _OrganisationMention(NamedTuple):
    """An organisation the lexicon does not know, read from its head noun."""

    start: int
    end: int
    text: str
    entity_id: str
    resolution: str = "organisation"


def named_organisations(view: SentenceView, text: str) -> list[Arg]:
    """The organisations the lexicon does not know that a head noun names (data:
    `organisation_nouns`, `organisation_heads`, `organisation_tails`): capitalised words
    right after a lower-case noun ("oil company Acme Petroleum", also after a nationality:
    "Serbian oil company X" is the company's act, not Serbia's), ending in a capitalised
    head ("the Green Future Party") or right before a lower-case one ("the ANO party");
    not words that are or start a known name, a title ("the party Chairman X") or a month
    or weekday. Each acts as `ORG:` + `organisation_slug`."""
    g = view.grammar
    nouns = g.organisation_nouns
    if not view.names_any(_organisation_cues(g)):
        return []
    upper = [named and g.calendar_names.isdisjoint(view.words[i])
             for i, named in enumerate(name_words(view, text))] + [False]
    found: list[tuple[int, int, str]] = []
    headed: set[tuple[int, int]] = set()  # names a capitalised head ends
    ends = _organisation_noun_ends(g)
    heads, tails, suffixes = _organisation_forms(g)
    # a table none of whose forms the sentence holds is not looked up word by word
    noun_words = view.names_any(ends)
    head_words = view.names_any(heads)
    for i, word in enumerate(view.words if noun_words or head_words else ()):
        # a word that ends no organisation noun ends none with the word before it either
        kind = "" if not noun_words or ends.isdisjoint(word) else _noun_kind_at(nouns, view, i)
        if kind and not upper[i] and upper[i + 1] and not view.boundary[i + 1] and not (
                i > 0 and upper[i - 1] and i - 1 not in view.masked):
            end = i + 1
            while (upper[end] or _inner_particle(view, upper, end)) and not view.boundary[
                    end] and "(" not in text[view.spans[end - 1][1]:view.spans[end][0]]:
                end += 1
            found.append((i + 1, end, kind))
        kind = _kind_of(g.organisation_heads, word) if head_words else ""
        if kind and upper[i] and i > 0 and upper[i - 1] and not view.boundary[i]:
            first = _name_start(view, upper, i - 1)
            found.append((first, i + 1, kind))
            headed.add((first, i + 1))
    if view.names_any(tails):
        found += _tailed_names(view, text, upper)
    found += _listed_names(view, text, upper)
    if view.names_any(suffixes):
        found += _suffixed_names(view, text, upper)
    args = [arg for first, end, kind in found if (arg := _organisation(
        view, text, first, end, kind, (first, end) in headed)) is not None]
    return args + _given_latin_names(view, text)


@lru_cache(maxsize=8)
def _organisation_cues(g: Grammar) -> frozenset[str]:
    """The words one of which a sentence must hold for `named_organisations` to find a name:
    the last word of each organisation noun, the heads and the tails (built once per
    grammar, not per sentence)."""
    return _organisation_noun_ends(g) | (g.organisation_heads.keys()
                                         | g.organisation_tails.keys()
                                         | g.organisation_suffixes.keys())


@lru_cache(maxsize=8)
def _organisation_forms(g: Grammar) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The forms of `organisation_heads`, `organisation_tails` and `organisation_suffixes`
    (built once per grammar): a sentence that holds none of a table's forms has no word
    that table gives a kind."""
    return (frozenset(g.organisation_heads), frozenset(g.organisation_tails),
            frozenset(g.organisation_suffixes))


def _suffixed_names(view: SentenceView, text: str, upper: list[bool]
                    ) -> list[tuple[int, int, str]]:
    """(first, end, kind) of each name a company's legal form ends (data:
    `organisation_suffixes`): "Saab AB", "Acme Holdings Inc.", "Netflix, Inc."; the
    capitalised words before the form, after a comma at most. Not a form a capitalised
    word follows: "Deputy AG Jane Doe" is an attorney general."""
    g = view.grammar
    found: list[tuple[int, int, str]] = []
    for i, word in enumerate(view.words):
        kind = _kind_of(g.organisation_suffixes, word)
        if not kind or i == 0 or not upper[i - 1] or not _list_gap(text, view, i) or (
                _name_follows(view, text, upper, i)):
            continue
        found.append((_name_start(view, upper, i - 1), i + 1, kind))
    return found


def _name_start(view: SentenceView, upper: list[bool], first: int,
                only: frozenset[str] | None = None) -> int:
    """The first word of the run of capitalised words (of `only`, when given) that ends
    at word `first`, within its part of the sentence."""
    while first > 0 and upper[first - 1] and not view.boundary[first] and (
            only is None or not only.isdisjoint(view.words[first - 1])):
        first -= 1
    return first


def _name_follows(view: SentenceView, text: str, upper: list[bool], i: int) -> bool:
    """A capitalised word of the same sentence follows word i, after a full stop at most."""
    k = i + 1
    return upper[k] and not view.boundary[k] and text[
        view.spans[i][1]:view.spans[k][0]].strip() in ("", ".")


def _tailed_names(view: SentenceView, text: str, upper: list[bool]
                  ) -> list[tuple[int, int, str]]:
    """(first, end, kind) of each name a lower-case noun after it says is an organisation
    (data: `organisation_tails`): "the opposition ANO party", "the Acme militia"; the name
    is the capitalised words (and name particles: "Tren de Aragua") right before the noun,
    not the noun. Not a name behind a possessive ("Orban's Fidesz party" stops at Orban's),
    nor one the sentence opens with unless it is an acronym ("Opposition party leaders"),
    nor a people's or faith's adjective (data: `group_adjectives`: "Shia militias")."""
    g = view.grammar
    found: list[tuple[int, int, str]] = []
    for i, word in enumerate(view.words):
        kind = _kind_of(g.organisation_tails, word)
        s = view.spans[i][0]
        if not kind or i == 0 or upper[i] or not upper[i - 1] or view.boundary[i] or (
                text[s:s + 1].isupper()):
            continue
        first = i - 1
        while first > 0 and not view.boundary[first] and not _possessive(
                text, view.spans[first - 1][1]) and (
                upper[first - 1] or _inner_particle(view, upper, first - 1)):
            first -= 1
        opens = first == 0 or view.boundary[first]
        if opens and not _acronym(text[slice(*view.spans[first])]):
            continue
        while first < i and not g.group_adjectives.isdisjoint(view.words[first]):
            first += 1  # "Shia militias": the members' faith, not the group's name
        if first < i:
            found.append((first, i, kind))
    return found


def _listed_names(view: SentenceView, text: str, upper: list[bool]
                  ) -> list[tuple[int, int, str]]:
    """(first, end, kind) of each name in the list a lower-case plural noun of organisations
    opens (data: `organisation_plurals`): "Mexican banks Acme Banco, Globex, and Initech",
    "firms such as the Acme Group and Globex" (words of `list_inclusion` and an article may
    stand between). The list goes on through commas and coordinators before a capitalised
    word, and ends at any other word or mark."""
    g = view.grammar
    found: list[tuple[int, int, str]] = []
    n = len(view.words)
    ends = _organisation_noun_ends(g)
    for i in range(n):
        kind = "" if ends.isdisjoint(view.words[i]) else _noun_kind_at(
            g.organisation_plurals, view, i)
        if not kind or upper[i]:
            continue
        k = _past(view, i + 1, g.list_inclusion | g.articles)
        while k < n and upper[k] and _list_gap(text, view, k):
            end = k + 1
            while (upper[end] or _inner_particle(view, upper, end)) and not view.boundary[end]:
                end += 1
            found.append((k, end, kind))
            k = _past(view, end, g.coordinators | g.articles)
    return found


def _past(view: SentenceView, k: int, words: frozenset[str]) -> int:
    """The first word from k on that is none of `words`."""
    while k < len(view.words) and not words.isdisjoint(view.words[k]):
        k += 1
    return k


def _list_gap(text: str, view: SentenceView, k: int) -> bool:
    """Nothing but spaces or a comma stands right before word k."""
    return text[view.spans[k - 1][1]:view.spans[k][0]].strip() in ("", ",")


def name_words(view: SentenceView, text: str) -> tuple[bool, ...]:
    """Whether each word is written as a name: a capital first, unless joined to a lower-case
    word that is no name particle ("neo-Nazi" is an adjective); or a name particle (data:
    `name_particles`) joined to a capital ("al-Adl"). Read once per view (`text` is the
    document's, the same for every call)."""
    if view._name_words is None:
        g = view.grammar
        capital = [text[s:s + 1].isupper() for s, _ in view.spans] + [False]
        particle = [not g.name_particles.isdisjoint(w) for w in view.words]
        view._name_words = tuple(
            (capital[i] and not (i in view.joined and not capital[i - 1]
                                 and not particle[i - 1]))
            or (particle[i] and i + 1 in view.joined and capital[i + 1])
            for i in range(len(view.words)))
    return view._name_words


def _inner_particle(view: SentenceView, upper: list[bool], i: int) -> bool:
    """Word i is a name particle between capitalised words ("Tren de Aragua")."""
    return 0 < i < len(view.words) - 1 and upper[i - 1] and upper[i + 1] and not (
        view.grammar.name_particles.isdisjoint(view.words[i])) and not view.boundary[i + 1]


def _acronym(word: str) -> bool:
    """A word with a capital or a digit after its first letter: "ANO", "M23", "NEOS"."""
    return any(c.isupper() or c.isdigit() for c in word[1:])


def _given_latin_names(view: SentenceView, text: str) -> list[Arg]:
    """"شركة النفط الصربية (NIS)", "جماعة Acme Front": a head noun not in Latin script
    (data: `organisation_nouns`) named by the Latin-script words right after it or in the
    first brackets of its phrase; the argument spans the head and the name, or the bracketed
    name alone (a nationality adjective between stays: "الصربية", the owner facts read)."""
    g = view.grammar
    args: list[Arg] = []
    for i, word in enumerate(view.words):
        form = next((f for f in word if f in g.organisation_nouns), "")
        s, e = view.spans[i]
        if not form or i in view.masked or text[s:e].isascii():
            continue
        latin = _latin_name_after(view, text, i)
        if latin is None:
            continue
        first, end = latin
        stop = view.spans[end - 1][1]
        slug = organisation_slug(text[view.spans[first][0]:stop])
        if not slug:
            continue
        begin = e - len(form) if first == i + 1 else view.spans[first][0]
        mention = _OrganisationMention(begin, stop, text[begin:stop], "ORG:" + slug)
        kind = g.organisation_nouns[form]
        arg = _argument(view, text, mention, partial(_of_kind, kind))
        if arg is not None:
            args.append(arg)
    return args


def _latin_name_after(view: SentenceView, text: str, i: int) -> tuple[int, int] | None:
    """(first, end) of the capitalised Latin-script words that name the noun at i: right
    after it, or opening the first brackets before its phrase ends (a comma, a stop)."""
    def latin(k: int) -> bool:
        w = text[slice(*view.spans[k])]
        return w.isascii() and w[:1].isupper() and k not in view.masked

    n = len(view.words)
    for k in range(i + 1, min(i + 9, n)):
        opened = "(" in text[view.spans[k - 1][1]:view.spans[k][0]]
        if view.boundary[k] and not opened:
            return None
        if text[slice(*view.spans[k])].isascii():
            if not latin(k) or not (k == i + 1 or opened):
                return None
            end = k + 1
            while end < n and latin(end) and not view.boundary[end]:
                end += 1
            return k, end
    return None


def marked_possessive(text: str, end: int) -> bool:
    """The word ending at `end` carries a possessive mark: "leader's", "leaders'"."""
    return text[end:end + 1] in ("'", "’") or _possessive(text, end)


def _possessive(text: str, end: int) -> bool:
    """The word ending at `end` is followed by, or ends with, a possessive "'s"."""
    return text[end:end + 2] in ("'s", "’s") or text[end - 2:end] in ("'s", "’s")


def _kind_of(table: dict[str, str], word: tuple[str, ...]) -> str:
    return next((table[form] for form in word if form in table), "")


def _noun_kind_at(table: dict[str, str], view: SentenceView, i: int) -> str:
    """The kind `table` gives the noun that ends at word i: the word alone, else with the
    word before it ("oil company", "state media")."""
    word = view.words[i]
    kind = _kind_of(table, word)
    if kind or i == 0:
        return kind
    return _kind_of(table, tuple(f"{a} {b}" for a in view.words[i - 1] for b in word))


def _organisation(view: SentenceView, text: str, first: int, end: int, kind: str,
                  headed: bool = False) -> Arg | None:
    """The argument of the organisation named by words [first, end), or None for words
    that hold a known name (a masked word) or start with a title; a name a capitalised
    head ends (`headed`) may hold the name of a place or state ("the Japan Innovation
    Party", "the Acme Liberation Front"), which it then covers, when the head names a
    party or an armed group: "the X Contact Group" is a forum of state X's."""
    words = range(first, end)
    g = view.grammar
    start, stop = view.spans[first][0], view.spans[end - 1][1]
    inside = view.masked.intersection(words)
    if inside and headed and kind in _HEADS_HOLDING_PLACES and inside <= _place_words(
            view, first, end):
        inside = set()
    if inside or not g.person_titles.isdisjoint(view.words[first]) or (
            view.word_at(end) in g.organ_owner_markers or _possessive(text, stop)):
        return None  # "the X Party of Y": a longer name; "the X Party's nominee": a person
    named = end - 1 if end - 1 > first and _kind_of(g.organisation_suffixes, view.words[
        end - 1]) else end  # "Saab AB": the company is Saab, its legal form no part of its slug
    slug = organisation_slug(text[start:view.spans[named - 1][1]])
    if not slug:
        return None
    mention = _OrganisationMention(start, stop, text[start:stop], "ORG:" + slug)
    arg = _argument(view, text, mention, partial(_of_kind, kind))
    if arg is not None and not arg.marked:
        marker = _noun_phrase_marker(view, text, first)
        if marker:
            arg.marked, arg.marker, arg.between = True, marker, marker in g.between
    return arg


def _of_kind(kind: str, entity_id: str) -> tuple[str, str, None]:
    """An unknown organisation's `resolve` result: its id as read, of the kind its noun says
    (a module function, not a closure, for the compiled reading path)."""
    return entity_id, kind, None


def _place_words(view: SentenceView, first: int, end: int) -> set[int]:
    """The words of [first, end) that names of places or states (by name, not adjective or
    acronym) cover, each wholly inside the span."""
    return {k for a in view.args if first <= a.first and a.last <= end
            and a.resolution == "name" and a.kind in _PLACE_OR_STATE
            for k in range(a.first, a.last)}


_PLACE_OR_STATE = PLACE_KINDS | {"state"}
_HEADS_HOLDING_PLACES = frozenset({"institution", "armed_group"})
_NOUN_PHRASE_WORDS = 5  # words between a preposition and the organisation noun it governs


def _noun_phrase_marker(view: SentenceView, text: str, first: int) -> str:
    """The preposition that governs the organisation noun right before word `first`
    (articles and `list_inclusion` words may stand between), and so the name the noun
    introduces: "sanctions on Serbian oil company Acme", "calls on sporting firms such as
    Acme"; '' when none does. Only adjectives and nouns may stand between the preposition
    and the noun: no mark, no name that is no adjective, no relative or coordinator."""
    g = view.grammar
    k = first - 1
    between = g.articles | g.list_inclusion
    while k > 0 and not view.boundary[k + 1] and not between.isdisjoint(view.words[k]):
        k -= 1
    if k < 0 or view.boundary[k + 1] or _organisation_noun_ends(g).isdisjoint(view.words[k]):
        return ""
    stops = g.relatives | g.coordinators | g.complementizers | g.calendar_names
    for j in range(k - 1, max(k - 1 - _NOUN_PHRASE_WORDS, -1), -1):
        word = view.words[j]
        if view.boundary[j + 1] or not stops.isdisjoint(word) or (
                j in view.masked and not _describes_at(view, j)):
            return ""
        marker = next((w for w in word if w in g.prepositions), "")
        if marker:
            return marker
    return ""


@lru_cache(maxsize=8)
def _organisation_noun_ends(g: Grammar) -> frozenset[str]:
    """The last word of each organisation noun, singular or plural (built once per grammar)."""
    return frozenset(k.rsplit(" ", 1)[-1] for k in [*g.organisation_nouns,
                                                    *g.organisation_plurals])


def _describes_at(view: SentenceView, j: int) -> bool:
    """Word j is a name that only describes a noun ("Serbian" of "Serbian oil company") or
    an adjective of a state."""
    return j in view.modifiers or any(
        a.first <= j < a.last and a.resolution == "adjective" for a in view.args)


# Latin letters an English slug writes with two ("Șor" -> shor, "Žilina" -> zhilina)
_DIGRAPHS = str.maketrans({"ș": "sh", "ş": "sh", "š": "sh", "Ș": "Sh", "Ş": "Sh", "Š": "Sh",
                           "ț": "ts", "ţ": "ts", "Ț": "Ts", "Ţ": "Ts", "č": "ch", "Č": "Ch",
                           "ž": "zh", "Ž": "Zh"})


def organisation_slug(name: str) -> str:
    """ONTOLOGY's slug of an organisation's English or Latin-script name: its words
    lower-cased, without accents, a possessive or a leading article, joined by underscores
    ("Blood & Honour" -> blood_and_honour, "U.S. Steel" -> us_steel)."""
    name = name.replace("&", " and ").translate(_DIGRAPHS)
    name = unicodedata.normalize("NFKD", name)
    name = "".join(c for c in name if not unicodedata.combining(c))
    name = name.replace(".", "").replace("'", "").replace("’", "")
    words = re.findall(r"[a-z0-9]+", name.lower())
    if words and words[0] == "the":
        words = words[1:]
    return "_".join(words) if name.isascii() else ""


def titled_unknowns(view: SentenceView, text: str) -> list[tuple[int, int]]:
    """(first word, length) of each person the lexicon does not know named with a title:
    "Prime Minister Hubert Minnis", "Governor John Bel Edwards" (a capitalised title, with
    the capitalised words of its office before it (data: `title_qualifiers`), right before
    capitalised words outside names), who acts for the state of the sentence's context as
    an organ noun does; not a title a name before it qualifies ("Florida Governor X", "US
    District Judge X")."""
    g = view.grammar
    if not g.person_titles or not view.names_any(g.person_titles):
        return []
    upper = [i not in view.masked and text[s:s + 1].isupper() for i, (s, _) in
             enumerate(view.spans)] + [False]
    found: list[tuple[int, int]] = []
    for i, word in enumerate(view.words):
        if not (upper[i] and upper[i + 1]) or view.boundary[i + 1] or (
                g.person_titles.isdisjoint(word)) or (found and i < sum(found[-1])):
            continue
        first = _name_start(view, upper, i, g.title_qualifiers)
        if first > 0 and not view.boundary[first] and (upper[first - 1]
                                                       or first - 1 in view.masked):
            continue
        end = i + 1
        while upper[end] and not view.boundary[end]:
            end += 1
        found.append((first, end - first))
    return found


def _hyphened(text: str, start: int, end: int) -> bool:
    """The words at text[start:end] are joined by a hyphen to the word before or after:
    part of a modifier ("government-affiliated forces", "anti-government")."""
    return text[start - 1:start] == "-" or text[end:end + 1] == "-"


def _organ_at(view: SentenceView, i: int) -> int:
    """The number of words of a bare organ noun starting at word i (0: none)."""
    g = view.grammar
    if i in view.masked or (i - 1) in view.masked or (
            i > 0 and not g.organ_modifiers.isdisjoint(view.words[i - 1])):
        return 0
    for phrase in g.bare_organs:
        n = len(phrase)
        words = range(i, i + n)
        if i + n <= len(view.words) and not view.masked.intersection(words) and all(
                reads_as(g, view.words[k], token)
                for k, token in zip(words, phrase, strict=True)):
            return 0 if view.word_at(i + n) in g.organ_owner_markers else n
    return 0


@lru_cache(maxsize=8)
def _organ_firsts(g: Grammar) -> frozenset[str]:
    """The first words of the bare organ nouns, also without the article: a word with none
    of them among its readings starts none."""
    firsts = {phrase[0] for phrase in g.bare_organs}
    if g.article:
        firsts |= {w[len(g.article):] for w in firsts if w.startswith(g.article)}
    return frozenset(firsts)


def reads_as(g: Grammar, word: tuple[str, ...], form: str) -> bool:
    """The word reads as `form`, or, for a form with the article, as a governing proclitic
    joined with it ("للحكومة" for "الحكومة", "للرئيس" for "الرئيس")."""
    if form in word:
        return True
    if not g.article or not form.startswith(g.article):
        return False
    rest = form[len(g.article):]
    return any(r == clitic + rest for r in word for clitic in g.article_clitics)


def _outermost(args: list[Arg]) -> list[Arg]:
    """The arguments (sorted by start, longest first) that lie inside no other one that
    starts before them or is longer: a name inside a longer one is no argument."""
    kept: list[Arg] = []
    reach: int | None = None  # the furthest end of the spans before the current one
    k = 0
    while k < len(args):  # a loop, not groupby() and a key closure: compiled, no objects
        first, last = args[k].first, args[k].last
        end = k + 1  # the arguments of the same span follow one another
        while end < len(args) and args[end].first == first and args[end].last == last:
            end += 1
        if reach is None or last > reach:
            kept += args[k:end]
        reach = last if reach is None else max(reach, last)
        k = end
    return kept


def _acts(view: SentenceView, text: str, arg: Arg, named: list[tuple[int, int]]) -> bool:
    """False for a name that only describes another noun (its modifier words are masked
    with it) and for a place name that is part of a person's name."""
    described = describes_noun(view.grammar, text, arg.start, arg.end, named)
    if described == _STANCE_DESCRIBED and _loyal_forces(view, arg):
        # the stance word joins the name, which stands unmarked for the forces' owner, as
        # "قوات X" and "X forces" do
        view.masked.add(arg.first - 1)
        arg.first, arg.marked, arg.marker = arg.first - 1, False, ""
        described = _ACTS
    before, after, participle = described
    if before or after:
        view.modifiers.update(range(max(arg.first - before, 0), arg.last + after))
        if participle:  # the participle's word: before it with its preposition, or after it
            view.modifier_of.append((arg, arg.first + participle if participle < 0
                                     else arg.last))
        view.masked |= view.modifiers
        return False
    return not _in_person_name(view.grammar, text, arg.start, arg.end, arg.resolution,
                               arg.person is not None, named)


def _loyal_forces(view: SentenceView, arg: Arg) -> bool:
    """"pro-Syrian government forces", "قوات موالية للحكومة السورية": forces loyal to a
    state's government or other organ fight for it, so the organ after its stance word is
    their doer; an armed noun (`armed_organs`, `fighter_nouns`) right after the organ or right
    before its stance word. Not a stance towards a state's name ("pro-Russian separatists"),
    nor people of no force ("pro-government protesters")."""
    if arg.kind != "state" or arg.resolution != "organ":
        return False
    g = view.grammar
    armed = g.armed_organs | g.fighter_nouns
    return _reads_as(view, arg.last, armed) or (
        _reads_as(view, arg.first - 2, armed) and _reads_as(view, arg.first - 1, g.stance_words))


def is_no_actor(g: Grammar, text: str, start: int, end: int, resolution: str,
                has_person: bool, names: Iterable[tuple[int, int]]) -> bool:
    """The name at text[start:end] only describes a noun, or is a place name inside a
    person's name: it names no actor."""
    return any(describes_noun(g, text, start, end, names)) or _in_person_name(
        g, text, start, end, resolution, has_person, names)


def _in_person_name(g: Grammar, text: str, start: int, end: int, resolution: str,
                    has_person: bool, names: Iterable[tuple[int, int]]) -> bool:
    return (not has_person and resolution in ("name", "metonym")
            and (names_a_person(g, text, start, end, names)
                 or _after_titled_state(g, text, start, tuple(names))))


def _after_titled_state(g: Grammar, text: str, start: int,
                        names: tuple[tuple[int, int], ...]) -> bool:
    """"رئيس باراغواي سانتياغو بينيا", "رئيس الوزراء البرتغالي لويس مونتينيغرو": where a
    title takes its state after it (`state_titles`), a place name right after the title's
    state, or after it and one given name (no name of the lexicon), begins the holder's
    name."""
    if not g.state_titles:
        return False
    state = next(((s, e) for s, e in names if start - TITLED_GAP <= e <= start
                  and _one_given_name(text[e:start], g)), None)
    if state is None:
        return False
    before = _NAME_WORD.findall(text[max(0, state[0] - 40):state[0]])
    return bool(before) and not text[max(0, state[0] - 40):state[0]].rstrip().endswith(
        tuple(",،.:;")) and norm(before[-1]) in g.state_titles


def _one_given_name(between: str, g: Grammar) -> bool:
    """Text between two names that is blank or one word that is no title."""
    words = between.split()
    return not words or (len(words) == 1 and _NAME_WORD.fullmatch(words[0]) is not None
                         and norm(words[0]) not in g.state_titles)


def _inside_number(parts: list[str], at: int) -> bool:
    """The separator parts[at] is a decimal point or thousands mark between two digits."""
    return 0 < at < len(parts) - 1 and parts[at] in _NUMBER_MARKS and (
        parts[at - 1][-1:].isdigit() and parts[at + 1][:1].isdigit())


def _words(normed: Normalized, start: int, grammar: Grammar
           ) -> tuple[list[tuple[str, ...]], list[tuple[int, int]], list[bool]]:
    """The readings of each word of a normalised sentence, its original span (`start`: the
    sentence's offset) and whether punctuation stands between it and the word before."""
    parts, words, boundary = _split(normed.text, grammar)
    if not normed.has_map:
        offsets = list(itertools.accumulate(map(len, parts), initial=start))
        return words, list(zip(offsets[1:-1:2], offsets[2:-1:2], strict=True)), boundary
    offsets = list(itertools.accumulate(map(len, parts), initial=0))
    local = itertools.starmap(normed.orig_span, zip(offsets[1:-1:2], offsets[2:-1:2],
                                                    strict=True))
    return words, [(start + s, start + e) for s, e in local], boundary


def _split(normalized: str, grammar: Grammar
           ) -> tuple[list[str], list[tuple[str, ...]], list[bool]]:
    """(what precedes each word, the word, ..., the tail; each word's readings; whether
    punctuation stands between each word and the one before) of a normalised text."""
    parts = _WORD_SPLIT.split(normalized)
    words = grammar.readings.of_words(parts[1::2])
    # punctuation is never inside a word: it stands in what precedes a word; most words
    # follow one space, which is no mark
    boundary = [before != " " and not _BOUNDARY_MARKS.isdisjoint(before)
                and not _inside_number(parts, 2 * k) and not _after_initial(parts, 2 * k)
                for k, before in enumerate(parts[0:-1:2])]
    return parts, words, boundary


def _after_initial(parts: list[str], k: int) -> bool:
    """A full stop after a one-letter word ("U.S. forces", "George W. Bush") marks an
    abbreviation or an initial, not the end of a clause."""
    return k >= 2 and parts[k].strip() == "." and len(parts[k - 1]) == 1 and (
        parts[k - 1].isalpha())


def _open_short_brackets(text: str, spans: list[tuple[int, int]], boundary: list[bool]
                         ) -> None:
    """"The Labour Office (ILO) said": brackets around one word (an acronym after a name)
    end no clause."""
    if len(spans) < 3 or text.find("(", spans[0][1], spans[-1][0]) < 0:
        return
    for k in range(1, len(spans) - 1):
        before = text[spans[k - 1][1]:spans[k][0]].strip()
        after = text[spans[k][1]:spans[k + 1][0]].strip()
        if before == "(" and after == ")":
            boundary[k] = boundary[k + 1] = False


MAX_SPELLED = 4  # words of an acronym spelled letter by letter ("إم إس 13")


def _open_spelled_acronyms(text: str, words: list[tuple[str, ...]],
                           spans: list[tuple[int, int]], boundary: list[bool],
                           letters: frozenset[str]) -> set[int]:
    """"مكتب التحقيقات الفيدرالي (إف بي آي) في الحادث", "حركة 23 مارس (إم 23)": brackets
    around an acronym spelled letter by letter (data: `spelled_letters`; a number may end
    it) end no clause, as brackets around one word do (`_open_short_brackets`), and their
    words are skipped as a name's are (returned: they are masked), as English skips a linked
    "(FBI)". A date, a sum or words in brackets are no acronym."""
    if not letters or len(spans) < 3 or text.find("(", spans[0][1], spans[-1][0]) < 0:
        return set()
    masked: set[int] = set()
    for k in range(1, len(spans)):
        if text[spans[k - 1][1]:spans[k][0]].strip() != "(":
            continue
        last = _spelled_end(text, words, spans, k, letters)
        if last is None:
            continue
        boundary[k] = False
        if last + 1 < len(spans) and text[spans[last][1]:spans[last + 1][0]].strip() == ")":
            boundary[last + 1] = False
        masked.update(range(k, last + 1))
    return masked


def _spelled_end(text: str, words: list[tuple[str, ...]], spans: list[tuple[int, int]],
                 k: int, letters: frozenset[str]) -> int | None:
    """The last word of the spelled acronym of two words or more that opens at word k and
    a closing bracket ends, or None."""
    for last in range(k, min(k + MAX_SPELLED, len(spans))):
        word = text[slice(*spans[last])]
        if letters.isdisjoint(words[last]) and not (last > k and word.isdigit()):
            return None
        after = text[spans[last][1]:spans[last + 1][0] if last + 1 < len(spans) else None]
        if after.lstrip().startswith(")"):
            return last if last > k else None
        if after.strip():
            return None
    return None


_COMMAS = frozenset("،,")
_MAX_ADJUNCT = 4


def _comma_before(text: str, spans: list[tuple[int, int]], k: int) -> bool:
    return text[spans[k - 1][1]:spans[k][0]].strip() in _COMMAS


def _opens_time(words: list[tuple[str, ...]], k: int, openers: frozenset[str]) -> bool:
    """A time word first or second ("يوم الاثنين", "بعد ظهر أمس")."""
    return bool(openers.intersection(words[k]) or (
        k + 1 < len(words) and openers.intersection(words[k + 1])))


def _open_time_adjuncts(text: str, words: list[tuple[str, ...]], spans: list[tuple[int, int]],
                        boundary: list[bool], openers: frozenset[str]) -> None:
    """"أعلنت فرنسا، يوم الاثنين، تأييدها لأوكرانيا": a short time adjunct between commas
    ends no clause; the verb keeps its subject and its object across it."""
    if not openers:
        return
    for k in range(1, len(spans) - 1):
        if not (boundary[k] and _comma_before(text, spans, k) and _opens_time(words, k, openers)):
            continue
        for m in range(k + 1, min(k + 1 + _MAX_ADJUNCT, len(spans))):
            if boundary[m]:
                if _comma_before(text, spans, m):
                    boundary[k] = boundary[m] = False
                break


def _window_words(normed: Normalized, lo: int, hi: int, end: int, grammar: Grammar
                  ) -> tuple[list[tuple[str, ...]], list[tuple[int, int]], list[bool]]:
    """`_words` of the sentence whose normalisation is normed.text[lo:hi] (`end`: its
    original end): the same words, spans and boundaries, read from the document's map."""
    parts, words, boundary = _split(normed.text[lo:hi], grammar)
    # in most sentences no character changed length: each original offset is shifted
    shift = normed.shift(lo, hi)
    if shift is not None and (not normed.has_map or hi + shift <= end):
        offsets = list(itertools.accumulate(map(len, parts), initial=lo + shift))
        return words, list(zip(offsets[1:-1:2], offsets[2:-1:2], strict=True)), boundary
    offsets = list(itertools.accumulate(map(len, parts), initial=lo))
    # a word's span takes the marks after it up to the sentence's end, not past it
    return words, normed.orig_spans(offsets[1:-1:2], offsets[2:-1:2], end), boundary


def _argument(view: SentenceView, text: str, mention, resolve) -> Arg | None:
    # the words the mention covers: spans are in text order, so bisect on their ends
    lo = bisect.bisect_right(view.ends, mention.start)
    hi = bisect.bisect_left(view.starts, mention.end, lo)
    covered = range(lo, hi)
    if not covered:
        return None
    resolved = resolve(mention.entity_id)
    if resolved is None:
        return None
    g = view.grammar
    entity, kind, person = resolved
    first, last = covered[0], covered[-1] + 1
    inside = text[view.spans[first][0]:mention.start]  # the word's letters before the name
    clitic = fold(inside) if inside else ""
    clitic += getattr(mention, "clitic", "") or _clitic_of_surface(g, mention.text)
    word_at = view.word_at
    word1, word2, word3 = word_at(first - 1), word_at(first - 2), word_at(first - 3)  # before it
    before = word1
    if before in g.articles:  # "between the EU and ...": the article does not govern
        before = word2
    if before in g.direction_adjectives and word2 in g.locative:
        before = word2  # "in central Paris", "in northern Iraq": the preposition governs it
    elif before in g.direction_adjectives and word2 in g.articles and word3 in g.locative:
        before = word3  # "in the occupied West Bank", "in the northern Gaza Strip"
    elif (before == word1 and word2 in g.prepositions and first - 1 not in view.masked
          and not g.region_nouns.isdisjoint(view.words[first - 1])):
        before = word2  # "في مقاطعة خاركيف": the preposition governs the region's name
    resolution = getattr(mention, "resolution", "")
    if _organ_by_name(mention, entity, kind, person):
        resolution = "organ"  # "the Justice Department", "the FBI": acts as its state's organ
    if (resolution == "adjective" and first - 1 not in view.masked
            and g.adjective_after_noun and before.isalpha() and word2 in g.between):
        before = word2  # "between the NOUN ADJ": a party of the pair
    if before in g.example_markers:  # "to states such as X": examples share their head's marking
        before = word3 if word3 in g.prepositions else (
            "gen" if first >= 2 and in_phrase(g, view.words[first - 2]) and word2 else "")
    agent = (word2, before) in g.agent_phrases or _by_instrument(view, first) or (
        word1 in g.fighter_nouns and (word3, word2) in g.agent_phrases)  # "على يد مسلحي X"
    if (word2, before) in g.distributive_phrases:
        # "مع كل من X": the preposition before the phrase governs the list (the phrase and
        # its list as a subject: event_nouns._distributive_words)
        before = word3 if word3 in g.prepositions else ""
    counterpart = before.startswith(g.counterpart_prefixes) if g.counterpart_prefixes else False
    genitive = before == "gen" or counterpart or (first > 0 and first - 1 not in view.masked
                                   and in_phrase(g, view.words[first - 1])
                                   and g.complementizers.isdisjoint(view.words[first - 1]))
    marked = (clitic in g.marking_clitics or before in g.prepositions or genitive) and not agent
    if marked and resolution == "organ" and not clitic and _reads_as(view, first - 2,
                                                                     g.seat_holders):
        marked = False  # "أعضاء في البرلمان X": the members act for the organ
    if marked and not clitic and _speaks_for(view, first):
        marked = False  # "رفض المتحدث باسم حركة X الخطة": X rejects it (en "X's spokesman")
    marker = before if before in g.prepositions else ("gen" if genitive else clitic)
    where = "" if marked or agent else (
        _place_apposition(view, first) or _locative_capital(view, first))
    if marker == "gen" and not agent:  # "بالعاصمة الكينية": the capital's own adjective
        where = _locative_capital(view, first)
    marked, marker = (True, where) if where else (marked, marker)
    if resolution == "adjective" and _reads_as(view, first - 1, g.indefinite_organs):
        resolution = "organ"  # "محكمة مغربية": a court of the state, not its people
    return Arg(entity, kind, first, last, mention.start, mention.end, person, marked,
               between=before in g.between, marker=marker if marked else "", agent=agent,
               coordinated=(clitic.startswith(g.continuing_prefixes) if g.continuing_prefixes
                            else False) or word1 in g.coordinators,
               resolution=resolution,
               capital=resolution == "metonym" or word1 in g.capital_words)


def _organ_by_name(mention, entity: str, kind: str, person: str | None) -> bool:
    """Whether the mention names an organisation the lexicon resolves to the state it is an
    organ of (`organ: true` with a `state`: a ministry, an agency, a prosecutor's office): it
    acts for its state as an organ noun of it does ("US prosecutors"), domestic acts
    included (ONTOLOGY "Actors in events")."""
    return kind == "state" and person is None and entity != mention.entity_id


def _locative_capital(view: SentenceView, first: int) -> str:
    """"في العاصمة القطرية الدوحة", "بالعاصمة القطرية الدوحة": a name after a capital word
    (its state's adjective, a name, between) that a locative preposition or proclitic
    governs says where, as "في الدوحة" does: that preposition or proclitic."""
    g = view.grammar
    k = first - 1
    while k > 0 and k in view.masked and first - k <= 2:
        k -= 1
    if k < 0 or g.capital_words.isdisjoint(view.words[k]):
        return ""
    joined = _locative_proclitic(g, view.word_at(k), g.capital_words)
    before = view.word_at(k - 1)
    return joined or (before if before in g.locative and before in g.prepositions else "")


def _locative_proclitic(g: Grammar, surface: str, forms: frozenset[str]) -> str:
    """"بالعاصمة" for "العاصمة": the locative proclitic joined to one of `forms` (forms with
    the article) in `surface`, else ''."""
    for clitic in g.article_clitics:
        governing = clitic[:-len(g.article)]
        if any(surface == clitic + form[len(g.article):] for form in forms
               if form.startswith(g.article)):
            return next((p for p in g.locative if governing.endswith(p)), "")
    return ""


def _place_apposition(view: SentenceView, first: int, reach: int = 4) -> str:
    """"across the Catatumbo region, Colombia": a name right after a comma that closes a
    place phrase (a locative preposition and a few words with no name) says where, like the
    preposition: that preposition, else ''."""
    if first == 0 or not view.boundary[first]:
        return ""
    for k in range(first - 1, max(first - 1 - reach, -1), -1):
        if any(a.last > k for a in view.args) or (k < first - 1 and view.boundary[k + 1]):
            return ""
        if view.word_at(k) in view.grammar.locative:
            # "In a statement, X said": a phrase that opens the sentence is fronted, and
            # the name after its comma is the subject, not a place it names
            return view.word_at(k) if k > 0 else ""
    return ""


class Described(NamedTuple):
    """The words around a name that make it a modifier of another name."""
    before: int          # words of the modifier before the name
    after: int           # ... after it
    participle: int = 0  # where its participle is, counted from the name: -2 two words
    #                      before its first ("المدعومين من X"), 1 after its last ("X-backed")


def describes_noun(g: Grammar, text: str, start: int, end: int,
                   names: Iterable[tuple[int, int]] = ()) -> Described:
    """How many words before and after the name at text[start:end] make it a modifier
    of another name, not an actor ((0, 0): it acts). A stance word before it ("pro-Russian
    protesters", "المحتجون المؤيدون لفلسطين") always does; a participle joined after it by a
    hyphen ("Iranian-backed Houthis"), or before it with its preposition ("الحوثيون
    المدعومون من إيران"), only when the noun it describes is itself one of the `names`
    (spans): "an alleged Russia-supported plan" still points at Russia."""
    cues = _modifier_cues(g, text, start, end)
    if cues.stance:
        return _STANCE_DESCRIBED
    if cues.placed:
        return _PLACED_DESCRIBED
    if cues.described_start is None and cues.participle is None:
        return _ACTS  # no participle: the other names do not matter
    spans = list(names)
    if cues.described_start is not None and any(s == cues.described_start for s, _ in spans):
        return _JOINED_DESCRIBED
    participle = cues.participle
    if participle is not None and any(_only_closing_marks(g, text[e:participle])
                                      for _, e in spans if e <= participle):
        return _PARTICIPLE_DESCRIBED
    return _ACTS


AGENCY_GENITIVES = 3  # words of an agency's name between its noun and its state's adjective
PARTICIPLE_PHRASE = 2  # a participle and its preposition before the name ("المدعوم من")
# `describes_noun`'s answers, built once (a NamedTuple is built by interpreted code)
_ACTS = Described(0, 0)
_STANCE_DESCRIBED = Described(1, 0)
_PLACED_DESCRIBED = Described(0, 1)
_JOINED_DESCRIBED = Described(0, 1, 1)
_PARTICIPLE_DESCRIBED = Described(PARTICIPLE_PHRASE, 0, -PARTICIPLE_PHRASE)


def _only_closing_marks(g: Grammar, between: str) -> bool:
    """Nothing but spaces, the quotes or the bracket that close a quoted or bracketed name,
    and a group's adjectives (data: `backed_epithets`) stand between a name and the
    participle that describes it ("حركة «إم 23» المدعومة من رواندا", "حركة 23 مارس (إم 23)
    المتمردة المدعومة من رواندا")."""
    words = fold(between.replace(")", " ")).translate(_CLOSING_MARKS).split()
    return all(not g.backed_epithets.isdisjoint(g.readings(w)) for w in words)


_CLOSING_MARKS = str.maketrans({mark: " " for mark in DOUBLE_QUOTES + '"'})


class _ModifierCues(NamedTuple):
    stance: bool                 # a stance word right before the name
    described_start: int | None  # where the noun a hyphened participle describes starts
    participle: int | None       # offset of a participle + preposition right before the name
    placed: bool = False         # a participle of place joined after it ("UK-based")


_NO_CUES = _ModifierCues(False, None, None)


@lru_cache(maxsize=20_000)  # a mention is judged by the extractor, its focal state and the scorer
def _modifier_cues(g: Grammar, text: str, start: int, end: int) -> _ModifierCues:
    """What the words around text[start:end] say, whatever the other names are."""
    # the last two words of the 80 characters before it, read from the shortest tail of
    # them that holds three words (its first may be cut): the same words, folded faster
    far = max(0, start - 80)
    # a proclitic inside the mention's first word is cut off (a word character is alphanumeric)
    cut = _without_last_word if text[start - 1:start].isalnum() else _unchanged
    for near in range(start - 24, far, -24):
        head = cut(text[near:start])
        folded = fold(head)
        words = _WORD.findall(folded)
        if len(words) > 2 and "\u0130" not in text[far:near]:  # İ: lower() lengthens it
            break
    else:
        head = cut(text[far:start])
        folded = fold(head)
        words = _WORD.findall(folded)
    before = [g.readings(w) for w in words[-2:]]
    if before and not g.stance_words.isdisjoint(before[-1]):
        return _ModifierCues(True, None, None)
    joined = _HYPHENED.match(text[end:end + 40]) if text.startswith("-", end) else None
    if joined and any(r in g.place_participles for r in g.readings(fold(joined.group(1)))):
        return _ModifierCues(False, None, None, placed=True)
    described_start = end + joined.end() if joined and any(
        r in g.modifier_participles for r in g.readings(fold(joined.group(1)))) else None
    participle = None
    if (len(before) == 2 and before[1][0] in g.modifier_markers
            and not g.modifier_participles.isdisjoint(before[0])):
        first = list(_WORD.finditer(folded))[-2]  # where the participle starts
        participle = start - len(head) + _orig_start(head, first.start())
    if described_start is None and participle is None:
        return _NO_CUES  # most names: one shared tuple, not a new one each
    return _ModifierCues(False, described_start, participle)


def _unchanged(text: str) -> str:
    return text


def _without_last_word(text: str) -> str:
    """The text without the letters it ends with (a word character is alphanumeric); a
    loop from the end, as a regex anchored at the end tries every start."""
    k = len(text)
    while k and text[k - 1].isalnum():
        k -= 1
    return text[:k]


def names_a_person(g: Grammar, text: str, start: int, end: int,
                   names: Iterable[tuple[int, int]] = ()) -> bool:
    """A place name that is part of a person's name ("President Santiago Peña", "minister
    Luís Montenegro", "rights chief Volker Türk"): right after a title word, or after one
    capitalised given name (no name of the lexicon) that follows a title word. Only for a
    language whose titles take their state with a preposition (`person_titles` is empty
    where "رئيس باراغواي" is the title and its state)."""
    if not g.person_titles:
        return False
    after_title, given_name = _person_cues(g, text, start)
    return after_title or (given_name is not None
                           and not any(s <= given_name < e for s, e in names))


@lru_cache(maxsize=20_000)
def _person_cues(g: Grammar, text: str, start: int) -> tuple[bool, int | None]:
    """Whether a title word stands right before `start`, and the offset of a capitalised
    given name between a title word and `start` (a person's name unless a name of the
    lexicon)."""
    lo = max(0, start - 60)
    window = text[lo:start]
    words = list(_NAME_WORD.finditer(window))[-2:]
    if not words or window[words[-1].end():].strip():
        return False, None
    if norm(words[-1].group()) in g.person_titles:
        return True, None
    if len(words) < 2 or window[words[0].end():words[1].start()].strip():
        return False, None
    given = words[1]
    if given.group()[:1].isupper() and norm(words[0].group()) in g.person_titles:
        return False, lo + given.start()
    return False, None


def _orig_start(head: str, norm_offset: int) -> int:
    return normalize(head).orig_span(norm_offset, norm_offset)[0]


def _speaks_for(view: SentenceView, first: int) -> bool:
    """"المتحدث باسم X", "الناطق الرسمي باسم X": a spokesperson noun (`spokesperson_nouns`)
    right before, or one word (its adjective) before, the link (`spokesperson_links`) right
    before the name: the name is who speaks, not a genitive or an object."""
    g = view.grammar
    if _acts_for(view, first, g.spokesperson_links, g.spokesperson_nouns):
        return True
    # "foreign ministers from A, B and C met", "وقّع ممثلون عن X اتفاقاً": those who act for
    # the name (`delegate_links`, per link) are its side, as a spokesperson is
    if not 0 < first <= len(view.words) or first - 1 in view.masked:
        return False
    delegates = (g.delegate_links.get(link) for link in view.words[first - 1])
    return any(_reads_as(view, first - 2, nouns) or _reads_as(view, first - 3, nouns)
               for nouns in delegates if nouns)


def _acts_for(view: SentenceView, first: int, links: frozenset[str],
              nouns: frozenset[str]) -> bool:
    """One of `nouns` right before, or one word (its adjective) before, one of `links`
    right before the name at word `first`."""
    if not links or not _reads_as(view, first - 1, links):
        return False
    return _reads_as(view, first - 2, nouns) or _reads_as(view, first - 3, nouns)


def _reads_as(view: SentenceView, i: int, vocab: frozenset[str]) -> bool:
    return 0 <= i < len(view.words) and i not in view.masked and any(
        r in vocab for r in view.words[i])


def _by_instrument(view: SentenceView, first: int) -> bool:
    """"قتل ... بنيران إسرائيلية", "بقصف الجيش الروسي": a name right after an instrument
    noun with its preposition proclitic is the doer of the act (a passive's agent)."""
    if first < 1 or first - 1 in view.masked:
        return False
    word = view.words[first - 1]
    return word[0][:1] in view.grammar.governing and any(
        r in view.grammar.instrument_nouns for r in word[1:])


# a nisba right after these is no description of them (a place's: see _without_modifiers)
_NOT_DESCRIBED_KINDS = frozenset({"state", "territory"}) | PLACE_KINDS


def _without_modifiers(args: list[Arg], after_noun: bool = True) -> list[Arg]:
    """"the company X, American": a nisba right after a non-state name describes it, not
    after a place ("في ولاية فلوريدا الأمريكية": the place says where, its state's nisba
    still stands for a doer no name gives, "هيئة محلفين ... في ولاية فلوريدا الأمريكية");
    where adjectives stand before their noun, one right before it does ("suspected Somali
    Islamic State militants": the group is named, its members' nationality is not a party)."""
    kept: list[Arg] = []
    for k, arg in enumerate(args):
        if (kept and arg.resolution == "adjective" and arg.first == kept[-1].last
                and kept[-1].kind not in _NOT_DESCRIBED_KINDS):
            _tie_company(kept[-1], arg)
            continue
        after = args[k + 1] if k + 1 < len(args) else None
        if (not after_noun and after is not None and arg.resolution == "adjective"
                and after.first == arg.last and after.kind not in ("state", "territory")):
            _tie_company(after, arg)
            continue
        kept.append(arg)
    return kept


def _tie_company(name: Arg, nationality: Arg) -> None:
    """"شركة X الأمريكية", "American oil company X": the text ties the company to the state
    of the nationality that describes it (`Arg.home`: whether the state it acts on is a
    foreign one); the company acts as itself, tied or not."""
    if name.kind == "company" and nationality.kind == "state":
        name.home = nationality.entity


# the kinds a descriptor noun and a nationality describe (an institution too: "Irish rap
# trio Kneecap", "فرقة الراب الأيرلندية «نيكاب»" name the band, Ireland is no party)
DESCRIBED_KINDS = frozenset({"organization", "institution", "armed_group", "company"})
MAX_DESCRIPTION = 4  # words between a nationality adjective and the name they describe


def _without_described_adjectives(view: SentenceView, text: str) -> list[Arg]:
    """"sanctions on Russian energy companies X and Y", "the Lebanese militant group X": a
    nationality adjective before a few words that end in a noun of the name's kind (data:
    `descriptor_nouns`) describes the name after them; its state is no party. Where
    adjectives follow their noun, the noun stands a few words before the adjective and the
    name a few words after it ("شركتي الطاقة الروسيتين الكبريين «X» و«Y»"). An apposition
    describes the name before it ("BP, a British oil company, ...": `_in_apposition`). An
    adjective that describes a name no argument gives stays: it still says where the company
    is ("sanctions on Serbian oil company X, of which Y holds a majority": Y invested in
    Serbia)."""
    g = view.grammar
    if not g.descriptor_nouns:
        return view.args
    function_words = g.prepositions | g.articles | g.coordinators | g.relatives
    kept: list[Arg] = []
    for k, arg in enumerate(view.args):
        after = view.args[k + 1] if k + 1 < len(view.args) else None
        if after is not None and arg.resolution == "adjective" and (
                after.kind in DESCRIBED_KINDS) and _described_name(
                view, arg, after, function_words):
            _tie_company(after, arg)
            continue
        if arg.resolution == "adjective" and arg.kind == "state" and _in_apposition(
                view, text, k, function_words):
            continue
        kept.append(arg)
    return kept


def _in_apposition(view: SentenceView, text: str, k: int,
                   function_words: frozenset[str]) -> bool:
    """"BP, a British oil company, signs ...", "Acme, an American firm.": the adjective
    (argument k) opens an apposition after a name, an article right after a comma, whose
    words end in a descriptor noun at the next mark; the name is an organisation's
    (`DESCRIBED_KINDS`: the company is tied to the state) or one the lexicon does not know
    (a capitalised word no argument gives). Where adjectives stand before their noun."""
    g = view.grammar
    adjective = view.args[k]
    a = adjective.first - 1
    if g.adjective_after_noun or a < 1 or not view.boundary[a] or g.apposition_articles.isdisjoint(
            view.words[a]) or text[view.ends[a - 1]:view.starts[a]].strip() != ",":
        return False
    end = adjective.last
    while end < len(view.words) and not view.boundary[end] and end - adjective.last < (
            MAX_DESCRIPTION):
        end += 1
    if end == adjective.last or not (end == len(view.words) or view.boundary[end]) or not (
            _description_words(view, adjective.last, end, function_words)):
        return False
    name = next((x for x in view.args if x.last == a), None)
    if name is None:
        return view.name_at(a - 1)
    if name.kind in DESCRIBED_KINDS:
        _tie_company(name, adjective)
        return True
    return False


def _described_name(view: SentenceView, adjective: Arg, name: Arg,
                    function_words: frozenset[str]) -> bool:
    """The adjective is part of the description of the name after it."""
    if not view.grammar.adjective_after_noun:
        return _describes_name(view, adjective.last, name.first, function_words)
    if not _plain_words(view, adjective.last, name.first, function_words):
        return False
    heads = range(max(0, adjective.first - MAX_DESCRIPTION), adjective.first)
    return any(not view.grammar.descriptor_nouns.isdisjoint(view.words[h])
               and _plain_words(view, h + 1, adjective.first, function_words) for h in heads)


# what may stand between a descriptor noun and a name or nationality it describes, besides
# words: spaces and the quotes and brackets around a name ("بنك «X» الأسترالي")
_DESCRIPTION_GAP = re.compile(r"[\s«»\"“”„'()]*")
_DESCRIPTION_WORD = re.compile(r"[^\W_][\w'-]*")


def describes_a_name(g: Grammar, text: str, start: int, end: int,
                     names: Iterable[tuple[int, int]] = ()) -> bool:
    """The nationality adjective at text[start:end] describes a name by a descriptor noun
    (`descriptor_nouns`), whatever names the lexicon knows: "American video game company
    Electronic Arts" (a few lower-case words after it, the last a descriptor, then a
    capitalised word); "بنك «X» الأسترالي", "شركة ألعاب الفيديو الأمريكية «X»", "شركة X
    اليابانية" (a descriptor a few words before it, no punctuation between, and a quoted name
    or one of `names` (spans) between them or a quoted name right after it: "شركات فنزويلية"
    names no company, its state stays). The document's focal state is not one only such
    adjectives name."""
    if not g.descriptor_nouns:
        return False
    if not g.adjective_after_noun:
        return _descriptor_after(g, text, end) or (
            _opens_apposition(g, text, start) and _descriptor_after(g, text, end, True))
    descriptor = _descriptor_before(g, text, start)
    if descriptor is None:
        return False
    return (not _QUOTES.isdisjoint(text[descriptor:start])
            or text[end:end + 3].lstrip()[:1] in _QUOTES
            or any(descriptor <= s and e <= start for s, e in names))


_QUOTES = frozenset("«»\"“”„")


_APPOSITION = re.compile(r"[^\W_][\w.'’-]*,\s+([^\W_]+)\s+$")
_APPOSITION_ENDS = frozenset(",.;:")


def _opens_apposition(g: Grammar, text: str, start: int) -> bool:
    """An article (`apposition_articles`) right after a comma after a capitalised word
    stands right before `start` ("BP, a British oil company, ...")."""
    if not g.apposition_articles:
        return False
    found = _APPOSITION.search(text, max(0, start - 60), start)
    return found is not None and text[found.start()].isupper() and norm(
        found.group(1)) in g.apposition_articles


def _descriptor_after(g: Grammar, text: str, end: int, closing: bool = False) -> bool:
    """A few lower-case words that are no function words follow `end` (a coordinator
    between two of them: "oil and gas"), the last a descriptor noun, then a capitalised word
    ("American video game company Electronic Arts", "British oil and gas company BP"), or
    with `closing` a mark that ends an apposition ("BP, a British oil company, ...")."""
    at = end
    joined = True  # a coordinator may stand only between two words of the description
    for _ in range(MAX_DESCRIPTION):
        gap = _DESCRIPTION_GAP.match(text, at)
        word = _DESCRIPTION_WORD.match(text, gap.end()) if gap and " " in gap.group() else None
        if word is None or not word.group().islower():
            return False
        readings = g.readings(fold(word.group()))
        if not _function_words(g).isdisjoint(readings):
            if joined or g.coordinators.isdisjoint(readings):
                return False
            joined, at = True, word.end()
            continue
        joined = False
        if not g.descriptor_nouns.isdisjoint(readings):
            if closing:
                return text[word.end():word.end() + 1] in _APPOSITION_ENDS
            follows = _DESCRIPTION_GAP.match(text, word.end())
            return follows is not None and " " in follows.group() and text[
                follows.end():follows.end() + 1].isupper()
        at = word.end()
    return False


def _descriptor_before(g: Grammar, text: str, start: int) -> int | None:
    """Where the descriptor noun a few words before `start` ends, if one stands there with
    no punctuation nor function word between."""
    lo = max(0, start - 80)
    window = text[lo:start]
    words = list(_DESCRIPTION_WORD.finditer(window))[-MAX_DESCRIPTION:]
    function_words = _function_words(g)
    for k in range(len(words) - 1, -1, -1):
        after = words[k + 1].start() if k + 1 < len(words) else len(window)
        readings = g.readings(fold(words[k].group()))
        if _DESCRIPTION_GAP.fullmatch(window, words[k].end(), after) is None or (
                not function_words.isdisjoint(readings)):
            return None  # "مجموعة من الجنود الأمريكيين": the soldiers, no name
        if not g.descriptor_nouns.isdisjoint(readings):
            return lo + words[k].end()
    return None


@lru_cache(maxsize=8)
def _function_words(g: Grammar) -> frozenset[str]:
    return g.prepositions | g.articles | g.coordinators | g.relatives


def _plain_words(view: SentenceView, start: int, end: int,
                 function_words: frozenset[str]) -> bool:
    """The words from `start` to `end` (at most MAX_DESCRIPTION) hold no function word, and
    no punctuation stands before any of them nor before the word at `end`."""
    if end - start > MAX_DESCRIPTION or any(view.boundary[k] for k in range(start, end + 1)):
        return False
    return all(k not in view.masked and function_words.isdisjoint(view.words[k])
               for k in range(start, end))


def _describes_name(view: SentenceView, start: int, end: int,
                    function_words: frozenset[str]) -> bool:
    """The words from `start` to `end` (a name) are a description of it: no punctuation, no
    function word, the last a descriptor noun."""
    if not 0 < end - start <= MAX_DESCRIPTION or any(
            view.boundary[k] for k in range(start, end + 1)):
        return False
    return _description_words(view, start, end, function_words)


def _description_words(view: SentenceView, start: int, end: int,
                       function_words: frozenset[str]) -> bool:
    """The words from `start` to `end` hold no name and no function word but a coordinator
    between two of them ("oil and gas company"), the last a descriptor noun."""
    coordinators = view.grammar.coordinators
    for k in range(start, end):
        if k in view.masked:
            return False
        if not function_words.isdisjoint(view.words[k]) and not (
                start < k < end - 1 and not coordinators.isdisjoint(view.words[k])
                and function_words.isdisjoint(view.words[k - 1])
                and function_words.isdisjoint(view.words[k + 1])):
            return False  # "oil and gas company X": a coordinator between two of its words
    return not view.grammar.descriptor_nouns.isdisjoint(view.words[end - 1])


@lru_cache(maxsize=20_000)  # a pure function of a name's surface
def _clitic_of_surface(g: Grammar, surface: str) -> str:
    """The proclitic a linked surface starts with when the linker did not say ("للامم")."""
    folded = fold(surface)
    return next((c for c in g.article_clitics if folded.startswith(c)), "")


def in_phrase(g: Grammar, word: tuple[str, ...]) -> bool:
    """A noun with a governing proclitic ("باستقلال"): a name right after it is its genitive;
    not a verb that begins with the proclitic's letter ("بدأت X": X is its subject)."""
    return (len(word) > 1 and word[0][:1] in g.governing
            and not (g.article and word[0].startswith(g.article))
            and word[0] not in g.governing_lookalikes)


@lru_cache(maxsize=64)
def _anaphora_forms(g: Grammar, focal_nouns: frozenset[str]) -> frozenset[str]:
    """Every form a pronoun or noun standing for a name may take (any of the kinds below)."""
    return frozenset(g.focal_pronouns) | frozenset(g.org_anaphora) | g.dual_anaphora | focal_nouns


def _words_among(view: SentenceView, forms: frozenset[str]) -> list[int]:
    """The words outside names with a reading among `forms`."""
    if not view.names_any(forms):
        return []
    return [i for i, word in enumerate(view.words)
            if not forms.isdisjoint(word) and i not in view.masked]


def _focal_pronouns(view: SentenceView, focal: str, anaphora: list[int]) -> list[Arg]:
    """`anaphora`: the words that may be one (`_words_among`)."""
    found = []
    pronouns = view.grammar.focal_pronouns
    for i in anaphora:
        word = view.words[i]
        if pronouns.keys().isdisjoint(word):
            continue
        form = next(f for f in word if f in pronouns)
        s, e = view.spans[i]
        found.append(Arg(focal, "state", i, i + 1, s, e, marked=pronouns[form]))
    return found


def _org_anaphora(view: SentenceView, org_for, anaphora: list[int]) -> list[Arg]:
    """"المنظمة", "المؤتمر", "إليها": an organisation named before stands for them.

    `org_for(head)` gives the latest organisation whose name has the head noun.
    """
    found = []
    g = view.grammar
    governing = g.governing + g.pronoun_prepositions
    for i in anaphora:
        word = view.words[i]
        if g.org_anaphora.keys().isdisjoint(word):
            continue
        head = next((g.org_anaphora[f] for f in word if f in g.org_anaphora), None)
        org = org_for(head) if head is not None else None
        if org:
            s, e = view.spans[i]
            # "مع الوكالة": a preposition before it governs it as it does a name
            before = view.word_at(i - 1) if i - 1 not in view.masked else ""
            preposition = before in g.prepositions
            marked = (bool(governing) and word[0].startswith(governing)) or preposition
            found.append(Arg(org, "organization", i, i + 1, s, e, marked=marked,
                             marker=before if preposition else ""))
    return found


def _dual_anaphora(view: SentenceView, pair: tuple[str, str] | None,
                   anaphora: list[int]) -> list[Arg]:
    """The two states just named: earlier in this sentence, else in the ones before."""
    found = []
    g = view.grammar
    for i in anaphora:
        word = view.words[i]
        if g.dual_anaphora.isdisjoint(word):
            continue
        named = list(dict.fromkeys(a.entity for a in view.args if a.kind == "state"
                                   and a.last <= i and a.resolution and not _says_where(view, a)))
        pair = (named[-2], named[-1]) if len(named) >= 2 else pair
        if pair is not None:
            found += pair_args(view, i, i + 1, pair)
    return found


def _says_where(view: SentenceView, arg: Arg) -> bool:
    """"في مدينة أستانا الكازاخستانية": the state adjective of a town (named, or unknown
    after a town noun) says where the two met; it is not one of them. Nor is a state named
    after a venue preposition ("في نيروبي", "in Nairobi"), nor the adjective of the one
    noun it governs ("في العاصمة السعودية", "in the Saudi capital"): "officials of A and B
    held, in the capital of C, the first talks between the two countries"."""
    venue = view.grammar.venue_markers
    if arg.marker in venue:
        return True
    if arg.resolution != "adjective":
        return False
    return _reads_as(view, arg.first - 2, view.grammar.town_nouns) or _reads_as(
        view, arg.first - 2, venue) or any(
        a.last == arg.first and a.kind in PLACE_KINDS for a in view.args)


def pair_args(view: SentenceView, first: int, last: int, pair: tuple[str, str],
              resolution: str = "", kind: str = "state") -> list[Arg]:
    """The two states (or actors of `kind`) a dual noun or phrase at words [first, last)
    stands for: one argument each, the second coordinated with the first."""
    g = view.grammar
    s, e = view.spans[first][0], view.spans[last - 1][1]
    before = view.word_at(first - 1)
    marked = (bool(g.governing) and view.words[first][0].startswith(g.governing)) or (
        before in g.prepositions)
    return [Arg(pair[0], kind, first, last, s, e, marked=marked,
                between=before in g.between, resolution=resolution),
            Arg(pair[1], kind, first, last, s, e, marked=marked, coordinated=True,
                resolution=resolution)]


def _focal_nouns(view: SentenceView, focal: str, nouns: frozenset[str],
                 anaphora: list[int]) -> list[Arg]:
    """"البلد", "البلاد": the country the article is about."""
    found = []
    for i in anaphora:
        word = view.words[i]
        if not nouns.isdisjoint(word):
            s, e = view.spans[i]
            marked = word[0] not in nouns or view.word_at(i - 1) in view.grammar.prepositions
            found.append(Arg(focal, "state", i, i + 1, s, e, marked=marked, resolution="anaphora"))
    return found


def _listed(view: SentenceView, start: int, end: int) -> bool:
    """"A, the B, and C": one or two words of a list between two names (an article, a
    coordinator), after a comma or with a coordinator."""
    if not 1 <= end - start <= 2:
        return False
    g = view.grammar
    words = [view.word_at(k) for k in range(start, end)]
    if not all(w in g.coordinators or w in g.articles for w in words):
        return False
    return view.boundary[start] or any(w in g.coordinators for w in words)


SOURCE_REACH = 4  # words between a source phrase and the name of the source, at most
OPENING_WORDS = 2  # words ("the", a title) between a fronted phrase's comma and a name
RESIDENT_PREMODIFIERS = 3  # "the main opposition groups in X": words before the group noun


def _resident_groups(view: SentenceView) -> None:
    """"Rebels in Mali rejected ...", "opposition groups in Zimbabwe demand ...": a group noun
    (data: `resident_groups`) that opens its clause with no name of its own is that state's
    people, as "Malian rebels" is; the state after its locative preposition is the clause's
    subject, not where the act happened, so it is no longer read as marked."""
    g = view.grammar
    if not g.resident_groups:
        return
    for arg in view.args:
        if arg.implicit or arg.kind != "state" or arg.marker not in g.locative:
            continue
        k = arg.first - 1
        while k > 0 and view.word_at(k) in g.articles:
            k -= 1
        noun = k - 1
        if view.word_at(k) not in g.locative or noun < 0 or not (
                g.resident_groups.intersection(view.words[noun])):
            continue
        opening = noun
        while opening > 0 and not view.boundary[opening]:
            opening -= 1
        if noun - opening <= RESIDENT_PREMODIFIERS and not view.masked.intersection(
                range(opening, noun + 1)):
            arg.marked, arg.marker = False, ""


def _affiliated_members(view: SentenceView) -> None:
    """"Militants belonging to X stormed ...", "اعتقلت الشرطة تسعة يُشتبه في انتمائهم إلى X":
    people said to belong to a group (a word of `affiliation_words` after their noun, the
    words of `affiliation_hedges` between) act or are acted on as that group, as "X
    militants" are: X, after its preposition, stands unmarked where the belonging begins."""
    g = view.grammar
    if not g.affiliation_words:
        return
    for arg in view.args:
        link = _affiliation_start(view, arg) if arg.marked and not arg.agent else None
        if link is not None:
            view.masked.update(range(link, arg.first))
            arg.first, arg.marked, arg.marker = link, False, ""


def _affiliation_start(view: SentenceView, arg: Arg) -> int | None:
    """Where the belonging that governs `arg` begins (its hedges with it), when a word that
    is no name stands right before it in the same clause (the people who belong: no list
    holds them all, "انتحاري", "تسعة", "gunmen"); else None."""
    g = view.grammar
    k = arg.first - 1
    while k > 0 and view.word_at(k) in g.articles:
        k -= 1
    if view.word_at(k) in g.prepositions:
        k -= 1
    if k <= 0 or g.affiliation_words.isdisjoint(view.words[k]):
        return None
    while k > 1 and not g.affiliation_hedges.isdisjoint(view.words[k - 1]):
        k -= 1
    if k - 1 in view.masked or any(view.boundary[i] for i in range(k, arg.first + 1)):
        return None
    if _reads_as(view, k - 1, g.continuing_words):
        return None  # "كما تنتمي إلى X": a verb that goes on with the subject carried over
    return k


def _without_sources(view: SentenceView) -> None:
    """"According to CNN, X urged Y ...": the source of a report is no actor of what it
    reports. Taken out before the lists are read: the name after its comma is the report's
    subject, not a member of a list with the source (which would share its "to")."""
    if view.names_any(_source_phrase_lasts(view.grammar.source_phrases)):  # most: none
        view.args = [a for a in view.args if not _source_of(view, a)]


def _without_partitive_groups(view: SentenceView,
                              group_size: Callable[[str], int] | None = None) -> None:
    """"Germany and several other NATO allies lifted ...": a group's members picked out by a
    partitive quantifier are some of them, unnamed; expanded, the group would name them all.
    Such a mention is no actor (the names listed with it are). So is one a count smaller
    than the group picks out ("two EU member states", "دول الخليج الثلاث"); a count of all
    its members ("the six GCC states", "the 27 EU member states", "جمهوريات آسيا الوسطى
    الخمس") names them all, as the group does."""
    if view.grammar.partitive_quantifiers:
        size = group_size or _no_size
        view.partitives = [a for a in view.args if _partitive_group(view, a, size)]
        view.args = [a for a in view.args if a not in view.partitives]


def _no_size(group_id: str) -> int:
    return 0


def _without_postings(view: SentenceView) -> None:
    """"أدان مندوب مصر لدى الأمم المتحدة ...", "X's ambassador to the UN said": the body or
    state an envoy is posted to (`posting_links`: the link, and the envoy nouns that may stand
    a few words before it, the sender's name between) is where the envoy serves, no actor
    of what the envoy does."""
    links = view.grammar.posting_links
    if links and view.names_any(frozenset(links)):
        view.args = [a for a in view.args if not _posted_to(view, a)]


_POSTING_REACH = 5  # words from an envoy noun to the link: "سفير جمهورية مصر العربية لدى"


def _posted_to(view: SentenceView, arg: Arg) -> bool:
    """The argument is governed by a posting link with an envoy noun of that link a few
    words before it in its clause, not owned by a possessive pronoun ("its ambassador to
    X": the envoy of the actor named before, the post what it acts on)."""
    nouns = view.grammar.posting_links.get(arg.marker)
    if not nouns or arg.implicit:
        return False
    link = arg.first - 1
    while link > 0 and view.word_at(link) in view.grammar.articles:
        link -= 1
    for k in range(link - 1, max(link - 1 - _POSTING_REACH, -1), -1):
        if not nouns.isdisjoint(view.words[k]):
            # "Egypt recalled its ambassador to Israel": an envoy its owner does something
            # to, whose post is what it is done about
            return view.word_at(k - 1) not in view.grammar.possessive_pronouns
        if view.boundary[k]:
            return False
    return False


def _without_document_places(view: SentenceView) -> None:
    """"withdraw from the Ottawa Treaty", "the Istanbul Convention", "نظام روما الأساسي",
    "اتفاقية إسطنبول": a city or a capital standing for its state that names a document
    (data: `document_nouns`; right before the noun in English, right after it where
    adjectives follow their noun) says neither who acts nor where: it is no actor."""
    g = view.grammar
    if g.document_nouns and view.names_any(g.document_nouns):
        view.args = [a for a in view.args if not _document_place(view, a)]


def described_word(view: SentenceView, adjective: Arg) -> int:
    """The word a nationality adjective (or a name used as one) describes: the one after it
    ("a French national"), or before it where adjectives follow their noun ("مواطن فرنسي")."""
    return adjective.first - 1 if view.grammar.adjective_after_noun else adjective.last


def _document_place(view: SentenceView, arg: Arg) -> bool:
    """The argument is a city, or a capital standing for its state, joined to a noun of
    `document_nouns`: the word after it (English), the word before it (Arabic)."""
    if arg.implicit or not (arg.capital or arg.kind in ("city", "place")):
        return False
    k = described_word(view, arg)
    return 0 <= k < len(view.words) and not view.boundary[max(k, arg.first)] and (
        not view.grammar.document_nouns.isdisjoint(view.words[k]))


def _partitive_group(view: SentenceView, arg: Arg, group_size: Callable[[str], int]) -> bool:
    """The group mention `arg` is counted short of the group's members (`_group_count`), or
    comes right after a partitive quantifier, with only the skip words ("other", "of the")
    between, in its clause."""
    g = view.grammar
    if arg.resolution != "members" or arg.implicit:
        return False
    count = _group_count(view, arg)
    size = group_size(arg.entity) if count is not None else 0
    if count is not None and count <= size:  # more than it has counts no members: a year
        return count < size
    k = _before_skips(view, arg)
    return k >= 0 and not view.boundary[k + 1] and view.word_at(k) in g.partitive_quantifiers


def _before_skips(view: SentenceView, arg: Arg) -> int:
    """The last word before `arg` and the partitive skip words before it, in its clause."""
    k = arg.first - 1
    while k >= 0 and not view.boundary[k + 1] and view.word_at(k) in view.grammar.partitive_skips:
        k -= 1
    return k


def _group_count(view: SentenceView, arg: Arg) -> int | None:
    """The count of a group mention: number words or digits right before it (the partitive
    skip words between: "the 27 EU member states", "two of the Gulf states", "ثلاث من دول
    الخليج") or, where adjectives follow their noun, a count with the article right after it
    ("دول الخليج الست"); None when there is none. A day's number after its month ("on March
    12 EU states ...") and a weekday ("الاثنين": Monday) are no count."""
    g = view.grammar
    last = _before_skips(view, arg)
    first = last + 1
    while first > 0 and not view.boundary[first] and _count_word(view, first - 1):
        first -= 1
    if first <= last and g.calendar_names.isdisjoint(view.words[first - 1] if first else ()):
        return _count_value(view.words[first:last + 1])
    after = arg.last
    if (g.adjective_after_noun and g.article and after < len(view.words)
            and not view.boundary[after] and view.word_at(after).startswith(g.article)
            and _count_word(view, after)):
        return _count_value([view.words[after][1:]])  # its readings past the article
    return None


def _count_word(view: SentenceView, k: int) -> bool:
    return view.grammar.calendar_names.isdisjoint(view.words[k]) and any(
        is_count_word(w) for w in view.words[k])


def _count_value(words: list[tuple[str, ...]]) -> int | None:
    """The number the readings of consecutive count words spell ("twenty seven", "27")."""
    for reading in words[0]:
        if reading.isdigit() and len(words) == 1:
            return int(reading)
    return parse_number_words(" ".join(next((r for r in w if is_count_word(r)), w[0])
                                       for w in words))


def _source_of(view: SentenceView, arg: Arg) -> bool:
    """"According to CNN, X pressured Y", "..., according to the Israeli army": a name right
    after a phrase that gives the sentence's source (data: `source_phrases`), with at most
    the few words of its description between and no boundary, is that source."""
    if arg.implicit:
        return False
    by_last = _source_phrases_by_last(view.grammar.source_phrases)
    words = view.words
    for end in range(arg.first, max(0, arg.first - SOURCE_REACH) - 1, -1):
        if view.boundary[end]:
            break
        # a phrase ending at word end - 1 (only those of its last word are tried)
        for form in words[end - 1]:
            for phrase in by_last.get(form, ()):
                n = len(phrase)
                if n - 1 <= end and all(phrase[t] in words[end - n + t] for t in range(n - 1)):
                    return True
    return False


@lru_cache(maxsize=8)
def _source_phrase_lasts(phrases: frozenset[tuple[str, ...]]) -> frozenset[str]:
    """The last words of the source phrases: a sentence that reads none holds no phrase."""
    return frozenset(_source_phrases_by_last(phrases))


@lru_cache(maxsize=8)
def _source_phrases_by_last(
        phrases: frozenset[tuple[str, ...]]) -> dict[str, list[tuple[str, ...]]]:
    """The source phrases by their last word: the words of a sentence look them up."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        index.setdefault(phrase[-1], []).append(phrase)
    return index


def _closing_commas(view: SentenceView) -> set[int]:
    """The names after a comma that closes a list a coordinator word ended ("between A and
    B, C signed": C opens the clause), unless a coordinator joins a later name of its run
    ("A and B, C, D and E" is one list). A coordinator that is a proclitic ("مع A وB، C")
    is no word before a name, so such a list goes on. The comma that ends a fronted phrase
    closes its list too ("After talks with X, Y said"), unless the names after it run on to
    a comma of their own ("with A, B and C, D said", "In Kyiv, Ukraine, ...")."""
    args = view.args
    closing = {args[i].first for i in range(1, len(args))
               if _by_comma(view, args[i - 1], args[i]) and _by_word(view, args[i - 1])
               and not _word_joined_later(view, i)}
    if view.fronted_end is not None:
        closing.add(view.fronted_end)  # "with X, (the) Y said": the comma before Y's words
    return closing


# module functions, not closures: a compiled closure and its environment refer to each
# other, which left every sentence's view to the garbage collector
def _by_word(view: SentenceView, arg: Arg) -> bool:
    return view.word_at(arg.first - 1) in view.grammar.coordinators


def _by_comma(view: SentenceView, prev: Arg, arg: Arg) -> bool:
    return arg.first == prev.last and view.boundary[arg.first]


def _word_joined_later(view: SentenceView, i: int) -> bool:
    for prev, arg in pairwise(view.args[i:]):
        if _by_word(view, arg) and arg.first == prev.last + 1:
            return True
        if not _by_comma(view, prev, arg):
            return False
    return False


def fronted_phrase_end(view: SentenceView) -> int | None:
    """"After talks with X, Y condemned Z", "Despite the war between A and B, C and D
    agreed": a sentence that opens with a fronted phrase (its first word one of
    `fronting_openers`) ends it at its first comma; the word after it, where a name starts,
    opens the main clause. A phrase opened by a preposition holds no clause: a verb beside a
    name before the comma ("في تطور جديد أعلنت إيران ...،", "On Monday Iran said ..., adding")
    is the main clause's, and the sentence has no fronted phrase. Read once per sentence
    (`SentenceView.fronted_end`)."""
    g = view.grammar
    if not g.fronting_openers or not view.words or g.fronting_openers.isdisjoint(view.words[0]):
        return None
    prepositional = not g.prepositions.isdisjoint(view.words[0])
    for k in range(1, len(view.words)):
        if not view.boundary[k] or view.word_at(k) in g.coordinators:
            continue  # ", and C": a list's last member after its comma
        opening = next((a.first for a in view.args if k <= a.first <= k + OPENING_WORDS), None)
        if opening is None or not run_ends_at_comma(view, opening):
            # not a comma inside the phrase's list ("between A, B, and C, D said")
            return None if prepositional and _clause_before(view, k) else k
    return None


def _clause_before(view: SentenceView, k: int) -> bool:
    """A clause's verb stands beside a name (its subject, before or after it) before word k."""
    verbs = clause_verbs(view.grammar)
    named_ends = {a.last for a in view.args if a.last <= k}
    named_starts = {a.first for a in view.args if a.first < k}
    return any(view.word_at(i) in verbs and (i in named_ends or i + 1 in named_starts)
               for i in range(1, k))


@lru_cache(maxsize=8)
def predicate_verbs(code: str) -> frozenset[str]:
    """The speech verbs and the finite verbs of the frames of a language: a word in one is
    a clause's own predicate."""
    return norm_set(language(code).grammar.words("speech_verbs")) | finite_forms(code)


@lru_cache(maxsize=8)
def clause_verbs(g: Grammar) -> frozenset[str]:
    """The words that are a clause's verb: auxiliaries and `predicate_verbs`."""
    return g.perfect_auxiliaries | predicate_verbs(g.code)


def run_ends_at_comma(view: SentenceView, first: int) -> bool:
    """The names from word `first` on, joined by commas and coordinators, end at a comma or
    at the sentence's end: they continue the phrase's list ("with A, B and C, D said") or
    place it ("In Kyiv, Ukraine, ..."), not a subject, which a predicate follows."""
    coordinators, end, by_word = view.grammar.coordinators, first, False
    for arg in view.args:
        if arg.last <= end:
            continue
        if arg.first == end and not by_word and (end == first or view.boundary[end]):
            # the first name, or one after a comma
            end = arg.last
        elif arg.first > end > first and all(view.word_at(k) in coordinators
                                             for k in range(end, arg.first)):
            end, by_word = arg.last, True
        else:  # a predicate, or a comma after the coordinated name that ends the list
            break
    return end > first and (end >= len(view.words) or view.boundary[end])


def _possessive_pair(view: SentenceView, end: int, first: int, last: int) -> bool:
    """"France's and Germany's leaders": the possessive ending of the name before and a
    coordinator are all that stand between two owners of one noun, a list; the second
    name (ending at word `last`) owns it too ("the raid was Bolivia's and Peru ...": no
    list)."""
    g = view.grammar
    markers = g.possessive_markers
    return first - end == 2 and view.word_at(end) in markers and (
        view.word_at(end + 1) in g.coordinators) and view.word_at(last) in markers


SUBJECT_REACH = 3  # words from a name to its own verb: "Kyiv's mayor said"


def _new_subject(view: SentenceView, prev: Arg, first: int, arg: Arg) -> bool:
    """"Russia strikes Kharkiv, Odesa, and the United States condemns the attack", "...
    hands the hostages to the Red Cross, and Israel releases ...": a name after a comma and
    a coordinator (`_after_comma`) with a verb of its own (`_own_verb`) is a new clause's
    subject, no item of the list before it, where a verb before that list governs it. A list
    that is the subject ("France, Germany, and the United Kingdom condemn ...") has no verb
    before it and keeps its names."""
    if _after_comma(view, prev.last, first) is None or not _own_verb(view, arg):
        return False
    verbs = clause_verbs(view.grammar)
    head = prev.list_head if prev.coordinated and prev.list_head >= 0 else prev.first
    return any(not verbs.isdisjoint(view.words[i]) and not _noun_use(view, i)
               for i in range(view.clause_start(head), head))


def _noun_use(view: SentenceView, i: int) -> bool:
    """Word i follows an article or a state's adjective: a noun ("Russian strikes on A, B,
    and C killed ...": the list is no verb's object)."""
    return view.word_at(i - 1) in view.grammar.articles or any(
        a.last == i and a.resolution == "adjective" for a in view.args)


def _after_comma(view: SentenceView, end: int, first: int) -> int | None:
    """The comma (the word after it) that a name at word `first` follows, a coordinator
    between (a word, the article after it, or a continuing proclitic on the name: "،
    والولايات المتحدة"); None when other words stand there, or no comma."""
    g = view.grammar
    if first < end or first >= len(view.words):
        return None
    if end == first:
        return first if view.boundary[first] and bool(g.continuing_prefixes) and (
            view.word_at(first).startswith(g.continuing_prefixes)) else None
    words = [view.word_at(k) for k in range(end, first)]
    if view.boundary[end] and words[0] in g.coordinators and all(
            w in g.articles for w in words[1:]):
        return end
    return None


def _own_verb(view: SentenceView, arg: Arg) -> bool:
    """A finite verb (`clause_verbs`) a few words after the name, before any boundary,
    other name, preposition or coordinator: the name is its subject ("the United States
    condemns", "Kyiv's mayor said")."""
    g = view.grammar
    verbs, stops = clause_verbs(g), _subject_stops(g)
    for k in range(arg.last, min(arg.last + SUBJECT_REACH, len(view.words))):
        if view.boundary[k] or k in view.masked or view.word_at(k) in stops:
            return False
        if not verbs.isdisjoint(view.words[k]):
            return True
    return False


@lru_cache(maxsize=8)
def _subject_stops(g: Grammar) -> frozenset[str]:
    """The words that end the reach of a name's own verb (`_own_verb`): prepositions and
    coordinators."""
    return g.prepositions | g.coordinators


def subject_after_comma(view: SentenceView, first: int, end: int) -> int | None:
    """The comma (the word after it) before the first name in words [first, end) that no
    list holds and that opens a new clause as its subject after a coordinator ("..., and
    the United States condemns"): what stands before it is no later than that clause."""
    for arg in view.args:
        if first <= arg.first < end and not arg.coordinated and _own_verb(view, arg):
            k = arg.first
            while k > first and view.word_at(k - 1) in view.grammar.articles:
                k -= 1
            if k > first and view.word_at(k - 1) in view.grammar.coordinators:
                k -= 1
            comma = _after_comma(view, k, arg.first)
            if comma is not None and comma > first:
                return comma
    return None


def _coordinate(view: SentenceView) -> None:
    """A list's later members share the marking of its first ("مع A وB، C")."""
    args, g = view.args, view.grammar
    closing = _closing_commas(view)
    for prev, arg in pairwise(args):
        # "A and the Rwandan-backed B": the words of a name that only describes B
        # (`describes_noun`) stand where B does
        first = arg.first
        while first - 1 >= prev.last and first - 1 in view.modifiers:
            first -= 1
        gap = first - prev.last
        examples = 1 < gap <= 4 and all(view.word_at(k) in g.list_inclusion
                                        for k in range(prev.last, first))
        joined = (gap == 0 and view.boundary[first] and first not in closing) or (
            gap == 1 and view.word_at(prev.last) in g.coordinators) or examples or (
            _possessive_pair(view, prev.last, first, arg.last))
        joined = joined or (gap <= 1 and arg.coordinated) or (
            _listed(view, prev.last, first) and prev.last not in closing) or (
            # "between the Democratic Republic of the Congo (DRC) and X": the name restated
            # right after itself (its short brackets opened) stands in its list, as it does
            gap == 0 and arg.entity == prev.entity and not view.boundary[first])
        joined = joined and not _new_subject(view, prev, first, arg)
        if gap < 0 and arg.coordinated:  # the second state of a dual noun
            continue
        if joined and gap >= 0:
            arg.coordinated = True
            # "..., including X": examples of a noun, not a list with the name before
            arg.list_head = -1 if examples else (
                prev.list_head if prev.list_head >= 0 else prev.first)
            if prev.marked and not arg.marked:
                arg.marked, arg.between, arg.marker = True, prev.between, prev.marker
            arg.agent = arg.agent or prev.agent
        else:
            arg.coordinated = False


def _mask_agency_names(view: SentenceView) -> None:
    """"فرضت مفوضية السلامة الإلكترونية الأسترالية غرامة": an agency noun in construct
    (`agency_nouns`), at most AGENCY_GENITIVES genitive words of its name, the last definite
    as its state's adjective is, and the adjective name one agency: the words of its name are
    masked (no trigger, no gap a trigger's pattern counts)."""
    g = view.grammar
    if not g.agency_nouns or not g.article:
        return
    for arg in view.args:
        if arg.resolution == "adjective":
            head = _agency_head(view, arg.first)
            if head is not None:
                view.masked.update(range(head, arg.first))


def _agency_head(view: SentenceView, nisba: int) -> int | None:
    """The agency noun of `_mask_agency_names` before the adjective at word `nisba`, or None:
    the genitive words between are free words of one phrase (no punctuation, no
    preposition), the one before the adjective with the article."""
    g = view.grammar
    if nisba < 2 or not any(r.startswith(g.article) for r in view.words[nisba - 1]):
        return None
    for k in range(nisba - 1, max(nisba - AGENCY_GENITIVES, 1) - 1, -1):
        if k in view.masked or view.boundary[k] or view.boundary[k + 1] or not (
                g.prepositions.isdisjoint(view.words[k])):
            return None
        if not g.agency_nouns.isdisjoint(view.words[k - 1]):
            return k - 1 if k - 1 not in view.masked else None
    return None
