"""Compile the lexicon's surface forms into Aho-Corasick automata.

Patterns are normalised (``normalize_key``). Each automaton value is
``(length, entries)``; an entry is ``(Target, mode)`` where ``mode`` says
which proclitic strings may stand before the pattern inside its token:

* ``basic``: و ف ب ل ك and their pairs (وب ول وك فب فل فك)
* ``article``: basic plus ال-forms (وال بال ...): transliterated
  organisation names take the article (اليونسكو, الناتو)
* ``contracted``: the ل+ال contraction (للأمم المتحدة), only و/ف before
* ``none``: nothing (English, modifiers, patterns of one or two letters)
* ``only:...``: the proclitics an entity's ``proclitics`` mapping allows that name

The clitics are the Arabic inventory of ``diplomap.lang`` (``lang/ar/clitics.yaml``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import ahocorasick

from diplomap.lang import language
from diplomap.lexicon.core import COMPILERS, Lexicon
from diplomap.lexicon.forms import (
    COORDINATED,
    Form,
    acronym_organ_forms,
    anchored_names,
    entity_forms,
)
from diplomap.lexicon.model import ORG_KINDS, PLACE_KINDS, Entity, LexiconError
from diplomap.text.normalize import normalize_key

_AR = language("ar").clitics  # the clitics of the Arabic names (`names: {ar: [...]}`)
BASIC_CLITICS = frozenset(normalize_key(c) for c in _AR.plain)
ARTICLE_CLITICS = frozenset(normalize_key(c) for c in _AR.with_article)
ARTICLE = normalize_key(_AR.article)
CONJUNCTIONS = frozenset(normalize_key(c) for c in _AR.conjunctions)
# The article written together with a preposition (لل) -> that preposition (ل).
CONTRACTIONS = {normalize_key(form): normalize_key(prep) for prep, form in
                _AR.contractions.items()}
class _Modes(dict[str, frozenset[str]]):
    """Mode -> the proclitics it allows; an ``only:`` mode names its own (it may come from
    a cached automaton, compiled in another process)."""

    def __missing__(self, mode: str) -> frozenset[str]:
        if not mode.startswith(RESTRICTED):
            raise KeyError(mode)
        allowed = frozenset({"", *mode[len(RESTRICTED):].split(",")})
        self[mode] = allowed
        return allowed


RESTRICTED = "only:"
ALLOWED: dict[str, frozenset[str]] = _Modes({
    "none": frozenset({""}),
    "basic": BASIC_CLITICS | {""},
    "article": BASIC_CLITICS | ARTICLE_CLITICS | {""},
    "contracted": frozenset({"", *(normalize_key(c) for c in _AR.conjunctions)}),
})
ANY_CLITIC = BASIC_CLITICS | ARTICLE_CLITICS
MAX_CLITIC = max(len(c) for c in ANY_CLITIC)


@dataclass(frozen=True, slots=True)
class Target:
    """What a pattern links to. ``keep`` > 0: only the last ``keep``
    characters of the match are the mention (a context-anchored form)."""

    entity_id: str
    kind: str
    resolution: str
    keep: int = 0

    def __reduce__(self) -> tuple[type[Target], tuple[str, str, str, int]]:
        # the cached lexicon holds ~90,000 targets: unpickled through __init__, not the
        # setstate dataclass gives a slotted class (it calls fields() once per object,
        # a fifth of the lexicon's load)
        return Target, (self.entity_id, self.kind, self.resolution, self.keep)


Entry = tuple[Target, str]


def pattern_key(text: str, cased: bool = False) -> str:
    return normalize_key(text, cased)


def _restricted_mode(clitics: frozenset[str]) -> str:
    """The mode of a name that takes only these proclitics."""
    return RESTRICTED + ",".join(sorted(clitics))


def _proclitics(ent: Entity) -> dict[str, frozenset[str]]:
    """An entity's names that take only some proclitics (its ``proclitics`` mapping, name
    -> clitics): a name that is also a common noun ("حماس", enthusiasm) is the name after
    و or ل but the noun after ب or the article ("بحماس", "الحماس")."""
    table = ent.extra.get("proclitics") or {}
    if not isinstance(table, dict) or not all(isinstance(v, list) for v in table.values()):
        raise LexiconError(f"entity {ent.id}: `proclitics` must map a name to a list of "
                           "proclitics")
    return {pattern_key(name): frozenset(normalize_key(c) for c in clitics)
            for name, clitics in table.items()}


def _variants(key: str, ent: Entity, lang: str, res: str,
              restricted: dict[str, frozenset[str]]) -> Iterator[tuple[str, str]]:
    """``(key, mode)`` pairs for one normalised form."""
    if lang == "ar" and key in restricted:
        yield key, _restricted_mode(restricted[key])
        return
    if lang == "en" or res == "modifier" or len(key.replace(" ", "")) <= 2:
        yield key, "none"
        return
    if ent.kind in ORG_KINDS and not key.startswith(ARTICLE):
        yield key, "article"
        for form in CONTRACTIONS:
            yield form + key, "contracted"
        return
    yield key, "basic"
    if key.startswith(ARTICLE) and len(key) > len(ARTICLE) + 1:
        for form in CONTRACTIONS:
            yield form + key[len(ARTICLE):], "contracted"


class PatternSet:
    """Accumulates ``key -> entries`` and builds the automaton."""

    def __init__(self) -> None:
        self.table: dict[str, list[Entry]] = {}

    def add(self, key: str, entry: Entry) -> None:
        entries = self.table.setdefault(key, [])
        if entry not in entries:
            entries.append(entry)

    def automaton(self) -> ahocorasick.Automaton:
        auto = ahocorasick.Automaton()
        for key, entries in self.table.items():
            auto.add_word(key, (len(key), tuple(entries)))
        if not self.table:
            auto.add_word("\x00", (1, ()))
        auto.make_automaton()
        return auto


def _coordinated_modes(forms: list[Form]) -> dict[str, frozenset[str]]:
    """Proclitics of the forms read only in a coordination: the conjunction (or none).
    The plain reading of such a form takes no proclitic: "روس" is an adjective after its
    noun, "وروس" only beside another people ("أمريكيين وروس")."""
    keys = {pattern_key(f.text) for f in forms if f.resolution.startswith(COORDINATED)}
    return {key: frozenset() for key in keys}


def _add_forms(ps: PatternSet, ent: Entity, lang: str) -> None:
    excluded = _excluded(ent)
    anchored = frozenset(pattern_key(name) for name in anchored_names(ent))
    restricted = _proclitics(ent)
    forms = list(entity_forms(ent, lang))
    restricted.update(_coordinated_modes(forms))
    for form in forms:
        key = pattern_key(form.text)
        coordinated = form.resolution.startswith(COORDINATED)
        # an `anchored` name after its anchor word is read there even when excluded alone
        # ("أعلنت مالي"); other forms with context words are not ("السياسة الخارجية
        # المالية" is financial foreign policy: the nisba is excluded)
        if not key or (key in excluded and not coordinated and not (
                form.context and key in anchored)):
            continue
        if coordinated:  # a name excluded as a common word, read only in a coordination
            target = Target(ent.id, ent.kind, form.resolution)
            ps.add(key, (target, _restricted_mode(CONJUNCTIONS)))
            continue
        kind = "stop" if form.resolution == "stop" else ent.kind
        keep = 0
        if form.context:
            keep = len(key)
            key = pattern_key(form.context) + " " + key
        target = Target(*_acting(ent, kind, form.resolution), form.resolution, keep)
        for variant, mode in _variants(key, ent, lang, form.resolution, restricted):
            ps.add(variant, (target, mode))


def _acting(ent: Entity, kind: str, resolution: str) -> tuple[str, str]:
    """(entity, kind) a form links to: a place's organ or adjective ("the Welsh Government",
    "a Scottish court") is its state's (`Entity.organs_of`)."""
    owner = ent.organs_of
    if ent.kind in PLACE_KINDS and owner and resolution in ("organ", "adjective"):
        return owner, "state"
    return ent.id, kind


