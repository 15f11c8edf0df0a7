"""Named argument strategies: each chooses the source or target of a trigger one way.

Every strategy is a small function over a `SentenceView`'s arguments; the extractor tries
them in an order that depends on the frame (voice, markers, between, symmetry) and records
the name of the one that chose each argument in the item's `trace`, which
`diplomap extract --explain` prints. A strategy never holds a word of any language: the
markers come from the frame (`target_markers`, `agent_markers`) or from `lang/<code>/`.
"""

from __future__ import annotations

from collections.abc import Container, Iterable
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from diplomap.extract.arguments import first_group, group_from, last_group, may_be_subject
from diplomap.extract.grammar import Grammar
from diplomap.extract.sentence import Arg, SentenceView
from diplomap.ontology import ontology

# The most words between a relative clause's antecedent name and its relative word (the
# name's adjectives or title: "الصومال الانفصالي الذي", "Tokayev, the president, who")
ANTECEDENT_GAP = 2

# -- strategy names (what a trace shows) --------------------------------------------------
SVO_SUBJECT = "svo_subject"              # the subject named before a verb
VSO_SUBJECT = "vso_subject"              # the subject right after a verb-first trigger
RELATIVE_ANTECEDENT = "relative_antecedent"  # "X, who met Y": the name before the relative
ADJUNCT_SUBJECT = "adjunct_subject"      # "X delayed ..., accusing Y": the main clause's subject
SUBJECT_MARKER = "subject_marker"        # a preposition the frame says marks its subject
PASSIVE_AGENT = "passive_agent"          # "by X", an agent phrase of a passive or a noun
WARRANT_ISSUER = "warrant_issuer"        # "arrested on a Kenyan warrant": the issuer arrests
PASSIVE_SUBJECT = "passive_subject"      # the grammatical subject of a passive is the target
ALL_SUBJECTS = "all_subjects"            # "comprises A, B and C": every one is a subject
OBJECT_BY_MARKER = "object_by_marker"    # the name governed by one of the frame's markers
DIRECT_OBJECT = "direct_object"          # the first (unmarked) name after the trigger
RECEIVER = "transfer_receiver"           # "refused the extradition of X to Y": Y
PRONOUN_OBJECT = "pronoun_object"        # "accusing them": the objects of the act before
REPLY_TARGET = "reply_target"            # "Y dismisses the accusations": Y answers the accuser
ADDRESSEE_BEFORE = "addressee_before"    # "... call for an inquiry": into the target before
ACT_TARGET = "act_target"                # "bans X, citing a threat": the act's target
OBJECT_BEFORE = "object_before"          # the name before the trigger (noun frames)
GENITIVE = "verbal_noun_genitive"        # "X's bombardment of Y" / a noun's genitive
VICTIMS = "victims"                      # "X were killed in a Y attack": X, named before it
RESULT_VICTIMS = "result_victims"        # "شنّ X غارات، ما أسفر عن مقتل جنود ماليين": Mali
BETWEEN = "between_pair"                 # "between X and Y"
COORDINATED = "coordinated_list"         # the names coordinated with the chosen one
COORDINATED_VERB = "coordinated_verb"    # "X condemned ... and suspended ...": X again
COORDINATED_OBJECT = "coordinated_object"  # "X accused Y ... and demanded ...": Y again
PLEDGER = "pledger"                      # "X pledged ... aid to Y": X gives what it pledged
SYMMETRIC_PARTIES = "symmetric_parties"  # the parties of a symmetric relation
NEAREST_PAIR = "nearest_pair"            # "talks with Y failed, while the ceasefire holds":
                                         # a bare two-sided act is held by the pair of the
                                         # nearest two-party act (its sentence, else the last)
CO_SUBJECTS = "co_subjects"              # "A, B and C signed": every pair
FOCAL_ACTOR = "focal_actor"              # the document's focal state
CARRIED_SUBJECT = "carried_subject"      # the subject of the previous sentence
PRO_DROP_SUBJECT = "pro_drop_subject"    # "X ... Y التي أسستها مع Z": a verb with no subject
#                                          named, the state the sentence opens with
PRO_DROP = "pro-drop"  # the detail of a subject a verb names by its agreement alone
IMPLICIT_OBJECT = "implicit_object"      # aid or investment into the focal state
IMPLICIT_ORG = "implicit_organisation"   # the organisation named last
DOMESTIC = "domestic_target"             # a state acting on its own people: X -> X
SPEECH_CONTENT = "speech_content"        # the actors of what a speaker said
SPEAKER = "speaker"                      # "X said it would ...": the speaker, when the content
                                         # names no subject
QUOTED_SPEAKER = "quoted_speaker"        # 'X said: "نطالب ..."': a first-person verb's
                                         # subject is the quotation's speaker
ORGAN = "organ_as_state"                 # a ministry, army, police ... is its state
OFFICIAL = "official_as_state"           # a person with a dated role is its state
MEMBERS = "group_members"                # a group stands for its members at the date
PLACE = "place_as_actor"                 # a place is its state when nothing else is named
COMPANY_STATE = "company_state"         # a company bought stands for its state
GROUP_OVER_PLACE = "group_over_place"    # "airstrikes kill X insurgents in Somalia": X, not
                                         # the state that says where
BACKER = "backing_modifier"              # "Rwandan-backed M23": Rwanda backs M23
BACKED = "backed_noun"                   # ... and M23 is backed
DESCRIBED_MEMBER = "described_member"    # "Poland, a NATO member,": Poland is a member
DESCRIBING_BODY = "describing_body"      # ... of NATO
LEADING_MEMBER = "leading_member"        # "the Russian-led CSTO": Russia is a member
LED_BODY = "led_body"                    # ... of the CSTO
SITE_OPERATOR = "aid_site_operator"      # "aid sites run by X": X gives the aid
SITE_PLACE = "aid_site_place"           # ... to the state the site stands in
COMPOUND_PARTY = "compound_party"        # "US-Russian talks": a party the compound names
GIVER_AFTER = "giver_after"              # "with the support of X": X gives
CLAUSE_RECEIVER = "clause_receiver"      # ... to the first actors of the clause
REFERENCE = "document_reference"         # "he", "the president", "the bloc": the actor
                                         # named before (extract.reference)

