"""Event nouns (issue 9): the noun of an act ("الغارة", "the attack") names its doer with a
nisba adjective ("الغارة الإسرائيلية", "the Israeli strike") or with a relative clause
("الهجوم الذي شنته إسرائيل", "the attack that Israel launched"), or, as a verb's object in
the construct state, with its genitive ("أدانت مصر هجوم إسرائيل"). A stance verb whose
object is an event noun ("condemned the Israeli strike") is aimed at that event's doer; with
no doer named, a condemned attack is not the condemner's. A refusal verb that governs an
event ("refused to negotiate", "رفضت إجراء محادثات", "rejected talks with") makes the event
a negated one and the refusal a REJECT of its partner (ONTOLOGY: an explicit refusal is a
REJECT; a negated event is never stored as accomplished).

The words are data (`event_noun_relatives`, `refusal_links`, `patient_nouns`,
`adjective_endings` in lang/<code>/grammar.yaml); stance and refusal frames are told by
their PLOVER type, cooperative acts by the ontology's quads.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from typing import Protocol

from diplomap.extract import strategies as st
from diplomap.extract.arguments import group_from
from diplomap.extract.frames import Frame
from diplomap.extract.grammar import Grammar
from diplomap.extract.morphology import finite_forms
from diplomap.extract.sentence import Arg, SentenceView
from diplomap.ontology import ontology

EVENT_DOER = "event_noun_doer"        # the nisba or relative-clause agent of an event noun
STANCE_ON_EVENT = "stance_on_event"   # "condemned the Israeli strike": the strike's doer
REFUSED = "refused_event"             # the cue of an event a refusal governs
# Stance types (and mode) whose object may be an event: its doer is the target.
STANCE_TYPES = {"ACCUSE": "disapprove", "SUPPORT": None, "REJECT": None}
REFUSAL_TYPE = "REJECT"
GAP = 4  # at most this many words between a stance or refusal verb and its event noun
NAME_WORDS = 2  # words of an unknown person's name after a title ("رئيس الوزراء ديك شوف")
RELATIVE_REACH = 3  # the doer of a relative clause stands within this many words of it
WEAPON_WORDS = 3  # words of an act's arm between a nisba and its noun ("missile and drone")
# resolutions of a name that modifies the noun after it where adjectives stand before nouns
MODIFIER_RESOLUTIONS = frozenset({"adjective", "acronym"})
# ... and an organ before an event noun ("U.S. military airstrikes"): its doer
NOUN_MODIFIERS = MODIFIER_RESOLUTIONS | {"organ"}
# the fewest words of a gapped noun trigger with its doer's adjective inside: the noun, the
# adjective in its gap, its marker ("الضربات الأمريكية على")
INNER_NISBA_SPAN = 3


class Trigger(Protocol):
    frame: Frame
    first: int
    last: int
    left: int
    right: int
    event_doers: list[Arg]
    noun_doers: list[Arg]
    future: str
    finite: bool
    reacts_to: Trigger | None  # the act a reaction named by its reactor answers
    subjects: list[Arg]  # the subjects its pairs were read with
    kept: list[Arg]  # the arguments it was read with


@dataclass
class Links:
    """What event nouns tell about a sentence's triggers."""

    refused: set[int] = field(default_factory=set)  # ids of hits a refusal governs
    unknown_doer: set[int] = field(default_factory=set)  # condemned acts of no named doer

    def negated(self, hit: Trigger) -> bool:
        return id(hit) in self.refused

    def without_doer(self, hit: Trigger) -> bool:
        """"Egypt condemned the attack on Gaza": the attacker is not the one condemning."""
        return id(hit) in self.unknown_doer


