"""``EntityLinker``: find every lexicon entity in a ``Doc``.

1. Aho-Corasick over the normalised text (Arabic or English automaton, plus
   the case-sensitive acronym automaton over the un-folded normalised text).
2. Each hit must end at a token boundary and start at one, or after a
   proclitic string its pattern allows (``و ف ب ل ك`` ... ``ال`` for
   organisations; a quote may stand between: ``ل"كازاخستان"``).
3. Longest match wins (by the name's length, then the earlier start).
   A context-anchored pattern (``السياسة الخارجية الكازاخستانية``) competes
   with its full length but yields only its tail (the adjective).
4. One pattern, several entities: a capital is its state (metonym) unless
   the context makes it a place: locative (``في``/``ب``/``العاصمة``/
   dateline ``X –``) or naming (``قمة X``, ``إعلان X``, ``جامعة X``); then
   the place entity if the lexicon has one, else the state for a locative
   and nothing for a naming context. Otherwise the best resolution (name >
   acronym > adjective > metonym), then load order.
5. A person named in full is named again by the last word of the name alone ("Alberto
   Fernández ... Fernández said", "ألبرتو فرنانديز ... وقال فرنانديز"): after the full
   name, each such word outside other names is that person (a surname two people of the
   document share is no one's; in English it is capitalised and follows no other
   capitalised name word: not "Cristina Fernández").
6. Titles are joined with their state and person (``compose``); stop
   phrases, lone titles and modifiers are dropped.
7. Nested mentions (``nested=True``): states and organisations inside a
   longer mention of another, non-state entity (UN in ``ميثاق الأمم المتحدة``).
8. Offsets go back to the ORIGINAL text through the offset map.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache
from operator import attrgetter, itemgetter

import ahocorasick

from diplomap.lang import all_languages
from diplomap.lexicon.compose import Composer, Item, Linked
from diplomap.lexicon.core import Lexicon, load_lexicon
from diplomap.lexicon.forms import COORDINATED, entity_forms
from diplomap.lexicon.model import DERIVED_KEY, PLACE_KINDS, STATE_KINDS
from diplomap.lexicon.patterns import (
    ALLOWED,
    ANY_CLITIC,
    CONJUNCTIONS,
    CONTRACTIONS,
    MAX_CLITIC,
    Entry,
    Target,
    compile_lexicon,
    pattern_key,
)
from diplomap.lexicon.usage import usage_organs, usages
from diplomap.text.doc import Doc, Mention
from diplomap.text.normalize import Normalized, normalize_key
from diplomap.text.scan import matches_at, word_start, written_at

PRIORITY = {"members": -1, "name": 0, "acronym": 1, "organ": 1.5, "adjective": 2, "metonym": 3,
            "title": 4, "modifier": 5}
CASED_RESOLUTIONS = frozenset({"name", "adjective", "metonym"})
# A name may open with a short lower-case particle joined to a capitalised word
# ("al-Shabaab", "el-Sisi"): it is still written as a name.
_PARTICLE_NAME = re.compile(r"[^\W\d_]{1,3}-[^\W\d_]")
DATELINE_MARKS = frozenset(":،,")
LIST_COMMAS = frozenset("،,")
_TARGET, _KIND = itemgetter(0), attrgetter("kind")  # of an entry, of its target


def _grammar_words(key: str) -> frozenset[str]:
    return frozenset(normalize_key(w) for lang in all_languages() for w in lang.grammar.words(key))


# Words before a capital that make it a place, or make it name a thing (grammar.yaml).
SEAT_WORDS = _grammar_words("seat_words")
NAMING_WORDS = _grammar_words("naming_words")
NAME_PARTICLES = _grammar_words("name_particles")
# Month and weekday names (months.yaml) are no surname said alone: "in May" is not Theresa May.
CALENDAR_WORDS = frozenset(normalize_key(w) for lang in all_languages()
                           for table in (lang.calendar.months, lang.calendar.weekdays)
                           for forms in table.values() for w in forms)
LOCATIVE_WORDS = _grammar_words("place_prepositions")
LOCATIVE_CLITICS = tuple(normalize_key(c) for lang in all_languages()
                         for c in lang.clitics.locative)
# No nested mentions inside these: a state's name holds other states' names
# (روسيا البيضاء, جنوب السودان), a title or stop phrase is not a mention.
NO_NESTING_KINDS = STATE_KINDS | PLACE_KINDS | {"person", "title", "modifier", "stop"}


# every mode allows a name with no proclitic: such a hit keeps all its entries
_BARE_ALLOWED = all("" in allowed for allowed in ALLOWED.values())


@dataclass(slots=True)
class Cand:
    start: int
    name_start: int
    end: int
    entries: tuple[Entry, ...]
    clitic: str

    # written out, not generated: compiled, the dataclass's generated __init__ would run as
    # interpreted code at each candidate (tests/test_explicit_inits.py)
    def __init__(self, start: int, name_start: int, end: int, entries: tuple[Entry, ...],
                 clitic: str) -> None:
        self.start = start
        self.name_start = name_start
        self.end = end
        self.entries = entries
        self.clitic = clitic


def _prefix(text: str, i: int) -> tuple[int, str] | None:
    """The letters of the token before ``i`` if short enough to be clitics."""
    j = i
    while j > 0 and text[j - 1].isalnum():
        j -= 1
        if i - j > MAX_CLITIC:
            return None
    return j, text[j:i]


def _left_options(text: str, s: int) -> list[tuple[int, str]]:
    """Possible ``(start, clitic)`` for a match starting at ``s``."""
    if s == 0:
        return [(0, "")]
    before = text[s - 1]
    if before.isalnum():
        found = _prefix(text, s)
        return [found] if found else []
    if before == '"' and s >= 2 and text[s - 2].isalnum():
        found = _prefix(text, s - 1)
        if found and found[1] in ANY_CLITIC:
            return [found, (s, "")]
    return [(s, "")]


def _scan(
    text: str, auto: ahocorasick.Automaton, out: list[Cand], cased: str | None = None
) -> None:
    """Boundary- and clitic-checked hits of ``auto`` in ``text``."""
    size = len(text)
    for last, (n, entries) in auto.iter(text):
        end = last + 1
        if end < size and text[end].isalnum():
            continue
        s = end - n
        if cased is not None and cased[s].islower() and not _particle_name(cased, s):
            entries = tuple(e for e in entries if e[0].resolution not in CASED_RESOLUTIONS)
        for start, clitic in _left_options(text, s):
            ok = entries if not clitic and _BARE_ALLOWED else tuple(
                e for e in entries if clitic in ALLOWED[e[1]])
            if ok:
                if ok[0][1] == "contracted":  # ل + ال: report the ل
                    clitic += next(p for f, p in CONTRACTIONS.items() if text.startswith(f, s))
                out.append(Cand(start, s, end, ok, clitic))
                break


def _particle_name(cased: str, start: int) -> bool:
    """A lower-case particle, a hyphen and a capital letter at `start` ("al-Qaeda")."""
    found = _PARTICLE_NAME.match(cased, start)
    return found is not None and cased[found.end() - 1].isupper()


def _select(cands: list[Cand], size: int) -> tuple[list[Cand], list[Cand]]:
    """Longest match first; no two chosen spans overlap. Returns the chosen
    candidates (by start) and the others."""
    cands.sort(key=lambda c: (c.name_start - c.end, c.start))
    taken = bytearray(size + 1)
    chosen, rest = [], []
    for c in cands:
        if taken.find(1, c.start, c.end) != -1:
            rest.append(c)
            continue
        taken[c.start : c.end] = b"\x01" * (c.end - c.start)
        chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return chosen, rest


def _words_before(text: str, i: int, n: int) -> list[str]:
    """Up to ``n`` tokens before ``i`` on the same line, nearest first."""
    out: list[str] = []
    while len(out) < n:
        while i > 0 and not text[i - 1].isalnum() and text[i - 1] != "\n":
            i -= 1
        k = i
        while k > 0 and text[k - 1].isalnum():
            k -= 1
        if k == i:
            break
        out.append(text[k:i])
        i = k
    return out


def _in(word: str, vocab: frozenset[str]) -> bool:
    """``word`` is in ``vocab``, with or without one or two proclitic letters."""
    return word in vocab or word[1:] in vocab or (len(word) > 4 and word[2:] in vocab)


def _place_context(text: str, c: Cand) -> str | None:
    """``locative`` (في X, بX, العاصمة [الكازاخية] X, dateline ``X –``),
    ``naming`` (قمة X, إعلان X, جامعة X: the city names a thing) or None."""
    before = _words_before(text, c.start, 2)
    if (LOCATIVE_CLITICS and c.clitic.endswith(LOCATIVE_CLITICS)) or (
            before and before[0] in LOCATIVE_WORDS):
        return "locative"
    if any(_in(w, SEAT_WORDS) for w in before):
        return "locative"
    if before and _in(before[0], NAMING_WORDS):
        return "naming"
    rest = text[c.end : c.end + 4].lstrip(" ")
    if rest.startswith("-"):
        return "locative"  # dateline: "أستانا – ..."
    line_start = text.rfind("\n", 0, c.start) + 1
    at_line_start = not text[line_start : c.start].strip()
    return "locative" if at_line_start and rest[:1] in DATELINE_MARKS else None


def _target(c: Cand, text: str) -> Target:
    """The target of a candidate; a capital is its state unless the context
    makes it a place (then the place entity, if any; a capital that names a
    thing and has no place entity is dropped: kind ``stop``)."""
    if len(c.entries) == 1 and c.entries[0][0].resolution != "metonym":
        return c.entries[0][0]  # most names: one reading, nothing to choose
    targets = [t for t, _ in c.entries]
    metonyms = [t for t in targets if t.resolution == "metonym"]
    if metonyms:
        places = [t for t in targets if t.kind in PLACE_KINDS]
        context = _place_context(text, c)
        if context and places:
            return places[0]
        if context == "naming":
            return Target(metonyms[0].entity_id, "stop", "stop")
        if len(targets) == len(metonyms) + len(places):
            return metonyms[0]
    return min(targets, key=lambda t: PRIORITY.get(t.resolution, 9))


def _item(c: Cand, text: str, lexicon: Lexicon) -> Item:
    target = _target(c, text)
    if target.keep:
        return Item(c.end - target.keep, c.end, target)
    current = True
    if target.kind == "modifier":
        ent = lexicon.entity(target.entity_id)
        current = ent.current if ent else True
    return Item(c.start, c.end, target, c.clitic, current)


def _strictly_inside(c: Cand, outer: Item, text: str) -> bool:
    if c.end > outer.end or c.end - c.start >= outer.end - outer.start:
        return False
    return _target(c, text).entity_id != outer.target.entity_id


def _nested(outers: list[Item], rest: list[Cand], text: str, lexicon: Lexicon) -> list[Item]:
    """State and organisation mentions inside a longer mention of another
    entity (UN inside DOC:un_charter, KAZ inside ORG:kaz_mfa); not a
    capital inside a name (أستانا in عملية أستانا is no actor)."""
    out: list[Item] = []
    rest = sorted(rest, key=lambda c: c.start)
    starts = [c.start for c in rest]
    for outer in outers:
        if outer.kind in NO_NESTING_KINDS or outer.end - outer.start < 4:
            continue
        lo, hi = bisect_left(starts, outer.start), bisect_left(starts, outer.end)
        inside = [c for c in rest[lo:hi] if _strictly_inside(c, outer, text)]
        chosen, _ = _select(inside, len(text))
        items = (_item(c, text, lexicon) for c in chosen)
        out.extend(it for it in items if it.is_host and it.target.resolution != "metonym")
    return out


def _yield_to_titles(cands: list[Cand]) -> list[Cand]:
    """An organ mention that begins inside a title ("رئيس [الحكومة الروسية]") gives way:
    the title with its state is the mention (the head of that government)."""
    titles = [(c.start, c.end) for c in cands
              if "title" in map(_KIND, map(_TARGET, c.entries))]  # scanned in C
    if not titles:
        return cands
    return [c for c in cands
            if not (all(t.resolution == "organ" for t, _ in c.entries)
                    and any(s < c.start < e for s, e in titles))]


def _joined(left: Item, right: Item, text: str) -> bool:
    """``left`` and ``right`` are neighbours in a coordination: "X وY", "X، Y"."""
    gap = text[left.end : right.start].strip()
    return (not gap and right.clitic in CONJUNCTIONS) or (gap in LIST_COMMAS and not right.clitic)


def _partner(items: list[Item], i: int, text: str, reading: str) -> bool:
    """A state mention read as ``reading`` coordinated with ``items[i]``."""
    def fits(other: Item) -> bool:
        return other.kind in STATE_KINDS and other.target.resolution == reading
    before = i > 0 and fits(items[i - 1]) and _joined(items[i - 1], items[i], text)
    after = i + 1 < len(items) and fits(items[i + 1]) and _joined(items[i], items[i + 1], text)
    return before or after


def _coordinations(items: list[Item], text: str) -> list[Item]:
    """Forms read only in a coordination ("بوركينا فاسو ومالي", "أمريكيين وروس"): kept
    with their reading beside a state mention read the same way, else dropped ("دعم سياسي
    ومالي" is financial support, "بار وروس" two surnames)."""
    out = []
    for i, it in enumerate(items):
        res = it.target.resolution
        if not res.startswith(COORDINATED):
            out.append(it)
            continue
        reading = res[len(COORDINATED):]
        if _partner(items, i, text, reading):
            it.target = replace(it.target, resolution=reading)
            out.append(it)
    return out


class EntityLinker:
    """Links ``Doc`` texts to lexicon entities (compiled once per lexicon)."""

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon if lexicon is not None else load_lexicon()
        self.compiled = compile_lexicon(self.lexicon)
        self._surnames: dict[tuple[str, str], frozenset[str]] = {}
        self._given: frozenset[str] | None = None
        self._derived = frozenset(e.id for e in self.lexicon if DERIVED_KEY in e.extra)
        self._usages = usages(self.lexicon)

    def candidates(self, norm: Normalized, lang: str) -> list[Cand]:
        out: list[Cand] = []
        if not lang.startswith("en"):
            _scan(norm.text, self.compiled.ar, out)
        if not lang.startswith("ar"):
            _scan(norm.text, self.compiled.en, out, cased=norm.cased)
        _scan(norm.cased, self.compiled.acronyms, out)
        return out

    def link(self, doc: Doc) -> list[Mention]:
        """Fill and return ``doc.mentions`` (ORIGINAL offsets)."""
        norm = doc.norm
        text = norm.text
        chosen, rest = _select(_yield_to_titles(self.candidates(norm, doc.lang)), len(text))
        items = _coordinations([_item(c, text, self.lexicon) for c in chosen], text)
        items = self._with_surnames(items, norm, "en" if doc.lang.startswith("en") else "ar")
        if doc.lang.startswith("en") and self._derived:
            items = self._whole_derived_names(items, norm.cased)
        day = doc.published or dt.date.today()
        composer = Composer(self.lexicon, text, day, doc.lang.startswith("en"))
        linked = composer.run(items)
        nested = _nested(items, rest, text, self.lexicon)
        linked += [composer.plain(it, nested=True) for it in nested]
        linked.sort(key=lambda x: (x.start, x.nested))
        linked = usage_organs(linked, text, self._usages, self.lexicon, day)
        doc.mentions = _mentions(doc, norm, linked)
        return doc.mentions

    def _whole_derived_names(self, items: list[Item], cased: str) -> list[Item]:
        """A derived city's English name joined to a capitalised word before it is the tail
        of a longer name ("Las Palmas", "Judge Milan Cisarik"), not the city."""
        spans = [(it.start, it.end) for it in items]
        return [it for it in items if it.target.entity_id not in self._derived
                or not _name_tail(cased, it.start, spans)]

    def surnames(self, person_id: str, lang: str) -> frozenset[str]:
        """The last words of the person's names of two words or more (normalised) that
        stand for the person alone: none after a name particle ("دي مايو", "bin Salman"),
        no month or weekday ("Theresa May": "in May"), none of a regnal name ("Charles
        III"), none that opens a name of the lexicon (a given name: "علي", "Charles")."""
        key = (person_id, lang)
        if key not in self._surnames:
            ent = self.lexicon.entity(person_id)
            self._surnames[key] = frozenset() if ent is None or _regnal(ent) else frozenset(
                _last_words(ent, lang) - self._given_names())
        return self._surnames[key]

    def _given_names(self) -> frozenset[str]:
        if self._given is None:
            self._given = frozenset(
                words[0] for ent in self.lexicon.by_kind("person") for lang in ("ar", "en")
                for words in _name_words(ent, lang) if len(words) >= 2)
        return self._given

    def _with_surnames(self, items: list[Item], norm: Normalized, lang: str) -> list[Item]:
        """`items` and a person item at each later surname of a person named in full."""
        first: dict[str, Item] = {}
        for it in items:
            if it.kind == "person" and it.target.resolution == "name":
                first.setdefault(it.target.entity_id, it)
        owners: dict[str, list[Item]] = {}
        for pid, it in first.items():
            for surname in self.surnames(pid, lang):
                owners.setdefault(surname, []).append(it)
        unique = {s: its[0] for s, its in owners.items() if len(its) == 1}
        if not unique:
            return items
        text, spans = norm.text, [(it.start, it.end) for it in items]
        found = [Item(start, end, person.target, clitic)
                 for start, end, clitic, person in _surname_hits(text, unique)
                 if start >= person.end and not _overlaps(spans, start, end)
                 and (lang != "en" or _bare_surname(norm.cased, start, end, spans))]
        return sorted(items + found, key=attrgetter("start")) if found else items


MIN_SURNAME = 3  # letters: "Un" of "Kim Jong Un" is no surname said alone
_ROMAN = re.compile(r"[IVX]+")


def _name_words(ent, lang: str) -> list[list[str]]:
    return [pattern_key(f.text).split() for f in entity_forms(ent, lang) if f.resolution == "name"]


def _last_words(ent, lang: str) -> set[str]:
    return {words[-1] for words in _name_words(ent, lang) if len(words) >= 2
            and len(words[-1]) >= MIN_SURNAME and words[-2] not in NAME_PARTICLES
            and words[-1] not in CALENDAR_WORDS}


def _regnal(ent) -> bool:
    """A monarch's name ends in a number ("Charles III"): the number is no surname."""
    return any(_ROMAN.fullmatch(name.split()[-1]) for name in ent.names.get("en", []) if name)
_SURNAME_CLITICS = ALLOWED["basic"]


def _surname_hits(text: str, persons: dict[str, Item]) -> list[tuple[int, int, str, Item]]:
    """(start, end, proclitic, person) of each whole word of `text` that is one of the
    surnames, bare or after proclitics a name takes (not the end of a hyphened name:
    "al-Thani")."""
    pattern = re.compile(r"(?<![\w'-])(\w*?)(" + "|".join(
        sorted(map(re.escape, persons), key=len, reverse=True)) + r")(?!\w)")
    # a match starts where the word that holds a surname's letters starts: tried there only
    starts = sorted({word_start(text, at) for at in written_at(text, persons)})
    return [(m.start(), m.end(), m.group(1), persons[m.group(2)])
            for m in matches_at(pattern, text, starts) if m.group(1) in _SURNAME_CLITICS]


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _bare_surname(cased: str, start: int, end: int, names: list[tuple[int, int]]) -> bool:
    """An English surname is capitalised and no capitalised word outside the names (a
    title, a state) joins it to another name: not "Cristina Fernández", "Fernández Street"."""
    if not cased[start].isupper():
        return False
    joined_before = start >= 2 and cased[start - 1] == " " and cased[start - 2].isalnum()
    if joined_before and not _overlaps(names, start - 2, start - 1):
        word = _words_before(cased, start, 1)
        if word and word[0][:1].isupper():
            return False
    after = re.match(r" (\w)", cased[end:end + 2])
    return not (after and after.group(1).isupper())


_OPENING_MARKS = " \"'“‘("
_SENTENCE_ENDS = frozenset(".!?:;\n")


def _name_tail(cased: str, start: int, names: list[tuple[int, int]]) -> bool:
    """A capitalised word that is no other name and does not open its sentence ("In
    Lucknow") stands right before ``start``."""
    if start < 2 or cased[start - 1] != " " or not cased[start - 2].isalnum():
        return False
    if _overlaps(names, start - 2, start - 1):
        return False
    k = start - 1
    while k > 0 and cased[k - 1].isalnum():
        k -= 1
    before = cased[:k].rstrip(_OPENING_MARKS)
    return cased[k].isupper() and bool(before) and before[-1] not in _SENTENCE_ENDS


def _mentions(doc: Doc, norm: Normalized, linked: list[Linked]) -> list[Mention]:
    """The ``Mention`` (ORIGINAL offsets, sentence index) of each linked span, in order:
    the spans come sorted by start, so their sentences are found by walking forward."""
    out: list[Mention] = []
    sentences, text, n = doc.sentences, doc.text, len(doc.sentences)
    orig_span = norm.orig_span
    k = 0
    for x in linked:
        start, end = orig_span(x.start, x.end)
        while k < n and sentences[k][1] <= start:
            k += 1
        sentence = k if k < n and sentences[k][0] <= start else -1
        out.append(Mention(start, end, text[start:end], x.entity_id, x.resolution, sentence,
                           x.clitic, x.state, x.title, x.nested))
    return out


@lru_cache(maxsize=1)
def default_linker() -> EntityLinker:
    """A linker over the package lexicon (no user files)."""
    return EntityLinker(load_lexicon())


def link_text(text: str, lang: str = "ar", published: object = None) -> Doc:
    """Convenience: a linked ``Doc`` of ``text`` with the default lexicon."""
    doc = Doc(text, lang, published)
    default_linker().link(doc)
    return doc