# Kinds that act in events by themselves (armed groups, organisations, states).
ACTOR_KINDS = frozenset({"state", "organization", "armed_group", "territory", "company"})
ACTOR_AFTER_REACH = 2  # words (articles, complementizers) between a verb and the actor after it
UNNAMED_SUBJECT_REACH = 3  # opening words that hold an unnamed subject ("Unknown gunmen")


class Step(NamedTuple):
    """One line of an item's trace: which slot, chosen by which strategy, and how."""

    slot: str
    strategy: str
    detail: str = ""


# -- subjects -------------------------------------------------------------------------------
def svo_subject(left: list[Arg], kinds: frozenset[str], clause: int, any_marking: bool = False,
                comitative: frozenset[str] = frozenset()) -> Arg | None:
    """The nearest name of a subject kind before the trigger, in its clause."""
    candidates = [a for a in left if a.kind in kinds
                  and may_be_subject(a, any_marking, comitative) and a.first >= clause]
    return candidates[-1] if candidates else None


def vso_subject(right: list[Arg], kinds: frozenset[str], trigger_end: int, reach: int,
                any_marking: bool = False, comitative: frozenset[str] = frozenset(),
                counted: set[int] | frozenset[int] = frozenset()) -> list[Arg]:
    """The name (and those coordinated with it) within `reach` words after the trigger; the
    words of a count (`counted`: "حث أكثر من 100 عضو في البرلمان X") are not reckoned, as a
    trigger's gap skips them."""
    first = next((a for a in right if a.kind in kinds
                  and may_be_subject(a, any_marking, comitative)
                  and _distance(trigger_end, a.first, counted) <= reach), None)
    return group_from(right, first, kinds) if first is not None else []


def _distance(start: int, end: int, counted: set[int] | frozenset[int]) -> int:
    """Words from `start` to `end`, less the words of counts among them."""
    return end - start - sum(1 for k in counted if start <= k < end)


def adjunct_subject(view: SentenceView, trigger: int, kinds: frozenset[str],
                    main: list[Arg], opener: int | None = None) -> list[Arg]:
    """"X delayed the talks, accusing Y of ...", "أرجأت X ...، متهمة Y": a participle that
    opens a clause right after a comma (or a conjunction: "while investigating X"; or an
    adverb after the comma: ", reportedly killing") is done by the subject of the main
    clause: the sentence's first unmarked name of a subject kind (not the subject of a clause in
    between: "خلال زيارة يجريها Z، مدعيا"), else `main` (the subjects of the verb before
    it). Participles are told by their affixes (grammar.yaml)."""
    g = view.grammar
    before = view.word_at(trigger - 1)
    opens = view.boundary[trigger] or (
        bool(g.adverb_suffixes) and before.endswith(g.adverb_suffixes)
        and view.boundary[trigger - 1]) or (  # ", reportedly killing"
        opener is not None or adjunct_opener(view, trigger) is not None)  # "while killing",
    # "after previously seizing" (`opener`: the caller found the conjunction already)
    if trigger == 0 or not opens or not g.adjunct_suffixes:
        return []
    word = view.words[trigger][0]
    if not word.endswith(g.adjunct_suffixes) or (
            g.adjunct_prefixes and not word.startswith(g.adjunct_prefixes)):
        return []
    first = next((a for a in view.args if a.last <= trigger and a.kind in kinds
                  and not a.marked and not a.implicit), None)
    if first is not None and unnamed_fighters(view, 0, min(first.first, UNNAMED_SUBJECT_REACH)):
        return []  # "Gunmen attack a Turkish site in X, killing ...": no name is the doer
    return [first] if first else list(main)


def unnamed_fighters(view: SentenceView, start: int, end: int) -> bool:
    """Fighters no name owns stand in words [start, end) ("Unknown gunmen attack a Chinese
    mine", "هاجم مسلحون منجما صينيا": `fighter_nouns` with no name right after them, as
    "مسلحو طالبان" has, nor one governed by a preposition in the word after that ("مسلحون
    تابعون لحركة X") or, other than a place's ("في"), the word after that ("مسلحون قادمون
    من تشاد"), nor a preposition that names theirs: "militants from an offshoot of X"; an
    unmarked name two words on is what they act on), and governed by no preposition
    themselves ("شن الجيش هجوما على المتمردين": whom it attacks): they, not a name further
    on, are the subject (data/devset/GUIDE.md: they act for no one)."""
    g = view.grammar
    owners = {a.first for a in view.args} | {a.first - 1 for a in view.args if a.marked}
    owners |= {a.first - 2 for a in view.args if a.first > 1 and (
        view.word_at(a.first - 1) in g.prepositions - g.locative)}
    return any(not g.fighter_nouns.isdisjoint(view.words[k]) and k + 1 not in owners
               and view.word_at(k + 1) not in g.prepositions
               and (k == 0 or view.word_at(k - 1) not in g.prepositions)
               for k in range(max(0, start), min(end, len(view.words))))


def adjunct_opener(view: SentenceView, trigger: int) -> int | None:
    """Where the conjunction that opens an adjunct participle at word `trigger` stands
    ("after seizing", "after previously seizing": `adjunct_conjunctions`, an adverb between
    them), if one does and the trigger is a participle (`adjunct_suffixes`). The data says
    which languages have it: Arabic lists no adjunct_conjunctions (its حال participle opens
    after a comma only), so none is found there."""
    g = view.grammar
    if trigger == 0 or not g.adjunct_suffixes or not g.adjunct_conjunctions or (
            not view.words[trigger][0].endswith(g.adjunct_suffixes)):
        return None
    k = trigger - 1
    if k > 0 and g.adverb_suffixes and view.word_at(k).endswith(g.adverb_suffixes) and (
            not view.boundary[k]):
        k -= 1
    return k if view.word_at(k) in g.adjunct_conjunctions and k not in view.masked else None