def link(view: SentenceView, hits: Sequence[Trigger], agent_markers: Iterable[str] = ()
         ) -> Links:
    """Reads the event nouns among `hits` (in sentence order): a refusal's governed event
    is marked negated and the refusal reaches its partner; a stance's `event_doers` are set
    to the doers of the event noun it governs; an event noun's clause goes on past the
    verb of its relative clause ("the attack that Israel launched on Syria")."""
    links = Links()
    markers = tuple(agent_markers)
    for hit in hits:
        verb = _relative_verb(view, hit, hits)
        if verb is not None:
            hit.right = max(hit.right, verb.right)
    for hit, after in pairwise(hits):
        if _refuses(view, hit, after):
            _refuse(links, hit, after)
        elif _stance(hit.frame) and _governs(view, hit, after):
            _read_stance(view, links, hit, after, after.frame.agent_markers or markers)
    for k, hit in enumerate(hits):
        if hit.frame.reaction and hit.frame.voice == "passive":
            hit.reacts_to = _reacted_act(view, hits[:k], hit)
    for noun, verb in pairwise(hits):
        if id(noun) in links.unknown_doer and _relative_at(view, noun) == verb.first - 1:
            # "condemned the attack that targeted a mosque": its verb has no doer either
            links.unknown_doer.add(id(verb))
    return links


def _refuse(links: Links, verb: Trigger, event: Trigger) -> None:
    links.refused.add(id(event))
    verb.right = max(verb.right, event.right)  # the refusal reaches the event's partner


def _read_stance(view: SentenceView, links: Links, verb: Trigger, noun: Trigger,
                 markers: Sequence[str]) -> None:
    """A stance verb and the event noun it governs: the noun's doer is the verb's target."""
    genitive = genitive_doer(view, noun, noun.frame.subject)
    noun.noun_doers = [genitive] if genitive is not None else []
    noun.left = noun.first  # the names before it are the verb's
    verb.event_doers = [genitive] if genitive is not None else event_doers(
        view, noun, verb.frame.object, markers)
    if verb.event_doers:
        return
    if _refuses_act(verb, noun):
        _refuse(links, verb, noun)
    elif not _cooperative(noun) and _noun(view, noun):
        links.unknown_doer.add(id(noun))


def _reacted_act(view: SentenceView, before: Sequence[Trigger], hit: Trigger
                 ) -> Trigger | None:
    """"X test-fired a missile, drawing condemnation from Y", "قوبل الهجوم الإسرائيلي بإدانة
    من Y", "X's strike was condemned by Y": a reaction named by whom it came from, with a word
    of `reaction_links` before it in its own clause (or inside it: a passive's auxiliary),
    answers the last act named before it that stands in no adjunct ("after Y fired rockets":
    `act_adjuncts`). Sets that act's `right`: its clause ends at the link (or at the
    reaction), so the reacting names are no party of it."""
    links = view.grammar.reaction_links
    start = view.clause_start(hit.first)  # a ";" or a comma ends the clause too
    link = next((k for k in range(hit.last - 1, start - 1, -1)
                 if k not in view.masked and not links.isdisjoint(view.words[k])), None)
    acts = [h for h in before if _is_event(h.frame) and h.last <= hit.first]
    main = [h for h in acts if not _in_adjunct(view, h)]
    if link is None or not main or _link_subject(view, link, main[-1]):
        return None
    for act in acts:  # "... after Hamas fired rockets, drawing condemnation from Egypt"
        act.right = min(act.right, link if link >= act.last else hit.first)
    return main[-1]


def _link_subject(view: SentenceView, link: int, act: Trigger) -> bool:
    """"Russia attacked Ukraine, and Egypt was condemned by Turkey", "Hamas leaders were
    criticised by Egypt", "واجهت مصر انتقادات من تركيا": a name of no preposition right
    before the link (or a word of its own after it), or right after it, in its clause after
    the act, is the link's own subject: the reaction is to it, not to the act."""
    first = max(act.last, view.clause_start(link))
    return any(not a.marked and first <= a.first and (
        link - 1 <= a.last <= link or a.first == link + 1) for a in view.args)


