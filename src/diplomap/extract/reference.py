"""Document reference: a pronoun, a bare title or a description that stands for an actor
named in an earlier sentence of the article ("He said ...", "the president", "الرئيس",
"the country", "the bloc", "الجماعة").

The extractor keeps, per document, the actors named sentence by sentence (`Referents`).
Before a sentence is read, each word of the language's `person_pronouns`, `title_anaphora`
and `description_anaphora` (lang/<code>/grammar.yaml) outside a name becomes an argument
when one actor of its kind was named most recently:

- a pronoun ("he", "she") stands for the person named last as no preposition's object,
  in its sentence or the one before;
- a bare title ("the president", "رئيس الوزراء") for the person named last with that
  title at the document's date, else, when none was named, for the focal state's holder
  of the office (the person the lexicon knows, else the state alone);
- a description ("the country", "the bloc", "the militants") for the actor of its kind
  (state, organisation, armed group) named last in the paragraph or the sentence before;
  one with a style ("the kingdom", "السلطنة": `state_styles`) only for a state so styled
  in the lexicon's names, else for the focal state when it is;
- a dual phrase or noun ("the two countries", "البلدين") for the two states named before
  it, when exactly two are, else for the pair named as two subjects (just before, else
  earlier in the document when both are still named near it); a one-word dual left
  unresolved is read by `sentence._dual_anaphora` (the last two states named).

Two actors of the kind in the latest sentence that names one leave the word unresolved:
precision first. The arguments carry the resolution `document_reference:<words>`, which
the trace (`diplomap extract --explain`) shows with the actor chosen.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from diplomap.extract.grammar import Grammar
from diplomap.extract.sentence import Arg, SentenceView, pair_args, predicate_verbs, reads_as
from diplomap.extract.strategies import REFERENCE, speech_content_start
from diplomap.extract.strategies import speaker as find_speaker

PERSON_MEMORY = 1  # a pronoun stands for a person named this many sentences back at most
QUOTES = frozenset('"“”«»')  # a pronoun inside a quotation is the quoted speaker's
_QUOTE = re.compile("[" + re.escape("".join(sorted(QUOTES))) + "]")
# The kinds a description may stand for: a description's kind -> the kinds of its actors.
DESCRIBED_KINDS = {"state": frozenset({"state", "territory"}),
                   "organization": frozenset({"organization"}),
                   "armed_group": frozenset({"armed_group"})}
SPEAKER_KINDS = frozenset({"state", "organization", "armed_group", "company"})
TITLE_WORDS = 4  # the words of an office and its titles ("presidential candidate Senator")
NAME_WORDS = 3  # the words of a person's name after a title at most
PAIR_MEMORY = 2  # a dual phrase stands for two states named this many sentences back at most
# What a reference is: a person's pronoun or title, two states (the others: a kind above)
PRONOUN, TITLE, PAIR = "person", "title", "pair"
PLURAL = "plural"  # "the blocs", "المنظمتان": the two actors of a kind named before
AGREEMENT = 3  # letters of a dual's ending an adjective after it repeats: "تين", "تان"


@dataclass
class Mention:
    """An actor named in a sentence (or found there by reference)."""

    sentence: int
    paragraph: int
    arg: Arg

    # written out: compiled, the generated one would run as interpreted code at each name
    # (tests/test_explicit_inits.py)
    def __init__(self, sentence: int, paragraph: int, arg: Arg) -> None:
        self.sentence = sentence
        self.paragraph = paragraph
        self.arg = arg


@dataclass
class Referents:
    """The actors a document named so far, and what its later references stand for.

    `office_holder(state, title) -> person | None` and `title_of(person) -> title | None`
    read the lexicon's dated roles at the document's date; `styled(state, style)` its
    names.
    """

    grammar: Grammar
    text: str
    focal: str | None
    office_holder: Callable[[str, str], str | None] | None = None
    title_of: Callable[[str], str | None] | None = None
    # styled(state, style): one of the state's names holds a word starting with `style`
    styled: Callable[[str, str], bool] | None = None
    dates: list = field(default_factory=list)  # the document's dates: their words are no name
    named: list[Mention] = field(default_factory=list)
    # (sentence, word) of each capitalised word outside names: a name the lexicon does not
    # know (in a script with case), which a later "he" or "the minister" may stand for
    unknown: list[tuple[int, int]] = field(default_factory=list)
    # (paragraph, speaker) of a quotation still open after the latest sentence
    speaker: tuple[int, Arg] | None = None
    # (sentence, speaker) of the latest sentence with a quotation whose speaker is known
    said: tuple[int, Arg] | None = None
    # the offsets of the quotation marks: whether a quotation is open at an offset is then
    # two binary searches, not a count over the paragraph for every word
    quotes: list[int] = field(init=False, repr=False)
    # the surname of each person named with a state and a title ("U.S. Senator Ted Cruz":
    # cruz -> USA), which names that state's official when it recurs alone ("Cruz said");
    # None for a surname two states' people share
    surnames: dict[str, str | None] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.quotes = [m.start() for m in _QUOTE.finditer(self.text)]

    def _in_quotation(self, offset: int, start: int | None = None) -> bool:
        """An odd number of quotation marks stands between `start` (by default the
        paragraph's start) and `offset`: a quotation is open there."""
        if start is None:
            start = self.text.rfind("\n", 0, offset) + 1
        return (bisect_left(self.quotes, offset) - bisect_left(self.quotes, start)) % 2 == 1

    def remember(self, view: SentenceView, paragraph: int) -> None:
        """Record the actors `view` names (by name or by reference)."""
        self.named += [Mention(view.index, paragraph, a) for a in view.args
                       if _named(a)]
        self.unknown += [(view.index, i) for i in self._unknown_names(view)]
        for surname, state in _titled_surnames(view, self.text):
            self.surnames[surname] = state if self.surnames.get(surname, state) == state else None

    def resolve(self, view: SentenceView, paragraph: int) -> list[Arg]:
        """The arguments the references of `view` stand for (its named arguments are
        already in `view.args`); their words, resolved or not, are `view.referred`: no
        other anaphora reads them (they stay words a trigger may hold: "to leave the
        country")."""
        found: list[Arg] = []
        for first, last, kind, value in _references(view, self.text):
            if kind == PRONOUN and self._in_quotation(view.spans[first][0], view.start):
                continue
            if kind == PAIR:
                found += self._pair(view, first, last)
                continue
            if kind == PLURAL:
                found += self._pair(view, first, last, value)
                continue
            target = self._referent(view, paragraph, first, kind, value)
            if target is None and kind in DESCRIBED_KINDS and self._described(
                    view, paragraph, first, kind):
                view.referred.update(range(first, last))  # two could be meant: no one is
            if target is None or (kind in (PRONOUN, TITLE) and self._unknown_since(
                    view, target, first)):
                continue
            s, e = view.spans[first][0], view.spans[last - 1][1]
            words = " ".join(view.word_at(k) for k in range(first, last))
            found.append(Arg(target.entity, target.kind, first, last, s, e,
                             person=target.person, marked=_governed(view, first),
                             resolution=f"{REFERENCE}:{words}"))
            view.referred.update(range(first, last))
        found += self._surnamed(view)
        return found + self._speakers(view, paragraph, found)

    def _surnamed(self, view: SentenceView) -> list[Arg]:
        """"Cruz said ...": a capitalised word outside names that is the surname of a person
        named earlier with a state and a title stands for that state (the last word of a
        name: not "Cruz Smith")."""
        if not self.surnames:
            return []
        found = []
        for i, (s, e) in enumerate(view.spans):
            state = self.surnames.get(view.word_at(i))
            if state is None or i in view.masked or i in view.referred or not _starts_capital(
                    self.text[s:e]) or (i + 1 < len(view.spans) and _starts_capital(
                        self.text[view.spans[i + 1][0]:view.spans[i + 1][1]])) or (
                            i == 0 and not _opens_predicate(view, 1)):
                continue
            view.referred.add(i)
            found.append(Arg(state, "state", i, i + 1, s, e, marked=_governed(view, i),
                             resolution=f"{REFERENCE}:{view.word_at(i)}"))
        return found

    def _speakers(self, view: SentenceView, paragraph: int, referred: list[Arg]) -> list[Arg]:
        """'"I urge everyone to stay home," the minister said': a first-person pronoun
        inside a quotation stands for the one actor the sentence names outside it with no
        preposition (its speaker; none when it names two), or, in a sentence of a quotation
        opened in an earlier sentence of the paragraph ('X said: "... . I urge ..."'), for
        the speaker of the sentence that opened it."""
        g = view.grammar
        outside = [a for a in view.args + referred if not a.marked
                   and a.kind in SPEAKER_KINDS and _named(a) and not self._in_quotation(a.start)]
        speaker = outside[0] if len({(a.entity, a.person) for a in outside}) == 1 else None
        if speaker is None and not outside and self._in_quotation(view.start) and (
                self.speaker is not None and self.speaker[0] == paragraph):
            speaker = self.speaker[1]
        quoted = self._quoted(view)
        sayer, verb = self._sayer(view, quoted, speaker, outside)
        self.said = (view.index, sayer) if sayer is not None and (
            quoted or verb is not None) else None
        view.quoted, view.quote_speaker = quoted, sayer if quoted else None
        opened = self._in_quotation(view.end)
        self.speaker = (paragraph, speaker) if opened and speaker is not None else (
            self.speaker if opened and not outside else None)
        if speaker is None or not view.names_any(g.speaker_pronouns):
            return []
        at = [i for i, word in enumerate(view.words)
              if i not in view.masked and i not in view.referred
              and not g.speaker_pronouns.isdisjoint(word)
              and self._in_quotation(view.spans[i][0])]
        if not at:
            return []
        view.referred.update(at)
        return [Arg(speaker.entity, speaker.kind, i, i + 1, *view.spans[i],
                    person=speaker.person, marked=_governed(view, i),
                    resolution=f"{REFERENCE}:{view.word_at(i)}") for i in at]

    def _sayer(self, view: SentenceView, quoted: set[int], speaker: Arg | None,
               outside: list[Arg]) -> tuple[Arg | None, int | None]:
        """Who said it, for a first-person verb, and where its speech verb is: the subject
        of the speech verb the existing speaker finder reads (`strategies.speaker`: the
        actor before the content, not what was said: "ذكرت وسائل إعلام أن إيران ..." names
        no speaker); a speech verb with no subject of its own ("وأضاف:", "He added:")
        carries the speaker of the sentence before; a quotation with no speech verb, the
        quotation's speaker. An actor only a reference of this sentence names (`outside`:
        "وقال السيناتور بيرني ساندرز") is read as the finder reads the named ones."""
        g = view.grammar
        verbs = g.speech_verbs
        verb = next((i for i, w in enumerate(view.words)
                     if i not in quoted and not verbs.isdisjoint(w)), None) if (
            view.names_any(verbs)) else None  # most sentences: no word to scan for
        if verb is None:
            return speaker, None
        # the content: after a complementizer, or where the quotation opens if sooner
        # (a complementizer inside it is the quotation's own: "أطلب ... أن يتحدوا")
        content = min(speech_content_start(view, verbs, g.complementizers) or len(view.words),
                      min((i for i in quoted if i > verb), default=len(view.words)))
        sayer = find_speaker(view, content, verbs)
        if sayer is None:
            before = [a for a in outside if a.last <= content]
            sayer = before[-1] if before else None
        if sayer is None and self._no_subject(view, verb) and self.said is not None and (
                self.said[0] == view.index - 1):
            sayer = self.said[1]
        return sayer, verb

    @staticmethod
    def _no_subject(view: SentenceView, verb: int) -> bool:
        """The speech verb at `verb` has no subject of its own: verb first, none right after
        it (a boundary or a quotation: "وأضاف: ..."); subject first, none before it in its
        clause but a pronoun ("He added: ...")."""
        g = view.grammar
        if g.verb_first:
            return verb + 1 >= len(view.words) or view.boundary[verb + 1]
        start = view.clause_start(verb)
        pronouns = g.subject_pronouns | g.person_pronouns | g.coordinators
        return all(not pronouns.isdisjoint(view.words[k]) for k in range(start, verb))

    def _quoted(self, view: SentenceView) -> set[int]:
        """The words of `view` inside a quotation (none when no quotation mark stands
        between its paragraph's start and its end)."""
        start = self.text.rfind("\n", 0, view.start) + 1
        if bisect_left(self.quotes, view.end) == bisect_left(self.quotes, start):
            return set()
        return {i for i, (s, _) in enumerate(view.spans) if self._in_quotation(s, start)}

    def _pair(self, view: SentenceView, first: int, last: int, kind: str = "state"
              ) -> list[Arg]:
        """"the two countries" ("the blocs": `kind` organization): the two actors of the kind
        named in the sentences just before (and in its own before it), when exactly two are;
        none where its own sentence names two before it: "A and B agreed on talks between
        the two countries" only restates them."""
        actors = [a for a in view.args if a.last <= first and a.kind == kind and _named(a)]
        if len({a.entity for a in actors}) >= 2:
            return []
        actors = [m.arg for m in self.named if m.arg.kind == kind
                  and view.index - m.sentence <= PAIR_MEMORY] + actors
        named = list(dict.fromkeys(a.entity for a in actors))
        if len(named) > 2:
            # "A and B agree ..., following mediation by C. However, both sides ...": the
            # one pair named as a list of two subjects
            named = _subject_pair([m for m in self.named if m.arg.kind == kind
                                   and view.index - m.sentence <= PAIR_MEMORY]) or (
                self._earlier_subject_pair(kind, set(named)))
        if len(named) != 2:
            return []
        view.referred.update(range(first, last))
        words = " ".join(view.word_at(k) for k in range(first, last))
        return pair_args(view, first, last, (named[0], named[1]), f"{REFERENCE}:{words}",
                         kind)

    def _earlier_subject_pair(self, kind: str, near: set[str]) -> list[str]:
        """"A and B signed a declaration, hosted by C. ... Later C lifted sanctions on B, and
        A kept its bases. The two leaders also agreed ...": where the sentences just before
        name three, the pair named as two subjects in the latest earlier sentence that has
        one, when both are among the `near` ones (the document's subject pair, still
        spoken of), else []."""
        by_sentence: dict[int, list[Mention]] = {}
        for m in self.named:
            if m.arg.kind == kind:
                by_sentence.setdefault(m.sentence, []).append(m)
        for sentence in sorted(by_sentence, reverse=True):
            pair = _subject_pair(by_sentence[sentence])
            if pair:
                return pair if near.issuperset(pair) else []
        return []

    def _referent(self, view: SentenceView, paragraph: int, at: int, kind: str,
                  value: str) -> Arg | None:
        before = [Mention(view.index, paragraph, a) for a in view.args
                  if a.last <= at and _named(a)]
        if kind == PRONOUN:
            recent = [m for m in self.named if view.index - m.sentence <= PERSON_MEMORY]
            # the antecedent of a subject pronoun is no name a preposition governs
            return _latest_one(recent + before,
                               lambda a: a.person is not None and not a.marked, people=True)
        if kind == TITLE:
            holders = [m for m in self.named + before if self._holds(m.arg, value)]
            if not holders:
                return self._holder(value, view)
            return _latest_one(holders, lambda a: True, people=True)
        if value and self.styled is not None:
            return self._styled(view, paragraph, at, kind, value)
        return _latest_one(self._described(view, paragraph, at, kind), lambda a: True)

    def _styled(self, view: SentenceView, paragraph: int, at: int, kind: str,
                style: str) -> Arg | None:
        """"the kingdom", "السلطنة": the state so styled (`styled`) named last near word
        `at` (none where two are), else named last earlier in the document, else the focal
        state when it is so styled: a republic or an organisation named in between is no
        kingdom."""
        styled = self.styled
        assert styled is not None
        near = [m for m in self._described(view, paragraph, at, kind)
                if styled(m.arg.entity, style)]
        if near:
            return _latest_one(near, lambda a: True)
        earlier = [m for m in self.named if m.arg.kind in DESCRIBED_KINDS[kind]
                   and m.arg.resolution != "adjective" and styled(m.arg.entity, style)]
        if earlier:
            return _latest_one(earlier, lambda a: True)
        if self.focal is not None and styled(self.focal, style):
            return Arg(self.focal, "state", -1, -1, -1, -1)
        return None

    def _described(self, view: SentenceView, paragraph: int, at: int, kind: str
                   ) -> list[Mention]:
        """The actors a description of `kind` at word `at` may stand for: those of its kind
        named in the paragraph (or the sentence before it) and before it in its sentence."""
        kinds = DESCRIBED_KINDS.get(kind, frozenset())
        near = [m for m in self.named if m.paragraph == paragraph
                or m.sentence == view.index - 1]
        near += [Mention(view.index, paragraph, a) for a in view.args
                 if a.last <= at and _named(a)]
        # a nationality adjective ("American companies in the country") names no country
        return [m for m in near if m.arg.kind in kinds and m.arg.resolution != "adjective"]

    def _unknown_since(self, view: SentenceView, target: Arg, at: int) -> bool:
        """A name the lexicon does not know stands between the person chosen and word `at`
        of `view`: the reference may be that other person's."""
        latest = max((m.sentence, m.arg.first) for m in self.named if m.arg is target) if any(
            m.arg is target for m in self.named) else (view.index, target.first)
        here = [(view.index, i) for i in self._unknown_names(view) if i < at]
        return any(latest < place for place in self.unknown + here)

    def _unknown_names(self, view: SentenceView) -> list[int]:
        """`_unknown_names` of the view, without the words of dates ("on Tuesday")."""
        found = _unknown_names(view, self.text)  # none in a script without case
        if not found:
            return found
        spans = [(d.start, d.end) for d in self.dates if view.start <= d.start < view.end]
        return [i for i in found if not any(s <= view.spans[i][0] < e for s, e in spans)]

    def _holds(self, arg: Arg, title: str) -> bool:
        """The person `arg` names held `title` (or a title ending in it: "minister")."""
        if arg.person is None or self.title_of is None:
            return False
        held = self.title_of(arg.person)
        return held is not None and (held == title or held.endswith(f"_{title}"))

    def _holder(self, title: str, view: SentenceView) -> Arg | None:
        """The focal state's holder of the office: the person when the lexicon knows one,
        else, in a sentence that names no state (whose title it may be: "الرئيس التشيلي"),
        the state alone ("Floods hit Chad. The president urged ..." is Chad's)."""
        if self.focal is None or self.office_holder is None:
            return None
        person = self.office_holder(self.focal, title)
        if person is None and any(a.kind == "state" and not a.implicit for a in view.args):
            return None
        return Arg(self.focal, "state", -1, -1, -1, -1, person=person)


def _named(arg: Arg) -> bool:
    """An actor named in its sentence (or by a document reference), not one of the other
    anaphora (the focal state's pronouns and nouns, "the two sides")."""
    return not arg.implicit and bool(arg.resolution) and arg.resolution != "anaphora"


def _subject_pair(mentions: list[Mention]) -> list[str]:
    """The two states of the one list of exactly two unmarked, coordinated names that are the
    first states its sentence names (no third coordinated after them) among the state
    `mentions` (in the order named), else []: "Cambodia and Thailand agree ...", and also "The
    UN accused Cambodia and Thailand ..." (no state named before them: the pair the sentence
    is about), not "France accused Cambodia and Thailand ..." (a state named first)."""
    pairs = set()
    for k, (a, b) in enumerate(pairwise(mentions)):
        opens = k == 0 or mentions[k - 1].sentence != a.sentence
        if opens and b.sentence == a.sentence and b.arg.coordinated and not (
                a.arg.marked or b.arg.marked or a.arg.entity == b.arg.entity) and not (
                k + 2 < len(mentions) and mentions[k + 2].arg.coordinated
                and mentions[k + 2].sentence == a.sentence):
            pairs.add((a.arg.entity, b.arg.entity))
    return list(pairs.pop()) if len(pairs) == 1 else []


def _latest_one(mentions: list[Mention], fits, people: bool = False) -> Arg | None:
    """The one actor that fits in the latest sentence naming any that fits; None when that
    sentence names two (with `people`, two persons, even of one state)."""
    fitting = [m for m in mentions if fits(m.arg)]
    if not fitting:
        return None
    latest = max(m.sentence for m in fitting)
    args = [m.arg for m in fitting if m.sentence == latest]
    if len({a.entity for a in args}) != 1 or (people and len({a.person for a in args}) != 1):
        return None
    return args[-1]


def _references(view: SentenceView, text: str) -> list[tuple[int, int, str, str]]:
    """(first word, end, kind, value) of each reference word or phrase outside names:
    kind PRONOUN, TITLE (value: the title), PAIR or a description's kind (value: the style
    of `state_styles` its state's name holds, "" for none)."""
    g = view.grammar
    if not view.names_any(_phrase_starts(g)):
        return []  # no word can start a phrase: none is worth a look
    index = _phrase_index(g)
    firsts = _phrase_firsts(g)
    known = _forms_cache(g).get  # read inline: a function call per word costs more
    found: list[tuple[int, int, str, str]] = []
    taken: set[int] = set(view.masked)
    for i, word in enumerate(view.words):
        if i in taken:
            continue
        forms = known(word) or _first_forms(g, word)
        if firsts.isdisjoint(forms):  # no phrase starts with any of its forms
            continue
        if i + 1 < len(view.words):  # a phrase is found by its first two words
            after = _first_forms(g, view.words[i + 1])
            forms = forms | {f"{form} {next_form}" for form in forms for next_form in after}
        lists = [index[form] for form in forms if form in index]
        if not lists:
            continue
        candidates = lists[0] if len(lists) == 1 else sorted(
            (c for found in lists for c in found), key=lambda c: (c[0], -len(c[1])))
        match = _phrase_at(view, i, candidates, taken)
        if match is not None:
            phrase, kind, value = match
            last = i + len(phrase)
            if kind in (PRONOUN, PAIR) or (kind == PLURAL and not _agreeing_after(view, last)) or (
                    kind != PLURAL and not _continued(view, last, text)):
                # a description's value: the style its state's name holds ("" for none)
                found.append((i, last, kind or value,
                              value if kind else g.state_styles.get(phrase, "")))
                taken.update(range(i, last))
    return found


@lru_cache(maxsize=8)
def _phrase_index(g: Grammar) -> dict[str, list[tuple[int, tuple[str, ...], str, str]]]:
    """First two words (the word of a one-word phrase) -> (the order of its table, phrase,
    kind, value) of every reference."""
    tables: list[tuple[dict[tuple[str, ...], str], str]] = [
        ({(w,): "" for w in g.person_pronouns}, PRONOUN),
        (g.title_anaphora, TITLE), (g.description_anaphora, ""),
        ({tuple(w.split()): "" for w in g.dual_anaphora}, PAIR),
        (g.plural_anaphora, PLURAL)]
    index: dict[str, list[tuple[int, tuple[str, ...], str, str]]] = {}
    for order, (table, kind) in enumerate(tables):
        for phrase, value in table.items():
            index.setdefault(" ".join(phrase[:2]), []).append((order, phrase, kind, value))
    for found in index.values():  # the earlier table first, its longest phrase first
        found.sort(key=lambda c: (c[0], -len(c[1])))
    return index


@lru_cache(maxsize=8)
def _phrase_firsts(g: Grammar) -> frozenset[str]:
    """The first word of every reference phrase: a word none of whose forms is one starts
    none (forms hold no space, so a two-word key "a b" is found only through its "a")."""
    return frozenset(key.split(" ", 1)[0] for key in _phrase_index(g))


@lru_cache(maxsize=8)
def _phrase_starts(g: Grammar) -> frozenset[str]:
    """The readings of the words one of whose forms (`_forms`) is the first word of a
    phrase: that word, or, for one with the article, a governing proclitic joined with the
    rest ("للرئيس" for "الرئيس")."""
    firsts = _phrase_firsts(g)
    if not g.article:
        return firsts
    return firsts | {clitic + first[len(g.article):] for first in firsts
                     if first.startswith(g.article) for clitic in g.article_clitics}


FORMS_CACHE_SIZE = 50_000  # words per grammar whose forms are kept (then it starts over)


@lru_cache(maxsize=8)
def _forms_cache(g: Grammar) -> dict[tuple[str, ...], frozenset[str]]:
    """Per grammar (hashed by identity, never changed): a word's readings -> its forms."""
    return {}


def _first_forms(g: Grammar, word: tuple[str, ...]) -> frozenset[str]:
    """The forms a word may read as (`sentence.reads_as`): its readings, and with a
    governing proclitic joined with the article, the article form ("للرئيس" -> "الرئيس").
    They depend on the readings and the grammar only, so they are cached per grammar."""
    cache = _forms_cache(g)
    forms = cache.get(word)
    if forms is None:
        if len(cache) >= FORMS_CACHE_SIZE:
            cache.clear()
        forms = cache[word] = _forms(g, word)
    return forms


def _forms(g: Grammar, word: tuple[str, ...]) -> frozenset[str]:
    forms = set(word)
    if g.article:
        forms |= {g.article + r[len(c):] for r in word for c in g.article_clitics
                  if r.startswith(c)}
    return frozenset(forms)


def _phrase_at(view: SentenceView, i: int,
               candidates: list[tuple[int, tuple[str, ...], str, str]], taken: set[int]
               ) -> tuple[tuple[str, ...], str, str] | None:
    """The first candidate (phrase, kind, value) whose words are the words from i, none
    taken (candidates in order of preference)."""
    for _, phrase, kind, value in candidates:
        end = i + len(phrase)
        if end > len(view.words) or not all(
                reads_as(view.grammar, view.words[i + k], w) for k, w in enumerate(phrase)):
            continue
        if not taken.intersection(range(i + 1, end)):
            return phrase, kind, value
    return None


def _agreeing_after(view: SentenceView, end: int) -> bool:
    """"المجموعتين المسلحتين": a definite word with the dual noun's ending right after it
    (where the article is a proclitic) is its adjective: two of a kind of their own, not the
    two named before."""
    article = view.grammar.article
    if not article or end >= len(view.words) or view.boundary[end] or end in view.masked:
        return False
    word, noun = view.word_at(end), view.word_at(end - 1)
    return word.startswith(article) and len(noun) > AGREEMENT and (
        word[-AGREEMENT:] == noun[-AGREEMENT:])


def _continued(view: SentenceView, end: int, text: str) -> bool:
    """The words after a title or description make it part of a longer name or another's
    ("the president of the club", "the president Joe X", "الرئيس التنفيذي"): a name of the
    lexicon (in a language whose article is a word), a capitalised word or one of
    `reference_not_before` right after it."""
    if end >= len(view.words) or view.boundary[end]:
        return False
    if end in view.masked:  # "the group Hamas"; where the article is a proclitic, a
        return not view.grammar.article  # definite noun heads no construct: "الجماعة إسرائيل"
    word = view.words[end]
    return not view.grammar.reference_not_before.isdisjoint(word) or _starts_capital(
        text[view.spans[end][0]:view.spans[end][1]])


def _titled_surnames(view: SentenceView, text: str) -> list[tuple[str, str]]:
    """(surname, state) of each person the sentence names with a state and a title right
    before a given name and a surname the lexicon does not know: "U.S. Senator Ted Cruz",
    "the Kenyan Interior Minister John Smith", "United States presidential candidate
    Senator X Y" (capitalised, outside names, no comma)."""
    g = view.grammar
    found: list[tuple[str, str]] = []
    if not view.names_any(g.person_titles):  # most sentences: no title word
        return found
    for arg in view.args:
        if arg.kind != "state" or arg.implicit or arg.person is not None:
            continue
        k, title = arg.last, -1
        while k < min(len(view.words), arg.last + TITLE_WORDS) and not view.boundary[k] and (
                k not in view.masked):
            words = view.words[k]
            if not g.person_titles.isdisjoint(words):
                title = k
            elif g.title_qualifiers.isdisjoint(words) and _starts_capital(
                    text[slice(*view.spans[k])]):
                break  # the name begins
            k += 1
        if title < 0:
            continue
        k = title
        end = k + 1
        while end < len(view.words) and end - k <= NAME_WORDS and end not in view.masked and (
                not view.boundary[end]) and _starts_capital(text[slice(*view.spans[end])]) and (
                end - k < 3 or g.calendar_names.isdisjoint(view.words[end])):
            end += 1  # a date after a given name and a surname is none: "X Y Monday said"
        if end - k >= 3:  # a given name and a surname at least
            found.append((view.word_at(end - 1), arg.entity))
    return found


def _opens_predicate(view: SentenceView, i: int) -> bool:
    """Word i begins the predicate of the words before it, so that a capitalised word
    opening the sentence is its subject, not a word of a longer noun phrase ("Cruz said",
    "Cruz later accused", "Cruz, who ...", not "Young people protested"): a punctuation
    mark or the end before it, a possessive ending, a speech verb, a finite verb of the
    frames or one of `predicate_starts`."""
    if i >= len(view.words) or view.boundary[i]:
        return True
    return not _predicate_openers(view.grammar).isdisjoint(view.words[i])


@lru_cache(maxsize=8)
def _predicate_openers(g: Grammar) -> frozenset[str]:
    """The words that begin a predicate (`_opens_predicate`), united once per grammar."""
    return g.predicate_starts | g.possessive_markers | predicate_verbs(g.code)


def _starts_capital(word: str) -> bool:
    """The original word starts with a capital letter (a name the lexicon does not know);
    never so in a script without case. Stricter than `sentence._capitalised`, which also
    takes a particle joined to a name ("al-Adl") as a word of a name."""
    first = word[:1]
    return first.isupper() and first.lower() != first


def _unknown_names(view: SentenceView, text: str) -> list[int]:
    """The capitalised words outside names and references: names the lexicon does not
    know ("minister Stefano Patuanelli"), but a word opening a sentence or a clause that is
    a grammar word or stands alone ("In July, ...", "Later the president ...")."""
    if not view.spans:
        return []
    words = text[view.spans[0][0]:view.spans[-1][1]]
    if words.lower() == words:  # no capital letter at all (a script without case)
        return []
    grammar_words = _grammar_words(view.grammar)
    outside = view.masked | view.referred
    # each word's: capitalised outside names and references (and no word after the last)
    capitalised = [i not in outside and _starts_capital(text[s:e])
                   for i, (s, e) in enumerate(view.spans)] + [False]
    # a word opening a sentence or clause is a name when the next word is capitalised too
    return [i for i in range(len(view.words)) if capitalised[i] and not (
        (i == 0 or view.boundary[i]) and (view.words[i][0] in grammar_words
                                          or not capitalised[i + 1]))]


@lru_cache(maxsize=8)
def _grammar_words(g: Grammar) -> frozenset[str]:
    """The grammar words that, opening a sentence or clause, are capitalised as its first."""
    return (g.prepositions | g.articles | g.coordinators | g.relatives | g.demonstratives
            | g.person_pronouns | g.list_inclusion | g.since)


def _governed(view: SentenceView, first: int) -> bool:
    """A preposition right before the reference, or a governing proclitic on its word (not
    a letter of the reference word itself: "بلاده", his country, is no "ب" + "لاده")."""
    g = view.grammar
    word = view.words[first]
    before = view.word_at(first - 1)
    if before in g.articles:
        before = view.word_at(first - 2)
    return before in g.prepositions or (bool(g.governing) and word[0].startswith(g.governing)
                                        and word[0] not in _phrase_firsts(g))
