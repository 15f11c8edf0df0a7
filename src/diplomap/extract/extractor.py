"""Rule-based extraction of facts and PLOVER events from one document.

For every sentence: entity mentions become arguments, trigger words from the
predicate lexicon open frames, and each frame takes its subject and objects
from the arguments around it (by entity kind, side and preposition), falling
back to the subject carried over in the paragraph or to the document's focal
state. Modality, dates, amounts and attributes are read from the frame's clause.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Container, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import islice
from operator import attrgetter
from typing import Any, NamedTuple, cast

from diplomap.extract import event_nouns
from diplomap.extract import strategies as st
from diplomap.extract.amounts import Amount, find_amounts, is_count_word, scale_words
from diplomap.extract.amounts import compile_patterns as compile_amounts
from diplomap.extract.arguments import (
    PARTY_KINDS,
    between_group,
    first_group,
    group_at,
    group_from,
    implicit,
    last_group,
    multilateral,
    names_the_instrument,
    policy_noun,
    unique,
)
from diplomap.extract.calibration import calibrated
from diplomap.extract.calibration import table as calibration_table
from diplomap.extract.dates import DateMention, find_dates
from diplomap.extract.dates import compile_patterns as compile_dates
from diplomap.extract.frames import Frame, FrameLexicon, load_frames, passive_frame
from diplomap.extract.grammar import Grammar, grammar, norm, norm_set
from diplomap.extract.merge import merge
from diplomap.extract.model import Event, Evidence, Extraction, Fact, changed
from diplomap.extract.morphology import finite_forms, past_participles, verb_forms
from diplomap.extract.patterns import GAP, TokenPattern, token_matches
from diplomap.extract.plover import codable
from diplomap.extract.reference import Referents
from diplomap.extract.sentence import (
    DESCRIBED_KINDS,
    Arg,
    SentenceView,
    _hyphened,
    clause_verbs,
    described_word,
    describes_a_name,
    document_window,
    in_phrase,
    is_no_actor,
    marked_possessive,
    name_words,
    predicate_verbs,
    run_ends_at_comma,
    subject_after_comma,
    view_sentence,
)
from diplomap.extract.strategies import Step
from diplomap.lang import language
from diplomap.ontology import ontology
from diplomap.text import normalize

# What a ban in the passive right after its name is done to: a group, a company, a party
# (an institution of its state): "«X» المحظورة", "X, which was proscribed".
BANNED_KINDS = DESCRIBED_KINDS | {"institution"}
BANNING = ("COERCE", "restrict")  # "the banned X party": a standing ban of a group
PUNISHING = frozenset({"COERCE", "SANCTION"})  # not "X is accused of": no accuser named
# The groups whose members a punishment may name ("a member of the X gang", "a member of the X
# party": the lexicon's institutions are its parties, movements and security services, as
# README says): not a body that states or officials sit on ("a member of the ECB's council"),
# nor a court ("a member of the Supreme Court": an organ of its state, no institution)
MEMBER_KINDS = frozenset({"armed_group", "institution"})
# Words between a verb-first trigger and the group its members' noun names at most, the count
# left out ("استسلم 14 عنصرا من الحركة": the noun, the preposition, the group's noun)
MEMBER_SUBJECT_REACH = 3
# Predicates whose object, when the sentence names none, is the document's focal state.
IMPLICIT_OBJECT = frozenset({"invested_in", "aid_to"})
# words between a company bought and the "by" of its buyer, or between the trigger and the
# nationality of a company no argument names ("على شركة X الألمانية")
DESCRIPTION_REACH = 4
# Predicates a speaker states of itself: "X announces that it will invest $5 billion in Y".
SPOKEN_FACTS = frozenset({"invested_in", "aid_to"})
# Predicates of giving: agreeing or offering to give ("agreed to provide aid") promises them
# ("agreed on a treaty" is no promised treaty).
GIVING_FACTS = frozenset({"aid_to", "invested_in"})
# Events of giving: with GIVING_FACTS, what a donor "followed by Y with $N" gives, Y gives too
GIVING_EVENTS = frozenset({"AID"})
MAX_FOLLOWERS = 8  # donors coordinated after the first "followed by" one
FOLLOWER_AMOUNT_REACH = 3  # words from a follower to its sum: "with $500m", "بـ120 مليون"
# Predicates whose object, when no actor is named, is the state of a place marked as their
# target ("aid to Gaza": PSE), as events take one.
PLACE_OBJECT = frozenset({"aid_to"})
# Predicates whose armed-group object stands after the trigger ("military support for M23
# rebels"): one named before it is the enemy of what the aid serves ("a plan to defeat
# al-Shabaab while ensuring the delivery of food aid"), no receiver.
GROUP_AFTER = frozenset({"aid_to"})
# words between a PLACE_OBJECT trigger and the place its target marker governs, read before
# any name further on (the marker and its article or town noun: "aid to the Gaza Strip")
MARKED_PLACE_REACH = 2
# words from a summit's owner, or after its venue, to its year: "the 2026 G20 summit",
# "the SCO summit in X in 2026", "في X عام 2026"
OWNER_YEAR_REACH = 2
# the fewest letters of a relative clause's verb with its pronoun ("شنه": a doubled root)
RESUMPTIVE_VERB_LETTERS = 3
NOUN_AGENT_REACH = 5  # words from an act's noun to its doer: "airstrike carried out by the X"
# Predicates whose organisation, when the sentence names none, is the one named last.
IMPLICIT_ORG = frozenset({"chair_of", "member_of"})
# facts whose body may be coordinated by repeating its preposition ("a member of A and of B")
REPEATED_MARKER_FACTS = frozenset({"member_of", "founder_of"})
PLANNED_WINDOW, NEGATION_WINDOW = 10, 3
COMPOUND_REACH = 2  # modifiers between a meeting noun and its compound ("nuclear talks")
ATTRIBUTE_REACH = 3  # words between an attribute cue ("an upcoming AU summit") and its noun
FUTURE_ADVERBS = 1  # words between a future auxiliary and its verb ("will also lift")
PURPOSE_STOP_WINDOW = 6  # words after a trigger (its receiver) up to a purpose that undoes it
SCHEDULED_REACH = 2  # adjectives between a noun trigger and its scheduling word
CROWD_EVENT_REACH = 4  # words from a linking word to its protest: "amid a wave of protests"
SEAT_REACH = 4  # words between a body and the relative clause naming its seat ("Y عام 1981 الذي")
SEAT_OPENER_REACH = 5  # words from a seat relative to its verb: "whose first summit was held"
POSSIBLE_REACH = 2  # a name or an adjective between a noun trigger and "possible", "محتمل"
FOREIGN_REACH = 4  # words after a trigger its object's "foreign" stands in ("a foreign oil tanker")
CLAIM_REACH = 3  # words of an object phrase up to its claim noun ("denies previous media reports")
# acts that examine what a claim says ("would investigate the allegations"): done to whom it
# is about, not to whoever made it
CLAIM_EXAMINED = frozenset({("ACCUSE", "investigate")})
MODIFIERS_BEFORE_OBJECT = 2  # words between a verb and its noun object ("promised further aid")
# words scanned before a noun trigger for "possible": the words of names between count too
# ("the possible U.S.-led reimposition of"), only two others may stand between
POSSIBLE_BEFORE_REACH = POSSIBLE_REACH + 4
# words between a noun trigger and the entry into force that follows it, its object's
# words and amounts between ("50% tariffs on Canadian steel and aluminum won't take effect")
EFFECT_REACH = 8
ANTICIPATION_REACH = 3  # an article, modifiers or an owner between "ahead of" and the trigger
TALKS_REACH = 3  # words besides names between "agreed" and "to negotiate", "على مواصلة الحوار"
NAME_REACH = 400  # characters before a name within which the names that qualify it lie
MAX_TRIGGER_WORDS = 4  # words a multi-word trigger form may run past an organ mention
PURPOSE_WINDOW = 5  # "to fund a new military aid package"
BODY_WINDOW = 4  # "members of the Palestine Red Crescent Society"
# words before a passive trigger in the clause an apposition ends on ("..., a Hezbollah
# member, was later arrested")
APPOSED_TRIGGER_WORDS = 1
STOPPED_WINDOW = 8  # "ستوقف المدفوعات والإعانات التي تقدمها لX في إطار المساعدات"
# Standing relations whose date must be stated in their own sentence.
PLEDGE_CUE = "pledge_content:"  # the cue of what a pledge promises: the pledge's frame follows
# the cue of a two-sided act a threat endangers ("threatening the ceasefire"): one that holds
THREATENED_CUE = "threatened:"
# facts of an act others may join: "signed ... along with C", "joined X alongside C"
COMPANY_FACTS = frozenset({"agreement_with", "member_of", "founder_of"})
POLICY_RELATIVE_REACH = 3  # words from a named policy to its relative, from that to its holder
UNDATED_CONTEXT = frozenset({"member_of", "policy", "partner_of", "border_with"})
# Force used in a place against no one named is used against the place's state ("killed 57
# people in Gaza": PSE).
LOCATED_TARGET = frozenset({"ASSAULT"})
# words of a partitive or spread phrase between a target marker and its place, at most
# ("on several residential areas of X", "على مناطق متفرقة من X")
SPREAD_PHRASE_REACH = 5
# "was arrested in March under an ICC arrest warrant": words from a passive trigger to the
# warrant's opener, from the opener to the warrant's noun ("a Kenyan extradition warrant"),
# and from the noun to its issuer after it ("مذكرة توقيف أصدرتها المحكمة", "a warrant from the ICC")
WARRANT_OPENER_REACH = 8
WARRANT_NOUN_REACH = 4
WARRANT_ISSUER_GAP = 3
PLACE_GIVES_WAY_TO = frozenset({"armed_group"})  # a group named as force's target
SUSPICION_REACH = 4  # words from a word of suspicion to the group ("accused of belonging to X")
# Words between a preposition of company and the armed group it governs at most ("a
# ceasefire with the Lebanese militant group Hezbollah": a partner, no target)
GROUP_PARTNER_REACH = 5
BODY_REACH = 4  # words between a trigger of leaving and the body it leaves ("from the")
# The words of a taken place's phrase before its name at most ("all of the town of X").
TERRITORY_SKIPS = 4
# The words of a place's name the lexicon does not know at most ("Maly Vilkhovy Island").
TERRITORY_NAME_WORDS = 3
# Acts (type, mode) that withhold aid: with no one named they are done to the state of the
# place the sentence names, wherever it names it ("aid blockade ... in Gaza": PSE).
WITHHELD_FROM_PLACE = frozenset({("COERCE", "withhold")})
# the ones a "must" obliges: any actor or a person ("إن على نتنياهو أن ...")
OBLIGED_KINDS = st.ACTOR_KINDS | {"person"}
# Acts an agreement provides for ("an agreement under which tariffs are cut"): after an
# agreement fact in their sentence, with no actor of their own, they are its terms.
AGREEMENT_TERMS = frozenset({"CONCEDE"})
# Acts done to people whose nationality names their state, never the doer ("the deportation
# of a Palestinian student").
PATIENT_NATIONALITY = frozenset({"COERCE"})
# acts done to people that a nationality names abroad ("a French citizen was detained")
ACTS_ON_NATIONALS = frozenset({"COERCE", "ASSAULT", "SANCTION", "RETREAT"})
AGREEMENT_FACTS = frozenset({"agreement_with"})
# Types whose source is never guessed as the document's focal state (extractor._fallback).
UNGUESSED_DOER = frozenset({"ASSAULT"})
# Hostile acts that, said by another, accuse their doer (extractor._reported_accusations).
REPORTED_HOSTILE = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})
# The fact of one who hosts, brokers or mediates talks between parties
# (extractor._mediated_talks).
MEDIATION = "mediated"
# Types whose trigger states another act as its content (threatened, asked for, alleged,
# lifted, denied or rejected): that act is hypothetical or not an event of its own.
CONTENT_TYPES = frozenset({"THREATEN", "REQUEST", "ACCUSE", "CONCEDE", "REJECT"})
# acts a coordinated verb with no object of its own does to the object of the verb before it
# ("accused X of ... and demanded ...", "expelled X's diplomats and recalled its envoy")
# (not a praise or a pledge: "sent aid to X and defended free navigation" praises no X; not
# a denial, which answers a claim: "accused X of ..., and denied the truce Y announced")
SHARED_OBJECT_TYPES = frozenset({"REQUEST", "ACCUSE", "THREATEN", "SANCTION"})
# acts two states named together as their subjects, with no one named they are done to, do
# to each other (extractor._joint_parties)
JOINT_TYPES = frozenset({"RETREAT", "CONCEDE"})
# Of those, the types whose content states no standing relation either: aid asked for or
# alleged ("urged X to send aid to Y", "accused X of supplying Y with arms") is no aid given.
UNSTATED_FACT_CONTENT = frozenset({"REQUEST", "ACCUSE"})
# Types whose act on a handing over ("refused the extradition of X to Y") is done to its
# receiver, the one who asked for it.
RECEIVING_TYPES = frozenset({"REJECT"})
# Types whose content clause names the one they are aimed at as its subject ("demanded that
# X withdraw", "warned that X would pay"): that subject is the trigger's direct object.
ADDRESSED_CONTENT = frozenset({"REQUEST", "ACCUSE", "THREATEN"})
NAMED = frozenset({"name", "acronym", "metonym"})  # resolutions of an actor named as itself
REASON = "punishment_reason"  # what `_content_of` says of such a reason
ALLEGING = ("ACCUSE", "allege")  # an allegation standing in such a reason is the punisher's
ARREST = ("COERCE", "arrest")  # its charge, worded as alleged, accuses the arrested
# punishments whose charge, worded as alleged, accuses the punished: an arrest, a sanction, an
# expulsion ("sanctions X for allegedly supplying Y", "expels a diplomat accused of spying");
# a conviction's charge is its reason, no accusation of its own
CHARGING_PUNISHMENTS = frozenset({ARREST, ("SANCTION", None), ("SANCTION", "expel")})
# Punishments (type, mode) whose reason ("detained ... for firing rockets", "sentenced ...
# for killing", "sanctions X for supplying arms") is an act of those punished (when named),
# never of the punisher: the charging ones and a conviction.
REASONED_PUNISHMENTS = CHARGING_PUNISHMENTS | {("SANCTION", "convict")}
CHARGE_REACH = 12  # words after a punishment its alleged charge may start within
LIST_NAME_REACH = 4  # words after a listing that name its list ("list of state sponsors")
LIST_MODIFIER_REACH = 2  # words before a list noun that name its kind: "its grey list"
# words after "called", "وصف" that may hold the epithet, names not counted: the speaker's
# and the described one's titles, the article, "بأنه" ("وصف النائب عن ولاية لويزيانا X
# التحقيق مع ترامب بأنه ...")
EPITHET_REACH = 10
BENEFICIARY_REACH = 8  # words after a charge's start the state it served may stand within
CHARGE_CUE = "charge_of"  # the trace step of an accusation read from a punishment's charge
INVESTIGATING = ("ACCUSE", "investigate")  # the inquiry an arrest is part of is the arrester's
INQUIRY_REACH = 24  # words after an arrest its inquiry may stand within (past a relative)
INQUIRY_LINK_REACH = 4  # words before an inquiry its link stands within ("part of a fraud")
# the trigger and modality steps of an investigation read from an arrest's inquiry: its own
# id, not the arrest frame's (calibration bands read no trigger id)
INQUIRY_CUE = "inquiry_of"
# What an agreement will do is its parties' planned cooperation (extractor._agreement_purposes)
AGREEMENT_PURPOSE = ("COOPERATE", None)
AGREEMENT_PURPOSE_CUE = "agreement_purpose"
# words after the agreement's trigger its purpose may open within (past a verb-first list of
# signers: "وقّعت الصين ورابطة دول جنوب شرق آسيا (آسيان) اتفاقية ...، من شأنها")
AGREEMENT_PURPOSE_REACH = 16
AGREEMENT_ACTS = frozenset({"SUPPORT", "AGREE"})  # signing or reaching an agreement
# the modality step of an allegation read from the rejection that answers it, and the roles
# it swaps: the one who rejects it is the one it was made against
DENIED_CLAIM_CUE = "denied_claim"
CLAIM_TARGET_REACH = 4  # words after an allegation's noun its own target may stand within
# the strategy of an accusation read from charges faced where an act sent the one facing them
FACED_CHARGES_CUE = "faced_charges"
WHERE_CLAUSE_CUE = "where_clause"
# what a where-clause after a receiving state says that state did to the one it received
WHERE_ACTS = frozenset({"COERCE", "SANCTION", "ACCUSE"})
WHERE_REACH = 4  # words from a where-word to the act it opens ("where he is currently held")
SWAPPED_ROLES = {"source": "target", "target": "source"}
# acts that send the sender's own forces ("sent troops to Y, where they face charges"): the
# ones facing charges there are no one handed over to Y
DEPLOYING_TYPES = frozenset({"MOBILIZE"})
# Doers an act with named victims may have right after its noun ("في هجوم شنته حماس"), and
# how many words after the noun they may stand.
VICTIM_DOERS = frozenset({"state", "armed_group", "organization"})
VICTIM_DOER_REACH = 3
VICTIM_GROUP_GAP = 3  # words between fallen fighters' group and its casualty verb or link
CASUALTY_LINK_GAP = 3  # words between a casualty link and its act ("in a Baloch militant attack")
APPOSITION_WORDS = 12  # words of a phrase set off by commas that describes the noun before it
APPOSITION_CLAUSES = 3  # the clauses before a verb that may hold a name and its office
OFFICE_GAP = 2  # qualifiers between a state and its title ("Kenyan special envoy")
COMPANY_SKIP = 2  # words between a company phrase and its name ("along with the Iraqi ...")
CHAINED_BODY_GAP = 3  # words between a membership trigger and its body ("member of the")
# words from one body to the next that repeats its preposition: "of OPEC, created in Baghdad
# in 1960, and of the ECO"
REPEATED_MARKER_GAP = 12
COMPANY_GAP = 2  # words between a meeting's last name and a company phrase ("in Lima")
OFFICE_WORDS = 4  # office nouns before a verb-first subject ("وزيرا خارجية كل من")
TITLE_PHRASE_GAP = 3  # words of a verb-first subject's title between its names (_object_slot)
REQUEST_CONTENT_REACH = 4  # "called for [an immediate] calm": the content's first words
PERFORMATIVE_TYPES = frozenset({"REQUEST", "SUPPORT"})  # "I would urge", "we would thank"
PATIENT_REACH = 5  # a released patient's noun this many words after the trigger at most
# Verbal acts one official or organ of a state does to another of the same state ("the MPs
# urge the president to resign", "the court rejects the former president's petition");
# force and meetings between them are no such act ("Biden attacked Trump" is a word).
OWN_OFFICIAL_TYPES = frozenset({"REQUEST", "REJECT", "ACCUSE", "THREATEN"})
# Acts whose promise threatens the one they would be done to ("vowed to intensify strikes on
# X", "pledged to impose sanctions on X"): a pledge of one is its frame's `hostile_event`.
HOSTILE_ACTS = frozenset({"ASSAULT", "COERCE", "SANCTION"})
MEETING_PREDICATE_REACH = 4  # "talks between A and B were held on Monday": its predicate
PROTEST_SOURCE = "protest_source"  # a request made at a demonstration: the protesters' state
REWARD_CUE = "reward_for:"  # the cue of an act a reward is offered for: no one's threat
MEETING_PLANNED = "meeting_planned"  # the cue of a meeting between that is planned
REALITY_ORDER = ("none", "planned", "actual")  # "the planned talks between A and B failed"
STATE_KIND = frozenset({"state"})
CAUSE_REACH = 3  # words between a cause word and the act it opens ("due to the siege")
GUESSED_DOERS = frozenset({st.FOCAL_ACTOR, st.CARRIED_SUBJECT})  # doers named nowhere near
# Acts whose promise is itself a concession ("pledged to withdraw its troops from X"; ONTOLOGY:
# CONCEDE is also a promised retreat): a pledge of one is its frame's `yielding_event`.
YIELDING_ACTS = frozenset({"RETREAT", "CONCEDE"})
# Punitive acts that, planned under a condition ("will withdraw ... unless"), threaten.
# Force whose doer is never a state named only as the nationality of the people it is done to
# ("two Chinese nationals were killed in an attack in Pakistan": no doer is named).
VICTIM_TYPES = frozenset({"ASSAULT"})
ASKED_REACH = 6  # words from a request's content link (else its end) to the act it asks for
OWN_STATE_THREAT = "own_state_threat"  # the trace of extractor._own_state_threats
# What a warning must warn of, after it, to threaten: the modality cues of what is still to
# come ("would", "will", "if") (extractor._warns_of_consequence).
CONSEQUENCE_CUES = frozenset({"planned", "hypothetical"})
WARNING_REACH = 12  # words after a warning that may state what it warns of
# the modalities of an act not (yet) done
UNDONE = frozenset({"negated", "planned", "hypothetical"})
PREVENTION_REACH = 12  # words between a prevention verb and its "from" ("blocks ... from")
DECLARED_GAP = 3  # words between a declaring verb and the act it declares ("an immediate")
DECLARED_SUBJECT_GAP = 2  # words between the declarer and its verb ("has formally")
EASED_GAP = 4  # words between an easing word and the sanction it eases ("delay 25 % of")
GRANT_REACH = 3  # words between a granting verb and the easing it hands over ("a one-year")
CEASED_GAP = 2  # words between a cessation verb and the act it ends ("stop all its attacks")
CONCEDED_OBJECT_REACH = 4  # words after a conceded act that may name what it takes
# Answers to a request, whose subject is the one asked ("rejected a proposal by X").
ANSWER_TYPES = frozenset({"REJECT", "AGREE", "CONCEDE"})
ANNOUNCED_THREATS = frozenset({"ASSAULT", "COERCE", "PROTEST"})
# Acts whose announcement promises them (`Extractor._announced_pledges`), and how far before
# the trigger the announcing verb may stand ("announces US$3.8 billion in national military
# funding for X")
PLEDGED_ACTS = frozenset({"AID", "COOPERATE"})
# measures that take effect ("tariffs on X will take effect in May"): an agreement signed, a
# call or a threat made is done, whenever what it names takes effect
EFFECTIVE_ACTS = frozenset({"SANCTION", "COERCE", "CONCEDE", "RETREAT", "AID", "COOPERATE",
                            "MOBILIZE"})
ANNOUNCED_REACH = 8
HELP_REACH = 8  # words from a deployment to the purpose of help ("to Belgium to help")
HELPED_REACH = 3  # words of the helped after it ("to help the government", "في إجلاء رعاياها")
# The protests a state's announcement threatens with: a boycott or a blockade; "will protest
# to X" is a diplomatic complaint, demonstrations and strikes are its people's.
ANNOUNCED_PROTESTS = frozenset({"boycott", "obstruct"})
# acts done to people that, done in another state's place, are done to that state
# ("Israeli forces arrest 20 people in the West Bank"; not a protest or a resignation there)
ABROAD_ACTS = frozenset({"COERCE", "SANCTION"})
# acts that answer their cause: a name in an adjunct after one may be what it is against
# ("boycott the contest after the union confirmed Israel's participation")
CAUSE_TARGETS = frozenset({"PROTEST", "ASSAULT", "MOBILIZE"})
# Acts done to people: announced against "Venezuelan traffickers", "Syrian refugees" (their
# state only as their nationality), they police people and threaten no state.
PEOPLE_ACTS = frozenset({("COERCE", "arrest"), ("COERCE", "deport")})
THREAT_ACTS = frozenset({"SANCTION", "COERCE", "ASSAULT", "RETREAT", "PROTEST", "MOBILIZE"})
BARE_ORGAN_REACH = 3  # words after a trigger its verb-first subject may stand in
# words from a trigger to the "between" of its pair ("talks in New Delhi between A and B",
# "mediated a prisoner swap between A and B"), or from the pair named before it
BETWEEN_REACH = 8
# words from a holding link to the bare two-sided act it states as holding ("since the agreed
# ceasefire", "منذ سريان وقف إطلاق النار", "بعد ساعتين من وقف إطلاق النار")
HOLDING_REACH = 3
SHARED_PARTIES_GAP = 5  # words from a symmetric act to the fact it upgrades to ("... to a")
AGREED_GIFT_GAP = 5  # words from an approval or agreement to the aid it gives or promises
OFFER_GAP = 6  # words from an offering verb to the aid it offers ("offered a one-billion-dollar")
TALK_PRAISE_REACH = 10  # "the talks had been 'clear, transparent, comprehensive and constructive'"
RESTATE_GAP = 3  # words between two triggers of one fact that restate it ("provide ... in aid")
WITH_REACH = 6  # words from coordinated subjects to their "with" partner ("... an agreement with")
LISTED_CONTENT_REACH = 40  # words from a request to the last noun phrase it lists
ITEM_WORDS = 5  # words from a listed noun phrase's determiner to the trigger in it
FRAMEWORK_REACH = 8  # free words from a noun of talks or plans to the link of its content
FRAMEWORK_TYPES = frozenset({"CONSULT", "AGREE"})  # holding the talks, making the deal
DESCRIBED_OWN_ACTOR = 3  # words from a describing verb to a name it has for its own
STRUCK_TYPES = frozenset({"ASSAULT"})  # force: what it strikes may be a group's
STRUCK_REACH = 25  # words from a force act's trigger to the group holding what it strikes
STRUCK_MODIFIERS = 3  # words between that group and the struck noun ("Hezbollah drone sites")
OWNED_MODIFIERS = 6  # words between a struck noun and the owner link after it
FRAMEWORK_DETERMINERS = 2  # determiners between that link and the act noun it opens
CONTENT_REACH = 10  # words from a request to the act it asks for (a long addressee's name)
ORG_MEMORY = 3  # an unnamed "the organisation" refers to one named this many sentences back
# A state dominates a document (a bare "police" with no other context is its organ) when it
# has at least this many mentions and this many times those of the next state.
DOMINANT_MENTIONS, DOMINANT_RATIO = 2, 2
ADDRESSEE_REACH = 6  # words between a request and the official it is addressed to, at most
# The subject of an addressing trigger stands at most this many words before it, capitalised
# words of a title or a name left out ("X on Monday urged", "United States Senator from
# Vermont Bernie Sanders endorsed"; not "forces conduct an operation against militias
# supporting Y").
ADDRESSER_GAP = 3
TITLE_WORDS = 2  # words of a title before the nationality of a verb-first subject
FRONTED_SUBJECT_REACH = 3  # words from a fronted phrase's comma to the main clause's subject
# words from a people counted to the noun of the act's means after them ("58 Palestinians
# at least with gunfire": "at least" and one conjunct between)
ADJUNCT_PATIENT_GAP = 4
RESULT_PATIENT_REACH = 6  # words from a result phrase's start to the people it counts
RESUMPTIVE_STEM = 3  # letters before a pronoun suffix: "شنته", not a short word ending in "ه"


@dataclass
class Hit:
    """A trigger match: the frame it opens and the words it spans."""

    frame: Frame
    first: int
    last: int
    left: int = 0    # the frame's clause: words [left, right)
    right: int = 0
    modality: str = "actual"
    head: tuple[str, ...] = ()  # readings of the trigger's first and last words
    tail: tuple[str, ...] = ()
    cue: str = ""  # the words or construction that set the modality
    place: int = -1  # start of a place that stood for its state as target
    via: dict = field(default_factory=dict)  # id(arg) -> (strategy, detail)
    # the arguments `via` is keyed by, kept alive: a freed one's id could be another's
    kept: list = field(default_factory=list)
    event_doers: list = field(default_factory=list)  # a stance's object: an event's doers
    noun_doers: list = field(default_factory=list)  # an event noun's doers, read by its verb
    reacts_to: event_nouns.Trigger | None = None  # the act a reaction by its reactor answers
    speaker: Arg | None = None  # who reports the content the trigger stands in
    future: str = ""  # the trigger is a verb with the future prefix ("سيلتقي"): that word
    subjects: list = field(default_factory=list)  # the subjects its pairs were read with
    pledger: list = field(default_factory=list)  # who made the pledge this trigger states
    # how a thing named before came about ("a deal brokered by X"): a fact, no event of its own
    describes: bool = False
    fact_follows: bool = False  # a later trigger of its clause states a fact ("agreed to sign")
    agreed: bool = False  # an earlier trigger of its clause is an agreeing ("agreed to ...")
    victims: list = field(default_factory=list)  # states named as its casualties before it
    stopped: bool = False  # a discontinuing trigger before it ends it ("will stop aid to X")
    # an easing or lifting word, or a concession, governs a stopping it is ("lifted the freeze
    # on aid to X"): the stopping is not done, what it would end stands
    undone: bool = False
    # an easing word before it makes it a concession too ("a pause on tariffs"): the
    # concession's modality and cue
    eased: tuple[str, str] | None = None
    of_body: bool = False  # members of a society, not states of an organisation
    met_agreement: bool = False  # an agreeing adjunct after a meeting: the pair that met
    finite: bool = False  # its first word only ever stands for a finite verb ("أفرجت")
    paired: bool = False  # its arguments read a source and a target
    pairs: list = field(default_factory=list)  # ... those pairs
    given: list = field(default_factory=list)  # pairs it takes from another act, not read
    applied: bool = False  # its arguments were read
    own_threats: bool = False  # a threat whose content was read as threats to its own state
    sum_end: int = -1  # it ends on a sum of money ("lends $300 million"): the word after it
    made: list[Event] = field(default_factory=list)  # the events its arguments were read into
    land: int = -1  # it takes land: the word after the taken place's name ("captured X, ...")
    # an active verb joined right after a passive one ("was arrested and accused the Kremlin
    # of"): its subject is the passive's, never a name after it
    after_passive: bool = False
    # its first word is a first-person imperfect ("نطالب", "أحث"): its subject is the speaker
    first_person: bool = False

    # written out, not generated: compiled, the dataclass's generated __init__ would run as
    # interpreted code at each trigger (the same parameters as the fields, in order, with
    # their defaults; a list or dict field left out, or None, gets a new one:
    # tests/test_explicit_inits.py)
    def __init__(self, frame: Frame, first: int, last: int, left: int = 0, right: int = 0,
                 modality: str = "actual", head: tuple[str, ...] = (),
                 tail: tuple[str, ...] = (), cue: str = "", place: int = -1,
                 via: dict | None = None, kept: list | None = None,
                 event_doers: list | None = None, noun_doers: list | None = None,
                 reacts_to: event_nouns.Trigger | None = None, speaker: Arg | None = None,
                 future: str = "", subjects: list | None = None,
                 pledger: list | None = None, describes: bool = False,
                 fact_follows: bool = False, agreed: bool = False,
                 victims: list | None = None, stopped: bool = False, undone: bool = False,
                 eased: tuple[str, str] | None = None, of_body: bool = False,
                 met_agreement: bool = False, finite: bool = False, paired: bool = False,
                 pairs: list | None = None, given: list | None = None, applied: bool = False,
                 own_threats: bool = False, sum_end: int = -1, made: list[Event] | None = None,
                 land: int = -1, after_passive: bool = False,
                 first_person: bool = False) -> None:
        self.frame = frame
        self.first = first
        self.last = last
        self.left = left
        self.right = right
        self.modality = modality
        self.head = head
        self.tail = tail
        self.cue = cue
        self.place = place
        self.via = {} if via is None else via
        self.kept = [] if kept is None else kept
        self.event_doers = [] if event_doers is None else event_doers
        self.noun_doers = [] if noun_doers is None else noun_doers
        self.reacts_to = reacts_to
        self.speaker = speaker
        self.future = future
        self.subjects = [] if subjects is None else subjects
        self.pledger = [] if pledger is None else pledger
        self.describes = describes
        self.fact_follows = fact_follows
        self.agreed = agreed
        self.victims = [] if victims is None else victims
        self.stopped = stopped
        self.undone = undone
        self.eased = eased
        self.of_body = of_body
        self.met_agreement = met_agreement
        self.finite = finite
        self.paired = paired
        self.pairs = [] if pairs is None else pairs
        self.given = [] if given is None else given
        self.applied = applied
        self.own_threats = own_threats
        self.sum_end = sum_end
        self.made = [] if made is None else made
        self.land = land
        self.after_passive = after_passive
        self.first_person = first_person

    def why(self, args, strategy: str, detail: str = "") -> None:
        """Record the strategy that chose `args`."""
        for arg in args if isinstance(args, list) else [args]:
            if arg is not None:
                self.via[id(arg)] = (strategy, detail)
                self.kept.append(arg)


class NotedMembership(NamedTuple):
    """A membership trigger a sentence has read (`_chained_members`)."""
    members: list[Arg]
    bodies: frozenset[str]
    after: int  # the word after the trigger


@dataclass
class DocState:
    focal: str | None
    published: str | None
    carried: str | None = None
    carried_person: str | None = None
    carried_organ: bool = False  # the carried state was named as one of its organs
    carried_at: int = -9
    # the state a paragraph that never names the focal state is about (`_paragraph_topic`)
    topic: str | None = None
    sentence: int = 0
    recent_states: list[tuple[int, str]] = field(default_factory=list)
    context_date: Any = None  # the last date of the previous sentence in the paragraph
    recent_orgs: list[tuple[int, str]] = field(default_factory=list)  # (sentence, org)
    paragraph_end: int = -1
    # the subjects of the sentence's last directed verb: "X condemned ... and suspended ..."
    verb_subjects: tuple[int, list[Arg]] = (-1, [])
    verb_subjects_end: int = -1  # the word after that verb
    # (sentence, word after it) of the last verb trigger that shares an earlier verb's subject
    coordinated_verb: tuple[int, int] = (-1, -1)
    objects: tuple[int, list[Arg]] = (-1, [])  # the objects of the sentence's last act
    # ... of its last act of conflict: the ones whom grounds cited after it accuse
    hostile_objects: tuple[int, list[Arg]] = (-1, [])
    actor: tuple[int, Arg | None] = (-9, None)  # the first named subject of the last sentence
    # the one state every place of the document lies in, where the focal state is named only
    # by nationality adjectives ("A Ukrainian student is stabbed in Denver"): who acts there
    place_state: str | None = None
    dates: list = field(default_factory=list)    # every date and amount of the document
    amounts: list = field(default_factory=list)
    result: Extraction = field(default_factory=Extraction)
    dominant: str | None = None  # the state the document is clearly about (or None)
    # the states the last sentence named: (its index, state -> named as place or actor)
    named_states: tuple[int, dict[str, bool]] = (-9, {})
    # the named pair of the sentence's last meeting and its trigger's first word: "A meets
    # B ..., agreeing to ..."
    met: tuple[int, tuple[Arg, Arg] | None, int] = (-9, None, -1)
    # the first words of every meeting trigger of a sentence: (its index, the words)
    meetings: tuple[int, tuple[int, ...]] = (-9, ())
    # the last act read with a named doer: (sentence, its first word, its type, mode and
    # modality, its targets)
    last_act: tuple[int, int, tuple[str, str | None, str], frozenset[str]] = (
        -9, -1, ("", None, ""), frozenset())
    # the named pairs of the last sentence's two-party acts: (its index, the pairs in the
    # order of their triggers), which a bare two-sided act of the next sentence may take
    acted_pairs: tuple[int, list[tuple[Arg, Arg]]] = (-9, [])
    # the membership triggers a sentence has read so far: (its index, them)
    memberships: tuple[int, list[NotedMembership]] = (-9, [])


def _paragraph_last(doc, first: int) -> int:
    """The index of the last sentence of the paragraph that sentence `first` opens."""
    last = first
    while last + 1 < len(doc.sentences) and "\n" not in doc.text[
            doc.sentences[last][1]:doc.sentences[last + 1][0]]:
        last += 1
    return last


class Extractor:
    """Extract facts and events from documents that carry sentences and mentions."""

    def __init__(self, lexicon, lang: str = "ar", frames: FrameLexicon | None = None) -> None:
        """`lang` must have a grammar (`diplomap.lang.has_grammar`): no language is read
        with another's rules."""
        self.lexicon = lexicon
        self.lang = lang
        self.grammar: Grammar = grammar(lang)
        self._state_name_words: dict[str, frozenset[str]] = {}  # a state -> the words of its names
        self.frames = frames or load_frames(lang)
        # the words that introduce an agent in any frame ("by"): the default of a frame
        # that names none
        self.agent_markers = tuple(sorted({m for f in self.frames.by_id.values()
                                           for m in f.agent_markers}))
        words = language_words(lang)
        self.speech_verbs = self.grammar.speech_verbs
        self.complementizers = words("complementizers")
        self._purpose_firsts = frozenset(link[0] for link in self.grammar.purpose_links)
        self._names: dict[str, str] = {}
        self._resolved: dict[tuple[str, str | None], tuple[str, str, str | None] | None] = {}
        self._capitals: dict[str, str] | None = None
        # the acts done to people only (frame key `people_patient`: a release), as an order
        # typed by them is too (`_typed_by_ordered_act`)
        self._people_acts = frozenset(_act(f) for f in self.frames.by_id.values()
                                      if f.people_patient and f.event)

    def compile(self) -> Extractor:
        """Build now what documents read and would build at the first one that needs it:
        the date and amount patterns, the calibration bands, the capitals' places."""
        compile_dates()
        compile_amounts()
        calibration_table()
        self._capital_place("")
        return self

    # -- document -----------------------------------------------------------------
    def extract(self, doc, published: str | None = None) -> Extraction:
        """Facts and events of a linked `diplomap.text.Doc`.

        `published` is the publication date at its own precision ("2023-06");
        it defaults to the Doc's date.
        """
        if published is None and doc.published is not None:
            published = doc.published.isoformat()
        amounts = find_amounts(doc.norm)
        named = _outside_amounts(doc.mentions, amounts)  # "US$5 million" names no actor
        filed_at = dateline_end(doc.text)
        named = [m for m in named if m.start >= filed_at]
        acting = self._acting_states(doc, named)
        counts = Counter(state for state in acting if state)
        state = DocState(focal=counts.most_common(1)[0][0] if counts else None,
                         published=published, dates=find_dates(doc.norm, published),
                         amounts=amounts)
        by_sentence: dict[int, list] = {}
        states_by_sentence: dict[int, list[str]] = {}
        for mention, acts_as in zip(named, acting, strict=True):
            by_sentence.setdefault(mention.sentence, []).append(mention)
            if acts_as:
                states_by_sentence.setdefault(mention.sentence, []).append(acts_as)
        referents = self._referents(doc.text, state.focal, published)
        only = self._only_place_state(named)
        state.place_state = self._place_state_of_nationals(only, named, state.focal)
        referents.dates = state.dates
        paragraph = -1
        state.dominant = dominant_state(counts)
        if state.dominant is None and len(counts) <= 1:
            # "Bombings struck Mindanao, Philippines ...": the one state named, once, that
            # every place of the document lies in
            state.dominant = only if only is not None and (not counts or only in counts) else None
        for index, (start, end) in enumerate(doc.sentences):
            opens = self._new_paragraph(doc.text, start, state)
            if opens:
                state.carried = state.carried_person = state.context_date = None
                paragraph += 1
            state.sentence = index
            # "In February 2020, X signed an agreement with the Taliban": who acts for whom
            # on the sentence's date, else on the day it was published
            when = _sentence_date(state.dates, start, end) or published
            view = view_sentence(doc.text, index, start, end, by_sentence.get(index, []),
                                 lambda eid: self._resolve(eid, when),  # noqa: B023
                                 self.grammar,
                                 state.focal,
                                 lambda head: self._org_for(head, state),
                                 self._recent_pair(state), self.frames.focal_anaphora,
                                 document_window(doc, index),
                                 lambda v: referents.resolve(v, paragraph),  # noqa: B023
                                 lambda args, at: self._organ_state(args, state, at),
                                 lambda group: self._group_size(group, when))  # noqa: B023
            view.args = self._as_fighters(view, by_sentence.get(index, []))
            if self.grammar.medium_markers:  # "wrote on Twitter": a platform is no actor
                view.args = [a for a in view.args if not self._as_medium(view, a)]
            if opens:
                state.topic = self._paragraph_topic(doc, view, states_by_sentence, state.focal)
            referents.remember(view, paragraph)
            self._sentence(doc, view, state)
            state.named_states = (index, self._named_states(view.args))
            state.recent_orgs += [(index, a.entity) for a in view.args
                                  if a.kind == "organization" and not a.implicit]
            state.recent_states += [(index, a.entity) for a in view.args
                                    if a.kind == "state" and a.resolution]
            state.paragraph_end = end
        return merge(state.result, published)

    def _paragraph_topic(self, doc, view: SentenceView,
                         states_by_sentence: dict[int, list[str]],
                         focal: str | None) -> str | None:
        """"Japan set up ... [new paragraph] South Korea came later ... Seoul has held a
        forum, while relations with Uzbekistan were raised to a partnership": a paragraph
        that never names the document's focal state as an actor, names another state as one
        at least twice and no other more often, and opens (`view`, its first sentence) by
        naming that state unmarked (no "with Baku"), is about that state; an unnamed doer
        there is it, not the focal state. A paragraph that opens on a theme ("Relations
        with the West ...") stays the focal state's."""
        first = view.index
        sentences = range(first, _paragraph_last(doc, first) + 1)
        counts = Counter(s for i in sentences for s in states_by_sentence.get(i, []))
        most = max(counts.values(), default=0)
        if focal is None or counts[focal] or most < 2:
            return None
        leading = {state for state, n in counts.items() if n == most}
        return next((a.entity for a in view.args if a.entity in leading and a.kind == "state"
                     and not a.marked and not a.implicit), None)

    def _referents(self, text: str, focal: str | None, published: str | None) -> Referents:
        """The document's memory of named actors, reading the lexicon's roles at its date."""
        def title_of(person: str) -> str | None:
            held = self.lexicon.person_state(person, published, nearest=True)
            return held[1] if held else None

        def office_holder(state: str, title: str) -> str | None:
            return self.lexicon.office_holder(state, title, published) if published else None

        return Referents(self.grammar, text, focal, office_holder, title_of, self._styled_as)

    def _styled_as(self, state: str, style: str) -> bool:
        """One of `state`'s names in the text's language (in English, its label too) holds a
        word that starts with `style`, the article aside ("المملكة العربية السعودية", "United
        Arab Emirates"): "the kingdom" may stand for it."""
        words = self._state_name_words.get(state)
        if words is None:
            entity = self.lexicon.entity(state)
            names = [] if entity is None else [*entity.names.get(self.lang, []), *(
                [entity.en] if self.lang == "en" else [])]
            article = self.grammar.article
            words = self._state_name_words[state] = frozenset(
                w[len(article):] if article and w.startswith(article) else w
                for name in names for w in norm(name).split())
        return any(w.startswith(style) for w in words)

    def _as_medium(self, view: SentenceView, arg: Arg) -> bool:
        """"wrote on Twitter", "announced via Telegram": a platform (lexicon `medium`) right
        after a medium marker (or one word after it: "on his Twitter account") is where it
        was said, no actor."""
        entity = self.lexicon.entity(arg.entity) if not arg.implicit else None
        markers = view.grammar.medium_markers
        return entity is not None and bool(entity.extra.get("medium")) and any(
            view.word_at(arg.first - k) in markers for k in (1, 2))

    @staticmethod
    def _new_paragraph(text: str, start: int, state: DocState) -> bool:
        return state.paragraph_end < 0 or "\n" in text[state.paragraph_end:start]

    @staticmethod
    def _recent_pair(state: DocState) -> tuple[str, str] | None:
        """The last two distinct states named in the last two sentences."""
        seen: list[str] = []
        for index, entity in reversed(state.recent_states):
            if state.sentence - index > 2:
                break
            if entity not in seen:
                seen.append(entity)
            if len(seen) == 2:
                return seen[1], seen[0]
        return None

    def _org_for(self, head: str, state: DocState) -> str | None:
        """The latest organisation whose name has the head noun ("المؤتمر" -> a "مؤتمر ..."),
        or, with no head, the latest one of the last few sentences."""
        for index, org in reversed(state.recent_orgs):
            if not head and state.sentence - index > ORG_MEMORY:
                break
            if not head or head in self._org_names(org):
                return org
        return None

    def _org_names(self, org: str) -> str:
        if org not in self._names:
            entity = self.lexicon.entity(org)
            names = (entity.names.get("ar", []) + entity.names.get("en", [])) if entity else []
            self._names[org] = " ".join(normalize(n).text for n in names)
        return self._names[org]

    def _organ_state(self, args: list[Arg], state: DocState, organ: int) -> str | None:
        """The state a bare organ noun ("police") of the sentence with these named arguments
        stands for: the one state the sentence names as a place or an actor (None when it
        names another state too); with none named so (a state named only as what is done
        to: "arrested a British man" in a French story is FRA -> GBR), the one the sentence
        before names as such (None when it names two), else the document's dominant
        state, else the one state named before the organ word (`_sole_state`)."""
        named = self._named_states(args)
        if any(named.values()):
            return next(iter(named)) if len(named) == 1 else None
        index, before = state.named_states
        acting = [s for s, acts in before.items() if acts] if index == state.sentence - 1 else []
        if acting:
            return acting[0] if len(before) == 1 else None
        return state.dominant or _sole_state([a for a in args if a.last <= organ])

    def _organ_ambiguous(self, args: list[Arg], state: DocState) -> bool:
        """Whether the states around a bare organ noun leave it without one (`_organ_state`):
        the sentence names none as a place or an actor, and the sentence before names two."""
        if any(self._named_states(args).values()):
            return False
        index, before = state.named_states
        return index == state.sentence - 1 and any(before.values()) and len(before) > 1

    def _named_states(self, args: list[Arg]) -> dict[str, bool]:
        """The states the arguments name (a place for its state), each with whether it is
        named as a place or an actor (an organ, an official, an unmarked name), not only as
        a nationality or behind another preposition."""
        named: dict[str, bool] = {}
        for arg in args:
            if arg.implicit or arg.resolution in ("", "anaphora"):
                continue
            place = arg.kind in ("place", "city")
            entity = self._arg_state(arg)
            if entity is None:
                continue
            acts = (arg.marker in self.grammar.locative or arg.resolution == "organ"
                    or arg.person is not None
                    or (not arg.marked and not place and arg.resolution != "adjective"))
            named[entity] = named.get(entity, False) or acts
        return named

    def _acting_states(self, doc, mentions: list) -> list[str | None]:
        """The state each of the document's `mentions` names as an actor, else None
        (read once: the document's counts and each paragraph's are sums of it)."""
        acting: list[str | None] = []
        spans = sorted((m.start, m.end) for m in doc.mentions)
        starts = [s for s, _ in spans]
        named_at: dict[tuple[int, int], list[str]] = {}
        for m in doc.mentions:
            named_at.setdefault((m.start, m.end), []).append(m.entity_id)
        for mention in mentions:
            resolved = self._resolve(mention.entity_id, None)
            if not resolved or resolved[1] != "state":
                acting.append(None)
                continue
            # the names a name's reading looks at lie just before it: a long document's
            # other names are not scanned for each of its mentions (linear, not quadratic)
            near = spans[bisect.bisect_left(starts, mention.start - NAME_REACH):
                         bisect.bisect_right(starts, mention.end)]
            if not is_no_actor(self.grammar, doc.text, mention.start, mention.end,
                               mention.resolution, resolved[2] is not None, near) and not (
                    mention.resolution == "adjective" and describes_a_name(
                        self.grammar, doc.text, mention.start, mention.end, near)) and not (
                    self._inside_other_actor(named_at, mention, resolved[0], near)):
                acting.append(resolved[0])
            else:
                acting.append(None)
        return acting

    def _inside_other_actor(self, named_at: dict[tuple[int, int], list[str]], mention,
                            state: str, near: list[tuple[int, int]]) -> bool:
        """The state's mention lies inside the longer name of another actor ("جيش التحرير
        الشعبي" of China inside "جيش التحرير الشعبي في مانيبور", "Syrian" inside "the Syrian
        Democratic Forces"): that actor is named, not the state. Inside its own organ's name
        ("the Israeli military") it still names the state, and inside a company's ("U.S.
        Steel", "Turkish Airlines") it still says where the company is."""
        return any(start <= mention.start and mention.end <= end
                   and end - start > mention.end - mention.start
                   and self._names_another_actor(outer, state)
                   for start, end in near for outer in named_at[(start, end)])

    def _names_another_actor(self, outer: str, state: str) -> bool:
        resolved = self._resolve(outer, None)
        return resolved is None or (resolved[0] != state and resolved[1] != "company")

    def _place_state_of_nationals(self, only: str | None, mentions: list,
                                  focal: str | None) -> str | None:
        """`only`, the one state every place of the document lies in (`_only_place_state`),
        when it is not the focal state and the focal state is named only by adjectives
        (people of it: "A Ukrainian student is stabbed to death in Denver, Colorado"), so
        that it is where things are done."""
        if only is None or focal is None or only == focal:
            return None
        named = [m for m in mentions if (self._resolve(m.entity_id, None) or ("",))[0] == focal]
        return only if all(m.resolution == "adjective" for m in named) else None

    def _only_place_state(self, mentions: list) -> str | None:
        """The one state every place of a document lies in ("Police in Oxfordshire, England
        ..."): the state its bare organs act for when it names no state as an actor, or only
        that one, once ("Bombings struck Mindanao, Philippines ..."; the caller checks the
        counts)."""
        states = {self._place_state(m.entity_id) for m in mentions
                  if getattr(self.lexicon.entity(m.entity_id), "kind", None) == "place"}
        states.discard(None)
        return states.pop() if len(states) == 1 else None

    def _as_fighters(self, view: SentenceView, mentions: list) -> list[Arg]:
        """"Taliban fighters ambushed Pakistani troops", "نصب مسلحو طالبان كمينا": a movement
        that governs its state, named with a word for its fighters (`fighter_nouns`) right
        before or after it, acts as the armed movement, not as the state."""
        fighters = self.grammar.fighter_nouns
        if not fighters or not view.names_any(fighters):
            return view.args
        movements = {(m.start, m.end): m.entity_id for m in mentions
                     if (e := self.lexicon.entity(m.entity_id)) is not None
                     and e.extra.get("governs_since")}
        return [replace(a, entity=movement, kind=ontology().canonical_kind(
                    self.lexicon.entities[movement].kind))
                if a.kind == "state" and (movement := movements.get((a.start, a.end)))
                and any(not fighters.isdisjoint(view.words[i]) for i in (a.first - 1, a.last)
                        if 0 <= i < len(view.words))
                else a for a in view.args]

    def _resolve(self, entity_id: str, date: str | None) -> tuple[str, str, str | None] | None:
        key = (entity_id, date)
        if key not in self._resolved:
            if len(self._resolved) > 100_000:
                self._resolved.clear()
            self._resolved[key] = self._resolve_entity(entity_id, date)
        return self._resolved[key]

    def _group_size(self, group_id: str, date: str | None) -> int:
        """How many members the group has at `date` (0: none known; the lexicon answers an
        unknown group with no members and an unreadable date with today)."""
        return len(self.lexicon.members(group_id, date))

    def _resolve_entity(self, entity_id: str, date: str | None
                        ) -> tuple[str, str, str | None] | None:
        entity = self.lexicon.entity(entity_id)
        if entity is None:
            return None
        if entity.kind == "person":
            acted_for = self.lexicon.person_state(entity_id, date, nearest=True)
            if acted_for:
                # a commander of a state's organ (the IRGC) acts for the state, as the organ does
                body = acted_for[0]
                return self.lexicon.organ_state(body, date) or body, "state", entity_id
            return entity_id, "person", entity_id
        organ_of = self.lexicon.organ_state(entity_id, date)
        if organ_of is not None:
            # an organ of the state (a ministry, a legislature, a security service) is the
            # state, as ONTOLOGY codes "the Russian foreign ministry" or "Georgian police"
            return organ_of, "state", None
        if entity.self_governed:  # Hong Kong's police act for it as a state's for the state
            return entity_id, "state", None
        return entity_id, ontology().canonical_kind(entity.kind), None

    # -- sentence -----------------------------------------------------------------
    def _sentence(self, doc, view: SentenceView, state: DocState) -> None:
        dates = _within(state.dates, view)
        amounts = _within(state.amounts, view)
        hits = self._hits(view, amounts, doc.text)
        inherited, state.context_date = state.context_date, (dates[-1] if dates
                                                             else state.context_date)
        made = (len(state.result.events), len(state.result.facts))
        if hits:  # a sentence with no trigger (nearly half) only states policies
            self._triggers(doc, view, state, hits, (dates, amounts, inherited))
        self._paired_meetings(doc, view, state, hits, (dates, amounts, inherited))
        self._format_summits(state, *made)
        self._summit_hosts(state, *made)
        self._hosted_gathering(view, state, made[0])
        self._backed_facts(view, state)
        self._talks_praised(view, state)
        self._aid_site_facts(doc, view, state)
        self._described_members(view, state)
        carried = inherited is not None and not dates and _refers_back(view)
        self._policies(view, state, [inherited] if carried else dates, carried)

    def _format_summits(self, state: DocState, events_from: int, facts_from: int) -> None:
        """"the China-Central Asia summit in Astana", "It hosted the first India-Central Asia
        summit": a summit of a format (lexicon `meets_as_members`: a group and one partner)
        is its members meeting its host, each member with the host state (the gold's
        KGZ-KAZ, CHN-KAZ ...), not anyone with the format itself. The host is the one a host
        fact of the sentence names, else the state of the place the meeting is in; a
        format's meeting with no host named is no pair the text states."""
        result = state.result
        hosted = {f.object: f for f in result.facts[facts_from:]
                  if f.predicate == "hosts" and self._meets_as_members(f.object)}
        kept, made = [], []
        for event in result.events[events_from:]:
            form = next((p for p in (event.target, event.source)
                         if p and self._meets_as_members(p)), None)
            if form is None or event.event_type != "CONSULT":
                kept.append(event)
                continue
            host = hosted[form].subject if form in hosted else event.location
            made += self._members_meet_host(event, form, self._state_of(host))
        for form, fact in hosted.items():
            if not any(e.target == self._state_of(fact.subject) for e in made):
                made += self._members_meet_host(self._hosted_meeting(fact), form,
                                                self._state_of(fact.subject))
        unique = {(e.source, e.target, e.modality): e for e in reversed(made)}
        result.events[events_from:] = kept + list(reversed(unique.values()))

    def _summit_hosts(self, state: DocState, events_from: int, facts_from: int) -> None:
        """"Modi attended the SCO summit in Astana", "شارك الرئيس الصيني في قمة ... التي عقدت في
        أستانا", "a summit in Johannesburg with the leaders of X and Y": who attends a body's
        meeting (frame key `meets_host`) that a state hosts meets the host (the gold's IND-KAZ),
        not the body. The host is the state of the place the meeting is in, else the one a
        host fact of the sentence names for the body; the host itself still meets the body
        ("the G7 summit opens in Canada": CAN-G7), and a meeting with no host named stays
        with the body ("attended the AU summit": X-AU)."""
        result = state.result
        hosts = {f.object: self._state_of(f.subject) for f in result.facts[facts_from:]
                 if f.predicate == "hosts"}
        met, pairs = [], set()
        for event in result.events[events_from:]:
            host = self._summit_host(event, hosts)
            if host is not None and host != event.source:
                event = changed(event, target=host, target_person=None)
            pair = (event.event_type, event.source, event.target, event.modality, event.date)
            if host is None or pair not in pairs:
                met.append(event)
            pairs.add(pair)
        result.events[events_from:] = met

    def _hosted_gathering(self, view: SentenceView, state: DocState, events_from: int) -> None:
        """"A and B signed the accord at a ceremony hosted by C", "At the G20 summit hosted by
        New Delhi, A and B backed ...", "خلال مراسم استضافها C": a gathering the clause's
        act was done at (`_gathering_host`) is attended by the parties of the sentence's
        acts, who each meet its host (CONSULT party-host, the act's modality); the host,
        named there alone, is no party of their act ("backed the plan at a summit hosted by
        C": no backing of C)."""
        found = _gathering_host(view)
        host = self._host_state(found[0]) if found else None
        if found is None or host is None:
            return
        result = state.result
        alone = sum(a.entity == found[0].entity for a in view.args) == 1
        sentence = result.events[events_from:]
        acts = [e for e in sentence if not (
            alone and e.target == host and e.event_type != "CONSULT")]
        met = {(frozenset((e.source, e.target)), e.modality) for e in acts
               if e.event_type == "CONSULT"}
        score, quad = ontology().intensity("CONSULT", "multilateral")
        made = []
        for act in sentence:
            for party in _attendees(act):
                pair = (frozenset((party, host)), act.modality)
                if party is None or party == host or pair in met:
                    continue
                met.add(pair)
                made.append(Event(
                    source=party, event_type="CONSULT", target=host, mode="multilateral",
                    date=act.date, location=act.location, intensity=score, quad=quad,
                    modality=act.modality, confidence=act.confidence,
                    evidence=list(act.evidence),
                    trace=[Step("trigger", "hosted_gathering", found[1]), *act.trace[1:]]))
        result.events[events_from:] = acts + made

    def _host_state(self, arg: Arg) -> str | None:
        """The state a gathering's host acts for: a state's name or leader, a capital."""
        return arg.entity if arg.kind == "state" else self._state_of(arg.entity)

    def _summit_host(self, event: Event, hosts: dict[str, str | None]) -> str | None:
        """The state hosting the body's meeting an attendance event names, if any."""
        frame = self.frames.by_id.get(event.trace[0].strategy) if event.trace else None
        body = self.lexicon.entity(event.target) if event.target else None
        if frame is None or not frame.meets_host or body is None or body.kind not in (
                "organization", "initiative"):
            return None
        return self._state_of(event.location) or hosts.get(body.id)

    def _meets_as_members(self, entity_id: str) -> bool:
        found = self.lexicon.entity(entity_id)
        return found is not None and bool(found.extra.get("meets_as_members"))

    def _state_of(self, entity_id: str | None) -> str | None:
        """A state's own ID, or the state a place lies in."""
        found = self.lexicon.entity(entity_id) if entity_id else None
        if found is None:
            return None
        return found.id if found.self_governed else found.state

    def _members_meet_host(self, event: Event, form: str, host: str | None) -> list[Event]:
        members = self.lexicon.members(form, event.date) if host else ()
        if host not in members:
            return []
        return [replace(event, source=m, target=host, mode="multilateral", source_org=None,
                        source_person=None, target_person=None, location=event.location)
                for m in members if m != host]

    def _hosted_meeting(self, fact: Fact) -> Event:
        """The meeting a host fact of a format names, as an event of its host."""
        score, quad = ontology().intensity("CONSULT", "multilateral")
        return Event(source=fact.subject, event_type="CONSULT", target=fact.object,
                     mode="multilateral",
                     date=fact.attrs.get("date"), location=fact.attrs.get("location"),
                     intensity=score, quad=quad, modality=fact.modality,
                     confidence=fact.confidence, evidence=list(fact.evidence),
                     trace=list(fact.trace))

    def _backed_facts(self, view: SentenceView, state: DocState) -> None:
        """"Rwandan-backed M23 rebels", "حركة إم 23 المدعومة من رواندا": a name that only
        describes another through a backing participle (grammar `modifier_participles` less
        `alignment_participles`) gives it aid, a standing relation (data: the frame marked
        `backing`)."""
        frame = self.frames.backing
        backing = self.grammar.backing_participles
        if frame is None or not view.modifier_of:
            return
        for backer, k in view.modifier_of:
            if backing.isdisjoint(view.words[k]) or backer.kind not in frame.subject:
                continue
            after = k >= backer.last  # "X-backed Y" (else "Y المدعومة من X")
            backed = next((a for a in view.args if (a.first == k + 1 if after else
                                                      _epithets_only(view, a.last, k))), None)
            if backed is None or backed.kind not in frame.object or (
                    backed.entity == backer.entity) or not _backed_as_named(view, backed):
                continue
            modality = _backing_modality(view, backer, after)
            if modality == "none":
                continue
            hit = Hit(frame, k, k + 1, left=k, right=k + 1)
            hit.why(backer, st.BACKER)
            hit.why(backed, st.BACKED)
            hit.cue = "modifier_hedge" if modality != "actual" else ""
            self._emit(view, hit, (backer, backed), modality, None, [],
                       Evidence(view.index, view.start, view.end), state)

    def _paired_meetings(self, doc, view: SentenceView, state: DocState, hits: list[Hit],
                         dated: tuple[list, list, object]) -> None:
        """"the first high-level US-Russian talks", "the EU-Egypt summit will be held",
        "المحادثات الأمريكية الروسية", "القمة العربية الصينية": a meeting noun (grammar
        `paired_meeting_nouns`) whose compound modifier names two or more parties
        (`_compound_parties`) is their meeting, each with each, read as a trigger of its own
        (data: the frame marked `paired_meeting`): its modality and date as the sentence
        gives them, a meeting the sentence already read once. A
        trigger on the noun itself that read two of the parties read them as a body's
        meeting and its guest ("the EU-Egypt summit in Brussels" is no summit of the EU that
        Belgium hosts): the compound's reading replaces it."""
        frame, g = self.frames.paired_meeting, self.grammar
        if frame is None or len(view.args) < 2 or not view.names_any(g.paired_meeting_nouns):
            return
        dates, amounts, inherited = dated
        for noun in _words_of(view, g.paired_meeting_nouns, 0, len(view.words)):
            parties = _compound_parties(view, noun, frame.subject)
            if len({a.entity for a in parties}) < 2:
                continue
            hit = Hit(frame, noun, noun + 1, left=view.clause_start(noun),
                      right=view.clause_end(noun))
            hit.modality, hit.cue = self._modality(view, hit, dates)
            # a group's states in a compound name the body's summit ("the China-Arab States
            # Summit" is China's with the Arab League), not one meeting with each member
            parties = [replace(a, resolution="name") if a.resolution == "members" else a
                       for a in parties]
            for party in parties:
                hit.why(party, st.COMPOUND_PARTY)
            hit.given = [(a, b) for i, a in enumerate(parties) for b in parties[i + 1:]
                         if a.entity != b.entity]
            _drop_own_reading(state, hits, noun, {a.entity for a in parties})
            made = len(state.result.events)
            met = {(frozenset((e.source, e.target)), e.modality) for e in state.result.events
                   if e.event_type == "CONSULT" and e.evidence
                   and e.evidence[0].sentence == view.index}
            self._apply(doc, view, hit, state, dates, amounts, _context(hit, inherited, view))
            state.result.events[made:] = [
                e for e in state.result.events[made:]
                if (frozenset((e.source, e.target)), e.modality) not in met]

    def _talks_praised(self, view: SentenceView, state: DocState) -> None:
        """"Lavrov called the conversation 'very useful'", "Shamkhani said the talks had been
        constructive", "وصف لافروف المحادثات بأنها مفيدة جداً": a party to talks that says
        they went well (grammar `talk_nouns`, `talk_praise_words` within TALK_PRAISE_REACH
        words after the noun, one of `talk_praise_verbs` in the sentence) supports the one
        it met in the document's talks so far (data: the frame marked `talks_praise`); no
        praise past a negation, no talks met, no support."""
        frame, g = self.frames.talks_praise, self.grammar
        if frame is None or not any(_reads_as(w, g.talk_praise_verbs) for w in view.words):
            return
        talk = next((i for i, w in enumerate(view.words) if _reads_as(w, g.talk_nouns)), None)
        if talk is None or not self._praised_after(view, talk):
            return
        speaker = next((a for a in view.args if a.kind in frame.subject and not a.implicit
                        and a.first != talk), None)
        met = None if speaker is None else _met_in_talks(state, speaker.entity)
        if speaker is None or met is None:
            return
        hit = Hit(frame, talk, talk + 1, left=talk, right=talk + 1)
        partner = implicit(met)
        hit.why(speaker, st.SPEAKER)
        hit.why(partner, st.NEAREST_PAIR)
        self._emit(view, hit, (speaker, partner), "actual", None, [],
                   Evidence(view.index, view.start, view.end), state)

    def _praised_after(self, view: SentenceView, talk: int) -> bool:
        """A praise word within TALK_PRAISE_REACH words after the talks noun, none of
        `talk_praise_stops` before it ("were not constructive", "لم تكن بناءة")."""
        g = self.grammar
        for i in range(talk + 1, min(talk + 1 + TALK_PRAISE_REACH, len(view.words))):
            word = view.words[i]
            if _reads_as(word, g.talk_praise_stops):
                return False
            if _reads_as(word, g.talk_praise_words):
                return True
        return False

    def _described_members(self, view: SentenceView, state: DocState) -> None:
        """"Poland, a NATO member, ...", "Germany and several other NATO allies", "Canada
        became the first G7 country to ...", "ألمانيا وعدد من حلفائها الآخرين في حلف
        الناتو": a state's description names the organisation it is a member of (data: the
        frame marked `described_member`), whatever the sentence says it does."""
        frame = self.frames.described_member
        if frame is None:
            return
        bodies = [a for a in view.args + view.partitives
                  if not a.implicit and a.kind in frame.object]
        for body in bodies:
            member = _described_member(view, frame, body)
            if member is None:
                continue
            hit = Hit(frame, member.last, body.first, left=member.last, right=body.first)
            hit.why(member, st.DESCRIBED_MEMBER)
            hit.why(body, st.DESCRIBING_BODY)
            self._emit(view, hit, (member, body), "actual", None, [],
                       Evidence(view.index, view.start, view.end), state)
        for leader, body in _led_bodies(view, frame):
            hit = Hit(frame, leader.first, body.first, left=leader.first, right=body.first)
            hit.why(leader, st.LEADING_MEMBER)
            hit.why(body, st.LED_BODY)
            self._emit(view, hit, (leader, body), "actual", None, [],
                       Evidence(view.index, view.start, view.end), state)

    def _aid_site_facts(self, doc, view: SentenceView, state: DocState) -> None:
        """"aid distribution sites run by the X Foundation", "X food distribution sites", "an
        American-funded aid distribution centre in Gaza City", "مواقع توزيع المساعدات التي
        تديرها X": a site where aid is handed out (grammar `aid_sites`) that names who runs or
        funds it is that operator's aid to the state of the place its clause names (after the
        site first: "A WFP spokesman in Geneva said sites run by WFP in Sudan ..." is aid to
        Sudan), else to the people the sentence names by their nationality ("32 Palestinians
        are killed trying to reach X food distribution sites"); none when it names neither
        (data: the frame marked `aid_site`). A site with no operator named names no giver; a
        site its clause denies ("No sites run by X remain open") names none either, and one
        it plans ("plans to open sites run by X") a planned aid."""
        frame, g = self.frames.aid_site, self.grammar
        if frame is None or not view.args or not view.names_any(g.aid_site_words):
            return  # no word that ends a site: nearly every sentence
        for first, last in _aid_sites(view, g.aid_sites):
            operator = _aid_site_operator(view, doc.text, first, last)
            if operator is None or operator.kind not in frame.subject:
                continue
            receiver = self._aid_site_receiver(view, first, last, {operator.entity})
            if receiver is None or receiver.kind not in frame.object:
                continue
            hit = Hit(frame, first, last, left=view.clause_start(first), right=last)
            hit.modality, hit.cue = self._modality(view, hit)  # as a trigger's, in its clause
            if hit.modality == "negated":
                continue
            hit.left = first
            hit.why(operator, st.SITE_OPERATOR)
            hit.why(receiver, st.SITE_PLACE)
            self._emit(view, hit, (operator, receiver), hit.modality, None, [],
                       Evidence(view.index, view.start, view.end), state)

    def _aid_site_receiver(self, view: SentenceView, first: int, last: int, taken: set
                           ) -> Arg | None:
        """The state an aid site at [first, last) serves: that of the first place (or state
        after a locative) after it in its clause, else of the nearest before it in its
        clause, else the people the sentence names by their nationality."""
        start, end = view.clause_start(first), view.clause_end(last - 1)
        after = [a for a in view.args if last <= a.first < end]
        before = [a for a in reversed(view.args) if start <= a.first and a.last <= first]
        for a in after + before:
            found = self._site_place(a, taken)
            if found is not None:
                return found
        return next((a for a in view.args if a.entity not in taken
                     and _named_as_people(view, a)), None)

    def _site_place(self, a: Arg, taken: set) -> Arg | None:
        """A place's argument as the state it lies in, or a state named after a locative
        ("in Chad"), none of the `taken` entities."""
        if a.kind in ("place", "city"):
            return next(iter(self._as_place_state(a, taken)), None)
        if a.kind == "state" and a.marker in self.grammar.locative and a.entity not in taken:
            return a
        return None

    def _triggers(self, doc, view: SentenceView, state: DocState, hits: list[Hit],
                  dated: tuple[list, list, object]) -> None:
        """Read the sentence's triggers (`dated`: its dates and amounts, and the last date
        of the sentence before, which an undated act inherits)."""
        dates, amounts, inherited = dated
        links = event_nouns.link(view, hits, self.agent_markers)
        previous = None
        framed: Hit | None = None  # the last act read as what talks or a plan lay down
        alleged: tuple[Hit, list[Arg]] | None = None  # a punishment's reason and its doers
        content = st.speech_content_start(view, self.speech_verbs, self.complementizers)
        speaker = st.speaker(view, content, self.speech_verbs) if content is not None else None
        reports = st.report_starts(view, self.speech_verbs, self.complementizers)
        for k, hit in enumerate(hits):
            if hit.frame.speech_only and (content is None or hit.first < content):
                continue  # "Y violated the ceasefire": no one's accusation, nor a trigger
            attribution = next((r for r in reports if hit.last <= r), None)
            if attribution is not None:
                hit.right = min(hit.right, attribution)  # who reports it is no actor of it
            joined = _joined_to_passive(view, hits, k)
            if (self._voweled_passive(doc.text, view, hit) or self._light_passive(view, hit)
                    or _verdict_participle(view, hit)
                    or (joined and not _name_after_verb(view, hit.first))):
                hit.frame = passive_frame(self.frames, hit.frame)
            else:
                hit.after_passive = joined
            if hit.frame.ordered_act:
                hit.frame = _typed_by_ordered_act(view, hit, self._people_acts)
            if hit.frame.id in self.frames.joint_facts:  # read by `_joint_fact` only
                hit.fact_follows = any(h.frame.fact for h in hits[k + 1:]
                                       if view.clause_start(h.first) <= hit.first)
            if hit.frame.fact:  # read by the symmetric parties of facts only
                hit.agreed = any(h.frame.id in self.frames.joint_facts for h in hits[:k]
                                 if view.clause_start(hit.first) <= h.first)
            hit.modality, hit.cue = self._modality(view, hit, dates)
            if not hit.frame.fact:
                hit.modality, hit.cue = _possible(doc.text, view, hits, k, hit.modality, hit.cue)
            if k + 1 < len(hits) and _content_of(hit, hits[k + 1], view) == "THREATEN":
                _threatened_acts_objects(view, hits[k + 1])
            if self._skip(view, hits, k, links) or _founding_member(hits, hit):
                continue
            if not hit.frame.fact and _describes_people(view, hit):
                hit.describes = True  # no act of its own, though what it asks stays asked
            if _ended_force(view, hits, hit):
                hit.describes = True  # "agree to cease all military attacks": none done
            if hit.frame.giver_follows and _assisted_act_unstated(view, hits[:k], hit):
                hit.describes = True  # help in an act denied or asked for: none given
            if hit.frame.hostile_event and _promises(view, hits, k, HOSTILE_ACTS):
                hit.frame = replace(hit.frame, event=hit.frame.hostile_event)
            elif hit.frame.yielding_event and _promises(view, hits, k, YIELDING_ACTS):
                hit.frame = replace(hit.frame, event=hit.frame.yielding_event)
            elif hit.frame.eased_event and (easing := _easing(view, hit)) is not None:
                if easing[1]:  # "waived sanctions on X": no sanction stands, a concession
                    hit.frame = replace(hit.frame, event=hit.frame.eased_event)
                    hit.given = _granted(view, easing[0])  # "gave Y a waiver": to Y
                else:  # "delayed tariffs on X": conceded as the easing word says, read below
                    hit.eased = self._modality(view, replace(hit, first=easing[0]))
            elif hit.frame.praise_event and _epithet_polarity(view, hit) == "positive":
                hit.frame = replace(hit.frame, event=hit.frame.praise_event)
            elif _act(hit.frame)[0] == "CONCEDE" and not hit.given:
                hit.given = _granted(view, hit.first)  # "منحت X المجر إعفاء": to Hungary
            if k and _possessed_fact(view, hits[k - 1], hit):
                hit.left = hits[k - 1].left  # "X and its allies condemned": X is a subject
            if hit.frame.casualty_event and _casualty_verb(view, hit.first) is not None:
                hit.frame = replace(hit.frame, event=hit.frame.casualty_event)
            hit.victims = _victims_before(view, hit)
            if hit.victims:  # the names before it are no doers of it
                hit.left = max(hit.left, hit.first)
            if links.negated(hit):  # "refused to negotiate": the talks did not happen
                hit.modality, hit.cue = "negated", event_nouns.REFUSED
            if previous and hit.modality == "actual" and self._continues(view, hit) and not (
                    previous.future and _new_clause(view, hit)):
                # a trigger coordinated with the one before shares its aim; a future verb's
                # tense is its own when a comma opens the clause after it ("...، وأبدى")
                hit.modality = previous.modality
                hit.cue = f"continues:{previous.frame.id}" if hit.modality != "actual" else ""
            if hit.frame.between:
                hit.right = _between_reach(view, hit)
            if self._background_talks(view, hit):
                hit.left = max(hit.left, hit.first)  # "A, mediated by B during talks": not B's
            if previous and _signed_partnership(previous, hit, view):
                hit.left = min(hit.left, _signers_start(view, previous))
            elif previous and (_shares_parties(previous, hit, view)
                               or _object_of_idle_verb(previous, hit, view)
                               or _approved_gift(previous, hit, view)):
                hit.left = min(hit.left, previous.left)  # the pair named before both
            if previous and hit.modality == "actual" and (
                    _restates(previous, hit, view) or _purpose_of(previous, hit, view)):
                hit.modality, hit.cue = previous.modality, previous.cue
            elif previous and hit.modality == "actual" and (
                    (agreed_act := _agreed_act(previous, hit, view))
                    or _agreed_fact(previous, hit, view)):
                hit.modality, hit.cue = "planned", f"agreed_content:{previous.frame.id}"
                if hit.frame.symmetric and agreed_act:
                    hit.left = min(hit.left, previous.left)  # "A and B agreed to restore ties"
            hit.stopped = previous is not None and _stopped(previous, hit, view)
            hit.of_body = hit.frame.fact == "member_of" and _members_of_body(view, hit)
            content_of = _content_of(previous, hit, view) if previous else None
            # "ordered the Pentagon to send troops": the orderer's act, if it is read
            orderers_act = content_of == "REQUEST" and previous is not None and (
                _ordered_own_organ(previous))
            if orderers_act:
                content_of = None
            if content_of is None and _listed_request(view, hits[:k], hit):
                content_of = "REQUEST"  # "called for a ceasefire ... and the release of ..."
            if hit.frame.between_actors and content_of in UNSTATED_FACT_CONTENT:
                content_of = None  # where it happened: "accused X of shelling Z on the border"
            if hit.frame.standing_fact and (content_of == "CONCEDE"
                                            or _easing(view, hit) is not None):
                hit.undone = True  # "lifted the freeze on aid to X": the aid stands
            if content_of == "planned" and previous and previous.frame.hostile_event and (
                    previous.frame.event is previous.frame.hostile_event):
                content_of = "THREATEN"  # what a threat promises is hypothetical
            if previous and content_of == "planned":  # what a pledge promises
                if not hit.frame.fact or previous.modality == "negated":
                    continue  # the pledge (AGREE) is the event; one not made promises nothing
                hit.modality = "hypothetical" if previous.modality == "hypothetical" else (
                    "planned")
                hit.cue = f"{PLEDGE_CUE}{previous.frame.id}"
                hit.pledger = previous.subjects
            if hit.frame.made_as_content and _answers(previous, hit, view, self.grammar):
                content_of = None  # "rejected a request from X": X's request was made, ...
                if previous:  # ... to the subject before both
                    hit.left = min(hit.left, previous.left)
            elif hit.frame.made_as_content:  # "Y backed a proposal by X": Y was not asked
                hit.left = max(hit.left, hit.first)
            if content_of in RECEIVING_TYPES and hit.frame.content == "planned":
                hit.modality = "negated"  # "refused to pledge aid": the pledge not made ...
                previous = hit  # ... promises nothing
                continue
            if content_of in UNSTATED_FACT_CONTENT or (content_of in CONTENT_TYPES - {
                    "THREATEN"} and not hit.frame.fact and not hit.undone):
                continue  # what is asked for, alleged or lifted is not an act: the frame is
            if hit.frame.punishment_charge and not _charges_own_punishment(view, hits, hit):
                continue  # "cleared X on espionage charges": a charge of no punishment
            if _agreement_terms(view, hits[:k], hit):
                continue  # what an agreement provides is its content, no act of its own
            if not hit.frame.fact and (_framework_content(view, hits[:k], hit) or (
                    framed is not None and _listed_content(framed, hit, view))):
                framed = hit
                continue  # what talks are about or a plan lays down is no act of the day
            alleged = self._reason(view, hit, content_of == REASON, alleged, state)
            if alleged is not None and not hit.frame.fact:
                if not alleged[1]:
                    continue
                hit.noun_doers = alleged[1]
                if _act(hit.frame) == ALLEGING and previous is not None:
                    # "issues arrest warrants against X over alleged persecution": the one
                    # who punishes alleges it of the punished
                    if not previous.subjects:
                        continue
                    hit.noun_doers, hit.event_doers = previous.subjects, alleged[1]
            if previous and content_of == "THREATEN" and self._endangered(view, previous, hit):
                hit.cue = hit.cue or f"{THREATENED_CUE}{previous.frame.id}"
            elif previous and content_of == "THREATEN" and not hit.frame.fact:
                hit.modality, hit.cue = "hypothetical", f"threat_content:{previous.frame.id}"
                if _threatened_before(previous, hit, view):
                    hit.noun_doers = previous.subjects
            if content is not None and hit.first >= content:
                hit.left = max(hit.left, content)  # the speaker is not an actor of the content
                hit.cue = hit.cue or st.SPEECH_CONTENT
                hit.speaker = speaker  # ... but the subject it leaves out
            made = len(state.result.events)
            if not _posed_danger(view, hit):  # a danger's content is read, no act of it
                self._apply(doc, view, hit, state, dates, amounts, _context(hit, inherited, view))
                if hit.eased:  # the sanction stands, and easing it concedes to its target
                    self._apply(doc, view, _eased_copy(view, hit), state, dates, amounts,
                                _context(hit, inherited, view))
            hit.made = state.result.events[made:]
            if orderers_act and previous is not None:
                if not _done_abroad(hit):  # "ordered to submit their resignations": asked
                    _unmake(state, hit)
                    continue
                _unmake(state, previous)  # ... no request of its own organ
            if previous and content_of == "THREATEN" and not (
                    previous.paired or previous.own_threats or _posed_danger(view, previous)):
                previous.own_threats = True  # one threat, whatever else it promises
                state.result.events += _own_state_threats(
                    previous, view, state.result.events[made:])
            if not (content_of in CONTENT_TYPES and hit.frame.fact and not hit.frame.event):
                previous = hit  # a fact read inside a request leaves the request open
        self._places_give_way(view, hits, state)
        for k, hit in enumerate(hits):
            self._read_charge(view, hit, hits, state)
            state.result.events += _inquiries(view, hit, hits)
            state.result.events += _agreement_purposes(view, hit, hits, state.result.events)
            _read_denied_claim(view, hit, hits[k + 1:], state)
            _read_faced_charges(view, hit, hits[:k], state)
            _read_where_clause(view, hit, [h for h in hits if h.last <= hit.first], state)
        for hit in self._adjunct_talks(view, hits):
            self._apply(doc, view, hit, state, dates, amounts, _context(hit, inherited, view))
        for hit in self._two_sided_acts(view, hits, state):
            self._apply(doc, view, hit, state, dates, amounts, _context(hit, inherited, view))
        state.acted_pairs = (view.index, [p for h in hits for p in _two_party_pairs(h)])

    def _places_give_way(self, view: SentenceView, hits: list[Hit], state: DocState) -> None:
        """Force whose target is only where it was done ("an airstrike in Syria", "killed three
        people" after "strikes on Hezbollah positions in southern Lebanon", "took over towns
        in Bari, Somalia") gives way to a group its sentence names as the target of force by
        the same doer ("targeting a leader in Hurras al-Din"), when the group fights in that
        state or in no one state (the lexicon's `state`): the gold names a place as an actor
        only when nothing else is named (GUIDE). A state named as the victims' people ("three
        Lebanese soldiers") is no place and stays."""
        groups = {(s.entity, o.entity) for h in hits if _act_kind(h)[0] in LOCATED_TARGET
                  for s, o in h.pairs if o.kind in PLACE_GIVES_WAY_TO
                  and not _suspected_member_of(view, o)}
        if not groups:
            return
        dropped: set[int] = set()
        for hit in hits:
            if _act_kind(hit)[0] not in LOCATED_TARGET:
                continue
            named = {o.entity for _, o in hit.pairs if not _named_only_as_where(view, o)}
            for s, o in hit.pairs:
                if o.entity in named or not _named_only_as_where(view, o) or not any(
                        doer == s.entity and self._place_state(group) in (None, o.entity)
                        for doer, group in groups):
                    continue
                dropped |= {id(e) for e in hit.made if e.target == o.entity}
        if dropped:
            state.result.events = [e for e in state.result.events if id(e) not in dropped]
            for hit in hits:
                hit.made = [e for e in hit.made if id(e) not in dropped]

    @staticmethod
    def _read_charge(view: SentenceView, punishment: Hit, hits: list[Hit],
                     state: DocState) -> None:
        """The accusations the alleged charge of an arrest or a conviction makes
        (`_charges`), in place of what the charge's own trigger read; of another punishment
        (frame key `punishment`: an execution), only the state it says the punished
        served."""
        if (_act(punishment.frame) not in REASONED_PUNISHMENTS
                and not punishment.frame.punishment) or not punishment.made:
            return
        found = _charge(view, punishment, hits)
        if found is None:
            return
        charges = _charges(view, punishment, found.served)
        if charges and found.trigger is not None:
            own = {id(e) for e in found.trigger.made}
            state.result.events = [e for e in state.result.events if id(e) not in own]
        state.result.events += charges

    def _adjunct_talks(self, view: SentenceView, hits: list[Hit]) -> list[Hit]:
        """Talks with no pair read, governed by a talks opener ("sign a deal after years of
        negotiations", "reach an agreement at talks mediated by Z", "strikes X following
        failed peace talks"): held between the doer and the target of the sentence's first
        act read with both named, or between that doer and the parties the talks name
        ("releases X after talks with Y") (grammar `talks_openers`)."""
        acts = [h for h in hits if h.paired and (h.frame.event or {}).get("type") not in (
            None, "CONSULT")]
        main = next((p for h in acts for p in h.pairs if not (p[0].implicit or p[1].implicit)
                     and p[0].entity != p[1].entity), None)
        if main is None:
            return []
        talks = []
        for hit in hits:
            if not hit.applied or hit.paired or hit.given or not self._background_talks(
                    view, hit):
                continue
            own = self._own_parties(view, hit, hits)
            hit.given = [(main[0], a) for a in own if a.entity != main[0].entity] if own else [
                main]
            hit.why([p[1] for p in hit.given] + [main[0]], st.SYMMETRIC_PARTIES,
                    "adjunct talks")
            talks.append(hit)
        return talks

    def _two_sided_acts(self, view: SentenceView, hits: list[Hit], state: DocState
                        ) -> list[Hit]:
        """A bare two-sided act (frame key `two_sided`) read with no pair, stated as holding
        behind the sentence's act (`_holding`: "talks with Y failed, while the ceasefire
        holds", "accuses Y of attacks since the agreed ceasefire", "threatening the
        ceasefire"): held by the named pair of the nearest two-party act of its sentence,
        else by the last one of the sentence before (`st.NEAREST_PAIR`)."""
        bare = [h for h in hits if h.frame.two_sided and h.applied and not (
            h.paired or h.given or h.describes) and h.modality != "negated"
            and self._holding(view, h, hits)]
        if not bare:
            return []
        acts = [(h, pairs) for h in hits if (pairs := _two_party_pairs(h))]
        earlier = state.acted_pairs[1] if state.acted_pairs[0] == view.index - 1 else []
        for hit in bare:
            kinds = hit.frame.subject & hit.frame.object
            nearest = min(acts, key=lambda a: abs(a[0].first - hit.first), default=None)
            # the sentence before's sides are named there, not at a word of this one
            pairs = nearest[1] if nearest else [
                (implicit(s.entity, s.kind), implicit(o.entity, o.kind)) for s, o in earlier[-1:]]
            pair = next((p for p in pairs if p[0].kind in kinds and p[1].kind in kinds), None)
            if pair is not None:
                hit.given = [pair]
                hit.why(list(pair), st.NEAREST_PAIR)
        return [h for h in bare if h.given]

    def _endangered(self, view: SentenceView, threat: Hit, hit: Hit) -> bool:
        """"threatening the ceasefire", "تهديد وقف إطلاق النار": a two-sided act right after
        a threat, an article between at most, is one that holds and the threat endangers, no
        act the threatener would do (not "an ultimatum to Russia to end the war")."""
        return hit.frame.two_sided and all(
            view.word_at(i) in self.grammar.articles for i in range(threat.last, hit.first))

    def _holding(self, view: SentenceView, hit: Hit, hits: list[Hit]) -> bool:
        """The act is stated as holding: a threat endangers it, or a holding link (grammar
        `holding_links`) stands at most HOLDING_REACH words before it in its clause, no
        other act read between ("after talks on a ceasefire" holds none)."""
        if hit.cue.startswith(THREATENED_CUE):
            return True
        acts = {i for h in hits if h.made for i in range(h.first, h.last)}
        for k in range(hit.first - 1, max(hit.first - 1 - HOLDING_REACH, -1), -1):
            if view.boundary[k + 1] or k in acts:
                return False
            if self.grammar.holding_links.intersection(view.words[k]):
                return True
        return False

    def _own_parties(self, view: SentenceView, hit: Hit, hits: list[Hit]) -> list[Arg]:
        """The names (no places, nor a place's state adjective: "محادثات جرت في مدينة
        إسطنبول التركية") right after the talks, in their phrase: "negotiations involving X
        and Y", "talks with X", "a meeting between X and Y"; the phrase ends at the next
        trigger, whose names are its own ("talks mediated by Z": Z mediates)."""
        end = min((h.first for h in hits if h.first > hit.first and h.first >= hit.last),
                  default=len(view.words))
        near = range(hit.last, min(hit.last + 6, end))
        return [a for a in view.args if a.first in near and a.kind in hit.frame.object
                and a.marker not in self.grammar.locative and not _state_of_venue(view, a)
                and not any(
                    view.boundary[k] for k in range(hit.last, a.first + 1))]

    def _venue_of_background_talks(self, view: SentenceView, hit: Hit,
                                   pairs: list[tuple[Arg, Arg]]) -> bool:
        """"A and B agree ..., following peace talks in Istanbul, Turkey", "اتفقت A وB، في
        أعقاب محادثات سلام جرت في مدينة إسطنبول التركية، على ...": talks in the background
        of the sentence's act (`_background_talks`) that read only a subject carried from
        that act and the state where they were held read no one of their own: no party met
        the venue, the talks are the act's parties' (as "Following peace talks in Istanbul,
        Turkey, A and B agree", where no subject is carried)."""
        return self._background_talks(view, hit) and all(
            s.implicit and (_located(view, o) or _state_of_venue(view, o))
            for s, o in pairs)

    def _background_talks(self, view: SentenceView, hit: Hit) -> bool:
        """A talks noun (a meeting frame's trigger with no mode, not a gerund, which may be
        a verb: "after meeting X") with a talks opener at most five words (no name) before
        it ("after over nine years of negotiations")."""
        event = hit.frame.event or {}
        openers = self.grammar.talks_openers
        if not openers or event.get("type") != "CONSULT" or event.get("mode") or (
                view.word_at(hit.last - 1).endswith(self.grammar.adjunct_suffixes)):
            return False
        return _opened_by(view, hit.first, openers, 5)

    def _skip(self, view: SentenceView, hits: list[Hit], k: int, links: event_nouns.Links
              ) -> bool:
        """A trigger that states no act of its own: a warning of nothing to come ("warned of
        floods", "warned that the plan breaks the law"), a listing on no hostile list ("added
        X to its list of trusted partners"), an event noun whose doer is not
        the one who speaks of it ("condemned the attack"), a participle describing a noun
        ("the abducted chiefs", "soldiers imprisoned for desertion")."""
        hit = hits[k]
        if hit.frame.background_only and not self._background_talks(view, hit):
            return True
        if hit.frame.warning and not self._warns_of_consequence(view, hits, k):
            return True
        if hit.frame.hostile_list and not _hostile_list(view, hit):
            return True
        if hit.frame.epithet and not _epithet_polarity(view, hit):
            return True
        if _stance_of_other_act(view, hits, k):
            return True
        return not hit.frame.fact and (links.without_doer(hit) or _accident_toll(view, hit) or (
            _participle_modifier(view, hit) and self._banned_named(view, hit) is None))

    @staticmethod
    def _reason(view: SentenceView, hit: Hit, opens: bool, reason: tuple[Hit, list[Arg]] | None,
                state: DocState) -> tuple[Hit, list[Arg]] | None:
        """The reason of a punishment being read at `hit` (the trigger that opened it and the
        punished it is held against, when named), or None: "detained six Chileans for firing
        rockets" opens one; the triggers after it in its clause ("... in two attacks") go on
        with it, but for a reason that is a punishment of its own ("expelled X over the
        arrest of Y in a kidnapping case": what follows is held against Y, not X)."""
        if opens and not hit.frame.fact:
            punished = [a for a in state.objects[1] if not a.implicit] if (
                state.objects[0] == view.index) else []
            return hit, punished
        if reason is not None and (hit.frame.fact or any(
                view.boundary[k] for k in range(reason[0].last, hit.first + 1))
                or _act(reason[0].frame) in REASONED_PUNISHMENTS):
            return None
        return reason

    def _continues(self, view: SentenceView, hit: Hit) -> bool:
        """"aims at X and a partnership with Y": a trigger joined to the one before it by a
        continuing proclitic (data: `continuing_prefixes`)."""
        prefixes = self.grammar.continuing_prefixes
        return bool(prefixes) and view.word_at(hit.first).startswith(prefixes)

    def _free_organ_triggers(self, view: SentenceView) -> None:
        """"Ugandan military exercises", "Belarusian navy drills": an organ mention whose
        organ noun is the first word of a trigger that goes on past the mention is the
        state's adjective alone; the organ noun is the trigger's (in a language whose
        adjective follows its noun the organ noun comes first: nothing to free)."""
        if self.grammar.adjective_after_noun:
            return
        for arg in view.args:
            if arg.resolution != "organ" or arg.implicit or arg.last - arg.first < 2:
                continue
            tail = arg.first + 1
            window = view.words[tail:arg.last + MAX_TRIGGER_WORDS]
            if any(first == 0 and tail + last > arg.last
                   for first, last, _ in self.frames.frames.find(window)):
                view.masked.difference_update(range(tail, arg.last))
                arg.last, arg.end = tail, view.spans[tail - 1][1]
                arg.resolution = "adjective"

    def _joint_frame(self, view: SentenceView, first: int, last: int
                     ) -> tuple[Frame, int] | None:
        """"Russian-Belarusian military exercises near X": the act a compound pair of
        nationalities does is done by both together, so a symmetric trigger the words start
        with ("military exercises": cooperation) reads them before a directed longer one."""
        for shorter in range(last - 1, first, -1):  # the finder gives the longest match
            for start, end, pattern in self.frames.frames.find(view.words[first:shorter]):
                frame = cast(Frame, pattern.key)
                if start == 0 and frame.symmetric:
                    return frame, first + end
        return None

    def _hits(self, view: SentenceView, amounts: Sequence, text: str) -> list[Hit]:
        self._free_organ_triggers(view)
        hits = []
        adjuncts = st.adjunct_words(view)
        view.counted = _counted_words(view, amounts)
        skipped = view.masked | view.counted | _organ_words(view) | adjuncts
        cancelled: list[tuple[int, int, str]] = []
        read: set[int] = set()  # the starts a trigger was read at (or none can be)
        heads: dict[int, str] = {}  # the first token of each start's longest match
        # the frames that may read inside the one read at each start, from the same word
        # ("غارات مشتركة": the airstrikes besides the joint act)
        inside: dict[int, frozenset[str]] = {}
        # every match per start, longest first: a match turned down below leaves its start
        # to the next shorter one that reads its first word alike ("signed a law
        # enforcement agreement": no `sign_domestic`, still `sign`; "احتجاز" turned down as
        # detention is no "احتج*" protest)
        for first, last, pattern in self.frames.frames.find(view.words, skipped, every=True):
            frame = cast(Frame, pattern.key)
            if frame.noun_gaps and _noun_gap_unread(view, pattern.tokens, first, last, frame):
                # "لضربات إسرائيلية على مدى": no doer's or kind adjective in the gap, the form
                # does not match and leaves its start to the others
                continue
            if frame.purpose_stops and _purpose_stopped(
                    view, _past(adjuncts, last), frame.purpose_stops):
                # "sent jets to Belarus for drills": no arms handed over; the start stays
                # free for the others ("أرسلت X مقاتلات ... لإجراء مناورات": a deployment)
                continue
            if (frame.gap_stops or frame.gap_closed) and (_gap_stopped(
                    view, pattern.tokens, first, last, frame.gap_stops) or _gap_crosses(
                    view, pattern.tokens, first, last)):
                continue  # "announced an end to agreement": the gap passed the noun's head;
                # "without a doubt, the deal": a gap runs inside one phrase; the start
                # stays free for the others ("أوقفت الشرطة رجلين بتهمة التعاون": an arrest)
            if (first in read and frame.id not in inside.get(first, frozenset())) or (
                    heads.setdefault(first, pattern.tokens[0]) != pattern.tokens[0]):
                continue
            if first in view.masked or (last - 1 in view.masked
                                        and not _town_noun_of_name(view, last - 1)
                                        and not (frame.own_state_only
                                                 and _opens_name(view, last - 1))
                                        and not (frame.doer_in_trigger
                                                 and _state_organ_name(view, first, last))):
                if _opens_name(view, last - 1):
                    read.add(first)  # "أوقفت المحكمة العليا في X": the name's own head
                continue  # a trigger word inside a name
            if frame.name_words and _word_of_proper_name(text, view, first, last,
                                                         frame.name_words):
                continue  # "the Allied Land Command": a name's word, no alliance
            if frame.people_patient and first in view.joined:
                continue  # "visa-free travel": a compound adjective's tail frees no one
            if last in view.joined and last - first == 1:
                continue  # "a sign-of-life video": a word joined to the next is no verb
            if frame.patient_after and frame.voice != "passive" and not _after_auxiliary(
                    view, first) and not _frees_named(view, last):
                continue  # "released a video showing a hostage": no one is freed
            following = _past(adjuncts, last)
            after = view.words[following] if following < len(view.words) else ()
            before = view.words[first - 1] if first > 0 else ()
            # a last token with an open ending ("بال*") reads the word it stands for as what
            # follows the fixed part: "صدر بحقه حكم بالبراءة" is an acquittal
            tail = view.words[last - 1] if pattern.tokens[-1].endswith("*") and (
                pattern.tokens[-1] != "*") else ()
            if (_reads_as(after, frame.not_after) and not (
                    frame.not_after_close and _loose_follower(view, text, last, following))
                    ) or _reads_as(
                    before, frame.not_before) or _reads_as(tail, frame.not_after) or (
                    frame.not_own and owned_after(view, following)):
                cancelled.append((first, last, frame.id))
                continue
            if frame.not_permitted and _permitted(view, first):
                continue  # "allowed Israeli airlines to enter its airspace": no intrusion
            if _law_penalty(view, frame, first):
                continue  # "a bill to punish femicide with life imprisonment": no verdict
            if frame.head_followers and _head_modifies(view, text, last, frame.head_followers):
                continue  # "dismissed the minister's remarks": the title owns what is dismissed
            if _inquiry(view, last, frame.inquiry_after, self.grammar.articles):
                continue  # "a request from Reuters for comment": the press asks no state
            if frame.actor_follows and not _actor_after_preposition(view, last, pattern.tokens):
                continue
            if _pair_of_others(view, frame, pattern.tokens, first, last):
                continue  # "أغلقت إسرائيل معبر رفح بين غزة ومصر": a shorter match reads it
            sum_end = _sum_end(view, last - 1, amounts) if _ends_on_scale(pattern.tokens) else -1
            if sum_end is None:
                continue  # "sent 10 million barrels": a number, no sum of money
            if pattern.tokens[0] in self.frames.finite and _with_article_only(
                    self.grammar, view.words[first], pattern.tokens[0]):
                continue  # "الطالب" (the student) is no "طالب" (demanded)
            if before and _town_noun(self.grammar, before):
                continue  # "مدينة تدمر": the name of a town
            if _region_named(view, first, last):
                continue  # "إلى مقاطعة كولومبيا البريطانية": a province, no boycott
            if frame.casualties_only and _casualty_verb(view, first) is None:
                continue  # "a military operation": an act only with the deaths it caused
            land = -1
            if frame.territory_event or frame.territory_only:
                taking = self._taking(view, text, frame, first, last, pattern.tokens)
                if taking is None:
                    continue
                frame, land = taking
            if frame.body_only and not _body_named_after(view, last):
                continue  # "to leave the country", "leaving the Russian market": no body
            if frame.body_event and _body_left(view, frame, first, last):
                frame = replace(frame, event=frame.body_event)  # "withdrawal from the WHO"
            if any(a <= first and last <= b and frame.id == f for a, b, f in cancelled):
                continue  # "seeking humanitarian aid": not its "aid" either
            if not frame.symmetric and view.joined and _compound_pair_before(view, first):
                joint = self._joint_frame(view, first, last)
                if joint is not None:
                    frame, last = joint
            inside[first] = frame.reads_inside if first not in read else frozenset()
            read.add(first)
            hits.append(Hit(frame, first, last, head=view.words[first],
                            tail=view.words[last - 1],
                            future=_future_verb(self.grammar, view.words[first],
                                                pattern.tokens[0]),
                            finite=pattern.tokens[0] in self.frames.finite,
                            sum_end=sum_end, land=land,
                            first_person=pattern.tokens[0] in self.frames.first_person))
        hits = _absorb_hits(_sums_named_after(_drop_overlaps(hits), self.frames), view)
        starts = [a.first for a in view.args]
        for k, hit in enumerate(hits):
            hit.left = hits[k - 1].last if k else 0
            if k and (hits[k - 1].first <= hit.first < hits[k - 1].last or (
                    hits[k - 1].frame.transparent)):
                # read inside the one before, or starting inside it ("أمر X بإغلاق الحدود",
                # `reads_inside` "*"): its clause's start
                hit.left = hits[k - 1].left
            hit.right = next((h.first for h in hits[k + 1:]  # a trigger right after this
                              if (any(hit.last <= s < h.first for s in starts)
                                  and _gap(view, hit.last, h.first, adjuncts) > 1)
                              or _new_clause(view, h) or _mediation_of(hit, h)),
                             len(view.words))
            if hit.frame.content or (hit.frame.event or {}).get("type") == "THREATEN":
                # a pledge's or threat's addressee is the one of what it promises
                hit.right = len(view.words)
            # "..., and the United States condemns": a new clause's subject is none of its
            hit.right = subject_after_comma(view, hit.last, hit.right) or hit.right
        for k, hit in enumerate(hits[:-1]):
            if _asks_next(view, hit, hits[k + 1]):
                # "دعت الحكومة الصومالية إلى انسحاب القوات الإثيوبية": its verb-first subject
                # cut the request off at the act it asks for; whom it asks does that act
                hit.right = max(hit.right, hits[k + 1].right)
        return _join_restated_facts(_join_repeats(hits), view)

    def _apply(self, doc, view: SentenceView, hit: Hit, state: DocState,
               dates: list, amounts: list, context: list) -> None:
        pairs = hit.given or self._arguments(view, hit, state) or self._domestic_addressed(
            doc.text, view, hit, state) or self._protesters_demand(view, hit, state)
        pairs = self._official_addressed(view, hit, state, pairs) or pairs
        pairs = _accompanied(view, hit, pairs)
        if pairs and hit.frame.people_patient and hit.frame.genitive_patient and not (
                _patient_is_people(view, hit, pairs)):
            pairs = []  # "سلمت X رسالة إلى Y": a letter handed over is no extradition
        if hit.eased:  # a sanction eased concedes to its target, never to its own state
            pairs = [(s, o) for s, o in pairs if s.entity != o.entity]
        # victims are no doers: a state named only as their nationality ("two Chinese
        # engineers were killed"), or the states named before the act that hit them
        if (hit.frame.event or {}).get("type") in VICTIM_TYPES:
            pairs = [(s, o) for s, o in pairs if not _victims_nationality(view, hit, s)
                     or _national_agent(view, hit, s, len(view.words))]
        if hit.victims:
            pairs = _against_victims(view, hit, pairs)
        if _told_again(view, hit, pairs, state):
            pairs = []
        modality = hit.modality  # read after the arguments: how they were read may change it
        hit.subjects = unique([s for s, _ in pairs if not s.implicit])
        if hit.subjects and hit.frame.event and not hit.frame.fact:
            state.last_act = (view.index, hit.first, _act_kind(hit),
                              frozenset(o.entity for _, o in pairs))
        hit.paired, hit.pairs, hit.applied = bool(pairs), pairs, True
        if hit.frame.fact == "member_of":
            _note_memberships(view, state, hit)
        meeting = (hit.frame.event or {}).get("type") == "CONSULT" and not hit.met_agreement
        if meeting:
            before = state.meetings[1] if state.meetings[0] == view.index else ()
            state.meetings = (view.index, (*before, hit.first))
        if not pairs:
            return
        if meeting:
            named = [(s, o) for s, o in pairs if not (s.implicit or o.implicit)]
            state.met = (view.index, named[0], hit.first) if named else state.met
        date = _date_of(hit, view, dates, planned=modality != "actual")
        if date is not None and hit.frame.fact in UNDATED_CONTEXT and not _own_date(
                hit, view, date):
            date = None  # a standing relation is not dated by another act's date
        if modality == "actual" and date is not None and date.soon:
            date = None  # an act done is not dated by a coming day ("before ... on 20 January")
        weak = date is None and bool(context)
        distance = abs(date.start - view.spans[hit.first][0]) if date else 0
        # a later date makes a plan in the act's own clause, not after a comma ("..., ahead
        # of the vote in 2027"), unless it is the day the act takes effect ("imposes tariffs
        # on X, effective June 1")
        if modality == "actual" and date and state.published and date.value > state.published \
                and (_same_clause(view, hit, date) or _takes_effect_after(view, hit, date)) \
                and not _other_clause_dated(view, hit, date):
            modality = "planned"
        if modality == "actual" and self._announced_promise(view, hit):
            modality = "planned"
        if modality == "planned" and date is not None and _dates_the_plan(
                view, hit, date, self.speech_verbs):
            date = date.ahead()  # "will host the summit on 27 February": the next one
        # a plan is not dated by the past sentence before it, nor an act done by a coming day
        if weak and not (modality == "planned" and state.published
                         and context[0].value <= state.published) \
                and not (modality == "actual" and context[0].soon):
            date = context[0]
        evidence = Evidence(view.index, view.start, view.end)
        before = (len(state.result.facts), len(state.result.events))
        on = date.value if date else state.published
        stated = modality == "negated" or not hit.frame.negated_only  # "any agreement"
        for subject, obj in pairs:
            view.consumed.add(id(obj))
            for s in self._members(hit, subject, on, hit.frame.subject):
                for o in self._members(hit, obj, on, hit.frame.object):
                    if stated and (s.entity != o.entity
                                   or hit.via.get(id(obj), ("",))[0] == st.DOMESTIC):
                        self._emit(view, hit, (s, o), modality, date, amounts, evidence, state)
        if self._brokered_outcome(view, hit):
            del state.result.events[before[1]:]
        self._mediated_talks(view, hit, (modality, date, evidence), state)
        state.result.events += self._threats(view, hit, state.result.events[before[1]:])
        state.result.events += self._announced_threats(view, hit,
                                                       state.result.events[before[1]:])
        state.result.events += _reported_accusations(hit, state.result.events[before[1]:])
        state.result.events += self._announced_pledges(view, hit,
                                                       state.result.events[before[1]:])
        state.result.events += _agreed_concessions(view, hit, state.result.events[before[1]:])
        self._deployed_to_help(view, hit, state.result.events[before[1]:], state)
        for item in state.result.facts[before[0]:] + state.result.events[before[1]:]:
            item.weak_date, item.date_distance = weak, distance

    def _mediated_talks(self, view: SentenceView, hit: Hit, how: tuple[str, Any, Evidence],
                        state: DocState) -> None:
        """"C hosted talks between A and B", "C will mediate peace talks between A and B",
        "استضافت C جولة من المحادثات بين A وB": besides C's mediation with each, the talks
        are the pair's own (CONSULT third-party, A with B, as `_meeting_between` reads them
        when no one holds them); only for two parties: among more, who talks with whom is
        not stated."""
        if hit.frame.fact != MEDIATION:
            return
        # a dual ("between the two countries") stands for both, the second unmarked
        at = {o.first for _, o in hit.pairs if o.between}
        parties = unique([o for _, o in hit.pairs if o.first in at])
        if len(parties) != 2 or not _word_of(view, self.grammar.mediated_talks, hit.first,
                                             parties[0].first):
            return
        modality, date, evidence = how
        frame, hit.frame = hit.frame, replace(hit.frame, fact=None)
        on = date.value if date else state.published
        for s in self._members(hit, parties[0], on, frame.object):
            for o in self._members(hit, parties[1], on, frame.object):
                if s.entity != o.entity:
                    self._emit(view, hit, (s, o), modality, date, [], evidence, state)
        hit.frame = frame

    def _brokered_outcome(self, view: SentenceView, hit: Hit) -> bool:
        """"Abu Dhabi brokered several prisoner exchanges between A and B", "Qatar brokered
        the Doha Agreement between A and B", "his role in mediating a ceasefire to the A-B
        conflict": a mediation of a deal, a swap or a ceasefire (grammar `brokered_outcomes`
        between the trigger and its first party after it, and no talks there) states no
        meeting of the mediator's with either party; its `mediated` fact stays."""
        if hit.frame.fact != MEDIATION:
            return False
        after = [o for _, o in hit.pairs if o.first > hit.first]
        if not after:
            return False
        first = min(after, key=attrgetter("first"))
        g = self.grammar
        return _word_of(view, g.brokered_outcomes, hit.first, first.first) and not (
            _word_of(view, g.mediated_talks, hit.first, first.first))

    def _threats(self, view: SentenceView, hit: Hit, made: list[Event]) -> list[Event]:
        """A planned punitive act under a condition is also a threat by its source to the
        one who must meet the condition (else to the act's target); to its own state when
        the act is done at home ("the party will boycott the elections unless the president
        resigns")."""
        conditioned = hit.modality == "hypothetical" and hit.cue in self.grammar.threat_conditions
        if hit.modality != "planned" and not conditioned:
            return []
        if not any(e.event_type in THREAT_ACTS for e in made):
            return []
        found = st.conditional_threat(view, hit.last)
        if found is None:
            return []
        cond, addressee = found
        # "if Y lifts its veto": a bare condition threatens the act's target only
        targeted = bool(st.condition_at(view, cond, self.grammar.target_conditions))
        score, quad = ontology().intensity("THREATEN", None)
        step = Step("threat", st.CONDITIONAL_THREAT, view.word_at(cond))
        threats = []
        for event in made:
            target = addressee.entity if addressee else event.target
            person = addressee.person if addressee else event.target_person
            if targeted and target != event.target:
                continue
            # a threat within one state when the act is (police, a party at home)
            own = target == event.source and event.source == event.target
            if event.event_type in THREAT_ACTS and (target != event.source or own) and codable(
                    "THREATEN", event.source, target):
                threats.append(replace(event, event_type="THREATEN", mode=None, target=target,
                                       target_person=person, intensity=score, quad=quad,
                                       modality="actual", context=list(event.context),
                                       evidence=list(event.evidence),
                                       trace=[*event.trace, step]))
        return list({(t.source, t.target): t for t in threats}.values())

    def _announced_threats(self, view: SentenceView, hit: Hit, made: list[Event]
                           ) -> list[Event]:
        """"X says it will strike Y", "أعلنت X أنها ستقاطع Y": a hostile act a speaker
        announces it will do is a threat to its target, the act itself only threatened
        (hypothetical)."""
        if hit.modality not in ("planned", "hypothetical") or hit.cue.startswith(REWARD_CUE) or (
                not any(_announced_threat(e) for e in made)):
            return []  # a reward offered for an arrest is no threat to make it
        speaker = self._own_speaker(view, hit)
        if speaker is None:
            return []
        score, quad = ontology().intensity("THREATEN", None)
        step = Step("threat", "announced_act", speaker.entity)
        threats = []
        for event in made:
            # not at home: a government announcing what it will do to its own institutions
            # ("will dissolve parliament") threatens no one
            if not _announced_threat(event) or event.source != speaker.entity or (
                    _to_nationals(view, hit, event)) or (
                    event.target == event.source) or not codable(
                        "THREATEN", event.source, event.target):
                continue
            event.modality = "hypothetical"
            threats.append(replace(event, event_type="THREATEN", mode=None, intensity=score,
                                   quad=quad, modality="actual", context=list(event.context),
                                   evidence=list(event.evidence), trace=[*event.trace, step]))
        return list({(t.source, t.target): t for t in threats}.values())

    def _announced_pledges(self, view: SentenceView, hit: Hit, made: list[Event]
                           ) -> list[Event]:
        """"X says it will invest $N in Y", "X announces $N in military aid for Y", "أعلنت X
        أنها ستستثمر في Y": aid or cooperation its giver announces it will give (planned), or
        names as what it announces (grammar `pledge_announcing`), is also the giver's promise
        to the receiver (AGREE), the act itself as it was read."""
        if not any(e.event_type in PLEDGED_ACTS for e in made) or not (
                hit.modality == "planned" or (
                    hit.modality == "actual" and self._announcing_verb(view, hit) is not None)):
            return []
        speaker = self._own_speaker(view, hit, self.speech_verbs | view.grammar.pledge_announcing)
        if speaker is None:
            return []
        # "Danish and Swedish leaders announce ...": each of the coordinated announcers
        actors = [a for a in view.args if not a.marked and not a.implicit
                  and a.kind in st.ACTOR_KINDS]
        announcers = {a.entity for a in (
            group_from(actors, speaker, st.ACTOR_KINDS) if view.grammar.verb_first
            else last_group(actors[:actors.index(speaker) + 1]))} if speaker in actors else {
                speaker.entity}
        score, quad = ontology().intensity("AGREE", None)
        step = Step("pledge", "announced_act", speaker.entity)
        pledges = []
        for event in made:
            if event.event_type not in PLEDGED_ACTS or event.source not in announcers or (
                    event.target in (None, event.source)) or not codable(
                        "AGREE", event.source, event.target):
                continue
            pledges.append(replace(event, event_type="AGREE", mode=None, intensity=score,
                                   quad=quad, modality="actual", context=list(event.context),
                                   evidence=list(event.evidence), trace=[*event.trace, step]))
        return list({(p.source, p.target): p for p in pledges}.values())

    def _deployed_to_help(self, view: SentenceView, hit: Hit, made: list[Event],
                          state: DocState) -> None:
        """"deploys its military to X to help protect its airports", "تنشر قوات عسكرية في X
        للمساعدة في حماية ...": forces sent to help the state they go to are military aid to
        it (AID and aid_to), besides the deployment (data: `help_purposes` after the trigger
        in its clause)."""
        if not any(e.event_type == "MOBILIZE" for e in made):
            return
        cue, purpose = _help_purpose(view, hit)
        if not cue:
            return
        # only forces sent into the state ("to X", "in X"), not off or against it
        g = view.grammar
        hosts = {o.entity for _, o in hit.pairs
                 if st.governed_by(view, o, g.destinations | g.locative)}
        # help for its own nationals or another party ("to help evacuate its citizens",
        # "to support the rebels", "to help UN peacekeepers") is none to the state
        if any(not g.help_stops.isdisjoint(view.words[i]) for i in purpose):
            return
        helped = {a.entity for a in view.args if a.first in purpose and not a.implicit}
        score, quad = ontology().intensity("AID", None)
        step = Step("aid", "helping_deployment", cue)
        for event in made:
            if event.event_type != "MOBILIZE" or event.target is None or (
                    event.target not in hosts - {event.source}) or (
                    not helped <= {event.target}) or (
                    not codable("AID", event.source, event.target)):
                continue
            trace = [*event.trace, step]
            state.result.events.append(replace(
                event, event_type="AID", mode=None, intensity=score, quad=quad,
                context=sorted({*event.context, "military"}), evidence=list(event.evidence),
                trace=trace))
            state.result.facts.append(Fact(
                event.source, "aid_to", event.target, {"kind": "military"}, event.modality,
                event.confidence, list(event.evidence), trace=trace))

    def _announced_promise(self, view: SentenceView, hit: Hit) -> bool:
        """An increase of aid or cooperation named as what its giver announces ("announce
        increases in military aid for X", "أعلن ... زيادة المساعدات العسكرية إلى X"): more
        is promised, not yet given (data: `increase_nouns`; GUIDE: announced events are
        planned). A package announced is given ("unveiled a $2 billion package for X")."""
        if (hit.frame.event or {}).get("type") not in PLEDGED_ACTS:
            return False
        verb = self._announcing_verb(view, hit)
        return verb is not None and any(
            not view.grammar.increase_nouns.isdisjoint(view.words[i])
            for i in range(verb + 1, hit.first))

    def _announcing_verb(self, view: SentenceView, hit: Hit) -> int | None:
        """The announcing verb (grammar `pledge_announcing`) at most ANNOUNCED_REACH words
        before the trigger, in its clause, with no complementizer between, whose object the
        trigger stands in ("announces $3.8 billion in funding for X"; None: none)."""
        g = view.grammar
        start = max(0, hit.first - ANNOUNCED_REACH)
        verb = next((i for i in range(hit.first - 1, start - 1, -1)
                     if not g.pledge_announcing.isdisjoint(view.words[i])
                     and i not in view.masked), None)
        if verb is None or any(view.boundary[i] for i in range(verb + 1, hit.first + 1)):
            return None
        if any(_complementizer(view.word_at(i), self.complementizers, g.particle_pronouns)
               for i in range(verb + 1, hit.first)):
            return None
        return verb

    def _own_speaker(self, view: SentenceView, hit: Hit,
                     verbs: frozenset[str] | None = None) -> Arg | None:
        """Who announces the act at `hit`: the subject of the last speech verb (or of
        `verbs`) before it, named before the verb ("X announces it will ...") or, where the
        verb comes first, right after it ("قال قادة X إنهم سي...")."""
        verbs = self.speech_verbs if verbs is None else verbs
        verb = next((i for i in range(hit.first - 1, -1, -1)
                     if not verbs.isdisjoint(view.words[i])
                     and i not in view.masked), None)
        if verb is None:
            return None
        if view.grammar.verb_first:  # before the content its complementizer opens
            content = next((i for i in range(verb + 1, hit.first) if _complementizer(
                view.word_at(i), self.complementizers, self.grammar.particle_pronouns)),
                hit.first)
            return next((a for a in view.args if verb < a.first <= verb + TITLE_WORDS + 1
                         and a.last <= content and not a.marked
                         and a.kind in st.ACTOR_KINDS), None)
        return st.speaker(view, verb + 1, self.speech_verbs)

    def _members(self, hit: Hit, arg: Arg, date: str | None, kinds: frozenset[str]
                 ) -> list[Arg]:
        """A group mention as its members at the date (one argument each), where the slot
        takes states (the chair of "the GCC states" is the GCC's)."""
        if "state" not in kinds or arg.kind == "state":
            return [arg]
        expanded = st.expand_members(arg, self.lexicon, date)
        if expanded != [arg]:
            strategy = hit.via.get(id(arg), ("", ""))
            for member in expanded:
                hit.why(member, strategy[0], f"{st.MEMBERS}:{arg.entity}@{date}")
        return expanded

    def _trace(self, view: SentenceView, hit: Hit, subject: Arg, obj: Arg,
               modality: str, event: bool) -> list[Step]:
        words = " ".join([view.word_at(i) for i in range(hit.first, hit.last)])
        roles = ("source", "target") if event else ("subject", "object")
        steps = [Step("trigger", hit.frame.id, words)]
        for role, arg in zip(roles, (subject, obj), strict=True):
            strategy, detail = hit.via.get(id(arg), ("", ""))
            actor = st.actor_detail(arg)
            actor = "" if actor in detail else actor
            how = f"{detail}, {actor}" if detail and actor else detail or actor
            steps.append(Step(role, strategy or "unknown", f"{arg.entity} {how}".strip()))
        steps.append(Step("modality", modality, hit.cue))
        return steps

    def _emit(self, view: SentenceView, hit: Hit, pair: tuple[Arg, Arg], modality: str,
              date, amounts: list, evidence: Evidence, state: DocState) -> None:
        frame, (subject, obj) = hit.frame, pair
        negated = modality == "negated"
        if frame.fact and not self._fact_unstated(view, hit, subject, obj, state):
            member, whole = (obj, subject) if frame.object_is_subject else (subject, obj)
            attrs = self._fact_attrs(view, hit, frame.fact, date, amounts, negated, whole)
            place = self._host_place(frame.fact, member)
            if place:
                attrs.setdefault("location", place)
            fact_modality = "negated" if negated else modality
            if fact_modality == "actual" and frame.fact_modality:
                fact_modality = frame.fact_modality  # "pledged $5 million": aid promised
            if frame.owner_adjacent:
                # "will send no delegates to the G20 summit in X": the noun phrase states the
                # venue of a body's event, whatever its clause says of attending it; a year
                # of its own after the news ("the 2026 G20 summit in X", "the SCO summit in
                # X in 2026") makes it a plan
                fact_modality = "planned" if _later_year_named(
                    view, min(whole.first, hit.first) - OWNER_YEAR_REACH,
                    max(hit.last, member.last) + OWNER_YEAR_REACH + 1,
                    state.published) else "actual"
            reported = _reported(hit, modality, view)
            _date_by_lede(attrs, frame.fact, reported, view, state.published)
            trace = self._trace(view, hit, member, whole, fact_modality, False)
            confidence = _confident("fact", trace)
            state.result.facts.append(Fact(self._fact_subject(frame.fact, member), frame.fact,
                                           whole.entity, attrs, fact_modality, confidence,
                                           [evidence], trace=trace))
        if frame.standing_fact and (modality in UNDONE or hit.undone):
            self._emit_standing(view, hit, pair, date, amounts, evidence, state)
        joint = self._joint_fact(view, hit, subject, obj)
        if joint and not negated and not _business_deal(joint, subject, obj):
            trace = self._trace(view, hit, subject, obj, modality, False)
            confidence = _confident("fact", trace)
            attrs = self._fact_attrs(view, hit, joint, date, amounts, negated, obj)
            _date_by_lede(attrs, joint, modality == "actual", view, state.published)
            state.result.facts.append(Fact(subject.entity, joint, obj.entity, attrs, modality,
                                           confidence, [evidence], trace=trace))
        # stopped aid is none given ("will stop payments and subsidies in aid to X")
        spec = None if hit.describes or hit.undone or hit.stopped else (
            frame.negated_event if negated else frame.event)
        if spec and frame.guest_heads and not _guest_named(view, hit, obj, frame):
            spec = None  # "hosts 3 million Syrian refugees", "hosts US troops": no guest
        if spec is frame.event and frame.foreign_event and self._foreign(subject, obj):
            spec = frame.foreign_event
        if spec and subject.entity == obj.entity and _named_as_nationals(
                view, obj.entity, subject, spec.get("type") in ACTS_ON_NATIONALS):
            return  # "the French citizen was taken into custody": France acts on no one
        if spec and spec.get("type") in STRUCK_TYPES:
            owners = _struck_owners(view, hit)
            if any(subject is owner for owner in owners):
                return  # "airstrikes targeting the Houthis in Sanaa": no doer of them
            if owners and obj.kind == "state" and obj.first > hit.last:
                hit.why(owners[0], *hit.via.get(id(obj), (st.DIRECT_OBJECT, "")))
                obj = owners[0]  # "strike Hezbollah sites in Lebanon": Lebanon is where
        if spec and frame.event_modality and modality != "actual":
            return  # "are expected to fail to reach an agreement": no failure stated yet
        if spec and (not negated or frame.negated_event):
            event_modality = "actual" if negated else modality
            if frame.event_modality:
                event_modality = frame.event_modality  # "failed to reach an agreement"
            trace = self._trace(view, hit, subject, obj, event_modality, True)
            confidence = _confident("event", trace)
            source, target = (obj, subject) if frame.guest_is_source else (subject, obj)
            item = self._event(spec, source, target, event_modality, date, confidence, evidence)
            item.trace = trace
            item.context = sorted(set(item.context) | self._contexts(view))
            item.location = _location(view, hit) or _place_of(view, hit)
            domestic = hit.via.get(id(obj), ("",))[0] == st.DOMESTIC
            if (item.source != item.target or domestic) and codable(
                    item.event_type, item.source, item.target):
                state.result.events.append(item)

    def _fact_unstated(self, view: SentenceView, hit: Hit, subject: Arg, obj: Arg,
                       state: DocState) -> bool:
        """The frame's fact is not stated of this pair, for one of these reasons."""
        return (hit.stopped  # stopped aid stands no longer
                or hit.of_body  # a body's own act, no state's
                or _business_deal(hit.frame.fact or "", subject, obj)
                or not _object_named(view, hit, obj, state.dates)
                or _own_object(view, hit, subject, obj, state.dates)
                or _focal_excluded(view, hit, subject)
                or self._holder_unnamed(subject, hit)
                or _agent_as_object(view, hit, obj)
                or _owner_apart(view, hit, subject, obj))

    def _holder_unnamed(self, subject: Arg, hit: Hit) -> bool:
        """A fact only a company or an institution holds ("Lukoil's refinery in X") whose
        holder is no name of its clause but a state carried over from the sentence or the
        one before ("a Ukrainian drone strike hit an oil refinery in Russia", "a soldier was
        injured by a land mine in the area"): no holder is named."""
        kinds = hit.frame.subject
        if not subject.implicit or "state" in kinds:
            return False
        entity = self.lexicon.entity(subject.entity)
        return entity is None or entity.kind not in kinds

    def _emit_standing(self, view: SentenceView, hit: Hit, pair: tuple[Arg, Arg], date,
                       amounts: list, evidence: Evidence, state: DocState) -> None:
        """The fact an act not done would have ended, standing ("did not suspend its
        treaty with X", "threatened to scrap its pact with X")."""
        subject, obj = pair
        fact = cast(str, hit.frame.standing_fact)
        attrs = self._fact_attrs(view, hit, fact, date, amounts, False, obj)
        trace = self._trace(view, hit, subject, obj, "actual", False)
        state.result.facts.append(Fact(subject.entity, fact, obj.entity, attrs, "actual",
                                       _confident("fact", trace), [evidence], trace=trace))

    def _bare_between_actors(self, view: SentenceView, hit: Hit, state: DocState
                             ) -> tuple[Arg, Arg] | None:
        """"Cambodia accuses Thailand of shelling a town on the border": a definite trigger
        of a `between_actors` frame with no name beside it (two words either way) is the
        relation of the named subject and object of its sentence's last act."""
        article = self.grammar.article  # "the border", "الحدود", "على الحدود"
        if not hit.frame.between_actors or not (
                _nominal(hit, view) or view.word_at(hit.first - 1) in self.grammar.articles
                or (article and view.word_at(hit.last - 1).startswith(article))):
            return None
        if any(a.last >= hit.first - 2 and a.first <= hit.last + 2 for a in view.args):
            return None
        (said, subjects), (acted, objects) = state.verb_subjects, state.objects
        if said != view.index or acted != view.index or not subjects or not objects:
            return None
        pair = (subjects[0], objects[0])
        kinds = hit.frame.subject | hit.frame.object
        if any(a.implicit or a.kind not in kinds for a in pair) or (
                pair[0].entity == pair[1].entity):
            return None
        return pair

    def _meeting_pair(self, view: SentenceView, hit: Hit, state: DocState,
                      link: Callable[[SentenceView, Hit, DocState], bool]
                      ) -> tuple[Arg, Arg] | None:
        """The parties of the meeting the sentence named before the hit, where the hit is
        joined to it by `link` (an agreeing adjunct, `_agreeing_after_meeting`; a coordinated
        joint act, `_joined_to_meeting`): a joint act after a meeting is done by the pair that
        met. The agreeing link is read before the hit's own arguments; the coordinated one
        only where its symmetric frame names no pair of its own."""
        pair = state.met[1]
        if pair is None or not link(view, hit, state):
            return None
        hit.why(list(pair), st.SYMMETRIC_PARTIES, "meeting")
        return pair

    def _agreeing_after_meeting(self, view: SentenceView, hit: Hit, state: DocState) -> bool:
        """"A meets B in C, agreeing to lower tariffs": an agreeing participle opening an
        adjunct after a comma (`adjunct_suffixes`) is agreed between the parties of the
        meeting its sentence named before it."""
        word = view.word_at(hit.first)
        return (hit.frame.id in self.frames.joint_facts and state.met[0] == view.index
                and bool(self.grammar.adjunct_suffixes) and view.boundary[hit.first]
                and word.endswith(self.grammar.adjunct_suffixes)
                and _meeting_just_before(view, hit, state, predicate_verbs(self.grammar.code)))

    def _joined_to_meeting(self, view: SentenceView, hit: Hit, state: DocState) -> bool:
        """"A met B in C and signed an agreement", "التقى A B في C ووقعا اتفاقية": a finite verb
        of a joint act (a symmetric frame) that names no pair of its own, joined by a
        coordinator (or a continuing proclitic) to the meeting its sentence named before it,
        is done by the parties of that meeting."""
        return state.met[0] == view.index and state.met[2] < hit.first and _finite_verb(
            view, hit) and _coordinated_after(view, hit.first)

    def _joint_fact(self, view: SentenceView, hit: Hit, subject: Arg, obj: Arg) -> str | None:
        """The fact an event trigger also states ("A and B agreed to ...": agreement_with)
        when its two parties are named, unmarked and coordinated (or "the two sides" for two
        named before it in its sentence, or the second after "with"), and no later trigger
        of its clause states a fact of its own (data: `joint_facts`)."""
        frame = hit.frame
        joint = self.frames.joint_facts.get(frame.id)
        if frame.fact or joint is None or hit.fact_follows or not any(
                token_matches(token, hit.head) for token in joint[1]) or self._agreed_no_deal(
                view, hit):
            return None
        if hit.met_agreement:  # "A meets B ..., agreeing to ...": the pair that met
            return joint[0]
        parties = (subject, obj)
        if subject.first == obj.first and not subject.marked:
            return joint[0] if _named_pair_before(view, parties) else None
        if not subject.implicit and not subject.marked and not obj.implicit and (
                obj.marker in self.grammar.comitative) and (
                not {view.word_at(obj.last), view.word_at(obj.last + 1)} & self.complementizers):
            return joint[0]  # "A agreed with B to ...", not "agreed with B that ..." (a view)
        if any(a.implicit or a.marked for a in parties) or subject.first == obj.first or not (
                subject.coordinated or obj.coordinated):
            return None  # (one word for both, its pair from other sentences: a guess)
        same_side = all(a.last <= hit.first for a in parties) or all(
            a.first >= hit.last for a in parties)
        return joint[0] if same_side else None

    def _agreed_no_deal(self, view: SentenceView, hit: Hit) -> bool:
        """What the parties agree to is no deal between them: only talk ("A and B agreed to
        negotiate a ceasefire", "اتفق الجانبان على مواصلة الحوار"), settling a dispute still
        open ("agreed to resolve their dispute") or resuming or putting off an act ("agree
        to resume direct flights", "اتفقا على تأجيل فرض رسوم"): a phrase of `joint_talks`
        (its marker first) opens right after the trigger, in the trigger's clause, with
        nothing between but its subjects' names and at most `TALKS_REACH` adverbs or words of
        `talks_between` ("agreed to a ceasefire and to start negotiations": the ceasefire
        is agreed); not when the act resumed or put off is one the data keeps as agreed
        (`acts_kept`: relations, a truce)."""
        talks = self.frames.joint_talks
        if not talks.may_match(view.vocabulary):
            return False
        clause = view.clause_start(hit.first)
        suffixes = self.grammar.adverb_suffixes
        for first, _, pattern in talks.find(view.words, view.masked):
            if first <= hit.first or view.clause_start(first) != clause or pattern.key == "kept":
                continue  # ("kept": "agreed to resume diplomatic relations" agrees)
            between = [view.words[i] for i in range(hit.last, first) if i not in view.masked]
            return len(between) <= TALKS_REACH and all(
                _reads_as(word, self.frames.talks_between) or (
                    bool(suffixes) and any(w.endswith(suffixes) for w in word))
                for word in between)
        return False

    def _foreign(self, subject: Arg, obj: Arg) -> bool:
        """The target is a state other than the source's own."""
        own = self._home_state(subject) if subject.kind != "state" else subject.entity
        return obj.kind == "state" and obj.entity != own

    def _contexts(self, view: SentenceView) -> frozenset[str]:
        """PLOVER contexts named by the words of the sentence (data: `contexts`), read at its
        first event."""
        if view.contexts is None:
            view.contexts = frozenset(
                str(p.key) for _, _, p in self.frames.contexts.find(view.words, view.masked)
            ) if self.frames.contexts.may_match(view.vocabulary) else frozenset()
        return view.contexts

    def _fact_subject(self, predicate: str, subject: Arg) -> str:
        """A named person proposes in their own name; a city hosts for its state (ONTOLOGY:
        a place is an actor only when nothing else is named; the city is its `location`)."""
        if predicate == "proposed" and subject.person and subject.resolution == "name":
            return subject.person
        if predicate == "hosts" and subject.kind == "place":
            return self._place_state(subject.entity) or subject.entity
        return subject.entity

    def _host_place(self, predicate: str, subject: Arg) -> str | None:
        """The city a host fact's subject names ("Algiers hosted", "تحتضن الرياض"), if any."""
        if predicate != "hosts":
            return None
        if subject.capital:
            return self._capital_place(subject.entity)
        return subject.entity if subject.kind == "place" else None

    def _company_after(self, view: SentenceView, hit: Hit, right: list[Arg]) -> Arg | None:
        """"its acquisition of American company X", "acquisition of U.S. Steel": the company
        named right after the trigger, past articles, descriptor nouns and a nationality at
        most ("acquisition of S-400 systems from Russia", "of Crimea": none), or the
        nationality of a company no argument gives ("على شركة X الألمانية"); else None."""
        found = _named_after(view, hit.last, right)
        if found is not None and found.kind == "company":
            return found
        g = view.grammar
        nationality = next((a for a in right if a.first >= hit.last), None)
        if nationality is not None and nationality.kind == "state" and (
                nationality.resolution == "adjective") and g.adjective_after_noun and (
                nationality.first - hit.last <= DESCRIPTION_REACH) and (
                _reads_as(view.words[hit.last], g.descriptor_nouns)):
            return nationality
        return None

    def _buyer(self, view: SentenceView, hit: Hit, right: list[Arg], subjects: list[Arg],
               bought: Arg | None) -> list[Arg]:
        """Who buys what a noun trigger names (`owned_noun`): the name inside it ("استحواذ X
        على"), its owner ("X's acquisition"; "its acquisition", "استحواذها": the subject
        read), else its agent after the company bought ("by Chinese company X"); never the
        subject of the verb that governs it, a third party ("Japan blocked the acquisition
        of Y by a Chinese fund", "وافقت X على استحواذ Y على Z")."""
        g, kinds = view.grammar, hit.frame.subject
        inside = [a for a in view.args if hit.first < a.first and a.last < hit.last
                  and a.kind in kinds]
        if inside:
            return inside[:1]
        if bool(g.possessives) and hit.head[0].endswith(g.possessives):
            return subjects
        # "its $14.9 billion acquisition", "X's planned acquisition": a few words between
        floor = max(view.clause_start(hit.first), hit.first - DESCRIPTION_REACH,
                    max((a.last for a in view.args if a.last <= hit.first), default=0) - 1)
        for k in range(hit.first - 1, floor - 1, -1):
            if _reads_as(view.words[k], g.possessive_pronouns):
                return subjects
            owner = _possessor(view, k + 2, kinds)
            if owner:
                return owner
        k = bought.last if bought is not None else hit.last
        markers = hit.frame.agent_markers
        while k < len(view.words) and not _reads_as(view.words[k], markers) and (
                k - (bought.last if bought is not None else hit.last) < DESCRIPTION_REACH):
            k += 1
        agent = _named_after(view, k + 1, right) if k < len(view.words) and _reads_as(
            view.words[k], markers) else None
        return [agent] if agent is not None and agent.kind in kinds and (
            agent.resolution != "adjective") else []

    def _company_state(self, company: Arg, home: str, taken: set[str | None]) -> list[Arg]:
        """The company as the state it belongs to (`home`: the text's tie, else the
        lexicon's), when that is a state not taken (the buyer's own is no investment
        abroad)."""
        if home == company.entity or home in taken:
            return []
        return [replace(company, entity=home, kind="state", person=None,
                        resolution=f"company:{company.entity}")]

    def _home_state(self, actor: Arg) -> str:
        """The state a company belongs to (the text's tie, else the lexicon's), or the
        actor itself."""
        if actor.home:
            return actor.home
        entity = self.lexicon.entity(actor.entity)
        if entity is not None and entity.kind == "company" and entity.state:
            return entity.state
        return actor.entity

    def _acting_for(self, subject: Arg) -> tuple[str, str | None]:
        """(source, source_org): a company acts as itself ("Google invested in Chile": the
        gold's ORG:google), also where a nationality beside its name ties it to a state, on
        that state or another ("British oil and gas company BP announces an agreement with
        the Iraqi government", "شركة بي بي البريطانية": ORG:bp; the dev set's gold, GUIDE:
        companies are ORG: slugs). State-run media (`state_run`) speak for their state
        ("KCNA denounced ...": PRK)."""
        entity = self.lexicon.entity(subject.entity) if subject.kind == "company" else None
        if entity is not None and entity.state and entity.extra.get("state_run"):
            return entity.state, subject.entity
        return subject.entity, None

    def _capital_place(self, state_id: str) -> str | None:
        if self._capitals is None:
            self._capitals = _capital_places(self.lexicon)
        return self._capitals.get(state_id)

    def _event(self, spec: dict, subject: Arg, obj: Arg, modality: str, date,
               confidence: float, evidence: Evidence) -> Event:
        score, quad = ontology().intensity(spec["type"], spec.get("mode"))
        source, source_org = self._acting_for(subject)
        return Event(source=source, source_org=source_org, event_type=spec["type"],
                     target=obj.entity,
                     mode=spec.get("mode"), context=list(spec.get("context", [])),
                     date=date.value if date else None, intensity=score, quad=quad,
                     modality=modality, confidence=confidence, source_person=subject.person,
                     target_person=obj.person, evidence=[evidence])

    # -- arguments ------------------------------------------------------------------
    def _past_speaker(self, view: SentenceView, hit: Hit, clause: int) -> int:
        """"Bolivia said Peru received 20 tanks from X": the clause a speaker reports, when
        the trigger stands in it, starts past the speaker, who receives nothing."""
        content = st.speech_content_start(view, self.speech_verbs, self.complementizers)
        return content if content is not None and clause < content <= hit.first else clause

    def _arguments(self, view: SentenceView, hit: Hit, state: DocState) -> list[tuple[Arg, Arg]]:
        frame = hit.frame
        fronted = view.fronted_end
        if fronted is not None and hit.last <= fronted:
            # "After clashes between A and B, C signed ...": an act in a fronted phrase
            # reads its arguments in the phrase (its holder aside: _fronted_meeting_holders)
            hit.right = min(hit.right, fronted)
        actors = self._bare_between_actors(view, hit, state)
        if actors:
            hit.why(list(actors), st.SYMMETRIC_PARTIES, "actors")
            return [actors]
        met = self._meeting_pair(view, hit, state, self._agreeing_after_meeting)
        if met is not None:
            hit.met_agreement = True
            return [met]
        banned = self._banned_named(view, hit) if _participle_modifier(view, hit) else None
        if banned is not None:
            return self._banned_by_state(view, hit, banned, state)
        clause = view.clause_start(hit.first)
        if frame.adjunct and clause == hit.first:  # ", in a deal worth ...": the sentence's
            clause = hit.left = 0
        left = [a for a in view.args if hit.left <= a.first and a.last <= hit.first]
        # arguments inside a gapped trigger ("arrived ... in") count as after it
        right = [a for a in view.args if hit.first < a.first and a.last <= hit.right]
        if _conflictual(frame):
            left, right = self._without_supported(view, hit, left, right)
        own = self._meeting_between(view, hit, left, right, clause)
        if own is not None:
            return own
        if frame.giver_follows:
            return _assisted(view, right, hit, self._past_speaker(view, hit, clause))
        if frame.between:
            return self._between_frame(view, left, right, hit, clause, state)
        if frame.symmetric:
            if frame.contest_is_match and self._contest_in_clause(view, hit):
                return []
            if frame.partner_markers:  # "joint airstrikes on X": X is no partner
                left, right = _partners_only(left, frame), _partners_only(right, frame)
            pairs = self._symmetric(view, left, right, hit, clause, state)
            met = None if pairs else self._meeting_pair(view, hit, state,
                                                        self._joined_to_meeting)
            if met is not None:
                pairs = [met]
            if pairs and frame.reciprocal:  # each side to the other
                pairs = list({(s.entity, o.entity): (s, o)
                              for s, o in pairs + [(o, s) for s, o in pairs]}.values())
            if pairs or not frame.unpaired:
                return pairs
            return self._unpaired(view, left, right, hit, clause, state)
        if frame.voice == "passive":
            return self._passive(view, left, right, hit, clause, state)
        if frame.object_in_trigger:  # "ordered Y to send troops to X": Y, never X
            right = [a for a in right if a.last <= hit.last]
        guest_verb = frame.guest_reading and any(
            _phrase_at(view, hit.first + 1 - len(p), p) for p in frame.guest_verbs)
        pairs = self._guest(view, left, right, hit, clause, state) if (
            guest_verb and frame.guest_first) else []
        if not pairs:
            pairs = self._within_pair(right, hit, self._directed(view, left, right, hit,
                                                                 clause, state))
        if pairs and self._venue_of_background_talks(view, hit, pairs):
            return []  # the talks of the sentence's act (`_adjunct_talks`)
        if not pairs and guest_verb and not frame.guest_first:
            pairs = self._guest(view, left, right, hit, clause, state)
        if pairs or not frame.mutual:
            return pairs
        return self._mutual(view, left, right, hit, clause, state)

    def _guest(self, view: SentenceView, left: list[Arg], right: list[Arg], hit: Hit,
               clause: int, state: DocState) -> list[tuple[Arg, Arg]]:
        """"Tokayev hosted his Uzbek counterpart": a directed act (hosting) that names none
        of its own objects, whose object is a guest, is the guest received: the frame's
        `guest_reading` reads it (its `guest_heads` say who is a guest, `_guest_named`); a
        frame read as a guest's first (`guest_first`: "welcomed his Uzbek counterpart", not
        "welcomed the decision") keeps its own reading where no guest is named."""
        own = hit.frame
        guest = hit.frame = self.frames.by_id[own.guest_reading]
        pairs = [(s, o) for s, o in self._directed(view, left, right, hit, clause, state)
                 if _guest_named(view, hit, o, guest)]
        if not pairs:
            hit.frame = own  # no guest either: the hit stays its own frame's
        return pairs

    def _mutual(self, view: SentenceView, left: list[Arg], right: list[Arg], hit: Hit,
                clause: int, state: DocState) -> list[tuple[Arg, Arg]]:
        """"Iran and Iraq met in Baghdad", "التقى وزيرا خارجية إيران والعراق": a directed act
        (a meeting) that names no one it is done to, whose subjects are two or more coordinated
        parties, is their joint act: the frame's symmetric twin (`mutual`) reads them; a place
        where it was held (`_located`) is no party ("met in Baghdad": no one named met), nor
        a pair after "between", which the frames of talks between parties read, nor any name
        a preposition governs. The one reading of a meeting with no one met (`_met_at_venue`
        reads only a venue as its object): a visit needs the one visited and a multilateral
        meeting ("بمشاركة A وB") its host or body, so a frame of either mode reads none."""
        if (hit.frame.event or {}).get("mode") in ("visit", "multilateral") or (
                self._contest_in_clause(view, hit)):
            return []
        left = [a for a in left if not (_located(view, a) or a.between or a.marked)]
        # where subjects come first, every name after the verb is no party of it ("meet ...
        # for talks on the Nagorno-Karabakh conflict"); after it, only an unmarked one is
        # ("اجتمع المجلس ... لبحث الرد على إيران": what is discussed)
        right = [a for a in right if self.grammar.verb_first and not (
            _located(view, a) or a.between or a.marked)]
        if not _joint_meeting_possible(view, hit, left + right):
            return []
        hit.frame = self.frames.by_id[hit.frame.mutual]
        # both parties named: one party met is no meeting with the state the text is about;
        # three or more met all together ("اجتمع وزراء خارجية A وB وC"): every pair of them
        pairs = [(s, o) for s, o in self._symmetric(view, left, right, hit, clause, state)
                 if not (s.implicit or o.implicit)]
        parties = unique([a for pair in pairs for a in pair])
        return _every_pair(parties, state.focal) if len(parties) > 2 else pairs

    def _contest_in_clause(self, view: SentenceView, hit: Hit) -> bool:
        """"Argentina and France meet in the World Cup final", "التقت الأرجنتين وفرنسا في
        نهائي كأس العالم": a word of a sports contest (grammar `contest_words`) in the
        meeting's clause makes it a match between the parties' teams, no meeting of theirs."""
        words = self.grammar.contest_words
        return any(not words.isdisjoint(view.words[i]) for i in range(
            view.clause_start(hit.first), view.clause_end(max(hit.last - 1, hit.first))))

    def _within_pair(self, right: list[Arg], hit: Hit,
                     pairs: list[tuple[Arg, Arg]]) -> list[tuple[Arg, Arg]]:
        """"أغلقت X المعبر الحدودي بين البلدين": a directed act that reaches its target
        through "between" (one of its target markers) is done by one of the pair to the
        other; done by a third ("أغلقت إسرائيل معبر رفح بين غزة ومصر") it is not this
        frame's act (no pair)."""
        if self.grammar.between.isdisjoint(hit.frame.target_markers):
            return pairs
        parties = between_group(right)
        if len(parties) < 2:
            return pairs
        named = {a.entity for a in parties}
        return [(s, o) for s, o in pairs if s.entity in named and o.entity in named]

    def _read_otherwise(self, view: SentenceView, hit: Hit) -> bool:
        """The hit read again by its frame's `foreign_reading`, where one of that frame's
        forms starts at its first word ("dismisses" of `reject`): the hit takes that frame
        and form. False (the hit unchanged) where there is none."""
        other = self.frames.by_id.get(hit.frame.foreign_reading) if (
            hit.frame.foreign_reading) else None
        if other is None:
            return False
        # the words are the hit's own, counted from its first: so are the masked ones
        masked = {k - hit.first for k in view.masked if hit.first <= k < hit.last}
        for start, end, pattern in self.frames.frames.find(
                view.words[hit.first:hit.last], masked, every=True):
            if start == 0 and cast(Frame, pattern.key).id == other.id:
                hit.frame, hit.last = other, hit.first + end
                hit.tail = view.words[hit.last - 1]
                return True
        return False

    def _unpaired(self, view: SentenceView, left: list[Arg], right: list[Arg], hit: Hit,
                  clause: int, state: DocState) -> list[tuple[Arg, Arg]]:
        """"clashes between party members and the police": one side named, the act of the
        frame that reads a doer and a target (`unpaired`), among the names before it and
        the named side after "between"; a name behind another preposition ("armed groups
        crossing from Syria") says where someone came from, no side."""
        hit.frame = self.frames.by_id[hit.frame.unpaired]
        named = between_group(right)
        sides = [a for a in right if not a.marked or a in named]
        return self._directed(view, left, sides, hit, clause, state)

    def _between_frame(self, view: SentenceView, left: list[Arg], right: list[Arg], hit: Hit,
                       clause: int, state: DocState) -> list[tuple[Arg, Arg]]:
        """"C mediated between A and B", "a ceasefire between A and B": a frame whose
        object is a pair after "between" (or the pair it brokered, or, for a fact, a pair
        right after it) is done by the doer `_between` reads to each party; with none, a
        joint act is the pair's own, anything else the subject carried over."""
        frame = hit.frame
        if frame.fact:
            # "mediation alongside C and D", "الوساطة إلى جانب C وD": C and D mediate too,
            # no parties
            company = {id(a) for a in _companions(view, hit, [])}
            right = [a for a in right if id(a) not in company]
        agents_after = self._agents_after(view, hit, right) if frame.fact else []
        if frame.fact and not agents_after:
            agents_after = self._nisba_broker(view, hit) or _hyphened_broker(view, hit)
        brokered = self._brokered(view, hit, agents_after)
        if brokered:
            return brokered
        parties, subject = self._between(view, hit, left, right, clause)
        how = st.BETWEEN
        if len(parties) < 2 and frame.fact and not agents_after:
            # "mediated the A-B conflict": a pair after it (not "mediated by C and D")
            parties, how = st.adjacent_pair(right, frame.object), st.COORDINATED
            subject = self._between_doer(view, hit, left, right, clause, parties)
        declarers = self._declared(view, hit, left, clause) if len(parties) < 2 else None
        if declarers is not None:
            return self._symmetric(view, declarers, right, hit, clause, state)
        if len(parties) < 2:
            return []
        hit.why(parties, how)
        if frame.symmetric and not frame.fact and (
                subject is None or (len(parties) == 2 and subject not in parties)):
            # "a ceasefire between A and B took effect", "C brokered a ceasefire between A
            # and B": a joint act is the pair's own, whoever brokered it
            return [(parties[0], parties[1])]
        subject = subject or self._fallback(state, hit)
        if subject is None:
            return []
        doers = self._doer_group(view, subject, frame)
        if frame.fact and {d.entity for d in doers} & {p.entity for p in parties}:
            return self._held_by_parties(hit, parties)
        hit.why([d for d in doers if d is not subject], st.COORDINATED)
        return [(d, p) for d in doers for p in parties
                if p.entity != d.entity and p.kind in frame.object]

    def _held_by_parties(self, hit: Hit, parties: list[Arg]) -> list[tuple[Arg, Arg]]:
        """"A and B held talks between the two countries", «عقد مسؤولو A وB محادثات بين
        البلدين»: a party holding what is between it and the others brokers nothing; talks
        are the parties' own (the frame's `unbrokered` reading, the first with each of the
        others), a mediation or another outcome none at all."""
        if not hit.frame.unbrokered:
            return []
        hit.frame = self.frames.by_id[hit.frame.unbrokered]
        hit.why(parties, st.BETWEEN)
        return [(parties[0], p) for p in parties[1:] if p.entity != parties[0].entity]

    def _verb_first_doer(self, hit: Hit, right: list[Arg], parties: list[Arg]) -> Arg | None:
        """"توسطت مصر بين A وB": in a verb-first language, the unmarked name right after the
        verb, before the parties, holds or brokers what is between them."""
        if not self.grammar.verb_first or not parties:
            return None
        found = st.vso_subject([a for a in right if a not in parties], hit.frame.subject,
                               hit.last, 0)
        return found[0] if found else None

    @staticmethod
    def _doer_group(view: SentenceView, doer: Arg, frame: Frame) -> list[Arg]:
        """The doer with the names coordinated with it ("Egypt and Qatar mediated between A
        and B", "توسطت مصر وقطر بين A وB"): each brokers for itself."""
        named = [a for a in view.args if a.kind in frame.subject and not a.implicit]
        if doer not in named:
            return [doer]
        if doer.coordinated:  # the last of its list, the one nearest the trigger
            return last_group([a for a in named if a.last <= doer.last])
        return group_from(named, doer, frame.subject)

    def _located_with(self, right: list[Arg], taken: set) -> set[int]:
        """"protested in Kenya and Uganda", "في الولايات المتحدة وفرنسا": the names
        coordinated with a place named after "in" where the doer is the first of them say
        where it happened too; they are not its objects (ids of those arguments)."""
        located: set[int] = set()
        head: Arg | None = None
        for arg in right:
            if not arg.coordinated:
                head = arg
            elif head is not None and head.marker in self.grammar.locative and (
                    head.entity in taken):
                located.add(id(arg))
        return located

    def _meeting_between(self, view: SentenceView, hit: Hit, left: list[Arg],
                         right: list[Arg], clause: int) -> list[tuple[Arg, Arg]] | None:
        """"a meeting between A and B", "phone calls between A, B and C", "محادثات بين A
        وB": a meeting no one is named to hold or broker (no subject before it in its
        clause, no agent after it) is the parties' own, the first with each of the others
        (none when it is only hoped for or failed: `_meeting_reality`); "C hosted talks
        between A and B", "talks between A and B brokered by C" stay C's (None: not this
        construction)."""
        frame = hit.frame
        if (frame.event or {}).get("type") != "CONSULT" or multilateral(frame) or (
                frame.fact and not frame.unbrokered):
            return None
        # a doer anywhere before it in its clause, also one of another trigger there ("وفّرت
        # كازاخستان منصة لمحادثات السلام بين A وB"), holds or brokers the meeting; a speaker
        # ("قالت مصر إن المحادثات بين A وB ...") does not
        content = st.speech_content_start(view, self.speech_verbs, self.complementizers)
        start = content if content is not None and clause < content <= hit.first else clause
        before = [a for a in view.args if start <= a.first and a.last <= hit.first]
        parties, doer = self._between(view, hit, before, right, start)
        if len(parties) < 2 or doer is not None:
            return None
        reality = _meeting_reality(view, hit, parties, start)
        if reality is None:
            return []
        if reality == "planned" and hit.modality == "actual":
            hit.modality, hit.cue = "planned", MEETING_PLANNED
        if frame.unbrokered:
            hit.frame = self.frames.by_id[frame.unbrokered]
        hit.why(parties, st.BETWEEN)
        return [(parties[0], p) for p in parties[1:] if p.entity != parties[0].entity]

    def _between(self, view: SentenceView, hit: Hit, before: list[Arg], right: list[Arg],
                 start: int, pair_before: bool = False) -> tuple[list[Arg], Arg | None]:
        """"talks between A and B", "C hosted talks between A and B", "a ceasefire between A
        and B brokered by C": the pair after "between", its first at most BETWEEN_REACH
        words after the trigger (or, with `pair_before`, one that far before it among
        `before`: "relations between A and B are a partnership"; [] when there is none), and
        the one named to hold or broker what is between them (`_between_doer`, None when
        none is)."""
        parties = between_group(right)
        if len(parties) < 2 or parties[0].first - hit.last > BETWEEN_REACH:
            parties = self._pair_before(view, hit, before, right) if pair_before else []
            if len(parties) < 2 or hit.first - parties[-1].last > BETWEEN_REACH:
                return [], None
        return parties, self._between_doer(view, hit, before, right, start, parties)

    def _pair_before(self, view: SentenceView, hit: Hit, before: list[Arg],
                     right: list[Arg]) -> list[Arg]:
        """The pair of a "between" before the trigger, read only for a trigger that names no
        party of its own and in its own clause: "relations between A and B are a
        partnership", but not "after tensions between A and B, C signed an agreement with
        D" (a fronted adjunct, closed by its comma) nor "trade between A and B fell as A
        signed a pact with C" (the trigger's own subject and partner)."""
        pair = _closed_list(view, between_group(before, last=True))
        if len(pair) < 2 or any(view.boundary[k] for k in range(pair[-1].last, hit.first + 1)
                                if k < len(view.boundary)):
            return []
        with_markers = self.grammar.comitative - self.grammar.between
        own = [a for a in before if a.first >= pair[-1].last and not a.marked] + [
            a for a in right if a.marked and a.marker in with_markers]
        return [] if own else pair

    def _between_doer(self, view: SentenceView, hit: Hit, before: list[Arg], right: list[Arg],
                      start: int, parties: list[Arg]) -> Arg | None:
        """Who holds or brokers an act between `parties`: the doer its noun names, else the
        subject before it among `before` (from word `start`), else an agent after it."""
        frame = hit.frame
        doers = hit.noun_doers or event_nouns.event_doers(view, hit, frame.subject)
        if doers and doers[0] not in parties:
            hit.why(doers[0], event_nouns.EVENT_DOER)
            return doers[0]
        subject = self._subject_before(before, frame, start)
        if subject is not None:
            hit.why(subject, st.SVO_SUBJECT)
            return subject
        subject = self._verb_first_doer(hit, right, parties)
        if subject is not None:
            hit.why(subject, st.VSO_SUBJECT)
            return subject
        markers = frame.agent_markers or self.agent_markers
        agents = st.passive_agent(view, [a for a in right if a not in parties], frame.subject,
                                  markers)
        if agents:
            hit.why(agents[:1], st.PASSIVE_AGENT)
            return agents[0]
        # "C, which brokered the deal between A and B", «C، التي رعت اتفاقاً بين A وB»: the
        # relative clause's subject is its antecedent, not a guessed focal state
        subject = st.relative_antecedent(view, start, hit.first, frame.subject)
        if subject is not None and subject not in parties:
            hit.why(subject, st.RELATIVE_ANTECEDENT)
            return subject
        return None

    def _without_supported(self, view: SentenceView, hit: Hit, left: list[Arg],
                           right: list[Arg]) -> tuple[list[Arg], list[Arg]]:
        """"a protest outside the U.S. embassy in support of U.S. claims", "احتجاج دعماً
        لمنظمة X": what a hostile act stands up for (named within two words after a
        `support_phrases` phrase in the trigger's reach, or one that opens the trigger after
        it) is neither its doer nor its target, wherever its clause names it."""
        phrases = self.grammar.support_phrases
        if not phrases:
            return left, right
        ends = [i + len(found.split()) for i in range(hit.last, min(hit.right + 1,
                                                                    len(view.words)))
                if (found := st.phrase_at(view, i, phrases))]
        supported = {a.entity for a in view.args
                     if any(end <= a.first <= end + 1 for end in ends)}
        if not supported:
            return left, right
        return ([a for a in left if a.entity not in supported],
                [a for a in right if a.entity not in supported])

    def _subject_in_gap(self, hit: Hit, right: list[Arg]) -> bool:
        """"التي تمتلك X حصة فيها": a fact's verb-first trigger with its subject inside its
        gap; the relative clause's antecedent is then its object, not its subject."""
        return bool(hit.frame.fact) and self.grammar.verb_first and any(
            a.last < hit.last and a.kind in hit.frame.subject and not a.marked for a in right)

    def _declared(self, view: SentenceView, hit: Hit, left: list[Arg], clause: int
                  ) -> list[Arg] | None:
        """"أعلنت X وY وقف إطلاق النار", "أعلنت X وقفا لإطلاق النار مع Y": a joint act with
        no "between", the object of a verb-first clause whose subject stands right before it;
        not one governed by a preposition ("التوسط لوقف إطلاق النار": the aim of another
        act). The names before it its parties are read from (None: not declared)."""
        frame = hit.frame
        if frame.fact or not frame.symmetric:
            return None
        if not self.grammar.verb_first:
            return _declared_object(view, hit, left, clause)
        if view.word_at(hit.first).startswith(self.grammar.governing) or hit.left > clause:
            return None  # ... nor the topic of an act before it in its clause
        if any(a.first >= clause and a.last == hit.first and not a.marked for a in left):
            return left
        return None

    def _bare_organ(self, view: SentenceView, hit: Hit, clause: int) -> bool:
        """An organ noun with no state named after it stands in the trigger's clause as its
        subject ("فتحت النيابة العامة تحقيقا", "اتهمه ممثلو الادعاء"): the state the sentence
        is about acts through it (data: the construct organ nouns of organs.yaml)."""
        organs = self.grammar.indefinite_organs
        if not self.grammar.verb_first or not organs or not view.names_any(organs):
            return False
        end = min(len(view.words), hit.last + BARE_ORGAN_REACH)
        return any(k not in view.masked and not organs.isdisjoint(view.words[k])
                   for k in range(max(clause, hit.left), end))

    def _agents_after(self, view: SentenceView, hit: Hit, right: list[Arg]) -> list[Arg]:
        """"brokered by C and D", "بوساطة C": the agent group right after a trigger that ends
        in an agent marker (or whose first name one governs), of the frame's subject kinds."""
        frame = hit.frame
        markers = frame.agent_markers or self.agent_markers
        first = right[0] if right else None
        tail = {view.word_at(hit.last - 1),
                f"{view.word_at(hit.last - 2)} {view.word_at(hit.last - 1)}"}
        if first is None:
            return []
        # "was brokered by the United States": the article of the name is no gap
        lead = first.first - (view.word_at(first.first - 1) in self.grammar.articles)
        marked = lead - hit.last == 1 and view.word_at(hit.last) in markers
        if lead - hit.last > 1 or not (first.agent or tail & set(markers) or marked
                                       or st.governed_by(view, first, markers)):
            return []
        if first.kind not in frame.subject:
            return [first]
        return _juxtaposed_nisbas(view, group_from(right, first, frame.subject), frame.subject)

    def _nisba_broker(self, view: SentenceView, hit: Hit) -> list[Arg]:
        """"A and B restored ties with Chinese mediation", "... إثر وساطة صينية": the states'
        adjectives of a mediation noun whose phrase one of the frame's `broker_openers` opens
        (an article may come between) brokered the act of the pair before it; not a
        mediation some verb takes as its object ("A and B rejected Chinese mediation")."""
        openers = frozenset(hit.frame.broker_openers)
        nisba = event_nouns.nisba_doer(view, hit, hit.frame.subject) if openers else None
        if nisba is None:
            return []
        group = event_nouns.modifier_group(view, nisba, hit.frame.subject)
        start = min(hit.first, group[0].first)
        start -= view.word_at(start - 1) in self.grammar.articles
        longest = max(len(o.split()) for o in openers)
        if start < 1 or st.phrase_ending_at(view, start - 1, openers, longest) is None:
            return []
        return _juxtaposed_nisbas(view, group, hit.frame.subject)

    def _brokered(self, view: SentenceView, hit: Hit, agents: list[Arg]
                  ) -> list[tuple[Arg, Arg]]:
        """"A and B reached a deal brokered by C", "اتفاق بين A وB بوساطة C": the agents right
        after the trigger mediated between the pair named last before it."""
        frame = hit.frame
        agents = [a for a in agents if a.kind in frame.subject]
        before = [a for a in view.args if a.last <= hit.first and a.kind in frame.object
                  and not a.implicit]
        # a pair the broker is one of ("the China-Arab States Summit ... a Chinese-brokered
        # deal") is none it brokered
        brokers = {a.entity for a in agents}
        pairs = [p for k in range(len(before) - 1)
                 if len(p := st.adjacent_pair(before[k:k + 2], frame.object)) == 2
                 and brokers.isdisjoint(a.entity for a in p)] or (
            self._with_pair(before, agents))
        if not pairs or not agents:
            return []
        hit.why(agents, st.PASSIVE_AGENT)
        hit.why(pairs[-1], st.COORDINATED)
        hit.describes = True
        if hit.pledger:  # "committed to a deal brokered by X": the brokering is not promised
            hit.modality, hit.cue = "actual", ""
        return [(agent, party) for agent in agents for party in pairs[-1]
                if party.entity != agent.entity]

    def _with_pair(self, before: list[Arg], agents: list[Arg]) -> list[list[Arg]]:
        """"A reached a ceasefire with B brokered by C": the partner named last before the
        trigger after "with", and the doer, unmarked, named right before it ([] if none, or
        if a broker is one of them: "A signed a deal with B brokered by A" is A's deal)."""
        with_markers = self.grammar.comitative - self.grammar.between
        partner = next((a for a in reversed(before) if a.marker in with_markers), None)
        doer = next((a for a in reversed(before) if partner is not None
                     and a.last <= partner.first and not a.marked), None)
        if partner is None or doer is None or doer.entity == partner.entity or any(
                a.entity in (doer.entity, partner.entity) for a in agents):
            return []
        return [[doer, partner]]

    def _passive(self, view: SentenceView, left: list[Arg], right: list[Arg], hit: Hit,
                 clause: int, state: DocState) -> list[tuple[Arg, Arg]]:
        """A passive form: its grammatical subject is the target, the agent the source
        ("X was attacked by Y"); with no agent named there is no event."""
        frame = hit.frame
        sources = frame.source_kinds or frame.subject
        targets = frame.target_kinds or frame.object
        markers = frame.agent_markers
        near = _before_conjunction(view, hit, right)
        plain = st.passive_agent(view, near, sources, markers) or st.passive_agent(
            view, left, sources, markers)
        agents = plain or st.passive_agent(view, near, sources, markers, determined=True) or [
            a for a in near if a.kind in sources and _national_agent(view, hit, a, len(
                view.words))][:1]
        if frame.company_object and not agents:
            agents = _described_agent(view, hit, right, sources, markers)
        issued = not agents and (frame.event or {}).get("type") in PUNISHING and (
            _warrant_issuer(view, hit, sources))
        if issued:
            agents = plain = issued
        if frame.reaction and _ranged(view, agents):
            agents = []
        if not agents:
            return self._agentless(view, right, hit, state)
        hit.why(agents, st.WARRANT_ISSUER if issued else st.PASSIVE_AGENT)
        if frame.company_object:
            return self._owned_company(view, left, hit, clause, agents)
        agent_ids = {id(a) for a in agents}
        clause, inserted = _past_apposition(view, clause)
        patients = [a for a in left if a.first >= clause and id(a) not in agent_ids
                    and not a.marked and a.kind in targets and a.first not in inserted]
        patients = st.object_before(patients)
        if hit.reacts_to is not None:
            patients = _reacted_patients(view, hit, patients, targets, state)
        if not patients and (frame.event or {}).get("type") in LOCATED_TARGET:
            patients = self._attacked_where(view, left, clause, agents)
        if not patients and self._complied_request(view, hit):
            # "X withdrew, following a request from Y": Y asked the main verb's subject (or
            # the speaker of "X said it will withdraw, following ...")
            compliers = state.verb_subjects[1] if state.verb_subjects[0] == view.index else (
                [hit.speaker] if hit.speaker is not None else [])
            patients = [a for a in compliers if a.kind in targets
                        and a.entity not in {b.entity for b in agents}]
            if patients and hit.modality == "planned":  # "will withdraw, following ...":
                hit.modality, hit.cue = "actual", ""  # the request was made before
        if not patients and frame.marked_objects:
            # "X was extradited from Y to Z": a person handed over is no party; the target
            # is the one its target marker names, as in the active ("Y extradites X to Z")
            patients = st.object_by_marker(
                view, [a for a in right if id(a) not in agent_ids], targets,
                frame.target_markers, {a.entity for a in agents})
        if not patients:
            patients = st.vso_subject([a for a in right if id(a) not in agent_ids], targets,
                                      hit.last, frame.reach, counted=view.counted)
        hit.why(patients, st.PASSIVE_SUBJECT)
        if not patients:
            # "shot by Israeli forces in Khan Yunis": a place of another state after the
            # agent names the target before the agent's own people do
            pairs = self._passive_where(view, hit, right, agents, state) or (
                self._domestic_agent(view, hit, agents))
        else:
            pairs = [(s, o) for s in agents for o in unique(patients) if o.entity != s.entity]
            pairs = pairs or self._own_patients(hit, agents, patients)
        if not pairs and not plain:
            # "sentenced by a French court": the modifier of an agent noun read as its agent
            # leaves the act as domestic as one with no agent
            return self._agentless(view, right, hit, state)
        return pairs

    def _owned_company(self, view: SentenceView, left: list[Arg], hit: Hit, clause: int,
                       owners: list[Arg]) -> list[tuple[Arg, Arg]]:
        """"Serbian oil company NIS is majority-owned by Gazprom", "NIS, the main producer in
        Serbia, which is majority-owned by Gazprom": the company owned (the last one named
        before the trigger, in its clause) stands for its state; with none named, the state
        named last before it in the sentence is the company's (its place, "in Serbia"). An
        owner's own state is no investment abroad."""
        homes: set[str | None] = {self._home_state(a) for a in owners}
        homes |= {a.entity for a in owners}
        before = [a for a in left if a.last <= hit.first and a.entity not in homes]
        companies = [a for a in before if a.kind == "company" and a.first >= clause]
        if companies:
            owned = companies[-1]
            objects = self._company_state(owned, self._home_state(owned), homes)
        else:
            objects = [a for a in before if a.kind == "state"][-1:]
        hit.why(objects, st.COMPANY_STATE)
        return [(s, o) for s in owners for o in objects]

    def _attacked_where(self, view: SentenceView, left: list[Arg], clause: int,
                        agents: list[Arg]) -> list[Arg]:
        """"A school in Kharkiv, Ukraine, was hit by Russian drones": an attack in the
        passive whose patient names no actor is aimed at the state it is done in, the last
        place before it that says where (`_located`), in its clause or ending right before
        it (the patient's phrase set off by commas), as its active is (`LOCATED_TARGET`)."""
        taken = {a.entity for a in agents}
        where = [a for a in left if a.last >= clause - 1 and a.kind in (
            "state", "place", "city") and a.entity not in taken and _located(view, a)]
        if not where:
            return []
        last = where[-1]
        return [last] if last.kind == "state" else self._as_place_state(last, taken)

    def _loss_place(self, view: SentenceView, hit: Hit, taken: set) -> list[Arg]:
        """"A school in Kharkiv was destroyed in a Russian missile strike", "The Kherson
        administration headquarters is destroyed in a Russian strike", "دُمّر مقر ... في خيرسون
        جراء ضربة صاروخية روسية": an act a casualty link joins to the loss before it (a
        casualty verb) is aimed at the state of the place named with what was lost, where
        its victims would stand (`_victims_before`: in the loss's clause; verb first, after
        the verb), the last one before the link."""
        window = _casualty_window(view, hit)
        if window is None:
            return []
        first, _verb, link, inserted = window
        places = [a for a in view.args if first <= a.first and a.last <= link
                  and a.kind in ("place", "city") and a.first not in inserted]
        return self._as_place_state(places[-1], taken) if places else []

    def _complied_request(self, view: SentenceView, hit: Hit) -> bool:
        """A request named by its requester that a compliance opener governs ("following a
        request by X", "after an extradition request from X"): at most two words (no name)
        between the opener and the request."""
        if not (hit.frame.made_as_content and self.grammar.compliance_openers):
            return False
        return _opened_by(view, hit.first, self.grammar.compliance_openers, 3)

    def _agentless(self, view: SentenceView, right: list[Arg], hit: Hit, state: DocState
                   ) -> list[tuple[Arg, Arg]]:
        """A passive with no agent named: only a domestic act, done by the state where it
        happened."""
        frame = hit.frame
        if self._non_state_agent(view, right, frame.agent_markers) or (
                not frame.agentless_domestic) or _state_as_patient(view, hit):
            return []
        targets = frame.target_kinds or frame.object
        return self._banned_group(view, hit, targets, state) or self._member_group(
            view, hit, targets, state) or self._domestic_where(
            view, hit) or self._domestic_named(view, hit, state)

    def _passive_where(self, view: SentenceView, hit: Hit, right: list[Arg],
                       agents: list[Arg], state: DocState) -> list[tuple[Arg, Arg]]:
        """"two farmers were killed by X in Y": a passive whose patient names no actor
        targets the state of its marked place, as its active does ("X killed two farmers
        in Y")."""
        frame = hit.frame
        if frame.fact or not _conflictual(frame):
            return []
        taken: set[str | None] = {a.entity for a in agents}
        agent_ids = {id(a) for a in agents}
        after = [a for a in right if id(a) not in agent_ids and a.kind in frame.object
                 and a.entity not in taken]
        objects = st.object_by_marker(view, after, frame.object, frame.target_markers, taken)
        how = st.OBJECT_BY_MARKER
        if not objects:
            objects, how = self._place_actor(view, hit, right, taken), st.PLACE
        if not objects:  # "shot by an ELN sniper in Colombia", as "ELN shot X in Colombia"
            located = [a for a in st.in_clause(view, hit.last, after)
                       if a.marker in self.grammar.locative]
            objects, how = st.direct_object(located, prefer_unmarked=False), st.DIRECT_OBJECT
        if not objects and agents:
            # "17 people were killed by TPNPB militants", as "TPNPB militants killed 17 people"
            objects, how = self._insurgency_home(view, hit, agents[0], taken,
                                                 state), st.PLACE
        hit.why(objects, how)
        return [(s, o) for s in agents for o in unique(objects) if o.entity != s.entity]

    def _banned_group(self, view: SentenceView, hit: Hit, kinds: frozenset[str],
                      state: DocState) -> list[tuple[Arg, Arg]]:
        """"«X» المحظورة", "X التي حُظرت", "X, which was proscribed": a domestic act in the
        passive, with no agent, right after a named group, company or party (a relative word
        between) is done to it, by the one state its sentence names as an actor or a place
        (else the document's state)."""
        if not self._domestic_act(hit.frame) or (
                (hit.frame.event or {}).get("type") not in PUNISHING):
            return []
        before = [a for a in view.args if a.last <= hit.first and not a.implicit]
        group = before[-1] if before else None
        if group is None or group.kind not in BANNED_KINDS or group.kind not in kinds or (
                not _only_relatives(view, group.last, hit.first)):
            return []
        return self._banned_by_state(view, hit, group, state)

    def _member_group(self, view: SentenceView, hit: Hit, kinds: frozenset[str],
                      state: DocState) -> list[tuple[Arg, Arg]]:
        """"A man, an Islamic State member, is arrested", "two members of the X gang are
        convicted", "اعتُقل رجل ...، وهو عضو في X", "اعتُقل خمسة أشخاص مرتبطين بجماعة X": a
        domestic punishment in the passive, with no agent, whose patient is named as a member
        of one armed group or party (`member_nouns` right before it, a preposition or an
        article between, or right after it) on the side of the trigger its patient stands on
        (after it in a verb-first language), is done to that group, by the one state its
        sentence names as an actor or a place (else the document's state). The member is the
        trigger's own patient: named in its clause (or in the apposition that ends where its
        clause begins), never the one who reports it ("A Hamas member said two men were
        arrested": a speech verb between, or the report's own clause)."""
        if not self._domestic_act(hit.frame) or (
                (hit.frame.event or {}).get("type") not in PUNISHING):
            return []
        after = self.grammar.verb_first
        source = st.source_clause_start(view)  # "، بحسب عضو في X": who reports it
        groups = [a for a in view.args if not a.implicit and a.kind in MEMBER_KINDS
                  and a.kind in kinds and (hit.last <= a.first and (
                      source is None or a.first < source or source < hit.first)
                      if after else self._patient_phrase(view, hit, a))
                  and not _word_of(view, self.speech_verbs, min(a.last, hit.last),
                                   max(a.first, hit.first))
                  and (_member_of(view, a) or _affiliated(view, a))]
        if len({a.entity for a in groups}) != 1:
            return []
        return self._banned_by_state(view, hit, groups[0], state)

    @staticmethod
    def _patient_phrase(view: SentenceView, hit: Hit, group: Arg) -> bool:
        """A name before a passive trigger stands in its subject: in the trigger's clause, or
        in a phrase set off by commas right before that clause when nothing but the trigger
        opens it ("A man, a Hezbollah member, was arrested")."""
        if group.last > hit.first:
            return False
        clause = view.clause_start(hit.first)
        if group.first >= clause:
            return True
        opening = [k for k in range(clause, hit.first) if k not in view.masked]
        return clause > 0 and view.clause_start(group.first) == view.clause_start(
            clause - 1) and len(opening) <= APPOSED_TRIGGER_WORDS

    def _banned_by_state(self, view: SentenceView, hit: Hit, group: Arg, state: DocState
                         ) -> list[tuple[Arg, Arg]]:
        """The group a domestic punishment names is punished by the one state its sentence
        names as an actor or a place (else the document's state)."""
        where = {a.entity if a.kind == "state" else self._place_state(a.entity)
                 for a in view.args if a.kind in ("state", "place", "city") and not a.implicit}
        where.discard(None)
        found = next(iter(where)) if len(where) == 1 else (state.focal if not where else None)
        if not found:
            return []
        source = implicit(found)
        hit.why(source, st.DOMESTIC, "named" if where else "focal")
        hit.why(group, st.PASSIVE_SUBJECT, "named group")
        return [(source, group)]

    def _banned_named(self, view: SentenceView, hit: Hit) -> Arg | None:
        """"the banned Awami League party", "the now proscribed organisation X": the group
        a domestic punishment's participle stands before (a descriptor word between at
        most) is the one it was done to, a standing ban the reporting names (a ban only:
        "the sanctioned bank X" is sanctioned by another state, "detained UN staff" by
        whoever the sentence says detained them)."""
        event = hit.frame.event or {}
        if not self._domestic_act(hit.frame) or (
                (event.get("type"), event.get("mode")) != BANNING):
            return None
        group = next((a for a in view.args if a.first >= hit.last and not a.implicit), None)
        if group is None or group.kind not in BANNED_KINDS or group.first - hit.last > 1 or (
                any(k in view.masked for k in range(hit.last, group.first))):
            return None
        return group

    @staticmethod
    def _non_state_agent(view: SentenceView, right: list[Arg], markers: tuple[str, ...]
                         ) -> bool:
        """"was shot by an ELN sniper": a group or organisation right behind the agent
        marker and its article is the doer, so the act is no state's domestic one."""
        return any(a.kind in ("armed_group", "organization") and _after_agent_marker(
            view, a, markers) for a in right)

    def _domestic_addressed(self, text: str, view: SentenceView, hit: Hit, state: DocState
                            ) -> list[tuple[Arg, Arg]]:
        """"The prime minister urged residents to evacuate", "the senator endorsed the vice
        president": a type done to its own state only when addressed so (the ontology's
        `domestic: addressed`), by a state's name, organ or official as its subject
        (`_addressing_subject`), to its own people or officials named as its object, in a
        sentence that names no other state."""
        event = hit.frame.event or {}
        if hit.frame.fact or not st.addressed_target(event.get("type", "")):
            return []
        states = [a for a in view.args if a.kind == "state" and not a.implicit]
        if len({a.entity for a in states}) > 1:
            return []
        found = self._addressing_subject(text, view, hit, states, state)
        if found is None:
            return []
        subject, how, start = found
        markers = hit.frame.target_markers
        addressee = st.own_addressee(view, start, subject, markers) or _marked_official(
            view, hit, subject, markers) or _own_request(view, hit, start, subject)
        if not addressee:
            return []
        own = implicit(subject.entity)
        hit.why(subject, how)
        hit.why(own, st.DOMESTIC, f"addressed:{addressee}")
        return [(subject, own)]

    def _official_addressed(self, view: SentenceView, hit: Hit, state: DocState,
                            pairs: list[tuple[Arg, Arg]]) -> list[tuple[Arg, Arg]]:
        """"Protesters demand that the Dutch government pressure Israel ...", "call for
        President X to resign", "مطالبين رئيس الوزراء بالاستقالة": a request whose addressee,
        right after it, is an official or organ of the state its source acts for (its named
        subject, else, after a demonstration in the sentence, the state the protesters are
        of) asks its own state, whatever other state the content names; protesters who
        address another state's official ask that state."""
        if hit.frame.fact or (hit.frame.event or {}).get("type") != "REQUEST":
            return []
        addressee = _addressee_after(view, hit)
        if addressee is None or addressee.kind != "state" or not st.by_organ(addressee):
            return []
        if self.grammar.verb_first and (any(s is addressee for s, _ in pairs) or not (
                self.frames.finite.isdisjoint(view.words[hit.first]))):
            return []  # "دعا الرئيس X إلى": the name after a verb is its subject
        named = [s for s, _ in pairs if s is not addressee and not s.implicit]
        # with no subject named, the protesters of a demonstration the sentence reported
        protest = _sentence_protest(view, state) if not named else None
        protesters = protest.source if protest is not None else None
        if protesters is not None and protesters != addressee.entity:
            hit.why(addressee, st.DIRECT_OBJECT, "addressed by protesters")
            return [(self._protest_source(hit, protesters), addressee)]
        source = named[0] if named else (
            self._protest_source(hit, protesters) if protesters else None)
        if source is None or source.entity != addressee.entity:
            return []
        own = implicit(source.entity)
        hit.why(source, hit.via.get(id(source), (st.FOCAL_ACTOR,))[0])
        hit.why(own, st.DOMESTIC, f"official addressed:{addressee.person or addressee.resolution}")
        return [(source, own)]

    def _protesters_demand(self, view: SentenceView, hit: Hit, state: DocState
                           ) -> list[tuple[Arg, Arg]]:
        """"Thousands rally in X and demand ...", "Protests in X continue, demanding ...",
        "تظاهر الآلاف ...، مطالبين بـ": a request with no actor of its own, joined to a
        demonstration its sentence reported before it (by a coordinator, a comma or the
        infinitive's link), is the protesters' demand, made of the state they protested
        against."""
        if hit.frame.fact or (hit.frame.event or {}).get("type") != "REQUEST" or (
                hit.describes or not self._joined(view, hit)):
            return []
        protest = _sentence_protest(view, state)
        against = protest.target if protest is not None else None
        if protest is None or against is None or not (
                self._is_state(protest.source) and self._is_state(against)):
            return []  # a group's protest or one against a group: its own reading
        source = self._protest_source(hit, protest.source)
        target = implicit(against)
        hit.why(target, st.DOMESTIC if target.entity == source.entity else st.DIRECT_OBJECT,
                "protested against")
        return [(source, target)]

    def _is_state(self, entity_id: str) -> bool:
        entity = self.lexicon.entity(entity_id)
        return entity is not None and ontology().canonical_kind(entity.kind) == "state"

    def _joined(self, view: SentenceView, hit: Hit) -> bool:
        """The trigger opens a clause joined to the one before: after a comma, a coordinator
        or a content link ("to demand"), or with a continuing proclitic ("والمطالبة")."""
        before = view.word_at(hit.first - 1)
        return hit.first > 0 and (
            view.boundary[hit.first] or before in self.grammar.coordinators
            or before in self.grammar.content_links or self._continues(view, hit))

    @staticmethod
    def _protest_source(hit: Hit, protesters: str) -> Arg:
        """The state of the protesters of a demonstration the sentence reported, as the
        source of a request made at it."""
        source = implicit(protesters)
        hit.why(source, PROTEST_SOURCE)
        return source

    def _addressing_subject(self, text: str, view: SentenceView, hit: Hit, states: list[Arg],
                            state: DocState) -> tuple[Arg, str, int] | None:
        """The subject of an addressing trigger, how it was found and where its object
        starts: the unmarked state named before it in its clause (not the verb-first subject
        of a trigger before it: "رفضت المحكمة التماس X"); a verb-first one right after it;
        for a verb coordinated with an earlier one ("..., and urged residents", "، وحث
        السكان"), the sentence's first unmarked state; for a sentence-initial verb-first
        trigger with no state named ("وحث السكان ..."), the subject of the sentence before."""
        if hit.first_person and hit.first in view.quoted:  # 'X: "أطلب من الجميع ..."'
            speaker = view.quote_speaker
            return None if speaker is None or speaker.kind != "state" else (
                speaker, st.QUOTED_SPEAKER, hit.last)
        clause = view.clause_start(hit.first)
        before = [a for a in states if clause <= a.first and a.last <= hit.first
                  and not a.marked and _plain_words(text, view, a.last, hit.first) <= (
                      ADDRESSER_GAP)]
        after = [a for a in states if a.first >= hit.last]
        verb_first, nominal = self.grammar.verb_first, _nominal(hit, view)
        if before and verb_first and hit.left > clause and before[-1].first >= hit.left:
            return None
        if before:
            return before[-1], st.SVO_SUBJECT, hit.last
        if verb_first and after and _title_between(view, hit.last, after[0].first) and (
                not after[0].marked):
            return after[0], st.VSO_SUBJECT, after[0].last
        if nominal:
            return None
        prefixes = self.grammar.continuing_prefixes
        coordinated = view.word_at(hit.first - 1) in self.grammar.coordinators or bool(
            prefixes and view.word_at(hit.first).startswith(prefixes))
        first = next((a for a in states if a.last <= hit.first and not a.marked), None)
        if coordinated and first is not None:
            return first, st.COORDINATED_VERB, hit.last
        if verb_first and not states and hit.first == 0 and state.carried and (
                state.carried_at == state.sentence - 1):
            return implicit(state.carried), st.CARRIED_SUBJECT, hit.last
        return None

    @staticmethod
    def _domestic_agent(view: SentenceView, hit: Hit, agents: list[Arg]
                        ) -> list[tuple[Arg, Arg]]:
        """"students were arrested by police": a domestic act in the passive whose agent is a
        state's organ or official (or a state, when a noun of people names the patient: not
        "hostages abducted by Palestinian militants") and whose patient names no actor is
        done to the agent's own people (a release only when a noun of people names its
        patient: not "data released by X")."""
        event = hit.frame.event or {}
        kind, mode = event.get("type", ""), event.get("mode")
        agent = agents[0]
        people = view.grammar.people_nouns
        clause = view.clause_start(hit.first)
        named_people = any(not people.isdisjoint(view.words[k])
                           for k in range(clause, hit.first))
        organ = st.by_organ(agent)
        if hit.frame.fact or agent.kind != "state" or not st.domestic_target(
                kind, mode, organ) or not (named_people or (
                organ and not hit.frame.people_patient)):
            return []
        own = implicit(agent.entity)
        hit.why(own, st.DOMESTIC, "agent")
        return [(agent, own)]

    @staticmethod
    def _own_patients(hit: Hit, agents: list[Arg], patients: list[Arg]
                      ) -> list[tuple[Arg, Arg]]:
        """"Former Brazilian president X is arrested following a conviction by Brazil's
        Supreme Court", "Dutch activist X is detained by Dutch police": a domestic act in the
        passive whose patient is of the agent's own state is done to that state (X -> X)."""
        event = hit.frame.event or {}
        agent = agents[0]
        if hit.frame.fact or agent.kind != "state" or any(
                p.entity != agent.entity for p in patients) or not st.domestic_target(
                event.get("type", ""), event.get("mode"), st.by_organ(agent)):
            return []
        own = implicit(agent.entity)
        hit.why(own, st.DOMESTIC, "agent")
        return [(agent, own)]

    def _symmetric(self, view: SentenceView, left: list[Arg], right: list[Arg], hit: Hit,
                   clause: int, state: DocState) -> list[tuple[Arg, Arg]]:
        frame = hit.frame
        kinds = frame.subject | frame.object
        if frame.fact:
            right = _before_next_clause(view, hit, right)
        with_partner = self._co_subjects_with_partner(view, left, right, hit, clause) or (
            self._owner_with_partner(view, hit, right))
        if with_partner:
            return with_partner
        # the pair named before it, or inside a gapped trigger ("تبادل A وB إطلاق نار")
        paired = len({a.entity for a in left if a.first >= clause and a.kind in kinds} | {
            a.entity for a in right if a.last <= hit.last and a.kind in kinds}) >= 2 or (
            self._verb_first_pair(view, hit, right, kinds)) or (
            self._pair_before_place(view, hit, right, kinds))
        verb_subject = self._subject_after_verb(view, hit, left, clause)
        candidates = [a for a in right if a.kind in kinds and not (
            names_the_instrument(a, hit.last) and not (
                verb_subject and not self._agreement_noun_at(view, a.first)))
                      and not ((paired or self._partner_after(a, right))
                               and a.marker in self.grammar.locative)]
        group = first_group(candidates, prefer_unmarked=False)
        at_verb = bool(group) and not _nominal(hit, view) and not group[0].marked and (
            _gap_to_subject(view, hit, group[0]) <= frame.reach)
        if at_verb:
            # a verb-first trigger: its subject, then its partners
            # the subject's own state adjective ("طالبان (الأفغانية)", the Taliban being
            # AFG) is no partner
            named = {a.entity for a in group}
            group += first_group([a for a in candidates if a.first >= group[-1].last
                                   and a not in group and not (
                                       a.entity in named and a.resolution == "adjective")],
                                 prefer_unmarked=False)
        # a pair "between" before the trigger is its party only through `_between` (its own
        # clause, no subject or partner of its own): "trade between A and B fell as A signed"
        near = [a for a in left if a.first >= clause and not a.between and not (
            paired and a.marker in self.grammar.locative)] + group
        parties = unique([a for a in near if a.kind in kinds])
        owners = {a.entity for a in parties if self._instrument_owner(view, a, parties)}
        parties = [a for a in parties if a.entity not in owners]
        before = [a for a in parties if a in left and not a.marked]
        if len(before) >= 2 and _co_subjects(before, left, clause) and len(parties) > len(before):
            # "A and B will sign a declaration at the White House": the coordinated subjects
            # are the parties, not a name after the trigger
            parties = before
        compound = _compound_pair_before(view, hit.first) or (
            _compound_pair_before(view, hit.first - 1) if _modifier_word(view, hit.first - 1)
            else []) or (_adjective_pair_after(view, hit) if frame.fact else [])
        if compound and compound[0].entity != compound[1].entity:
            parties = compound  # "Chinese-Russian drills near the Japanese coast": the pair
        hit.why(parties, st.SYMMETRIC_PARTIES)
        agreeing = _clause_subjects(view, clause, hit.left, kinds) if (
            frame.fact and hit.agreed and not any(a.first < hit.first for a in parties)) else []
        if agreeing:  # "A and B agreed to upgrade ties to a partnership", "A and B agreed on a
            # treaty to end the C conflict": the parties of the agreeing
            parties = agreeing
            hit.why(parties, st.CO_SUBJECTS, "clause")
        if not parties:  # an apposition: the name just before the trigger's clause
            parties = [a for a in left if a.last == clause and a.kind in kinds][-1:]
            hit.why(parties, st.SYMMETRIC_PARTIES, "apposition")
        # the pair after "between" whoever proposes what is between them ("X proposed an
        # agreement between A and B")
        between, _ = self._between(view, hit, [a for a in left if a.first >= clause
                                               and a.kind in kinds],
                                   [a for a in right if a.kind in kinds], clause, True)
        if len(between) >= 2:  # "between A and B, C": the first with each of the others
            hit.why(between, st.BETWEEN)
            return [(between[0], p) for p in between[1:] if p.entity != between[0].entity]
        hosted = self._hosted_by_party(view, hit, parties, right, state.published)
        if hosted:
            hit.why([host for _, host in hosted[:1]], st.CO_SUBJECTS, "host venue")
            return hosted
        if len(parties) >= 3 and (_co_subjects(parties, left, clause) or (
                at_verb and self.grammar.verb_first and _unmarked_list(parties, group))):
            # "A, B and C signed a treaty", "وقّعت A وB وC اتفاقاً": every pair is party to it
            hit.why(parties, st.CO_SUBJECTS)
            return _every_pair(parties, state.focal)
        focal = next((a for a in parties if a.entity == state.focal), None)
        if focal is not None and parties == [focal] and focal.marker in self.grammar.comitative:
            focal = None  # "agreements with [focal]": a partner, the other side unnamed
        hub = last_group([a for a in parties if clause <= a.first < focal.first
                          and not a.marked and a.kind in frame.subject]) if (
            focal is not None and focal.marker in self.grammar.comitative) else []
        if hub:
            # "The EU signs an agreement with [focal], Peru and Mexico", "وقع الاتحاد الأوروبي
            # اتفاقية مع [focal]": the subject named nearest before "with" is the side each
            # partner after it takes, not the focal partner nor a name of an earlier clause
            # ("Peru protested as the EU signed a deal with [focal] and Ecuador")
            focal = hub[0]
            parties = [a for a in parties if a.first >= focal.first]
        elif focal is None:  # an object of an earlier trigger is not the subject of this one
            subjects = [a for a in left if a.first >= clause and not a.marked and a.kind in kinds
                        and id(a) not in view.consumed]
            # verb-first: its subjects right after it, or after a title or team noun
            # ("وقع فريقا التفاوض الإسرائيلي وحركة حماس")
            if not _nominal(hit, view):
                subjects += st.vso_subject(right, kinds, hit.last, frame.reach) if (
                    self.grammar.verb_first) else group_at(right, hit.last, kinds)
            subjects = [a for a in subjects if a.kind in frame.subject and a in parties]
            focal = subjects[0] if len(subjects) >= 2 or (subjects and len(parties) >= 2
                                                         and not subjects[0].marked) else None
            if focal is not None and len(parties) < 2:
                focal = None
        if focal is None and frame.fact and len(parties) == 1 and parties[0].resolution == (
                "adjective") and hit.first - 1 <= parties[0].first <= hit.last:
            return []  # "near the Ethiopian border": the text does not say whose border it is
        if focal is None:
            focal = self._fallback(state, hit)
        if focal is None or focal.entity in owners:
            return []  # nor is the instrument's owner a guessed party of it
        if not focal.implicit:
            self._carry(state, focal)
        return [(focal, p) for p in parties if p.entity != focal.entity and p.kind in kinds]

    def _partner_after(self, arg: Arg, right: list[Arg]) -> bool:
        """"وقّعت X في بكين اتفاقاً مع Y", "X signed in Beijing an accord with Y": a partner
        marked "with" after a name: that name, where the act took place, is no party."""
        return any(b.first > arg.last and b.marker in self.grammar.comitative for b in right)

    def _hosted_by_party(self, view: SentenceView, hit: Hit, parties: list[Arg],
                         right: list[Arg], on: str | None) -> list[tuple[Arg, Arg]]:
        """"عقدت مصر والأردن ودول مجلس التعاون اجتماعاً في العاصمة السعودية الرياض", "A, B
        and the GCC states hold a meeting in Riyadh, Saudi Arabia": a meeting whose venue,
        the first state named where it is held in its clause, is one of its parties or a
        member of a group among them is that state's: each other party meets its host (the
        visitor the source), as `_met_at_venue` leaves a host among the subjects to the
        directed reading ("meet in Riyadh, Saudi Arabia"); a venue none of them is stays no
        party ("A and B held a meeting in Istanbul, Turkey": A-B), nor is a state named in
        what the meeting discusses, past its venue, one ("لبحث الأوضاع في السعودية")."""
        if _act(hit.frame)[0] != "CONSULT" or len(parties) < 2:
            return []
        venue = next((a for a in right if a.first >= hit.last and a.kind == "state"
                      and _located(view, a)), None)
        # where it is held, right after it: not what it discusses ("لبحث الأوضاع في السعودية")
        if venue is None or venue in parties or not _nothing_but_venue(view, hit.last,
                                                                      venue.first):
            return []
        members = {m.entity for p in parties for m in st.expand_members(p, self.lexicon, on)}
        if venue.entity not in members:
            return []
        return [(p, venue) for p in parties if p.entity != venue.entity]

    def _ends_in_target_marker(self, view: SentenceView, hit: Hit) -> bool:
        """"(it) invested in an Israeli company": in a language whose subject comes first, a
        name right after a trigger that ends in one of its target markers is its object,
        never its subject."""
        markers = hit.frame.target_markers
        return bool(hit.frame.fact) and not self.grammar.verb_first and (
            view.word_at(hit.last - 1) in markers)

    def _subject_after_verb(self, view: SentenceView, hit: Hit, left: list[Arg],
                            clause: int) -> bool:
        """"وقع الاتحاد الأوروبي اتفاقية مع تونس": a verb-first trigger with no subject
        before it in its clause has its subject right after it, an organisation too (not the
        instrument signed, as after "X signed" or "وقعت X")."""
        return self.grammar.verb_first and not _nominal(hit, view) and not any(
            a.first >= clause and not a.marked and a.kind in hit.frame.subject for a in left)

    def _instrument_owner(self, view: SentenceView, arg: Arg, parties: list[Arg]) -> bool:
        """An organisation that names an instrument, right after its noun ("اتفاقية الأمم
        المتحدة لمكافحة الفساد": the UN's convention) or right before it ("a UN treaty
        signing ceremony"), is no party of it, unless a party is coordinated right after it
        ("اتفاق الاتحاد الأوروبي وتركيا": the EU and Turkey's deal) or it is the one side
        left to a partner marked after it ("The EU agreement with Chile": no other unmarked
        party; "Chile signed a UN treaty with Peru" keeps the UN out)."""
        if arg.kind in PARTY_KINDS or arg.marked or arg.coordinated or arg.implicit:
            return False
        if not (self._agreement_noun_at(view, arg.first - 1)
                or self._agreement_noun_at(view, arg.last)):
            return False  # no agreement noun beside it: nothing it names
        if any(b.marker in self.grammar.comitative and b.first > arg.last for b in parties) and (
                not any(b is not arg and not b.marked for b in parties)):
            return False  # "The NATO agreement with Finland": NATO is Finland's other side
        # "EU–Mercosur agreement", "اتفاق الاتحاد الأوروبي وتركيا": a pair; not one the noun
        # parts ("وقعت تشيلي اتفاقية الأمم المتحدة": Chile signed the UN's)
        return not any(
            b is not arg and not b.implicit and b.entity != arg.entity and _adjacent(b, arg)
            and not self._agreement_noun_at(view, _gap_word(b, arg))
            for b in parties + view.args)

    def _agreement_noun_at(self, view: SentenceView, k: int) -> bool:
        """The word at `k` alone reads as the noun of an agreement (frame key
        `instrument_noun`: "اتفاقية", "treaty"; not every frame whose fact is an agreement:
        a verb such as "وقع" names none)."""
        return 0 <= k < len(view.words) and any(
            cast(Frame, pattern.key).instrument_noun
            for _, _, pattern in self.frames.frames.find(view.words[k:k + 1]))

    def _verb_first_pair(self, view: SentenceView, hit: Hit, right: list[Arg],
                         kinds: frozenset[str]) -> bool:
        """"وقعت تشيلي وبيرو معاهدة في بوليفيا": two coordinated subjects right after a
        verb-first trigger are a pair named (a state after "في" is then a place)."""
        return self.grammar.verb_first and not _nominal(hit, view) and len(
            group_at(right, hit.last, kinds)) >= 2

    def _pair_before_place(self, view: SentenceView, hit: Hit, right: list[Arg],
                           kinds: frozenset[str]) -> bool:
        """"وقع فريقا التفاوض الإسرائيلي وحركة حماس في العاصمة القطرية الدوحة على اتفاق": a
        verb-first trigger's coordinated subjects, within its reach (a title or team noun
        before them), before a place its locative governs: the two are the pair."""
        if not self.grammar.verb_first or _nominal(hit, view):
            return False
        first = next((a for a in right if a.kind in kinds and not a.marked), None)
        if first is None or first.first - hit.last > hit.frame.reach:
            return False
        group = group_from(right, first, kinds)
        after = right[right.index(group[-1]) + 1:] if group else []
        return len({a.entity for a in group}) >= 2 and bool(after) and (
            after[0].marker in self.grammar.locative)

    def _co_subjects_with_partner(self, view: SentenceView, left: list[Arg], right: list[Arg],
                                  hit: Hit, clause: int) -> list[tuple[Arg, Arg]]:
        """"A and B signed an agreement with C", "وقعت A وB اتفاقية مع C": coordinated
        subjects of a symmetric act with a comitative ("with") partner each take the partner,
        not each other (with no partner, "A and B signed an agreement" stays A-B)."""
        frame = hit.frame
        kinds = frame.subject | frame.object
        subjects = [a for a in left if a.first >= clause and not a.marked and a.kind in kinds]
        if not (len(subjects) >= 2 and _co_subjects(subjects, left, clause)):
            verb_first = self.grammar.verb_first and not _nominal(hit, view)
            first = next((a for a in right if a.kind in kinds), None)
            subjects = group_from(right, first, kinds) if verb_first and first and not (
                first.marked) and _gap_to_subject(view, hit, first) <= frame.reach else []
        if len(subjects) < 2 or any(a.kind not in frame.subject for a in subjects):
            return []
        start = max(hit.last, subjects[-1].last)
        with_markers = self.grammar.comitative - self.grammar.between
        partner = next((a for a in right if a.first >= start and a.marker in with_markers
                        and a.first - start <= WITH_REACH), None)
        # "with Japanese support": a state's adjective after "with" names no partner
        if partner is None or partner.kind not in frame.object or (
                partner.resolution == "adjective"):
            return []
        partners = group_from(right, partner, frame.object)
        hit.why(subjects, st.CO_SUBJECTS, "with")
        hit.why(partners, st.SYMMETRIC_PARTIES, "with")
        return [(s, p) for s in subjects for p in partners if s.entity != p.entity]

    def _owner_with_partner(self, view: SentenceView, hit: Hit,
                            right: list[Arg]) -> list[tuple[Arg, Arg]]:
        """"طردت X دبلوماسيا ... بعد تعاونها مع Y": a symmetric noun whose possessive suffix
        points back (`owner_before`) is its owner's act with the partner right after it; the
        owner is the nearest subject or object before it, in the reported content when it
        stands in one ("انتقدت A B بسبب تعاونها مع C": B's; a name or an adjective that
        qualifies a noun, "دبلوماسيا بوليفيا", owns nothing), never a name further on."""
        frame, suffixes = hit.frame, self.grammar.possessives
        if not (frame.owner_before and suffixes and hit.head[0].endswith(suffixes)):
            return []
        partner = next((a for a in right if a.kind in frame.object
                        and a.first - hit.last <= WITH_REACH), None)
        content = st.speech_content_start(view, self.speech_verbs, self.complementizers)
        start = content if content is not None and content <= hit.first else 0
        owner = next((a for a in reversed(view.args) if start <= a.first and a.last <= hit.first
                      and not a.marked and a.kind in frame.subject
                      and a.resolution != "adjective" and _clause_actor(view, a, start)), None)
        if partner is None or owner is None:
            return []
        hit.why(owner, st.SVO_SUBJECT, "owner")
        partners = group_from(right, partner, frame.object)
        hit.why(partners, st.SYMMETRIC_PARTIES, "with")
        return [(owner, p) for p in partners if p.entity != owner.entity]

    def _directed(self, view: SentenceView, left: list[Arg], right: list[Arg], hit: Hit,
                  clause: int, state: DocState) -> list[tuple[Arg, Arg]]:
        answered = self._answered_request(view, hit, clause)
        if answered:
            hit.why(answered[0][0], st.SVO_SUBJECT, "requester")
            hit.why([asked for _, asked in answered], st.DIRECT_OBJECT, "answering subject")
            return answered
        frame = hit.frame
        target_markers = frame.target_markers
        agent_markers = frame.agent_markers
        # When subject and object kinds differ, the kind alone tells them apart.
        any_marking = not (frame.subject & frame.object)
        if frame.genitive_patient:  # "a Ukrainian national's extradition": handed over
            left = [a for a in left if not _patient_owner(view, hit, a)]
        subject = self._subject_before(left, frame, clause, any_marking,
                                       self.grammar.comitative)
        if subject is not None and _noun_with_own_doer(view, hit, right, frame):
            subject = None  # "وقال X خلال استضافة Y لقمة ...": Y hosts, not X
        if subject is not None and _people_before_adjunct(view, hit, subject, state):
            subject = None  # "wounding 58 X with gunfire": the counted people are the victims
        how = st.SVO_SUBJECT
        if subject is not None and frame.voice != "passive":
            # "Iran releases a tanker after seizing it", "X seizes a tanker off the coast of
            # Y after previously seizing another": the gerund after a conjunction is the
            # main clause's act, not one of the name closest before it
            opener = st.adjunct_opener(view, hit.first)
            if opener is not None and subject.last <= opener:
                main = st.adjunct_subject(view, hit.first, frame.subject, [], opener)
                if main and main[0].last <= opener:
                    subject, how = main[0], st.ADJUNCT_SUBJECT
        if subject is None and st.pro_drop_relative(view, hit.first, hit.last):
            subject, how = st.pro_drop_opening(view, hit.first, frame.subject), st.PRO_DROP_SUBJECT
        elif subject is None and not self._subject_in_gap(hit, right):
            subject, how = st.relative_antecedent(view, clause, hit.first,
                                                  frame.subject), st.RELATIVE_ANTECEDENT
        subjects = last_group([a for a in left if a.last <= subject.last
                                and a.kind in frame.subject]) if subject else []
        if subject is not None and how == st.PRO_DROP_SUBJECT:
            subjects = [subject]  # the sentence's opening name, outside the relative's clause
        if subject is not None and self._verb_before_object(view, hit, state, subject):
            subjects, how = list(state.verb_subjects[1]), st.COORDINATED_VERB
        marked_subject = [a for a in right if frame.subject_marker
                          and a.marker == frame.subject_marker and a.kind in frame.subject]
        agents = [a for a in right if a.kind in frame.subject and (
            a.agent or (agent_markers and st.governed_by(view, a, agent_markers))
            or _national_agent(view, hit, a))]
        genitive = None
        if not subjects and target_markers and not marked_subject and (
                not frame.genitive_patient) and not _finite_verb(view, hit):
            # a doer named right after its noun with no linking word is Arabic's construct
            # ("قصف إسرائيل لغزة"); in English such a name is the trigger's object ("militias
            # attacked American forces in Iraq", "airstrikes kill al-Shabaab insurgents in
            # Somalia"): only one after a genitive link ("of", `genitive_links`) is a doer
            genitive = st.verbal_noun_genitive(view, right, hit.last, frame.subject,
                                               frame.object, target_markers,
                                               self.grammar.genitive_links)
        if agents and agents[0].first == hit.last and agents[0].agent:
            subjects = []  # "بقصف إسرائيلي": the doer right after the act, not the name before
        # "اعترضت X صاروخا أطلقته Y": where the one acted on names the act (the missile Y
        # sent at X), the relative clause after its noun names the sender, the frame's guest
        sender = event_nouns.relative_doer(view, hit, frame.object) if (
            frame.guest_is_source) else None
        doers = [] if sender is not None else (
            hit.noun_doers or event_nouns.event_doers(view, hit, frame.subject))
        if doers and not marked_subject:  # "الغارة الإسرائيلية": the noun's doer
            subjects, how = doers, event_nouns.EVENT_DOER
        # "received aid from both A and B": a trigger that ends on its own giver marker
        # names its giver after it, never before it (the one before is its receiver); none
        # named after it leaves the giver unknown ("aid from an American-funded centre")
        ends_on_giver = not marked_subject and bool(frame.subject_marker) and (
            _ends_in_marker(view, hit, (frame.subject_marker,)))
        if marked_subject:  # the holder after a marker ("handed the chair to X")
            subjects, how = group_from(right, marked_subject[0], frame.subject), \
                st.SUBJECT_MARKER
        elif subjects:
            subjects = self._purpose_giver(view, hit, left, subjects, clause)
        elif genitive:
            subjects, how = genitive[0], st.GENITIVE
        elif agents and not self._coordinated_verb(view, hit, state):
            # "founded by X and Y"; not "... and denies the truce announced by X": the
            # coordinated verb's subject is the one before
            subjects, how = group_from(right, agents[0], frame.subject), st.PASSIVE_AGENT
        elif frame.all_subjects:  # "comprises A and B"
            subjects = [a for a in right if a.kind in frame.subject and not a.between]
            how = st.ALL_SUBJECTS
        if subjects and self._new_verb_clause(view, hit, right, frame):
            # "and-verb NAME ...": a coordinated verb opens its own verb-first clause
            subjects, how = group_from(right, right[0], frame.subject), st.VSO_SUBJECT
        if not subjects and self._coordinated_verb(view, hit, state):
            subjects, how = state.verb_subjects[1], st.COORDINATED_VERB
        if not subjects and not _nominal(hit, view):
            main = state.verb_subjects[1] if state.verb_subjects[0] == view.index else []
            subjects = st.adjunct_subject(view, hit.first, frame.subject, main)
            how = st.ADJUNCT_SUBJECT if subjects else how
        if not subjects and not self.grammar.verb_first:
            subjects, how = self._apposed_head(view, hit, frame.subject), st.SVO_SUBJECT
        apposed = not subjects and not self.grammar.verb_first and not _nominal(hit, view)
        if apposed:  # "X, the Kenyan envoy to Y, resigned": the state the office serves
            subjects = _title_owner(view, hit, frame.subject)
            apposed = bool(subjects)
        if not subjects and self._infinitive(view, hit):
            subjects = _possessor(view, hit.first - 1, frame.subject)
        if not subjects:
            subjects = _fronted_meeting_holders(view, hit, frame.subject)
            how = st.ADJUNCT_SUBJECT if subjects else how
        if hit.first_person and hit.first in view.quoted:
            # 'X said: "نطالب Y بـ..."': the verb's own person is its subject, the speaker,
            # never the name after it (none when the quotation's speaker is not known)
            speaker = view.quote_speaker
            if speaker is None or speaker.kind not in frame.subject:
                return []
            subjects, how = [speaker], st.QUOTED_SPEAKER
        if ends_on_giver or (not subjects and not _possessed(hit, view) and (
                not self._infinitive(view, hit)) and (
                not self._ends_in_target_marker(view, hit)) and not hit.after_passive and (
                not _subject_is_pronoun(view, hit))):
            after = right if self.grammar.verb_first else st.in_clause(
                view, hit.last, [a for a in right if a.first >= hit.last])
            # "In response to the arrest, two Mali diplomats are expelled": where subjects
            # stand before their verb, a name after a comma stands in another clause
            # "أدان وزيرا خارجية كل من X وY": the office nouns before the states are no
            # words between the verb and its subject, as a count's are not
            office = event_nouns.office_heads(
                view, hit.last, min(len(view.words), hit.last + frame.reach + OFFICE_WORDS))
            subjects = st.vso_subject(after, frame.subject, hit.last, frame.reach,
                                      any_marking, self.grammar.comitative,
                                      view.counted | office)
            how = st.VSO_SUBJECT
            if frame.fact == "member_of" and _body_joined(subjects, after, frame):
                subjects = []
            if not subjects and self.grammar.verb_first:
                subjects = _member_subject(view, hit, after, frame.subject)
            if _patient_nationality(view, hit, subjects) or _object_modifier(view, subjects):
                subjects = []  # "ترحيل طالبة فلسطينية": the nationality of the deported
            if self.grammar.verb_first and _unnamed_doers(view, hit):
                return []  # "هاجم مسلحون مجهولون منجما صينيا": unnamed gunmen attack
            if ends_on_giver and not subjects:
                return []  # no giver after "aid from": none before it either
        if not subjects and frame.sides_only and self._noun_subject_before(view, hit):
            return []  # "said that 10,000 aid trucks entered Gaza": trucks enter, no side
        if not subjects and not hit.pledger and hit.speaker is not None and (
                hit.speaker.kind in frame.subject) and (
                not frame.fact or frame.fact in SPOKEN_FACTS):
            # "A announced that B committed to donate ...": the pledger gives, not A
            subjects, how = [hit.speaker], st.SPEAKER
        if frame.sides_only and subjects and all(
                (a.resolution == "adjective" or a.person is not None)
                and not _side_noun_after(view, a) for a in subjects):
            # "A French suspect surrendered to Belgian police", "the Egyptian president
            # entered the city of Rafah": a person, no side
            return []
        if frame.fact == "member_of" and not frame.object_is_subject:
            # (a body that suspends a membership is its subject by right)
            subjects, how = _chained_members(view, state, subjects, how)
        bought = self._company_after(view, hit, right) if frame.company_object else None
        if frame.owned_noun:
            subjects = self._buyer(view, hit, right, subjects, bought)
        seat = _seat_clause(view, hit) if frame.seat_nouns else None
        inside = [a for a in view.args if seat and _in_seat_clause(seat, hit, a)
                  and a.kind in frame.subject and not a.implicit]
        if inside:  # "Y التي تستضيف X مقرها", "Y, whose seat X hosts": X, not a name before Y
            subjects, how = inside[:1], st.VSO_SUBJECT
        hit.why(subjects, how)
        subject_how = how
        if subjects and not _nominal(hit, view) and (how in (
                st.SVO_SUBJECT, st.COORDINATED_VERB) or (
                how == st.VSO_SUBJECT and self.grammar.verb_first)):
            state.verb_subjects = (view.index, subjects)
            state.verb_subjects_end = hit.last
            if how == st.COORDINATED_VERB:
                state.coordinated_verb = (view.index, hit.last)
        reciprocal = self._reciprocal(view, hit, subjects)
        if reciprocal:
            return reciprocal
        taken: set[str | None] = {a.entity for a in subjects} or {state.carried or state.focal}
        # a company's own state is no party of its fact ("Russian company X holds ...")
        homes = {self._home_state(a) for a in subjects} if frame.fact else set()
        located = self._located_with(right, taken)
        asked = _asked_stretch(view, hit) if frame.unmarked_objects else None
        candidates = [a for a in right if a.kind in frame.object
                      and a.entity not in taken | homes and id(a) not in located
                      and not a.between and a.marker not in self.grammar.vicinity
                      and not (frame.head_object and a.marked
                               and a.marker not in frame.target_markers)
                      and not (frame.unmarked_objects and a.marker in self.grammar.indirect
                               and not _inside_asked(asked, a))]
        candidates = _past_origin(view, hit, candidates)
        objects: list[Arg] = []
        adjacent = self._adjacent_object(view, hit, candidates, subjects) or (
            self._member_object(view, hit, candidates))
        object_start = _past_subjects(hit, subjects)
        # "أوقفت المحكمة في X تسليم Y إلى Z": a trigger may end on the transfer noun itself
        # (looked at only then, not for every refusal)
        receiver = (st.transfer_receiver(view, object_start, frame.object) or (
            st.transfer_receiver(view, hit.last - 1, frame.object) if _reads_as(
                view.words[hit.last - 1], self.grammar.transfer_nouns) else [])) if (
            frame.event or {}).get("type") in RECEIVING_TYPES else []
        acted_on = [a for a in state.hostile_objects[1] if a.entity not in taken] if (
            frame.act_target and state.hostile_objects[0] == view.index) else []
        # "X said Y violated its airspace after Z asked for help": the possessive inside the
        # trigger names its object, before any name after it
        owner = _possessor_before(view, hit, subjects[0]) if (
            frame.possessor_before and subjects) else None
        bought_home = self._home_state(bought) if bought is not None else ""
        seat_owner = _seat_owner(view, hit, seat[0], taken) if seat else None
        if seat_owner is not None:  # "Y, whose secretariat it hosts": Y
            objects, how = [seat_owner], st.RELATIVE_ANTECEDENT
        elif frame.company_object:  # "acquisition of S-400 systems from Russia": none
            objects = [] if bought is None else [bought] if bought.kind == "state" and (
                bought.entity not in taken | homes) else self._company_state(
                bought, bought_home, taken | homes)
            how = st.COMPANY_STATE
        elif owner is not None:
            objects, how = [owner], st.REFERENCE
        elif sender is not None and sender.entity not in taken:
            objects, how = group_from(right, sender, frame.object), event_nouns.EVENT_DOER
        elif acted_on:
            objects, how = acted_on, st.ACT_TARGET
        elif hit.event_doers and hit.event_doers[0].entity not in taken:
            objects, how = hit.event_doers, event_nouns.STANCE_ON_EVENT
        elif genitive:
            objects, how = genitive[1], st.GENITIVE
        elif receiver:
            objects, how = receiver, st.RECEIVER
        elif adjacent:  # "accused Israel of ... against X": the verb's own object first
            objects, how = group_from(candidates, adjacent, frame.object), st.DIRECT_OBJECT
        elif target_markers:  # a marked target is never the subject carried over
            named: set[str | None] = {a.entity for a in subjects}
            objects = st.object_by_marker(view, [a for a in right if a.kind in frame.object
                                                 and a.entity not in named and not a.between],
                                          frame.object, target_markers, named)
            how = st.OBJECT_BY_MARKER
        if frame.fact in GROUP_AFTER:
            objects = _received_groups(view, objects, target_markers)
        if not objects and frame.fact in PLACE_OBJECT:
            # "ينقل مساعدات إلى قطاع غزة ... العسكريين الإسرائيليين": a place marked as the
            # target right after the trigger is the receiver before any name further on
            objects = self._place_actor(view, hit, right, taken, MARKED_PLACE_REACH)
            if objects:
                how = st.PLACE
        if not objects and not frame.marked_objects and not frame.company_object:
            if self._domestic_act(frame):  # "arrested 70 people, ... in X": X is no object
                candidates = st.near_people(view, object_start, st.before_relative(
                    view, object_start, st.in_clause(view, hit.last, candidates)),
                    prisoners=frame.punishment)
                if subjects and self._domestic(frame, subjects, []) and (
                        _act(frame)[0] not in CAUSE_TARGETS):
                    # "arrested X following an indictment in Y": Y is no object
                    candidates = st.before_adjunct(view, object_start, candidates,
                                                   event_nouns.act_adjuncts(self.grammar))
            elif hit.pledger:  # "... to X for aid, while Y pledged ...": Y is not the receiver
                candidates = [a for a in candidates
                              if view.clause_start(a.first, through_brackets=True) <= hit.first]
            if _act(frame)[0] == "CONSULT":  # "اجتمع X لبحث الحرب في Y": Y is the topic
                candidates = st.before_topic(view, object_start, candidates)
            if frame.fact in GROUP_AFTER:  # "weapons to fight the Houthis in Yemen"
                candidates = _received_groups(view, candidates, target_markers)
            if frame.fact in GIVING_FACTS:  # "aid from X via UNICEF": UNICEF passes it on
                candidates = [a for a in candidates if not st.governed_by(
                    view, a, self.grammar.intermediary_markers)]
            objects = st.direct_object(candidates, prefer_unmarked=any_marking)
            how = st.DIRECT_OBJECT
        nationals = []
        if not objects and self._domestic_act(frame):
            objects = nationals = _nationals(view, hit, frame.object, taken)
            how = st.DIRECT_OBJECT
        pronoun_first = bool(objects) and self._pronoun_first(view, hit, objects)
        if state.objects[0] == view.index and not frame.company_object and (
                not objects or pronoun_first):
            named = {a.entity for a in subjects}
            earlier = [a for a in state.objects[1]
                       if a.entity not in named and a.kind in frame.object]
            objects = st.pronoun_object(view, hit.first, hit.last, earlier)
            how = st.PRONOUN_OBJECT
            shared = self._object_shared(view, hit, frame)
            if not objects and shared and self._clitic_object(view, hit):
                objects = earlier  # "ودعتها إلى", "accused it of": the object before
            if not objects and shared and subject_how == st.COORDINATED_VERB and (
                    _finite_verb(view, hit)) and all(
                    a.first >= s.last for a in earlier for s in subjects) and not (
                    self._asks_its_own(view, hit, subjects[0])):
                # the object the verb before took after its subject, not a name before it
                objects, how = earlier, st.COORDINATED_OBJECT
        elif pronoun_first and not frame.company_object:
            # "accused him of helping Colombian rebels": the pronoun is its object, whom the
            # sentence names nowhere before; the names of the charge are none of it
            objects, how = [], st.PRONOUN_OBJECT
        if not objects and not frame.guest_is_source and not frame.act_target and (
                not frame.objects_after) and not frame.company_object and not (
                self._domestic_act(frame) and st.people_object(view, object_start)) and not (
                self._asks_its_own(view, hit, subjects[0] if subjects else None)):
            # a host receives the guest named after the verb, not one named before it; the
            # grounds of an act accuse none but the target of an act of conflict
            before = [a for a in left if a.kind in frame.object
                      and a.entity not in {s.entity for s in subjects} | homes
                      and not (apposed and a.last <= clause)
                      and not (a.kind == "armed_group" and frame.fact in GROUP_AFTER)]
            if _act(frame)[0] not in LOCATED_TARGET:
                # a name that says where ("talks in Istanbul, Turkey, after X threatened",
                # "مواقع لحزب الله في لبنان، زاعماً") gives way to one that does not; where a
                # meeting is held ("meet in Abu Dhabi, UAE, for peace talks") hosts none of it
                unlocated = [a for a in before if not _located(view, a)]
                before = unlocated if unlocated or _act(frame)[0] == "CONSULT" else before
            if not _points_back(view, hit) and _clause_predicate(view, hit):
                before = st.in_subject_clause(
                    view, hit.first, self.grammar.verb_first and not _nominal(hit, view),
                    subjects, before)
            objects, how = st.object_before(before), st.OBJECT_BEFORE
            placed = self._place_object(view, hit, right, taken) if objects else []
            if placed:  # "قرار إسرائيل اجتياح مدينة غزة": the place it is done to, not a name
                objects, how = placed, st.PLACE  # before it
        if not objects and (frame.event or {}).get("type") == "ASSAULT":
            # its victims named before it ("were killed in Israeli airstrikes"), else in the
            # deaths it caused ("، ما أسفر عن مقتل 19 مقاتلًا من X")
            objects, how = (hit.victims, st.VICTIMS) if hit.victims else (
                st.result_victims(view, hit.last, frame.object, taken), st.RESULT_VICTIMS)
            if not objects:
                objects = self._loss_place(view, hit, {a.entity for a in subjects})
                how = st.PLACE
            if not objects and subjects and _national_agent(view, hit, subjects[0]):
                # "a stabbing attack by an Algerian man in Mulhouse, France": nationals
                # attack the state where they strike, as "X stabs seven people in Y" does
                objects = self._national_attack_place(view, hit, right, subjects)
        if objects and _act(frame)[0] in LOCATED_TARGET:
            # "airstrikes kill al-Shabaab insurgents in central Somalia", "غارة في شمال سوريا
            # أسفرت عن مقتل قيادي في تنظيم داعش": the state that says where gives way to the
            # armed group named after the act
            group = _group_over_place(view, hit, objects, taken)
            if group:
                objects, how = group, st.GROUP_OVER_PLACE
        if frame.fact in REPEATED_MARKER_FACTS and objects and not objects[-1].implicit:
            objects = objects + _repeated_marker_bodies(view, objects[-1], frame.object)
        if frame.fact == "aid_to":
            # "funded through seized Russian assets", "للأصول الروسية المجمدة": the owner of
            # assets named in the sentence receives none of its aid (_owns_assets)
            objects = [a for a in objects if not _owns_assets(view, a)]
        hit.why(objects, how, "possessor" if owner is not None else "")
        if objects and not all(a.implicit for a in objects):
            state.objects = (view.index, objects)
            if _conflictual(frame):
                state.hostile_objects = state.objects
        if not objects and frame.replies and subjects:
            objects = self._answered(state, subjects[0])
            hit.why(objects, st.REPLY_TARGET)
        if not objects and frame.addressee_before and subjects and (
                state.objects[0] == view.index - 1) and not self._addresses_own(
                view, hit, subjects[0]):
            named = {a.entity for a in subjects}
            objects = [_from_before(a) for a in state.objects[1] if a.entity not in named]
            hit.why(objects, st.ADDRESSEE_BEFORE)
        if not subjects and hit.pledger:  # "X pledged EUR 2 billion to Y for aid": X's aid
            subjects = hit.pledger
            hit.why(subjects, st.PLEDGER)
        if frame.doer_in_trigger and subjects and all(
                a.kind == "state" and a.last <= hit.first for a in subjects):
            # "Kenyan fans clashed with police in Kampala": the state named before the
            # trigger is that of the people the police clash with, not the police's
            objects = list(subjects)
            subjects = []
            hit.why(objects, st.DIRECT_OBJECT, "people clashing with the police")
        if not subjects and frame.doer_in_trigger:
            # "clash with police": the police of the state where it happened, else of the
            # one the text is about, never a subject carried from the sentence before; no
            # crowd named ("gunmen clashed with security forces"): no state guessed
            subjects = self._trigger_organ(view, hit, right, taken, state)
            people = [a for a in left if a.kind == "state" and subjects
                      and a.entity != subjects[0].entity]
            if people and all(subjects[0].entity == o.entity for o in objects):
                # "Farmers from Laos clash with Thai security forces": Thailand's forces
                # on the Laotians, not on its own people
                objects = people[-1:]
                hit.why(objects, st.OBJECT_BEFORE, "people clashing with the police")
        elif not subjects:
            fallback = self._fallback(state, hit)
            if fallback is not None and not state.carried and _unguessed_doer(view, hit):
                fallback = None
            if fallback is not None and _unknown_organisation_subject(view, hit,
                                                                    self.speech_verbs):
                fallback = None
            if fallback is not None and _relative_clause_act(view, hit):
                fallback = self._pro_drop_fallback(view, hit, fallback)
            if fallback is not None and _cause_of_act(view, hit, objects or self._place_actor(
                    view, hit, right, taken), fallback):
                fallback = None
            if fallback is not None and self._bare_organ(view, hit, clause):
                # "فتحت النيابة العامة تحقيقا": the prosecutors of the state whose organ the
                # sentence named before, else of the state it is about
                organ = next((a for a in reversed(view.args) if a.last <= hit.first
                              and a.resolution == "organ" and a.kind == "state"), None)
                if organ is not None:
                    fallback = implicit(organ.entity)
                elif self._organ_ambiguous(view.args, state):
                    fallback = None
                if fallback is not None:
                    fallback.resolution = "organ"
            subjects = [fallback] if fallback else []
        else:
            self._carry(state, subjects[0])
        if not objects and frame.fact in PLACE_OBJECT:  # "aid to Gaza" before the focal state
            objects = self._place_actor(view, hit, right, taken)
            hit.why(objects, st.PLACE)
        if not objects and frame.fact in IMPLICIT_OBJECT and state.focal and (
                not frame.company_object or (
                    bought is not None and bought.kind == "company"
                    and bought_home == bought.entity)):
            # a company bought whose state is not known is the focal state's; none bought, or
            # one of the buyer's own state, is no investment in it
            objects = [implicit(state.focal)]
            hit.why(objects, st.IMPLICIT_OBJECT)
        if not objects and _claimed_attack(frame) and state.focal:
            # "X claims responsibility for the attack": the attack the document reports,
            # done where the document is
            objects = [implicit(state.focal)]
            hit.why(objects, st.IMPLICIT_OBJECT, "claimed attack")
        if not objects and (frame.fact in IMPLICIT_ORG or multilateral(frame)):
            earlier = [a for a in view.args if a.kind == "organization" and a.last <= hit.first]
            org = earlier[-1].entity if earlier else self._org_for("", state)
            objects = [implicit(org, "organization")] if org else []
            hit.why(objects, st.IMPLICIT_ORG)
        if not objects and frame.event and not frame.fact and not multilateral(frame):
            objects = self._place_actor(view, hit, right, taken)
            hit.why(objects, st.PLACE)
            hit.place = objects[0].start if objects else -1
        if not objects and _withholding(frame):
            objects = self._withheld_place(view, hit, taken)
            hit.why(objects, st.PLACE, "withheld")
        if not objects and subjects:
            objects = self._insurgency_home(view, hit, subjects[0], taken, state)
            hit.why(objects, st.PLACE, "home of the armed group")
        if hit.land >= 0 and frame.territory_only:
            objects = self._in_land_phrase(view, hit, objects, taken)
        if frame.speaker_is_source and hit.speaker is not None:
            # "X said that Y must ...": X asks Y (the one who must act, else its object)
            actors = [a for a in subjects if not a.implicit and a.entity != hit.speaker.entity]
            objects, subjects = (actors or objects or subjects), [hit.speaker]
            hit.why(subjects, st.SPEAKER)
        if self._object_after_subject_after(hit, subjects, objects):
            return []
        if frame.joins_company and _joins_company(view, hit, subjects, state.dates):
            return []
        met = _met_at_venue(view, hit, subjects, objects, state.focal)
        if met:  # "A and B meet in Abu Dhabi, UAE": A meets B; the venue hosts no one
            hit.why([b for _, b in met], st.CO_SUBJECTS, "venue")
            return met
        if frame.fact == "aid_to":  # "frozen Russian assets will fund it": nor gives it
            subjects = [a for a in subjects if not _owns_assets(view, a)]
        pairs = [(s, o) for s in subjects for o in unique(objects) if o.entity != s.entity]
        pairs += _followers(view, hit, right, pairs)
        if frame.own_state_only and pairs:
            # "the US wants to remove Maduro from power": not its own official; "Chile
            # dismisses the government of Peru": a claim rejected, the other reading's
            if self._read_otherwise(view, hit):
                return self._directed(view, left, right, hit, clause, state)
            return []
        # "sentences twelve people, including five Chinese nationals", "sentences former
        # prime minister X and British MP Y": own people listed before the foreign nationals
        # chosen as the objects of a domestic act are acted on too
        nationals = nationals or (_foreign_people(view, objects, subjects) if (
            self._domestic_act(frame)) else [])
        if nationals and subjects and _own_people_listed(view, hit, nationals[0],
                                                         subjects[0].entity):
            own = implicit(subjects[0].entity, subjects[0].kind)
            hit.why(own, st.DOMESTIC, "listed with foreign nationals")
            pairs.append((subjects[0], own))
        own_named = [a for a in right if a.entity == subjects[0].entity] if subjects else []
        official = self._own_official(view, hit, subjects, own_named) if not pairs else None
        if official is not None:  # "Somali MPs urge President X to resign": SOM asks SOM
            hit.why(official, st.DOMESTIC, "official of the same state")
            return [(subjects[0], official)]
        if not pairs and subjects and (self._domestic(frame, subjects, objects or own_named) or (
                self._at_home(view, hit, subjects, objects or own_named))) and (
                _people_patient(view, hit)) and _people_after(view, hit, subjects[0]) and not (
                frame.people_after and self._fires_abroad(view, subjects[0])) and (
                not subjects[0].implicit or subjects[0].resolution == "organ" or any(
                    a.entity == subjects[0].entity for a in view.args if not a.implicit)):
            # an inferred actor acts on its own people only where the sentence names it
            if frame.casualties_only and not (st.by_organ(subjects[0]) or self._own_place_named(
                    view, subjects[0])):
                return []  # "killed in a US operation": abroad, unless police or army or
                # a place of its own name it at home
            abroad = self._act_abroad(view, hit, subjects[0])
            if abroad:  # "Israeli forces arrest 20 people in the West Bank": PSE's
                hit.why(abroad, st.PLACE, "abroad")
                return [(subjects[0], abroad[0])]
            campaign = self._same_campaign(view, hit, subjects[0], state)
            if campaign is not None:
                hit.why(campaign, st.IMPLICIT_OBJECT, "same campaign")
                return [(subjects[0], campaign)]
            if frame.never_domestic:  # done abroad only ("evacuation orders" at home protect)
                return []
            if _foreign_object(view, hit):  # "seized a foreign tanker": not its own
                return []
            if _claim_object(view, hit, subjects[0]) >= 0:  # "denies media reports": theirs
                return []
            joint = _joint_parties(hit, subjects, left, clause)
            if joint:  # "A and B begin a prisoner exchange": each does it to the other
                hit.why(joint[1:], st.CO_SUBJECTS, "joint")
                return _every_pair(joint, state.focal)
            own = implicit(subjects[0].entity, subjects[0].kind)
            hit.why(own, st.DOMESTIC)
            pairs = [(subjects[0], own)]
        return pairs

    def _same_campaign(self, view: SentenceView, hit: Hit, subject: Arg, state: DocState
                       ) -> Arg | None:
        """"Three Palestinians are killed in Israeli attacks in Gaza, ... one by gunfire in
        X": an attack whose doer attacked another in its sentence or the one before goes on
        hitting that other, not the doer's own people (the last such target)."""
        if _act(hit.frame)[0] != "ASSAULT":
            return None
        earlier = [e for e in state.result.events if e.event_type == "ASSAULT"
                   and e.source == subject.entity and e.target != subject.entity
                   and e.evidence and e.evidence[0].sentence >= view.index - 1]
        if not earlier or earlier[-1].target is None:
            return None
        entity = self.lexicon.entity(earlier[-1].target)
        return implicit(earlier[-1].target, entity.kind if entity is not None else "state")

    def _act_abroad(self, view: SentenceView, hit: Hit, subject: Arg) -> list[Arg]:
        """"arrest 20 people in the West Bank", "احتجزت ... في الضفة الغربية": an act a
        state does to its own people, done in a place (after a locative marker, in the act's
        clause) of another state, is done to that state."""
        if _act(hit.frame)[0] not in ABROAD_ACTS:
            return []
        start = _past_subjects(hit, [subject])
        after = [a for a in view.args if hit.last <= a.first and a.last <= hit.right and (
                 a.marker in self.grammar.locative or _where_done(view, a))
                 and a.kind in ("state", "place", "city")]
        after = st.before_adjunct(view, start, st.before_relative(view, start, st.in_clause(
            view, hit.last, after)), event_nouns.act_adjuncts(self.grammar))
        where = next(iter(after), None)
        if where is None:
            return []
        if where.kind == "state":
            return [where] if where.entity != subject.entity else []
        return self._as_place_state(where, {subject.entity})

    def _answered_request(self, view: SentenceView, hit: Hit, clause: int
                          ) -> list[tuple[Arg, Arg]]:
        """"Finland accepts Latvia's request to deploy ...", "قبلت فنلندا طلب لاتفيا": a
        request named by its requester (the possessor before the noun, or the genitive right
        after it) and taken up by an answer verb (`answer_verbs`) was made to that verb's
        subject; the names in what it asks for are not its parties."""
        g = self.grammar
        if _act(hit.frame)[0] != "REQUEST":
            return []
        verbs = [k for k in _words_of(view, g.answer_verbs, clause, hit.first)
                 if k not in view.masked]
        if not verbs:
            return []
        verb, kinds = verbs[-1], hit.frame.subject | hit.frame.object
        named = [a for a in view.args if not a.implicit and not a.marked and a.kind in kinds]
        if g.verb_first:
            after_verb = [a for a in named if verb < a.first and a.last <= hit.first]
            asked = group_from(after_verb, after_verb[0], kinds) if after_verb else []
            requester = next((a for a in named if a.first == hit.last), None)
        else:
            asked = last_group([a for a in named if clause <= a.first and a.last <= verb])
            requester = next((a for a in named if verb < a.first and a.last == hit.first
                              - _possessive_gap(view, a)), None)
        if requester is None:
            return []
        return [(requester, a) for a in unique(asked) if a.entity != requester.entity]

    def _object_after_subject_after(self, hit: Hit, subjects: list[Arg], objects: list[Arg]
                                    ) -> bool:
        """"governments condemn the Israeli military firing at ... Belgium": where the subject
        stands before its verb, a name after the trigger read as its subject (none before)
        is no doer of an act on another actor named after it too; only a nominal act done
        to a state's own ("the trial of X", "a general strike in X") reads its actor there."""
        if self.grammar.verb_first or not subjects or not objects:
            return False
        after = hit.via.get(id(subjects[0]), ("",))[0] == st.VSO_SUBJECT
        return after and any(o.first >= hit.last and o.entity != subjects[0].entity
                             for o in objects)

    @staticmethod
    def _addresses_own(view: SentenceView, hit: Hit, subject: Arg) -> bool:
        """"وحث رئيس الوزراء السكان على الإخلاء": an addressing trigger whose object names
        the subject's own people addresses no one of the sentence before."""
        start = subject.last if subject.first >= hit.last else hit.last
        return bool(st.own_addressee(view, start, subject,
                                     hit.frame.target_markers))

    @staticmethod
    def _asks_its_own(view: SentenceView, hit: Hit, subject: Arg | None) -> bool:
        """"... as Kenyan president X calls for a mobilisation of young men", "... and urges
        its residents to stay home": a request whose content is one a state asks of its own
        (`_own_request`), or whose object is a noun of its own people (no official named:
        `_official_addressed` reads those), asks no one named before its subject, nor the
        object of the verb before it ("رفضت X نشر قوات في Y، وحثت مواطنيها على"). With its
        subject not found yet (a coordinated verb whose first verb is no trigger: "أقرت
        حكومة X بسقوط المدينة في أيدي Y، وحثت سكانها على"), a noun of people right after
        it still says so."""
        start = hit.last if subject is None or subject.first < hit.last else subject.last
        if subject is not None and _own_request(view, hit, start, subject):
            return True
        named = any(start <= a.first <= start + 2 and a is not subject for a in view.args)
        return _act(hit.frame)[0] == "REQUEST" and not named and bool(
            st.own_addressee(view, start, subject, hit.frame.target_markers))

    def _infinitive(self, view: SentenceView, hit: Hit) -> bool:
        """"gathered in Berlin to protest against X and Y": a verb after the infinitive's
        "to" (data: `content_links`) in a language whose subject comes first has its subject
        before it, never among the names after it."""
        return not self.grammar.verb_first and not _nominal(hit, view) and hit.first > 0 and (
            view.word_at(hit.first - 1) in self.grammar.content_links)

    @staticmethod
    def _apposed_head(view: SentenceView, hit: Hit, kinds: frozenset[str]) -> list[Arg]:
        """"Pakistan, a key U.S. ally ..., has refused to ...", "X declares ..., and calls
        on ...": the name that opens the sentence is the subject of a verb whose clause
        names no one before it, when a comma closes that name (an apposition follows) or
        the verb's clause opens with a coordinator (a second predicate of the sentence)."""
        clause = _unnamed_later_clause(view, hit)
        if clause is None:
            return []
        head = next((a for a in view.args if not a.implicit), None)
        if head is None or head.first > 1 or head.marked or head.kind not in kinds or (
                head.last >= clause) or head.coordinated:
            return []
        if view.word_at(clause) in view.grammar.coordinators:
            return [head]
        following = [a for a in view.args if head.last <= a.first < clause]
        if not view.boundary[head.last] or (following and following[0].first == head.last):
            return []  # "Chile, Peru and ...": a list, not an apposition
        return [head]

    @staticmethod
    def _own_official(view: SentenceView, hit: Hit, subjects: list[Arg], own: list[Arg]
                      ) -> Arg | None:
        """An organ or official named as the doer and another official or organ of the same
        state named after the trigger in its clause: an act between the two (the MPs of a
        state urge its president, a court rejects a former president's petition)."""
        event = hit.frame.event or {}
        if not subjects or subjects[0].implicit or not st.by_organ(subjects[0]) or (
                event.get("type") not in OWN_OFFICIAL_TYPES):
            return None
        doer = subjects[0]
        titles = view.grammar.person_titles
        claim = _claim_object(view, hit, doer)

        def official(arg: Arg) -> bool:  # "Somali President X": the adjective and a title
            return st.by_organ(arg) or view.word_at(arg.last) in titles
        return next((a for a in st.in_clause(view, hit.last, own)
                     if official(a) and (a.person != doer.person or not a.person)
                     and a is not doer and not _in_claim_content(view, claim, a)), None)

    def _adjacent_object(self, view: SentenceView, hit: Hit, candidates: list[Arg],
                         subjects: list[Arg]) -> Arg | None:
        """The unmarked name right after a verb trigger (or after its verb-first subject):
        the verb's direct object, before any name a marker governs further on."""
        if _nominal(hit, view) or not candidates:
            return None
        end = _past_subjects(hit, subjects)
        first = candidates[0]
        # "sanctions 20 US companies", "expels two Russian diplomats": a count before the
        # object is no word between the verb and it
        gap = [view.word_at(k) for k in range(end, first.first)
               if k not in view.modifiers and not _count_word(view, k)]
        if gap and gap[0] in self.complementizers and (
                hit.frame.event or {}).get("type") in ADDRESSED_CONTENT:
            gap = gap[1:]  # "demanded that the US cancel ...": the US is asked
        if first.marked or len(gap) > 1 or any(w not in self.grammar.articles for w in gap):
            return None
        return first

    def _reciprocal(self, view: SentenceView, hit: Hit, subjects: list[Arg]
                    ) -> list[tuple[Arg, Arg]]:
        """"A and B accuse each other of ...", "both sides accuse the other", "كل طرف اتهم
        الآخر": a directed act whose object is a reciprocal phrase (grammar `reciprocals`)
        right after the trigger (or after its verb-first subjects) is done by each of its
        subjects to each other one. The subjects are two or more names, none a group's
        member states ("A and B, both NATO members, accused each other": A and B, the list
        that opens the sentence, when the apposition kept the subject search from them); a
        list coordinated after the phrase ("each other and the United States") is an
        object of each subject besides."""
        phrases = self.grammar.reciprocals
        if not phrases or hit.frame.fact:
            return []
        end = max(self._reciprocal_end(view, k)
                  for k in {hit.last, _past_subjects(hit, subjects)})
        if end < 0:
            return []
        if not subjects:
            subjects = _opening_list(view, hit)
        if len({a.entity for a in subjects}) < 2 or any(
                a.resolution in _GROUP_RESOLUTIONS or a.implicit for a in subjects):
            return []
        hit.why(subjects, st.COORDINATED, "reciprocal")
        pairs = [(s, o) for s in subjects for o in subjects if s.entity != o.entity]
        others = self._coordinated_after(view, hit, end)
        return pairs + [(s, o) for s in subjects for o in others if s.entity != o.entity]

    def _reciprocal_end(self, view: SentenceView, k: int) -> int:
        """The word after a reciprocal phrase that starts at word k, or -1 if none does; one
        that is also a determiner or an adjective ("the other", "الآخر": `open_reciprocals`)
        only before a word of `reciprocal_links`, a comma or the clause's end, never before a
        noun ("the other sanctions", "the other parties")."""
        phrase = st.phrase_at(view, k, self.grammar.reciprocals)
        if not phrase:
            return -1
        after = k + len(phrase.split())
        if phrase not in self.grammar.open_reciprocals or after >= len(view.words) or (
                view.boundary[after]):
            return after
        word = view.word_at(after)
        for link in self.grammar.reciprocal_links:
            if word == link or (link.endswith("*") and word.startswith(link[:-1])
                                and len(word) > len(link)):
                return after
        return -1

    def _coordinated_after(self, view: SentenceView, hit: Hit, end: int) -> list[Arg]:
        """"accused each other and the United States": the list a coordinator right after
        the reciprocal phrase (word `end`) opens, of the frame's object kinds."""
        if end >= len(view.words) or view.boundary[end] or (
                view.word_at(end) not in self.grammar.coordinators):
            return []
        found: list[Arg] = []
        for a in view.args:
            if a.first <= end or a.last > hit.right or a.kind not in hit.frame.object:
                continue
            if not found and any(view.word_at(k) not in self.grammar.articles
                                 for k in range(end + 1, a.first)):
                return []
            if found and not a.coordinated:
                break
            found.append(a)
        return found

    def _member_object(self, view: SentenceView, hit: Hit, candidates: list[Arg]
                       ) -> Arg | None:
        """"deported 200 alleged members of X to Y", "رحّلت ... 200 شخص يشتبه في انتمائهم إلى X
        إلى Y": the people a domestic act is done to, named in its clause as members of an
        armed group or a party (`member_nouns`, `affiliation_words`) before any other name,
        are that group: the verb's object, before a name its markers govern further on."""
        if not candidates or not self._domestic_act(hit.frame):
            return None
        first = candidates[0]
        if first.kind not in MEMBER_KINDS or first.first < hit.last or (
                view.clause_start(first.first) > hit.first):
            return None
        return first if _member_of(view, first) or _affiliated(view, first) else None

    def _noun_subject_before(self, view: SentenceView, hit: Hit) -> bool:
        """A finite verb whose own subject stands right before it, in its clause or after
        the complementizer that opens its content, as words that name no actor ("said that more than
        10,000 aid trucks entered Gaza", "أفاد بأن أكثر من ألف شاحنة مساعدات دخلت قطاع
        غزة"): that noun acts, not the speaker nor a subject carried from before (a subject
        pronoun or an auxiliary alone is no such noun: "said it had entered")."""
        if not _finite_verb(view, hit):
            return False
        start = view.clause_start(hit.first)
        opener = next((k for k in range(hit.first - 1, start - 1, -1) if _complementizer(
            view.word_at(k), self.complementizers, self.grammar.particle_pronouns)), None)
        start = start if opener is None else opener + 1
        skipped = self.grammar.subject_pronouns | _auxiliaries(self.grammar)
        return any(skipped.isdisjoint(view.words[k]) for k in range(start, hit.first)) and (
            not any(a.first < hit.first and a.last > start for a in view.args))

    def _coordinated_verb(self, view: SentenceView, hit: Hit, state: DocState) -> bool:
        """A trigger right after a coordinator ("and", a continuing proclitic) in the sentence
        of an earlier verb with a subject: it shares that subject."""
        return state.verb_subjects[0] == view.index and not _nominal(hit, view) and (
            _coordinated_after(view, hit.first)) and not _clause_opened_between(
            view, state.verb_subjects_end, hit.first)

    def _clitic_object(self, view: SentenceView, hit: Hit) -> bool:
        """"accused it of ...", "ودعتها إلى الانسحاب": a verb trigger whose object is a
        pronoun (data: `clitic_objects`, words right after the verb, not before a verb of
        their own or a word that shows it a subject, `predicate_starts`: "warned it would
        ..."; `resumptive_suffixes` on a finite verb's last word) stands for the objects of
        the sentence's act before it."""
        if _nominal(hit, view):
            return False
        g = self.grammar
        after = hit.last + 1
        if g.clitic_objects and hit.last < len(view.words) and not view.boundary[hit.last] and (
                not g.clitic_objects.isdisjoint(view.words[hit.last])):
            return after >= len(view.words) or view.boundary[after] or (
                view.word_at(after) not in clause_verbs(g) | g.predicate_starts)
        word = view.word_at(hit.first)
        return hit.last - hit.first == 1 and _finite_verb(view, hit) and (
            _ends_in_resumptive(g, word))

    def _object_shared(self, view: SentenceView, hit: Hit, frame: Frame) -> bool:
        """"X accused Y of ... and demanded the release of ...", "اتهمت X Y ... وطالبت
        بالإفراج", "..., accusing it of": a verbal act of conflict (asking, accusing,
        threatening, punishing; `SHARED_OBJECT_TYPES`) may be done to the object of the verb
        before it (`state.objects` of this sentence) when it names them by a pronoun, or, a
        finite verb coordinated with that one, names no one of its own; not an act done to
        people or things ("recaptured it": a town; "وأسرهم": also "their families")."""
        return _act(frame)[0] in SHARED_OBJECT_TYPES and not frame.fact

    def _verb_before_object(self, view: SentenceView, hit: Hit, state: DocState,
                            subject: Arg) -> bool:
        """"X expelled two Estonian diplomats and arrested ...", "طردت X دبلوماسيين إستونيين
        واعتقلت ...": the nearest name before a coordinated verb is the earlier verb's object
        (a nationality adjective, a name), or a name inside that object ("X bans Israeli
        ministers A and B from the country and calls on ...": the ministers A and B after
        their adjective); the verb shares the earlier verb's subject. Inside means in the
        same clause: "X bans Israeli ministers from entering, Y does the same and urges Z"
        (a comma or ";" between) keeps Y its subject."""
        if state.objects[0] != view.index:
            return False
        named = [o.first for o in state.objects[1] if not o.implicit]
        inside = bool(named) and min(named) <= subject.first and subject.last <= hit.first and (
            view.clause_start(subject.first) <= min(named))
        return (inside or any(o is subject for o in state.objects[1])) and (
            self._coordinated_verb(view, hit, state)
            or self._object_of_coordinated_verb(view, hit, state))

    def _object_of_coordinated_verb(self, view: SentenceView, hit: Hit,
                                    state: DocState) -> bool:
        """"X visited Y and promised further military support", "زار X Y ووعد بمزيد من
        الدعم": a trigger right after a coordinated verb trigger of its sentence (up to
        MODIFIERS_BEFORE_OBJECT words between, none a name, no boundary) is that verb's
        object; the verb's subject is its doer."""
        index, verb_end = state.coordinated_verb
        if index != view.index or not 0 <= hit.first - verb_end <= MODIFIERS_BEFORE_OBJECT:
            return False
        return not any(view.boundary[k] or view.arg_at(k) is not None
                       for k in range(verb_end, hit.first + 1))

    def _new_verb_clause(self, view: SentenceView, hit: Hit, right: list[Arg],
                         frame: Frame) -> bool:
        """A verb trigger with a continuing proclitic and an unmarked name right after it
        (a language with such proclitics): that name is its subject, not the one before."""
        prefixes = self.grammar.continuing_prefixes
        return bool(prefixes) and bool(right) and view.word_at(hit.first).startswith(
            prefixes) and not _nominal(hit, view) and right[0].first == hit.last and (
            not right[0].marked and right[0].kind in frame.subject and hit.last - hit.first == 1)

    def _domestic_named(self, view: SentenceView, hit: Hit, state: DocState
                        ) -> list[tuple[Arg, Arg]]:
        """"32 protesters were arrested", "students were detained by police" with no place
        after "in": a domestic act in the passive is done by the one state the sentence
        names, or, where it names none, by the document's focal state."""
        event = hit.frame.event or {}
        if hit.frame.fact or not st.domestic_target(event.get("type", ""), event.get("mode")):
            return []
        states = [a for a in view.args if a.kind == "state" and not a.implicit]
        # "was charged with spying for Israel", "وجهت إليه تهمة التجسس لصالح إسرائيل": a
        # state governed by a preposition after the act is in what it is about, no actor
        # (not the person the act is done to, governed by the trigger's own target marker
        # right after it: "أُلقي القبض على الرئيس البوليفي السابق X": X's state)
        named = {a.entity for a in states
                 if not _governed_after(view, hit, a) or _patient_person(view, hit, a)}
        # "One man was stabbed in Hamburg. A Syrian national is arrested", "وأُلقي القبض على
        # مواطنين جزائريين": the patient's nationality names the arrested, not who arrests
        # them, the state of the document's focus
        if len(named) == 1 and state.focal is not None and state.focal not in named:
            patient = _national(view, view.clause_start(hit.first), hit.right, STATE_KIND, (),
                                view.grammar.nationality_nouns)
            if patient is not None and named == {patient.entity}:
                named, states = set(), []
        focal = state.place_state or state.focal
        found = next(iter(named)) if len(named) == 1 else (focal if not states else None)
        if not found or not _people_patient(view, hit):
            return []
        own = implicit(found)
        hit.why(own, st.DOMESTIC, "named" if named else "focal")
        return [(own, _foreign_patient(view, hit, found) or own)]

    def _domestic_where(self, view: SentenceView, hit: Hit) -> list[tuple[Arg, Arg]]:
        """"500 people were detained in London": a domestic act in the passive with no agent
        named is done by the state where it happens, to its own people."""
        event = hit.frame.event or {}
        if hit.frame.fact or not st.domestic_target(event.get("type", ""), event.get("mode")):
            return []
        where = [a for a in view.args if hit.left <= a.first < hit.right
                 and a.marker in self.grammar.locative and a.kind in ("state", "place", "city")]
        for arg in where:
            state = arg.entity if arg.kind == "state" else self._place_state(arg.entity)
            if state:
                own = implicit(state)
                hit.why(own, st.DOMESTIC, f"place:{arg.entity}")
                return [(own, _foreign_patient(view, hit, state) or own)]
        return []

    def _national_attack_place(self, view: SentenceView, hit: Hit, right: list[Arg],
                               doers: list[Arg]) -> list[Arg]:
        """The state of the place a national's attack is said to happen in, after its doer
        and in the trigger's clause ("... by a Palestinian man in Afula, Israel")."""
        taken = {a.entity for a in doers}
        after = [a for a in st.in_clause(view, hit.last, right) if a.first >= doers[0].last
                 and a.entity not in taken]
        placed = self._place_actor(view, hit, after, taken)
        located = [a for a in after if a.marker in self.grammar.locative
                   and a.kind in hit.frame.object]
        return placed or st.direct_object(located, prefer_unmarked=False)

    def _place_actor(self, view: SentenceView, hit: Hit, right: list[Arg],
                     taken: set, within: int = -1) -> list[Arg]:
        """"strikes on Kyiv": with no actor named, a place in the trigger's clause stands
        for its state (`within` >= 0: only one that starts at most `within` words after the
        trigger, "ينقل مساعدات إلى قطاع غزة")."""
        markers = hit.frame.target_markers
        where = (hit.frame.event or {}).get("type") in LOCATED_TARGET
        for arg in right:
            if within >= 0 and arg.first > hit.last + within:
                break
            if arg.kind not in ("place", "city"):
                continue
            if arg.first == hit.land and (as_state := self._as_place_state(arg, taken)):
                return as_state  # "captured X, Kharkiv Oblast": the region X lies in
            if any(view.boundary[k] for k in range(hit.last, min(arg.first + 1,
                                                                 len(view.boundary)))):
                break  # a place in another clause ("..، بسبب الحرب على غزة") is no target
            # "في مدينة X": a town noun between the locative and the name, as "في X"
            if arg.marker in self.grammar.locative or _town_governed(
                    view, arg, tuple(self.grammar.locative)):
                if not where:
                    continue  # "in X" is where it happened, not whom it was done to
            elif not self._object_slot(view, hit, arg, right, taken) and not (
                    st.governed_by(view, arg, markers)) and (
                    not _town_governed(view, arg, markers)):
                continue  # the place must be the trigger's object or its marked target
            as_state = self._as_place_state(arg, taken)
            if as_state:
                return as_state
        return []

    def _place_object(self, view: SentenceView, hit: Hit, right: list[Arg], taken: set
                      ) -> list[Arg]:
        """A place of a forceful act standing in its object slot, as its state."""
        if not _conflictual(hit.frame) or hit.frame.fact:
            return []
        place = next((a for a in right if a.kind in ("place", "city")), None)
        if place is None or not self._object_slot(view, hit, place, right, taken):
            return []
        return self._as_place_state(place, taken)

    def _object_slot(self, view: SentenceView, hit: Hit, arg: Arg, right: list[Arg],
                     taken: set) -> bool:
        """The place stands where the trigger's object does: right after it, or after its
        verb-first subject, or behind the words of its own noun phrase (`place_nouns`:
        "shelled the city of Kharkiv", "قصفت روسيا مدينة خاركيف")."""
        k = hit.last
        for doer in right:  # "قصفت روسيا ...": the subject between the verb and its object
            if doer.first == k and doer.entity in taken:
                k = doer.last
            elif self.grammar.verb_first and doer is not arg and k < doer.first < arg.first and (
                    doer.entity in taken) and doer.first - k <= TITLE_PHRASE_GAP and not any(
                    view.boundary[i] for i in range(k, doer.first + 1)):
                # the subject's title phrase: "زار المبعوث الأمريكي (الخاص) (إلى الشرق
                # الأوسط) ستيف ويتكوف قطاع غزة": the words of the title and of what it is
                # to, then the holder's name, all stand before the object
                k = doer.last
        return arg.first - k <= 1 or _place_phrase(view, k, arg.first)

    def _withheld_place(self, view: SentenceView, hit: Hit, taken: set) -> list[Arg]:
        """"the food ran out in Gaza because of the Israeli blockade on aid": aid withheld
        with no one named is withheld from the state of the place the sentence names,
        before the trigger too (the nearest)."""
        places = sorted((a for a in view.args if a.kind in ("place", "city")),
                        key=lambda a: abs(a.first - hit.first))
        for arg in places:
            as_state = self._as_place_state(arg, taken)
            if as_state:
                return as_state
        return []

    def _insurgency_home(self, view: SentenceView, hit: Hit, doer: Arg, taken: set,
                         state: DocState) -> list[Arg]:
        """"M23 rebels killed 300 civilians", "people killed by TPNPB militants": force by an
        armed group on people that names no one else and no place is done in the state the
        group fights in (its lexicon state), when it fights only there (lexicon flag
        `fights_at_home`) or the document is about that state (`DocState.dominant`):
        "Hamas killed civilians" may be said of Israel; not when its sentence names another
        state ("hostages abducted by Hamas", said of Israelis recovered by Israeli forces).
        Force of a LOCATED_TARGET type only."""
        if (hit.frame.event or {}).get("type") not in LOCATED_TARGET:
            return []
        home = self._place_state(doer.entity) if doer.kind == "armed_group" else None
        if not home or home in taken:
            return []
        group = self.lexicon.entity(doer.entity)
        if group is None or not (group.extra.get("fights_at_home") or state.dominant == home):
            return []
        if any(a.kind == "state" and a.entity != home and not a.person for a in view.args):
            return []
        people = _names_people(view, view.clause_start(hit.first), hit,
                               _freed_nouns(view.grammar))
        return [implicit(home)] if people else []

    def _in_land_phrase(self, view: SentenceView, hit: Hit, objects: list[Arg],
                        taken: set) -> list[Arg]:
        """The targets of a taking read only with its land: those named in the land's own
        phrase (the land, the region it lies in, the side it is taken from), else the state
        the land lies in; never a state named in another clause ("M23 rebels enter the town
        of Kalehe, as thousands flee towards Rwanda": none) nor one guessed."""
        end = _land_phrase_end(view, hit.land)
        kept = [o for o in objects if not o.implicit and hit.last <= o.first < end]
        if kept:
            return kept
        places = [a for a in view.args if hit.last <= a.first < end
                  and a.kind in ("place", "city")]
        kept = self._as_place_state(places[-1], taken) if places else []
        hit.why(kept, st.PLACE, "land taken")
        return kept

    def _as_place_state(self, arg: Arg, taken: set) -> list[Arg]:
        """A place's argument as the state it lies in (none when it lies in none, or that
        state is taken)."""
        owner = self._place_state(arg.entity)
        if owner and owner not in taken:
            return [replace(arg, entity=owner, kind="state", resolution=f"place:{arg.entity}")]
        return []

    def _fires_abroad(self, view: SentenceView, subject: Arg) -> bool:
        """"Indian troops opened fire across the border", "فتح جنود أمريكيون النار على قارب في
        البحر الكاريبي": a sentence that names a frontier (`frontier_words`) or a place, where
        it is done, of a state other than the doer's puts the fire abroad, not on its own
        people."""
        g = self.grammar
        if any(not g.frontier_words.isdisjoint(w) for w in view.words):
            return True
        return any(a.kind in ("state", "place", "city") and (
            a.marker in g.locative or _where_done(view, a)) and self._arg_state(a) not in (
            None, subject.entity) for a in view.args)

    def _own_place_named(self, view: SentenceView, subject: Arg) -> bool:
        """The sentence names the subject's own state as a place: by name behind a locative,
        or by a place that lies in it ("in Dagestan", "in Sherani District, Pakistan")."""
        return any(self._arg_state(arg) == subject.entity and (
            arg.kind != "state" or arg.marker in self.grammar.locative) for arg in view.args)

    def _arg_state(self, arg: Arg) -> str | None:
        """The state an argument names: a state itself, a place the state it lies in."""
        if arg.kind in ("place", "city"):
            return self._place_state(arg.entity)
        return arg.entity if arg.kind == "state" else None

    def _taking(self, view: SentenceView, text: str, frame: Frame, first: int, last: int,
                tokens: Sequence[str]) -> tuple[Frame, int] | None:
        """A trigger of taking (a frame with `territory_event` or `territory_only`) that ends
        before word `last`: its frame, with its territory event when what it takes is land,
        and the word after the land's name (-1: no land); None when a `territory_only` one
        is no act: it takes no land ("took part", "liberated the hostages") or no one takes
        it ("It took Kharkiv months to restore power")."""
        land = _land_taken(view, text, last, self._state_region)
        if land < 0:
            return None if frame.territory_only else (frame, land)
        if frame.territory_only and not self._taker_before(view, frame, first, tokens):
            return None
        return replace(frame, event=frame.territory_event or frame.event), land

    def _taker_before(self, view: SentenceView, frame: Frame, first: int,
                      tokens: Sequence[str]) -> bool:
        """A verb of taking land read alone (its nouns are read with "of") whose subject
        stands before it (not verb first) has an actor for subject in its clause ("Russian
        forces took X"; not "It took Kharkiv months to restore power")."""
        if self.grammar.verb_first or len(tokens) > 1:
            return True
        clause = view.clause_start(first)
        return any(clause <= a.first and a.last <= first and a.kind in frame.subject
                   for a in view.args)

    def _state_region(self, arg: Arg) -> bool:
        """A region of the lexicon that lies in a state (not a city, a sea or a strait)."""
        return arg.kind == "place" and self._place_state(arg.entity) is not None

    def _place_state(self, place_id: str) -> str | None:
        """The state a place of the lexicon lies in."""
        return getattr(self.lexicon.entity(place_id), "state", None)

    @staticmethod
    def _domestic_act(frame: Frame) -> bool:
        """An event a state may do to its own people (the ontology's `domestic`)."""
        event = frame.event
        return event is not None and not frame.fact and (
            frame.always_domestic or st.domestic_target(event.get("type", ""), event.get("mode")))

    @staticmethod
    def _domestic(frame: Frame, subjects: list[Arg], objects: list[Arg]) -> bool:
        """An event a state does to its own people, with no other target named."""
        event = frame.event
        # "the state of X sues the Y administration": an official of the same state named as
        # the target makes it an act within the state, as an organ as its doer does
        organ = st.by_organ(subjects[0]) or frame.court_target or any(
            st.by_organ(o) and o.entity == subjects[0].entity for o in objects)
        if frame.fact or not event or not (frame.always_domestic or st.domestic_target(
                event["type"], event.get("mode"), organ)):
            return False
        return (subjects[0].kind == "state"
                and all(o.entity == subjects[0].entity for o in objects))

    def _at_home(self, view: SentenceView, hit: Hit, subjects: list[Arg],
                 objects: list[Arg]) -> bool:
        """An act an organ of a state does in a place of its own its sentence names, of a
        type a state may do so to its own people in any mode (`domestic_at_home`): "the
        Sudanese army shells a market in North Darfur" is SDN's on SDN."""
        event = hit.frame.event
        if hit.frame.fact or not event or not st.at_home_target(event["type"]):
            return False
        subject = subjects[0]
        return (subject.kind == "state" and all(o.entity == subject.entity for o in objects)
                and _organ_fires_on_people(view, hit, subject)
                and self._own_place_named(view, subject)
                and not self._fires_abroad(view, subject))

    @staticmethod
    def _subject_before(left: list[Arg], frame: Frame, clause: int, any_marking: bool = False,
                        comitative: frozenset[str] = frozenset()) -> Arg | None:
        return st.svo_subject(left, frame.subject, clause, any_marking, comitative)

    @staticmethod
    def _carry(state: DocState, subject: Arg) -> None:
        if not subject.implicit and state.actor[0] != state.sentence:
            # the sentence's first named subject is its main actor, the one a reply in the
            # next answers (not the subject of a condition: "... if X does not revoke")
            state.actor = (state.sentence, subject)
        if subject.kind == "state" and not subject.implicit:
            state.carried, state.carried_person = subject.entity, subject.person
            state.carried_organ = subject.resolution == "organ"
            state.carried_at = state.sentence

    @staticmethod
    def _answered(state: DocState, subject: Arg) -> list[Arg]:
        """"The council accuses X ... X dismisses the reports": a reply with no object named
        answers the named subject of the sentence right before (another actor than its own)."""
        sentence, actor = state.actor
        if actor is None or sentence != state.sentence - 1 or actor.entity == subject.entity:
            return []
        return [_from_before(actor)]

    def _trigger_organ(self, view: SentenceView, hit: Hit, right: list[Arg], taken: set,
                       state: DocState) -> list[Arg]:
        """The doer of a frame whose trigger names it (key `doer_in_trigger`: "clash with
        police"): the organ of the state named in the trigger ("Greek police"), else of the
        place where it happened, else of the focal state; none where no crowd (grammar
        `crowd_nouns`) is named before its end ("gunmen clashed with security forces,
        killing two students": no crowd clashed)."""
        if not _crowd_named(view, hit) or (hit.frame.force_named
                                           and not _force_member_named(view)):
            return []
        named = [a for a in view.args if a.kind == "state" and hit.first < a.first
                 and a.last <= hit.last]  # "clashed with Greek police": Greece's police
        placed = [] if named else self._place_actor(view, hit, right, taken)
        entity = named[0].entity if named else placed[0].entity if placed else state.focal
        if entity is None:
            return []
        arg = implicit(entity)
        arg.resolution = "organ"
        hit.why(arg, st.FOCAL_ACTOR if not (named or placed) else st.PLACE,
                "organ the trigger names")
        return [arg]

    @staticmethod
    def _pro_drop_fallback(view: SentenceView, hit: Hit, fallback: Arg) -> Arg | None:
        """A relative clause's verb is its relative's act, except one whose agreement and
        object pronoun name another subject, unnamed (`strategies.pro_drop_relative`):
        the state carried over or the one the text is about (a state, not its person)."""
        if not st.pro_drop_relative(view, hit.first, hit.last):
            return None
        strategy = hit.via.get(id(fallback), (st.CARRIED_SUBJECT, ""))[0]
        fallback.person = None
        hit.why(fallback, strategy, st.PRO_DROP)
        return fallback

    @staticmethod
    def _fallback(state: DocState, hit: Hit | None = None) -> Arg | None:
        """The subject of the previous sentence, else the focal state."""
        if state.sentence - state.carried_at > 1:
            state.carried = state.carried_person = None
        entity = state.carried or state.topic or state.focal
        if entity is None:
            return None
        arg = implicit(entity)
        arg.person = state.carried_person if state.carried else None
        if state.carried and state.carried_organ:  # "raided ..., as part of an inquiry into"
            arg.resolution = "organ"
        if hit is not None:
            hit.why(arg, st.CARRIED_SUBJECT if state.carried else st.FOCAL_ACTOR)
        return arg

    # -- modality, attributes ---------------------------------------------------------
    def _modality(self, view: SentenceView, hit: Hit,
                  dates: Sequence[DateMention] = ()) -> tuple[str, str]:
        """The trigger's modality and the cue that set it (the words of the cue; `dates`:
        the sentence's, which a governing future verb may stand before)."""
        found: dict = {}
        start = max(hit.left, hit.first - PLANNED_WINDOW)
        cues = self.frames.modality.find(view.words[start:hit.first]) if (
            self.frames.modality.may_match(view.vocabulary)) else []  # the sentence has none
        for first, last, pattern in cues:
            if _future_verb(self.grammar, view.words[start + first], pattern.tokens[0]):
                continue  # a cue read only behind the future prefix ("سلم" is no "لم")
            if start + first in view.masked:
                continue  # words of a name ("حزب البديل من أجل ألمانيا") are no cue
            if last - first == 1 and _attribute_elsewhere(view, hit, start + first):
                continue  # "his upcoming inauguration, with forces conducting a deployment"
            found[pattern.key] = (start + first, start + last)  # the cue nearest the trigger

        def cue(key: str) -> str:
            first, last = found[key]
            return " ".join(view.word_at(i) for i in range(first, last))

        for key in [k for k, (_, last) in found.items() if _cause_in(view, last, hit.first)]:
            del found[key]  # "will withdraw due to the sanctions": the cause is a given

        negated = found.get("negated", (-99, -99))[0]
        # the words of names between do not count ("لم تتلق حكومتا X وY أي دعوة")
        between = sum(1 for i in range(negated + 1, hit.first) if i not in view.masked
                      ) if "negated" in found else 0
        if "negated" in found and between < NEGATION_WINDOW:
            return "negated", cue("negated")
        if "negated" in found and 0 < found.get("planned", (-9, -9))[0] - negated <= 2:
            return "negated", cue("negated")  # the aim itself is denied: "does not seek to"
        if "planned" in found and self._performative(view, hit, found["planned"]):
            del found["planned"]
        if "planned" in found and self._future_act(view, hit, found["planned"]):
            del found["planned"]
        if _ceased(view, hit):  # "would stop its attacks on X": the attacks go on now
            found.pop("planned", None)
            found.pop("hypothetical", None)
        if "hypothetical" in found and _failure_condition(view, hit, found["hypothetical"]):
            del found["hypothetical"]  # "if peace talks with X fail": the talks are held
        for key in ("planned", "hypothetical"):
            if key in found:
                return key, cue(key)
        effect, effect_cue = _taking_effect(view, hit)
        if effect:
            return effect, effect_cue
        rewarded = _rewarded(view, hit)
        if rewarded:
            return "planned", f"{REWARD_CUE}{rewarded}"
        scheduled = _scheduled(view, hit) or _anticipated(view, hit)
        if scheduled:
            return "planned", scheduled
        possible = self._possibility(view, start, hit.first) or _possible_act(view, hit)
        if possible:
            return "hypothetical", possible
        if hit.future and not hit.frame.future_is_act:  # "سيلتقي": the trigger says it will be
            return "planned", hit.future
        governing = self._governing_future(view, hit, dates)
        if governing:
            return "planned", governing
        purposed = self._purpose_future(view, hit)
        if purposed:
            return "planned", purposed
        prevented = _prevented(view, hit)
        if prevented:
            return "planned", prevented
        offered = _offered(view, hit)
        if offered:
            return "planned", offered
        return "actual", ""

    def _governing_future(self, view: SentenceView, hit: Hit,
                          dates: Sequence[DateMention] = ()) -> str:
        """A future verb right before a verbal noun, its subject's name or a time adjunct
        (one of `dates`, after a word of `date_prepositions`) between at most ("أنها
        ستستأنف استهداف", "ستواصل روسيا قصف", "ستقدم خلال العام الجاري منحا"): the act is
        planned (the verb, else '')."""
        i = _before_time_adjunct(view, view.unmasked_before(hit.first, hit.left), dates)
        i = view.unmasked_before(i + 1, hit.left)
        if i < hit.left or hit.frame.future_is_act or not _future_form(
                self.grammar, view.word_at(i)) or _reads_as(
                    view.words[i], self.grammar.cessation_verbs):
            return ""  # "ستوقف الهجمات": what a future verb ends is no plan
        # only a verb that opens its clause or the content after "أن", its subject's name
        # or a word referring to one between ("إن إسرائيل ستواصل", "أن بلاده ستقدم"): a noun
        # may have the prefix's shape ("لخمس سنوات متذرعة")
        before = view.unmasked_before(i)
        referring = next((a for a in view.args if a.first <= before < a.last), None)
        if referring is not None and referring.resolution != "name":
            before = view.unmasked_before(referring.first)
        opens = view.clause_start(i) == i or (before >= 0 and _complementizer(
            view.word_at(before), self.complementizers, self.grammar.particle_pronouns))
        return view.word_at(i) if opens else ""

    def _warns_of_consequence(self, view: SentenceView, hits: list[Hit], k: int) -> bool:
        """Warning `hits[k]` is made to someone ("warned Japan against ...") or warns of force
        ("warned of strikes on X") or of what is still to come ("warned that X would pay",
        "warned that if X ..., Y will be targeted"): an act of force, or a future, plan or
        condition cue, within WARNING_REACH words after it."""
        warning = hits[k]
        if _addressed_warning(view, warning):
            return True
        end = min(len(view.words), warning.last + WARNING_REACH)
        if any(warning.last <= h.first < end and _act(h.frame)[0] in HOSTILE_ACTS
               for h in hits[k + 1:]):
            return True
        words = view.words[warning.last:end]
        if any(p.key in CONSEQUENCE_CUES for _, _, p in self.frames.modality.find(words)):
            return True
        return any(_future_form(self.grammar, view.word_at(i)) for i in range(warning.last, end))

    def _purpose_future(self, view: SentenceView, hit: Hit) -> str:
        """"X will use its reserves to fund aid for Y": a purpose link of funding a few words
        before the trigger carries the future of its clause's verb, which may lie beyond the
        cue's window (the cue's words, else '')."""
        link = self._purpose_link(view, hit)
        if link is None:
            return ""
        start = view.clause_start(link)
        for first, last, pattern in self.frames.modality.find(view.words[start:link]):
            if pattern.key == "planned":
                return " ".join(view.word_at(i) for i in range(start + first, start + last))
        start = max([start] + [i + 1 for i in range(start, link)
                               if view.word_at(i) in self.complementizers])  # "أعلن أن X ..."
        verb = next((i for i in range(start, link) if i not in view.masked), None)
        # only the verb that opens the clause: a noun may have the prefix's shape ("سياستها")
        return view.word_at(verb) if verb is not None and _future_form(
            self.grammar, view.word_at(verb)) else ""

    def _purpose_giver(self, view: SentenceView, hit: Hit, left: list[Arg],
                       subjects: list[Arg], clause: int) -> list[Arg]:
        """"X will use the interest of Russian assets to fund aid for Y": the fact a purpose
        link pays for is given by the clause's named subject, not by a nationality adjective
        inside the object of its verb (the subjects unchanged otherwise)."""
        if not hit.frame.fact or any(a.resolution != "adjective" for a in subjects) or (
                self._purpose_link(view, hit) is None):
            return subjects
        named = [a for a in left if clause <= a.first and a.last <= subjects[0].first
                 and a.kind in hit.frame.subject and a.resolution != "adjective"
                 and not a.marked]
        return last_group(named) or subjects

    def _purpose_link(self, view: SentenceView, hit: Hit) -> int | None:
        """The first word of a purpose link (`purpose_links`) at most PURPOSE_WINDOW words
        before the trigger."""
        if not view.names_any(self._purpose_firsts):  # most sentences: no link to look for
            return None
        for i in range(hit.first - 1, max(hit.left, hit.first - PURPOSE_WINDOW) - 1, -1):
            if self._purpose_firsts.isdisjoint(view.words[i]):
                continue  # no link starts at this word
            for link in self.grammar.purpose_links:
                if i + len(link) <= hit.first and all(
                        link[k] in view.words[i + k] for k in range(len(link))):
                    return i
        return None

    def _pronoun_first(self, view: SentenceView, hit: Hit, objects: list[Arg]) -> bool:
        """"..., accusing them of undermining Hong Kong's autonomy", "accused it of
        sheltering X", "متهمة إياه بـ": an object pronoun right after a verb trigger (or
        inside it, where verbs come first; "it" only for a verbal act of conflict,
        `_clitic_object`) is its object, before any name further on. Not a suffix joined to
        a verb that comes first: "واتهم" ends as "هم" does."""
        g = self.grammar
        if _nominal(hit, view) or hit.last >= len(view.words):
            return False
        if g.verb_first:
            return objects[0].first > hit.last and any(
                not g.object_pronouns.isdisjoint(view.words[i])
                for i in range(hit.first, hit.last))
        pronoun = not g.object_pronouns.isdisjoint(view.words[hit.last]) or (
            self._object_shared(view, hit, hit.frame) and self._clitic_object(view, hit))
        return pronoun and objects[0].first > hit.last

    def _performative(self, view: SentenceView, hit: Hit, cue: tuple[int, int]) -> bool:
        """"I would urge anyone ...", "we would ask ...": a speaker's polite auxiliary right
        before a request or a praise (data: `polite_auxiliaries`, `speaker_pronouns`) makes
        the act politely, not later."""
        first, last = cue
        return (hit.frame.event or {}).get("type") in PERFORMATIVE_TYPES and (
            last == hit.first and last - first == 1
            and view.word_at(first) in self.grammar.polite_auxiliaries
            and view.word_at(first - 1) in self.grammar.speaker_pronouns)

    def _future_act(self, view: SentenceView, hit: Hit, cue: tuple[int, int]) -> bool:
        """"X will lift the sanctions", "will fully withdraw the bill": the future auxiliary
        (data: `future_auxiliaries`) right before a trigger whose future is the act itself
        (`future_is_act`, as "سترفع") states no plan; the names and adjuncts between ("will
        also lift") do not part them. "plans to lift", "will present a bill that eases"
        stay planned, and so does one with a condition in its sentence ("will lift the
        sanctions if X agrees"), which `_possible` then reads as hypothetical."""
        first, last = cue
        if not hit.frame.future_is_act or last - first != 1 or (
                view.word_at(first) not in self.grammar.future_auxiliaries):
            return False
        conditions = self.grammar.condition_words
        if st.may_open(view, conditions) and any(
                st.condition_at(view, i, conditions)
                for i in [*range(hit.first), *range(hit.last, len(view.words))]):
            return False
        between = [k for k in range(last, hit.first) if k not in view.masked]
        return len(between) <= FUTURE_ADVERBS and not any(
            view.boundary[k] for k in range(last, hit.first + 1))

    def _voweled_passive(self, text: str, view: SentenceView, hit: Hit) -> bool:
        """"قُتل ثلاثة": the writer's damma on the first letter of the trigger's verb (after
        its proclitics) marks a passive, which unvoweled text writes like the active."""
        g = self.grammar
        if not g.passive_marks or hit.frame.voice != "active" or hit.first != hit.last - 1:
            return False
        start, end = view.spans[hit.first]
        if not any(mark in text[start:end] for mark in g.passive_marks):
            return False  # most text is written without vowels
        letters = _letters_with_marks(text[start:end])
        surface = view.word_at(hit.first)
        for reading in view.words[hit.first]:
            k = len(surface) - len(reading)
            marked = [k, k + 2] if reading.startswith(g.passive_marks_on_third) else [k]
            if (any(i < len(letters) and letters[i][1] in g.passive_marks for i in marked)
                    and not reading.startswith(g.passive_marks_not_on)):
                return True
        return False

    def _light_passive(self, view: SentenceView, hit: Hit) -> bool:
        """"تم اعتقال X" (an auxiliary before a verbal noun), "ألقي القبض على X" (a light verb
        first in its clause, no subject before it): passives that unvoweled text writes like
        the active."""
        g = self.grammar
        if hit.frame.voice != "active" or not (g.passive_auxiliaries or g.passive_light_verbs):
            return False
        if hit.first and not g.passive_auxiliaries.isdisjoint(view.words[hit.first - 1]):
            return True
        start = hit.first
        first = view.word_at(hit.first)
        if hit.first and any(f"{r} {first}" in g.passive_light_verbs
                             for r in view.words[hit.first - 1]):
            # "أُعيد القبض على X": the light verb just before a trigger that is its noun
            start, then = hit.first - 1, first
        else:
            then = view.word_at(hit.first + 1) if hit.first + 1 < hit.last else ""
            if not any(f"{r} {then}" in g.passive_light_verbs for r in view.words[hit.first]):
                return False
        clause = view.clause_start(start)
        # a pronoun object comes before a verb-first subject ("وجهت إليه الحكومة المصرية
        # تهمة"): a name between the light verb's phrase and its noun is its subject; after
        # a bare preposition it is the one charged ("وجهت إلى صحفي مغربي تهمة")
        pronoun = then not in g.prepositions
        return not any((clause <= a.first < start or (
            pronoun and start + 2 <= a.first < hit.last)) and not a.implicit
            for a in view.args)

    def _possibility(self, view: SentenceView, start: int, end: int) -> str:
        """"قد تفرض" (may impose): a possibility particle before an imperfect verb in the
        words [start, end] up to a trigger; not before a perfect ("قد تم") nor after a past
        auxiliary ("كانت قد"). The cue's words, or ''."""
        g = self.grammar
        for i in range(start, end):  # the verb after it may be the trigger itself
            if not g.possibility_particles & set(view.words[i]):
                continue
            verb = view.word_at(i + 1)
            perfect = verb in g.perfect_after_possibility or (
                bool(g.perfect_endings) and verb.endswith(g.perfect_endings))
            if (verb.startswith(g.possibility_prefixes) and not perfect
                    and not (i and g.pluperfect_auxiliaries & set(view.words[i - 1]))):
                return f"{view.word_at(i)} {verb}"
        return ""

    def _fact_attrs(self, view: SentenceView, hit: Hit, predicate: str, date,
                    amounts: list, negated: bool, obj: Arg) -> dict:
        attrs: dict = {}
        if date:
            since = predicate in ontology().predicates_starting_with("since")
            key = "since" if since and date.relation == "since" else "date"
            if predicate in ("member_of", "policy"):
                key = "since"
            attrs[key] = date.value
        window = view.words[max(hit.left, hit.first - 4):min(hit.right, hit.last + 6)]
        if predicate == "partner_of":
            level = self._cue(self.frames.levels, window, self.frames.level_order)
            if level:
                attrs["level"] = level
        elif predicate == "member_of" and any(_has_phrase(window, phrase)
                                              for phrase in self.grammar.non_permanent):
            attrs["role"] = "non_permanent"
        elif predicate == "recognized":
            attrs["polarity"] = "negative" if negated else "positive"
            if any(self.grammar.first & set(w) for w in window):
                attrs["first"] = True
        elif predicate in ("aid_to", "invested_in", "agreement_with", "border_with"):
            attrs.update(self._amount_attrs(predicate, view, amounts))
        if predicate == "aid_to":
            kind = self._cue(self.frames.aid_kinds, view.words[hit.left:hit.right])
            if kind:
                attrs["kind"] = kind
        if predicate == "hosts" and _location(view, hit):
            attrs["location"] = _location(view, hit)
        if predicate == "invested_in":
            sector = self._cue(self.frames.sectors, view.words[hit.left:hit.right])
            if sector:
                attrs["sector"] = sector
        return attrs

    @staticmethod
    def _cue(patterns, words: list, order: list[str] | None = None) -> str | None:
        keys = [p.key for _, _, p in patterns.find(words)]
        if not keys:
            return None
        return min(keys, key=order.index) if order else keys[0]

    @staticmethod
    def _amount_attrs(predicate: str, view: SentenceView, amounts: list) -> dict:
        attrs: dict = {}
        for amount in amounts:
            if amount.unit == "USD" and predicate in ("aid_to", "invested_in"):
                attrs.setdefault("amount_usd", amount.value)
            elif amount.unit == "count" and predicate in ("agreement_with", "invested_in"):
                attrs.setdefault("count" if predicate == "agreement_with" else "projects",
                                 int(amount.value))
            elif amount.unit == "km" and predicate == "border_with":
                attrs.setdefault("length_km", amount.value)
        return attrs

    def _policies(self, view: SentenceView, state: DocState, dates: list,
                  carried: bool = False) -> None:
        cues = [(first, last, pattern) for first, last, pattern in self._policy_cues(view)
                if first not in view.masked]
        if cues:  # read only where a policy is named: most sentences name none
            blocked = {k for first, last, _ in self.frames.policy_not.find(view.words)
                       for k in range(first, last)}
            cues = [cue for cue in cues if cue[0] not in blocked]
        if not cues:
            return
        since = next((d.value for d in dates if carried or d.relation == "since"
                      or self.grammar.since & set(view.text_before(d.start, 3))), None)
        for first, last, pattern in cues:
            holders = _relative_policy_holders(view, last) or self._policy_holders(
                view, first, state)
            for subject in holders:
                self._policy_fact(view, state, subject, (first, str(pattern.key)), since)

    def _policy_cues(self, view: SentenceView) -> list:
        """The named principles: those of `policy`, and those of `policy_in_context` in a
        sentence that speaks of policy ("neutral" of a venue or a judge is no principle)."""
        frames = self.frames
        cues = list(frames.policy.find(view.words)) if frames.policy.may_match(
            view.vocabulary) else []  # most sentences: no cue
        if frames.policy_in_context.may_match(view.vocabulary):
            cues += [cue for cue in frames.policy_in_context.find(view.words)
                     if _speaks_of_policy(view, cue[0], cue[1])]
        return cues

    def _policy_fact(self, view: SentenceView, state: DocState, subject: str,
                     cue: tuple[int, str], since: str | None) -> None:
        first, principle = cue
        since = since or self._since_independence(view, subject)
        attrs = {"since": since} if since else {}
        trace = [Step("trigger", "policy", view.word_at(first)),
                 Step("subject", "policy_holder", subject),
                 Step("object", "policy_principle", principle),
                 Step("modality", "actual", "")]
        confidence = _confident("fact", trace)
        state.result.facts.append(Fact(subject, "policy", principle, attrs, "actual",
                                       confidence,
                                       [Evidence(view.index, view.start, view.end)],
                                       trace=trace))

    def _since_independence(self, view: SentenceView, state_id: str) -> str | None:
        """"منذ الاستقلال": the state's year of independence (lexicon data)."""
        forms = {f for word in view.words for f in word}
        if not forms & self.grammar.since or not forms & self.grammar.independence:
            return None
        entity = self.lexicon.entity(state_id)
        date = entity.extra.get("independence") if entity else None
        return str(date)[:4] if date else None

    def _policy_holders(self, view: SentenceView, cue: int, state: DocState) -> list[str]:
        """The state named as subject in the cue's clause, else the focal state; a group's
        mention there ("Central Asian governments pursuing multi-vector diplomacy") stands
        for each of its member states."""
        clause = view.clause_start(cue)
        before = [a for a in view.args if not a.marked and clause <= a.first < cue
                  and not a.implicit]
        pursuer = _policy_pursuer(view, clause, cue)
        if pursuer is not None and pursuer.kind == "state":
            return [pursuer.entity]  # who pursues it holds it, focal or not
        group = pursuer or (before[-1] if before else None)
        if group is not None and group.resolution == "members":
            members = st.expand_members(group, self.lexicon, state.published)
            return [m.entity for m in members if m.kind == "state"]
        if before and before[-1].kind == "organization":
            return []  # the principle is an organisation's, not a state's policy
        named = [a for a in before if a.kind == "state"]
        if named and (named[-1].entity == state.focal or policy_noun(view, clause, cue)):
            return [named[-1].entity]
        return [state.focal] if state.focal else []


def _policy_pursuer(view: SentenceView, clause: int, cue: int) -> Arg | None:
    """"governments pursuing multi-vector diplomacy", "إلى حكومات آسيا الوسطى التي تنتهج
    دبلوماسية متعددة الاتجاهات": the name right before a verb of holding to a policy (grammar
    `policy_pursuits`; a relative between) that comes just before the cue holds it, even
    after a preposition of its own."""
    g = view.grammar
    if not g.policy_pursuits:
        return None
    verb = next((k for k in range(cue - 1, max(clause, cue - POLICY_RELATIVE_REACH) - 1, -1)
                 if any(w.startswith(g.policy_pursuits) for w in view.words[k])), None)
    if verb is None:
        return None
    after = [a for a in view.args if verb < a.first < cue and not a.implicit]
    if after:  # the subject after its verb ("تنتهج اليابان سياسة ...")
        name = after[0] if not after[0].marked else None
    else:
        name = next((a for a in reversed(view.args) if a.last <= verb and not a.implicit),
                    None)
        relative = name is not None and verb > name.last and not (
            g.event_noun_relatives.isdisjoint(view.words[name.last]))
        if name is None or name.first < clause or verb - name.last > int(relative) or (
                name.marked and not relative):
            return None
    if name is None:
        return None
    return name if name.kind == "state" or name.resolution == "members" else None


def _speaks_of_policy(view: SentenceView, first: int, last: int) -> bool:
    """A word of policy in the sentence outside the cue [first, last) ("الحل السياسي" is no
    word of policy of its own): a policy noun or one of grammar `policy_contexts`."""
    size = len(view.words)
    if policy_noun(view, 0, first) or policy_noun(view, last, size):
        return True
    contexts = view.grammar.policy_contexts
    return bool(contexts) and any(w.startswith(contexts) for k, word in enumerate(view.words)
                                  if not first <= k < last for w in word)


def _relative_policy_holders(view: SentenceView, cue_last: int) -> list[str]:
    """"the multi-vector policy that Astana and Tashkent pursue", "السياسة متعددة الاتجاهات
    التي تنتهجها أستانا وطشقند": a relative clause on the named policy, with a verb of
    holding to it (grammar `policy_pursuits`), names its holders, the states it names."""
    g = view.grammar
    stop = min(cue_last + POLICY_RELATIVE_REACH, view.clause_end(cue_last - 1))
    relative = next((k for k in range(cue_last, stop)
                     if not g.event_noun_relatives.isdisjoint(view.words[k])), None)
    if relative is None or any(cue_last <= a.first < relative for a in view.args):
        return []
    first = next((a for a in view.args if a.first > relative), None)
    if first is None or first.kind != "state" or first.marked or (
            first.first - relative > POLICY_RELATIVE_REACH):
        return []
    group = group_from(view.args, first, frozenset({"state"}))
    span = range(relative + 1, min(group[-1].last + POLICY_RELATIVE_REACH,
                                   view.clause_end(relative)))
    pursued = any(w.startswith(g.policy_pursuits) for k in span if k not in view.masked
                  for w in view.words[k]) if g.policy_pursuits else False
    return list(dict.fromkeys(a.entity for a in group)) if pursued else []


def _sentence_protest(view: SentenceView, state: DocState) -> Event | None:
    """The last demonstration the sentence reported, or None."""
    return next((e for e in reversed(state.result.events)
                 if e.event_type == "PROTEST" and e.evidence[0].sentence == view.index), None)


def _past_origin(view: SentenceView, hit: Hit, candidates: list[Arg]) -> list[Arg]:
    """"توجه X من بكين إلى واشنطن": the place left (a name the frame's `origin_markers`
    govern inside the trigger's gap, before its destination's preposition) is not the one
    visited; a visitor after the trigger stays ("a visit from the Ethiopian premier")."""
    markers = hit.frame.origin_markers
    if not markers:
        return candidates
    return [a for a in candidates
            if not (a.last < hit.last and st.governed_by(view, a, markers))]


def _fronted_meeting_holders(view: SentenceView, hit: Hit, kinds: frozenset[str]
                             ) -> list[Arg]:
    """"During a visit to X, Y announced ...", "After talks with X, Y said ...": a meeting
    in a fronted phrase that names no one to hold it is held by the main clause's subject,
    the names opening the clause after the phrase's comma (not a place apposed to one in
    the phrase: "Following talks in Istanbul, Turkey, ..."; nor where the phrase names a
    pair "between")."""
    end = view.fronted_end
    if end is None or hit.last > end or (hit.frame.event or {}).get("type") != "CONSULT" or (
            not any(a.last <= end for a in view.args)):  # "In response to the visit, X ..."
        return []
    first = next((a for a in view.args if a.first >= end), None)
    if first is None or first.marked or first.kind not in kinds or (
            first.first - end > FRONTED_SUBJECT_REACH) or any(
            a.between for a in view.args if a.last <= end) or run_ends_at_comma(
            view, first.first):
        return []
    return group_from(view.args, first, kinds)


def _state_as_patient(view: SentenceView, hit: Hit) -> bool:
    """"Israel faces charges of genocide", "Russia was accused", "تواجه إسرائيل تهما": a
    state named by itself as the patient of a passive, right before its trigger or inside it,
    is no state's own people; with no agent named, no one is named to act on it."""
    return any(a.kind == "state" and a.resolution == "name" and a.person is None
               and not (a.capital or a.marked)
               and (a.last == hit.first or (hit.first < a.first and a.last <= hit.last))
               for a in view.args)


def _member_subject(view: SentenceView, hit: Hit, after: list[Arg], kinds: frozenset[str]
                    ) -> list[Arg]:
    """"استسلم 14 عنصرا من X", "هاجم أعضاء في X ...": verb first, its subject a noun of
    members (a count before it at most) right after it: the group they are members of."""
    first = next((a for a in after if a.first >= hit.last), None)
    if first is None or first.kind not in kinds or first.kind not in MEMBER_KINDS or not (
            _member_of(view, first)):
        return []
    words = [k for k in range(hit.last, first.first) if k not in view.counted]
    if len(words) > MEMBER_SUBJECT_REACH:
        return []
    # unvoweled "اعتقل 5 عناصر من X في العراق" is also "5 members of X were arrested": the
    # members are its subject only when the verb's own object follows them, a name marked
    # as its target ("استسلم ... للجيش Y") or a noun with no preposition ("هاجم عناصر من X
    # معسكرا ...", not "... في العراق", "... بغارة إسرائيلية")
    g = view.grammar
    if first.last >= len(view.words) or view.boundary[first.last]:
        return []
    objects = st.in_clause(view, first.last, [a for a in after if a.first >= first.last])
    if any(a.kind in hit.frame.object and a.marker in hit.frame.target_markers
           for a in objects):
        return [first]
    if any(a.first == first.last for a in objects) or not g.prepositions.isdisjoint(
            view.words[first.last]):
        return []
    return [first] if any(a.kind in hit.frame.object for a in objects) else []


def _member_of(view: SentenceView, arg: Arg) -> bool:
    """`arg` names the group of people a member noun names (grammar `member_nouns`): one
    stands right before it, an article, a preposition or an organisation noun between ("a
    member of the X gang", "عضو في X", "مرتبطين بجماعة X"), or right after it ("an X
    member")."""
    g = view.grammar
    if not g.member_nouns:
        return False
    k = arg.first - 1
    skips = _member_skips(g)
    while k >= 0 and not view.boundary[k + 1] and not skips.isdisjoint(view.words[k]) and (
            g.member_nouns.isdisjoint(view.words[k])):
        k -= 1
    if k >= 0 and not view.boundary[k + 1] and not g.member_nouns.isdisjoint(view.words[k]):
        return True
    return arg.last < len(view.words) and not g.member_nouns.isdisjoint(view.words[arg.last])


@lru_cache(maxsize=8)
def _linking_words(g: Grammar) -> frozenset[str]:
    """Prepositions and infinitive links (`content_links`), united once per grammar."""
    return g.prepositions | g.content_links


@lru_cache(maxsize=8)
def _claim_stops(g: Grammar) -> frozenset[str]:
    """What ends the search for a claim noun, united once per grammar: prepositions,
    conjunctions, cause words and a punishment's grounds ("her sentence for remarks")."""
    return (g.prepositions | g.clause_conjunctions | g.adjunct_conjunctions | g.cause_words
            | g.reason_markers)


@lru_cache(maxsize=8)
def _armed_words(g: Grammar) -> frozenset[str]:
    """The nouns of a state's armed force (`armed_organs`, `fighter_nouns`), once per grammar."""
    return g.armed_organs | g.fighter_nouns


@lru_cache(maxsize=8)
def _member_skips(g: Grammar) -> frozenset[str]:
    """The words between a member noun and its group: articles, prepositions, owner links,
    organisation nouns (once per grammar, not at every name)."""
    return g.articles | g.prepositions | g.owner_links | frozenset(g.organisation_nouns)


def _affiliated(view: SentenceView, arg: Arg) -> bool:
    """`arg` stands where a word of belonging governing it begins ("يشتبه في انتمائهم إلى X":
    extract.sentence._affiliated_members masks those words and moves the name to them)."""
    g = view.grammar
    k = arg.first
    while k in view.masked:
        if not g.affiliation_words.isdisjoint(view.words[k]):
            return True
        k += 1
    return False


def _patient_person(view: SentenceView, hit: Hit, arg: Arg) -> bool:
    """The argument is a person (of a state) governed by a preposition right after the
    trigger, none of those naming whom an act serves (`beneficiary_markers`): "أُلقي القبض
    على X", the one the act is done to."""
    return arg.person is not None and arg.marked and arg.first - hit.last <= 1 and (
        arg.marker not in view.grammar.beneficiary_markers)

def _foreign_patient(view: SentenceView, hit: Hit, own: str) -> Arg | None:
    """"A French citizen was detained in Bamako", "احتُجز مواطن فرنسي في باماكو": the people
    a domestic act in the passive is done to, named by another state's nationality in its
    clause (a noun of people the adjective describes), belong to that state."""
    nationals = view.grammar.nationality_nouns  # not "Palestinian protesters" in London
    start = view.clause_start(hit.first)
    found = _national(view, start, hit.right, STATE_KIND, {own}, nationals)
    if found is None:  # "صدرت بحق ثلاثة أمريكيين أحكام": the adjective counted as people
        found = next((a for a in view.args if start <= a.first < hit.right
                      and a.kind in STATE_KIND and a.entity != own
                      and _counted_nationals(view, a)), None)
    if found is not None:
        hit.why(found, st.PASSIVE_SUBJECT, "foreign national")
    return found


def _only_relatives(view: SentenceView, first: int, last: int) -> bool:
    """The words [first, last) are at most one relative word ("X التي حظرت", "X, which was
    banned"), with no punctuation after it."""
    if last - first > 1 or (last < len(view.boundary) and last > first and view.boundary[last]):
        return False
    return all(not view.grammar.relatives.isdisjoint(view.words[k]) for k in range(first, last))


def _nationals(view: SentenceView, hit: Hit, kinds: frozenset[str], taken: set
               ) -> list[Arg]:
    """"the arrest of two generals, civilians and a French national", "arrests X, a
    Palestinian student": a domestic act done to people named by their nationality (an
    adjective right before a noun of people, a list's commas between) is done to their
    state."""
    people = view.grammar.people_nouns | view.grammar.nationality_nouns
    # the whole name before the end of the trigger's reach, whose last word stays for the
    # noun of people it describes ("South Sudanese" with "nationals" after it)
    found = _national(view, hit.last, hit.right, kinds, taken, people, whole=True)
    if found is None:
        return []
    # "sentenced X for taking money from a Hungarian businessman": the grounds name no one
    grounds = event_nouns.act_adjuncts(view.grammar) | view.grammar.reason_markers
    return st.before_adjunct(view, hit.last + 1, [found], grounds)


def _national(view: SentenceView, start: int, end: int, kinds: frozenset[str],
              excluded: Container[str | None], nouns: frozenset[str],
              whole: bool = False) -> Arg | None:
    """The first argument beginning in words [start, end) (with `whole`, all of it before
    word `end - 1`), of `kinds` and none of the `excluded` entities, that names the
    nationality of a noun of `nouns` ("a French national")."""
    return next((a for a in view.args if start <= a.first < end and (
        not whole or a.last < end) and a.kind in kinds and a.entity not in excluded
                 and _nationality_of(view, a, nouns)), None)


def _backing_modality(view: SentenceView, backer: Arg, prenominal: bool) -> str:
    """How a backing modifier's backing stands (grammar `modifier_hedges`): by the adverb
    before it ("the allegedly Rwandan-backed M23") or after its backer where the modifier
    follows its noun ("المدعوم من إيران سابقا"); "actual" with none."""
    hedge = view.word_at(backer.first - 1 if prenominal else backer.last)
    return view.grammar.modifier_hedges.get(hedge, "actual")


def _help_purpose(view: SentenceView, hit: Hit) -> tuple[str, range]:
    """The words of a purpose of help (grammar `help_purposes`: "to help", "للمساعدة") after
    the trigger in its clause, at most HELP_REACH words on, and the words after them that
    name the helped or the help, HELPED_REACH at most in the clause (('', range(0)): none)."""
    end = min(len(view.words), hit.last + HELP_REACH)
    for i in range(hit.last, end):
        if view.boundary[i] and i > hit.last:
            break
        for phrase in view.grammar.help_purposes:
            if _phrase_at(view, i, phrase):
                return " ".join(phrase), _purpose_words(view, i + len(phrase))
    return "", range(0)


def _purpose_words(view: SentenceView, start: int) -> range:
    """The words from `start` to its clause's end, HELPED_REACH at most."""
    end = min(len(view.words), start + HELPED_REACH)
    stop = next((i for i in range(start, end) if view.boundary[i]), end)
    return range(start, stop)


def _epithets_only(view: SentenceView, end: int, participle: int) -> bool:
    """A name that ends at `end` stands right before the backing participle at
    `participle`, a group's adjectives between at most ("حركة إم 23 المتمردة المدعومة")."""
    epithets = view.grammar.backed_epithets
    return end <= participle and all(not epithets.isdisjoint(view.words[i])
                                     for i in range(end, participle))


def _aid_sites(view: SentenceView, sites: tuple[tuple[str, ...], ...]
               ) -> list[tuple[int, int]]:
    """The spans [first, last) of the sentence's aid sites (grammar `aid_sites`, longest
    first), none inside a name."""
    found: list[tuple[int, int]] = []
    k, n = 0, len(view.words)
    while k < n:
        site = next((p for p in sites if _phrase_at(view, k, p)), None)
        if site is None or k in view.masked:
            k += 1
            continue
        found.append((k, k + len(site)))
        k += len(site)
    return found


def _aid_site_operator(view: SentenceView, text: str, first: int, last: int) -> Arg | None:
    """Who runs or funds the aid site at [first, last): the name after an operator phrase
    past the site's goods ("sites run by the X Foundation", "مواقع توزيع الغذاء التابعة
    لـX"; an article, and in Arabic a relative word, may stand before it), else, where
    adjectives come before their noun, the name right before the site past its goods in its
    clause ("X food distribution sites"; in Arabic the name before is the subject of the
    verb before it: "قصفت روسيا نقطة توزيع") or before a participle joined to it by a hyphen
    ("an American-funded humanitarian aid distribution centre")."""
    g = view.grammar
    k = last
    while k < len(view.words) and not view.boundary[k] and view.word_at(k) in g.aid_site_goods:
        k += 1
    if k < len(view.words) and not view.boundary[k] and _only_relatives(view, k, k + 1):
        k += 1  # "التي تديرها": the relative word, then the verb
    phrase = next((p for p in g.aid_site_operators if _phrase_at(view, k, p)), None)
    if phrase is not None:
        k += len(phrase)
        if view.word_at(k) in g.articles and view.arg_at(k) is None:
            k += 1
        return view.arg_at(k)
    if g.adjective_after_noun or view.boundary[first]:
        return None
    k = first - 1
    while k >= 0 and view.word_at(k) in g.aid_site_goods and k not in view.masked:
        if view.boundary[k]:
            return None  # "After talks with Russia, aid distribution points ...": no operator
        k -= 1
    if k >= 0 and (view.word_at(k) in g.aid_site_participles or view.word_at(k) in
                   g.backing_participles) and _hyphened(text, *view.spans[k]):
        k -= 1
    return next((a for a in view.args if a.last == k + 1), None)


def _people_before_adjunct(view: SentenceView, hit: Hit, subject: Arg,
                           state: DocState) -> bool:
    """"wounding 58 Palestinians with gunfire", "إصابة 58 فلسطينياً على الأقل بالرصاص
    والغاز": a state named by its people counted, shortly before a trigger that a
    preposition governs (a noun of the act's means or setting, or one joined to such a
    noun), is the patient of the word before, not the act's doer: of an act read before it
    in the sentence (`state.objects`), or of a phrase that opens an act's result in
    casualties (grammar `result_links`: "ما أسفر عن إصابة"). People counted who open their
    clause, or follow a verb they are the subject of, act ("Five Iranians with explosives
    attacked", "شارك 30 فلسطينياً بالهجوم على")."""
    if hit.first - subject.last > ADJUNCT_PATIENT_GAP or not _named_as_people(view, subject):
        return False
    if not _act_patients(view, subject, state):
        return False
    g = view.grammar
    k = hit.first
    if _governed_noun(view, k):
        return True
    if view.words[k][0].startswith(g.continuing_prefixes):  # "بالرصاص والغاز"
        return _governed_noun(view, k - 1)
    return k > 1 and not g.coordinators.isdisjoint(view.words[k - 1]) and (
        _governed_noun(view, k - 2))  # "with gunfire and tear gas"


def _act_patients(view: SentenceView, people: Arg, state: DocState) -> bool:
    """The people are the objects of the sentence's act read before them, or are named
    right after a phrase that opens an act's result (data `result_links`; a count between)."""
    if state.objects[0] == view.index and any(
            o.first == people.first and o.entity == people.entity for o in state.objects[1]):
        return True
    links = view.grammar.result_links
    for k in range(max(0, people.first - RESULT_PATIENT_REACH), people.first):
        phrase = st.phrase_at(view, k, links) if links else ""
        if phrase and people.first - (k + len(phrase.split())) <= 1:
            return True
    return False


def _governed_noun(view: SentenceView, k: int) -> bool:
    """The word at `k` is governed by a preposition before it or by a proclitic one
    written with the article ("بالرصاص")."""
    g = view.grammar
    if k <= 0 or k >= len(view.words):
        return False
    return not g.prepositions.isdisjoint(view.words[k - 1]) or any(
        reading.startswith(g.article_clitics) for reading in view.words[k])


def _named_as_people(view: SentenceView, arg: Arg) -> bool:
    """A state named by its people: a nationality counted ("32 Palestinians", "Thirty
    Palestinians", "ثلاثون فلسطينياً") or describing a people noun ("Palestinian
    civilians", "المدنيين السودانيين")."""
    return arg.kind == "state" and arg.resolution == "adjective" and (
        _count_word(view, arg.first - 1) or _counted_nationals(view, arg)
        or _nationality_of(view, arg, view.grammar.people_nouns))


def _backed_as_named(view: SentenceView, backed: Arg) -> bool:
    """The name a backing participle describes is the backed party itself ("Rwandan-backed
    M23", "Kazakh-backed Kyrgyz forces"), not the state of the people it describes
    ("Turkish-backed Syrian rebels", "المتمردون السوريون المدعومون") nor the state an organ
    stands in ("a UN-backed court in Lebanon")."""
    g = view.grammar
    people = g.people_nouns | g.nationality_nouns | g.resident_groups
    if _nationality_of(view, backed, people):
        return False
    return backed.resolution != "organ" or not any(
        view.word_at(i) in g.locative for i in range(backed.first, backed.last))


def _nationality_of(view: SentenceView, a: Arg, nouns: frozenset[str]) -> bool:
    """The argument is an adjective naming the nationality of a noun of `nouns` ("a French
    national", "مواطن فرنسي")."""
    k = described_word(view, a)  # none past the sentence's end ("including two Ugandans.")
    return a.resolution == "adjective" and 0 <= k < len(view.words) and not nouns.isdisjoint(
        view.words[k])


def _counted_nationals(view: SentenceView, a: Arg) -> bool:
    """The argument is a nationality adjective that describes a count, standing for the
    people counted ("ثلاثة أمريكيين", "3 أمريكيين": three Americans), not one that describes
    a noun ("ثلاثة جنود أمريكيين" describes the soldiers)."""
    return a.resolution == "adjective" and described_word(view, a) in view.counted


def _reported_accusations(hit: Hit, made: list[Event]) -> list[Event]:
    """"UNICEF reports that children died due to the Israeli aid blockade", "Ukraine says
    Russian forces shelled Kharkiv": a hostile act another actor did (not one planned),
    stated as the content of what a speaker says, is also the speaker's accusation of its
    doer."""
    speaker = hit.speaker
    if speaker is None or hit.cue != st.SPEECH_CONTENT:
        return []
    event_type, mode = ALLEGING
    score, quad = ontology().intensity(event_type, mode)
    accusations = []
    for event in made:
        if event.event_type in REPORTED_HOSTILE and event.modality == "actual" and (
                event.source != speaker.entity) and (
                codable(event_type, speaker.entity, event.source)):
            step = Step("accusation", st.SPEECH_CONTENT, speaker.entity)
            accusations.append(replace(
                event, event_type=event_type, mode=mode, source=speaker.entity,
                target=event.source, target_person=event.source_person,
                source_person=speaker.person, intensity=score, quad=quad, modality="actual",
                context=list(event.context), evidence=list(event.evidence),
                trace=[*event.trace, step]))
    return list({(a.source, a.target): a for a in accusations}.values())


def _own_people_listed(view: SentenceView, hit: Hit, national: Arg,
                       own: str | None = None) -> bool:
    """"the arrest of two generals, civilians and a French national": a noun of people
    listed before the foreign national, with no nationality of its own, is the state's own;
    so is a person of the state `own` (an official by role or title: "sentences former prime
    minister X and British MP Y")."""
    g = view.grammar
    people = g.people_nouns | g.role_nouns
    described = {described_word(view, a) for a in view.args if a.resolution == "adjective"}
    return any(not people.isdisjoint(view.words[k]) and k not in described
               and not _same_person_described(view, k, national)
               for k in range(hit.last, national.first)) or (own is not None and any(
                   a.entity == own and a.person is not None and not a.implicit
                   and hit.last <= a.first and a.last <= national.first for a in view.args))


def _governed_after(view: SentenceView, hit: Hit, arg: Arg) -> bool:
    """A name governed by a preposition after the trigger, in the trigger's clause ("was
    charged with spying for Israel"): part of what the act is about."""
    return arg.marked and arg.first >= hit.last and view.clause_start(arg.first) <= hit.first


def _same_person_described(view: SentenceView, k: int, national: Arg) -> bool:
    """"sentences journalist and American citizen Evan Gershkovich": a people or role noun
    joined by a coordinator straight to the national's adjective, not counted, with a
    person's name (written as a name) right after the national's noun, is that one person
    described twice, no own people of the state ("two journalists and American citizen X"
    are counted: own people)."""
    g = view.grammar
    if k == 0 or _count_word(view, k - 1) or national.first - k < 2 or any(
            g.coordinators.isdisjoint(view.words[j]) for j in range(k + 1, national.first)):
        return False
    end = min(view.clause_end(national.first), national.last + 3)
    return any(view.name_at(j) for j in range(national.last, end))


def _foreign_people(view: SentenceView, objects: list[Arg], subjects: list[Arg]
                    ) -> list[Arg]:
    """The objects of an act, when each is the nationality adjective of a noun of people,
    nationals or a role ("five Chinese nationals", "British MP") of a state other than the
    subjects': the foreign nationals it is done to (else none)."""
    g = view.grammar
    nouns = g.people_nouns | g.nationality_nouns | g.role_nouns
    own = {a.entity for a in subjects}
    if not objects or any(o.implicit or o.entity in own or not _nationality_of(view, o, nouns)
                          for o in objects):
        return []
    return objects


def _told_again(view: SentenceView, hit: Hit, pairs: list[tuple[Arg, Arg]],
                state: DocState) -> bool:
    """"Taliban gunmen attacked a border post", "a drone strike injures ...": an act whose
    doer was only guessed (the focal state, a subject carried over) done to the ones an
    earlier trigger of its clause was done to by a named doer, of the same type and
    modality and no other mode, is that act told again, no act of its own."""
    sentence, first, (kind, mode, modality), targets = state.last_act
    event = hit.frame.event or {}
    return bool(pairs) and sentence == view.index and not hit.frame.fact and (
        event.get("type"), hit.modality) == (kind, modality) and event.get("mode") in (
        None, mode) and view.clause_start(hit.first) <= first and all(
        hit.via.get(id(s), ("",))[0] in GUESSED_DOERS and o.entity in targets
        for s, o in pairs)


def _act_kind(hit: Hit) -> tuple[str, str | None, str]:
    """The type, mode and modality of an act's trigger."""
    event = hit.frame.event or {}
    return event.get("type", ""), event.get("mode"), hit.modality


def _crowd_named(view: SentenceView, hit: Hit) -> bool:
    """A crowd (grammar `crowd_nouns`) named before the end of the trigger, or its protest
    (`crowd_events`) joined to the clash: coordinated right before it ("protests and clashes
    with police") or after a linking word (`crowd_event_links`: "clashes with security
    forces amid anti-government protests"); a protest that only dates the clash ("days after
    protests over ...") names no crowd of it."""
    g = view.grammar
    unmasked = [i for i in range(len(view.words)) if i not in view.masked]
    return any(not g.crowd_nouns.isdisjoint(view.words[i]) for i in unmasked
               if i < hit.last) or any(
        not g.crowd_events.isdisjoint(view.words[i]) and _crowd_event_joined(view, hit, i)
        for i in unmasked)


def _crowd_event_joined(view: SentenceView, hit: Hit, k: int) -> bool:
    """The protest at `k` is coordinated with the clash or follows a linking word within
    `CROWD_EVENT_REACH` words."""
    g = view.grammar
    if k < hit.first and all(not g.coordinators.isdisjoint(view.words[j])
                             for j in range(k + 1, hit.first)):
        return True
    return any(not g.crowd_event_links.isdisjoint(view.words[j])
               for j in range(max(0, k - CROWD_EVENT_REACH), k))


def _force_member_named(view: SentenceView) -> bool:
    """A member of a state's force (grammar `force_members`) named in the sentence."""
    return not view.grammar.force_members.isdisjoint(view.vocabulary)


def _unguessed_doer(view: SentenceView, hit: Hit) -> bool:
    """An assault named by a noun or participle with no doer in its sentence or the one
    before ("a mass shooting kills seven", "an attack on Wagner forces", "injuring two") is
    no act of the state the text is about; a finite verb's subject left out ("the officers
    shot him") may be (a language with no list of finite forms: not known, kept). A trigger
    that names its doer (frame key `doer_in_trigger`) is read by `_trigger_organ`."""
    finite = finite_forms(view.grammar.code)
    return (hit.frame.event or {}).get("type") in UNGUESSED_DOER and bool(finite) and (
        view.word_at(hit.first) not in finite)


def _unknown_organisation_subject(view: SentenceView, hit: Hit,
                                  speech_verbs: frozenset[str]) -> bool:
    """"دعت نقابة «X» إلى إضراب": the word opening the sentence (a verb, where verbs come
    first), or the trigger, followed by an organisation's noun in the construct state (as
    written, no article: not "الجمعية الوطنية") and a name the lexicon does not know (no
    name it masks, no preposition: "مجموعة من النواب" is some of a group of people), has
    that organisation as its subject or doer, and so has what its clause goes on to say:
    the state the text is about is not guessed as their doer. Not a report's source ("وبحسب
    صحيفة X"، "ذكرت صحيفة X أن ..."): what it reports has doers of its own."""
    g = view.grammar
    if not g.verb_first:
        return False
    nouns = g.organisation_nouns.keys() | g.body_nouns
    reporting = _reporting_words(g, speech_verbs)
    openings = {hit.first}
    if not any(not g.complementizers.isdisjoint(view.words[i]) for i in range(hit.first)) and (
            reporting.isdisjoint(view.words[0]) if view.words else False):
        openings.add(0)
    return any(k + 2 < len(view.words) and not {k + 1, k + 2} & view.masked
               and not (view.boundary[k + 1] or view.boundary[k + 2])
               and view.word_at(k + 1) in nouns and view.word_at(k + 2) not in g.prepositions
               for k in openings)


@lru_cache(maxsize=8)
def _reporting_words(g: Grammar, speech_verbs: frozenset[str]) -> frozenset[str]:
    """The words that open a report: speech verbs and the words of `source_phrases`."""
    return speech_verbs | {w for phrase in g.source_phrases for w in phrase}


def _plain_words(text: str, view: SentenceView, first: int, last: int) -> int:
    """How many of the words [first, last) are not capitalised (a script without case has
    no capitals: every word counts)."""
    return sum(1 for k in range(first, last) if not text[view.spans[k][0]].isupper())


def _title_between(view: SentenceView, first: int, last: int) -> bool:
    """The words [first, last) may be the title a verb-first subject's nationality follows
    ("حث رئيس الوزراء الكيني"): at most two, neither a preposition nor after a boundary."""
    return last - first <= TITLE_WORDS and not any(
        view.boundary[k] or view.word_at(k) in view.grammar.prepositions
        for k in range(first, last))


def _meeting_just_before(view: SentenceView, hit: Hit, state: DocState,
                         verbs: frozenset[str]) -> bool:
    """The participle of `hit` goes on the clause of the sentence's last meeting: no
    other verb (`verbs`: finite) stands between them, only adjuncts ("A meets B in X, on the
    sidelines of Y, agreeing to ...", not "A met B, and C criticised D, agreeing to ..."),
    and neither party of the meeting stands in the clause of another meeting ("A met B in
    X, and C met D in Y, agreeing to ...": C and D, never a party of each)."""
    _, pair, at = state.met
    if pair is None or not at < hit.first or any(
            not verbs.isdisjoint(view.words[k]) for k in range(at + 1, hit.first)):
        return False
    others = {view.clause_start(k) for k in state.meetings[1] if k != at}
    return not any(view.clause_start(a.first) in others for a in pair)


def _closed_list(view: SentenceView, group: list[Arg]) -> list[Arg]:
    """`group` without the names after a comma that follows the member a coordinator joins,
    when no coordinator joins its last ("between A and B, C signed": C opens the clause;
    "between A and B, C, D and E" is one list)."""
    joined = [i for i, arg in enumerate(group)
              if i and view.word_at(arg.first - 1) in view.grammar.coordinators]
    if not joined or joined[-1] == len(group) - 1:
        return group
    return group[:joined[-1] + 1]


PAIRED = frozenset({"adjective", "name"})  # the forms of a compound pair


def _compound_pair_before(view: SentenceView, first: int) -> list[Arg]:
    """The two nationality adjectives or names joined by one mark (a hyphen or a dash, no
    space) right before word `first` ("Russian-Belarusian exercises", "near the
    Azerbaijan–Georgia border"), or []."""
    pair = sorted((a for a in view.args if a.resolution in PAIRED and not a.implicit
                   and first - 2 <= a.first < first), key=lambda a: a.first)
    joined = (len(pair) == 2 and pair[1].last == first and pair[0].last == pair[1].first
              and pair[1].first in view.joined)
    return pair if joined else []


def _modifier_word(view: SentenceView, k: int) -> bool:
    """Word k is a bare noun that may modify the trigger after it ("the Israel–Hamas
    ceasefire agreement"): no name, no grammar word, no punctuation on either side."""
    g = view.grammar
    closed = g.prepositions | g.coordinators | g.articles | g.relatives
    return 0 <= k < len(view.words) - 1 and not any(
        a.first <= k < a.last for a in view.args) and closed.isdisjoint(view.words[k]) and not (
        view.boundary[k] or view.boundary[k + 1])


def _adjective_pair_after(view: SentenceView, hit: Hit) -> list[Arg]:
    """"قرب الحدود الإيرانية الباكستانية" (near the Iran–Pakistan border): two nationality
    adjectives of two states right after a definite noun trigger, the second right after the
    first with no coordinator ("البحريتان الإيطالية والإسبانية" are two navies), describe
    it as the pair's, as a compound pair before it does in English; or []."""
    if not _nominal(hit, view):
        return []
    first = next((a for a in view.args if a.first == hit.last and not a.implicit), None)
    second = next((a for a in view.args if first is not None and a.first == first.last
                   and not a.implicit), None)
    if first is None or second is None or second.coordinated:
        return []
    pair = [first, second]
    return pair if all(a.resolution == "adjective" and a.kind == "state" for a in pair) else []


def _organ_words(view: SentenceView) -> set[int]:
    """The words of bare organ nouns ("ووجهت النيابة العامة إلى الوزير تهمة"): a verb-first
    subject a gapped trigger skips like a name."""
    return {k for a in view.args if a.resolution == "organ" and not a.implicit
            for k in range(a.first, a.last)}


def _sole_state(args: list[Arg]) -> str | None:
    """"Costa Rican president X survives a vote after prosecutors accused him": in a
    document with no dominant state and no context, the one state its sentence names before
    the organ, if only as a nationality, is the one whose organs act in it (one named after
    is what they act on: "prosecutors charged two Chinese nationals")."""
    named = {a.entity for a in args if not a.implicit and a.kind == "state"}
    return next(iter(named)) if len(named) == 1 else None


def dominant_state(counts: Counter[str]) -> str | None:
    """The state named far more often than any other in a document, or None."""
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < DOMINANT_MENTIONS:
        return None
    second = ranked[1][1] if len(ranked) > 1 else 0
    return ranked[0][0] if ranked[0][1] >= DOMINANT_RATIO * second else None


def language_words(lang: str):
    """A reader of optional word lists of `lang`'s grammar data, normalised (empty when the
    language has none)."""
    data = language(lang).grammar

    def words(key: str) -> frozenset[str]:
        try:
            return norm_set(data.words(key))
        except KeyError:  # not (yet) a key of the language data's schema
            return frozenset()

    return words


# a wire story's dateline: one to three words (the city; no lower-case Latin word of three
# letters or more, which would be prose: "Russia and Ukraine agreed - "), a date after a comma
# or in brackets, then a dash between spaces; repeated ("موسكو - كابل -", "الرياض - 18 فبراير - ")
_DATELINE = re.compile(
    r"\A\s*(?:(?![a-z]{3})[^\s\-\u2013\u2014,\u060c.()]+"
    r"(?:\s+(?![a-z]{3})[^\s\-\u2013\u2014,\u060c.()]+){0,2}"
    r"(?:\s*[,\u060c][^\n\-\u2013\u2014()]{0,30}?\d[^\n\-\u2013\u2014()]{0,12})?"
    r"(?:\s*\([^()\n]{0,40}\))?\s+[-\u2013\u2014]\s+)+")


def dateline_end(text: str) -> int:
    """Where a wire story's dateline ends ("ASTANA, June 17 - ", "الرياض - ", "جاكرتا (11
    نوفمبر) - "), 0 without one: the city it names is where the story was filed, no actor
    (the subject of "طشقند – احتضنت أستانا ..." is Astana, not Tashkent)."""
    found = _DATELINE.match(text)
    return found.end() if found else 0


def _outside_amounts(mentions: list, amounts: list) -> list:
    """Mentions that are not part of an amount: "US$5 million", "دولار أمريكي" name a
    currency, not an actor."""
    spans = sorted((a.start, a.end) for a in amounts)
    if not spans:
        return list(mentions)
    starts = [s for s, _ in spans]

    def inside(mention) -> bool:
        k = bisect.bisect_right(starts, mention.start) - 1
        return k >= 0 and mention.end <= spans[k][1]
    return [m for m in mentions if not inside(m)]


def _members_of_body(view: SentenceView, hit: Hit) -> bool:
    """"nine are members of the Palestine Red Crescent Society", "أعضاء جمعية الهلال الأحمر":
    a body noun (`body_nouns`) a few words after a membership trigger, in its clause, makes
    its members people of that body; a state named in the body's name is no member."""
    g, i = view.grammar, hit.last
    while i < min(len(view.words), hit.last + BODY_WINDOW) and not (
            i > hit.last and view.boundary[i]):
        if i not in view.masked and not g.body_nouns.isdisjoint(view.words[i]):
            return True
        i += 1
    return False


def _stopped(previous: Hit, hit: Hit, view: SentenceView) -> bool:
    """"will stop payments and subsidies in aid to X", "ستوقف المدفوعات التي تقدمها لX في
    إطار المساعدات": a fact trigger a few words into the object of a discontinuing trigger
    of its clause (or of one it ends) is what that trigger ends."""
    stopping = previous.stopped or _act(previous.frame) == (
        "SANCTION", "discontinue")  # "halt payments and loans in aid": the stop reaches on
    return stopping and previous.modality not in ("negated", "hypothetical") and (
        bool(hit.frame.fact) and _soon_after(previous, hit, view, STOPPED_WINDOW))


def _participle_modifier(view: SentenceView, hit: Hit) -> bool:
    """"the abducted chiefs", "a convicted fraudster", "soldiers imprisoned for desertion",
    "personnel accused of abuses": a one-word trigger in a past participle that a
    determiner or a preposition ("after seized explosives detonate": no finite verb follows
    one) opens before a word that goes on with its noun, or that follows its noun (no
    auxiliary before it) right before a link of a reduced relative, is an adjective: it
    describes a state, no act of the day (data: `participle_determiners`,
    `participle_prepositions`, `reduced_relative_links`); not a verdict's there
    (`_verdict_participle`)."""
    g = view.grammar
    if hit.last - hit.first != 1 or view.word_at(hit.first) not in past_participles(g.code):
        return False
    before, after = view.word_at(hit.first - 1), view.word_at(hit.last)
    closed = view.boundary[hit.last] if hit.last < len(view.boundary) else True
    # "an alleged plot to ...": what that adjective governs stays alleged (its frame reads it)
    opener = g.participle_determiners | g.participle_prepositions
    attributive = before in opener and not view.boundary[hit.first] and (
        not closed) and after not in g.prepositions | g.reduced_relative_links and (
        _act(hit.frame) != ALLEGING)
    return attributive or (_reduced_relative(view, hit) and (
        view.word_at(hit.first) not in g.verdict_participles))


def _reduced_relative(view: SentenceView, hit: Hit) -> bool:
    """"soldiers imprisoned for desertion": a one-word trigger after its noun (no auxiliary
    before it) right before a link of a reduced relative (`reduced_relative_links`)."""
    g = view.grammar
    after = view.word_at(hit.last)
    closed = view.boundary[hit.last] if hit.last < len(view.boundary) else True
    return hit.last - hit.first == 1 and hit.first > 0 and not view.boundary[hit.first] and (
        after in g.reduced_relative_links) and not closed and not _verb_of_clause(view, hit)


def _verdict_participle(view: SentenceView, hit: Hit) -> bool:
    """"executes 102 individuals convicted of armed robbery": a verdict's participle in a
    reduced relative (`verdict_participles`) is a passive, the one convicted its noun."""
    return hit.frame.voice == "active" and (
        view.word_at(hit.first) in view.grammar.verdict_participles) and (
        _reduced_relative(view, hit))


def _describes_people(view: SentenceView, hit: Hit) -> bool:
    """"attacks protestors demanding the release of X", "killed 34 people seeking aid",
    "على محتجين يطالبون بالإفراج": a verb form that describes (`describing_prefixes` on a
    finite verb's form, `describing_suffixes`) right after a noun of people (names, counts
    and one auxiliary between at most) that a word of its clause governs (not the clause's subject:
    "Protesters demanding ... marched"), with no actor of its own named right after it,
    says what those people do, no act of the day."""
    g = view.grammar
    word = view.word_at(hit.first)
    # a prefix marks the imperfect only on a verb's form: "تظاهرة" is a noun that starts so
    imperfect = hit.finite and word.startswith(g.describing_prefixes)
    if not imperfect and not (
            word.endswith(g.describing_suffixes) if g.describing_suffixes else False):
        return False
    people = g.people_nouns | g.fighter_nouns
    k = hit.first - 1
    if k >= 0 and view.word_at(k) in g.perfect_auxiliaries | g.pluperfect_auxiliaries:
        k -= 1
    while k >= 0 and (k in view.masked or view.word_at(k).isdigit()) and not view.boundary[
            k + 1]:
        k -= 1
    if k < 0 or view.boundary[k + 1] or people.isdisjoint(view.words[k]):
        return False
    if any(not a.marked and hit.first < a.first <= hit.first + DESCRIBED_OWN_ACTOR
           for a in view.args):
        return False  # "أول شخص تفرض عليه الحكومة الأمريكية عقوبات": the verb's own subject
    start = view.clause_start(k)
    return any(i not in view.masked and view.word_at(i) not in g.determiners
               and not view.word_at(i).isdigit() for i in range(start, k))


def _verb_of_clause(view: SentenceView, hit: Hit) -> bool:
    """The participle at `hit` is a clause's verb: an auxiliary stands in the two words before
    it ("was once jailed for"), a name that acts right before it ("which X threatened
    over ..."), or an actor that opens its clause right before it with no verb of that
    clause after it ("Turkish police arrested for the second time X"), not the noun of an
    object ("freed 40 Nigerian soldiers imprisoned for") or of a subject whose verb follows
    ("Congolese soldiers imprisoned for desertion were freed")."""
    g = view.grammar
    if any(view.word_at(k) in g.perfect_auxiliaries for k in range(hit.first - 2, hit.first)):
        return True
    before = [a for a in view.args if a.last == hit.first]
    if any(a.person is not None or a.resolution in NAMED for a in before):
        return True
    return any(_opens_clause(view, a.first) for a in before) and not _verb_after(view, hit.last)


def _opens_clause(view: SentenceView, i: int) -> bool:
    """Only determiners stand between the start of word i's clause and it."""
    determiners = view.grammar.participle_determiners
    return all(view.word_at(k) in determiners for k in range(view.clause_start(i), i))


def _verb_after(view: SentenceView, i: int) -> bool:
    """An auxiliary, a speech verb or a finite verb of the frames stands at word i or after
    it in its clause."""
    verbs = clause_verbs(view.grammar)
    while i < len(view.words) and not view.boundary[i]:
        if view.word_at(i) in verbs:
            return True
        i += 1
    return False




def _nominal_predicate(view: SentenceView, hit: Hit) -> bool:
    """"والغارات الإسرائيلية متواصلة", "والغارات الإسرائيلية تتواصل": a definite noun phrase
    (each word with the article) that a word without it follows in its clause, no
    preposition, is the subject of a clause (an indefinite word cannot describe a definite
    noun); languages with no proclitic article: never."""
    g = view.grammar
    if not g.article or not _definite(g, view.words[hit.first]):
        return False
    i = hit.first + 1  # "والإفراج عن جميع": what the trigger's preposition governs
    while i < len(view.words) and not view.boundary[i] and _definite(g, view.words[i]):
        i += 1
    return i < len(view.words) and not view.boundary[i] and (
        view.word_at(i) not in g.prepositions | g.coordinators)


def _definite(g: Grammar, word: tuple[str, ...]) -> bool:
    """The word carries the article ("الإسرائيلية", "والغارات", "للمدنيين")."""
    return len(_plain_readings(g, word)) < len(word)


def _agreed_concessions(view: SentenceView, hit: Hit, made: list[Event]) -> list[Event]:
    """"Hamas has agreed to retreat from ...", "اتفقا على تأجيل فرض رسوم على المكسيك": an
    agreement whose agreed act, right after its trigger and a content link, is a concession
    (grammar `conceded_acts`) is also a concession (CONCEDE) between its parties, made as the
    agreement is."""
    if _act(hit.frame)[0] != "AGREE" or not _agrees_to_concession(view, hit):
        return []
    score, quad = ontology().intensity("CONCEDE", None)
    step = Step("concession", "agreed_act", view.word_at(hit.last))
    return [replace(event, event_type="CONCEDE", mode=None, intensity=score, quad=quad,
                    context=list(event.context), evidence=list(event.evidence),
                    trace=[*event.trace, step])
            for event in made if event.event_type == "AGREE"
            and event.target not in (None, event.source)
            and codable("CONCEDE", event.source, event.target)]


def _agrees_to_concession(view: SentenceView, hit: Hit) -> bool:
    """The words right after the trigger, past the parties a verb-first clause names there
    ("اتفقت الولايات المتحدة والمكسيك على تأجيل") and one content link ("to", "على"), are an
    act of grammar `conceded_acts`."""
    g = view.grammar
    at = _past_parties(view, hit.last)
    at += view.word_at(at) in g.content_links
    ends = [end for act in g.conceded_acts
            if (end := act.match_end(view.words, at, view.masked)) is not None]
    return bool(ends) and not _unconceded_object(view, max(ends))


def _unconceded_object(view: SentenceView, end: int) -> bool:
    """A word of the grammar's `unconceded_objects` within CONCEDED_OBJECT_REACH words from
    word `end` (the conceded act's end), no punctuation mark before it: what is released or
    suspended is a text ("release a joint statement") or another's rights ("suspend
    Hungary's voting rights", "تعليق عضوية روسيا"), no concession."""
    for k in range(end, min(end + CONCEDED_OBJECT_REACH, len(view.words))):
        if k > end and k < len(view.boundary) and view.boundary[k]:
            return False
        if k not in view.masked and _reads_as(view.words[k], view.grammar.unconceded_objects):
            return True
    return False


def _past_parties(view: SentenceView, at: int) -> int:
    """The word after the names (and the coordinators between them) that start at word
    `at`, or `at` when none does."""
    ends = {a.first: a.last for a in view.args if a.first >= 0}
    k = at
    while k in ends or (k > at and view.word_at(k) in view.grammar.coordinators
                        and k + 1 in ends):
        k = ends.get(k, k + 1)
    return k


def _typed_by_ordered_act(view: SentenceView, hit: Hit,
                          people_acts: frozenset[tuple[str | None, str | None]]) -> Frame:
    """An order's frame typed by what it orders (grammar `ordered_acts`): "orders X to block
    access to Y" coerces X (COERCE), "orders X to depart" expels X, as "أمرت X بحجب" does;
    an act not listed ("orders X to return Y", "to block the merger") leaves it a request.
    The act's words start right after the trigger or on its last word (`Frame.ordered_act`).
    An act done to people only (`people_acts`: a release) frees only the people the order
    names, as that act's own frames do (`people_patient`: not "بالإفراج عن الأموال")."""
    at = hit.last if hit.frame.ordered_act == "after" else hit.last - 1
    if not 0 <= at < len(view.words):
        return hit.frame
    event = next((act.key for act in view.grammar.ordered_acts
                  if act.match_end(view.words, at, view.masked) is not None), None)
    if not event:
        return hit.frame
    typed = replace(hit.frame, event=event)
    return replace(typed, people_patient=_act(typed) in people_acts)


def _content_of(statement: Hit, hit: Hit, view: SentenceView) -> str | None:
    """The type of the threat, request, allegation or concession whose content `hit` states
    ("threatened to impose sanctions", "urged X to withdraw", "accused X of shelling",
    "lifted its ban on X"): a trigger a few words after a THREATEN, REQUEST, alleging ACCUSE
    or CONCEDE trigger, in its clause."""
    if _coordinated_act(statement, hit, view):
        return None  # "called on X to withdraw and accused it of ...": the next act
    if statement.frame.content == "planned":
        return "planned" if view.clause_start(hit.first, through_brackets=True) <= (
            statement.first) else None
    event = statement.frame.event or {}
    kind = event.get("type")
    if (kind, event.get("mode")) in REASONED_PUNISHMENTS and _reason_of(view, hit):
        return REASON
    if kind == "ACCUSE" and event.get("mode") != "allege":
        return None  # a condemned act did happen
    if statement.frame.object_in_trigger and not statement.made:
        return None  # "ordered the Pentagon to send troops": asking no one, the orderer acts
    if kind in CONTENT_TYPES and view.clause_start(hit.first) <= statement.first and (
            # one starting inside it is its content at once ("أمرت X Y بإغلاق", "*")
            0 <= _free_words(view, min(statement.last, hit.first), hit.first) <= 4
            or _asked_act(statement, hit, view)
            or _asked_too(statement, hit, view)):
        return kind
    if kind == "ACCUSE" and _included_content(statement, hit, view):
        return kind
    return None


def _ordered_own_organ(order: Hit) -> bool:
    """An order (frame key `object_in_trigger`) read only as asked of the orderer's own
    state, its organ ("Trump ordered the Pentagon to ...", "Aoun orders the military to
    ..."): an act it orders done to another state ("to send troops to Poland",
    `_done_abroad`) is the orderer's act, no request of its own organ; one done at home
    ("ordered to submit their resignations") or none ("to return X") stays asked."""
    return order.frame.object_in_trigger and bool(order.made) and all(
        e.source == e.target for e in order.made)


def _done_abroad(hit: Hit) -> bool:
    """`hit` was read into an act done to another state than its doer's ("send troops to
    Poland", "strike Iran"), not to its own ("submit their resignations")."""
    return bool(hit.made) and all(e.target != e.source for e in hit.made)


def _unmake(state: DocState, hit: Hit) -> None:
    """Take back the events `hit` was read into."""
    own = {id(e) for e in hit.made}
    state.result.events = [e for e in state.result.events if id(e) not in own]
    hit.made = []


def _threatened_acts_objects(view: SentenceView, content: Hit) -> None:
    """"هددت إسرائيل بقصف لبنان": the name right after a threat's content that reads as the
    doer of an instrument ("قُتل ثلاثة بقصف الجيش الروسي") is what the threatened act would
    be done to, its genitive object."""
    for arg in view.args:
        if arg.agent and arg.first == content.last and not arg.implicit:
            arg.agent, arg.marked, arg.marker = False, True, "gen"


def _threatened_before(threat: Hit, content: Hit, view: SentenceView) -> bool:
    """"هددت X Y بفرض عقوبات", "threatened Y with imposing sanctions": the threatened,
    named between the threat and its content joined by a `threat_markers` word (or
    proclitic, on the content or the verbal noun right before it: "بإعادة فرض"), is no
    doer of the content; the threatener is (the target is then the content's own object,
    else the threatened). Not "حذر X Y من فرض عقوبات", "warned Y against imposing
    sanctions": Y would impose them."""
    markers = view.grammar.threat_markers
    marked = view.word_at(content.first - 1) in markers or any(
        word[0][:1] in markers and word[0][1:] in word
        for word in view.words[max(content.first - 1, threat.last):content.first + 1])
    return marked and bool(threat.subjects) and any(
        not target.implicit and threat.last <= target.first and target.last <= content.first
        for _, target in threat.pairs)


def _coordinated_act(statement: Hit, hit: Hit, view: SentenceView) -> bool:
    """"called on X to withdraw and accused it of ...", "اتهمت X بانتهاك الهدنة ودعتها إلى
    الانسحاب": a verb trigger in a finite form (`_finite_verb`) joined by a coordinator (or
    a continuing proclitic, `continuing_words`) to a finite verb trigger before it is the
    subject's next act, no content of that one; not a participle joined to another after an
    auxiliary ("alleges they were trained and deployed")."""
    g = view.grammar
    if hit.first <= statement.last or not (
            _finite_verb(view, statement) and _finite_verb(view, hit)):
        return False
    auxiliaries = g.passive_auxiliaries | g.perfect_auxiliaries
    if any(view.word_at(k) in auxiliaries for k in range(statement.last, hit.first)):
        return False
    return _coordinated_after(view, hit.first)


def _coordinated_after(view: SentenceView, first: int) -> bool:
    """Whether word `first` is joined to what comes before it by a coordinator or a
    continuing word ("and", `coordinators`, `continuing_words`) or opens with a continuing
    proclitic (`continuing_prefixes`: "ووقعا")."""
    g = view.grammar
    before = view.word_at(first - 1)
    return before in g.coordinators or before in g.continuing_words or bool(
        g.continuing_prefixes and view.word_at(first).startswith(g.continuing_prefixes))


def _finite_verb(view: SentenceView, hit: Hit) -> bool:
    """A trigger that is a verb in a finite form: English past or third person (never the
    bare form, a participle in "-ing"), a language without inflections a perfect (its
    `perfect_endings`, with an object pronoun after them, or no `describing_prefixes` of the
    imperfect once a continuing proclitic is read off)."""
    g = view.grammar
    if _nominal(hit, view):
        return False
    finite = finite_forms(g.code)
    if finite:
        return view.word_at(hit.first) in finite
    if not hit.finite:
        return False
    word = view.word_at(hit.first)
    prefixed = bool(g.continuing_prefixes) and word.startswith(g.continuing_prefixes)
    stems = [w for w in view.words[hit.first] if not prefixed or w != word]
    endings = tuple(e + s for e in g.perfect_endings for s in ("", *g.resumptive_suffixes))
    return any((bool(endings) and w.endswith(endings)) or not (
        g.describing_prefixes and w.startswith(g.describing_prefixes)) for w in stems)


def _foreign_object(view: SentenceView, hit: Hit) -> bool:
    """"seized a foreign oil tanker", "طردت صحفيين أجانب": a word of foreignness (`foreign_words`)
    within the trigger's object phrase (FOREIGN_REACH words after it, no boundary, no
    preposition) makes what it is done to another state's, unnamed; not one that names an
    office or a field (`foreign_offices`: "the foreign minister's aide", "outside the foreign
    ministry")."""
    g = view.grammar
    end = min(len(view.words), hit.last + FOREIGN_REACH)
    for k in range(hit.last, end):
        if (view.boundary[k] and k > hit.last) or not g.prepositions.isdisjoint(view.words[k]):
            return False
        if k not in view.masked and not g.foreign_words.isdisjoint(view.words[k]):
            return k + 1 >= len(view.words) or g.foreign_offices.isdisjoint(view.words[k + 1])
    return False


def _claim_object(view: SentenceView, hit: Hit, subject: Arg) -> int:
    """"denies media reports that ...", "rejects the claim", "نفت وزارة الدفاع تقارير
    إعلامية": an act whose object is something said (grammar `claim_nouns`) is done to
    whoever said it, not to the doer's own people; unnamed, it has no target (an act that
    examines the claim, `CLAIM_EXAMINED`, is done to whom it is about). The word of the claim
    noun (-1: none). The object starts after the trigger or, verb first, after the
    subject named right after it; a preposition ("an investigation into reports of ..."), a
    conjunction or cause word ("resigns after allegations of ...") or a boundary ends the
    search."""
    g = view.grammar
    if _act(hit.frame) in CLAIM_EXAMINED:
        return -1
    start = subject.last if hit.last <= subject.first <= hit.last + st.ACTOR_AFTER_REACH else (
        hit.last)
    stops = _claim_stops(g)
    for k in range(start, min(len(view.words), start + CLAIM_REACH)):
        if (view.boundary[k] and k > start) or not stops.isdisjoint(view.words[k]):
            return -1
        if k not in view.masked and not g.claim_nouns.isdisjoint(view.words[k]):
            return k
    return -1


def _in_claim_content(view: SentenceView, claim: int, arg: Arg) -> bool:
    """`arg` is named in what the claim at word `claim` says ("denies reports that the
    defense secretary ordered ...", "تقارير أفادت بأن وزير الدفاع"): past a complementizer
    after the claim noun, so it is no one the act is done to."""
    return 0 <= claim < arg.first and any(
        not view.grammar.complementizers.isdisjoint(view.words[k])
        for k in range(claim + 1, arg.first))


def _listed_request(view: SentenceView, before: list[Hit], hit: Hit) -> bool:
    """A request of the sentence before `hit` lists it among what it asks for."""
    request = next((h for h in reversed(before) if _act(h.frame)[0] == "REQUEST"), None)
    return request is not None and _listed_content(request, hit, view)


def _listed_content(statement: Hit, hit: Hit, view: SentenceView) -> bool:
    """"called for a ceasefire in Gaza, the lifting of the blockade and the release of all
    hostages", "دعا إلى وقف إطلاق النار، ورفع القيود، والإفراج عن الرهائن": a noun phrase
    listed after what a request asks for (each item after a comma or a coordinator opened by
    a determiner (data: `determiners`), or where there are none by a word with a continuing
    proclitic, "و"; no verb between) is asked for too."""
    g = view.grammar
    if hit.first - statement.last > LISTED_CONTENT_REACH or not (
            g.determiners or g.continuing_prefixes):
        return False
    if hit.finite and hit.first + 1 in view.masked:
        return False  # "، وأفرجت إسرائيل عن": a verb with its subject opens a clause
    if _verb_after(view, hit.last) or _nominal_predicate(view, hit):
        return False  # ", and an Israeli airstrike killed": the subject of a clause
    finite = finite_forms(g.code)
    if view.word_at(hit.first) in finite or any(  # not "the return of abducted children"
            view.word_at(k) in finite and view.word_at(k - 1) not in g.participle_determiners
            for k in range(statement.last, hit.first)):
        return False
    item = next((k for k in range(hit.first, max(statement.last, hit.first - ITEM_WORDS), -1)
                 if _opens_item(view, k) or view.boundary[k]), None)
    if item is None or not (view.boundary[item] or view.word_at(item - 1) in g.coordinators):
        return False  # the noun phrase opens no item of a list
    if not g.determiners and item != hit.first and not _articled(g, view.word_at(item)):
        return False  # "، وأعلنت عن تقديم مساعدات": a verb opens that clause
    opened = next((k for k in range(statement.last, item)  # "دعا البابا، في ...، إلى"
                   if view.word_at(k) in g.content_links), statement.last)
    return all(_opens_item(view, k) for k in range(opened + 1, item + 1) if view.boundary[k])


def _opens_item(view: SentenceView, k: int) -> bool:
    """Word k (after any coordinators) opens a noun phrase of a list: a determiner, or where
    the language has none a word with a continuing proclitic ("والإفراج", "ورفع")."""
    g = view.grammar
    while view.word_at(k) in g.coordinators:
        k += 1
    word = view.word_at(k)
    if g.determiners:
        return word in g.determiners
    return any(word.startswith(p) and len(word) > len(p) + 1 for p in g.continuing_prefixes)


def _articled(g: Grammar, word: str) -> bool:
    """The word carries the article after its continuing proclitic ("والسماح"): a noun."""
    return bool(g.article) and any(word.startswith(p + g.article)
                                   for p in g.continuing_prefixes)


def _agreement_terms(view: SentenceView, before: list[Hit], hit: Hit) -> bool:
    """"signed a free trade agreement ..., under which tariffs will be abolished", "an
    agreement that cuts tariffs": a concession after an agreement of its sentence is one of
    its terms, in the agreement's clause or in a later one that names no state before it
    (not "..., under which X grants ...": X's own act)."""
    if (hit.frame.event or {}).get("type") not in AGREEMENT_TERMS or hit.frame.fact:
        return False
    agreements = [h for h in before if h.frame.fact in AGREEMENT_FACTS]
    if not agreements:
        return False
    clause = view.clause_start(hit.first)
    if clause <= agreements[-1].first:  # the states of the agreement's clause are its parties
        return True
    return not any(clause <= a.first < hit.first and a.kind == "state" and not a.implicit
                   for a in view.args)


def _before_conjunction(view: SentenceView, hit: Hit, right: list[Arg]) -> list[Arg]:
    """The names after a passive form and before the next clause conjunction (data
    `clause_conjunctions`): "are killed when a truck driven by X crashes" names no agent of
    the killing, X drives the truck."""
    conjunctions = view.grammar.clause_conjunctions
    end = next((k for k in range(hit.last, len(view.words))
                if st.phrase_at(view, k, conjunctions)), len(view.words))
    return [a for a in right if a.first < end]


def _named_as_nationals(view: SentenceView, entity: str, actor: Arg, done_to: bool) -> bool:
    """The sentence names the state only as the nationality of people abroad ("a French
    citizen", "مواطن فرنسي", data `abroad_nouns`): an act done to them (`done_to`: a
    type that acts on people) is no act of that state on its own people, nor is theirs where
    another state is named ("a Palestinian student who led protests at Columbia"). People
    acting with no other state named act at home ("Serbian students blocked a highway")."""
    named = [a for a in view.args if a.entity == entity and not a.implicit]
    if not named or not all(
            _nationality_of(view, a, view.grammar.abroad_nouns) for a in named):
        return False
    if actor not in named:
        return done_to
    return any(a.kind == "state" and a.entity != entity and not a.implicit for a in view.args)


def _struck_owners(view: SentenceView, hit: Hit) -> list[Arg]:
    """The armed groups that hold what a force act strikes, named after its trigger: before
    a noun of what is struck ("Houthi targets", "Hezbollah's sites", "Islamic State positions
    in Somalia"), after such a noun and an owner link ("sites belonging to X", "موقعا تابعا
    لحزب الله", "مواقع حزب الله") or right after a targeting verb ("airstrikes in southern
    Lebanon, targeting Hezbollah"; data `struck_nouns`, `owner_links`, `targeting_verbs`)."""
    g = view.grammar
    if not g.struck_nouns:
        return []
    return [a for a in view.args if a.kind == "armed_group" and a.first > hit.last
            and a.first - hit.last <= STRUCK_REACH and not a.implicit
            and (_holds_struck(view, a) or _struck_by_name(view, a)
                 or _targeted(view, a))]


def _holds_struck(view: SentenceView, group: Arg) -> bool:
    """"Hezbollah drone facilities", "Hezbollah's site": a struck noun a few words after the
    group, in its clause, with no other name between, where modifiers stand before their
    noun (not "هاجم مقاتلو طالبان موقعا": a verb-first subject)."""
    g = view.grammar
    if g.adjective_after_noun:
        return False
    for k in range(group.last, min(group.last + STRUCK_MODIFIERS + 1, len(view.words))):
        if view.boundary[k] or (k in view.masked and k >= group.last):
            return False
        if not g.struck_nouns.isdisjoint(view.words[k]):
            return True
    return False


def _struck_by_name(view: SentenceView, group: Arg) -> bool:
    """"positions of X", "موقعا تابعا لحزب الله", "مواقع حزب الله": a struck noun before an
    owner link that stands right before the group, or, where a noun's owner follows it,
    right before the group."""
    g = view.grammar
    k = group.first - 1
    link = st.phrase_ending_at(view, k, g.owner_links, longest=2)
    if link is None:
        link = _belonging_link(view, k)
    if link is None and not g.adjective_after_noun:
        return False
    if link is not None:
        k = link - 1
        while k > link - OWNED_MODIFIERS - 1 and k >= 0 and not view.boundary[k + 1] and (
                g.struck_nouns.isdisjoint(view.words[k])):
            k -= 1
    return k >= 0 and not view.boundary[k + 1] and not g.struck_nouns.isdisjoint(
        view.words[k])


def _belonging_link(view: SentenceView, k: int) -> int | None:
    """"sites belonging to X": a word of belonging (`affiliation_words`) and the preposition
    at word k link a noun to its holder as an owner link does: where the belonging begins."""
    g = view.grammar
    if k >= 1 and view.word_at(k) in g.prepositions and not (
            g.affiliation_words.isdisjoint(view.words[k - 1])):
        return k - 1
    return None


def _targeted(view: SentenceView, group: Arg) -> bool:
    """"targeting the Houthis", "مستهدفة حزب الله": the group right after a targeting verb
    (its determiners between)."""
    g = view.grammar
    k = group.first - 1
    while k >= 0 and view.word_at(k) in g.determiners:
        k -= 1
    return k >= 0 and not g.targeting_verbs.isdisjoint(view.words[k])


def _framework_content(view: SentenceView, before: list[Hit], hit: Hit) -> bool:
    """"negotiations with X over the release of Y", "the deal's second phase, which includes
    the release of ...", "مفاوضات مع X بشأن الإفراج عن Y", "خطة ...، بما في ذلك الإفراج":
    an act noun that a topic or inclusion link (`framework_links`) opens, with determiners
    between at most, a few words after a noun of talks, deals or plans (`framework_nouns`)
    is what they are about or lay down, no act of the day. A link that also gives a reason
    (`reason_markers`) after such a noun that an act of its clause governs (other than
    holding the talks or making the deal) gives that act's reason ("suspends its agreements
    with X over the arrest of Y": the arrest happened)."""
    g = view.grammar
    if not g.framework_links or hit.finite:
        return False
    link = _framework_link_before(view, hit.first)
    if link is None:
        return False
    free, k = 0, link - 1
    while k >= 0 and free <= FRAMEWORK_REACH:
        if k not in view.masked:
            if not g.framework_nouns.isdisjoint(view.words[k]):
                if _verb_between(view, k, link):
                    return False  # "Talks collapsed over the arrest of ...": the arrest is
                return view.word_at(link) not in g.reason_markers or not any(
                    view.clause_start(k) <= h.first < k and (h.frame.event or {}).get(
                        "type") not in FRAMEWORK_TYPES for h in before)
            free += 1
        k -= 1
    return False


def _verb_between(view: SentenceView, noun: int, link: int) -> bool:
    """A verb stands between a noun of talks or plans and a link: an auxiliary or a
    predicate verb, or, where modifiers stand before their noun, words with no name nor comma
    among them, right after the noun, the first no preposition nor coordinator ("Talks
    collapsed over"; not "talks with X over", "phase two, which includes"): the noun is that
    verb's subject and the link opens the verb's reason, not the noun's content."""
    g = view.grammar
    verbs = clause_verbs(g)
    if any(view.word_at(k) in verbs for k in range(noun + 1, link)):
        return True
    between = range(noun + 1, link)
    if g.adjective_after_noun or not between or any(
            view.boundary[k] or k in view.masked for k in between):
        return False  # "phase two, which includes": a relative clause goes on the noun
    return view.word_at(noun + 1) not in g.prepositions | g.coordinators | g.framework_links


def _framework_link_before(view: SentenceView, first: int) -> int | None:
    """The first word of a `framework_links` phrase that ends right before word `first` or
    before the determiners that open its noun phrase ("over the release")."""
    g = view.grammar
    end = first - 1
    while end >= first - FRAMEWORK_DETERMINERS and view.word_at(end) in g.determiners and (
            not view.boundary[end + 1]):
        end -= 1
    if end < 0 or view.boundary[end + 1] or end in view.masked:
        return None
    return st.phrase_ending_at(view, end, g.framework_links, longest=3)


def _included_content(statement: Hit, hit: Hit, view: SentenceView) -> bool:
    """"accused X of war crimes, including sexual assault": a clause that an inclusion word
    opens after an allegation lists more of what is alleged."""
    goes_on = view.grammar.list_inclusion - view.grammar.prepositions
    clause = view.clause_start(hit.first)
    if clause <= statement.first or view.word_at(clause) not in goes_on:
        return False
    while clause > statement.first and view.word_at(clause) in goes_on:
        clause = view.clause_start(clause - 1)
    return clause <= statement.first


def _restates(previous: Hit, hit: Hit, view: SentenceView) -> bool:
    """"would provide $300 million in aid": a trigger of the same fact a few words after
    another in its clause restates it (and keeps its modality); names between do not count
    ("بتقديم 50 مليون يورو لسوريا في صورة مساعدات"). An act's trigger restates one of its
    type only as its very object ("blocks X from deploying National Guard troops"): "will
    investigate the allegations" leaves the allegations made."""
    if hit.frame.fact:
        return hit.frame.fact == previous.frame.fact and (
            hit.first >= previous.last) and _object_of(view, previous, hit)
    return _same_act(previous, hit) and all(
        k in view.masked for k in range(previous.last, hit.first)) and _object_of(
            view, previous, hit)


def _purpose_of(previous: Hit, hit: Hit, view: SentenceView) -> bool:
    """"will be meeting X in Alaska for talks to discuss ...": an act of the same type
    after the purpose link (`content_links`, "to") later in the sentence is what the act
    before it is for, no second act, and shares its modality; not after a cause ("due to
    sanctions", "in response to attacks": `cause_words`), which is a given."""
    g = view.grammar
    link = hit.first - 1
    return _same_act(previous, hit) and link >= previous.last and (
        view.word_at(link) in g.content_links) and (
            not _reads_as(view.words[link - 1], g.cause_words))


def _same_act(previous: Hit, hit: Hit) -> bool:
    """`hit` is an act of the type of the act `previous`, not before its end: the one act
    again (`_restates`, `_purpose_of`)."""
    kind = _act(hit.frame)[0]
    return kind is not None and kind == _act(previous.frame)[0] and hit.first >= previous.last


def _soon_after(previous: Hit, hit: Hit, view: SentenceView, reach: int) -> bool:
    """`hit` begins at most `reach` words after `previous` ends, in the clause it opens."""
    return 0 <= hit.first - previous.last <= reach and view.clause_start(
        hit.first) <= previous.first


def _object_of_idle_verb(previous: Hit, hit: Hit, view: SentenceView) -> bool:
    """"A and B established a strategic partnership with C": a symmetric fact that is the
    object of a fact's verb which read no parties of its own ("established": no
    organisation founded) has the subjects named before that verb."""
    return bool(hit.frame.fact and previous.frame.fact) and hit.frame.symmetric and (
        not previous.subjects) and _soon_after(previous, hit, view, RESTATE_GAP)


def _between_reach(view: SentenceView, hit: Hit) -> int:
    """"توسطت تركيا في صفقة تبادل أسرى بين روسيا وأوكرانيا": a mediation reaches over the
    act it brokered (another trigger) to the parties after "between" in its clause."""
    if any(a.between for a in view.args if hit.last <= a.first < hit.right):
        return hit.right
    clause = view.clause_start(hit.first)
    after = [a for a in view.args if a.between and a.first >= hit.right
             and a.first - hit.last <= BETWEEN_REACH and view.clause_start(a.first) <= clause]
    return max([hit.right] + [a.last for a in view.args if after and a.first >= after[0].first
                              and a.first - after[0].last <= 2])


def _shares_parties(previous: Hit, hit: Hit, view: SentenceView) -> bool:
    """"A and B upgraded their ties to a strategic partnership", "رفعت A وB علاقاتهما إلى
    مستوى الشراكة": a symmetric fact after a symmetric act of its clause is between the
    parties of that act."""
    return bool(hit.frame.fact) and hit.frame.symmetric and previous.frame.symmetric and (
        not previous.frame.fact) and view.clause_start(hit.first) <= previous.first and (
        hit.first - previous.last <= SHARED_PARTIES_GAP)


def _signed_partnership(previous: Hit, hit: Hit, view: SentenceView) -> bool:
    """"A and B signed a charter on strategic partnership", "وقّع A مع B معاهدة للشراكة
    الاستراتيجية": a partnership named as the instrument a signing concludes is between the
    parties of that signing, named before it."""
    return hit.frame.fact == "partner_of" and previous.frame.fact == "agreement_with" and (
        (previous.frame.event or {}).get("type") == "SUPPORT") and (
        view.clause_start(hit.first) <= previous.first) and (
        hit.first - previous.last <= SHARED_PARTIES_GAP)


def _signers_start(view: SentenceView, signing: Hit) -> int:
    """Where the signers of `signing` begin: the names of its clause right before it and
    those coordinated with them ("the IMF expanded ... and A signed": A alone), else the
    signing itself (verb first: "وقّع مع B ...")."""
    clause = view.clause_start(signing.first)
    signers = last_group([a for a in view.args if clause <= a.first and a.last <= signing.first])
    return signers[0].first if signers else signing.first


def _approved_gift(previous: Hit, hit: Hit, view: SentenceView) -> bool:
    """"وافق البنك الدولي على قرض بقيمة ... لكينيا", "اتفقت A وB على تقديم مساعدات": aid or
    an investment a few words after an approval or agreement (AGREE, no fact of its own) in
    its clause is given by the one who approves it, named inside or before that trigger."""
    event = previous.frame.event or {}
    return hit.frame.fact in GIVING_FACTS and not previous.frame.fact and event.get(
        "type") == "AGREE" and _soon_after(previous, hit, view, AGREED_GIFT_GAP)


def _agreed_fact(previous: Hit, hit: Hit, view: SentenceView) -> bool:
    """"agreed to provide aid", "offered aid", "اتفقت A وB على تقديم مساعدات": an approved
    gift right after its agreement or offer, or right after a content link ("على"), is
    promised, not yet done; not a thing approved a word on ("وافقت على حزمة مساعدات"
    approved an aid package)."""
    return _approved_gift(previous, hit, view) and (
        hit.first == previous.last or view.word_at(hit.first - 1) in view.grammar.content_links)


def _agreed_act(previous: Hit, hit: Hit, view: SentenceView) -> bool:
    """"A and B agreed to restore ties", "اتفقت A وB على استئناف العلاقات", "agreed to
    release the prisoners": an act right after an agreement's trigger (past the parties a
    verb-first clause names there and one content link) is what was agreed, still to be
    done; not what a clause after it says ("agreed that the talks were useful"). Pledges
    and offers of readiness (frame key `content`) read their content their own way."""
    if _act(previous.frame)[0] != "AGREE" or previous.frame.content or previous.frame.fact:
        return False
    if hit.frame.fact or hit.frame.made_as_content or _act(hit.frame)[0] in (None, "AGREE"):
        return False  # "agreed on a peace treaty", "approved a request by X": made
    at = _past_parties(view, previous.last)
    at += view.word_at(at) in view.grammar.content_links
    return hit.first == at and view.word_at(at - 1) in view.grammar.content_links


def _meeting_reality(view: SentenceView, hit: Hit, parties: list[Arg],
                     start: int) -> str | None:
    """Whether a meeting between `parties` no one holds took place, by the words of its
    clause (`meeting_reality`): "actual" ("talks between A and B were held", "جرت محادثات
    بين", "after talks between"), "planned" ("a meeting between A and B is planned") or
    None, also with no such word ("hopes for a meeting between", "... is impossible",
    "... فشلت"; the one first in `REALITY_ORDER` wins)."""
    table = view.grammar.meeting_reality
    end = parties[-1].last
    while end < min(len(view.words), parties[-1].last + MEETING_PREDICATE_REACH) and not (
            view.boundary[end] and end not in view.list_starts):
        end += 1
    said = {table[r] for i in range(start, end) if i not in view.masked
            for r in view.words[i] if r in table}
    reality = next((r for r in REALITY_ORDER if r in said), "none")
    return None if reality == "none" else reality


def _possible(text: str, view: SentenceView, hits: list[Hit], k: int, modality: str,
              cue: str) -> tuple[str, str]:
    """The modality of trigger `hits[k]` read so far (and its cue), made hypothetical by a
    lower-case modal of possibility right before it ("may impose", not "in May"), by a
    condition it stands in, opened after the trigger before it ("... unless X lifts its
    tariffs") or, when planned, by one opened after it before the next trigger ("would
    attack X if ...", "will end the contracts unless ...") or anywhere before it in its
    sentence ("if X persists, its leader will be targeted")."""
    hit, g = hits[k], view.grammar
    conditions = st.may_open(view, g.condition_words)  # most sentences: no condition word
    if modality in ("actual", "planned") and conditions:
        for i in range(hits[k - 1].last if k else 0, hit.first):
            condition = st.condition_at(view, i, g.condition_words)
            if condition and not _failure_condition(view, hit, (i, i + 1)):
                return "hypothetical", condition
    if modality == "actual":
        for i in range(max(hit.left, hit.first - 2), hit.first):
            word = text[view.spans[i][0]:view.spans[i][1]]
            if word in g.lowercase_modals:
                return "hypothetical", word
    if modality == "planned" and conditions:  # the condition after it, or before it in
        # the sentence ("if X, Y will ...")
        end = hits[k + 1].first if k + 1 < len(hits) else len(view.words)
        for i in [*range(hit.last, end), *range(hit.first)]:
            condition = st.condition_at(view, i, g.condition_words)
            if condition:
                return "hypothetical", condition
    return modality, cue


def _patient_nationality(view: SentenceView, hit: Hit, subjects: list[Arg]) -> bool:
    """"ترحيل طالبة فلسطينية", "اعتقال ... ومواطن فرنسي": after an act done to people
    (PATIENT_NATIONALITY, or a frame whose genitive is its patient), a nationality adjective
    that follows a noun of people after the trigger (adjectives after their noun) names the
    patient's state, not the doer."""
    g = view.grammar
    # the key as well as the type set: COOPERATE is no type done to people (a cooperation's
    # nisba is its doer's: "التعاون الأمني المصري"), only a handing over is (genitive_patient)
    if ((hit.frame.event or {}).get("type") not in PATIENT_NATIONALITY
            and not hit.frame.genitive_patient) or (
            not g.adjective_after_noun) or not subjects:
        return False
    nouns = g.people_nouns | g.patient_nouns
    return all(a.resolution == "adjective" and a.first > hit.last and any(
        not nouns.isdisjoint(view.words[k]) for k in range(max(hit.last, a.first - 2), a.first))
        for a in subjects)


def _owns_assets(view: SentenceView, a: Arg) -> bool:
    """"seized Russian financial assets", "الأصول الروسية المجمدة": a nationality adjective of an
    asset noun (`asset_nouns`; right before it or one word further, "Russian financial assets",
    where adjectives stand first; right after it where they follow) names the assets' owner.
    Aid drops such an owner as its giver or receiver whether or not the assets fund the aid
    (the noun alone tells it; the frozen or seized assets of its evidence do)."""
    g = view.grammar
    if a.resolution != "adjective" or not g.asset_nouns:
        return False
    if g.adjective_after_noun:
        return a.first > 0 and _reads_as(view.words[a.first - 1], g.asset_nouns)
    return any(_reads_as(view.words[k], g.asset_nouns)
               for k in range(a.last, min(a.last + 2, len(view.words))))


def _object_modifier(view: SentenceView, subjects: list[Arg]) -> bool:
    """"A court in London sentenced a Chinese fraudster": where the subject stands before the
    verb and adjectives before their noun, a nationality adjective after the verb modifies its
    object (the state done to), never its doer; one before a place noun names the place ("in
    the Uzbek city of X": the host)."""
    g = view.grammar
    return bool(subjects) and not g.verb_first and not g.adjective_after_noun and all(
        a.resolution == "adjective" and a.last < len(view.words) and a.last not in view.masked
        and g.place_nouns.isdisjoint(view.words[a.last]) for a in subjects)


def _actor_after_preposition(view: SentenceView, last: int, tokens: tuple[str, ...]) -> bool:
    """"إن على إيران أن ...", "يجب على الحكومة الأوكرانية": a trigger that ends on its bare
    preposition (not "عليها") has an actor's name (or organ, title) begin right after it,
    or after an article ("mediators in the United States"; Arabic has none)."""
    if view.words[last - 1][0] != tokens[-1].rstrip("*"):
        return True  # the pronoun is the obliged one
    return st.actor_after(view, last, markers={view.word_at(last - 1)}, reach=1,
                          kinds=OBLIGED_KINDS) is not None


def _word_of_proper_name(text: str, view: SentenceView, first: int, last: int,
                         words: frozenset[str]) -> bool:
    """A one-word trigger of `words` written capitalised with a capitalised word beside it
    ("the Allied Land Command", "launched the Global Alliance for ..."): a word of a proper
    name (a script without case has none)."""
    if last - first != 1 or words.isdisjoint(view.words[first]):
        return False

    def capitalised(k: int) -> bool:
        return 0 <= k < len(view.words) and text[view.spans[k][0]].isupper()

    return capitalised(first) and (capitalised(first - 1) or capitalised(first + 1))


def _opens_name(view: SentenceView, k: int) -> bool:
    """Whether a name mention begins at word k."""
    return any(a.first == k for a in view.args)


def _state_organ_name(view: SentenceView, first: int, last: int) -> bool:
    """"clashed with Greek police": a trigger that names its doer (`doer_in_trigger`) ends
    on a state's organ named with its nationality, a name wholly inside the trigger after
    its first word."""
    return any(a.kind == "state" and first < a.first and a.last == last for a in view.args)


def _town_noun_of_name(view: SentenceView, k: int) -> bool:
    """"استولت روسيا على مدينة بوكروفسك": the trigger ends on the town noun that opens a
    name (an alias "مدينة X"); the noun is the trigger's object, not a word inside a name."""
    return _opens_name(view, k) and _town_noun(view.grammar, view.words[k])


def _every_pair(parties: list[Arg], focal: str | None) -> list[tuple[Arg, Arg]]:
    """"A, B and C signed a treaty", "A, B and C met in Doha": every pair of co-subjects
    (of distinct entities), the focal state first."""
    ordered = [a for a in parties if a.entity == focal] + [
        a for a in parties if a.entity != focal]
    return [(a, b) for i, a in enumerate(ordered) for b in ordered[i + 1:]
            if a.entity != b.entity]


def _met_at_venue(view: SentenceView, hit: Hit, subjects: list[Arg], objects: list[Arg],
                  focal: str | None) -> list[tuple[Arg, Arg]]:
    """"A and B meet in Abu Dhabi, United Arab Emirates", "after talks in Istanbul, Turkey,
    A and B agree": a meeting of two or more states named together as its subjects, whose
    only object is where it is held (`_located`), a state none of them is, is theirs: every
    pair of them (`_every_pair`), not each with the venue (a state that meets in its own
    capital, or hosts a group it is one of, stays the host); so is a name after another
    preposition than a comitative (`_beside_meeting`). A meeting with no object at all is
    the frame's `mutual` twin's (`Extractor._mutual`), not this."""
    if _act(hit.frame)[0] != "CONSULT" or not objects or len(subjects) < 2:
        return []
    states = unique([a for a in subjects if a.kind == "state"])
    if len(states) != len(subjects) or len({a.entity for a in states}) < 2:
        return []
    if not _joint_meeting_possible(view, hit, subjects):
        return []
    named = {a.entity for a in states}
    if any(o.entity in named or not (_located(view, o) or _beside_meeting(view, hit, o))
           for o in objects):
        return []
    return _every_pair(states, focal)


def _joint_meeting_possible(view: SentenceView, hit: Hit, subjects: list[Arg]) -> bool:
    """Whether subjects named together may have met each other: not where the trigger,
    after them, takes a noun phrase opened by a determiner ("Chile and Peru met the deadline",
    "met their obligations": met is fulfilled), nor where they only describe a crowd or
    people (`crowd_nouns`, `people_nouns`: "Fans of Chile and Peru met in Lima", "Chilean
    and Peruvian students met"), who are no officials of theirs; nor where the meeting is
    denied ("Chile and Peru did not meet": neither refused the other)."""
    g = view.grammar
    if hit.modality == "negated":
        return False
    if not subjects:
        return True
    opening = g.determiners | g.possessive_pronouns
    if all(a.last <= hit.first for a in subjects) and not opening.isdisjoint(
            view.words[hit.last] if hit.last < len(view.words) else ()):
        return False
    return not _people_named_for(view, subjects, g.crowd_nouns | g.people_nouns)


def _people_named_for(view: SentenceView, subjects: list[Arg], nouns: frozenset[str]) -> bool:
    """Whether the coordinated names only say whose people they are: the noun before them
    and its genitive link ("fans of A and B", "مشجعو A وB") or right after an adjective of
    theirs ("Chilean and Peruvian fans") is one of `nouns`."""
    first = min(a.first for a in subjects)
    last = max(a.last for a in subjects)
    k = first - 1
    while k >= 0 and view.word_at(k) in view.grammar.genitive_links:
        k -= 1
    if k >= 0 and not nouns.isdisjoint(view.words[k]):
        return True
    return last < len(view.words) and not nouns.isdisjoint(view.words[last])


def _joint_parties(hit: Hit, subjects: list[Arg], left: list[Arg], clause: int
                   ) -> list[Arg]:
    """"Russia and Ukraine begin a prisoner exchange", "A and B lift their border controls":
    two or more states named together as the subjects of a release or a concession
    (`JOINT_TYPES`) with no one named it is done to do it to each other, not each to its own
    people (the ontology's joint acts: one event per pair); not an arrest or a strike, which
    each does at home ("A and B arrested dozens of protesters")."""
    states = unique([a for a in subjects if a.kind == "state" and not a.implicit])
    if _act(hit.frame)[0] not in JOINT_TYPES or len(states) != len(subjects) or len(
            {a.entity for a in states}) < 2 or not _co_subjects(states, left, clause):
        return []
    return states


def _beside_meeting(view: SentenceView, hit: Hit, arg: Arg) -> bool:
    """"meet on the sidelines of the UN General Assembly", "التقيا على هامش قمة X": a name
    after the meeting behind a preposition, and no comitative one ("with", "مع": a partner)
    between them, names where or at what the parties met, no partner."""
    g = view.grammar
    words = [view.word_at(k) for k in range(hit.last, arg.first)]
    return bool(words) and not g.prepositions.isdisjoint(words) and g.comitative.isdisjoint(
        words)


def _located(view: SentenceView, arg: Arg) -> bool:
    """"in Lebanon", "في لبنان", "in Istanbul, Turkey": a name governed by a preposition that
    only ever says where (`venue_markers`: not Arabic "ب", which also means "with": "التقى
    وزير مصر بوزير الخارجية القطري"), or apposed (after a comma) to a place so governed."""
    locative = view.grammar.venue_markers
    if arg.marker in locative or _town_governed(view, arg, tuple(locative)):
        return True
    if not arg.coordinated:
        return False
    place: Arg | None = None
    for other in view.args:
        if other.last <= arg.first and (place is None or other.last > place.last):
            place = other
    return place is not None and (place.kind in ("place", "city") or place.capital) and (
        place.marker in locative) and arg.first - place.last <= 1


def _state_of_venue(view: SentenceView, arg: Arg) -> bool:
    """"في مدينة إسطنبول التركية", "في مدينة جدة السعودية": the state (its adjective) right
    after a place named where something is held (`_located`) says where too, as the state
    after "in Istanbul," does."""
    return arg.kind == "state" and any(
        a.last == arg.first and a.kind in ("place", "city") and _located(view, a)
        for a in view.args)


def _group_over_place(view: SentenceView, hit: Hit, objects: list[Arg],
                      taken: set[str | None]) -> list[Arg]:
    """The armed group named after a use of force whose chosen objects only say where it
    happened (states governed by a place preposition: "in central Somalia", "في شمال
    سوريا"); none when an object is not such a place or no armed group is named."""
    g = view.grammar
    venue = tuple(g.venue_markers)
    if not all(a.kind == "state" and (_located(view, a) or st.governed_by(view, a, venue))
               for a in objects):
        return []
    # a group that does something itself ("attacks by X", "الهجمات التي تشنها X") or is a
    # partner ("a ceasefire with X": a comitative near it, the loop below) is no target
    not_target = (*hit.frame.agent_markers, *(" ".join(p) for p in g.agent_phrases))
    groups = [a for a in view.args
              if a.kind == "armed_group" and a.first >= hit.last and a.entity not in taken]
    # only a group in the act's own clause: not after a clause boundary ("..., saying X",
    # "; X vowed"), a relative pronoun, or an adjunct opener ("after X fired", "فيما X")
    groups = st.before_adjunct(view, hit.last, st.before_relative(
        view, hit.last, st.in_clause(view, hit.last, groups)), event_nouns.act_adjuncts(g))
    for arg in groups:
        near = range(max(hit.last, arg.first - GROUP_PARTNER_REACH), arg.first)
        if arg.agent or st.governed_by(view, arg, not_target) or any(
                not g.comitative.isdisjoint(view.words[k]) for k in near):
            return []
        return [arg]
    return []


def _place_phrase(view: SentenceView, first: int, end: int) -> bool:
    """Words `first` to `end` are the place's own noun phrase: place nouns ("the city of"),
    or a partitive or spread phrase ("parts of", "the outskirts of", "across", "مناطق
    متفرقة من"), whose preposition counts only after one of its words (`spread_words`)."""
    g = view.grammar
    links = g.partitive_skips | g.locative
    spread = False
    for i in range(first, end):
        plain = _plain_readings(g, view.words[i])
        if not g.spread_words.isdisjoint(plain):
            spread = True
        elif g.place_nouns.isdisjoint(plain) and not (spread and not links.isdisjoint(plain)):
            return False
    return True


def _town_governed(view: SentenceView, arg: Arg, markers: tuple[str, ...]) -> bool:
    """"غارة على مدينة صور": a town noun between the marker and the place's name; or a
    partitive or spread phrase that opens on one of its words ("strikes on parts of Kyiv",
    "غارات على مناطق متفرقة من قطاع غزة", "في أنحاء قطاع غزة")."""
    k = arg.first - 1
    if k >= 1 and _town_noun(view.grammar, view.words[k]):
        return not set(markers).isdisjoint(view.words[k - 1])
    spread = view.grammar.spread_words
    opener = next((k for k in range(max(1, arg.first - SPREAD_PHRASE_REACH), arg.first)
                   if not spread.isdisjoint(_plain_readings(view.grammar, view.words[k]))
                   and not any(view.boundary[i] for i in range(k + 1, arg.first + 1))
                   and _place_phrase(view, k, arg.first)), None)
    return opener is not None and not set(markers).isdisjoint(view.words[opener - 1])


def _addressed_warning(view: SentenceView, warning: Hit) -> bool:
    """"Egypt warned Ethiopia against ...", "حذرت الصين الولايات المتحدة من ...": the warning
    names whom it is made to, an actor right after it that no preposition governs (after its
    verb-first subject, when no actor stands before it in its clause)."""
    addressee = st.actor_after(view, warning.last)
    if addressee is None:
        return False
    clause = view.clause_start(warning.first)
    if any(a.kind in st.ACTOR_KINDS and clause <= a.first < warning.first for a in view.args):
        return True
    return st.actor_after(view, addressee.last) is not None


def _own_state_threats(threat: Hit, view: SentenceView, content: list[Event]) -> list[Event]:
    """"Bouteflicka threatened to impose a curfew in Algiers", "warned that police will no
    longer tolerate rallies": a threat that named no one of its own, whose content is an act
    within one state, threatens that state (its source's own people). Its evidence and trace
    are the threat's own trigger, the content's source and target."""
    score, quad = ontology().intensity("THREATEN", None)
    evidence = Evidence(view.index, view.start, view.end)
    threats = {}
    for e in content:
        if e.source == e.target:
            trace = _threat_trace(threat, view, e.trace)
            threats[e.source] = replace(
                e, event_type="THREATEN", mode=None, intensity=score, quad=quad,
                modality="actual", context=list(e.context), evidence=[evidence], trace=trace,
                confidence=_confident("event", trace))
    return list(threats.values())


def _charges(view: SentenceView, punishment: Hit, served: str | None) -> list[Event]:
    """"arrests X over alleged fraud", "detained ... on suspicion of spying for Y",
    "expels a diplomat accused of spying", "convicted X of espionage for Y": the charge
    (`_charge`) of an arrest, a sanction or an expulsion (CHARGING_PUNISHMENTS), worded as
    alleged, is the punishing state's accusation (ACCUSE, allege) of those it punished; a
    state the charge names as the one the punished served is accused instead, of a
    conviction too (grammar `charge_hedges`, `beneficiary_markers`). Its evidence is the
    sentence, its trace the punishment's source and target and the charge."""
    if served is None and _act(punishment.frame) not in CHARGING_PUNISHMENTS:
        return []
    score, quad = ontology().intensity(*ALLEGING)
    evidence = Evidence(view.index, view.start, view.end)
    words = " ".join(view.word_at(i) for i in range(punishment.first, punishment.last))
    charges: dict[tuple[str, str | None], Event] = {}
    for event in punishment.made:
        target = served or event.target
        if event.modality != "actual" or (served and target == event.source):
            continue  # "spying for X" charged by X itself accuses no other state
        trace = [Step("trigger", punishment.frame.id, words),
                 *(step for step in event.trace if step.slot in ("source", "target")),
                 Step("modality", "actual", CHARGE_CUE)]
        charges[(event.source, target)] = replace(
            event, event_type=ALLEGING[0], mode=ALLEGING[1], intensity=score, quad=quad,
            target=target, target_person=None if served else event.target_person,
            context=list(event.context), evidence=[evidence], trace=trace,
            confidence=_confident("event", trace))
    return list(charges.values())


def _relative_clauses(view: SentenceView, start: int, stop: int) -> set[int]:
    """The words of the relative clauses in [start, stop): each from its relative to the
    next punctuation ("the mayors, who are all part of the opposition, as part of")."""
    inside: set[int] = set()
    relatives = view.grammar.relatives
    for i in range(start, stop):
        if i in inside or relatives.isdisjoint(view.words[i]):
            continue
        end = next((k for k in range(i + 1, stop) if view.boundary[k]), stop)
        inside.update(range(i, end))
    return inside


def _name_after_verb(view: SentenceView, verb: int) -> bool:
    """A name stands right after word `verb`, past its determiners. A verb joined to a
    passive one (`_joined_to_passive`) with none shares its auxiliary and is passive too
    ("was arrested and charged with arson"); with one it is active ("was arrested and
    accused the Kremlin of")."""
    after = verb + 1
    while view.word_at(after) in view.grammar.determiners:
        after += 1
    return any(a.first == after for a in view.args)


def _joined_to_passive(view: SentenceView, hits: list[Hit], k: int) -> bool:
    """An active verb joined by a coordinator right after a passive one ("was arrested and
    charged", "was arrested and accused the Kremlin")."""
    hit = hits[k]
    if hit.frame.voice != "active" or not k or hit.first < 2:
        return False
    before = hits[k - 1]
    return (before.frame.voice == "passive" and before.last == hit.first - 1
            and view.word_at(hit.first - 1) in view.grammar.coordinators)


def _inquiries(view: SentenceView, arrest: Hit, hits: list[Hit]) -> list[Event]:
    """"arrests three mayors as part of a bribery investigation", "اعتقلت ... وسط تحقيق":
    the inquiry an arrest is part of (`_inquiry_noun`) is the arresting state's
    investigation (ACCUSE, investigate) of those it arrested, when no trigger at the
    inquiry read one."""
    if _act(arrest.frame) != ARREST or not arrest.made:
        return []
    noun = _inquiry_noun(view, arrest, hits)
    if noun is None or any(h.first <= noun < max(h.last, h.first + 1) and h.made
                           for h in hits):
        return []
    score, quad = ontology().intensity(*INVESTIGATING)
    evidence = Evidence(view.index, view.start, view.end)
    inquiries: dict[tuple[str, str | None], Event] = {}
    for event in arrest.made:
        if event.modality != "actual" or event.event_type != ARREST[0]:
            continue
        trace = [Step("trigger", INQUIRY_CUE, view.word_at(noun)),
                 *(step for step in event.trace if step.slot in ("source", "target")),
                 Step("modality", "actual", INQUIRY_CUE)]
        inquiries[(event.source, event.target)] = replace(
            event, event_type=INVESTIGATING[0], mode=INVESTIGATING[1], intensity=score,
            quad=quad, context=list(event.context), evidence=[evidence], trace=trace,
            confidence=_confident("event", trace))
    return list(inquiries.values())


def _read_denied_claim(view: SentenceView, denial: Hit, later: list[Hit],
                       state: DocState) -> None:
    """"Russia denied Ukrainian accusations", "نفت روسيا اتهامات أوكرانيا": an allegation
    that a rejection answers as its content was made, by the one it names as its owner
    (`_claim_owners`) against the one who rejects it (ACCUSE, allege), in place of what the
    allegation's own trigger read. Its evidence and trace are the rejection's, roles
    swapped."""
    if _act(denial.frame)[0] != "REJECT" or not denial.made or not later:
        return
    claim = later[0]
    if _act(claim.frame) != ALLEGING or _content_of(denial, claim, view) != "REJECT":
        return
    if _claim_targets(view, claim) - {e.source for e in denial.made}:
        return  # "denied American accusations against China": made against another
    owners = _claim_owners(view, denial, claim)
    accusations: dict[tuple[str, str], Event] = {}
    for event in denial.made:
        if event.target not in owners or event.target == event.source:
            continue
        trace = [Step("trigger", claim.frame.id, view.word_at(claim.first)),
                 *(step._replace(slot=SWAPPED_ROLES[step.slot])
                   for step in event.trace if step.slot in SWAPPED_ROLES),
                 Step("modality", "actual", DENIED_CLAIM_CUE)]
        accusations[(event.target, event.source)] = _allegation(
            event, (event.target, event.source), (event.target_person, event.source_person),
            trace)
    if accusations:
        own = {id(e) for e in claim.made}
        state.result.events = [e for e in state.result.events if id(e) not in own]
        state.result.events += accusations.values()


def _read_faced_charges(view: SentenceView, charges: Hit, before: list[Hit],
                        state: DocState) -> None:
    """"extradited X to Y to face trial", "deported X to Y, where he faces fraud charges",
    "سلمت X إلى Y لمواجهة المحاكمة": charges faced (a passive allegation that read no
    accuser) where an act before it in the sentence sent the one who faces them (its
    receiver, `_receiving_state`) are the receiving state's accusation (ACCUSE, allege) of
    the one sent (not by a deployment, `DEPLOYING_TYPES`): the last person, group or
    nationality named in the act's clause before its receiver ("a Ukrainian national's
    extradition to Germany"; not its subject, nor a state named as itself: "from the United
    States"), else the receiver's own people. Its evidence is the sending act's."""
    if _act(charges.frame) != ALLEGING or charges.frame.voice != "passive" or charges.made:
        return
    sent = next((h for h in reversed(before) if h.made and h.frame.event), None)
    receiver = _receiving_state(view, sent, charges) if sent is not None else None
    if sent is None or receiver is None or _act(sent.frame)[0] in DEPLOYING_TYPES:
        return
    accused = _sent_one(view, sent, receiver)
    trace = [Step("trigger", charges.frame.id, view.word_at(charges.first)),
             Step("source", FACED_CHARGES_CUE, receiver.entity),
             Step("target", FACED_CHARGES_CUE, accused.entity),
             Step("modality", "actual", FACED_CHARGES_CUE)]
    state.result.events.append(_allegation(
        sent.made[0], (receiver.entity, accused.entity), (receiver.person, accused.person),
        trace))


def _sent_one(view: SentenceView, sent: Hit, receiver: Arg) -> Arg:
    """Who an act sent to `receiver`: the last person, group or nationality named in the
    act's clause before its receiver ("a Ukrainian national's extradition to Germany"; not
    its subject, nor a state named as itself: "from the United States"), else the receiver's
    own people."""
    senders = {a.entity for a in sent.subjects} | {receiver.entity}
    clause = view.clause_start(sent.first)
    sent_ones = [a for a in view.args if not a.implicit and a.entity not in senders
                 and clause <= a.first and a.last <= receiver.first
                 and (a.kind != "state" or a.resolution == "adjective")]
    return sent_ones[-1] if sent_ones else receiver


def _read_where_clause(view: SentenceView, act: Hit, before: list[Hit],
                       state: DocState) -> None:
    """"deported X to El Salvador, where they are held in a detention centre", "سلّمت X إلى
    ألمانيا، حيث يواجه اتهامات": a punishment or an allegation whose clause a where-word
    opens (grammar `where_relatives`, `WHERE_REACH` words before it at most) right after the
    state an act before it sent someone to (`_receiving_state`) is done by that state to the
    one sent (`_sent_one`), whoever its own arguments named (a focal doer, the place as its
    object); a passive punishment that read nothing ("where he was jailed") is read over the
    sending act's words. An allegation that read nothing is left to `_read_faced_charges`."""
    kind = _act(act.frame)
    if kind[0] is None or kind[0] not in WHERE_ACTS or not (act.made or (
            kind[0] in PUNISHING and act.frame.voice == "passive")):
        return
    where = _where_word(view, act)
    sent = next((h for h in reversed(before) if h.made and h.frame.event), None)
    if where is None or sent is None or _act(sent.frame)[0] in DEPLOYING_TYPES:
        return
    receiver = _receiving_state(view, sent, act)
    if receiver is None or receiver.last != where or _named_doer(view, act, where):
        return
    accused = _sent_one(view, sent, receiver)
    if accused is receiver:  # no one named as sent: what the act's own arguments read stands
        return
    trace = [Step("trigger", act.frame.id, view.word_at(act.first)),
             Step("source", WHERE_CLAUSE_CUE, receiver.entity),
             Step("target", WHERE_CLAUSE_CUE, accused.entity),
             Step("modality", act.modality, WHERE_CLAUSE_CUE)]
    template = act.made[0] if act.made else _retyped(sent.made[0], kind[0], kind[1])
    done = replace(template, source=receiver.entity, target=accused.entity,
                   modality=act.modality, source_person=receiver.person,
                   target_person=accused.person, source_org=None,
                   context=list(template.context), trace=trace,
                   confidence=_confident("event", trace))
    own = {id(e) for e in act.made}
    state.result.events = [e for e in state.result.events if id(e) not in own] + [done]
    act.made = [done]


def _retyped(event: Event, event_type: str, mode: str | None) -> Event:
    """`event` as an act of `event_type` in `mode`, with its PLOVER intensity and quad."""
    score, quad = ontology().intensity(event_type, mode)
    return replace(event, event_type=event_type, mode=mode, intensity=score, quad=quad)


def _named_doer(view: SentenceView, act: Hit, where: int) -> bool:
    """The act of a where-clause read a doer the clause names itself ("to France, where
    Interpol arrested him"): that one stands."""
    end = view.clause_end(where)
    named = {a.entity for a in view.args if not a.implicit and where < a.first < end}
    return any(e.source in named for e in act.made)


def _where_word(view: SentenceView, act: Hit) -> int | None:
    """The where-word that opens the clause of `act`'s trigger ("..., where he faces",
    "، حيث يواجه"): at most `WHERE_REACH` words before it, no punctuation between."""
    words = view.grammar.where_relatives
    for k in range(act.first - 1, max(act.first - 1 - WHERE_REACH, -1), -1):
        if _reads_as(view.words[k], words):
            return k
        if view.boundary[k]:
            return None
    return None


def _allegation(event: Event, sides: tuple[str, str | None],
                persons: tuple[str | None, str | None], trace: list[Step]) -> Event:
    """An allegation (ACCUSE, allege) stated as done, read over the words of `event` (its
    evidence and context) by the first of `sides` against the second (`persons`: the
    officials named for them), with `trace`."""
    score, quad = ontology().intensity(*ALLEGING)
    return replace(
        event, event_type=ALLEGING[0], mode=ALLEGING[1], intensity=score, quad=quad,
        source=sides[0], target=sides[1], source_person=persons[0], target_person=persons[1],
        source_org=None, modality="actual", context=list(event.context), trace=trace,
        confidence=_confident("event", trace))


def _receiving_state(view: SentenceView, sent: Hit, charges: Hit) -> Arg | None:
    """The state a destination marker governs between an act and the charges after it
    ("to Uganda", "إلى أوغندا"), when the act's events name it."""
    parties = {e.source for e in sent.made} | {e.target for e in sent.made}
    return next((a for a in view.args if a.kind == "state" and not a.implicit
                 and sent.last <= a.first and a.last <= charges.first and a.entity in parties
                 and st.governed_by(view, a, view.grammar.destinations)), None)


def _claim_targets(view: SentenceView, claim: Hit) -> set[str]:
    """The actors an allegation's target marker governs within `CLAIM_TARGET_REACH` words
    after its noun ("accusations against X", "اتهامات الولايات المتحدة للصين")."""
    return {a.entity for a in view.args if a.kind in st.ACTOR_KINDS
            and claim.last <= a.first <= claim.last + CLAIM_TARGET_REACH
            and st.governed_by(view, a, claim.frame.target_markers)}


def _claim_owners(view: SentenceView, denial: Hit, claim: Hit) -> set[str]:
    """The actors a rejected allegation names as whose it is (`_owns_claim`)."""
    return {a.entity for a in view.args if not a.implicit and a.kind in st.ACTOR_KINDS
            and _owns_claim(view, a, denial, claim)}


def _owns_claim(view: SentenceView, a: Arg, denial: Hit, claim: Hit) -> bool:
    """`a` is whose the allegation is: named between the rejection and the allegation's
    noun with at most a determiner before it and a possessive after it ("denied the
    Ukrainian accusations", "rejected Kyiv's claims"), the genitive right after the noun
    where adjectives follow it ("اتهامات أوكرانيا", "الاتهامات الأوكرانية"), or governed by
    the allegation's agent marker right after it ("accusations by Ukraine")."""
    g = view.grammar
    if denial.last <= a.first and a.last <= claim.first:
        before = (view.word_at(i) for i in range(denial.last, a.first))
        between = (view.word_at(i) for i in range(a.last, claim.first))
        return all(w in g.determiners for w in before) and all(
            w in g.possessive_markers or not w.isalnum() for w in between)
    if a.first == claim.last and g.adjective_after_noun:
        return True
    return claim.last <= a.first <= claim.last + 2 and bool(
        st.governed_by(view, a, claim.frame.agent_markers))


def _agreement_purposes(view: SentenceView, agreement: Hit, hits: list[Hit],
                        found: list[Event]) -> list[Event]:
    """"sign a memorandum to exchange workers", "a treaty with X, which will increase
    integration", "مذكرة تفاهم لتبادل", "من شأنها تعزيز": what an agreement signed or reached
    will do (`_agreement_purpose`) is a planned cooperation of its parties (COOPERATE), when
    no trigger there reads an act of its own and the sentence has none of that pair yet."""
    if agreement.frame.fact not in AGREEMENT_FACTS or not agreement.made:
        return []
    verb = _agreement_purpose(view, agreement, hits)
    if verb is None:
        return []
    score, quad = ontology().intensity(*AGREEMENT_PURPOSE)
    evidence = Evidence(view.index, view.start, view.end)
    had = {frozenset((e.source, e.target)) for e in found
           if e.event_type == AGREEMENT_PURPOSE[0] and e.modality == "planned"}
    purposes: dict[frozenset, Event] = {}
    for event in agreement.made:
        pair = frozenset((event.source, event.target))
        if (event.event_type not in AGREEMENT_ACTS or event.modality != "actual"
                or len(pair) < 2 or pair in had):
            continue
        trace = [Step("trigger", AGREEMENT_PURPOSE_CUE, view.word_at(verb)),
                 *(step for step in event.trace if step.slot in ("source", "target")),
                 Step("modality", "planned", AGREEMENT_PURPOSE_CUE)]
        purposes[pair] = replace(
            event, event_type=AGREEMENT_PURPOSE[0], mode=None, intensity=score, quad=quad,
            modality="planned", date=None, context=list(event.context), evidence=[evidence],
            trace=trace, confidence=_confident("event", trace))
    return list(purposes.values())


def _agreement_purpose(view: SentenceView, agreement: Hit, hits: list[Hit]) -> int | None:
    """The word of an agreement's purpose verb (grammar `agreement_purpose_verbs`): after a
    purpose link (`agreement_purpose_links`: "to", "which will", "من شأنها") or joined to a
    purpose proclitic (`agreement_purpose_prefixes`: "لتبادل"), within
    AGREEMENT_PURPOSE_REACH words after the agreement's trigger, before any other trigger
    that read an act and with no actor between them but the agreement's parties ("signed a
    deal, prompting X to increase ...": X's act). A trigger before it that read nothing
    still heads the link ("signed a deal despite protests by farmers seeking to boost
    subsidies": the farmers' aim)."""
    g = view.grammar
    if not g.agreement_purpose_verbs:
        return None
    others = [h for h in hits if h.first >= agreement.last and h.frame.fact not in AGREEMENT_FACTS]
    stop = min(agreement.last + AGREEMENT_PURPOSE_REACH, len(view.words),
               *(h.first for h in others if h.made))
    heads = {h.first for h in others}
    parties = {e.source for e in agreement.made} | {e.target for e in agreement.made}
    for i in range(agreement.last, stop):
        if any(agreement.last <= a.first < i and not a.implicit and a.entity not in parties
               for a in view.args):
            return None
        if _opens_agreement_purpose(view, i):
            return i
        if i in heads:
            return None
    return None


def _opens_agreement_purpose(view: SentenceView, i: int) -> bool:
    """Word i is a purpose verb right after a purpose link, or a purpose proclitic joined
    to one ("لتطوير")."""
    g = view.grammar
    word = view.word_at(i)
    if any(word == p + verb for p in g.agreement_purpose_prefixes
           for verb in g.agreement_purpose_verbs):
        return True
    if g.agreement_purpose_verbs.isdisjoint(view.words[i]):
        return False
    return any(i >= len(link) and all(link[k] in view.words[i - len(link) + k]
                                      for k in range(len(link)))
               for link in g.agreement_purpose_links)


def _inquiry_noun(view: SentenceView, arrest: Hit, hits: list[Hit]) -> int | None:
    """The word of the inquiry an arrest is part of: one of the grammar's
    `investigation_nouns` with one of its `investigation_links` before it (among the four
    words before it where modifiers come first, "as part of a bribery investigation"; right
    before it where they follow, "في إطار تحقيق"), within `INQUIRY_REACH` words after the
    arrest, before any other act's trigger and outside any relative clause ("arrested a
    reporter who worked in an investigation" is what the arrested did)."""
    g = view.grammar
    # a trigger that read no event ("مداهمات ... استهدفت مخططات للجريمة") opens no act
    later = [h.first for h in hits if h.first >= arrest.last and h.frame.event and h.made
             and _act(h.frame) != INVESTIGATING]
    stop = min(arrest.last + INQUIRY_REACH, len(view.words), *later)
    relative = _relative_clauses(view, arrest.last, stop)
    link_reach = 1 if g.adjective_after_noun else INQUIRY_LINK_REACH
    return next((i for i in range(arrest.last, stop) if i not in relative
                 and not g.investigation_nouns.isdisjoint(view.words[i]) and any(
                     not g.investigation_links.isdisjoint(view.words[k])
                     for k in range(max(arrest.last, i - link_reach), i))), None)


class Charge(NamedTuple):
    """The alleged charge of a punishment: the allegation's trigger it starts with (if any)
    and the state it says the punished served (if any)."""
    trigger: Hit | None
    served: str | None


def _charge(view: SentenceView, punishment: Hit, hits: list[Hit]) -> Charge | None:
    """The alleged charge of `punishment` within `CHARGE_REACH` words after it (after the
    punished's name, `_punished_end`), as the allegation's trigger it starts with (if any)
    and the state it says the punished served (if any). It starts with the trigger of an
    allegation that is neither a verb coordinated with the punishment ("arrests or tries")
    nor one of a relative clause ("X, who has accused Y of") and read no accusers but the
    (foreign) punished ("on suspicion of", "accused of"; not "following an indictment by
    X", nor a violation that alleges only as what someone says: "fined X for breaching the
    act"); or with a charge hedge a reason or cause marker opens ("over alleged", "for their
    alleged", "بتهمة اختلاس مزعومة"; not "arrested 21 people allegedly connected to"); or,
    where a reason marker names a charge by itself (grammar `reason_names_charge`: "اعتقلت X
    ... بتهمة التجسس"), with that marker (`_charge_opens`); or else it is the state it says
    they served ("convicted X of espionage for Y"). None starts after another act's trigger
    (a fact's, "his Serbian partner", is none)."""
    punished = {e.target for e in punishment.made} - {e.source for e in punishment.made}
    later = [h for h in hits if h.first >= punishment.last]
    charges = {h.first: h for h in later if _act(h.frame) == ALLEGING and (
        not h.frame.speech_only) and (
        view.word_at(h.first - 1) not in view.grammar.coordinators) and not (
        _relative_before(view, h.first)) and _alleges_of_punished(view, h, punished) and (
        not h.frame.punishment_charge or _charges_own_punishment(view, hits, h))}
    # a trigger that read no event ("a man convicted of spying for X": no convicting state)
    # describes the punished, no act of its own
    stop = min([_punished_end(view, punishment, punished) + CHARGE_REACH, len(view.words)]
               + [h.first for h in later if h.first not in charges and h.frame.event
                  and h.made])
    start = next((i for i in range(punishment.last, stop)
                  if i in charges or _charge_opens(view, i, punishment.last)), None)
    if start is not None:
        return Charge(charges.get(start), _served_state(view, start, start + BENEFICIARY_REACH))
    served = _served_state(view, punishment.last, stop)
    return Charge(None, served) if served else None


def _charges_own_punishment(view: SentenceView, hits: list[Hit], charge: Hit) -> bool:
    """"arrested X on espionage charges", "orders the arrest of X on bribery charges": the
    charge (frame key `punishment_charge`) follows, in its clause, a punishment
    (REASONED_PUNISHMENTS, frame key `punishment`) that is the clause's first act, done by
    its subject; not "cleared X on espionage charges" (no punishment) nor "protested the
    arrest of X on espionage charges" (another's arrest the subject speaks of)."""
    clause = view.clause_start(charge.first)
    acts = [h for h in hits if clause <= h.first < charge.first and h.frame.event and h.made]
    return bool(acts) and (_act(acts[0].frame) in REASONED_PUNISHMENTS
                           or acts[0].frame.punishment)


def _alleges_of_punished(view: SentenceView, allegation: Hit,
                         punished: set[str | None]) -> bool:
    """`allegation` read no accuser but the punished and no accused but the punished or the
    state it says they served ("a diplomat accused of spying", "on suspicion of spying for
    Y"): not an allegation the punished made of another ("expelled X after X accused Y of
    spying"), which is their own act."""
    served = _served_state(view, allegation.first, allegation.first + BENEFICIARY_REACH)
    return all(e.source in punished and e.target in punished | {served}
               for e in allegation.made)


def _punished_end(view: SentenceView, punishment: Hit, punished: set[str | None]) -> int:
    """Where the name of the punished ends, the last named in `CHARGE_REACH` words after the
    punishment (a charge follows the name and its description: "sanctions a Supreme Court
    judge of X, Y Z, over alleged abuses"), else the punishment's end."""
    ends = [a.last for a in view.args if a.entity in punished and not a.implicit
            and punishment.last <= a.first < punishment.last + CHARGE_REACH]
    return max([punishment.last, *ends])


def _relative_before(view: SentenceView, i: int) -> bool:
    """A relative word among the two words before word `i` ("X, who has accused Y of ..."):
    the trigger there opens a clause of its own, with its own subject."""
    return any(view.word_at(k) in view.grammar.relatives for k in range(max(0, i - 2), i))


def _cause_of_act(view: SentenceView, hit: Hit, done_to: list[Arg], doer: Arg) -> bool:
    """An act done to another (`done_to`: its objects, else the place it is done to) named
    right after a word that opens a cause (grammar
    `cause_words`: "sanctions Khan over his decision ... due to the siege of Gaza", "بسبب
    حصار مدينة غزة", "ردا على عمليات قتل المدنيين"): the reason one acts is what another
    did, so the act's doer is not the subject guessed from before. An act of a place's own
    people ("بسبب مشاركتهم في احتجاجات") keeps it: its doer is where it happened; so does a
    joint act ("على خلفية تسريب مكالمات هاتفية أجرتها مع X"): the guessed one is a party;
    so does an act whose pronoun points back to a name before ("بسبب غزوها لأوكرانيا", "due to
    its invasion"), and an act after a cause phrase a demonstrative closes ("وردا على ذلك
    قصفت مواقع": the clause's own verb, not the cause)."""
    if hit.frame.symmetric or hit.frame.mutual:
        return False
    if _points_back(view, hit):
        return False
    if not done_to or any(a.entity == doer.entity for a in done_to):
        return False
    start = max(view.clause_start(hit.first), hit.first - 1 - CAUSE_REACH)
    causes = [k for k in range(start, hit.first)
              if _reads_as(view.words[k], view.grammar.cause_words)]
    return bool(causes) and not any(view.word_at(k) in view.grammar.demonstratives
                                    for k in range(causes[-1] + 1, hit.first))


def _body_joined(subjects: list[Arg], after: list[Arg], frame: Frame) -> bool:
    """"ثم انضمت إلى مجموعة بريكس", "وأكبر أعضاء منظمة التعاون الإسلامي", "a founding member
    of OPEC": an organisation right after a trigger of membership with no body named after
    it is the body joined, not its member (whereas "انضم الاتحاد الأفريقي إلى مجموعة
    العشرين" names the body after its verb-first subject)."""
    if not subjects or subjects[0].kind != "organization":
        return False
    end = subjects[-1].last
    return not any(a.first >= end and a.kind in frame.object and not a.implicit
                   for a in after)


def _before_next_clause(view: SentenceView, hit: Hit, right: list[Arg]) -> list[Arg]:
    """"a treaty with A on the river's water, while the canal worries B and C", "معاهدة مع A
    ..., فيما تثير القناة قلق B وC": a standing relation is held by the names of its own
    clause; those past a clause conjunction after it (`clause_conjunctions`) are the
    actors of the next clause, no party of the relation."""
    return [a for a in right if not _clause_opened_between(view, hit.last, a.first)]


def _clause_opened_between(view: SentenceView, start: int, end: int) -> bool:
    """A clause of its own opens between words `start` and `end`: a clause conjunction
    (`clause_conjunctions`) not followed by a subject pronoun ("X entered Y, while
    thousands fled and reached Z", "دخلت X بلدة Y، فيما فر آلاف الأشخاص ووصلوا إلى Z"): a
    verb coordinated after it shares that clause's subject, not the one of the verb before
    the conjunction."""
    g = view.grammar
    for k in range(max(start, 0), end):
        phrase = st.phrase_at(view, k, g.clause_conjunctions)
        if phrase and g.subject_pronouns.isdisjoint(
                view.words[min(k + len(phrase.split()), len(view.words) - 1)]):
            return True
    return False


def _relative_clause_act(view: SentenceView, hit: Hit) -> bool:
    """A trigger that is the verb of a relative clause whose subject is the relative word
    ("the Ottawa Treaty, which bans X", "any foreigner who investigates", "المداهمة التي
    استهدفت مصنعاً"), past its auxiliaries ("which has banned"): its doer is the noun the
    clause describes, not the subject carried from before (grammar `relatives`). What that
    verb governs ("which prompted protests") is not the relative's act."""
    k = hit.first - 1
    auxiliaries = _auxiliaries(view.grammar)
    while k > 0 and not view.boundary[k + 1] and _reads_as(view.words[k], auxiliaries):
        k -= 1
    return k >= 0 and not view.boundary[k + 1] and _reads_as(view.words[k],
                                                             view.grammar.relatives)


def _charge_opens(view: SentenceView, i: int, start: int) -> bool:
    """A charge starts at word `i`: a charge hedge with a reason or cause marker among the
    three words before it (from word `start`), or, where a reason marker names a charge by
    itself (grammar `reason_names_charge`: "بتهمة", as English "on charges of" names one
    through its own trigger), a reason marker."""
    g = view.grammar
    if g.reason_names_charge and not g.reason_markers.isdisjoint(view.words[i]):
        return True
    openers = g.reason_markers | g.cause_words
    return not g.charge_hedges.isdisjoint(view.words[i]) and any(
        not openers.isdisjoint(view.words[k]) for k in range(max(start, i - 3), i))


def _served_state(view: SentenceView, start: int, end: int) -> str | None:
    """The state a charge between words `start` and `end` says the punished served
    ("spying for X", "لصالح X"): one governed by a beneficiary marker."""
    markers = view.grammar.beneficiary_markers
    return next((a.entity for a in view.args if a.kind == "state" and not a.implicit
                 and start < a.first < end and st.governed_by(view, a, markers)), None)


def _threat_trace(threat: Hit, view: SentenceView, content_trace: list[Step]) -> list[Step]:
    """The trace of a threat read from its content: the threat's trigger and modality, the
    content's source and target."""
    words = " ".join(view.word_at(i) for i in range(threat.first, threat.last))
    roles = [step for step in content_trace if step.slot in ("source", "target")]
    return [Step("trigger", threat.frame.id, words), *roles,
            Step("modality", "actual", threat.cue), Step("threat", OWN_STATE_THREAT, "")]


def _announced_threat(event: Event) -> bool:
    """An act of a type whose announcement threatens its target (ANNOUNCED_THREATS), a
    protest only as a boycott or blockade (ANNOUNCED_PROTESTS)."""
    return event.event_type in ANNOUNCED_THREATS and (
        event.event_type != "PROTEST" or event.mode in ANNOUNCED_PROTESTS)


def _to_nationals(view: SentenceView, hit: Hit, event: Event) -> bool:
    """An act done to people (PEOPLE_ACTS) whose target is named after the trigger only as a
    nationality adjective ("will deport Syrian refugees"): people, not their state."""
    if (event.event_type, event.mode) not in PEOPLE_ACTS:
        return False
    named = [a for a in view.args if a.entity == event.target and a.first >= hit.first]
    return bool(named) and all(a.resolution == "adjective" for a in named)


def _declared_object(view: SentenceView, hit: Hit, left: list[Arg], clause: int
                     ) -> list[Arg] | None:
    """"X declares a ceasefire with Y", "A and B sign a truce": in a language whose subject
    comes first, the joint act is the object of a `declaring_verbs` verb at most DECLARED_GAP
    words before it (no preposition nor comma between: "announced support for a ceasefire"
    declares none), whose subject ends at most DECLARED_SUBJECT_GAP words before the verb
    ("has reached"); the act's noun names no agreement it modifies (`framework_nouns`). A
    verb that is a trigger of its own ("sign") ends the act's reach to the left: its subject
    is the act's too, the coordinated names that end right before it only ("X said A and B
    signed a truce": A and B). The names before the act (None: not declared)."""
    g = view.grammar
    if hit.last < len(view.words) and view.word_at(hit.last) in g.framework_nouns:
        return None  # "signed a ceasefire agreement": the agreement is what is signed
    first = max(clause, hit.first - DECLARED_GAP - 1)
    verbs = [k for k in _words_of(view, g.declaring_verbs, first, hit.first)
             if k not in view.masked]
    if not verbs:
        return None
    verb = verbs[-1]
    if verb + 1 < hit.left <= hit.first:
        return None  # another trigger between them governs it ("announced support for")
    links = g.prepositions | g.reduced_relative_links | g.content_links
    if any(view.word_at(k) in links or view.boundary[k]
           for k in range(verb + 1, hit.first) if k < len(view.boundary)):
        return None
    start = clause if verb < hit.left else max(clause, hit.left)
    before = [a for a in view.args if a.first >= start and a.last <= hit.first]
    subjects = [k for k, a in enumerate(before) if not a.marked and a.last <= verb
                and verb - a.last <= DECLARED_SUBJECT_GAP]
    if not subjects:
        return None
    # "X said A and B signed a truce": the signing verb's subject, not the clause's reporter
    return last_group(before[:subjects[-1] + 1]) if verb < hit.left else left


def _eased_copy(view: SentenceView, hit: Hit) -> Hit:
    """The concession an eased sanction's trigger also states (frame `eased_event`), read
    over the same words with the modality of the word that eases it; to the one the easing
    is granted to, where a granting verb names one (`_granted`)."""
    assert hit.eased is not None
    modality, cue = hit.eased
    easing = _easing(view, hit)
    given = _granted(view, easing[0]) if easing is not None else []
    return replace(hit, frame=replace(hit.frame, event=hit.frame.eased_event),
                   modality=modality, cue=cue, via={}, kept=[], made=[], pairs=[],
                   given=given, applied=False)


def _granted(view: SentenceView, at: int) -> list[tuple[Arg, Arg]]:
    """"The United States grants Hungary a one-year exemption from sanctions on X", "منحت
    الولايات المتحدة المجر إعفاءً من العقوبات": the easing word at `at` handed over by a
    verb of the grammar's `granting_verbs` at most GRANT_REACH words (besides names) before
    it in its clause: its granter concedes to the one named last between them, not to the
    sanction's target ([]: no such verb, or no one named to receive it)."""
    g = view.grammar
    first = view.clause_start(at)
    verb = next((k for k in range(at - 1, first - 1, -1)
                 if _reads_as(view.words[k], g.granting_verbs)), None)
    if verb is None:
        return []
    unnamed = sum(1 for k in range(verb + 1, at) if k not in view.masked)
    between = [a for a in view.args if verb < a.first and a.last <= at and not a.implicit]
    if unnamed > GRANT_REACH or not between:
        return []
    receiver = between[-1]
    if not _handed_over(view, receiver.last, at):
        return []
    before = [a for a in view.args if first <= a.first and a.last <= verb and not a.implicit]
    granter = between[0] if g.verb_first and len(between) > 1 else (
        before[-1] if before else None)
    if granter is None or granter.entity == receiver.entity:
        return []
    return [(granter, receiver)]


def _handed_over(view: SentenceView, start: int, at: int) -> bool:
    """The easing word at `at` is what the granting verb hands over, its object right after
    the receiver (which ends at `start`): no preposition nor infinitive link (`content_links`)
    from there on, nor a governing proclitic on a word ("gave X a week to lift", "منحت X
    مهلة لرفع": a time to concede is granted, the receiver concedes)."""
    g = view.grammar
    links = _linking_words(g)
    return not any(view.word_at(k) in links or in_phrase(g, view.words[k])
                   for k in range(start, at + 1) if k not in view.masked)


def _easing(view: SentenceView, hit: Hit) -> tuple[int, bool] | None:
    """"announced a pause on some tariffs on X", "agreed to delay 25% of tariffs on X", "an
    exemption from sanctions", "waived sanctions on X": a word of the grammar's
    `easing_words` or `lifting_words` that governs the sanction at `hit` (at most EASED_GAP
    words before it in its reach, with no comma, coordinator nor preposition but an
    `easing_links` one between, and the sanction no finite verb of its own): where it
    stands, and whether it ends the sanction (None: no easing)."""
    g = view.grammar
    at = _governing_word(view, g.easing_words | g.lifting_words, hit, EASED_GAP, hit.left)
    if at is None or hit.finite:
        return None
    others = (g.prepositions - g.easing_links) | g.coordinators
    if any(view.boundary[k] for k in range(at + 1, hit.first + 1) if k < len(view.boundary)
           ) or any(_reads_as(view.words[k], others) for k in range(at + 1, hit.first)
                    if k not in view.masked):
        return None
    return at, _reads_as(view.words[at], g.lifting_words)


def _governing_word(view: SentenceView, tokens: frozenset[str], hit: Hit, gap: int,
                    left: int = 0) -> int | None:
    """The last word of `tokens`, no word of a name, at most `gap` words before the trigger
    at `hit` in its clause and from `left` on ("would stop its attacks", "a pause on
    tariffs"): the word that may govern it (None: none)."""
    first = max(view.clause_start(hit.first), left, hit.first - gap - 1)
    return next((k for k in range(hit.first - 1, first - 1, -1)
                 if k not in view.masked and _reads_as(view.words[k], tokens)), None)


def _ceased(view: SentenceView, hit: Hit) -> bool:
    """A verb of the grammar's `cessation_verbs` governs the act at `hit`, at most
    CEASED_GAP words before it in its clause ("would stop its attacks on X", "will halt
    strikes", "ستوقف الهجمات"): the act is what is ended, not what is planned."""
    return _governing_word(view, view.grammar.cessation_verbs, hit, CEASED_GAP) is not None


def _ended_force(view: SentenceView, hits: list[Hit], hit: Hit) -> bool:
    """"agree to cease all military attacks", "الوقف الفوري للعمليات العسكرية", "ستوقف غاراتها
    الجوية": force that a cessation verb or its verbal noun governs (`_ceased`) is what is
    stopped, no act of the day. Not when the stop word is another trigger's ("أنهت إسرائيل
    وقف إطلاق النار بغارات": the ceasefire's, the strikes end it), nor when the force names
    its own doer ("halted a Russian assault", "أوقفت القوات الأوكرانية الهجوم الروسي"):
    another's force that was stopped, so done."""
    if _act(hit.frame)[0] != "ASSAULT":
        return False
    stop = _governing_word(view, view.grammar.cessation_verbs, hit, CEASED_GAP)
    return stop is not None and not any(
        h.first <= stop < h.last for h in hits if h is not hit) and not _own_doer_beside(view, hit)


def _own_doer_beside(view: SentenceView, hit: Hit) -> bool:
    """An actor named with no marker right beside the trigger's noun, where the language
    puts its adjectives ("a Russian assault", "الهجوم الروسي"): the act's own doer."""
    if view.grammar.adjective_after_noun:
        return any(a.first == hit.last and not a.marker for a in view.args)
    return any(a.last == hit.first and not a.marker for a in view.args)


def _failure_condition(view: SentenceView, hit: Hit, cue: tuple[int, int]) -> bool:
    """The condition at `cue` is that the act at `hit` fails ("if peace talks with the
    Taliban fail, ...", "في حال فشل محادثات السلام مع ..."): the trigger stands in the
    condition's clause and so does a failure verb (`failure_verbs`) the act is the subject
    of; what may fail is held now, only its failure is conditional. Not an act a failure
    verb governs through a link ("if Iran fails to release them", "إذا فشلت الحكومة في نزع
    سلاح X"): that act is what may not be done."""
    failures = view.grammar.failure_verbs
    end = view.clause_end(cue[0])
    return bool(failures) and cue[1] <= hit.first < end and any(
        _reads_as(view.words[k], failures) and not _governs_through_link(view, k, hit.first)
        for k in range(cue[1], end) if k not in view.masked)


def _governs_through_link(view: SentenceView, verb: int, first: int) -> bool:
    """A preposition or a content link (`content_links`: "to") stands between the verb at
    word `verb` and a later trigger at word `first`: the trigger is the verb's complement."""
    links = _linking_words(view.grammar)
    return verb < first and any(_reads_as(view.words[k], links)
                                for k in range(verb + 1, first) if k not in view.masked)


def _offered(view: SentenceView, hit: Hit) -> str:
    """"X has offered a one-billion-dollar line of credit to Y", "عرضت X على Y قرضاً": aid or
    an investment at most OFFER_GAP words after an offering verb (`offer_verbs`) of its
    clause, only names, numbers and the words of its object (`offer_gap_words`) between, is
    offered, not yet given (the verb, else ''); not aid after another object ("offered
    condolences and sent aid", "عرضت X وساطتها وأرسلت مساعدات")."""
    g = view.grammar
    if hit.frame.fact not in GIVING_FACTS:
        return ""
    first = max(view.clause_start(hit.first), hit.first - OFFER_GAP)
    for k in range(hit.first - 1, first - 1, -1):
        if _reads_as(view.words[k], g.offer_verbs) and k not in view.masked:
            return view.word_at(k)
        if not (k in view.masked or view.word_at(k).isdigit()
                or _reads_as(view.words[k], g.offer_gap_words)):
            return ""
    return ""


def _prevented(view: SentenceView, hit: Hit) -> str:
    """"a judge blocks the government from deploying troops", "منعت القاضية الإدارة من نشر
    قوات": the act right after a `prevention_links` word that a `prevention_verbs` verb
    before it in its clause governs is one someone was kept from, intended and not done
    (the verb, else ''). An adjunct opened between them ("منعت ... بعد موجة من الغارات":
    after a wave of strikes) holds a partitive "من", no prevention."""
    g = view.grammar
    link = hit.first - 1
    if link < 0 or not _reads_as(view.words[link], g.prevention_links):
        return ""
    first = max(view.clause_start(link), link - PREVENTION_REACH)
    openers = event_nouns.adjunct_openers(g)
    first = max([first, *(k + 1 for k in _words_of(view, openers, first, link))])
    verbs = [k for k in _words_of(view, g.prevention_verbs, first, link) if k not in view.masked]
    return view.word_at(verbs[-1]) if verbs else ""


def _permitted(view: SentenceView, first: int) -> bool:
    """The act at word `first` follows a `content_links` word ("to") that a permission verb
    (grammar `permission_verbs`) before it in its clause governs: "allowed Israeli airlines
    to enter", not "attempted to enter"."""
    g = view.grammar
    link = first - 1
    if link < 0 or not g.permission_verbs or not _reads_as(view.words[link], g.content_links):
        return False
    start = max(view.clause_start(link), link - PREVENTION_REACH)
    return any(k not in view.masked for k in _words_of(view, g.permission_verbs, start, link))


@lru_cache(maxsize=8)
def _time_nouns(g: Grammar) -> frozenset[str]:
    """The time nouns an attribute cue dates the act by: `attribute_times`, month and
    weekday names (built once per language)."""
    return g.attribute_times | g.calendar_names


def _warrant_issuer(view: SentenceView, hit: Hit, kinds: frozenset[str]) -> list[Arg]:
    """"X was arrested on a Kenyan extradition warrant", "arrested in March under an ICC
    arrest warrant", "اعتُقل X بموجب مذكرة تسليم كينية", "بموجب مذكرة توقيف أصدرتها المحكمة
    الجنائية الدولية": a passive punishment with no agent, done under a warrant, is done by the
    warrant's issuer, the one name inside the warrant's phrase (after its opener, up to
    `WARRANT_ISSUER_GAP` words after its noun: a kind of warrant, an issuing verb) in the
    trigger's clause; the opener follows the trigger in its clause."""
    g = view.grammar
    end = view.clause_end(hit.last - 1) if hit.last > 0 else 0
    phrases = ((opener, next(_words_of(view, g.warrant_nouns, opener + 1, min(
        end, opener + 1 + WARRANT_NOUN_REACH)), None)) for opener in _words_of(
        view, g.warrant_openers, hit.last, min(end, hit.last + WARRANT_OPENER_REACH)))
    opener, noun = next(((k, n) for k, n in phrases if n is not None), (0, None))
    if noun is None:
        return []
    issuers = [a for a in view.args if not a.implicit and a.kind in kinds and opener < a.first
               and a.first <= noun + WARRANT_ISSUER_GAP and a.last <= end
               and (a.last <= noun or not a.marked or a.agent)]
    return issuers if len({a.entity for a in issuers}) == 1 else []


def _ranged(view: SentenceView, agents: list[Arg]) -> bool:
    """"protests from Kyiv to Lviv": a word of the grammar's `range_ends` right after an
    agent makes "from" begin a range of places, no one a reaction came from."""
    ends = view.grammar.range_ends
    return any(a.last < len(view.words) and not ends.isdisjoint(view.words[a.last])
               for a in agents)


def _reacted_patients(view: SentenceView, hit: Hit, patients: list[Arg],
                      targets: frozenset[str], state: DocState) -> list[Arg]:
    """"X's strike drew criticism from Y": the doers of the act a reaction answers; of one
    that paired no one ("X test-fired a missile, drawing condemnation from Y"), the subject
    its verb was read with. A patient its own clause names that is no argument of the act
    stays: "Russia attacked Ukraine, and Egypt was condemned by Turkey", "واجهت مصر انتقادات
    من تركيا" (only `patients` when the act's doers are none of `targets`)."""
    act = hit.reacts_to
    if act is None:
        return patients
    parties = {a.entity for a in act.kept}
    own = [a for a in patients if a.entity not in parties]
    if own:
        return own
    doers = act.subjects
    if not doers and state.verb_subjects[0] == view.index:
        doers = state.verb_subjects[1]
    return [a for a in doers if a.kind in targets] or patients or _noun_owners(view, act,
                                                                                targets)


def _noun_owners(view: SentenceView, act: event_nouns.Trigger, targets: frozenset[str]
                 ) -> list[Arg]:
    """"The Russian attack drew condemnation from Y", "the strike by X was criticised by Y":
    the doers an act's noun names (its construct-state genitive, its adjective, its agent),
    when the act paired no one."""
    genitive = event_nouns.genitive_doer(view, act, targets)
    return [genitive] if genitive is not None else event_nouns.event_doers(
        view, act, targets, act.frame.agent_markers)


def _opened_by(view: SentenceView, first: int, openers: frozenset[str], reach: int) -> bool:
    """A word of `openers` among the `reach` words before word `first`, no name between
    ("after over nine years of negotiations", "following a request by X")."""
    for k in range(first - 1, max(first - reach - 1, -1), -1):
        if k in view.masked:
            return False
        if not openers.isdisjoint(view.words[k]):
            return True
    return False


def _loose_follower(view: SentenceView, text: str, last: int, following: int) -> bool:
    """The word at `following` is not the match's very next word (`last`), or stands after
    a punctuation mark, or carries a possessive mark ("leaders' decision"): it heads no
    compound with the match ("Thousands protest, leaders of the opposition say")."""
    return following != last or view.boundary[last] or marked_possessive(
        text, view.spans[last][1])


def _possessive_gap(view: SentenceView, arg: Arg) -> int:
    """The words of a possessive marker right after a name ("Latvia 's"): 1, else 0."""
    marker = view.grammar.possessive_markers
    return 1 if marker and arg.last < len(view.words) and _reads_as(
        view.words[arg.last], marker) else 0


def _answers(previous: Hit | None, hit: Hit, view: SentenceView, grammar: Grammar) -> bool:
    """The clause answers the request `hit` names by its requester, with a trigger of an
    answer ("rejected a request from X") or a verb of the grammar's `answer_verbs` ("accepted
    a proposal by X", "تلقت طلبا من X"): only then is its subject the one who was asked."""
    clause = view.clause_start(hit.first)
    if previous is not None and _act_kind(previous)[0] in ANSWER_TYPES and (
            clause <= previous.first):
        return True
    return _word_of(view, grammar.answer_verbs, clause, hit.first)


def _pair_of_others(view: SentenceView, frame: Frame, tokens: tuple[str, ...], first: int,
                    last: int) -> bool:
    """"أغلقت إسرائيل معبر رفح الحدودي بين غزة ومصر": a trigger that ends on "between", one
    of its target markers, is done by one of the pair after it to the other (`_within_pair`);
    when the doers named before it all stand outside that pair, it is not this frame's act."""
    between = view.grammar.between
    if tokens[-1] not in between or between.isdisjoint(frame.target_markers):
        return False
    parties = between_group([a for a in view.args if a.first >= last])
    if len(parties) < 2 or parties[0].first != last:
        return False
    doers = {a.entity for a in view.args if a.last < last and a.kind in frame.subject}
    return bool(doers) and doers.isdisjoint(a.entity for a in parties)


def _inquiry(view: SentenceView, last: int, phrases: tuple[tuple[str, ...], ...],
             articles: frozenset[str]) -> bool:
    """Right after the name of who made the request ending at `last`, one of `phrases` names
    it a press inquiry ("a request from Reuters for comment", "طلب من رويترز للتعليق")."""
    after = last
    while after < len(view.words) and (
            after in view.masked or _reads_as(view.words[after], tuple(articles))):
        after += 1  # the requester's name
    return after > last and any(
        all(_reads_as(view.words[after + k] if after + k < len(view.words) else (), (token,))
            for k, token in enumerate(phrase)) for phrase in phrases)


def _purpose_stopped(view: SentenceView, start: int,
                     stops: tuple[tuple[str, ...], ...]) -> bool:
    """One of the phrases `stops` opens within PURPOSE_STOP_WINDOW words from `start`,
    before a punctuation mark."""
    for i in range(start, min(start + PURPOSE_STOP_WINDOW, len(view.words))):
        if i > start and view.boundary[i]:
            return False
        if any(_phrase_at(view, i, phrase) for phrase in stops):
            return True
    return False


def _gap_stopped(view: SentenceView, tokens: tuple[str, ...], first: int, last: int,
                 stops: tuple[str, ...]) -> bool:
    """A word the gaps of a match at [first, last) skipped, outside names, reads as one of
    `stops`."""
    gaps = [k for k, token in enumerate(tokens) if token == GAP]
    if not gaps:
        return False
    skipped = range(first + gaps[0], last - (len(tokens) - 1 - gaps[-1]))
    return any(_reads_as(view.words[k], stops) for k in skipped if k not in view.masked)


def _received_groups(view: SentenceView, objects: list[Arg],
                     markers: tuple[str, ...]) -> list[Arg]:
    """`objects` less an armed group that is no receiver of the aid: one its target marker
    does not govern, directly or through a fighters' noun ("to the Houthis", "to Hezbollah
    fighters", "لمقاتلي حزب الله"; not "weapons to fight the Houthis"), or one that modifies
    the word after it ("aid to the Houthis' victims", "Hezbollah's"): the aid goes elsewhere."""
    return [a for a in objects if a.kind != "armed_group" or _group_received(view, a, markers)]


def _group_received(view: SentenceView, arg: Arg, markers: tuple[str, ...]) -> bool:
    g = view.grammar
    after = arg.last
    # (where an owner stands before what it owns: a language with a possessive marker)
    if g.possessive_markers and after < len(view.words) and not view.boundary[after] and (
            after not in view.masked) and not _reads_as(
                view.words[after], g.prepositions | g.coordinators | g.fighter_nouns):
        return False  # "the Houthis' victims", "Hezbollah 's": the group owns the head
    if st.governed_by(view, arg, markers):
        return True
    k = arg.first - 1
    if k < 0 or view.boundary[arg.first] or not _reads_as(view.words[k], g.fighter_nouns):
        return False
    # the fighters' noun carries the marker ("لمقاتلي") or stands right after it, with its
    # articles ("إلى مقاتلي حزب الله")
    if any(w.startswith(m) and w[len(m):] in g.fighter_nouns
           for w in view.words[k] for m in markers):
        return True
    j = k - 1
    while j >= 0 and not view.boundary[j + 1] and _reads_as(view.words[j], g.articles):
        j -= 1
    return j >= 0 and not view.boundary[j + 1] and _reads_as(view.words[j], markers)


def _gap_crosses(view: SentenceView, tokens: tuple[str, ...], first: int, last: int) -> bool:
    """A gap of a match at [first, last) holds or borders a punctuation mark: "Without a
    doubt, the deal", "signed, without delay, two agreements" are no one phrase."""
    gaps = [k for k, token in enumerate(tokens) if token == GAP]
    if not gaps:
        return False
    start = first + gaps[0]
    end = last - (len(tokens) - 1 - gaps[-1])
    return any(view.boundary[k] for k in range(start, min(end + 1, len(view.boundary))))


def _head_modifies(view: SentenceView, text: str, last: int,
                   followers: tuple[str, ...]) -> bool:
    """The match's last word (before word `last`) is no head of its phrase: a possessive
    marker follows it ("the minister 's remarks"), or another word that is no name, not
    after a punctuation mark and none of `followers` ("government critics")."""
    if last >= len(view.words):
        return False
    word = view.words[last]
    if _reads_as(word, view.grammar.possessive_markers):
        return True
    if view.boundary[last] or last in view.masked or name_words(view, text)[last]:
        return False
    return not _reads_as(word, followers)


def _noun_gap_unread(view: SentenceView, tokens: tuple[str, ...], first: int, last: int,
                     frame: Frame) -> bool:
    """A gapped form of `frame` that opens on one of its `noun_gaps` nouns ("ضربات … على")
    holds only that noun's adjectives: the state's adjective right after the definite noun
    (its doer, event_nouns.inner_nisba: "الضربات الأمريكية على") or words with an adjective
    ending (its kind: "الضربات العسكرية على"). A name after the indefinite noun or after the
    article-merged "للضربات" is no doer the rules read there ("تعرضت إيران لضربات
    إسرائيلية على مدى 12 يوما" would read the victim as the attacker), and a name or noun
    anywhere else in the gap is none either: the form is not read."""
    if tokens[0] not in frame.noun_gaps or GAP not in tokens:
        return False
    g = view.grammar
    gaps = [k for k, token in enumerate(tokens) if token == GAP]
    doer = event_nouns.inner_nisba(view, first, last, frame.subject)
    for k in range(first + gaps[0], last - (len(tokens) - 1 - gaps[-1])):
        if k in view.masked:
            if doer is None or not doer.first <= k < doer.last:
                return True
        elif not g.adjective_endings or not any(
                w.endswith(g.adjective_endings) for w in view.words[k]):
            return True
    return False


def owned_after(view: SentenceView, k: int, reach: int = 5) -> bool:
    """A possessive ("its") or a noun with a possessive suffix ("سفارتها") stands in the
    phrase from word k (up to `reach` words, no punctuation between): "the evacuation of
    staff from its embassy"."""
    g = view.grammar
    for i in range(k, min(k + reach, len(view.words))):
        if i > k and view.boundary[i]:
            return False
        if not g.possessive_pronouns.isdisjoint(view.words[i]) or any(
                w.endswith(s) and len(w) > len(s) + 2 for w in view.words[i]
                for s in g.possessive_suffixes):
            return True
    return False


def _clause_predicate(view: SentenceView, hit: Hit) -> bool:
    """The trigger can be a clause's own verb: in a language with inflections one of its
    verbs' forms, never a noun ("after the RSF's withdrawal" opens no clause: "after" is a
    preposition there)."""
    verbs = verb_forms(view.grammar.code)
    return not verbs or view.word_at(hit.first) in verbs


def _points_back(view: SentenceView, hit: Hit) -> bool:
    """"after the country grants their right of asylum", "to repatriate them", "بعد أن
    منحتهما البرازيل حق اللجوء", "بعدما اعتقلته": a pronoun in the trigger or right after it
    (an object or possessive pronoun, a possessive suffix, a finite verb's object suffix)
    stands for a name before the trigger, in whatever clause it is."""
    g = view.grammar
    pronouns = g.object_pronouns | g.possessive_pronouns | g.person_possessives
    for i in range(hit.first, min(hit.last + 1, len(view.words))):
        if i > hit.first and view.boundary[i]:
            break
        if not pronouns.isdisjoint(view.words[i]) or any(
                w.endswith(s) and len(w) - len(s) >= RESUMPTIVE_STEM
                for w in view.words[i] for s in g.possessive_suffixes):
            return True
    return _finite_verb(view, hit) and _ends_in_resumptive(g, view.word_at(hit.first))


def _patient_owner(view: SentenceView, hit: Hit, arg: Arg) -> bool:
    """"Warner's extradition", "a Ukrainian national's extradition": the name, or the
    adjective of the noun, that owns a noun whose genitive is its patient (`genitive_patient`)
    is the one it is done to, never its doer."""
    owned = hit.first - 1
    if owned < 1 or not _reads_as(view.words[owned], view.grammar.possessive_markers):
        return False
    return arg.last == owned or (arg.resolution == "adjective"
                                 and described_word(view, arg) == owned - 1)


def _seat_clause(view: SentenceView, hit: Hit) -> tuple[int, int] | None:
    """"whose secretariat it hosts", "التي تحتضن الرياض أمانته": a relative clause opened by
    a word of the frame's `seat_relatives` that names a body's seat (`seat_nouns`) around the
    trigger, as (its opener, the word after the seat noun); None if there is none."""
    frame = hit.frame
    opener = next((k for k in range(hit.first, max(-1, hit.first - SEAT_OPENER_REACH), -1)
                   if _reads_as(view.words[k], frame.seat_relatives)), None)
    if opener is None or any(view.boundary[k] for k in range(opener + 1, hit.last)):
        return None
    end = min(len(view.words), hit.last + SEAT_REACH)
    seat = next((k for k in range(opener + 1, end)
                 if _reads_as(view.words[k], frame.seat_nouns)), None)
    return None if seat is None else (opener, seat + 1)


def _in_seat_clause(seat: tuple[int, int], hit: Hit, arg: Arg) -> bool:
    """`arg` is named inside the seat clause ("Y التي تستضيف X مقرها"), or right after a
    trigger that holds the clause's meeting noun and ends on its venue's marker ("Y الذي
    انعقدت قمته الأولى في X", "Y, whose first summit was held in X")."""
    opener, end = seat
    return opener < arg.first < end or (end <= hit.last and arg.first == hit.last)


def _seat_owner(view: SentenceView, hit: Hit, opener: int, taken: set[str | None]
                ) -> Arg | None:
    """The body whose seat a relative clause names: the name right before its opener
    ("Y, whose", "Y عام 1981 الذي"), if it is of the frame's object kinds."""
    before = [a for a in view.args if a.last <= opener and not a.implicit]
    owner = before[-1] if before else None
    if owner is None or owner.kind not in hit.frame.object or owner.entity in taken or (
            opener - owner.last > SEAT_REACH):
        return None
    return owner


def _possessor_before(view: SentenceView, hit: Hit, subject: Arg) -> Arg | None:
    """The state a possessive inside the trigger stands for (frame key `possessor_before`):
    "Norway reports that Russia violated its airspace", "Estonia summons ... after Russian
    jets enter its airspace": the first state named before the subject, other than it."""
    if subject.implicit or not owned_after(view, hit.first, hit.last - hit.first):
        return None
    return next((a for a in view.args if a.kind == "state" and not a.implicit
                 and a.last <= subject.first and a.entity != subject.entity), None)


def _side_noun_after(view: SentenceView, arg: Arg) -> bool:
    """"Ugandan rebels", "متمردون أوغنديون": the adjective describes a side's fighters or a
    group of its people (`fighter_nouns`, `resident_groups`), not one person."""
    g = view.grammar
    noun = described_word(view, arg)
    return 0 <= noun < len(view.words) and bool(
        g.fighter_nouns.intersection(view.words[noun])
        or g.resident_groups.intersection(view.words[noun]))


def _subject_is_pronoun(view: SentenceView, hit: Hit) -> bool:
    """Where subjects stand before their verb, a third-person subject pronoun right before the
    trigger, past its auxiliaries ("X says that it has captured two Y soldiers", "they will
    deploy"): the pronoun is the subject (the speaker, else the one carried over), never a
    name after the verb, which is its object (grammar `subject_pronouns`, less
    `speaker_pronouns`)."""
    g = view.grammar
    if g.verb_first:
        return False
    start = view.clause_start(hit.first)
    k = hit.first - 1
    auxiliaries = _auxiliaries(g)
    while k >= start and _reads_as(view.words[k], auxiliaries):
        k -= 1
    # a first person ("We reject ...") is a quotation's speaker, resolved as such, or no one
    return k >= start and _subject_pronoun_at(view, k) and not _reads_as(
        view.words[k], g.speaker_pronouns)


@lru_cache(maxsize=8)
def _auxiliaries(g: Grammar) -> frozenset[str]:
    """The perfect and future auxiliaries (`_subject_is_pronoun`): built once per language."""
    return g.perfect_auxiliaries | g.future_auxiliaries


def _subject_pronoun_at(view: SentenceView, k: int) -> bool:
    """Word `k` is a subject pronoun (grammar `subject_pronouns`): `_subject_is_pronoun`'s
    and `_focal_excluded`'s test."""
    return _reads_as(view.words[k], view.grammar.subject_pronouns)


PRONOUN_SUBJECT_REACH = 4  # words from a subject pronoun to its trigger: "It was a founding member"


def _focal_excluded(view: SentenceView, hit: Hit, subject: Arg) -> bool:
    """A trigger word (frame key `focal_not_for`) that names its own subject, whose subject
    is only guessed (`GUESSED_DOERS`): "the members of the Security Council asked X" (no
    member named), "the Committee established pursuant to resolution 1970" (English names
    its founder). The document's focal state is never it; the previous sentence's subject
    is not unless a subject pronoun stands before the trigger in its clause (grammar key
    `subject_pronouns`: "Chad ... It is a member of X"; "Chad ... Council members asked")."""
    if not subject.implicit or not _reads_as(view.words[hit.first], hit.frame.focal_not_for):
        return False
    if any(_named_by(view, hit.first, phrase) for phrase in hit.frame.focal_named_by):
        return False  # "وهي من الدول الأعضاء": the pronoun or the verb carries the subject
    if any(_phrase_at(view, hit.last, phrase) for phrase in hit.frame.focal_place_after):
        return False  # "based in the capital": a place of the guessed host's
    strategy = hit.via.get(id(subject), ("",))[0]
    pronouns = [k for k in range(view.clause_start(hit.first), hit.first)
                if _subject_pronoun_at(view, k)]
    if strategy == st.CARRIED_SUBJECT and pronouns:
        return False  # "It is a member of X": the pronoun names it
    if strategy == st.FOCAL_ACTOR and any(
            hit.first - k <= PRONOUN_SUBJECT_REACH
            and not _reads_as(view.words[k], view.grammar.person_pronouns) for k in pronouns):
        # "Riyadh anchors key institutions. It was a founding member of X": a pronoun no
        # person's names the state the piece is about when no subject is carried; "he"
        # ("He was a founding member of the party") names a person, no state; a pronoun
        # further back is another noun's ("وهو أول مخزون تملكه الوكالة لضمان حصول الدول
        # الأعضاء": the stockpile, not the state)
        return False
    return strategy in GUESSED_DOERS


def _named_by(view: SentenceView, end: int, phrase: tuple[str, ...]) -> bool:
    """The words right before word `end`, in its clause, read as `phrase` (frame key
    `focal_named_by`)."""
    start = end - len(phrase)
    return start >= view.clause_start(end) and all(
        _reads_as(view.words[start + i], (token,)) for i, token in enumerate(phrase))


def _adjacent(a: Arg, b: Arg) -> bool:
    """`a` and `b` stand next to each other, or one word apart."""
    return 0 <= b.first - a.last <= 1 or 0 <= a.first - b.last <= 1


def _gap_word(a: Arg, b: Arg) -> int:
    """The one word between two adjacent arguments (-1 when none stands there)."""
    first, second = (a, b) if a.first < b.first else (b, a)
    return first.last if second.first - first.last == 1 else -1


def _phrase_at(view: SentenceView, start: int, phrase: tuple[str, ...]) -> bool:
    """The words from word `start` on, in its clause, read as `phrase` (frame key
    `focal_place_after`)."""
    end = start + len(phrase)
    return start >= 0 and end <= len(view.words) and not any(
        view.boundary[k] for k in range(start + 1, end)) and all(
        _reads_as(view.words[start + i], (token,)) for i, token in enumerate(phrase))


def _after_agent_marker(view: SentenceView, arg: Arg, markers: Sequence[str]) -> bool:
    """`arg` right behind an agent marker, or behind it and one word (its article or a
    determiner: "by an ELN sniper"): "by X", "من قبل X"."""
    return bool(st.governed_by(view, arg, markers)) or (
        not arg.implicit and view.word_at(arg.first - 2) in markers)


def _holds(args: list[Arg], arg: Arg) -> bool:
    """`arg` itself is one of `args`."""
    return any(a is arg for a in args)


def _owner_apart(view: SentenceView, hit: Hit, owner: Arg, marked: Arg) -> bool:
    """"NATO leaders attend a summit in X", "Trump attends the G20 summit in X": with
    `owner_adjacent`, the owner is no name right before the trigger (only `owner_skips` or a
    number such as a year between) nor right after its first word ("قمة مجموعة العشرين في"),
    or the name its marker governs does not follow it."""
    frame = hit.frame
    if not frame.owner_adjacent:
        return False
    if owner.implicit or marked.implicit or marked.first < hit.last:
        return True
    if owner.first == hit.first + 1:
        return False
    return owner.last > hit.first or not all(
        view.word_at(i) in frame.owner_skips or any(c.isdigit() for c in view.word_at(i))
        for i in range(owner.last, hit.first))


def _agent_as_object(view: SentenceView, hit: Hit, obj: Arg) -> bool:
    """"commissions of inquiry established by the Human Rights Council": the name after the
    frame's agent marker (`agent_markers`), and every name coordinated with it ("من قبل
    السعودية والجامعة العربية"), is who did it; of a kind the frame's subject does not take,
    it is no object either (what was founded is not named). The frames with agent markers
    are the founding ones and the mediation ones (mediate, talks_between: "بوساطة",
    "برعاية", "by"): there an organisation after the marker is the mediator, never a party
    mediated."""
    frame = hit.frame
    if not frame.agent_markers or obj.implicit or obj.first < hit.last or (
            obj.kind in frame.subject):
        return False
    if _after_agent_marker(view, obj, frame.agent_markers):
        return True
    kinds = frozenset(a.kind for a in view.args)
    return any(_holds(group_from(view.args, a, kinds), obj) for a in view.args if (
        hit.last <= a.first < obj.first and not a.implicit
        and _after_agent_marker(view, a, frame.agent_markers)))


def _object_named(view: SentenceView, hit: Hit, obj: Arg, dates: list) -> bool:
    """A fact's object is named as itself (frame keys `object_heads`, `object_skips`):
    "recognized a Palestinian state", "recognized the State of Palestine", "اعترفت بدولة
    فلسطين", "recognized the new Syrian government" (an organ's name is the state's), not
    "did not recognize any Taiwanese official", "recognized the deportation of the Crimean
    Tatars", "recognized Russian-occupied territories" (a noun of its own stands between the
    trigger and the name, or the name's adjective describes one). The words of a date
    between them (of the document's `dates`: "اعترفت إسبانيا يوم الثلاثاء بفلسطين") are
    skipped."""
    frame = hit.frame
    if not frame.object_heads or frame.own_object or obj.implicit or obj.first < hit.last:
        return True  # (an `own_object` frame reads its heads in _own_object)
    if obj.resolution == "adjective":
        described = described_word(view, obj)
        return 0 <= described < len(view.words) and _reads_as(
            view.words[described], frame.object_heads)
    dated = {k for d in _within(dates, view) for k in _date_words(view, d)}
    for k in range(obj.first - 1, hit.last - 1, -1):
        if k in view.masked or _reads_as(view.words[k], frame.object_heads):
            return True  # (a name before it: the verb-first subject's)
        if k not in dated and not _reads_as(view.words[k], frame.object_skips) and (
                not _size_word(view, k)):
            return False
    return True


def _own_object(view: SentenceView, hit: Hit, subject: Arg, obj: Arg, dates: list) -> bool:
    """The verb has an object of its own that names no body, so `obj`, named before or
    further on, is not its object (frame key `own_object`): "It chaired the AU in 2019 and
    hosted the COP27 climate summit", "a member of the EAEU, hosts Russia's 102nd base", "ثم
    مع استضافة دبي مؤتمر الأطراف". Past its verb-first subject, `object_skips` and
    `object_heads` (the nouns of a body's event or seat, and those that refer back to a
    body: "chaired the group's 2020 summit"), the word after the trigger opens a noun
    phrase: not the end of its clause, a preposition ("which Egypt hosted in 2022", "hosted
    by"), a date, a number, nor a name of the frame's object kinds."""
    frame, prepositions = hit.frame, tuple(view.grammar.prepositions | view.grammar.holding_links)
    if not frame.own_object or _reads_as(view.words[hit.last - 1], prepositions):
        return False  # "NATO is based in the capital": the place after it is no object
    after = not obj.implicit and obj.first >= hit.last
    k = subject.last if not subject.implicit and subject.first == hit.last else hit.last
    while k < len(view.words) and not view.boundary[k] and k not in view.masked and (
            _reads_as(view.words[k], frame.object_skips + frame.object_heads)):
        k += 1
    named = next((a for a in view.args if a.first <= k < a.last), None)
    if named is not None and named.kind in frame.object:
        return False  # "hosted the SCO summit", "استضافتها قمة مجموعة العشرين"
    if after and view.word_at(hit.last - 1).endswith(tuple(view.grammar.possessive_suffixes)):
        return True  # "التي يتشارك رئاستها كل من X وY": the pronoun is its object, X chairs
    dated = {j for d in _within(dates, view) for j in _date_words(view, d)}
    if k >= len(view.words) or view.boundary[k] or k in dated or _size_word(view, k) or (
            _reads_as(view.words[k], prepositions)):
        # no object of its own ("which Egypt hosted in 2022", "hosted by"), or the noun
        # referring back to a body ("تولت رئاسة الرابطة عام 2023، بعد ... قمة مجموعة
        # العشرين"): none named in a clause further on is its object
        return after and _clause_break(view, k, obj.first)
    # "hosts the Incirlik air base ..., and has been a candidate for EU membership"; not
    # "hosted many UN events", "chaired several bodies, including the SCO"
    return not after or _clause_break(view, k, obj.first)


def _joins_company(view: SentenceView, hit: Hit, subjects: list[Arg], dates: list) -> bool:
    """The verb's own object, past its verb-first subjects (and a relative clause describing
    them), adjuncts, dates and `object_skips`, is a noun of people ("joined demonstrators",
    "انضمت إلى المحتجين") or a state's name that owns no noun after it ("joined the United
    States and the EU in backing X", "انضمت السعودية إلى الولايات المتحدة والاتحاد الأوروبي
    في ..."): the doer joins their company, no body; not "joined China's Belt and Road
    Initiative", "joined the Chinese-led bank"."""
    named = {a.entity for a in subjects if not a.implicit and a.first >= hit.last}
    skipped = st.adjunct_words(view, hit.last, view.clause_end(hit.last - 1)) | {
        k for d in _within(dates, view) for k in _date_words(view, d)}
    k, described = hit.last, -1
    while k < len(view.words):
        subject = next((a for a in view.args if a.first == k and a.entity in named), None)
        if subject is not None:
            k = subject.last
        elif view.boundary[k] and k > hit.last and _reads_as(view.words[k],
                                                             view.grammar.relatives):
            k = described = view.clause_end(k)  # "انضمت X، التي ترفض ...، إلى"
        elif view.boundary[k] and k not in (hit.last, described):
            return False
        elif k in skipped or _reads_as(view.words[k], hit.frame.object_skips) or (
                _reads_as(view.words[k], view.grammar.coordinators)):
            k += 1
        else:
            break
    if k >= len(view.words):
        return False
    if _reads_as(view.words[k], view.grammar.people_nouns):
        return True
    first = next((a for a in view.args if a.first == k and not a.implicit), None)
    return first is not None and first.kind == "state" and (
        first.resolution != "adjective") and not _describes_next(view, first)


def _clause_break(view: SentenceView, start: int, end: int) -> bool:
    """A boundary before a word from `start` up to `end` that is no comma of a list of names,
    no bracket, nor one opening a list's inclusion ("، بما في ذلك X", ", including X")."""
    return any(view.ends_clause(j, through_brackets=True)
               and not _reads_as(view.words[j], view.grammar.list_inclusion)
               for j in range(start, min(end + 1, len(view.words))))


def _guest_named(view: SentenceView, hit: Hit, obj: Arg, frame: Frame) -> bool:
    """The object is named as a guest (frame key `guest_heads`): an official ("hosted Xi
    Jinping", "استضافت مصر أمير قطر") or a name describing one of `heads` ("his Uzbek
    counterpart", "a US delegation", "نظيره الأوزبكي"), the verb's own object
    (`_guest_after_verb`), on a visit (`_guest_stays`)."""
    if obj.implicit or not _guest_after_verb(view, hit, obj, frame) or _guest_stays(
            view, hit, obj, frame):
        return False
    guest = obj.last - 1 if obj.person is not None else described_word(view, obj)
    return 0 <= guest < len(view.words) and (obj.person is not None or _reads_as(
        view.words[guest], frame.guest_heads)) and not _owns_next(view, guest)


def _owns_next(view: SentenceView, k: int) -> bool:
    """"welcomed his Uzbek counterpart's decision": word `k` owns the noun after it."""
    return k + 1 < len(view.words) and not view.boundary[k + 1] and (
        view.word_at(k + 1) in view.grammar.possessive_markers)


def _guest_after_verb(view: SentenceView, hit: Hit, obj: Arg, frame: Frame) -> bool:
    """"hosted his Uzbek counterpart", "hosted Chinese President Xi Jinping": the guest is
    the first name after the verb, with only `object_skips`, titles (`guest_heads`) and
    other names between, or after one of `guest_after` ("hosted a summit attended by X");
    not a name after another verb ("TV host Vladimir Solovyov attacked Macron")."""
    for k in range(obj.first - 1, hit.last - 1, -1):
        if view.boundary[k + 1] or any(_phrase_at(view, k + 1 - len(p), p)
                                       for p in frame.guest_after):
            return not view.boundary[k + 1]
        if k not in view.masked and not _reads_as(view.words[k], frame.object_skips) and (
                not _reads_as(view.words[k], frame.guest_heads)):
            return False
    return True


def _guest_stays(view: SentenceView, hit: Hit, obj: Arg, frame: Frame) -> bool:
    """"Qatar has hosted Hamas leader Ismail Haniyeh since 2012", "Russia hosts ousted
    Syrian President Bashar al-Assad": a guest hosted for a time (`guest_stays` after the
    verb in its clause), or ousted or exiled (`guest_exiles` by its name), stays: no visit."""
    end = view.clause_end(hit.last - 1)
    if _word_of(view, frame.guest_exiles, hit.last, min(obj.last + 1, end)):
        return True
    return any(_phrase_at(view, k, p) and not _reads_as(view.words[k - 1],
                                                        frame.guest_stay_not_after)
               for k in range(hit.last, end) for p in frame.guest_stays)


def _size_word(view: SentenceView, k: int) -> bool:
    """"joined the 27-member bloc", "the 32-nation alliance": a number, or the word a joiner
    ties to one, tells the body's size and no noun of its own."""
    return view.word_at(k).isdigit() or (k in view.joined and k > 0 and (
        view.word_at(k - 1).isdigit()))


def _ends_in_marker(view: SentenceView, hit: Hit, markers: tuple[str, ...]) -> bool:
    """"aid from", "مساهمات من": the trigger's last word reads as one of `markers`."""
    return _reads_as(view.words[hit.last - 1], markers)


def _law_penalty(view: SentenceView, frame: Frame, first: int) -> bool:
    """A sentence's trigger after a verb that sets a penalty in its clause (grammar
    `penalty_verbs`: "a bill to punish femicide with life imprisonment", "مشروع قانون يعاقب
    على ... بالسجن المؤبد") is the penalty a law provides, no court's verdict. Not with an
    actor named (not by its adjective: "to punish Russian oligarchs with prison") between
    them: a law punishes acts; "vowed to punish the United States after a Moscow court
    sentenced ..." names whom a state punishes, then the court that sentences."""
    if (frame.event or {}).get("mode") != "convict" or not view.grammar.penalty_verbs:
        return False
    verb = next((i for i in range(first - 1, view.clause_start(first) - 1, -1)
                 if i not in view.masked and _reads_as(view.words[i], view.grammar.penalty_verbs)),
                None)
    return verb is not None and not any(verb < a.first < first and a.resolution != "adjective"
                                        for a in view.args)


def _reads_as(word: tuple[str, ...], tokens: tuple[str, ...] | frozenset[str]) -> bool:
    """One of the word's readings is one of `tokens` (a trailing * matches any ending)."""
    if not tokens or not word:  # most frames list no such words
        return False
    # no set built per call: a word has one to three readings
    return any(reading in tokens for reading in word) or any(
        token_matches(t, word) for t in _starred(tokens))


def _drop_own_reading(state: DocState, hits: list[Hit], noun: int, parties: set[str]) -> None:
    """Drop the meetings a trigger on the meeting noun at `noun` read between two of
    `parties` (`Extractor._paired_meetings`)."""
    own = {id(e) for h in hits if h.first <= noun < h.last for e in h.made
           if e.event_type == "CONSULT" and {e.source, e.target} <= parties}
    if own:
        state.result.events[:] = [e for e in state.result.events if id(e) not in own]


def _compound_parties(view: SentenceView, noun: int, kinds: frozenset[str]) -> list[Arg]:
    """The parties a compound names on the meeting noun at `noun`: names joined by
    `word_joiners` right before it ("US-Russian talks", "Iran-European nuclear talks"), or,
    where adjectives follow their noun, adjectives in a row after it ("المحادثات الأمريكية
    الروسية", "الاتصالات السرية الأمريكية-الإيرانية"); up to COMPOUND_REACH modifiers
    between, none a participle of `modifier_participles` ("US-Saudi sponsored talks": the
    sponsors), nor a punctuation mark."""
    g = view.grammar
    named = [a for a in view.args if not a.implicit and a.kind in kinds]
    if g.adjective_after_noun:
        # a name that is its state's adjective too ("السعودية") stands in a row of adjectives
        starts = {a.first: a for a in named if a.resolution in ("adjective", "name")
                  and not (a.coordinated or a.marked)}
        k = _compound_edge(view, noun + 1, 1, starts)
        chain = [starts[k]] if k in starts else []
        while chain and chain[-1].last in starts and (
                chain[-1].last in view.joined or not view.boundary[chain[-1].last]):
            chain.append(starts[chain[-1].last])
        return chain if any(a.resolution == "adjective" for a in chain) else []
    ends = {a.last: a for a in named}
    k = _compound_edge(view, noun, -1, ends)
    chain = [ends[k]] if k in ends else []
    while chain and chain[0].first in view.joined and chain[0].first in ends:
        chain.insert(0, ends[chain[0].first])
    return chain


def _compound_edge(view: SentenceView, k: int, step: int, edges: dict[int, Arg]) -> int:
    """Where a compound's names end (`step` -1: the word after the last, before the noun) or
    start (`step` 1, after it), past up to COMPOUND_REACH modifier words; -1 where none."""
    g = view.grammar
    for _ in range(COMPOUND_REACH + 1):
        word = k - 1 if step < 0 else k
        if not 0 <= word < len(view.words) or view.boundary[max(k, word)]:
            return -1  # the bounds, or a punctuation mark between the noun and the word
        if k in edges:
            return k
        if _reads_as(view.words[word], g.modifier_participles) or any(
                a.first <= word < a.last for a in view.args):
            return -1
        k += step
    return -1


def _word_of(view: SentenceView, tokens: frozenset[str], start: int, end: int) -> bool:
    """A word of `view` from `start` up to `end` reads as one of `tokens`."""
    return next(_words_of(view, tokens, start, end), None) is not None


def _words_of(view: SentenceView, tokens: frozenset[str], start: int, end: int
              ) -> Iterator[int]:
    """The words of `view` from `start` up to `end` that read as one of `tokens`."""
    return (k for k in range(start, end) if _reads_as(view.words[k], tokens))


def _starred(tokens: tuple[str, ...] | frozenset[str]) -> tuple[str, ...]:
    """The prefix tokens ('x*') of a word list, found once per list (lists are data, few;
    a dict, not an lru_cache: compiled, its wrapper cost more than the look-up)."""
    found = _STARRED.get(tokens)
    if found is None:
        if len(_STARRED) >= 1024:
            _STARRED.clear()
        found = _STARRED[tokens] = tuple(t for t in tokens if t.endswith("*"))
    return found


_STARRED: dict[tuple[str, ...] | frozenset[str], tuple[str, ...]] = {}


def _posed_danger(view: SentenceView, hit: Hit) -> bool:
    """"an imminent threat of an Israeli strike", "a national security threat", "تشكل
    تهديدا": the trigger names a danger something poses (one of its frame's `danger_before`
    words right before it, or `danger_after` right after it), no act of anyone."""
    frame = hit.frame
    return _reads_as(view.words[hit.first - 1] if hit.first > 0 else (), frame.danger_before) or (
        _reads_as(view.words[hit.last] if hit.last < len(view.words) else (),
                  frame.danger_after))


def _act(frame: Frame) -> tuple[str | None, str | None]:
    """The frame's event as (type, mode), (None, None) for a fact's frame."""
    event = frame.event or {}
    return event.get("type"), event.get("mode")


def _town_noun(g: Grammar, word: tuple[str, ...]) -> bool:
    """The word is a town noun ("مدينة", "city"; `town_nouns`) in one of its plain readings
    (most words are none in any reading: their plain ones are not sought)."""
    return not g.town_nouns.isdisjoint(word) and not g.town_nouns.isdisjoint(
        _plain_readings(g, word))


def _region_named(view: SentenceView, first: int, last: int) -> bool:
    """The trigger ends on a noun of a region (`region_nouns`: "مقاطعة", a province and a
    boycott) with a place's name right after it; or holds one with a word right after it
    written as a name opens (`name_openings`: "بمقاطعة إلمور" read by "بمقاطعة ال*"): the
    region's name, no act."""
    g = view.grammar
    if last < len(view.words) and not g.region_nouns.isdisjoint(view.words[last - 1]) and any(
            a.first == last and a.kind in ("state", "place", "city") for a in view.args):
        return True
    return bool(g.name_openings) and any(
        not g.region_nouns.isdisjoint(view.words[i])
        and view.written(i + 1).startswith(g.name_openings)
        for i in range(first, min(last, len(view.words) - 1)))


def _withholding(frame: Frame) -> bool:
    """Whether the frame's act withholds aid from a place (WITHHELD_FROM_PLACE)."""
    return not frame.fact and _act(frame) in WITHHELD_FROM_PLACE


def _victims_nationality(view: SentenceView, hit: Hit, subject: Arg) -> bool:
    """The subject is the nationality adjective of a noun of people or of victims ("Chinese
    nationals", "Israeli hostages"; one word between at most: "Chinese aid workers") that is
    no subject before the act ("gunmen killed two Chinese engineers", "Israeli hostages";
    not "Venezuelan civilians shot at ..."), or, read from the context, a state the sentence
    names only as such people."""
    g = view.grammar

    def describes(arg: Arg, nouns: frozenset[str]) -> bool:
        if arg.resolution != "adjective":
            return False
        # the noun an adjective describes stands after it, or before it where adjectives
        # follow their noun ("مهندسين صينيين"; "غارات تشيلية 30 شخصا": the strikes')
        near = range(arg.first - 1, max(arg.first - 3, -1), -1) if g.adjective_after_noun \
            else range(arg.last, min(arg.last + 2, len(view.words)))
        return any(not nouns.isdisjoint(view.words[k]) for k in near)

    if not subject.implicit:
        return describes(subject, g.patient_nouns) or (
            subject.first >= hit.last and describes(subject, g.people_nouns))
    nouns = g.people_nouns | g.patient_nouns
    named = [a for a in view.args if a.entity == subject.entity and not a.implicit]
    return bool(named) and all(describes(a, nouns) for a in named)


def _described_agent(view: SentenceView, hit: Hit, right: list[Arg], kinds: frozenset[str],
                     markers: tuple[str, ...]) -> list[Arg]:
    """"majority-owned by Russian state company Gazprom", "المملوكة في أغلبها لجهات روسية":
    the agent right after the marker that follows the trigger (a word, or the proclitic of
    the noun it describes), past a few words that describe it (its nationality, its kind)
    and no mark that ends the phrase."""
    if hit.last >= len(view.words):
        return []
    word = view.words[hit.last]
    if not (_reads_as(word, markers) or (
            in_phrase(view.grammar, word) and word[0].startswith(markers))):
        return []
    found = next((a for a in right if a.first > hit.last), None)
    if found is None or found.kind not in kinds or (
            found.first - hit.last > DESCRIPTION_REACH) or any(
            view.boundary[k] for k in range(hit.last + 1, found.first + 1)):
        return []
    return [found]


def _named_after(view: SentenceView, start: int, right: list[Arg]) -> Arg | None:
    """The first argument from word `start` on when only articles, descriptor nouns and
    words written as names stand before it ("of German company X", "by Chinese company
    X"), else None."""
    found = next((a for a in right if a.first >= start), None)
    if found is None:
        return None
    skips = view.grammar.articles | view.grammar.descriptor_nouns
    if all(_reads_as(view.words[k], skips) or view.name_at(k) for k in range(start, found.first)):
        return found
    return None


def _possessor(view: SentenceView, end: int, kinds: frozenset[str]) -> list[Arg]:
    """"the Peruvian government's plan to deport ...": the owner of the noun right before
    word `end` (the infinitive's "to"), named with the possessive "s", does what it plans."""
    owner = next((a for a in view.args if a.last == end - 2 and not a.implicit), None)
    if owner is None or owner.kind not in kinds or (
            view.word_at(end - 2) not in view.grammar.possessive_markers) or (
            view.word_at(end - 1) in view.grammar.prepositions):
        return []
    return [owner]


def _unnamed_later_clause(view: SentenceView, hit: Hit) -> int | None:
    """The start of the trigger's clause when that clause is not the sentence's first and
    the trigger opens it (after "and", "also", "has" at most) with no actor named before it
    in the clause: a subject to look for in the clauses before (else None)."""
    clause = view.clause_start(hit.first)
    if clause == 0 or hit.first - clause > 2 or any(
            clause <= a.first < hit.first for a in view.args):
        return None
    return clause


def _title_owner(view: SentenceView, hit: Hit, kinds: frozenset[str]) -> list[Arg]:
    """"X, the Kenyan special envoy to Y, resigned", "X, a spokesman for the Kenyan
    government, urged ...", "Kenya's envoy to Y, X, condemned ...": a verb that opens its
    clause after the clauses that open the sentence with a person's name and the apposition
    of their office (a person title among its words) is done by the state or organisation
    that office serves: the actor named right before the title (its qualifiers between) or
    right after it behind `office_markers`."""
    g = view.grammar
    clause = _unnamed_later_clause(view, hit)
    if clause is None:
        return []
    opening = [clause]
    while opening[-1] > 0 and len(opening) <= APPOSITION_CLAUSES:
        opening.append(view.clause_start(opening[-1] - 1))
    if opening[-1] != 0 or len(opening) < 3:
        return []  # a name and its apposition (a clause each) open the sentence
    titles = [k for k in range(clause) if not g.person_titles.isdisjoint(view.words[k])]
    for arg in (a for a in view.args if a.last <= clause and not a.implicit):
        if arg.kind in kinds and any(_serves(view, arg, k) for k in titles):
            return [arg]
    return []


def _serves(view: SentenceView, arg: Arg, title: int) -> bool:
    """The title at word `title` is an office of `arg`: "Kenyan [special] envoy", "Kenya's
    envoy", "spokesman for the Kenyan government" (no clause boundary between)."""
    g = view.grammar
    if any(view.boundary[k] for k in range(min(arg.first, title) + 1, max(arg.last, title + 1))):
        return False
    if arg.last <= title:
        gap = [view.word_at(k) for k in range(arg.last, title)]
        return len(gap) <= OFFICE_GAP and not any(w in g.prepositions for w in gap)
    gap = [view.word_at(k) for k in range(title + 1, arg.first)]
    return 0 < len(gap) <= OFFICE_GAP and all(w in g.office_markers for w in gap)


def _own_request(view: SentenceView, hit: Hit, start: int, subject: Arg) -> str:
    """"called for calm", "demanded the resignation of the minister": a request whose
    content (among the first words of its object, from word `start`) is one a state asks of
    its own (data: `domestic_requests`), with no other actor named in the clause after it
    ("the dissolution of the C6+ framework" asks it of the C6+); the word, or ''."""
    if (hit.frame.event or {}).get("type") != "REQUEST":
        return ""
    asked = view.grammar.domestic_requests
    for k in range(start, min(start + REQUEST_CONTENT_REACH, len(view.words))):
        if any(a.first <= k < a.last for a in view.args) or _names_addressees(view, start, k):
            return ""
        if st.phrase_at(view, k, asked):
            others = [a for a in st.in_clause(view, k, view.args)
                      if a.first > k and a.entity != subject.entity]
            return "" if others else view.word_at(k)
    return ""


def _names_addressees(view: SentenceView, start: int, k: int) -> bool:
    """"دعت مصر جميع الأطراف إلى ضبط النفس", "urged all sides to show restraint": word k
    opens the act asked for (data `content_links`) behind words that are no adjunct after
    the requester (from word `start`): they name whom it asks, not its own state."""
    if view.word_at(k) not in view.grammar.content_links:
        return False
    adjuncts = st.adjunct_words(view, start, k)
    return any(j not in adjuncts for j in range(start, k))


def _people_patient(view: SentenceView, hit: Hit) -> bool:
    """A release done to a state's own people names them ("freed 20 prisoners", "the
    detainees were released", "released him"; data: `released_patients` and the nouns of
    people); "released a proposal", "the release of tax returns" free no one. True for
    every other frame (`people_patient`), and in a language with no such list. The noun
    may also stand right after the frame's target marker further on, past a long subject
    ("أفرجت محكمة الاستئناف في باريس عن الرئيس السابق")."""
    if not hit.frame.people_patient or not view.grammar.released_patients:
        return True
    nouns = _freed_nouns(view.grammar)
    if _names_people(view, view.clause_start(hit.first), hit, nouns):
        return True
    marker = next((k for k in range(hit.last, len(view.words)) if view.boundary[k]
                   or _reads_as(view.words[k], hit.frame.target_markers)), len(view.words))
    return marker < len(view.words) and not view.boundary[marker] and any(
        not nouns.isdisjoint(view.words[k])
        for k in range(marker + 1, min(len(view.words), marker + 3)))


def _patient_is_people(view: SentenceView, hit: Hit, pairs: list[tuple[Arg, Arg]]) -> bool:
    """An act whose genitive or object is its patient (`genitive_patient`, `people_patient`:
    a handing over, a capture) is done to people: a pronoun joined to the trigger
    ("تسليمه", "تسليمهم"; grammar `resumptive_suffixes`), or, after the trigger and a
    subject named after it and before its target marker ("إلى"), a noun of people, role,
    membership or fighters (`_patient_people_nouns`) or a person's name; "سلمت X رسالة/ردها/
    المساعدات إلى Y" hands over no one, "أسرت X قلوب الجمهور" takes no one."""
    g = view.grammar
    if any(w.endswith(g.resumptive_suffixes) for w in view.words[hit.last - 1]
           if g.resumptive_suffixes):
        return True
    # a doer after its agent marker stands after the patient ("تسليم المتهم من المغرب إلى
    # فرنسا"), one named right after a verb before it ("سلمت السلطات X المتهم")
    start = max([hit.last] + [s.last for s, _ in pairs if not s.implicit and s.first >= hit.last
                              and not _after_agent_marker(view, s, hit.frame.agent_markers)])
    nouns = _patient_people_nouns(g)
    persons = {a.first for a in view.args if a.kind == "person"}
    for k in range(start, min(len(view.words), start + PATIENT_REACH)):
        if _reads_as(view.words[k], hit.frame.target_markers):
            return False
        if k in persons or not nouns.isdisjoint(view.words[k]):
            return True
    return False


@lru_cache(maxsize=8)
def _patient_people_nouns(g: Grammar) -> frozenset[str]:
    """The nouns of people an act is done to (`_patient_is_people`): those a release frees,
    with nationalities, and the nouns of role, membership, seats and ranks (`seat_holders`:
    "جنود") and fighters; built once per language."""
    return _freed_nouns(g, nationalities=True) | g.role_nouns | g.member_nouns | (
        g.seat_holders | g.fighter_nouns)


@lru_cache(maxsize=8)
def _freed_nouns(g: Grammar, nationalities: bool = False) -> frozenset[str]:
    """The nouns that name the people a release frees (`released_patients`, `people_nouns`,
    `patient_nouns`, `person_titles`, or `role_nouns` in a language that keeps its titles
    there (Arabic: no `person_titles`); `nationality_nouns` too with `nationalities`)."""
    titles = g.person_titles or g.role_nouns
    nouns = g.released_patients | g.people_nouns | g.patient_nouns | titles
    return nouns | g.nationality_nouns if nationalities else nouns


def _note_memberships(view: SentenceView, state: DocState, hit: Hit) -> None:
    """Keep the sentence's membership triggers read so far, with their members and bodies
    (`_chained_members`)."""
    index, earlier = state.memberships
    noted = earlier if index == view.index else []
    bodies = frozenset(o.entity for _, o in hit.pairs)
    state.memberships = (view.index, [*noted, NotedMembership(hit.subjects, bodies, hit.last)])


def _chained_members(view: SentenceView, state: DocState, subjects: list[Arg],
                     how: str) -> tuple[list[Arg], str]:
    """"X signed ..., became a full member of A in 2023 and joined B", "انضمت X إلى A ...
    للانضمام إلى B": a body an earlier membership trigger of the sentence names as what is
    joined (its object, or a name right after it) is no member of the next one; that
    membership's members are, else the sentence's verb subject."""
    index, earlier = state.memberships
    if index != view.index or not subjects or any(a.kind != "organization"
                                                  for a in subjects):
        return subjects, how
    body = subjects[0]
    entry = next((e for e in earlier if body.entity in e.bodies
                  or e.after <= body.first <= e.after + CHAINED_BODY_GAP), None)
    if entry is None:
        return subjects, how
    if entry.members:
        return list(entry.members), st.COORDINATED_VERB
    verb = state.verb_subjects
    return (list(verb[1]) if verb[0] == view.index else []), st.COORDINATED_VERB


def _founding_member(hits: list[Hit], hit: Hit) -> bool:
    """"a founding member of X", «عضو مؤسس في X», «الأعضاء المؤسسين»: a membership trigger
    beside a founding one is the founding's (a founder is a member: no second fact)."""
    return hit.frame.fact == "member_of" and any(
        h.frame.fact == "founder_of" and (h.last == hit.first or h.first == hit.last)
        for h in hits)


def _repeated_marker_bodies(view: SentenceView, last: Arg, kinds: frozenset[str]) -> list[Arg]:
    """"a founding member of A in 1945 and of B", "من الدول المؤسسة لـA عام 1945، ولـB",
    "عضو في A ... وفي B": the bodies after a coordinator and the very word (preposition or
    proclitic) that governs the body `last` are coordinated with it, past the adjuncts
    between; the first body of `kinds` marked otherwise ends them."""
    marker = _body_marker(view, last)
    bodies: list[Arg] = []
    for arg in view.args:
        if marker is None or arg.first < last.last or arg.kind not in kinds or arg.implicit:
            continue
        if arg.first - last.last > REPEATED_MARKER_GAP or _body_marker(view, arg) != (
                marker[0], True):
            break
        bodies.append(arg)
        last = arg
    return bodies


def _body_marker(view: SentenceView, arg: Arg) -> tuple[str, bool] | None:
    """The preposition or proclitic that governs `arg` (its marker, else the word before its
    articles) and whether a coordinator goes with it ("and of", «ول», «وفي»)."""
    g = view.grammar
    if arg.marker:
        word = arg.marker
    else:
        k = arg.first - 1
        while k > 0 and view.word_at(k) in g.articles:
            k -= 1
        if k < 1:
            return None
        word = view.word_at(k)
        if view.word_at(k - 1) in g.coordinators and not view.boundary[k]:
            return word, True
    prefix = next((p for p in g.continuing_prefixes if word.startswith(p) and len(word) > len(p)),
                  None)
    return (word[len(prefix):], True) if prefix else (word, False)


def _suspected_member_of(view: SentenceView, group: Arg) -> bool:
    """A group named as what the target is only accused or suspected of belonging to ("a
    clan elder accused of belonging to X", data `suspicion_words`), in its clause."""
    words = view.grammar.suspicion_words
    start = max(view.clause_start(group.first), group.first - SUSPICION_REACH)
    return any(not words.isdisjoint(view.words[k]) for k in range(start, group.first))


def _where_done(view: SentenceView, arg: Arg) -> bool:
    """Where an act is done: a place after a locative past a direction adjective ("in
    northern Iraq"; grammar `direction_adjectives`), or one that an owner link (`owner_links`:
    "of") ties to a noun of people right before it ("residents of southern Lebanon",
    `people_nouns`)."""
    g = view.grammar
    k = arg.first - 1
    while k > 0 and view.word_at(k) in g.direction_adjectives | g.articles:
        k -= 1
    if k > 0 and view.word_at(k) in g.locative and k < arg.first - 1:
        return True
    return k > 0 and view.word_at(k) in g.owner_links and not g.people_nouns.isdisjoint(
        view.words[k - 1])


def _accident_toll(view: SentenceView, hit: Hit) -> bool:
    """"A plane crashes near X, killing all on board", "a bus collides with a truck, killing
    45": a participle of force that opens an adjunct clause (after a comma, an adverb after
    one, or a conjunction) after an accident verb of its sentence (grammar `accident_verbs`)
    states the accident's toll, no one's act; not when a weapon (`weapon_nouns`) is what
    crashes ("an Iranian missile crashed into a hospital, wounding 20": an attack). After a
    natural hazard (`hazard_nouns`: "is impacted by a cold wave, killing one", "an earthquake
    strikes X, shutting down power") such a participle of any act is the hazard's doing."""
    g = view.grammar
    first = hit.first
    if not g.adjunct_suffixes or first == 0:
        return False
    if _opens_adjunct(view, first, any_prefix=True) and _hazard_before(view, first):
        return True  # "فيضانات ...، قاتلة": a hazard's participle of any stem
    if not g.accident_verbs or (hit.frame.event or {}).get("type") != "ASSAULT" or (
            not _opens_adjunct(view, first)):
        return False
    return any(not g.accident_verbs.isdisjoint(view.words[k]) and not (
        _weapon_before(view, k)) for k in range(first))


def _opens_adjunct(view: SentenceView, first: int, any_prefix: bool = False) -> bool:
    """Word `first` is a participle (`adjunct_suffixes`, and `adjunct_prefixes` unless
    `any_prefix`) that opens an adjunct clause: after a comma, an adverb after one, or a
    conjunction."""
    g = view.grammar
    word = view.words[first][0]
    if not word.endswith(g.adjunct_suffixes) or (
            g.adjunct_prefixes and not any_prefix and not word.startswith(g.adjunct_prefixes)):
        return False
    before = view.word_at(first - 1)
    return view.boundary[first] or before in g.adjunct_conjunctions or (
        bool(g.adverb_suffixes) and before.endswith(g.adverb_suffixes) and view.boundary[first - 1])


def _hazard_before(view: SentenceView, first: int) -> bool:
    """A natural hazard (`hazard_nouns`, one word or two) stands before word `first`."""
    hazards = view.grammar.hazard_nouns
    return bool(hazards) and any(
        not hazards.isdisjoint(view.words[k]) or (
            k > 0 and not hazards.isdisjoint(
                f"{a} {b}" for a in view.words[k - 1] for b in view.words[k]))
        for k in range(first))


def _weapon_before(view: SentenceView, k: int) -> bool:
    """A weapon noun (`weapon_nouns`) in word k's clause before it: its subject."""
    g = view.grammar
    return any(not g.weapon_nouns.isdisjoint(view.words[j])
               for j in range(view.clause_start(k), k))


def _people_after(view: SentenceView, hit: Hit, subject: Arg) -> bool:
    """A frame that is domestic only towards people named after it (`people_after`: "opened
    fire on protesters") names a noun of people within a few words after the trigger, and its
    doer in its own clause (a named state or an organ: "footage shows gunmen firing on
    civilians" after "Israel denied ..." is no Israeli act); True for every other frame.
    A state's organ as the doer ("soldiers opened fire on miners", "security forces opened
    fire during protests", "فتح جنود من الجيش النار على مركبة") needs no noun of people
    within reach when its sentence names casualties (a casualty verb) or people anywhere
    after the trigger: a state's own forces firing at home fire on its own people; only an
    organ named as the doer, before the trigger, inside it or (verb first) right after it,
    not a place ("a man opens fire outside parliament", "فتح رجل النار خارج البرلمان"),
    and not fire at things ("opened fire at drones")."""
    if not hit.frame.people_after:
        return True
    g = view.grammar
    if _organ_fires_at_home(view, hit, subject):
        return True
    if subject.implicit:
        return False
    # a punishment ("أعدمت إيران ستة سجناء", "executed two inmates") names the punished with
    # the prisoners a release frees too (grammar `released_patients`)
    nouns = _punished_nouns(g) if hit.frame.punishment else g.people_nouns
    return _names_people(view, hit.last, hit, nouns)


@lru_cache(maxsize=8)
def _punished_nouns(g: Grammar) -> frozenset[str]:
    """The nouns of those a punishment is done to at home: people and prisoners
    (`people_nouns`, `released_patients`); built once per language."""
    return g.people_nouns | g.released_patients


def _organ_fires_at_home(view: SentenceView, hit: Hit, subject: Arg) -> bool:
    """A state's organ named as the doer (before the trigger, inside it or, verb first,
    right after it) in a sentence that names casualties or people after the trigger."""
    g = view.grammar
    named = subject.last <= hit.first or hit.first < subject.first < hit.last or (
        g.verb_first and subject.first == hit.last) or _agent_of_noun(view, hit, subject)
    if subject.resolution != "organ" or subject.first < 0 or not named:
        return False
    return any(not g.casualty_verbs.isdisjoint(w) for w in view.words) or any(
        not g.people_nouns.isdisjoint(w) for w in view.words[hit.last:])


def _organ_fires_on_people(view: SentenceView, hit: Hit, subject: Arg) -> bool:
    """A state's armed organ (`armed_organs`, in its words or the noun right before them:
    "جنود سودانيون") named as the doer (before the trigger with no other actor between, inside
    it or, verb first, right after it) of an act on people: a noun of people as the act's own
    patients (`PATIENT_REACH` after the trigger: "soldiers kill 40 civilians", ", killing 40
    civilians"; or after a phrase of its result: "ما أسفر عن مقتل 40 مدنيا") or before the
    doer ("40 people are killed in an army airstrike"); not people of another act ("retakes a
    town and frees 30 civilians"), not an act the organ only reports ("the army says RSF
    drones struck ..."), nor a court or parliament that is only where a shooting happened."""
    g = view.grammar
    named = (subject.last <= hit.first and not _actor_between(view, subject, hit.first)) or (
        hit.first < subject.first < hit.last) or (
        g.verb_first and hit.last <= subject.first <= hit.last + 1) or (
        _agent_of_noun(view, hit, subject))
    if subject.resolution != "organ" or subject.first < 0 or not named:
        return False
    words = view.words[max(0, subject.first - 1):subject.last]
    if all(g.armed_organs.isdisjoint(w) for w in words):
        return False
    return any(not g.people_nouns.isdisjoint(w) for w in view.words[:subject.first]) or (
        _names_people(view, hit.last, hit, g.people_nouns)) or _result_people(view, hit)


def _unnamed_doers(view: SentenceView, hit: Hit) -> bool:
    """Verb first, unnamed fighters stand where its subject does: right after the verb ("هاجم
    مسلحون مجهولون", "فتح مسلحون النار") or in the first words after the trigger ("في هجوم
    شنّه مسلحون"), unless the trigger ends on its target marker ("أطلق X النار على رجل مسلح":
    after it, whom it fires on)."""
    if st.unnamed_fighters(view, hit.first + 1, hit.first + 2):
        return True
    return not _reads_as(view.words[hit.last - 1], hit.frame.target_markers) and (
        st.unnamed_fighters(view, hit.last, hit.last + st.UNNAMED_SUBJECT_REACH - 1))


def _agent_of_noun(view: SentenceView, hit: Hit, subject: Arg) -> bool:
    """The doer named after the trigger behind its agent marker, in its clause and within
    `NOUN_AGENT_REACH` words ("killed in an airstrike (carried out) by the Nigerian Air
    Force"): named as the act's doer as one before it is."""
    markers = hit.frame.agent_markers
    return bool(markers) and hit.last <= subject.first <= hit.last + NOUN_AGENT_REACH and (
        _after_agent_marker(view, subject, markers)) and not any(
        view.boundary[k] for k in range(hit.last, subject.first + 1))


def _national_agent(view: SentenceView, hit: Hit, arg: Arg,
                    reach: int = NOUN_AGENT_REACH) -> bool:
    """"a stabbing attack by a (37-year-old) Algerian man", "were stabbed by a Syrian
    national", "هجوم طعن نفذه رجل جزائري": an attack's agent named by a nationality with a
    noun of a person (`nationality_nouns`, on the side the language puts a noun) is the
    person's state, as nationals who carry out an attack abroad are; the person stands after
    the trigger (within `reach` words of it) and in its clause, behind the agent marker (only
    an article and an age between it and the nationality) or, where adjectives follow their
    noun, behind the verb of the noun's relative clause ("نفذه", "شنه")."""
    g = view.grammar
    after = g.adjective_after_noun
    noun = arg.first - 1 if after else arg.last
    head = noun if after else arg.first
    if (hit.frame.event or {}).get("type") != "ASSAULT" or arg.resolution != "adjective" or (
            not 0 <= noun < len(view.words)) or g.nationality_nouns.isdisjoint(
            view.words[noun]) or not hit.last <= head <= hit.last + reach or any(
            view.boundary[k] for k in range(hit.last, arg.first + 1)):
        return False
    if after:
        return _relative_verb_before(view, hit, head) or _after_agent_marker(
            view, arg, hit.frame.agent_markers)
    marker = next((k for k in range(arg.first - 1, hit.last - 1, -1)
                   if _reads_as(view.words[k], hit.frame.agent_markers)), None)
    if marker is None:
        return False
    return all(_article_or_age(g, view.words[k]) for k in range(marker + 1, arg.first))


def _relative_verb_before(view: SentenceView, hit: Hit, k: int) -> bool:
    """The word before word `k` is the verb of the trigger's relative clause: its pronoun
    points back to the noun (`resumptive_suffixes`: "هجوم دهس نفذه", "بهجوم شنته"), no
    article on it, free words only between it and the trigger; not a preposition with the
    pronoun after a verb of casualties, whose subject is a victim ("هجوم قتل خلاله رجل
    سوري", "أصيب فيه")."""
    g = view.grammar
    at = k - 1
    if at < hit.last or not g.resumptive_suffixes or not all(
            event_nouns.free_word(view, i) for i in range(hit.last, at + 1)) or any(
            not g.casualty_verbs.isdisjoint(view.words[i]) for i in range(hit.last, at + 1)):
        return False
    word = view.word_at(at)
    suffix = next((s for s in g.resumptive_suffixes if word.endswith(s)), "")
    stem = word[:len(word) - len(suffix)]
    return bool(suffix) and len(word) >= RESUMPTIVE_VERB_LETTERS and stem not in (
        g.prepositions | g.casualty_links) and not any(
        g.article and r.startswith(g.article) for r in view.words[at])


def _article_or_age(g: Grammar, word: tuple[str, ...]) -> bool:
    """An article (`apposition_articles`) or a word of a person's age ("a 37-year-old":
    `age_words` and numbers)."""
    words = g.apposition_articles | g.age_words
    return not words.isdisjoint(word) or any(w.isdigit() for w in word)


def _actor_between(view: SentenceView, subject: Arg, end: int) -> bool:
    """A verb of speech (the subject reports what follows: "the army says jihadist drones
    hit a fair") or an actor other than the subject, governed by no preposition ("the army
    says RSF drones struck"), stands after the subject and before word `end`."""
    if any(not view.grammar.speech_verbs.isdisjoint(w) for w in view.words[subject.last:end]):
        return True
    return any(a.kind in st.ACTOR_KINDS and a.entity != subject.entity and not a.marked
               and subject.last <= a.first < end for a in view.args)


def _result_people(view: SentenceView, hit: Hit) -> bool:
    """A noun of people within `RESULT_PATIENT_REACH` words after a phrase that opens the
    act's result (grammar `result_links`: "، ما أسفر عن مقتل 40 مدنيا") after the trigger."""
    g = view.grammar
    links = g.result_links
    if not links:
        return False
    for k in range(hit.last, len(view.words)):
        if st.phrase_at(view, k, links):
            end = min(len(view.words), k + RESULT_PATIENT_REACH)
            return any(not g.people_nouns.isdisjoint(view.words[j]) for j in range(k, end))
    return False


def _after_auxiliary(view: SentenceView, first: int) -> bool:
    """"is released", "were freed": a passive's patient stands before it."""
    g = view.grammar
    return first > 0 and _reads_as(view.words[first - 1],
                                   g.perfect_auxiliaries | g.passive_auxiliaries)


def _frees_named(view: SentenceView, last: int) -> bool:
    """The object of a freeing trigger that ends at word `last` names people: a noun of
    people (`released_patients`, `people_nouns`, `patient_nouns`, `person_titles`,
    `nationality_nouns`) or a name, within PATIENT_REACH words and before a comma, a
    preposition (past its first word) or a relative ("released a video showing a hostage",
    "the release of grand jury records from ...": no one)."""
    g = view.grammar
    nouns = _freed_nouns(g, nationalities=True)
    stops = g.prepositions | g.relatives | g.complementizers | g.reason_markers
    starts = {a.first for a in view.args}
    for k in range(last, min(len(view.words), last + PATIENT_REACH)):
        word = view.words[k]
        if k > last and (view.boundary[k] or _reads_as(word, stops)):
            return False
        if k in starts or not nouns.isdisjoint(word):
            return True
    return False


def _names_people(view: SentenceView, start: int, hit: Hit, nouns: frozenset[str]) -> bool:
    """A word of `nouns` from word `start` to `PATIENT_REACH` words after the trigger."""
    end = min(len(view.words), hit.last + PATIENT_REACH)
    return any(not nouns.isdisjoint(view.words[k]) for k in range(start, end))


def _promises(view: SentenceView, hits: list[Hit], k: int, kinds: frozenset[str]) -> bool:
    """The first act pledge `hits[k]` promises is of one of `kinds` (force: HOSTILE_ACTS; a
    retreat or a concession: YIELDING_ACTS)."""
    pledge = hits[k]
    promised = next((h for h in hits[k + 1:] if not h.frame.fact
                     and _content_of(pledge, h, view) == "planned"), None)
    return promised is not None and (promised.frame.event or {}).get("type") in kinds


def _possessed_fact(view: SentenceView, before: Hit, hit: Hit) -> bool:
    """"X and its allies condemned ...", "the EU and its member states imposed ...": the
    trigger before `hit` states a fact only, right after a possessive pronoun, with no
    boundary between it and `hit`: a noun of the subject's words."""
    g = view.grammar
    return before.frame.event is None and before.first > 0 and view.word_at(
        before.first - 1) in g.possessive_pronouns and not any(
        view.boundary[i] for i in range(before.first, hit.first + 1))


def _asked_too(statement: Hit, hit: Hit, view: SentenceView) -> bool:
    """"urged X to end its support for Y and withdraw its troops": a bare verb joined by a
    coordinator to the act asked for is asked for too ("... and withdrew" is a new act)."""
    g = view.grammar
    opened = any(view.word_at(k) in g.content_links for k in range(statement.last, hit.first))
    return opened and view.word_at(hit.first - 1) in g.coordinators and (
        view.word_at(hit.first) not in finite_forms(g.code))


def _asked_act(statement: Hit, hit: Hit, view: SentenceView) -> bool:
    """"urged Somali President Hassan Ali to resign": the act right after the link word
    that follows the addressee, however many words the addressee's name takes (an addressee
    is no prepositional phrase: "an appeal against X's plan to deport" asks for no deporting)."""
    g = view.grammar
    between = {view.word_at(k) for k in range(statement.last, hit.first - 1)
               if not _in_subject_phrase(view, k)}
    linked = view.word_at(hit.first - 1) in g.content_links
    return linked and _free_words(view, statement.last, hit.first) <= CONTENT_REACH and (
        not between & _linking_words(g) - set(statement.frame.target_markers))


def _free_words(view: SentenceView, start: int, end: int) -> int:
    """How many words [start, end) are no name's (a name of many words is one actor:
    "اتهم مجلس حقوق الإنسان التابع للأمم المتحدة إسرائيل بارتكاب ...")."""
    return sum(1 for k in range(start, end) if k not in view.masked) if end >= start else -1


def _in_subject_phrase(view: SentenceView, k: int) -> bool:
    """Word k is a preposition inside a verb-first subject's phrase, not one that governs an
    addressee: a count ("أكثر من 100 عضو") or an organ or state ("عضو في البرلمان الصومالي")
    follows it."""
    after = view.word_at(k + 1)
    return k + 1 in view.masked or after.isdigit()  # normalised text has Western digits


def _addressee_after(view: SentenceView, hit: Hit) -> Arg | None:
    """The actor named right after an addressing trigger, an article or a complementizer
    before it at most ("urged the government", "demanded that the government"), governed by
    no preposition but the frame's target markers."""
    g = view.grammar
    return st.actor_after(view, hit.last, g.complementizers,
                          {*hit.frame.target_markers, *g.governing})


def _marked_official(view: SentenceView, hit: Hit, subject: Arg, markers: tuple[str, ...]
                     ) -> str:
    """"issued a subpoena for documents from Secretary of State X", "an appeal to Finance
    Minister X": an official or organ of the subject's own state behind one of the
    trigger's target markers a few words on in its clause is the one addressed ('' when
    there is none)."""
    for arg in view.args:
        if arg.first < hit.last or arg.first - hit.last > ADDRESSEE_REACH:
            continue
        if any(view.boundary[k] for k in range(hit.last, arg.first + 1)):
            return ""
        if (arg.kind == "state" and arg.entity == subject.entity and st.by_organ(arg)
                and st.governed_by(view, arg, markers)):
            return arg.person or arg.resolution or "named"
    return ""


def _named_pair_before(view: SentenceView, pair: tuple[Arg, Arg]) -> bool:
    """"A met B in C, and the two sides agreed ...": the dual word's two states are both
    named earlier in its own sentence (not guessed from the sentences before)."""
    named = {a.entity for a in view.args if a.last <= pair[0].first and not a.implicit
             and a.first != pair[0].first}
    return all(a.entity in named for a in pair)


def _confident(kind: str, trace: list) -> float:
    """The calibrated confidence of an item with this trace, its band recorded in the trace."""
    confidence, band = calibrated(kind, trace)
    trace.append(Step("confidence", band, f"{confidence:.2f}"))
    return confidence


def _reason_of(view: SentenceView, hit: Hit) -> bool:
    """A trigger right after a reason marker ("for firing", "for the attack"; data:
    `reason_markers`), one article or pronoun allowed between them."""
    markers = view.grammar.reason_markers
    return bool(markers) and any(view.word_at(hit.first - k) in markers for k in (1, 2))


def _place_of(view: SentenceView, hit: Hit) -> str | None:
    """The place that stood for the target's state ("strikes on Kyiv": LOC:kyiv)."""
    if hit.place < 0:
        return None
    return next((a.entity for a in view.args if a.start == hit.place), None)


def _location(view: SentenceView, hit: Hit) -> str | None:
    """Where the event took place: a place after "في"/"in" in the trigger's clause."""
    places = [a for a in view.args if a.kind == "place" and hit.left <= a.first < hit.right
              and a.marker in view.grammar.locative]
    return places[0].entity if places else None


def _assisted_act_unstated(view: SentenceView, before: list[Hit], hit: Hit) -> bool:
    """The act of its clause that an assistance trigger ("with the support of X", "بدعم من
    X") stands after made no event, or a negated one: it was denied, asked for or alleged
    ("denied that it had attacked the rebels with the support of X"); the help given in it
    is then no aid of that day (the standing fact is read still)."""
    clause = view.clause_start(hit.first)
    act = next((h for h in reversed(before) if h.frame.event and not h.frame.fact
                and h.last <= hit.first and clause <= h.first), None)
    return act is not None and all(e.modality == "negated" for e in act.made)


def _assisted(view: SentenceView, right: list[Arg], hit: Hit, clause: int
              ) -> list[tuple[Arg, Arg]]:
    """"X launched a counterattack with the assistance of the Burundian military", "شن X هجوما
    بدعم من Y": the names right after the trigger (past an article or a noun) give, the
    first unmarked actors of its clause, not a name the act is aimed at, receive; none when
    either is unnamed. A verb-first clause names its receiver inside the trigger ("تلقت Y
    20 مروحية من X"); after a comma the frame's `adjunct` reads the sentence's main clause
    ("X launched an offensive on the rebels, with the support of Y")."""
    frame = hit.frame
    # "received $3 billion from frozen Russian assets": their owner gives none of it
    near = [a for a in right if 0 <= a.first - hit.last <= 2 and a.kind in frame.subject
            and not _owns_assets(view, a)]
    givers = group_from(right, near[0], frame.subject) if near else []
    actors = _unmarked_actors(view, clause, hit.first, frame.object) or (
        _unmarked_actors(view, hit.first + 1, hit.last, frame.object))
    receivers = group_from(actors, actors[0], frame.object) if actors else []
    hit.why(givers, st.GIVER_AFTER)
    hit.why(receivers, st.CLAUSE_RECEIVER)
    return [(g, r) for g in givers for r in receivers if g.entity != r.entity]


def _unmarked_actors(view: SentenceView, start: int, end: int, kinds: frozenset[str]
                     ) -> list[Arg]:
    """The named actors of `kinds` between words `start` and `end`, with no preposition."""
    return [a for a in view.args if start <= a.first and a.last <= end
            and a.kind in kinds and not a.marked and not a.implicit]


def _clause_subjects(view: SentenceView, clause: int, end: int, kinds: frozenset[str]
                     ) -> list[Arg]:
    """The named, unmarked, coordinated subjects ("A and B") of the clause's verb before word
    `end`, when there are two or more: the parties of a relation its later words state."""
    named = [a for a in view.args if clause <= a.first and a.last <= end and a.kind in kinds
             and not a.implicit and not a.marked]
    if len(named) < 2 or not all(a.coordinated for a in named[1:]):
        return []
    return unique(named) if len({a.entity for a in named}) >= 2 else []


def _co_subjects(parties: list[Arg], left: list[Arg], clause: int) -> bool:
    """All parties are the unmarked, coordinated subjects before the trigger."""
    return all(a.first >= clause for a in parties) and _unmarked_list(parties, left)


def _unmarked_list(parties: list[Arg], names: list[Arg]) -> bool:
    """All parties are unmarked names among `names`, each after the first coordinated: a
    list of subjects ("A, B and C signed", "وقّعت A وB وC اتفاقاً"), none a partner marked
    after them ("وقّعت A اتفاقاً مع B وC": A is the side each partner takes)."""
    return all(a in names and not a.marked for a in parties) and all(
        a.coordinated for a in parties[1:])


def _reported(hit: Hit, modality: str, view: SentenceView) -> bool:
    """The trigger reports an act of its day: done, or pledged ("pledges $5 million",
    "committed to donate"), not planned ("will sign") nor an agreement named as known."""
    pledged = modality == "planned" and hit.cue.startswith(PLEDGE_CUE)
    return (modality == "actual" or pledged) and not (hit.frame.mention and _known(hit, view))


def _known(hit: Hit, view: SentenceView, before: int = 3) -> bool:
    """A definite noun names a thing that stands ("the 1960 treaty", "the Indus Waters
    Treaty", "الاتفاقية", "معاهدة السلام" with its definite genitive); an indefinite one
    is the news ("new trade agreements with", "اتفاقية للتجارة الحرة")."""
    grammar = view.grammar
    if grammar.article:  # a proclitic article: on the noun or on its genitive
        return any(view.word_at(i).startswith(grammar.article)
                   for i in (hit.first, hit.last))
    lo = max(hit.left, hit.first - before)
    return any(view.word_at(i) in grammar.articles for i in range(lo, hit.first))


def _claimed_attack(frame: Frame) -> bool:
    """A frame that names the doer of an attack the text reports (`act_target`, ASSAULT)."""
    return frame.act_target and (frame.event or {}).get("type") == "ASSAULT"


def _conflictual(frame: Frame) -> bool:
    """An event frame of a conflict quad (a protest, an attack, a sanction)."""
    kind = (frame.event or {}).get("type")
    return isinstance(kind, str) and ontology().intensity(kind, None)[1] not in (
        ontology().cooperative_quads)


def _scheduled(view: SentenceView, hit: Hit) -> str:
    """"زيارة مقررة إلى X", "غارات جوية مقررة على X", "talks scheduled for Monday": a
    scheduling word right after the trigger, its adjectives between, describes a noun
    trigger's act as still to come (the word, else ''); not the title it also spells
    ("المقرر الخاص", "مقرر الأمم المتحدة": the rapporteur). Where adjectives follow their
    noun, an attribute cue right after the trigger is its own ("الزيارة المقبلة")."""
    g = view.grammar
    i = hit.last
    while i < min(len(view.words), hit.last + SCHEDULED_REACH + 1) and not view.boundary[i]:
        word = view.word_at(i)
        if word in g.scheduled_modifiers or (g.adjective_after_noun and (
                word in g.attribute_cues)):  # "مقرر الأمم المتحدة": a title with its body
            titled = view.word_at(i + 1) in g.scheduled_not_before or any(
                a.first == i + 1 and not a.marked for a in view.args)
            return "" if titled else word
        if not g.adjective_endings or not word.endswith(g.adjective_endings):
            return ""
        i += 1
    return ""


def _attribute_elsewhere(view: SentenceView, hit: Hit, i: int) -> bool:
    """"his upcoming inauguration, with forces conducting a deployment", "the next vice
    president of X following the resignation of Y": an attribute cue (`attribute_cues`) names
    as still to come the noun it qualifies, after it at most ATTRIBUTE_REACH words, in its
    clause ("an upcoming African Union summit", "impending 25% tariffs"); one farther from
    the trigger, or where adjectives follow their noun one before the trigger ("الانتخابات
    المقبلة بعد أن رفع البرلمان"), qualifies another noun and sets no modality of the
    trigger. A cue on a time noun (`attribute_times`, month and weekday names: "Next week,
    X visits Y", "الأسبوع المقبل") dates the sentence's act: it plans the trigger."""
    g = view.grammar
    if not g.attribute_cues or not any(r in g.attribute_cues for r in view.words[i]):
        return False
    times = _time_nouns(g)
    noun = i - 1 if g.adjective_after_noun else i + 1
    if 0 <= noun < len(view.words) and noun < hit.first and _reads_as(view.words[noun], times):
        return False  # "Next week, Chile's president visits Peru"
    if g.adjective_after_noun:
        return i < hit.first
    return hit.first - i - 1 > ATTRIBUTE_REACH or any(
        view.boundary[k] for k in range(i + 1, hit.first + 1))


def _taking_effect(view: SentenceView, hit: Hit) -> tuple[str, str]:
    """"50% tariffs on X won't take effect on Wednesday", "a 25% tariff that will take effect
    in May", "رسوم إضافية تدخل حيز التنفيذ بعد 21 يوماً", "لن تدخل حيز التنفيذ": an entry
    into force still to come (`effect_predicates`) or denied (`effect_negations`) at most
    EFFECT_REACH words after the trigger, in its clause, names its act as planned or
    negated (the modality and the predicate's words, else ('', '')); one said to take effect
    now ("the tariffs take effect") is the act itself. Only a measure's act (EFFECTIVE_ACTS):
    "calls for sanctions to take effect" is a call made. Not a finite verb's (Arabic
    `finite`), and only in the trigger's own clause: the scan stops at a clause's verb
    (`clause_verbs`: "and said a visa ban would take effect", "وقالت إن"), a complementizer
    ("إن", "that"), a coordinator that no name follows ("sanctions Iran and says new tariffs
    will take effect"; "tariffs on Canada and Mexico" go on), and a relative pronoun after
    anything but the trigger's own object ("withdraws troops from Ukraine under a deal that
    will take effect"; "sanctions on Iran that will take effect" is the trigger's)."""
    g = view.grammar
    if (not g.effect_predicates and not g.effect_negations) or hit.finite or (
            not hit.frame.event or hit.frame.event.get("type") not in EFFECTIVE_ACTS):
        return "", ""
    words = view.words
    verbs = clause_verbs(g)
    own = g.articles | g.determiners | g.coordinators | frozenset(hit.frame.target_markers)
    own_object = True  # only the trigger's own object so far: a relative goes on the trigger
    for i in range(hit.last, min(len(words), hit.last + EFFECT_REACH + 1)):
        if view.boundary[i]:
            break
        for modality, phrases in (("negated", g.effect_negations),
                                  ("planned", g.effect_predicates)):
            for phrase in phrases:
                n = len(phrase)
                if i + n <= len(words) and all(phrase[k] in words[i + k] for k in range(n)):
                    return modality, " ".join(view.word_at(j) for j in range(i, i + n))
        if i not in view.masked and (
                _reads_as(words[i], verbs) or (
                    _reads_as(words[i], g.coordinators) and i + 1 not in view.masked) or (
                    not own_object and _reads_as(words[i], g.relatives | g.complementizers))):
            break
        own_object = own_object and (i in view.masked or _reads_as(words[i], own))
    return "", ""


def _anticipated(view: SentenceView, hit: Hit) -> str:
    """"clear the beach ahead of a visit by X", "قبيل زيارة X": an anticipation link
    (`anticipation_links`) ending at most ANTICIPATION_REACH words before the trigger, in its
    clause, names its act as still to come (the link's words, else '')."""
    return _linked_before(view, hit, view.grammar.anticipation_links)


def _rewarded(view: SentenceView, hit: Hit) -> str:
    """"a $10 million reward for information leading to the arrest of X", "مكافأة لمن يدلي
    بمعلومات تقود إلى اعتقال X": a reward link (`reward_links`) before the trigger, with a
    reward noun (`reward_nouns`) before it, names the act a reward is offered for (the link's
    words, else ''); information that only led to an act names it done."""
    g = view.grammar
    if not any(_reads_as(view.words[k], g.reward_nouns) for k in range(hit.first)):
        return ""
    return _linked_before(view, hit, g.reward_links)


def _stance_of_other_act(view: SentenceView, hits: list[Hit], k: int) -> bool:
    """"resign in protest of the agreement", "احتجاجات ... رفضاً لقانون التقاعد": a stance
    adverbial (grammar `stance_adverbials`, ending at the trigger) gives the reason of the
    acts read before it in the sentence; when they are all of other types they are the
    events and the adverbial none (after a protest, "boycotting the contest in protest of X's
    participation", the adverbial names that protest's target)."""
    hit = hits[k]
    if not any(_pattern_holds(view, pattern, hit.first) for pattern in
               view.grammar.stance_adverbials):
        return False
    kinds = {_act(h.frame)[0] for h in hits[:k] if h.last <= hit.first} - {None}
    return bool(kinds) and _act(hit.frame)[0] not in kinds


def _pattern_holds(view: SentenceView, pattern: TokenPattern, at: int) -> bool:
    """`pattern` matches words of the sentence that include word `at`."""
    return any((end := pattern.match_end(view.words, start, view.masked)) is not None
               and at < end for start in range(max(at - len(pattern.tokens) + 1, 0), at + 1))


def _linked_before(view: SentenceView, hit: Hit, links: tuple[tuple[str, ...], ...]) -> str:
    """The words of one of `links` ending at most ANTICIPATION_REACH words before the
    trigger, in its clause (else '')."""
    vocabulary = view.vocabulary
    for link in links:
        if not vocabulary.issuperset(link):
            continue  # a word of the link is nowhere in the sentence: it matches nowhere
        n = len(link)
        for end in range(hit.first, max(hit.left, hit.first - ANTICIPATION_REACH - 1), -1):
            start = end - n
            if start < 0 or any(view.boundary[k] for k in range(start + 1, hit.first + 1)):
                break
            if all(link[k] in view.words[start + k] for k in range(n)):
                return " ".join(view.word_at(i) for i in range(start, end))
    return ""


def _possible_act(view: SentenceView, hit: Hit) -> str:
    """"the possible reimposition of UN sanctions", "potential U.S. sanctions", "هجوم صيني
    محتمل", "فرض محتملة لعقوبات": a possibility adjective (`possibility_modifiers`) on a noun
    trigger, on its side of the noun (`adjective_after_noun`), in its clause, names an act
    that may happen (the word, else '')."""
    g = view.grammar
    if not g.possibility_modifiers:
        return ""
    return _possible_after(view, hit) if g.adjective_after_noun else _possible_before(view, hit)


def _possible_after(view: SentenceView, hit: Hit) -> str:
    """"هجوم صيني محتمل": the possibility adjective after the noun, adjectives between
    (inside a trigger of several words too)."""
    g = view.grammar
    for k in range(hit.first + 1, min(len(view.words), hit.last + POSSIBLE_REACH)):
        if view.boundary[k]:
            return ""
        if view.word_at(k) in g.possibility_modifiers:
            return view.word_at(k)
        if k >= hit.last and k not in view.masked and not view.word_at(k).endswith(
                g.adjective_endings or ("\0",)):
            return ""
    return ""


def _possible_before(view: SentenceView, hit: Hit) -> str:
    """"the possible reimposition of sanctions": the possibility adjective before the noun,
    only names and an adjective, or a noun and its owner link ("reimposition of"), between;
    none after a word of degree ("all possible support", `possibility_not_after`)."""
    g = view.grammar
    for k in range(hit.first - 1, max(hit.left, hit.first - POSSIBLE_BEFORE_REACH, 0) - 1, -1):
        if view.boundary[k + 1]:
            return ""
        if view.word_at(k) in g.possibility_modifiers:
            if k and view.word_at(k - 1) in g.possibility_not_after:
                return ""
            between = [view.word_at(i) for i in range(k + 1, hit.first) if i not in view.masked]
            close = len(between) <= 1 or (len(between) == 2 and between[1] in g.owner_links)
            return view.word_at(k) if close else ""
    return ""


def _count_word(view: SentenceView, k: int) -> bool:
    """Word k is a count: a word of a count or sum the amounts found, digits or a number
    word ("20", "two") (`SentenceView.counted`, `_counted_words`)."""
    return k in view.counted


def _followers(view: SentenceView, hit: Hit, right: list[Arg],
               pairs: list[tuple[Arg, Arg]]) -> list[tuple[Arg, Arg]]:
    """"X pledged $1bn to Y, followed by Z with $500m": in a list of donors, the one after a
    `follower_links` phrase (and those coordinated with it), its sum after it, gives to the
    same receivers, as the first donor does; only for giving (GIVING_FACTS,
    GIVING_EVENTS), in the clause."""
    frame, links = hit.frame, view.grammar.follower_links
    event_type = frame.event.get("type") if frame.event else None
    if not pairs or not links or not (frame.fact in GIVING_FACTS or event_type in GIVING_EVENTS):
        return []
    start = max(max(s.last, o.last) for s, o in pairs)
    first = next((a for a in right if a.first >= start and a.kind in frame.subject
                  and not a.implicit and _follows_link(view, a, links)), None)
    if first is None:
        return []
    followers = group_from(right, first, frame.subject)
    if not _with_amount(view, followers[-1]):
        return []
    followers += _donors_after(view, right[right.index(followers[-1]) + 1:], followers[-1],
                               frame.subject)
    hit.why(followers, st.CO_SUBJECTS, "followed by")
    taken = {s.entity for s, _ in pairs}
    receivers = unique([o for _, o in pairs])
    return [(f, o) for f in followers if f.entity not in taken
            for o in receivers if o.entity != f.entity]


def _follows_link(view: SentenceView, donor: Arg, links: frozenset[str]) -> bool:
    """A `follower_links` phrase governs the donor, its articles between ("followed by the
    UAE with $3bn")."""
    if st.governed_by(view, donor, links):
        return True
    k = donor.first
    while k > 0 and view.word_at(k - 1) in view.grammar.articles:
        k -= 1
    return k < donor.first and any(
        " ".join(view.word_at(i) for i in range(k - n, k)) in links for n in (1, 2) if k >= n)


def _with_amount(view: SentenceView, donor: Arg) -> bool:
    """"followed by Z with $500m", "تلتها Z بـ120 مليون": the donor's own sum comes right
    after its name, no punctuation between ("followed by Russia's attack", "followed by
    France, which gave $500m to Moldova" name no donor of the same act)."""
    end = min(len(view.words), donor.last + FOLLOWER_AMOUNT_REACH)
    for k in range(donor.last, end):
        if view.boundary[k]:
            return False
        if _count_word(view, k):
            return True
    return False


def _donors_after(view: SentenceView, after: list[Arg], last: Arg,
                  kinds: frozenset[str]) -> list[Arg]:
    """"followed by Z with $500m and W with $200m": each donor after a coordinator, with no
    punctuation before it, goes on with the list ("..., and X condemned it" does not)."""
    coordinators = view.grammar.coordinators
    found: list[Arg] = []
    for arg in after[:MAX_FOLLOWERS]:
        punctuated = any(view.boundary[k] for k in range(last.last, arg.first + 1))
        if arg.kind not in kinds or punctuated or coordinators.isdisjoint(
                view.words[arg.first - 1]) or not _with_amount(view, arg):
            break
        found.append(arg)
        last = arg
    return found


def _noun_with_own_doer(view: SentenceView, hit: Hit, right: list[Arg], frame: Frame) -> bool:
    """"خلال استضافة قطر لقمة ...", "بعد قصف إسرائيل لغزة": a verbal noun right after an
    adjunct opener, a name of the subject's kind right after it (its genitive) and the
    object's proclitic (`verbal_noun_object_links`) on the word after that name, naming the
    object (`_object_with_link`), is done by that name: the circumstance has its own doer,
    not the clause's subject before it; not a noun with a pronoun of its own
    (`resumptive_suffixes`): the name after it is its object."""
    g = view.grammar
    links = g.verbal_noun_object_links
    if not links or not g.verb_first or hit.first == 0 or not right or (
            event_nouns.adjunct_openers(g).isdisjoint(view.words[hit.first - 1])):
        return False
    noun = view.written(hit.last - 1)
    if _ends_in_resumptive(g, noun):
        return False  # "خلال استقباله ملك الأردن لبحث ...": its pronoun is the doer
    doer = right[0]
    if doer.first != hit.last or doer.marked or doer.kind not in frame.subject:
        return False
    k = doer.last
    return k < len(view.words) and not view.boundary[k] and len(view.words[k]) > 1 and (
        view.words[k][0].startswith(links)) and _object_with_link(view, k, frame)


def _ends_in_resumptive(g: Grammar, word: str) -> bool:
    """The word ends in a pronoun suffix (`resumptive_suffixes`: "شنته", "استقباله") after a
    stem of RESUMPTIVE_STEM letters at least (not a word that merely ends in its letters)."""
    return any(word.endswith(s) and len(word) - len(s) >= RESUMPTIVE_STEM
               for s in g.resumptive_suffixes)


def _object_with_link(view: SentenceView, k: int, frame: Frame) -> bool:
    """The word k, with the object's proclitic, names the noun's object: a name ("لغزة",
    "لسوريا"), or the noun right before one that only an object can be, no
    doer ("لقمة الاتحاد الأفريقي"); "لبحث الأزمة", "للمرة الأولى", "لمدة يومين" are the
    clause's purpose or time, and the name before them the noun's object."""
    if view.arg_at(k) is not None:
        return True
    after = view.arg_at(k + 1)
    return after is not None and not view.boundary[k + 1] and (
        after.kind in frame.object and after.kind not in frame.subject)


def _nominal(hit: Hit, view: SentenceView) -> bool:
    """A definite noun ("الدول المجاورة") cannot be a verb with its subject after it."""
    article = view.grammar.article
    return bool(article) and (hit.head[0].startswith(article)
                              or hit.head[-1].startswith(article))


def _possessed(hit: Hit, view: SentenceView) -> bool:
    """"دعمها", "زيارته": a noun trigger's owner is named before it, not after it."""
    suffixes = view.grammar.possessives
    return hit.frame.owner_before and bool(suffixes) and hit.tail[0].endswith(suffixes)


def _context(hit: Hit, inherited, view: SentenceView) -> list:
    """A sentence without a date reads in the time of the one before ("in the same year")."""
    if inherited is None:
        return []
    if hit.frame.fact in UNDATED_CONTEXT and not _refers_back(view):
        return []
    return [inherited]


def _refers_back(view: SentenceView) -> bool:
    """"هذا المفهوم", "تلك السنوات": a demonstrative ties the sentence to the one before."""
    return any(word[0] in view.grammar.demonstratives for word in view.words[:6])


def _capital_places(lexicon) -> dict[str, str]:
    """State ID -> the place entity of its capital (the place that shares a capital name)."""
    by_name: dict[str, str] = {}
    for entity in lexicon:
        if entity.kind in ("place", "city"):
            for name in entity.names.get("ar", []) + entity.names.get("en", []):
                by_name.setdefault(normalize(name).text, entity.id)
    capitals = {}
    for entity in lexicon:
        names = entity.capital.get("ar", []) + entity.capital.get("en", []) if isinstance(
            entity.capital, dict) else []
        place = next((by_name[n] for n in (normalize(x).text for x in names) if n in by_name),
                     None)
        if place:
            capitals[entity.id] = place
    return capitals


def _from_before(arg: Arg) -> Arg:
    """An argument of an earlier sentence, as an implicit one of this sentence."""
    return replace(arg, first=-1, last=-1, start=-1, end=-1, marked=True)


def _money(amount: Amount) -> bool:
    return amount.unit.isupper()  # a currency's code ("USD"), no unit ("km", "barrels")


def _ends_on_scale(tokens: Sequence[str]) -> bool:
    """A trigger that ends on a scale word ("lend … million", "منح* … مليار*")."""
    return tokens[-1].rstrip("*") in scale_words()


def _sum_end(view: SentenceView, word: int, amounts: Sequence[Amount]) -> int | None:
    """The word after the sum of money that holds word `word` ("$300 million", "300 million
    dollars"); None when an amount of something else holds it (a count: "10 million
    barrels", "ten million barrels"); -1 when no amount is read there (the trigger is kept,
    unchecked)."""
    start, end = view.spans[word]
    held = [a for a in amounts if a.start <= start and end <= a.end]
    if not held:
        return -1
    money = next((a for a in held if _money(a)), None)
    if money is None:
        return None
    starts = view.starts or [s for s, _ in view.spans]
    return bisect.bisect_left(starts, money.end)


def _sums_named_after(hits: list[Hit], frames: FrameLexicon) -> list[Hit]:
    """"approved $3 billion of investment in X": a trigger that ends on a sum yields to one
    that names the sum right after it (data: a frame's `names_sum`), one word apart at most;
    a pledge of the sum stays a pledge ("pledged a $5 billion investment in X": data
    `sum_named`), whose content the later trigger is."""
    kept: list[Hit] = []
    for k, hit in enumerate(hits):
        if hit.sum_end >= 0 and k + 1 < len(hits) and hits[k + 1].frame.names_sum and (
                hits[k + 1].first - hit.sum_end <= 1):
            if not hit.frame.sum_named:
                continue
            hit.frame = frames.by_id[hit.frame.sum_named]
        kept.append(hit)
    return kept


def _counted_words(view: SentenceView, amounts) -> set[int]:
    """The words of counts and sums ("نشرت أكثر من 30 ألف جندي", "deploys 40,000 troops",
    "will invest US$600 billion in"): a gap of a trigger skips them like the words of names."""
    counts = [(a.start, a.end) for a in amounts if a.unit == "count" or _money(a)]
    starts = view.starts or [s for s, _ in view.spans]  # spans are in text order
    words: set[int] = set()
    for a, b in counts:  # the words starting in [a, b] that end by b
        words.update(i for i in range(bisect.bisect_left(starts, a),
                                      bisect.bisect_right(starts, b))
                     if view.spans[i][1] <= b)
    # a count the amounts may miss: digits or a number word ("20", "two")
    for i, readings in enumerate(view.words):
        if is_count_word(readings[0]):
            words.add(i)
    return words


_START = attrgetter("start")


def _sentence_date(dates: list, start: int, end: int) -> str | None:
    """The first date a sentence (text[start:end]) names as when something happened."""
    first = bisect.bisect_left(dates, start, key=_START)
    last = bisect.bisect_left(dates, end, lo=first, key=_START)
    return next((d.value for d in dates[first:last]
                 if d.end <= end and d.relation == "at" and not d.relative), None)


def _within(items: list, view: SentenceView) -> list:
    """The dates or amounts (in text order) that lie inside the sentence."""
    first = bisect.bisect_left(items, view.start, key=_START)
    last = bisect.bisect_left(items, view.end, lo=first, key=_START)
    return [x for x in items[first:last] if x.end <= view.end]


def _later_year_named(view: SentenceView, start: int, end: int,
                      published: str | None) -> bool:
    """A year later than the publication's is written among the words `start`..`end`."""
    if not published or not published[:4].isdigit():
        return False
    years = (view.word_at(i) for i in range(max(start, 0), min(end, len(view.words))))
    return any(w.isdigit() and len(w) == 4 and int(w) > int(published[:4]) for w in years)


def _date_by_lede(attrs: dict, predicate: str, reported: bool, view: SentenceView,
                  published: str | None) -> None:
    """An act the lede reports with no date of its own ("X and Y sign a treaty", "X pledges
    $5 million to Y") happened (or was promised) on the day the news was published. A
    standing relation, an agreement only named ("the 1960 treaty between ...") and a plan
    ("will sign") are not acts of that day: `reported` is False for them."""
    if (published and reported and view.index == 0
            and predicate not in UNDATED_CONTEXT
            and not any(attrs.get(k) for k in ontology().start_keys)):
        attrs["date"] = published


def _date_of(hit: Hit, view: SentenceView, dates: list, planned: bool):
    """The date in the trigger's clause, else the one nearest to the trigger ("until"
    dates bound a plan or a term; they do not date an act, nor does a noun's own date
    date an act not `planned`: "bars X from using a map in next year's elections", but
    "will boycott next year's contest" is next year's)."""
    dates = [d for d in dates if d.relation != "until" and (
        planned or not _noun_date(view, d, hit))]
    start = view.spans[hit.left][0] if hit.left < len(view.spans) else view.start
    end = view.spans[hit.right - 1][1] if 0 < hit.right <= len(view.spans) else view.end
    inside = [d for d in dates if start <= d.start and d.end <= end]
    own = [d for d in inside if not _cause_between_date(view, hit, d)]
    return _nearest(own or inside or dates, view.spans[hit.first][0])


def _noun_date(view: SentenceView, date: DateMention, hit: Hit) -> bool:
    """A date that qualifies a noun, the noun's own, not the act's ("bars X from using a map
    in next year's midterm elections": a possessive marker after it; "احتجاجاً على مشروع
    موازنة عام ٢٠٢٦": a `dated_nouns` noun right before it). Not a date of the trigger's
    own noun ("condemned last month's Israeli strike on X", "Monday's meeting between A and
    B"): that date is the act's."""
    words = _date_words(view, date)
    if not words:
        return False
    g = view.grammar
    after, before = words[-1] + 1, words[0] - 1
    if after < len(view.words) and _reads_as(view.words[after], g.possessive_markers):
        return not _possessed_trigger(view, after, hit)
    return before >= 0 and _reads_as(view.words[before], g.dated_nouns) and not (
        hit.first <= before < hit.last)


def _possessed_trigger(view: SentenceView, marker: int, hit: Hit) -> bool:
    """The noun a possessive marker at word `marker` qualifies is the trigger: it follows
    with at most ATTRIBUTE_REACH words between, names or modifiers, no punctuation nor
    preposition ("last month's deadly Israeli strike")."""
    between = range(marker + 1, hit.first)
    return 0 < hit.first - marker <= ATTRIBUTE_REACH + 1 and not any(
        view.boundary[k] for k in range(marker + 1, hit.first + 1)) and not any(
        _reads_as(view.words[k], view.grammar.prepositions)
        for k in between if k not in view.masked)


def _cause_between_date(view: SentenceView, hit: Hit, date: DateMention) -> bool:
    """"talks due tomorrow due to sanctions imposed earlier today": a cause word between a
    date and the trigger puts them on the two sides of a cause, the date is the other act's."""
    words = _date_words(view, date)
    return bool(words) and _cause_in(view, *sorted((hit.first, words[0])))


def _cause_in(view: SentenceView, start: int, end: int) -> bool:
    """A word opening a cause (`cause_words`: "due to", "بسبب") stands in words start..end-1:
    what lies on its other side (a modality cue, a date) belongs to the other act."""
    causes = view.grammar.cause_words
    return any(not causes.isdisjoint(view.words[i]) for i in range(start, end))


_GROUP_RESOLUTIONS = ("members", "member")  # a group's mention, its member states


def _described_member(view: SentenceView, frame: Frame, body: Arg) -> Arg | None:
    """The state named right before `body` whose description the words between them and
    after it make a member of it (`_described_members`): a name, no nationality adjective
    ("German and other EU ministers" describes ministers) nor person ("Rubio, the first
    member of the cabinet")."""
    member = next((a for a in reversed(view.args) if a.last <= body.first), None)
    if member is None or member.implicit or member.kind not in frame.subject or (
            member.resolution == "adjective" or member.person):
        return None
    if _member_gap(view, member.last, body, frame.member_gaps):
        return member
    if _member_gap(view, member.last, body, frame.member_gaps_before_noun) and (
            _member_noun(view, body, frame.member_nouns)):
        return member
    return None


def _led_bodies(view: SentenceView, frame: Frame) -> list[tuple[Arg, Arg]]:
    """(state, organisation) of every body the sentence says a state leads: the state joined
    to a lead participle right before the body's name ("the Russian-led CSTO"; frame
    `leader_participles`), or named right after the body and a lead phrase ("Y التي تقودها
    X", "Y, led by X"; `leader_gaps`). A leader is a member; an unnamed coalition, a plan or a
    group of fighters is no organisation ("the Saudi-led coalition", "Russian-led Wagner")."""
    found: list[tuple[Arg, Arg | None]] = []
    if frame.leader_participles:
        for leader, k in view.modifier_of:
            if k >= leader.last and _reads_as(view.words[k], frame.leader_participles):
                body = next((a for a in view.args if a.first == k + 1), None)
                found.append((leader, body))
    if frame.leader_gaps:
        for led in view.args:
            after = next((a for a in view.args if a.first > led.last), None)
            if after is not None and _member_gap(view, led.last, after, frame.leader_gaps):
                found.append((after, led))
    return [(leader, body) for leader, body in found
            if body is not None and not body.implicit and body.kind in frame.object
            and not leader.implicit and leader.person is None
            and leader.kind in frame.subject and leader.entity != body.entity]


def _member_noun(view: SentenceView, body: Arg, nouns: tuple[tuple[str, ...], ...]) -> bool:
    """A membership noun right after the body's name, or ending its mention ("NATO allies",
    a group read as its members)."""
    return any(_phrase_at(view, body.last, noun) or (
        body.last - len(noun) > body.first and _phrase_at(view, body.last - len(noun), noun))
        for noun in nouns)


def _member_gap(view: SentenceView, start: int, body: Arg,
                gaps: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the words from `start` to the body's name are one of `gaps`, with a comma
    before them where the gap asks for one ("," first), else none ("X recognised Y,
    becoming the first G7 country": Y is no member), and none inside; a group read
    as its members may hold the gap's last words ("وغيرها من دول مجموعة بريكس")."""
    ends = range(body.first, body.last if body.resolution in _GROUP_RESOLUTIONS else body.first + 1)
    for gap in gaps:
        comma = bool(gap) and gap[0] == ","
        words = gap[1:] if comma else gap
        end = start + len(words)
        if end not in ends or comma != view.boundary[start]:
            continue
        if any(view.boundary[k] for k in range(start + 1, end + 1)):
            continue
        if _phrase_at(view, start, words):
            return True
    return False


def _opening_list(view: SentenceView, hit: Hit) -> list[Arg]:
    """The list of names that opens the sentence, an apposition between it and the trigger
    ("Hungary and Slovakia, both NATO members, accused ..."): its first name and the names
    coordinated with it; none where the list is no subject of the trigger ("A and B signed
    a deal, but rebels accused each other")."""
    named = [a for a in view.args if a.first >= 0 and a.last <= hit.first]
    if not named or named[0].marked or any(a.first < named[0].first for a in named):
        return []
    head = named[0]
    names = [head] + [a for a in named[1:] if a.coordinated and a.list_head == head.first]
    # only an apposition between the list and the trigger (", both NATO members,")
    end = names[-1].last
    if end >= hit.first or not view.boundary[end] or not view.boundary[hit.first]:
        return []
    return names


def _past_subjects(hit: Hit, subjects: list[Arg]) -> int:
    """The word after a trigger and the subjects that follow it (verb-first order): where
    its object starts."""
    return max([hit.last] + [a.last for a in subjects if a.first >= hit.last])


def _same_clause(view: SentenceView, hit: Hit, date: DateMention) -> bool:
    """No punctuation stands between the trigger and the date."""
    words = _date_words(view, date)
    if not words:
        return True
    lo, hi = sorted((hit.first, words[0]))
    return not any(view.boundary[k] for k in range(lo + 1, hi + 1))


def _dates_the_plan(view: SentenceView, hit: Hit, date: DateMention,
                    speech_verbs: frozenset[str]) -> bool:
    """The date is the plan's own ("will meet Iran on Thursday", "on Thursday, X will
    meet Y"), not the day a speech verb before the trigger states the plan ("On Monday, X
    said it will meet Y", "X said on 3 January that it would ...")."""
    words = _date_words(view, date)
    if not words:
        return False
    return words[0] > hit.first or all(
        speech_verbs.isdisjoint(view.words[k]) for k in range(hit.first))


def _takes_effect_after(view: SentenceView, hit: Hit, date: DateMention) -> bool:
    """"imposes tariffs on X, effective June 1", "..., starting January 1": a start date
    after the trigger is the day its act takes effect, past a comma too."""
    words = _date_words(view, date)
    return date.relation == "since" and bool(words) and words[0] >= hit.last


def _other_clause_dated(view: SentenceView, hit: Hit, date: DateMention) -> bool:
    """"agree that the fighters will assemble starting March 1": a complementizer between the
    trigger and a date after it opens the clause the date belongs to, and so does a future
    verb before a start date ("announces it will allow visits starting June 1"); not before
    a day the act itself takes effect on ("rules exempting X will take effect on May 8")."""
    words = _date_words(view, date)
    return bool(words) and any(_opens_dated_clause(view, date, k)
                               for k in range(hit.last, words[0]))


def _opens_dated_clause(view: SentenceView, date: DateMention, k: int) -> bool:
    """Word `k` opens another clause than the trigger's: a complementizer, or before a
    start date ("since") a future auxiliary or verb form."""
    g = view.grammar
    if not g.complementizers.isdisjoint(view.words[k]):
        return True
    return date.relation == "since" and (
        view.word_at(k) in g.future_auxiliaries or _future_form(g, view.word_at(k)))


def _date_words(view: SentenceView, date: DateMention) -> list[int]:
    """The indices of the words a date mention spans."""
    return [i for i, (s, e) in enumerate(view.spans) if s < date.end and e > date.start]


def _before_time_adjunct(view: SentenceView, k: int, dates: Sequence[DateMention]) -> int:
    """The word before the time adjunct that ends at word `k` ("خلال العام الجاري": a date
    and the prepositions before it, `date_prepositions`), else `k` itself."""
    date = next((d for d in dates if (w := _date_words(view, d)) and w[-1] == k), None)
    if date is None:
        return k
    i = _date_words(view, date)[0] - 1
    while i >= 0 and not view.grammar.date_prepositions.isdisjoint(view.words[i]):
        i -= 1
    return i


def _own_date(hit: Hit, view: SentenceView, date) -> bool:
    """A date that belongs to a standing relation's trigger: stated as its start ("since")
    or inside the trigger's own stretch of the sentence (up to the next trigger)."""
    if date.relation == "since":
        return True
    words = _date_words(view, date)
    return bool(words) and hit.left <= words[0] and words[-1] < max(hit.right, hit.last)


def _attendees(act: Event) -> tuple[str | None, ...]:
    """Who of an act's parties attends where it is done: its doer, and the partner of a
    cooperative act ("joined A in backing", "signed with A"), not the target of a word of
    conflict ("condemned A at the summit"); no one of a deed of force, which is no act
    done at a gathering ("condemned the Israeli strikes": its doer attends nothing)."""
    if act.quad in ontology().cooperative_quads:
        return (act.source, act.target)
    return (act.source,) if act.quad == "VK" else ()


GATHERING_OPENER_GAP = 4  # "at the second China-Central Asia summit", "في ختام أعمال القمة"
GATHERING_HOST_GAP = 8  # "summit between China and Central Asia that was hosted by"


def _gathering_host(view: SentenceView) -> tuple[Arg, str] | None:
    """The host named after the hosting marker (grammar `gathering_hosts`) of a gathering
    (`hosted_gatherings`) that an adjunct opens (`gathering_openers`: "at a ceremony hosted
    by C", "وفي القمة التي استضافتها C"), with the marker; None when no such gathering is
    named ("criticised the summit hosted by C": what the act is about)."""
    g = view.grammar
    if not g.gathering_hosts or not view.names_any(g.hosted_gatherings):
        return None
    for i, word in enumerate(view.words):
        if g.hosted_gatherings.isdisjoint(word) or not _adjunct_opens(view, i):
            continue
        for k in range(i + 1, min(i + GATHERING_HOST_GAP, len(view.words))):
            if view.ends_clause(k):
                break
            marker = st.phrase_at(view, k, g.gathering_hosts)
            if marker:
                end = k + len(marker.split())
                host = next((a for a in view.args if end <= a.first <= end + 2), None)
                return (host, marker) if host is not None else None
    return None


def _adjunct_opens(view: SentenceView, i: int) -> bool:
    """An opener of an adjunct ("at", "during", "في") stands a few words before word i, in
    its clause."""
    if view.ends_clause(i):
        return False
    for j in range(i - 1, max(i - GATHERING_OPENER_GAP, 0) - 1, -1):
        if st.phrase_at(view, j, view.grammar.gathering_openers):
            return True
        if view.ends_clause(j):
            return False
    return False


def _accompanied(view: SentenceView, hit: Hit,
                 pairs: list[tuple[Arg, Arg]]) -> list[tuple[Arg, Arg]]:
    """"A met B along with C", "وقعت A اتفاقا مع B إلى جانب C": the names a phrase of
    company (`company_phrases`) opens after a meeting's or a signing's trigger meet or sign
    with the doer's partners too; other acts keep their pairs ("sanctioned A along with B":
    whom a company phrase joins is not told)."""
    frame = hit.frame
    if not pairs or not _in_company(frame):
        return pairs
    doer = pairs[0][0].entity
    partners = [o for s, o in pairs if s.entity == doer]
    named = {a.entity for pair in pairs for a in pair}
    added = [(c, o) for c in _companions(view, hit, pairs) if c.entity not in named
             and c.kind in frame.subject for o in partners]
    if added:
        hit.why([c for c, _ in added], st.CO_SUBJECTS, "company")
    return pairs + added


def _in_company(frame: Frame) -> bool:
    """A meeting, a signing, a joining or a founding: an act others may join ("along with";
    "joined BRICS alongside C": C joined too); not a visit, whose object is where one goes
    ("will visit A along with B": B may be a second stop)."""
    event = frame.event or {}
    return (event.get("type") == "CONSULT" and event.get("mode") != "visit") or (
        frame.fact in COMPANY_FACTS)


def _companions(view: SentenceView, hit: Hit, pairs: list[tuple[Arg, Arg]]) -> list[Arg]:
    """The names, with those coordinated with them, right after the first phrase of company
    (`company_phrases`, an article or a title between) after the act's last name, where
    nothing but a venue and adjuncts of time stand between them ("met B in Lima, alongside
    C"; not "met B, while D, along with C, criticised", "met B and stood by C"). A name of
    a gathering ("alongside the G20 summit") says where, no one who joins. A meeting's
    company is also who attends it (`attendance_phrases`: "قمة ... بحضور C"), a signing's
    not: a witness signs nothing."""
    g = view.grammar
    phrases = g.company_phrases | g.attendance_phrases if (
        _act(hit.frame)[0] == "CONSULT") else g.company_phrases
    if hit.frame.fact == "founder_of":
        phrases = phrases | g.cofounding_phrases
    start = max([a.last for pair in pairs for a in pair if a.first >= hit.last],
                default=hit.last)
    k = next((k for k in range(start, min(hit.right, len(view.words)))
              if st.phrase_at(view, k, phrases)), None) if phrases else None
    if k is None or not _nothing_but_venue(view, start, k):
        return []
    end = k + len(st.phrase_at(view, k, phrases).split())
    first = next((a for a in view.args if end <= a.first <= end + COMPANY_SKIP
                  and a.first < hit.right), None)
    if first is None or not view.grammar.prepositions.isdisjoint(
            w for i in range(end, first.first) for w in view.words[i]):
        return []
    group = group_from(view.args, first, frozenset({first.kind}))
    if _names_gathering(view, hit, first.first, group[-1].last) or (
            _describes_next(view, group[-1])):
        return []  # "founded with Chinese help", "set up with Japan's backing": no founder
    return group


def _describes_next(view: SentenceView, arg: Arg) -> bool:
    """A name that qualifies the noun after it: a nationality adjective ("Chinese help") or
    an owner ("Japan's backing": a possessive ending, grammar `possessive_markers`)."""
    after = arg.last
    return arg.resolution == "adjective" or (
        after < len(view.words) and _reads_as(view.words[after], view.grammar.possessive_markers))


def _nothing_but_venue(view: SentenceView, start: int, k: int) -> bool:
    """Words start..k hold no name but a venue's ("in Lima"), no coordinator, and no more
    than COMPANY_GAP words (a name one, adjuncts of time none)."""
    g = view.grammar
    names = [a for a in view.args if start <= a.first < k]
    return all(a.marker in g.venue_markers for a in names) and g.coordinators.isdisjoint(
        w for i in range(start, k) for w in view.words[i]) and _gap(
        view, start, k, st.adjunct_words(view, start, k)) <= COMPANY_GAP


def _names_gathering(view: SentenceView, hit: Hit, first: int, last: int) -> bool:
    """The names first..last open with a naming word ("قمة مجموعة العشرين") or stand right
    before one, or before the next trigger ("the Mercosur summit", "the OAS meeting")."""
    naming = view.grammar.naming_words
    before_trigger = last == hit.right < len(view.words) and not view.boundary[last]
    return before_trigger or any(not naming.isdisjoint(view.words[i])
                                 for i in (first, last) if i < len(view.words))


def _clause_actor(view: SentenceView, arg: Arg, start: int) -> bool:
    """`arg` is its clause's subject or object, no name qualifying a noun before it: it
    stands right after the clause's first word (a verb-first subject), right after a name
    (an object after its subject) or joined to one ("A وB")."""
    return arg.first <= start + 1 or arg.coordinated or any(
        a.last == arg.first for a in view.args)


def _gap_to_subject(view: SentenceView, hit: Hit, subject: Arg) -> int:
    """The words between a verb-first trigger and its subject, but the office nouns before
    the states ("وقع وزيرا خارجية كل من A وB اتفاقا مع C"): they are the subject's own."""
    office = event_nouns.office_heads(
        view, hit.last, min(len(view.words), hit.last + hit.frame.reach + OFFICE_WORDS))
    return sum(1 for k in range(hit.last, subject.first) if k not in office)


def _nearest(dates: list, offset: int):
    if not dates:
        return None
    return min(dates, key=lambda d: min(abs(d.start - offset), abs(d.end - offset)))


def _has_phrase(words: list[tuple[str, ...]], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(all(phrase[k] in words[i + k] for k in range(n)) for i in range(len(words) - n + 1))


def _hyphened_broker(view: SentenceView, hit: Hit) -> list[Arg]:
    """"under a China-brokered deal", "after Turkish-mediated talks": the state joined by a
    hyphen right before a one-word participle trigger brokered what it describes, as an
    agent after it would ("a deal brokered by China"); [] for any other trigger."""
    if hit.last - hit.first != 1 or hit.first not in view.joined:
        return []
    broker = next((a for a in view.args if a.last == hit.first and not a.implicit), None)
    if broker is None or broker.kind not in hit.frame.subject:
        return []
    # "an Egyptian-Qatari-mediated proposal": each state of the chain brokered it
    return event_nouns.modifier_group(view, broker, hit.frame.subject)


def _juxtaposed_nisbas(view: SentenceView, group: list[Arg], kinds: frozenset[str]
                       ) -> list[Arg]:
    """"بوساطة مصرية قطرية", "برعاية سعودية أمريكية": where adjectives follow their noun, a
    state's adjective right after the last of a broker group of adjectives, with no
    conjunction, names a co-broker (as the English "Egyptian-Qatari-mediated" does)."""
    if not view.grammar.adjective_after_noun or group[-1].resolution != "adjective":
        return group
    for arg in view.args:
        if arg.first == group[-1].last and arg.resolution == "adjective" and (
                arg.kind in kinds and not arg.marked):
            group = [*group, arg]
    return group


def _mediation_of(hit: Hit, later: Hit) -> bool:
    """"an agreement mediated by C and D", "A and B restored relations with C's mediation":
    the mediators after a fact's or a symmetric act's trigger are not its parties (a
    mediation frame's trigger ends the stretch of the other one's)."""
    return bool((hit.frame.fact or hit.frame.symmetric) and later.frame.fact
                and later.frame.between and not hit.frame.between)


def _gap(view: SentenceView, start: int, end: int, adjuncts: set[int]) -> int:
    """The words from `start` to `end`, a name counting as one word and adjuncts of time and
    manner (`adjuncts`: the sentence's, `strategies.adjunct_words`) as none: "رفضت الولايات
    المتحدة اليوم اقتراح العراق" has its object noun right after its subject, as "رفضت إيران
    اقتراح العراق" has."""
    names = [a for a in view.args if start <= a.first and a.last <= end]
    skip = {k for a in names for k in range(a.first, a.last)} | adjuncts
    return len(names) + sum(1 for k in range(start, end) if k not in skip)


def _new_clause(view: SentenceView, later: Hit) -> bool:
    """A trigger right after a comma opens a clause of its own ("..., accusing X of", "،
    متهمة X"): the names after it are its own, not an earlier trigger's objects."""
    first = later.first
    if first < len(view.boundary) and view.boundary[first]:
        return True
    # "..., and also cancels": a coordinator after a comma opens the clause too
    return any(0 <= k < len(view.boundary) and view.boundary[k]
               and view.word_at(k) in view.grammar.coordinators for k in (first - 1, first - 2))


def _asked_stretch(view: SentenceView, hit: Hit) -> tuple[int | None, int] | None:
    """Where the act a request asks for stands: (its content link, the word its stretch ends
    before). The link is the first word after the trigger that opens the act (data
    `content_links`: "دعت X إلى انسحاب ...", "urged X to withdraw"), None when there is none
    ("طالبت X بانسحاب ..."); the stretch runs ASKED_REACH words on from the link, else from
    the trigger, and the act's own phrase ends where another preposition opens another
    ("إلى بدء مفاوضات منذ بدء الأعمال العدائية في أوكرانيا")."""
    if (hit.frame.event or {}).get("type") != "REQUEST":
        return None
    g = view.grammar
    link = next((k for k in range(hit.last, len(view.words))
                 if view.word_at(k) in g.content_links), None)
    end = min(len(view.words), (hit.last if link is None else link) + ASKED_REACH + 1)
    if link is not None:  # the name right after that preposition is still in the stretch
        end = next((k + 2 for k in range(link + 1, end) if view.word_at(k) in g.prepositions
                    and k + 2 < end), end)
    return link, end


def _inside_asked(asked: tuple[int | None, int] | None, arg: Arg) -> bool:
    """"دعت فرنسا إلى وقف إطلاق النار في لبنان": a name inside the act a request asks for
    (its `_asked_stretch`), after the word that opens it, is whom it asks, even behind a
    preposition (as "called for a ceasefire in Lebanon")."""
    return asked is not None and asked[0] is not None and asked[0] + 1 < arg.first < asked[1]


def _asks_next(view: SentenceView, hit: Hit, following: Hit) -> bool:
    """A request whose reach ends where the act after it begins, in the stretch of the act it
    asks for and in its clause (its subject stood between): that act is what it asks for."""
    asked = _asked_stretch(view, hit)
    return asked is not None and not hit.frame.fact and hit.right == following.first and (
        hit.last <= following.first < asked[1]) and not any(
        view.boundary[k] for k in range(hit.last, following.first + 1))


def _victims_before(view: SentenceView, hit: Hit) -> list[Arg]:
    """"قُتل ثلاثة جنود إسرائيليين في هجوم": the states named between a casualty verb and
    an event noun its casualty link joins to it, in one clause, and the armed groups whose
    fighters fell in an act of force (`_fallen_fighters`): the act's victims (data:
    `casualty_verbs`, `casualty_links`)."""
    window = _casualty_window(view, hit)
    if window is None:
        return []
    first, verb, link, inserted = window
    return [a for a in view.args if first <= a.first and a.last <= link and (
        a.kind == "state" or _fallen_fighters(view, hit, a, verb, link))
        and a.first not in inserted]


def _casualty_window(view: SentenceView, hit: Hit
                     ) -> tuple[int, int, int, range] | None:
    """Where the victims or losses of an act joined to a casualty verb stand: (the first
    word, the verb, the casualty link, the words of an inserted apposition), in the act's
    clause; None with no casualty verb."""
    found = _casualty_verb(view, hit.first)
    if found is None:
        return None
    verb, link = found
    clause, inserted = _past_apposition(view, view.clause_start(hit.first))
    # verb first, the victims follow their verb; else they are its subject, before it
    first = verb + 1 if view.grammar.verb_first else clause
    return first, verb, link, inserted


def _fallen_fighters(view: SentenceView, hit: Hit, arg: Arg, verb: int, link: int) -> bool:
    """"Twelve Naxalites are killed in a raid", "70 Al-Shabaab militants were killed in an
    airstrike", "قتل 70 مسلحا من حركة الشباب في": an armed group named a few words before
    the casualty verb (verb first: before the link) of an act of force lost the fighters;
    not a group that only reports the deaths ("The Houthis claim 68 people are killed")."""
    if arg.kind != "armed_group" or (hit.frame.event or {}).get("type") not in VICTIM_TYPES:
        return False
    end = link if view.grammar.verb_first else verb
    return 0 <= end - arg.last <= VICTIM_GROUP_GAP


def _hostile_list(view: SentenceView, hit: Hit) -> bool:
    """A word of a hostile list (data `hostile_lists`: "grey", "sanctions", "الارهاب") among
    the LIST_MODIFIER_REACH words before the list noun the trigger ends on ("to its grey
    list", "to the Entity List"; not the object before them, "12 Chinese entities to its list
    of approved suppliers") or the LIST_NAME_REACH words after it ("its list of tax havens",
    "قائمة الملاذات الضريبية")."""
    start = max(hit.first, hit.last - 1 - LIST_MODIFIER_REACH)
    words = view.words[start:hit.last + LIST_NAME_REACH]
    return any(w.startswith(view.grammar.hostile_lists) for word in words for w in word)


def _epithet_polarity(view: SentenceView, hit: Hit) -> str:
    """The polarity of the first epithet (data `negative_epithets`, `positive_epithets`:
    "dictator", "decent", "فاسد") among the EPITHET_REACH words after the trigger in its
    clause, before any of `epithet_stops` ("called X to discuss a dangerous escalation",
    "called X on Tuesday"; "called X, seeking Patriot systems": a phone call's clause ends):
    "negative", "positive", or "" when none is named. A verb read through a governing
    proclitic is a noun ("بوصفها", as): no epithet is said."""
    grammar = view.grammar
    if grammar.governing and view.word_at(hit.first).startswith(grammar.governing):
        return ""
    end = view.clause_end(hit.last - 1)
    unnamed = (i for i in range(hit.last, end) if i not in view.masked)
    for i in islice(unnamed, EPITHET_REACH):
        word = view.words[i]
        if word[0] in grammar.epithet_stops:
            return ""
        if _reads_as(word, grammar.negative_epithets):
            return "negative"
        if _reads_as(word, grammar.positive_epithets):
            return "positive"
    return ""


def _partners_only(args: list[Arg], frame: Frame) -> list[Arg]:
    """The arguments that may be partners of a symmetric frame with `partner_markers`: the
    unmarked ones and those behind one of its partner markers ("with X", "between A and
    B"); one behind another preposition ("on X", "against X", "in X") is not."""
    return [a for a in args if not a.marked or a.marker in frame.partner_markers]


def _body_left(view: SentenceView, frame: Frame, first: int, start: int) -> bool:
    """Whether what a trigger of leaving at words [first, start) leaves is an international
    body: the first name behind one of its target markers within BODY_REACH words after it,
    in its clause, is an organisation ("withdrawal from the WHO", "انسحاب الأرجنتين من
    منظمة الصحة العالمية"), not a place or a state; nothing the trigger moves stands in it
    after its first word or before the marker (`moved_nouns`: "withdraws its troops from
    the AU mission", "سحبت بوروندي قواتها من"), and the organisation heads its phrase (none of
    `body_not_heads` opens its name or stands right before or after it: "from the UN
    mission in Lebanon", "from the African Union summit", "من بعثة الاتحاد الأفريقي").
    A verb-first subject, however many parties it joins, is not counted in the reach
    ("انسحبت بوركينا فاسو ومالي والنيجر من X")."""
    start = _past_coordinated_subject(view, start)
    for arg in view.args:
        if arg.first < start or arg.first > start + BODY_REACH:
            continue
        if any(view.boundary[i] for i in range(start, arg.first)):
            return False
        if arg.marked and arg.marker in frame.target_markers:
            marker = next((k for k in range(arg.first - 1, start - 1, -1)
                           if arg.marker in view.words[k]), start)
            end = arg.last + 1 if arg.last < len(view.words) and not (
                view.boundary[arg.last]) else arg.last
            return arg.kind == "organization" and not any(
                _reads_as(view.words[k], frame.moved_nouns) for k in range(first + 1, marker)
            ) and not any(_reads_as(view.words[k], frame.body_not_heads)
                          for k in range(marker + 1, end))
    return False


def _body_named_after(view: SentenceView, start: int) -> bool:
    """The first name within BODY_REACH words from word `start`, in its clause, is an
    organisation ("left the EU", "خروجها من الاتحاد الأوروبي"), not a state named by its name,
    its adjective or a noun of it ("the country", "the Russian market")."""
    for arg in view.args:
        if start <= arg.first <= start + BODY_REACH and not any(
                view.boundary[i] for i in range(start + 1, arg.first + 1)):
            return arg.kind == "organization"
    return False


def _land_taken(view: SentenceView, text: str, start: int,
                region: Callable[[Arg], bool]) -> int:
    """The word after the place's name when what a verb or noun of taking that ends before
    word `start` takes is land, else -1. Land: after its determiners and place nouns ("all
    of", "the town of": data `determiners`, `partitive_skips`, `place_nouns`), a place of
    the lexicon, or, in a script with case, a name the lexicon does not know that ends its
    phrase and is shown to be a place (`_unknown_place`); in a script without, the place
    noun itself. A verb-first subject is passed over. Not people, goods or an actor
    ("captured two soldiers", "seized a tanker", "captured Hamas fighters"), nor a place
    that owns what is taken ("has taken Gaza's civilians hostage")."""
    g = view.grammar
    skips = g.determiners | g.partitive_skips | g.place_nouns | g.direction_adjectives
    nouns = g.place_nouns - g.determiners - g.partitive_skips
    i, after_noun = _past_verb_first_subject(view, start), False
    while i < min(len(view.words), start + TERRITORY_SKIPS) and not view.boundary[i]:
        if _place_named_at(view, i):
            break  # "مدينة بوكروفسك": the place's name opens with its noun
        if skips.isdisjoint(view.words[i]):
            i = _past_nationality_of_place(view, i, nouns)
            if skips.isdisjoint(view.words[i]):
                break
        after_noun = after_noun or not nouns.isdisjoint(view.words[i])
        i += 1
    if i >= len(view.words) or view.boundary[i]:
        return -1
    arg = view.arg_at(i)
    if arg is None and i in view.masked:
        return -1
    if arg is not None:
        place = arg.kind in ("place", "city")
        return arg.last if place and not _possessive_gap(view, arg) else -1
    upper = name_words(view, text)
    if not any(upper):  # a script with no case: the place noun names the land
        return i if after_noun else -1  # "حرّر الجيش مدينة ود مدني"
    end = _unknown_name_end(view, upper, i)
    return end if end >= 0 and (after_noun or _unknown_place(view, end, region)) else -1


def _place_named_at(view: SentenceView, i: int) -> bool:
    """A place of the lexicon starts at word i."""
    arg = view.arg_at(i)
    return arg is not None and arg.kind in ("place", "city")


def _past_nationality_of_place(view: SentenceView, i: int, nouns: frozenset[str]) -> int:
    """The word after a nationality adjective at word i that describes the place noun right
    after it ("withdrew from the southern Lebanese town of X": the land is the town, not
    Lebanon's people), else i."""
    arg = view.arg_at(i)
    if (arg is None or arg.resolution != "adjective" or arg.last >= len(view.words)
            or nouns.isdisjoint(view.words[arg.last])):
        return i
    return arg.last


def _unknown_name_end(view: SentenceView, upper: Sequence[bool], i: int) -> int:
    """The word after the capitalised name the lexicon does not know that starts at word i,
    when it ends its phrase (a mark, the sentence's end, a preposition or a coordinator
    follows), else -1."""
    if not upper[i]:
        return -1
    end = i
    while end < len(view.words) and upper[end] and (end == i or not view.boundary[end]):
        end += 1
    if end - i > TERRITORY_NAME_WORDS:
        return -1  # "the recapture of José Adolfo Macías Villamar": a person's full name
    g = view.grammar
    ends = g.prepositions | g.coordinators | g.adjunct_conjunctions
    if end < len(view.words) and not view.boundary[end] and ends.isdisjoint(view.words[end]):
        return -1
    return end


def _past_verb_first_subject(view: SentenceView, start: int) -> int:
    """The word after the actor that stands right after a verb that comes first in its
    clause ("حرّر الجيش السوداني مدينة X": after "السوداني"; "دخلت قوات حركة X مدينة Y":
    after the group its force noun opens), else `start`."""
    if not view.grammar.verb_first:
        return start
    arg = view.arg_at(start)
    if arg is None and start + 1 < len(view.words) and not _armed_words(
            view.grammar).isdisjoint(view.words[start]):
        arg = view.arg_at(start + 1)
    return arg.last if arg is not None and arg.kind not in ("place", "city") else start


def _past_coordinated_subject(view: SentenceView, start: int) -> int:
    """The word after the actors that stand right after a verb that comes first in its
    clause, each joined to the one before ("انسحبت بوركينا فاسو ومالي والنيجر": after
    "والنيجر"), else `start`."""
    end = _past_verb_first_subject(view, start)
    while end != start and (arg := view.arg_at(end)) is not None and not arg.marked and (
            arg.kind not in ("place", "city")) and arg.last > end:
        end = arg.last
    return end


def _land_phrase_end(view: SentenceView, land: int) -> int:
    """The word after the phrase of the land that ends before word `land` (in a script with
    no case, that starts at it: its name runs to a mark or a preposition): with the region
    set off by a comma ("Walikale, North Kivu", "Lypivka, a village in Kharkiv Oblast") or
    behind a preposition ("Pokrovsk in Donetsk Oblast", "Bara from the RSF") that says
    where it lies or whom it is taken from."""
    g = view.grammar
    end = land
    named = any(a.last == land for a in view.args)
    if not named and not any(view.name_at(i) for i in range(len(view.words))):
        stops = g.prepositions | g.locative
        while end < min(len(view.words), land + TERRITORY_NAME_WORDS) and (
                end == land or not view.boundary[end]) and stops.isdisjoint(view.words[end]):
            end += 1
    arg = _region_after(view, end)
    return arg.last if arg is not None else end


def _region_after(view: SentenceView, end: int) -> Arg | None:
    """The name right after word `end` that says where a place ending there lies: set off
    by a comma, its apposition's determiners, seat and place nouns between, or behind one
    or two prepositions and determiners."""
    g = view.grammar
    if end < len(view.words) and view.boundary[end]:
        return _apposition_name(view, end)
    k = end
    markers = g.prepositions | g.determiners | g.direction_adjectives
    while k < min(len(view.words), end + 2) and not markers.isdisjoint(view.words[k]):
        k += 1
    return view.arg_at(k) if k > end else None


def _apposition_name(view: SentenceView, end: int) -> Arg | None:
    """The name that opens the apposition set off by a comma at word `end`, after its
    determiners, seat and place nouns ("Kalehe, South Kivu"; "Bunia, the capital of Ituri")."""
    g = view.grammar
    apposition = (g.determiners | g.partitive_skips | g.seat_words | g.place_nouns
                  | g.locative)
    k = end
    while k < min(len(view.words), end + TERRITORY_SKIPS) and (
            k == end or not view.boundary[k]) and not apposition.isdisjoint(view.words[k]):
        k += 1
    arg = view.arg_at(k)
    return arg if arg is not None and (k == end or not view.boundary[k]) else None


def _unknown_place(view: SentenceView, end: int, region: Callable[[Arg], bool]) -> bool:
    """A name the lexicon does not know, ending before word `end`, is a place when a region
    of a state (`region`) follows it, set off by a comma (its apposition's determiners,
    seat and place nouns between: "Novoselka, Kharkiv Oblast", "Bunia, the capital of
    Ituri Province") or after a locative ("Umm Sumeima in North Kordofan"; not a city or a
    sea: "the Talara in the Strait of Hormuz", "Captagon in Mombasa"), or the armed group it
    is taken from after another preposition ("Bara from the RSF")."""
    g = view.grammar
    if end < len(view.words) and view.boundary[end]:
        arg = _apposition_name(view, end)
        return arg is not None and region(arg)
    k = end
    marker: tuple[str, ...] = ()
    markers = g.prepositions | g.determiners
    while k < min(len(view.words), end + 2) and not markers.isdisjoint(view.words[k]):
        marker = marker or view.words[k]
        k += 1
    arg = view.arg_at(k)
    if arg is None or not marker:
        return False
    if g.locative.isdisjoint(marker):
        return arg.kind == "armed_group"
    return region(arg)


def _casualty_verb(view: SentenceView, first: int) -> tuple[int, int] | None:
    """The casualty verb (data `casualty_verbs`, or a death toll's noun, `toll_nouns`) of the
    deaths a casualty link joins to the act whose trigger starts at word `first`, in its
    clause ("were killed in a raid", "the death toll from a raid"), and the link; None."""
    link = _casualty_link(view, first)
    if link is None:
        return None
    clause, _ = _past_apposition(view, view.clause_start(first))
    verbs = view.grammar.casualty_verbs | view.grammar.toll_nouns
    verb = next((k for k in range(clause, link) if verbs & set(view.words[k])), None)
    return None if verb is None else (verb, link)


def _business_deal(predicate: str, subject: Arg, obj: Arg) -> bool:
    """An agreement between two companies ("TikTok's deal with Oracle") is business, not the
    standing relation `agreement_with` records between states and organisations: the event
    stays, the fact goes."""
    return predicate in AGREEMENT_FACTS and subject.kind == obj.kind == "company"


def _past_apposition(view: SentenceView, clause: int) -> tuple[int, range]:
    """"57 Palestinians, including 10 children, are killed", "قتل 57 فلسطينيا، بينهم 10
    أطفال، في": a phrase set off by commas that opens with an apposition word (data
    `apposition_openers`) describes the noun before it and opens no clause. The start of the
    clause before such a phrase that ends where `clause` begins, and the phrase's words
    (empty when none stands there)."""
    openers = view.grammar.apposition_openers
    if clause <= 0 or not openers:
        return clause, range(0)
    inserted = view.clause_start(clause - 1)
    if inserted <= 0 or clause - inserted > APPOSITION_WORDS:
        return clause, range(0)
    if _described_name(view, inserted):  # its states are the named one's: none left out
        return view.clause_start(inserted - 1), range(0)
    if openers.isdisjoint(view.words[inserted]):
        return clause, range(0)
    return view.clause_start(inserted - 1), range(inserted, clause)


def _described_name(view: SentenceView, inserted: int) -> bool:
    """"Volodymyr Leontiev, the former Russia-installed mayor of Nova Kakhovka, is killed":
    a phrase that opens with a determiner right after a name (or a word written as one) and
    its comma describes that name (the states it names are the name's) and opens no
    clause."""
    name = inserted - 1
    return (name in view.masked or view.name_at(name)) and not (
        view.grammar.determiners.isdisjoint(view.words[inserted]))


def _casualty_link(view: SentenceView, first: int) -> int | None:
    """The casualty link (data `casualty_links`) that joins the act whose trigger starts at
    word `first` to the deaths before it: right before its noun ("في هجوم"), or before the
    words that name its doer or kind ("in a Hezbollah attack", "during Israeli airstrikes"),
    in one clause; or the dead right after a death toll's noun, joined to it in the construct
    state ("حصيلة قتلى العملية"); None."""
    links = view.grammar.casualty_links
    tolls = view.grammar.toll_nouns
    for k in range(first - 1, max(first - 2 - CASUALTY_LINK_GAP, -1), -1):
        if view.boundary[k + 1]:
            return None
        if view.word_at(k) in links or (k and not tolls.isdisjoint(view.words[k - 1])):
            return k
    return None


def _named_only_as_where(view: SentenceView, arg: Arg) -> bool:
    """A state named only as where an act was done: governed by a locative ("in Syria",
    "near Lebanon", "في سوريا"), or set off by a comma after a place noun ("across the
    Catatumbo region, Colombia")."""
    g = view.grammar
    if arg.implicit or arg.kind not in ("state", "place", "city") or arg.resolution == "adjective":
        return False
    if arg.marker in g.locative | g.vicinity:
        return True
    k = arg.first - 1
    return k > 0 and view.boundary[arg.first] and not g.place_nouns.isdisjoint(view.words[k])


def _against_victims(view: SentenceView, hit: Hit, pairs: list[tuple[Arg, Arg]]
                     ) -> list[tuple[Arg, Arg]]:
    """The pairs of an act whose victims were named before it: a doer named after it ("في
    هجوم شنته X", "في هجوم لـX") or before its noun ("in a Hezbollah attack") acts on the
    victims; a doer read from context (the focal or carried state, most often the victims'
    own) is none. A target the act's noun names after it ("in Israeli strikes on Hezbollah
    positions", "في غارات إسرائيلية على مواقع لحزب الله") stays beside victims named as a
    state's people ("three Lebanese soldiers"); victims named only by where they were
    ("people in Lebanon", "homes in Lebanon") give way to it, as the gold names a place
    as an actor only when nothing else is named."""
    victim = hit.victims[0]
    places = view.grammar.locative | view.grammar.vicinity  # "في الأردن" is where
    link = _casualty_link(view, hit.first)
    # "in a Hezbollah attack (in southern Lebanon)": the name between the link and the
    # act's noun is its doer, before any name the act's own frame read after it
    doer = next((a for a in view.args if a.kind in VICTIM_DOERS and link is not None
                 and link < a.first and a.last <= hit.first), None)
    named = [(s, o) for s, o in pairs if not s.implicit and s.marker not in places]
    if named and doer is None:
        doers = unique([s for s, _ in named])
        beside = [] if victim.marker in places or victim.entity in {o.entity for _, o in named} \
            else [(s, victim) for s in doers]  # "قتل ثلاثة جنود لبنانيين في غارات X على Y"
        return _own_people_kept(view, hit, named + beside)
    doer = doer or next((a for a in view.args if a.kind in VICTIM_DOERS and (
        a.marker not in places and 0 <= a.first - hit.last <= VICTIM_DOER_REACH)), None)
    if doer is None:
        return []
    own_clause = range(hit.last, view.clause_end(hit.last - 1))  # not "..., before talks with X"
    aimed = [o for _, o in pairs if not o.implicit and o.first in own_clause
             and o.marker not in places and o.entity != doer.entity]
    victims = [] if aimed and victim.marker in places else [victim]
    return _own_people_kept(view, hit, [(doer, o) for o in unique(victims + aimed)])


def _own_people_kept(view: SentenceView, hit: Hit, pairs: list[tuple[Arg, Arg]]
                     ) -> list[tuple[Arg, Arg]]:
    """The pairs of an act on victims named before it, one whose doer is its victims' own
    state only when that state's armed force did it ("Syrian civilians killed in massacres
    by Syrian government forces": domestic, as the ontology's `domestic_at_home` is where the
    victims are named as its own people); a state named both as doer and victims otherwise is
    no pair."""
    kept = []
    for source, target in pairs:
        if source.entity == target.entity:
            if not (st.at_home_target((hit.frame.event or {}).get("type", ""))
                    and _armed_organ(view, source)):
                continue
            hit.why(target, st.DOMESTIC, "own people")
        kept.append((source, target))
    return kept


def _armed_organ(view: SentenceView, arg: Arg) -> bool:
    """A state's armed force: an organ with an armed noun (`armed_organs`, `fighter_nouns`)
    among its words or right before or after them ("the Syrian army", "Syrian government
    forces", "جنود سودانيون", "fighters associated with the Syrian government")."""
    if arg.kind != "state" or arg.resolution != "organ" or arg.first < 0:
        return False
    armed = _armed_words(view.grammar)
    return any(not armed.isdisjoint(w) for w in view.words[max(0, arg.first - 1):arg.last + 1])


def _complementizer(word: str, complementizers: frozenset[str], pronouns: tuple[str, ...]
                    ) -> bool:
    """A complementizer, alone or with its subject's pronoun written on it ("أنها", "أنه"; the
    clitic inventory's `particle_pronouns`), not a word that begins like one ("أنقرة")."""
    return word in _complementizer_forms(complementizers, pronouns)


@lru_cache(maxsize=8)
def _complementizer_forms(complementizers: frozenset[str], pronouns: tuple[str, ...]
                          ) -> frozenset[str]:
    """Every complementizer alone and with each pronoun written on it, built once."""
    return frozenset(c + p for c in complementizers for p in ("", *pronouns))


def _future_form(g: Grammar, surface: str) -> bool:
    """A verb with the future prefix ("ستستخدم"): the prefix, then a verb's first letter
    (`future_stems`), then at least a three-letter stem."""
    return any(surface.startswith(p) and len(surface) > len(p) + 3
               and surface[len(p)] in g.future_stems for p in g.future)


def _future_verb(g: Grammar, word: tuple[str, ...], token: str) -> str:
    """The word, when a trigger's first `token` matches it only with the future prefix
    read off ("سيلتقي" for "يلتقي"), else ''."""
    surface = word[0]
    prefix = next((p for p in g.future if surface.startswith(p)), "")
    if not prefix or token_matches(token, (surface,)) or surface[len(prefix):] not in word:
        return ""
    return surface if token_matches(token, (surface[len(prefix):],)) else ""


def _letters_with_marks(word: str) -> list[tuple[str, str]]:
    """Each letter of an original word with the first vowel mark written after it."""
    out: list[tuple[str, str]] = []
    for ch in word:
        if unicodedata.combining(ch):
            if out and not out[-1][1]:
                out[-1] = (out[-1][0], ch)
        elif ch.isalpha():
            out.append((ch, ""))
    return out


def _with_article_only(g: Grammar, word: tuple[str, ...], token: str) -> bool:
    """Whether `token` matches the word only once a proclitic with the article is read off
    ("الطالب", "للمطالب"): a finite verb takes no article."""
    return bool(g.article) and not token_matches(token, _plain_readings(g, word))


def _plain_readings(g: Grammar, word: tuple[str, ...]) -> tuple[str, ...]:
    """The readings of a word that do not read off the article ("المدينة" is no "مدينة")."""
    if not g.article:
        return word
    surface = word[0]
    articled = (g.article, *g.article_clitics)
    return tuple(r for r in word if not surface[:len(surface) - len(r)].endswith(articled))


def _past(adjuncts: set[int], i: int) -> int:
    """The first word from i on that is no adjunct ("appealed directly to": "to")."""
    while i in adjuncts:
        i += 1
    return i


def _absorb_hits(hits: list[Hit], view: SentenceView) -> list[Hit]:
    """"proposed ... the creation of X": a trigger that states the content of the one before
    is part of it (data: a frame's `absorbs`); one that restates it ("sentenced A and B to
    ten years in prison") anywhere in its clause."""
    kept: list[Hit] = []
    for hit in hits:
        if kept and hit.frame.id in kept[-1].frame.absorbs and (
                hit.first - kept[-1].last <= 5 or _same_frame_in_clause(view, kept[-1], hit)):
            continue
        if kept and kept[-1].frame.id in hit.frame.absorbs and hit.first - kept[-1].last <= 1:
            kept[-1] = hit  # "founded at the initiative of X": the later trigger names the act
            continue
        kept.append(hit)
    return kept


def _same_frame_in_clause(view: SentenceView, hit: Hit, later: Hit) -> bool:
    """The later trigger opens the same frame in the same clause (no punctuation between)."""
    return hit.frame.id.split("~")[0] == later.frame.id.split("~")[0] and not any(
        view.boundary[k] for k in range(hit.last, later.first + 1))


def _join_repeats(hits: list[Hit]) -> list[Hit]:
    """"talks between A and B, brokered by C": a between-frame's second trigger a few words
    after its first states the same act; the first takes the words of both."""
    kept: list[Hit] = []
    for hit in hits:
        last = kept[-1] if kept else None
        if (last is not None and last.frame.between
                and last.frame.id.split("~")[0] == hit.frame.id.split("~")[0]
                and hit.first - last.last <= 6):
            last.right = max(last.right, hit.right)
            continue
        kept.append(hit)
    return kept


def _join_restated_facts(hits: list[Hit], view: SentenceView) -> list[Hit]:
    """"وقعت A وB اتفاقية مع C", "signed an agreement with C": a symmetric fact's verb and
    the noun of the same fact that is its object (past the subjects' names) state one act;
    the verb takes the reach of both, so its parties are read once."""
    kept: list[Hit] = []
    for hit in hits:
        last = kept[-1] if kept else None
        if last is not None and last.frame.fact and last.frame.fact == hit.frame.fact and (
                last.frame.symmetric and hit.frame.symmetric) and _object_of(view, last, hit):
            if _signed_after_noun(view, last, hit):
                last.frame = replace(last.frame, event=hit.frame.event)
            last.right = max(last.right, hit.right)
            continue
        kept.append(hit)
    return kept


def _met_in_talks(state: DocState, party: str) -> str | None:
    """The state `party` met most often in the document's talks read so far (its CONSULT
    events), the latest of equals."""
    met = [e.target if e.source == party else e.source for e in state.result.events
           if e.event_type == "CONSULT" and party in (e.source, e.target)]
    met = [m for m in met if m and m != party]
    counts = Counter(met)
    return max(reversed(met), key=lambda m: counts[m], default=None)


def _signed_after_noun(view: SentenceView, noun: Hit, verb: Hit) -> bool:
    """"the peace treaty with Israel signed the following year", "an agreement signed with
    China last year": the act right after the noun of its fact (no act of its own), with
    the partner named after "with" beside them, is the noun's participle, not a noun its
    verb governs: the noun's parties did that act ("whose founding treaty was signed in
    Tashkent" names no partner)."""
    return noun.frame.event is None and verb.frame.event is not None and any(
        a.marker in view.grammar.comitative and (
            noun.last <= a.first < verb.first or a.first == verb.last + 1)
        for a in view.args)


def _object_of(view: SentenceView, verb: Hit, noun: Hit) -> bool:
    """`noun` follows `verb` in its clause with at most RESTATE_GAP words between, not
    counting names."""
    gap = range(verb.last, noun.first)
    return not any(view.boundary[k] for k in range(verb.last, noun.first + 1)) and sum(
        1 for k in gap if k not in view.masked) <= RESTATE_GAP


def _drop_overlaps(hits: list[Hit]) -> list[Hit]:
    hits.sort(key=lambda h: (h.first, -(h.last - h.first)))
    kept: list[Hit] = []
    for hit in hits:
        if kept and hit.first < kept[-1].last and hit.frame.id in kept[-1].frame.yields_to:
            kept[-1] = hit  # the specific act inside the general one's form
            continue
        if kept and hit.first < kept[-1].last and not _reads_beside(kept[-1], hit):
            continue  # a trigger inside another, unless that one reads it beside itself
        kept.append(hit)
    return kept


def _reads_beside(outer: Hit, inner: Hit) -> bool:
    """A trigger that starts inside `outer` is read beside it: one inside it of a frame
    `outer` names (`reads_inside`), or any with "*", also where it runs on past it
    ("أمرت المحكمة X بإعادة Y", "أمر X بتجميد المساعدات": the act ordered keeps its own
    frame)."""
    reads = outer.frame.reads_inside
    return "*" in reads or (inner.last <= outer.last and inner.frame.id in reads)


def _two_party_pairs(hit: Hit) -> list[tuple[Arg, Arg]]:
    """The pairs of an act that made events, read with two distinct sides named as
    themselves: no actor carried over, none that only a nationality adjective or a place
    stands for ("attacks in the Gaza Strip, killing 132 Palestinians" names no side)."""
    if not hit.made or hit.frame.two_sided:
        return []
    return [(s, o) for s, o in hit.pairs
            if _named_side(s) and _named_side(o) and s.entity != o.entity]


def _named_side(arg: Arg) -> bool:
    return not arg.implicit and arg.resolution != "adjective" and not (
        arg.resolution.startswith("place"))