def _in_adjunct(view: SentenceView, act: Trigger) -> bool:
    """"Israel struck Gaza after Hamas fired rockets", "After Israel struck Gaza, ...": a
    word of `act_adjuncts` before the act in its clause makes it a circumstance, no main
    act."""
    adjuncts = act_adjuncts(view.grammar)
    return any(k not in view.masked and not adjuncts.isdisjoint(view.words[k])
               for k in range(view.clause_start(act.first), act.first))


@lru_cache(maxsize=8)
def adjunct_openers(g: Grammar) -> frozenset[str]:
    """The words that open an adjunct phrase and are no plain preposition ("after",
    "amid", "بعد", "وسط"): `fronting_openers` less `prepositions` and the words of a list's
    inclusion ("such as")."""
    return g.fronting_openers - g.prepositions - g.list_inclusion


@lru_cache(maxsize=8)
def act_adjuncts(g: Grammar) -> frozenset[str]:
    """The words that open an act's circumstances or cause after its object: the adjunct
    openers and the `cause_words`."""
    return adjunct_openers(g) | g.cause_words


def event_doers(view: SentenceView, hit: Trigger, kinds: frozenset[str],
                agent_markers: Sequence[str] = ()) -> list[Arg]:
    """The doers an event noun names: its nisba, the agents of its relative clause (and those
    coordinated with them), or (given `agent_markers`) the agents of a passive after it
    ("the attack carried out by X")."""
    nisba = nisba_doer(view, hit, kinds)
    if nisba is not None:
        return modifier_group(view, nisba, kinds)
    doer = relative_doer(view, hit, kinds) or proclitic_doer(view, hit, kinds)
    if doer is not None:
        return group_from(view.args, doer, kinds)
    if not agent_markers:
        return []
    after = [a for a in view.args if hit.last <= a.first and a.last <= hit.right]
    return st.passive_agent(view, after, kinds, agent_markers)


def proclitic_doer(view: SentenceView, hit: Trigger, kinds: frozenset[str]) -> Arg | None:
    """"غارة (جوية) لقوات الدعم السريع على", "غارة للجيش النيجيري في": a name right after the
    event noun (and at most one adjective of it) behind one of its frame's
    `noun_doer_proclitics` is its doer; further on the proclitic governs any possessor
    ("استهدف أهدافا لحزب الله", "الضاحية الجنوبية لبيروت")."""
    markers = hit.frame.noun_doer_proclitics
    arg = next((a for a in view.args if a.first >= hit.last), None)
    if not markers or hit.finite or arg is None or arg.marker not in markers or (
            arg.kind not in kinds):
        return None
    gap = range(hit.last, arg.first)
    one_adjective = len(gap) == 1 and free_word(view, gap[0]) and _adjective(
        view.words[gap[0]][0], view.grammar) and not _people_noun(view, gap[0])
    return arg if (len(gap) == 0 or one_adjective) and _target_follows(view, hit, arg) else None


def _target_follows(view: SentenceView, hit: Trigger, doer: Arg) -> bool:
    """The act's target or place follows its proclitic doer ("غارة للجيش النيجيري في ولاية
    زامفارا", "... لقوات الدعم السريع على مدينة الأبيض"): the proclitic of a verbal noun
    with no such word after it marks what the act was done to ("قصف جوي لسوريا")."""
    markers = set(hit.frame.target_markers) | view.grammar.locative
    if doer.last >= len(view.words) or view.boundary[doer.last]:
        return False
    return not markers.isdisjoint(view.words[doer.last]) or any(
        a.first == doer.last and a.marker in markers for a in view.args)


def modifier_group(view: SentenceView, nisba: Arg, kinds: frozenset[str]) -> list[Arg]:
    """"the US and UK airstrikes", "UAE and US airstrikes", "US-UK airstrikes", "the American
    and British strikes": the doer read from a modifier (a nisba or an acronym) and the modifiers
    coordinated with it, before it where adjectives stand before their noun (the one read
    is the last), else after it; only modifiers ("Israel and US airstrikes" keeps Israel
    out)."""
    modifiers = [a for a in view.args if a.resolution in MODIFIER_RESOLUTIONS]
    if nisba not in modifiers:
        return [nisba]
    if view.grammar.adjective_after_noun:
        return group_from(modifiers, nisba, kinds)
    group = [nisba]
    for arg in reversed(modifiers[:modifiers.index(nisba)]):
        joined = arg.last == group[0].first and group[0].first in view.joined  # "US-UK"
        if not (group[0].coordinated or joined) or arg.last > group[0].first:
            break
        if arg.kind in kinds:
            group.insert(0, arg)
    return group