def _excluded(ent: Entity) -> frozenset[str]:
    return frozenset(pattern_key(x) for x in ent.exclude)


def _add_acronyms(ps: PatternSet, ent: Entity) -> None:
    target = Target(ent.id, ent.kind, "acronym")
    for acr in ent.acronyms:
        key = pattern_key(acr, cased=True)
        if key:
            ps.add(key, (target, "article"))
    for form in acronym_organ_forms(ent):
        key = pattern_key(form.text, cased=True)
        if key:
            ps.add(key, (Target(*_acting(ent, ent.kind, "organ"), "organ"), "article"))


@dataclass(frozen=True, slots=True)
class Compiled:
    ar: ahocorasick.Automaton
    en: ahocorasick.Automaton
    acronyms: ahocorasick.Automaton
    sizes: dict[str, int]


def compile_lexicon(lexicon: Lexicon) -> Compiled:
    """Build (once per lexicon) the Arabic, English and acronym automata."""
    cached = lexicon._cache.get("compiled")
    if cached is not None:
        return cached
    sets = {"ar": PatternSet(), "en": PatternSet(), "acronyms": PatternSet()}
    for ent in lexicon:
        _add_forms(sets["ar"], ent, "ar")
        _add_forms(sets["en"], ent, "en")
        _add_acronyms(sets["acronyms"], ent)
    compiled = Compiled(
        sets["ar"].automaton(),
        sets["en"].automaton(),
        sets["acronyms"].automaton(),
        {k: len(v.table) for k, v in sets.items()},
    )
    lexicon._cache["compiled"] = compiled
    return compiled


COMPILERS.append(compile_lexicon)  # compiled when a lexicon is built, and cached with it