def relative_antecedent(view: SentenceView, clause: int, trigger: int,
                        kinds: frozenset[str]) -> Arg | None:
    """"X, who held talks": a relative clause's subject is the name right before it (up to
    ANTECEDENT_GAP words between: "الصومال الانفصالي الذي"), not one before another noun
    the clause describes ("relations with X since the 2008 war, after which it recognised
    Y", "حرب 2008، التي اعترفت روسيا في أعقابها"). A subject pronoun after the relative
    shows the relative the clause's object or adjunct ("X holds a seat, which it says",
    "X has had no ties with Y since the war, after which it recognised Z"): the pronoun is
    the subject the sentence opens with."""
    words = view.words[clause:trigger]
    relative = next((clause + k for k, w in enumerate(words[:2])
                     if set(w) & view.grammar.relatives), None)
    if relative is None:
        return None
    before = [a for a in view.args if a.last <= clause and a.kind in kinds and not a.implicit]
    if relative + 1 < len(view.words) and not (
            view.grammar.subject_pronouns.isdisjoint(view.words[relative + 1])):
        return _opening_subject(view, before)
    if not before or relative - before[-1].last > ANTECEDENT_GAP:
        return None
    return before[-1]


def pro_drop_relative(view: SentenceView, first: int, last: int) -> bool:
    """The trigger [first, last) is a relative clause's verb that names its own subject by
    its agreement alone: right after the relative word, it carries an object pronoun that
    points back to the relative (grammar `resumptive_suffixes`), is a feminine singular
    (a state's: `feminine_prefixes`, `perfect_endings`) and no name follows it as its
    subject, only a preposition, a marked name or the clause's end ("Y التي أسستها مع Z",
    "الإعانات التي تقدمها لكولومبيا"; not "التي فرضتها اليابان على X"). English writes that
    subject as a pronoun ("which it set up with Z"), read by `relative_antecedent`."""
    g = view.grammar
    if not g.resumptive_suffixes or first == 0 or last - first != 1 or (
            g.relatives.isdisjoint(view.words[first - 1])):
        return False
    return _feminine_with_object(g, view.words[first]) and _no_subject_after(view, last)


def pro_drop_opening(view: SentenceView, trigger: int, kinds: frozenset[str]) -> Arg | None:
    """The subject of a `pro_drop_relative` verb named in its sentence: the state the
    sentence opens with ("وإيران ... التي أسستها"), never a person (a feminine verb)."""
    before = [a for a in view.args if a.last <= trigger and a.kind in kinds and not a.implicit]
    subject = _opening_subject(view, before)
    return subject if subject is not None and subject.person is None else None


def _feminine_with_object(g: Grammar, readings: tuple[str, ...]) -> bool:
    for word in readings:
        for suffix in g.resumptive_suffixes:
            stem = word[:-len(suffix)]
            if word.endswith(suffix) and len(stem) >= 3 and (
                    stem.startswith(g.feminine_prefixes) or stem.endswith(g.perfect_endings)):
                return True
    return False


def _no_subject_after(view: SentenceView, k: int) -> bool:
    """Nothing after word `k - 1` can be a verb-first subject: the clause ends there, or a
    preposition or a marked name comes next."""
    if k >= len(view.words) or view.boundary[k]:
        return True
    named = next((a for a in view.args if a.first == k), None)
    if named is not None:
        return named.marked
    return not view.grammar.prepositions.isdisjoint(view.words[k])


def _opening_subject(view: SentenceView, names: list[Arg]) -> Arg | None:
    """The unmarked name a sentence opens with (past an article), among `names`."""
    first = names[0] if names else None
    if first is None or first.marked or first.first > 1 or any(
            a.first < first.first for a in view.args):
        return None
    return first


def governed_by(view: SentenceView, arg: Arg, markers: Iterable[str]) -> str:
    """The marker among `markers` that governs `arg` (its preposition or proclitic, or the
    one or two words right before it), or ''."""
    found = set(markers)
    if not found or arg.implicit:
        return ""
    if arg.marker and arg.marker in found:
        return arg.marker
    for n in (1, 2):
        if arg.first - n < 0:
            break
        words = view.words[arg.first - n:arg.first]
        for phrase in _phrases(words):
            if phrase in found:
                return phrase
    return ""


def _phrases(words: list[tuple[str, ...]]) -> set[str]:
    """Every reading of a run of words joined by spaces."""
    out = {""}
    for word in words:
        out = {f"{p} {w}".strip() for p in out for w in word}
    return out


def passive_agent(view: SentenceView, args: list[Arg], kinds: frozenset[str],
                  markers: Iterable[str] = (), determined: bool = False) -> list[Arg]:
    """"by X", "at the hands of X": the agent (and those coordinated with it); with
    `determined`, also a name that modifies an agent noun ("by an ELN sniper")."""
    markers = tuple(markers)
    first = next((a for a in args if a.kind in kinds and (
        a.agent or governed_by(view, a, markers)
        or (determined and _determined_agent(view, a, markers)))), None)
    return group_from(args, first, kinds) if first is not None else []


def _determined_agent(view: SentenceView, arg: Arg, markers: tuple[str, ...]) -> bool:
    """"shot by an ELN sniper": a determiner other than the article ("a", "an") between
    the agent marker and the name that modifies the agent noun; not a noun of people ("a
    car driven by an Indian national": a person, no state, is its driver)."""
    g = view.grammar
    before = view.word_at(arg.first - 1)
    return not arg.implicit and before in g.determiners - g.articles and (
        view.word_at(arg.first - 2) in markers) and view.word_at(arg.last) not in (
        g.people_nouns)