def genitive_doer(view: SentenceView, hit: Trigger, kinds: frozenset[str]) -> Arg | None:
    """"أدانت مصر هجوم إسرائيل على لبنان": a verb's object noun without the article is in
    the construct state, and the name right after it is its doer (the language must write
    the article as a proclitic)."""
    article = view.grammar.article
    if not article or hit.last - hit.first != 1 or any(
            r.startswith(article) for r in view.words[hit.first]):
        return None
    doer = view.arg_at(hit.last)
    if doer is None or doer.kind not in kinds or doer.resolution == "adjective" or (
            doer.marked and doer.marker != "gen") or doer.agent:
        return None
    return doer


def nisba_doer(view: SentenceView, hit: Trigger, kinds: frozenset[str]) -> Arg | None:
    """"الغارة (الجوية) الإسرائيلية", "the Israeli (air) strike": a state's adjective next to
    the event noun, on the side the language puts adjectives, with at most one other
    adjective between (told by its ending). Not after a verb whose trigger takes its object
    in ("اعترضت … شحنة إيرانية": the cargo is Iranian), nor after the noun of a victim, nor
    after a finite verb, which is no event noun ("أُسرت جنود إسرائيليون": the nisba is the
    captured's)."""
    g = view.grammar
    after = g.adjective_after_noun
    if hit.future or hit.finite:  # "ستطرد دبلوماسيين بريطانيين": its object's nisba is no doer
        return None
    if not g.patient_nouns.isdisjoint(view.words[hit.first]):
        return None
    if any(k in view.masked for k in range(hit.first, hit.last)):
        # a trigger with a name inside is a verb with its subject, but for a head noun with
        # the article ("الضربات الأمريكية على": no verb takes it), whose nisba right after
        # it, inside its gap, is its doer
        return _inner_nisba(view, hit, kinds)
    for arg in view.args:
        if not _reads_as_nisba(view, hit, arg) or arg.kind not in kinds or (
                arg.marked and arg.marker != "gen" and not _noun_phrase_marked(view, arg)):
            continue
        if (arg.first < hit.last) if after else (arg.last > hit.first):
            continue
        gap = range(hit.last, arg.first) if after else range(arg.last, hit.first)
        if len(gap) == 0 or (len(gap) == 1 and free_word(view, gap[0]) and _adjective(
                view.words[gap[0]][0], g) and not _people_noun(view, gap[0])) or (
                _weapon_words(view, gap, hit)):
            return arg
    return None


def _inner_nisba(view: SentenceView, hit: Trigger, kinds: frozenset[str]) -> Arg | None:
    """"الضربات الأمريكية على X": the state's adjective right after a definite event noun
    whose trigger reaches past it (a gapped form); None for a head word without the article
    (a verb: "سيطرت قوات X على", its subject inside) or where adjectives come first."""
    return inner_nisba(view, hit.first, hit.last, kinds)


def inner_nisba(view: SentenceView, first: int, last: int,
                kinds: frozenset[str]) -> Arg | None:
    """`_inner_nisba` of the trigger words [first, last)."""
    article = view.grammar.article
    if not article or not view.grammar.adjective_after_noun or (
            last - first < INNER_NISBA_SPAN) or not any(
            r.startswith(article) for r in view.words[first]):
        return None
    arg = view.arg_at(first + 1)
    if arg is None or arg.resolution != "adjective" or arg.kind not in kinds or (
            arg.last >= last):
        return None
    return arg


def _weapon_words(view: SentenceView, gap: range, hit: Trigger) -> bool:
    """"a Russian ballistic missile strike", "Russian missile and drone attacks": between a
    nisba and its event noun, words that name the act's arm or weapon (data
    `weapon_modifiers`), a coordinator only between two of them (the noun's own first word
    one: "missile and [drone attacks]"), in one phrase."""
    g = view.grammar
    if not g.weapon_modifiers or not 0 < len(gap) <= WEAPON_WORDS:
        return False
    if any(k in view.masked for k in gap) or any(
            view.boundary[k] for k in range(gap.start, gap.stop + 1)):
        return False
    words = [view.words[k] for k in gap]
    joins = [not g.coordinators.isdisjoint(w) for w in words]
    weapon_noun = not g.weapon_modifiers.isdisjoint(view.words[hit.first])
    return not joins[0] and (weapon_noun or not joins[-1]) and all(
        join or not g.weapon_modifiers.isdisjoint(w) for join, w in zip(joins, words,
                                                                        strict=True))


def _people_noun(view: SentenceView, i: int) -> bool:
    """"طرد دبلوماسيين أوكرانيين", "مقتل جنديين أمريكيين": a people noun with a nisba's
    ending between the event noun and a nisba is what the act is done to, and the nisba its
    state (the target), not the doer."""
    g = view.grammar
    return not (g.people_nouns | g.patient_nouns).isdisjoint(view.words[i])


def _noun_phrase_marked(view: SentenceView, arg: Arg) -> bool:
    """"due to the Israeli blockade", "in Russian strikes", "by U.S. airstrikes": where
    adjectives stand before their noun, the preposition before an adjective (or an acronym
    used as one) governs the noun phrase it opens, not the modifier (which still names the
    noun's doer)."""
    return arg.resolution in NOUN_MODIFIERS and not view.grammar.adjective_after_noun


def _adjective(word: str, g: Grammar) -> bool:
    return bool(g.adjective_endings) and word.endswith(g.adjective_endings)


def _reads_as_nisba(view: SentenceView, hit: Trigger, arg: Arg) -> bool:
    """A nisba (or, where adjectives stand before their noun, an acronym: "U.S. airstrikes"),
    or a one-word name with the article and a nisba's ending after a definite
    noun ("المساعدات السعودية": a definite noun takes no definite genitive, so the name
    is its adjective)."""
    if arg.resolution == "adjective":
        return True
    if arg.resolution in NOUN_MODIFIERS and not view.grammar.adjective_after_noun:
        # "U.S. airstrikes", "EU sanctions": the acronym modifies the noun, as an organ does
        # ("U.S. military airstrikes", "the new Israeli military offensive", "a Haitian police
        # operation"); not across a comma ("to ban the AfD, alleging ..."), and an organ not
        # before a finite verb, its predicate ("the Venezuelan government accuses X")
        return not any(view.boundary[k] for k in range(arg.last, hit.first + 1)) and not (
            arg.resolution == "organ" and _finite_word(view, hit.first))
    article = view.grammar.article
    word = view.words[arg.first][0] if arg.last - arg.first == 1 else ""
    return bool(article) and word.startswith(article) and _adjective(word, view.grammar) and (
        _noun(view, hit))


def relative_doer(view: SentenceView, hit: Trigger, kinds: frozenset[str]) -> Arg | None:
    """"الهجوم الذي شنته إسرائيل", "the attack that Israel launched": the first unmarked
    actor within the relative clause right after the event noun."""
    rel = _relative_at(view, hit) if _noun(view, hit) else _unmarked_relative(view, hit)
    if rel is None:
        return None
    for arg in view.args:
        if arg.first <= rel or arg.first - rel > RELATIVE_REACH:
            continue
        if any(view.boundary[k] for k in range(rel + 1, arg.first + 1)):
            return None
        if arg.kind in kinds and not arg.marked:
            return arg
    return None