# -- objects --------------------------------------------------------------------------------
def object_by_marker(view: SentenceView, args: list[Arg], kinds: frozenset[str],
                     markers: Iterable[str], taken: set[str | None]) -> list[Arg]:
    """The first name governed by one of the frame's target markers ("against X", "على X"),
    with the names coordinated with it."""
    markers = tuple(markers)
    first = next((a for a in args if a.kind in kinds and a.entity not in taken
                  and governed_by(view, a, markers)), None)
    return group_from(args, first, kinds) if first is not None else []


def people_object(view: SentenceView, start: int) -> bool:
    """"arresting six suspects": the object that starts at word `start` is a noun of people
    (a number or adjective before it), so no name before the act is its object."""
    end = min(start + 3, len(view.words))
    return any(k not in view.masked and set(view.words[k]) & view.grammar.people_nouns
               for k in range(start, end))


def near_people(view: SentenceView, start: int, candidates: list[Arg],
                reach: int = 2, prisoners: bool = False) -> list[Arg]:
    """"detain 74 people as part of an inquiry into a plot backed by X": when the object
    that starts at word `start` is a noun of people, or of a person by role or title
    ("sentenced former MEP X ... for taking bribes from a Y lawmaker", `role_nouns`,
    `person_titles`), a name further than `reach` words after it is not the object, unless
    a list of them goes on ("people, including X"). A link straight after the noun and its
    articles (`role_links`: "officers of the French embassy", "مسؤول في السفارة الفرنسية")
    are not counted: whom the person serves stays the object ("executives of state-owned
    mining company X" is still too far); a noun with a possessive after it owns the object
    ("the ambassador's complaint about X"), no person is the object. With `prisoners` (a
    punishment: "نفذت X حكم الإعدام بحق ستة سجناء ... نيابة عن Y") prisoners count too
    (`released_patients`); a release of prisoners for hostages names its other side."""
    g = view.grammar
    end = min(start + 3, len(view.words))
    nouns = _person_nouns(g, prisoners)
    noun = next((k for k in range(start, end) if not nouns.isdisjoint(view.words[k])), None)
    if noun is None or (noun + 1 < len(view.words) and not g.possessive_markers.isdisjoint(
            view.words[noun + 1])):
        return candidates  # "dismissed the ambassador's complaint about X": its owner
    listed = noun + 1 < len(view.words) and not _list_inclusion(g).isdisjoint(
        view.words[noun + 1])
    link = noun + 1  # "officers of the French embassy": "of the" leads to whom they serve
    if link < len(view.words) and not view.boundary[link] and not g.role_links.isdisjoint(
            view.words[link]):
        link += 1
        while link < len(view.words) and not g.articles.isdisjoint(view.words[link]):
            link += 1
    linked = link - noun - 1  # the link's words are not counted in the reach
    kept: list[Arg] = []
    dropped = False
    for a in candidates:  # "against candidate X and the Y party": X's list goes on
        if a.implicit or a.first - noun - linked <= reach + 2 * listed or (not dropped and (
                a.coordinated or _listed_after(view, noun, a.first))):
            kept.append(a)
        else:
            dropped = True
    return kept


def _listed_after(view: SentenceView, noun: int, first: int) -> bool:
    """"candidate Hans Weber and the X party": the name at word `first` follows a
    coordinator (and an article) after the person that the noun at word `noun` names, with
    no punctuation, preposition or relative pronoun between them."""
    g = view.grammar
    k = first - 1
    while k > noun and not g.articles.isdisjoint(view.words[k]):
        k -= 1
    if k <= noun or g.coordinators.isdisjoint(view.words[k]):
        return False
    stops = _list_stops(g)
    return not any(view.boundary[i] or not stops.isdisjoint(view.words[i])
                   for i in range(noun + 1, first))


@lru_cache(maxsize=16)
def _person_nouns(g: Grammar, prisoners: bool = False) -> frozenset[str]:
    """The nouns of people, of a person by role and the titles (`near_people`), and with
    `prisoners` those a release frees (`released_patients`): built once per language, not
    at each call."""
    nouns = g.people_nouns | g.role_nouns | g.person_titles
    return nouns | g.released_patients if prisoners else nouns


@lru_cache(maxsize=8)
def _list_inclusion(g: Grammar) -> frozenset[str]:
    """The words of a list's inclusion that are no preposition ("including")."""
    return g.list_inclusion - g.prepositions


@lru_cache(maxsize=8)
def _list_stops(g: Grammar) -> frozenset[str]:
    """What ends a list of names after a noun (`_listed_after`): a preposition or relative."""
    return g.prepositions | g.relatives


def before_relative(view: SentenceView, start: int, candidates: list[Arg]) -> list[Arg]:
    """"arrested the owner of the ship that brought explosives to X": a relative pronoun after
    the object that starts at word `start` opens a clause describing it; the names in that
    clause are not the object of the act."""
    g = view.grammar
    relatives = g.relatives | g.event_noun_relatives
    if not relatives:
        return candidates
    opens = next((k for k in range(start + 1, len(view.words))
                  if k not in view.masked and set(view.words[k]) & relatives), None)
    if opens is None:
        return candidates
    return [a for a in candidates if a.implicit or a.first < opens]


def before_topic(view: SentenceView, start: int, candidates: list[Arg]) -> list[Arg]:
    """"اجتمع مجلس الأمن في نيويورك لبحث الحرب في السودان": what a meeting is held to
    discuss, after a word of `topic_openers` after the object that starts at word `start`,
    is its topic; no name in it is a party, save one it is discussed with ("لبحث عملية سلام
    مع الرئيس الأنغولي": `comitative` up to two words before it). English "to discuss" is
    a trigger of its own (talks_topic), which ends the meeting's reach."""
    g = view.grammar
    if not g.topic_openers:
        return candidates
    opens = next((k for k in range(start, len(view.words))
                  if k not in view.masked and not g.topic_openers.isdisjoint(view.words[k])),
                 None)
    if opens is None:
        return candidates
    return [a for a in candidates if a.implicit or a.first < opens or any(
        not g.comitative.isdisjoint(view.words[k]) for k in range(max(opens, a.first - 2),
                                                                   a.first))]