def _unmarked_relative(view: SentenceView, hit: Trigger) -> int | None:
    """"بهجوم شنته روسيا", "تحقيق أجرته X": an indefinite event noun's relative clause has
    no relative pronoun; its verb, right after the noun or one adjective of it, ends in the
    pronoun that points back to the noun (data: `resumptive_suffixes`) and a name follows
    it. The index before that verb (where `_relative_at` puts a relative pronoun). Only
    for conflictual acts: the name after "قمة استضافتها" is its host, no doer of it."""
    g = view.grammar
    if not g.resumptive_suffixes or _cooperative(hit) or not hit.frame.event:
        return None  # (a fact's noun alone names no act: "استحواذها على شركة X")
    for at in (hit.last, hit.last + 1):
        if at + 1 >= len(view.words) or view.boundary[at] or view.boundary[at + 1]:
            return None
        word = view.word_at(at)
        verb = not any(r.startswith(g.article) for r in view.words[at]) if g.article else True
        if (verb and at not in view.masked and _named_at(view, at + 1) and len(word) > 3
                and word.endswith(g.resumptive_suffixes) and free_word(view, at)):
            return at - 1
        if not free_word(view, at):
            return None
    return None


def _named_at(view: SentenceView, i: int) -> bool:
    """An actor is named at word i by its name, not by an adjective ("شحنة أسلحة إيرانية":
    a feminine noun ends like a verb's pronoun once normalised, and its nisba is no doer)."""
    return any(a.first == i and a.resolution != "adjective" for a in view.args)


def _relative_at(view: SentenceView, hit: Trigger) -> int | None:
    relatives = view.grammar.event_noun_relatives
    at = hit.last
    if at < len(view.words) and free_word(view, at) and (
            view.grammar.adjective_after_noun):
        at += 1  # "الهجوم الصاروخي الذي"
    if at >= len(view.words) or view.boundary[at] or relatives.isdisjoint(view.words[at]):
        return None
    return at


def _finite_word(view: SentenceView, k: int) -> bool:
    """Word `k` is a finite form of a frame's verb ("accuses", "withdrew")."""
    return not finite_forms(view.grammar.code).isdisjoint(view.words[k])


def _noun(view: SentenceView, hit: Trigger) -> bool:
    """The trigger reads as a noun: it has the article as proclitic ("الهجوم", "بالهجوم"),
    or an article stands before it, past any name that describes it ("the Israeli attack"),
    and not a complementizer's verb ("warned that")."""
    article = view.grammar.article
    if article:
        return any(r.startswith(article) for r in view.words[hit.first])
    k = view.unmasked_before(hit.first)
    return k >= 0 and not view.grammar.articles.isdisjoint(view.words[k])


def _relative_verb(view: SentenceView, hit: Trigger, hits: Sequence[Trigger]) -> Trigger | None:
    """The hit that is the verb of an event noun's relative clause ("the attack that Israel
    launched": "launched"), when the clause names the doer."""
    rel = _relative_at(view, hit)
    doer = relative_doer(view, hit, st.ACTOR_KINDS) if rel is not None else None
    if rel is None or doer is None:
        return None
    return next((h for h in hits if h is not hit and (rel < h.first < doer.first or (
        h.first == doer.last and not view.boundary[h.first]))), None)


def free_word(view: SentenceView, i: int) -> bool:
    """Word i may be an adjective of the noun next to it: a free word (no name, no
    preposition, relative or coordinator) with no punctuation before it."""
    g = view.grammar
    if i in view.masked or view.boundary[i]:
        return False
    closed = g.prepositions | g.coordinators | g.relatives | g.articles | g.between
    return closed.isdisjoint(view.words[i]) and g.event_noun_relatives.isdisjoint(
        view.words[i])


def _stance(frame: Frame) -> bool:
    event = frame.event
    if not event or frame.fact or event.get("type") not in STANCE_TYPES:
        return False
    mode = STANCE_TYPES[event["type"]]
    return mode is None or event.get("mode") == mode


def _is_event(frame: Frame) -> bool:
    return bool(frame.event) and not frame.fact


@lru_cache(maxsize=8)
def _subject_words(g: Grammar) -> frozenset[str]:
    """The words of a verb's subject that may stand before its event noun (`_governs`):
    built once per language."""
    return g.own_members | g.spokesperson_nouns | g.spokesperson_links


def _governs(view: SentenceView, verb: Trigger, noun: Trigger) -> bool:
    """The event noun is the verb's object: only its subject's words (its own members with
    it: data `own_members`; the one who speaks for it: `spokesperson_nouns` and their
    `spokesperson_links`, "رفض المتحدث باسم X الاتهامات"), an article and words of manner
    ("بأشد العبارات", "strongly": data `manner_adverbials`) stand between them, in one
    clause."""
    g = view.grammar
    subject_words = _subject_words(g)
    titled = _titled_name(view, verb.last, noun.first) | _group_heads(view, verb.last,
                                                                     noun.first) | (
        office_heads(view, verb.last, noun.first))
    skipped = titled | st.adjunct_words(view, verb.last, noun.first) | (
        _distributive_words(view, verb.last, noun.first))
    gap = [k for k in range(verb.last, noun.first)
           if subject_words.isdisjoint(view.words[k]) and k not in skipped]
    if not _is_event(noun.frame) or len(gap) > GAP:
        return False
    if any(view.boundary[k] for k in range(verb.last, noun.first + 1)):
        return False
    articles = view.grammar.articles
    return all(k in view.masked or not articles.isdisjoint(view.words[k]) for k in gap)


def _group_heads(view: SentenceView, start: int, end: int) -> set[int]:
    """"أدان قادة دول آسيا الوسطى الخمس الهجوم": the head noun right before a group of
    states (its leaders, its ministers) is the verb's subject with it, through the list's
    last name; so is a group whose name holds its office nouns (lexicon `group_nouns`:
    "وزراء خارجية دول الاتحاد الأوروبي") right at word `start`."""
    heads: set[int] = set()
    for a in view.args:
        if a.resolution == "members" and start <= a.first <= end:
            heads.update(range(max(start, a.first - 1), _list_end(view, a, end)))
    return heads


def office_heads(view: SentenceView, start: int, end: int) -> set[int]:
    """"أدان قادة (وزراء خارجية) فرنسا وألمانيا الهجوم", "وزراء خارجية دول مجلس التعاون":
    the plural or dual office nouns (`office_plurals`, then an organ noun in construct:
    `indefinite_organs`) at word `start`, right before a state's name or a group's members
    before word `end`: the verb's subject with the states, as a titled holder is
    (`_titled_name`). The words returned run through the list's last name, so that only
    words past the subject count toward a gap."""
    g = view.grammar
    k = start
    while k < end and k not in view.masked and _office_word(g, view.words[k], k > start):
        k += 1
    if k == start:
        return set()
    listed = _distributive_words(view, k, end)  # "وزيرا خارجية كل من X وY"
    if listed:
        return set(range(start, k)) | listed
    name = view.arg_at(k)
    if name is None or not (name.kind == "state" or name.resolution == "members"):
        return set()
    return set(range(start, _posting_end(view, max(k, _list_end(view, name, end)), end)))


def _posting_end(view: SentenceView, k: int, end: int) -> int:
    """"مندوب مصر (الدائم) لدى الأمم المتحدة": the envoys' post after their states (a link of
    `posting_links`, one word before it at most, the masked words of the posted name) is
    part of the subject; else `k`."""
    links = view.grammar.posting_links
    for link in (k, k + 1):
        if link < end and not view.boundary[link] and not links.keys().isdisjoint(
                view.words[link]):
            after = link + 1
            while after < end and after in view.masked and not view.boundary[after]:
                after += 1
            return after if after > link + 1 else k
    return k


def _office_word(g: Grammar, readings: tuple[str, ...], organ: bool) -> bool:
    """An office noun, or (`organ`: after one) the organ noun in construct with it."""
    return not g.office_plurals.isdisjoint(readings) or (
        organ and not g.indefinite_organs.isdisjoint(readings))