def before_adjunct(view: SentenceView, start: int, candidates: list[Arg],
                   openers: frozenset[str]) -> list[Arg]:
    """"arrested X following an indictment in Y", "حظرت ... وسط تحقيق بشأن Y": a word of
    `openers` after the object that starts at word `start` opens an adjunct (the act's time,
    cause or grounds); the names in it are not the object of the act."""
    prepositions = view.grammar.prepositions  # "في وسط باريس": a noun after a preposition
    opens = next((k for k in range(start, len(view.words))
                  if k not in view.masked and not openers.isdisjoint(view.words[k])
                  and (k == 0 or prepositions.isdisjoint(view.words[k - 1]))), None)
    if opens is None:
        return candidates
    return [a for a in candidates if a.implicit or a.first < opens]


def transfer_receiver(view: SentenceView, end: int, kinds: frozenset[str]) -> list[Arg]:
    """"refuses the extradition of X to Y", "رفض القضاء تسليم X إلى Y": when the act's
    object is a handing over (a transfer noun right after the trigger and its subject, which
    end at word `end`), its other party is the one it would go to (the name after a
    preposition of destination in the clause), not the one handed over."""
    g = view.grammar
    near = range(end, min(end + 2, len(view.words)))
    if not g.transfer_nouns or not any(set(view.words[k]) & g.transfer_nouns for k in near):
        return []
    after = in_clause(view, end, [a for a in view.args if a.first >= end])
    return [a for a in after if a.kind in kinds and a.marker in g.destinations][:1]


def direct_object(candidates: list[Arg], prefer_unmarked: bool) -> list[Arg]:
    """The first name after the trigger (unmarked first when kinds tell roles apart)."""
    return first_group(candidates, prefer_unmarked)


def in_clause(view: SentenceView, start: int, candidates: list[Arg]) -> list[Arg]:
    """The candidates with no punctuation between word `start` and them, but a list that
    goes on ("..., including X", "...، بينهم X"): the rest stand in another clause."""
    g = view.grammar
    goes_on = g.list_inclusion - g.prepositions  # "including", not the "في" of "بما في ذلك"

    def opens_clause(k: int) -> bool:
        return view.boundary[k] and k not in view.list_starts and not (
            set(view.words[k]) & goes_on)
    return [a for a in candidates if a.implicit
            or not any(opens_clause(k) for k in range(start, min(a.first + 1, len(view.words))))]


def pronoun_object(view: SentenceView, first: int, last: int, earlier: list[Arg]) -> list[Arg]:
    """"arrested ... officials, accusing them of ...", "متهمة إياهم": an object pronoun in or
    right after the trigger stands for the objects of the sentence's act before it."""
    pronouns = view.grammar.object_pronouns
    words = range(first, min(last + 1, len(view.words)))
    if not pronouns or not any(set(view.words[i]) & pronouns for i in words):
        return []
    return list(earlier)


def in_subject_clause(view: SentenceView, trigger: int, verb_first: bool,
                      subjects: list[Arg], candidates: list[Arg]) -> list[Arg]:
    """"Japan raised concerns about North Korea while China criticized ...", "فرّوا إلى
    الكاميرون بعد أن سيطر مسلحو بوكو حرام على ...": a conjunction that opens a clause
    (`clause_conjunctions`) before the trigger, the trigger's subject named after it (before
    the trigger, or after it when the trigger is a verb that comes first, `verb_first`),
    begins the trigger's clause; the candidates before it stand in the clause before."""
    named = [a.first for a in subjects if not a.implicit and (a.first < trigger or verb_first)]
    conjunctions = view.grammar.clause_conjunctions
    if not named or not conjunctions:
        return candidates
    opening = [k for k in range(min(min(named), trigger)) if phrase_at(view, k, conjunctions)]
    if not opening:
        return candidates
    return [a for a in candidates if a.implicit or a.first > opening[-1]]


def object_before(args: list[Arg]) -> list[Arg]:
    """The last group of names before the trigger."""
    return last_group(args)


def verbal_noun_genitive(view: SentenceView, right: list[Arg], trigger_end: int,
                         source_kinds: frozenset[str], target_kinds: frozenset[str],
                         markers: Iterable[str], links: Container[str]
                         ) -> tuple[list[Arg], list[Arg]] | None:
    """A verbal noun with its doer as genitive and its target after a marker: the name
    right after the noun (unmarked or genitive; where the language links a genitive by a
    word, `links`, after that word and its articles: "the deployment of the Russian
    troops") is the source, the next one governed by a target marker the target ("the
    bombardment of X by ..." is a passive agent instead)."""
    markers = tuple(markers)
    if not markers or not right:
        return None
    doer = right[0]
    if doer.kind not in source_kinds or doer.agent:
        return None
    if doer.marked and doer.marker != "gen":
        return None
    if links:
        if view.word_at(trigger_end) not in links:
            return None
        k = trigger_end + 1
        while k < doer.first and view.word_at(k) in view.grammar.articles:
            k += 1
        if k != doer.first:
            return None
    elif doer.first - trigger_end > 1:
        return None
    rest = right[right.index(doer) + 1:]
    sources = group_from(right, doer, source_kinds)
    rest = [a for a in rest if a not in sources]
    target = object_by_marker(view, rest, target_kinds, markers, {doer.entity})
    return (sources, target) if target else None


def possessor_before(view: SentenceView, left: list[Arg], trigger: int,
                     kinds: frozenset[str]) -> Arg | None:
    """"X's attack on Y": a name ending right before the noun (with a possessive) owns it."""
    owner = next((a for a in reversed(left) if a.last in (trigger, trigger - 1)
                  and a.kind in kinds), None)
    return owner


def adjacent_pair(args: list[Arg], kinds: frozenset[str]) -> list[Arg]:
    """The first two names of `kinds` that stand side by side or coordinated ("the
    A-B conflict", "A and B"): the parties of a relation that needs two."""
    for first, second in pairwise(args):
        if first.kind in kinds and second.kind in kinds and first.entity != second.entity and (
                second.coordinated or second.first - first.last == 0):
            return [first, second]
    return []


# -- fallbacks and expansions ---------------------------------------------------------------
def domestic_target(event_type: str, mode: str | None, by_organ: bool = True) -> bool:
    """Whether an event of this type (and mode) with no other target is done to the
    source's own state (arrests, charges, convictions, amnesties, protests, resignations:
    the ontology's `domestic`, some only when `by_organ`; ONTOLOGY "Actors in events":
    police arresting protesters in Georgia is GEO COERCE GEO)."""
    found = ontology().event_types.get(event_type)
    return found is not None and found.domestic(mode, by_organ)


def at_home_target(event_type: str) -> bool:
    """Whether an event of this type, in any mode, is done to the source's own state when an
    organ of it does it in a place of its own named in its sentence (the ontology's
    `domestic_at_home`: "the Sudanese army shells a market in North Darfur")."""
    found = ontology().event_types.get(event_type)
    return found is not None and found.domestic_at_home


def addressed_target(event_type: str) -> bool:
    """Whether an event of this type is done to the source's own state only when its target
    is named as the source's own people or officials (the ontology's `domestic: addressed`:
    "the prime minister urged residents to evacuate")."""
    found = ontology().event_types.get(event_type)
    return found is not None and found.domestic_addressed


def own_addressee(view: SentenceView, start: int, subject: Arg | None,
                  markers: Iterable[str] = ()) -> str:
    """How the object starting at word `start` names the subject's own people or officials:
    a noun of people among its first words ("urged residents", "urged all local residents";
    data: `people_nouns`, `addressee_nouns`), or a person, organ or nationality of the
    subject's state named right there, unmarked or behind one of `markers` or a governing
    proclitic ("endorsed Vice President X", "asked Americans", "أشاد بX"); '' when it names
    neither."""
    g = view.grammar
    markers = tuple(markers)
    allowed = {"", *markers, *g.governing}
    nouns = g.people_nouns | g.addressee_nouns
    named = next((a for a in view.args if start <= a.first <= start + 2 and a is not subject
                  and not a.implicit), None)
    if named is not None and any(  # "endorsed former Vice President X", not "the plan of X"
            view.boundary[k] or (view.word_at(k) in g.prepositions and not (
                k == start and view.word_at(k) in markers))  # "طلب من جميع الأمريكيين"
            for k in range(start, named.first)):
        named = None
    if named is not None:
        own = subject is not None and named.kind == "state" and (
            named.entity == subject.entity) and (not named.marked or named.marker in allowed)
        return (named.person or named.resolution or "named") if own else ""
    # its first words, past a count ("urged its roughly two million residents")
    first = [k for k in range(start, len(view.words)) if k not in view.counted][:3]
    for k in first:
        if any(a.first <= k < a.last for a in view.args):
            return ""
        if not nouns.isdisjoint(view.words[k]):
            return view.word_at(k)
    return ""


def by_organ(arg: Arg) -> bool:
    """Named as one of its state's organs or officials ("Kenyan prosecutors", a minister)."""
    return arg.resolution == "organ" or arg.person is not None


def expand_members(arg: Arg, lexicon, date: str | None) -> list[Arg]:
    """A group mention (resolution "members") as one argument per member state at `date`;
    the group itself when the lexicon knows no members."""
    members = getattr(lexicon, "members", None)
    if arg.resolution != "members" or members is None:
        return [arg]
    try:
        found = tuple(members(arg.entity, date))
    except (KeyError, ValueError):
        found = ()
    if not found:
        return [arg]
    return [replace(arg, entity=m, kind="state", person=None, resolution="member",
                    coordinated=k > 0) for k, m in enumerate(found)]


def actor_detail(arg: Arg) -> str:
    """How a named actor stands for its entity (organ, official, group, place ...)."""
    if arg.implicit:
        return ""
    if arg.resolution == "organ":
        return ORGAN
    if arg.resolution == "member":
        return MEMBERS
    if arg.resolution.startswith(REFERENCE):  # "document_reference:the president"
        return f"{arg.resolution}={arg.person or arg.entity}"
    if arg.person:
        return f"{OFFICIAL}:{arg.person}"
    return arg.resolution or ""


def speech_content_start(view: SentenceView, speech_verbs: frozenset[str],
                         complementizers: frozenset[str]) -> int | None:
    """The index of the first word of reported content: a complementizer ("that", ...)
    after a speech verb ("said", ...), or None when the sentence reports no speech."""
    if not speech_verbs or not complementizers or not view.names_any(speech_verbs):
        return None
    verb = speech_verb_at(view, speech_verbs)
    if verb is None:
        return None
    for i in range(verb + 1, min(len(view.words), verb + 12)):
        if not complementizers.isdisjoint(view.words[i]):
            return i + 1
    return _bare_content(view, verb + 1)


def speech_verb_at(view: SentenceView, speech_verbs: frozenset[str]) -> int | None:
    """The index of the sentence's first speech verb outside names, or None."""
    return next((i for i, w in enumerate(view.words)
                 if not speech_verbs.isdisjoint(w) and i not in view.masked), None)


def _bare_content(view: SentenceView, after: int) -> int | None:
    """"X says Y will have to ...": content with no complementizer starts with an
    unmarked name right after the speech verb (or after an article). Where a verb comes
    first (Arabic) that name is the verb's subject ("أعلنت X وقف إطلاق النار"), no content."""
    if view.grammar.verb_first:
        return None
    start = after + 1 if view.word_at(after) in view.grammar.articles else after
    named = next((a for a in view.args if a.first == start and not a.implicit), None)
    if named is None or named.marked:
        return None
    return _past_addressee(view, after, named)