def _list_end(view: SentenceView, name: Arg, end: int) -> int:
    """The word after the last name, before word `end`, of the list `name` opens
    ("مصر والأردن والسعودية وقطر", "المملكة العربية السعودية والإمارات")."""
    last, head = name.last, name.list_head if name.list_head >= 0 else name.first
    for arg in view.args[view.args.index(name) + 1:]:
        if arg.first >= last and not (arg.coordinated and arg.list_head in (-1, head)):
            break
        if arg.last <= end:
            last = max(last, arg.last)
    return last


def _distributive_words(view: SentenceView, start: int, end: int) -> set[int]:
    """"أدانت كل من X وY الهجوم": the words of a distributive phrase (`distributive_phrases`)
    at word `start`, right before a name before word `end`, and the list of subjects it
    opens, through its last name. sentence.py reads the phrase too: a preposition before it
    governs the list ("مع كل من X"), the phrase itself governs none."""
    for phrase in view.grammar.distributive_phrases:
        last = start + len(phrase)
        name = view.arg_at(last) if last < end else None
        if name is not None and all(
                phrase[k] in view.words[start + k] for k in range(len(phrase))):
            return set(range(start, _list_end(view, name, end)))
    return set()


def _titled_name(view: SentenceView, start: int, end: int) -> set[int]:
    """"أدان رئيس الوزراء (الهولندي) ديك شوف الهجوم": a title of `title_anaphora` at word
    `start` and, up to word `end`, names and at most NAME_WORDS words of a name the lexicon
    does not know: the verb's subject, however it is resolved. No words when no title opens
    them."""
    for phrase in view.grammar.title_anaphora:
        last = start + len(phrase)
        if last <= end and all(phrase[k] in view.words[start + k] for k in range(len(phrase))):
            name = [k for k in range(last, end) if k not in view.masked]
            return set(range(start, end)) if len(name) <= NAME_WORDS else set()
    return set()


def _refuses_act(verb: Trigger, noun: Trigger) -> bool:
    """"refused extradition", "رفضت المحادثات": a refusal whose object is a cooperative act
    (PLOVER's VC and MC quads) with no other doer named refuses to do that act; a
    conflictual one ("rejected the attack on X") is only condemned."""
    verb_event = verb.frame.event or {}
    return verb_event.get("type") == REFUSAL_TYPE and _cooperative(noun)


def _refused_fact(view: SentenceView, gap: range, event: Trigger) -> bool:
    """"رفضت X توقيع الاتفاق", "رفض الرئيس البيروفي الانضمام إلى Y": a verb-first refusal
    whose object, right past its subject (a name, or the unmarked mention that ends right
    before it), is the verbal noun of a fact refuses that fact."""
    if not (view.grammar.verb_first and event.frame.fact):
        return False
    return all(k in view.masked for k in gap) or any(
        a.last == event.first and a.first >= gap.start and not a.marked for a in view.args)


def _cooperative(hit: Trigger) -> bool:
    onto = ontology()
    found = onto.event_types.get((hit.frame.event or {}).get("type", ""))
    return found is not None and found.quad in onto.cooperative_quads


def _refuses(view: SentenceView, verb: Trigger, event: Trigger) -> bool:
    """"رفضت X إجراء محادثات", "refused to negotiate": a refusal verb, then (past its
    subject) the words that join it to the event it refuses."""
    frame_event = verb.frame.event or {}
    if frame_event.get("type") != REFUSAL_TYPE or verb.frame.fact:
        return False
    if not (event.frame.event or event.frame.fact):
        return False
    gap = range(verb.last, event.first)
    if len(gap) > GAP or any(view.boundary[k] for k in range(verb.last, event.first + 1)):
        return False
    links = view.grammar.refusal_links
    joined = [k for k in gap if k not in view.masked]
    if _refused_fact(view, gap, event):
        return True
    if not joined:  # "declined to" may be the trigger itself
        joined = [verb.last - 1] if gap or verb.last - verb.first > 1 else []
    return bool(joined) and all(not links.isdisjoint(view.words[k]) for k in joined)