def _past_addressee(view: SentenceView, after: int, named: Arg) -> int:
    """"told AFP arson was used ...": after a verb that names whom it was said to (data:
    `addressee_verbs`) the content starts past that name, which is no actor of it; not
    before "to" ("told X to leave": X is asked, the request's own construction)."""
    g = view.grammar
    if view.word_at(after - 1) in g.addressee_verbs and (
            view.word_at(named.last) not in g.content_links):
        return named.last
    return after


def speaker(view: SentenceView, content: int,
            speech_verbs: frozenset[str] = frozenset()) -> Arg | None:
    """The actor who said the content starting at word `content`: the last unmarked actor
    named before it in the sentence. Where the subject comes before the verb, one right
    after a speech verb is whom it was said to ("told Reuters that ..."), not who said it."""
    named = [a for a in view.args if a.last <= content and not a.marked and not a.implicit
             and a.kind in ACTOR_KINDS and not _addressee(view, a, speech_verbs)]
    return named[-1] if named else None


def _addressee(view: SentenceView, arg: Arg, speech_verbs: frozenset[str]) -> bool:
    """Where the subject comes first, the actor right after a speech verb ("told Reuters",
    "told the BBC")."""
    return not view.grammar.verb_first and any(
        not speech_verbs.isdisjoint(view.words[k]) and actor_after(view, k + 1) is arg
        for k in range(max(0, arg.first - 1 - ACTOR_AFTER_REACH), arg.first))


def actor_after(view: SentenceView, k: int, through: frozenset[str] = frozenset(),
                markers: Container[str] = (), reach: int = ACTOR_AFTER_REACH,
                kinds: frozenset[str] = ACTOR_KINDS) -> Arg | None:
    """The actor (of `kinds`) named right after word k: the first name at or after it, at
    most `reach` words on in its clause, with only articles (and words of `through`)
    before it, governed by no preposition but `markers` ("warned Ethiopia", "told the
    BBC", "urged the government"; `through` complementizers: "demanded that the
    government"; reach 0 and the preposition as marker: "إن على إيران أن")."""
    g = view.grammar
    named = next((a for a in view.args if a.first >= k and not a.implicit), None)
    if named is None or named.first - k > reach or named.kind not in kinds or (
            named.marked and named.marker not in markers):
        return None
    if any(view.boundary[i] for i in range(k, named.first + 1)):
        return None
    if any(view.word_at(i) not in g.articles and view.word_at(i) not in through
           for i in range(k, named.first)):
        return None
    return named


def attribution_start(view: SentenceView, speech_verbs: frozenset[str],
                      complementizers: frozenset[str]) -> int | None:
    """The first word of a last clause that only says who reports the sentence: a speech
    verb with no content after it ("..., X officials said Monday"). The names in it are no
    actors of the triggers before it; None when there is none."""
    if not speech_verbs or not view.names_any(speech_verbs):
        return None
    last = next((k for k in range(len(view.words) - 1, 0, -1) if view.boundary[k] and (
        k not in view.list_starts or _reporter_at(view, k, speech_verbs))), None)
    if last is None:
        return None
    # a word of a name is no speech verb ("..., to the United States": "states")
    verb = next((i for i in range(last, len(view.words)) if i not in view.masked
                 and not speech_verbs.isdisjoint(view.words[i])), None)
    if verb is None or verb == last or any(
            not complementizers.isdisjoint(w) for w in view.words[verb + 1:]):
        return None
    return last


def report_starts(view: SentenceView, speech_verbs: frozenset[str],
                  complementizers: frozenset[str]) -> list[int]:
    """The first words of the clauses that only say who reports the sentence, in order: a
    last clause with a speech verb and no content (`attribution_start`) or opened by a source
    phrase (`source_clause_start`), and a clause in between that ends with its speech verb
    ("Israel struck Gaza, SANA reported, citing a source"). A trigger's actors are named
    before the first of them after it."""
    starts = {k for k in (attribution_start(view, speech_verbs, complementizers),
                          source_clause_start(view)) if k is not None}
    if speech_verbs and view.names_any(speech_verbs):
        starts.update(_reporter_clauses(view, speech_verbs))
    return sorted(starts)


def _reporter_clauses(view: SentenceView, speech_verbs: frozenset[str]) -> list[int]:
    """The clauses after the first whose last word is a speech verb (", SANA reported,")."""
    bounds = [k for k in range(1, len(view.words)) if view.boundary[k]] + [len(view.words)]
    return [k for k, end in pairwise(bounds)
            if end - k <= REPORTER_WORDS and end - 1 > k and end - 1 not in view.masked
            and not speech_verbs.isdisjoint(view.words[end - 1])]


def source_clause_start(view: SentenceView) -> int | None:
    """"..., according to a statement by X and Y", "...، وفق ما نقلت وكالة X عن مصادر Y":
    the first word of a last clause that a source phrase opens (data: `source_phrases`). The
    names in it are no actors of the triggers before it; None when there is none."""
    last = next((k for k in range(len(view.words) - 1, 0, -1) if view.boundary[k]), None)
    if last is None:
        return None
    phrases, firsts = view.grammar.source_phrases, _first_words(view.grammar.source_phrases)
    if firsts is not None and firsts.isdisjoint(view.words[last]):
        return None  # most sentences: no phrase opens their last clause
    opens = any(last + len(p) <= len(view.words)
                and all(w in view.words[last + t] for t, w in enumerate(p))
                for p in phrases)
    return last if opens else None


@lru_cache(maxsize=8)
def _first_words(phrases: frozenset[tuple[str, ...]]) -> frozenset[str] | None:
    """The first words of `phrases`; None when one is empty (it opens anywhere)."""
    return frozenset(p[0] for p in phrases) if all(phrases) else None


def _reporter_at(view: SentenceView, k: int, speech_verbs: frozenset[str]) -> bool:
    """"Israel struck Gaza, Al Jazeera reported": a name that opens the clause at word `k`
    with a speech verb right after it reports the clause before, though the comma joins it
    to the name before it as in a list."""
    return any(a.first == k and a.last < len(view.words) and a.last not in view.masked
               and not speech_verbs.isdisjoint(view.words[a.last]) for a in view.args)


REPORTER_WORDS = 8  # words of a clause that only names who reports ("the official X agency said")
CONDITIONAL_THREAT = "conditional_threat"  # "will withdraw ... unless X ...": a threat to X


def phrase_at(view: SentenceView, i: int, phrases: frozenset[str]) -> str:
    """The phrase of `phrases` (one word, or several: "ما لم") whose words are readings of
    the words from word i on (the longest), or ''."""
    if i >= len(view.words):
        return ""
    by_first = _phrases_by_first_word(phrases)
    for reading in view.words[i]:
        for phrase, tokens in by_first.get(reading, ()):
            if i + len(tokens) <= len(view.words) and all(
                    t in view.words[i + j] for j, t in enumerate(tokens[1:], 1)):
                return phrase
    return ""


def phrase_ending_at(view: SentenceView, end: int, phrases: frozenset[str],
                     longest: int) -> int | None:
    """The first word of a phrase of `phrases` of at most `longest` words that ends at word
    `end` ("owned by", "over"), the nearest start first; None if none does."""
    for start in range(end, max(end - longest, -1), -1):
        phrase = phrase_at(view, start, phrases)
        if phrase and start + len(phrase.split()) - 1 == end:
            return start
    return None


def may_open(view: SentenceView, phrases: frozenset[str]) -> bool:
    """Whether some word of the sentence reads as the first word of one of `phrases`
    (False: `phrase_at` finds none at any word)."""
    return view.names_any(_first_words_of(phrases))


@lru_cache(maxsize=64)
def _first_words_of(phrases: frozenset[str]) -> frozenset[str]:
    return frozenset(_phrases_by_first_word(phrases))


@lru_cache(maxsize=64)
def _phrases_by_first_word(phrases: frozenset[str]) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """Each phrase of a grammar list under its first word, longest first: a word's readings
    are looked up, not every phrase of the list tried at every word."""
    index: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for phrase in sorted(phrases, key=lambda p: (-len(p.split()), p)):
        tokens = tuple(phrase.split())
        if tokens:
            index.setdefault(tokens[0], []).append((phrase, tokens))
    return index


def adjunct_words(view: SentenceView, start: int = 0, end: int | None = None) -> set[int]:
    """The words from `start` to `end` of adjuncts of time and manner ("اليوم", "بشدة", the
    phrases "بشكل قاطع", "مرة أخرى"): the words a gap skips, the ones that stand between a
    verb and its object without parting them (data `time_adjuncts`, `manner_adverbials`)."""
    adjuncts, phrases, longest, openers = _adjunct_lists(view.grammar)
    if not view.names_any(openers):  # most sentences: no word opens an adjunct
        return set()
    end = len(view.words) if end is None else end
    found = set()
    for k in range(max(0, start - longest + 1), end):
        if openers.isdisjoint(view.words[k]):
            continue
        if not adjuncts.isdisjoint(view.words[k]):
            found.add(k)  # a one-word adjunct (a phrase is never one word's reading)
        phrase = phrase_at(view, k, phrases)
        if phrase:
            found.update(range(k, k + len(phrase.split())))
    return {k for k in found if start <= k < end}


@lru_cache(maxsize=8)
def _adjunct_lists(g: Grammar) -> tuple[frozenset[str], frozenset[str], int, frozenset[str]]:
    """A grammar's adjuncts of time and manner, those of several words, the most words one
    has, and the words that open one (a one-word adjunct or a phrase's first word)."""
    adjuncts = g.time_adjuncts | g.manner_adverbials
    phrases = frozenset(p for p in adjuncts if " " in p)
    openers = adjuncts | {p.split()[0] for p in phrases if p.split()}
    return adjuncts, phrases, max((len(p.split()) for p in phrases), default=1), openers


RESULT_LINK_REACH = 15  # words from an act to the phrase that opens its result in deaths
VICTIM_REACH = 5  # words from that phrase to the victims' nationality or group ("19 مقاتلا من X")


def result_victims(view: SentenceView, after: int, kinds: frozenset[str], taken: set
                   ) -> list[Arg]:
    """"شنّ الجيش غارات جوية ...، ما أسفر عن مقتل 19 مقاتلًا من جماعة X": the first actor
    named among the first words after the phrase that opens the result in deaths of the act
    ending at word `after` (data `result_links`), one not in `taken`; [] when none."""
    links = view.grammar.result_links
    if not links or not may_open(view, links):
        return []
    for k in range(after, min(after + RESULT_LINK_REACH, len(view.words))):
        phrase = phrase_at(view, k, links)
        if not phrase:
            continue
        end = k + len(phrase.split())
        return [a for a in view.args if end <= a.first <= end + VICTIM_REACH
                and a.kind in kinds and not a.implicit and a.entity not in taken][:1]
    return []


def condition_at(view: SentenceView, i: int, phrases: frozenset[str]) -> str:
    """The phrase of `phrases` that opens a condition at word i (`phrase_at`), or ''; none
    after a word that makes it the relative "what ... not" (`condition_not_after`: "وهو ما
    لم يحدث من قبل", which never happened before)."""
    if i and not view.grammar.condition_not_after.isdisjoint(view.words[i - 1]):
        return ""
    return phrase_at(view, i, phrases)


def conditional_threat(view: SentenceView, after: int) -> tuple[int, Arg | None] | None:
    """"Nigeria will withdraw its troops from Chad unless its president ...": the word that
    opens a condition after word `after` (data: `threat_conditions`) and the first actor
    named after it, the one who must meet it (None when it names none); None with no
    condition."""
    words = view.grammar.threat_conditions
    if not words or not may_open(view, words):
        return None
    cond = next((k for k in range(after, len(view.words)) if condition_at(view, k, words)),
                None)
    if cond is None:
        return None
    addressee = next((a for a in view.args if a.first > cond and not a.implicit
                      and a.kind in ACTOR_KINDS), None)
    return cond, addressee
