"""The language data the extractor reads (`diplomap.lang`), normalised like the text and
compiled once per language: grammar words as sets, clitics, word readings; and the
helpers that turn word lists into patterns for dates and amounts.

Extraction never holds vocabulary of its own: every word comes from `lang/<code>/`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from diplomap.extract.morphology import past_forms
from diplomap.extract.patterns import TokenPattern
from diplomap.lang import Language, all_languages, language
from diplomap.text.normalize import normalize_key


def norm(word: object, cased: bool = False) -> str:
    """A word of the data as the normalised text spells it (case-folded unless `cased`)."""
    return normalize_key(str(word), cased)


def norm_set(words: Iterable[object]) -> frozenset[str]:
    return frozenset(norm(w) for w in words)


NEVER = "(?!)"  # a pattern that matches nothing: the alternation of no words


def alternation(words: Iterable[object], cased: bool = False) -> str:
    """Regex alternation of normalised words, longest first; a space matches any whitespace.
    No words (a language without that category) give a pattern that never matches."""
    found = {norm(w, cased) for w in words if str(w).strip()}
    ordered = sorted(found, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) or NEVER


_LATIN_FIRST = re.compile("(?i:[a-z])")


def caseless(words: Iterable[object]) -> str:
    """`(?i:alternation(words))`, read faster: the regex engine skips the branch of a word
    in a script without case at its first letter, but enters every branch that ignores
    case, so the words that open with a Latin letter are tried only where one is written.
    A word of each group never matches at the same place: the order that matters is kept."""
    found = [w for w in words if str(w).strip()]
    latin = [w for w in found if _LATIN_FIRST.match(norm(w))]
    other = [w for w in found if not _LATIN_FIRST.match(norm(w))]
    groups = ([f"(?i:{alternation(other)})"] if other else []) + (
        [f"(?=(?i:[a-z]))(?i:{alternation(latin)})"] if latin else [])
    return f"(?:{'|'.join(groups)})" if groups else NEVER


def letter_class(letters: Iterable[str]) -> str:
    """A regex class of one-letter proclitics ("[وف]"), or a class that never matches."""
    found = sorted({norm(c) for c in letters if len(norm(c)) == 1})
    return f"[{''.join(found)}]" if found else NEVER


@cache
def every_language() -> tuple[Language, ...]:
    return all_languages()


def _clitics(*parts: str) -> list[str]:
    return [c for lang in every_language() for part in parts
            for c in getattr(lang.clitics, part)]


@cache
def conjunctions() -> str:
    """A regex class of the one-letter conjunctions of every language ("[وف]")."""
    return letter_class(_clitics("conjunctions"))


@cache
def governing() -> str:
    """A regex class of the one-letter prepositions that govern their noun ("[بل]")."""
    return letter_class(_clitics("governing"))


@cache
def conjunctions_or_governing() -> str:
    """One proclitic letter before a number word or a year cue ("[بفلو]")."""
    return letter_class(_clitics("conjunctions", "governing"))


@cache
def articles() -> tuple[str, ...]:
    return tuple(sorted({norm(lang.clitics.article) for lang in every_language()} - {""}))


def words_of(key: str, part: str = "grammar") -> frozenset[str]:
    """A word list of every language (`grammar`, `dates` or `units` data), normalised."""
    return norm_set(w for lang in every_language() for w in getattr(lang, part).words(key))


@dataclass(frozen=True, eq=False)  # hashed by identity: a key of per-text caches
class Grammar:
    """The grammar words of one language, normalised (see lang/<code>/grammar.yaml)."""

    code: str
    prepositions: frozenset[str]
    between: frozenset[str]
    comitative: frozenset[str]
    locative: frozenset[str]
    indirect: frozenset[str]
    pronoun_prepositions: tuple[str, ...]
    coordinators: frozenset[str]
    continuing_prefixes: tuple[str, ...]
    list_inclusion: frozenset[str]
    example_markers: frozenset[str]
    agent_phrases: frozenset[tuple[str, ...]]
    source_phrases: frozenset[tuple[str, ...]]  # "according to X": X is no actor
    distributive_phrases: frozenset[tuple[str, ...]]
    counterpart_prefixes: tuple[str, ...]
    capital_words: frozenset[str]
    articles: frozenset[str]
    org_anaphora: dict[str, str]
    organisation_nouns: dict[str, str]  # "oil company X": a noun before a name -> its kind
    organisation_heads: dict[str, str]  # "the X Party": a name's last word -> its kind
    organisation_tails: dict[str, str]  # "the X party": a lower-case noun after a name
    # "banks X, Y and Z": a plural noun before a list of names -> their kind
    organisation_plurals: dict[str, str]
    organisation_suffixes: dict[str, str]  # "Saab AB": a legal form after a company's name
    name_particles: frozenset[str]  # "Tren de Aragua": lower-case words inside a name
    # "Shia militias", "Fulani militias": a people's or faith's adjective, written as a name,
    # says what members a group has, it does not name the group
    group_adjectives: frozenset[str]
    dual_anaphora: frozenset[str]
    focal_pronouns: dict[str, bool]  # word -> governed by a preposition
    person_pronouns: frozenset[str]       # "he", "she": the person named last
    subject_pronouns: frozenset[str]      # "it is a member of": a subject carried over
    speaker_pronouns: frozenset[str]      # "I", "we" in a quotation: its speaker
    meeting_reality: dict[str, str]  # "talks between A and B were held" -> actual
    # an ordered act's words, their key the order's event ("orders X to block access":
    # COERCE censor)
    ordered_acts: tuple[TokenPattern, ...]
    # acts that, agreed to, are a concession ("agreed to withdraw", "على تأجيل")
    conceded_acts: tuple[TokenPattern, ...]
    # what such an act may take that makes it none ("release a statement", "suspend X's rights")
    unconceded_objects: frozenset[str]
    modifier_hedges: dict[str, str]  # "allegedly Rwandan-backed" -> hypothetical
    title_anaphora: dict[tuple[str, ...], str]  # "the president" -> its title in the lexicon
    description_anaphora: dict[tuple[str, ...], str]  # "the bloc" -> the kind it stands for
    plural_anaphora: dict[tuple[str, ...], str]  # "the blocs" -> the kind its two are of
    state_styles: dict[tuple[str, ...], str]  # "the kingdom" -> what its state's name holds
    reference_not_before: frozenset[str]  # "the president of ...": no reference
    relatives: frozenset[str]
    demonstratives: frozenset[str]
    since: frozenset[str]
    independence: frozenset[str]
    non_permanent: tuple[tuple[str, ...], ...]
    purpose_links: tuple[tuple[str, ...], ...]  # "will use X to fund aid": aid is planned
    future_stems: tuple[str, ...]        # a verb's first letter after the future prefix
    first: frozenset[str]
    policy_nouns: tuple[str, ...]
    # "the policy that X pursues": verbs (word starts) of holding to a policy
    policy_pursuits: tuple[str, ...]
    # words (starts) besides `policy_nouns` of a sentence that speaks of policy ("doctrine")
    policy_contexts: tuple[str, ...]
    hostile_lists: tuple[str, ...]        # "its grey list", "list of tax havens": a sanction
    negative_epithets: frozenset[str]     # "called X a 'dictator'": disapproval
    positive_epithets: frozenset[str]     # "called X a 'decent man'": praise
    epithet_stops: frozenset[str]         # "called X to discuss ...": no epithet past "to"
    talk_nouns: frozenset[str]            # "called the conversation 'very useful'": the talks
    talk_praise_words: frozenset[str]     # ... and the praise said of them
    talk_praise_verbs: frozenset[str]     # ... by the one who says or calls it so
    talk_praise_stops: frozenset[str]     # "were not constructive": no praise past them
    stance_words: frozenset[str]          # "pro-X", "المؤيدة لX": X is no actor
    support_phrases: frozenset[str]       # "a protest in support of X": not against X
    company_phrases: frozenset[str]       # "A met B along with C": C meets B too
    attendance_phrases: frozenset[str]    # "قمة ... بحضور C": C meets too, signs nothing
    cofounding_phrases: frozenset[str]    # "X, which A founded with B": B founded it too
    naming_words: frozenset[str]          # "summit", "قمة": a name after one names a thing
    reciprocals: frozenset[str]           # "A and B accuse each other": each does it to the other
    open_reciprocals: frozenset[str]      # "the other": only before a link, a comma, the end
    reciprocal_links: frozenset[str]      # ... those links ("of", "ب*": a prefix)
    modifier_participles: frozenset[str]  # "X-backed", "المدعومة من X": X is no actor
    alignment_participles: frozenset[str]  # ... of them, a stance, no support ("X-aligned")
    backing_participles: frozenset[str]   # the others: X is its noun's backer (derived)
    backed_epithets: frozenset[str]       # "حركة إم 23 المتمردة المدعومة من X": between them
    increase_nouns: frozenset[str]        # "announce increases in aid": more aid, promised
    help_purposes: tuple[tuple[str, ...], ...]  # "deploys troops to X to help": aid to X
    help_stops: frozenset[str]            # "... to help evacuate its citizens": none to X
    body_nouns: frozenset[str]            # "members of the X Society": people, not states
    resident_groups: frozenset[str]       # "rebels in Mali": the group acts for Mali
    affiliation_words: frozenset[str]     # "gunmen belonging to X": they act for X
    member_nouns: frozenset[str]          # "a member of X", "X members": people of group X
    affiliation_hedges: frozenset[str]    # "suspected of belonging to X": before those
    suspicion_words: frozenset[str]       # "an elder accused of belonging to X": no X hit
    descriptor_nouns: frozenset[str]      # "Russian energy companies X": X's kind, no actor
    apposition_articles: frozenset[str]   # "X, a British company,": opens X's description
    nationality_nouns: frozenset[str]     # "a French national": the act is done to France
    abroad_nouns: frozenset[str]          # "the French citizen was held": not France's act
    age_words: frozenset[str]             # "a 37-year-old": a person's age, no actor
    foreign_words: frozenset[str]         # "a foreign tanker": done to no one of the state's own
    foreign_offices: frozenset[str]       # "the foreign ministry": an office, no foreign object
    claim_nouns: frozenset[str]           # "denies media reports": done to who said it
    place_participles: frozenset[str]     # "UK-based retailer": X is where it is, no actor
    cessation_verbs: frozenset[str]       # "would stop its attacks": the act is ended
    prevention_verbs: frozenset[str]      # "blocks X from deploying": the act is kept from
    prevention_links: frozenset[str]      # ... the word ("from") that joins them to it
    # "allowed Israeli airlines to enter its airspace": an act a permission verb governs
    # (through a `content_links` word) is one allowed, no act done (frame key not_permitted)
    permission_verbs: frozenset[str]
    # "X announces $5 billion in aid for Y", "أعلنت X زيادة المساعدات": aid or cooperation
    # named as the object of one of these is promised (extractor._announced_pledges)
    pledge_announcing: frozenset[str]
    declaring_verbs: frozenset[str]       # "X declares a ceasefire with Y": a joint act done
    easing_words: frozenset[str]          # "a pause on tariffs on X": the sanction is eased
    lifting_words: frozenset[str]         # "waived sanctions on X": the sanction is ended
    granting_verbs: frozenset[str]        # "granted X an exemption": X is the one conceded to
    easing_links: frozenset[str]          # "a pause on tariffs": the prepositions between
    future_auxiliaries: frozenset[str]    # "will lift": the future tense as a word of its own
    scheduled_modifiers: frozenset[str]   # "زيارة مقررة", "talks scheduled": a planned act
    scheduled_not_before: frozenset[str]  # "المقرر الخاص": the rapporteur, no schedule
    anticipation_links: tuple[tuple[str, ...], ...]  # "ahead of a visit": a planned act
    reward_links: tuple[tuple[str, ...], ...]  # "reward for information leading to": planned
    stance_adverbials: tuple[TokenPattern, ...]  # "resign in protest of": the act's reason
    reward_nouns: frozenset[str]          # "a reward for information leading to": no tip-off
    attribute_cues: frozenset[str]        # "an upcoming summit": plans the noun it qualifies
    aim_cues: frozenset[str]              # "a summit that aims to": a noun's aim, no plan
    dated_nouns: frozenset[str]           # "موازنة عام 2026": the date is the noun's own
    failure_verbs: frozenset[str]         # "if talks fail": the talks are held
    attribute_times: frozenset[str]       # "Next week, X visits Y": a cue on a time noun
    date_prepositions: frozenset[str]     # "ستقدم خلال العام الجاري منحا": opens a time adjunct
    offer_verbs: frozenset[str]           # "offered a line of credit": the aid is promised
    offer_gap_words: frozenset[str]       # "offered Y a one-billion-dollar": the offer's object
    effect_predicates: tuple[tuple[str, ...], ...]  # "tariffs ... will take effect": planned
    effect_negations: tuple[tuple[str, ...], ...]  # "tariffs ... won't take effect": negated
    possibility_modifiers: frozenset[str]  # "a possible attack", "هجوم محتمل": hypothetical
    possibility_not_after: frozenset[str]  # "all possible support": a degree, no possibility
    answer_verbs: frozenset[str]          # "accepted a proposal by X": its subject was asked
    compliance_openers: frozenset[str]    # "..., following a request by X": X asked the subject
    warrant_openers: frozenset[str]       # "arrested on a Kenyan warrant": the warrant's opener
    warrant_nouns: frozenset[str]         # ... and its noun: the issuer arrests
    where_relatives: frozenset[str]       # "extradited to X, where he faces charges": X's act
    reaction_links: frozenset[str]        # "drew condemnation from X": X reacts to the act before
    range_ends: frozenset[str]            # "from Kyiv to Lviv": the end of a range of places
    talks_openers: frozenset[str]         # "signed a deal after talks": the signers talked
    mediated_talks: frozenset[str]        # "C hosted talks between A and B": A and B talk
    # "US-Russian talks", "المحادثات الأمريكية الروسية": the parties a compound names meet
    paired_meeting_nouns: frozenset[str]
    brokered_outcomes: frozenset[str]     # "C brokered a prisoner swap": C met no one
    modifier_markers: frozenset[str]      # the preposition of "المدعومة من X"
    person_titles: frozenset[str]         # "President Santiago Peña": a name, not Chile
    title_qualifiers: frozenset[str]      # "Prime Minister X", "Defence Secretary X"
    adjunct_prefixes: tuple[str, ...]     # a participle opening an adjunct clause ("متهمة")
    adjunct_suffixes: tuple[str, ...]     # ("accusing", "متهمة")
    adverb_suffixes: tuple[str, ...]      # ", reportedly killing": an adverb before one
    adjunct_conjunctions: frozenset[str]  # "..., while investigating X": the main subject's
    clause_conjunctions: frozenset[str]   # "X ... while Y criticized": Y's clause begins
    person_possessives: frozenset[str]    # "grants his right of asylum": his points back
    accident_verbs: frozenset[str]        # "a plane crashes, killing ...": an accident's toll
    hazard_nouns: frozenset[str]          # "an earthquake strikes X, killing ...": its toll
    instrument_nouns: frozenset[str]      # "بنيران إسرائيلية": the name after is the doer
    indefinite_organs: frozenset[str]     # "محكمة مغربية": an organ noun before an adjective
    object_pronouns: frozenset[str]       # "accusing them of": the previous act's objects
    clitic_objects: frozenset[str]        # "accused it of": a verb's pronoun object
    transfer_nouns: frozenset[str]        # "extradition of X to Y": a handing over
    destinations: frozenset[str]          # the preposition of its receiver ("to", "إلى")
    people_nouns: frozenset[str]          # "detained 74 people": the object is people
    role_nouns: frozenset[str]            # "sentenced former MEP X": the object is a person
    role_links: frozenset[str]            # "officers of the French embassy": whom they serve
    topic_openers: frozenset[str]         # "اجتمع X لبحث الحرب في Y": Y is the topic
    crowd_nouns: frozenset[str]           # "students clash with police": a crowd, no armed men
    crowd_events: frozenset[str]          # "protests and clashes with police": a crowd's act
    crowd_event_links: frozenset[str]     # "clashes ... amid protests": joins the protest
    force_members: frozenset[str]         # "policemen are injured during clashes": a force
    casualty_verbs: frozenset[str]        # "قُتل ... في هجوم": the names between are victims
    casualty_links: frozenset[str]        # the preposition before the act that caused them
    toll_nouns: frozenset[str]            # "the death toll from the raid": counts its deaths
    contest_words: frozenset[str]         # "met in the World Cup final": a match, no meeting
    speech_verbs: frozenset[str]          # "said", "وأضاف": a verb of speech
    result_links: frozenset[str]  # "، ما أسفر عن مقتل": the deaths an act caused, its victims
    event_noun_relatives: frozenset[str]  # "the attack that X launched": opens its doer's clause
    resumptive_suffixes: tuple[str, ...]  # "بهجوم شنته X": the verb's pronoun for the noun
    refusal_links: frozenset[str]         # "refused to hold talks": joins a refusal to its act
    content_links: frozenset[str]         # "urged X to resign": opens the act asked for
    medium_markers: frozenset[str]        # "wrote on Twitter": the platform is a medium
    patient_nouns: frozenset[str]         # "the Israeli hostage": the nisba is the victim
    partitive_quantifiers: frozenset[str]  # "several NATO allies": some members, unnamed
    partitive_skips: frozenset[str]       # "several other NATO allies", "some of the"
    participle_determiners: frozenset[str]  # "the abducted chiefs": an adjective, no act
    participle_prepositions: frozenset[str]  # "after seized explosives detonate": likewise
    reduced_relative_links: frozenset[str]  # "soldiers imprisoned for desertion": a state
    verdict_participles: frozenset[str]   # "individuals convicted of robbery": a verdict
    penalty_verbs: frozenset[str]         # "a bill to punish X with life imprisonment": no verdict
    perfect_auxiliaries: frozenset[str]   # "has imprisoned for years": a verb, not a modifier
    determiners: frozenset[str]           # "called for X and the release of Y": a listed item
    threat_conditions: frozenset[str]     # "will withdraw ... unless X": a threat to X
    threat_markers: frozenset[str]        # "threatened Y with sanctions": the threat's act
    # "will sanction X if X attacks": a condition that threatens the act's own target only
    # (not "will sanction Russia if Hungary lifts its veto": Hungary is not punished)
    target_conditions: frozenset[str]
    condition_words: frozenset[str]       # "would attack X if ...": hypothetical
    condition_not_after: frozenset[str]   # "وهو ما لم يحدث": a relative, no condition
    lowercase_modals: frozenset[str]      # "may impose" (not "May"): hypothetical
    possessive_pronouns: frozenset[str]   # "X and its allies condemned": one subject
    possessive_suffixes: frozenset[str]   # "سفارتها": a pronoun joined to its owned noun
    # "in southern Lebanon": "in" governs Lebanon. Arabic writes the direction as a NOUN
    # the name follows ("في شمال سوريا"): its list under this key holds nouns, beside the
    # other nouns that stand between a preposition and a name (`town_nouns`,
    # `region_nouns`): three lists of one construction there, not yet folded into one
    direction_adjectives: frozenset[str]
    reason_markers: frozenset[str]        # "detained ... for firing": the reason is alleged
    charge_hedges: frozenset[str]         # "arrested over alleged fraud": the charge is alleged
    beneficiary_markers: frozenset[str]   # "on suspicion of spying for X": whom it served
    intermediary_markers: frozenset[str]  # "aid from X via UNICEF": the body passes it on
    agency_nouns: frozenset[str]          # "هيئة حماية البيانات الإيطالية": the state's agency
    investigation_nouns: frozenset[str]   # "arrests X as part of a bribery investigation": the
    investigation_links: frozenset[str]   # ... arrester's inquiry into X, opened by a link
    # "sign a memorandum to exchange workers": what an agreement will do, its parties' planned
    # cooperation, opened by a link (or a proclitic) before one of its verbs
    agreement_purpose_links: tuple[tuple[str, ...], ...]
    agreement_purpose_prefixes: tuple[str, ...]
    agreement_purpose_verbs: frozenset[str]
    framework_nouns: frozenset[str]       # "negotiations over the release": talks, deals, plans
    document_nouns: frozenset[str]        # "the Ottawa Treaty": a city naming a document
    framework_links: frozenset[str]       # ... and the links that open what they lay down
    struck_nouns: frozenset[str]          # "Houthi targets": what force strikes, a group holds
    asset_nouns: frozenset[str]           # "frozen Russian assets": a nationality owns them
    aid_site_goods: frozenset[str]        # "aid distribution sites run by X": what is handed out
    aid_site_participles: frozenset[str]  # "an American-funded aid distribution centre"
    aid_sites: tuple[tuple[str, ...], ...]  # where aid is handed out (longest first)
    aid_site_operators: tuple[tuple[str, ...], ...]  # "run by X", "تديرها X"
    aid_site_words: frozenset[str]  # the last words of `aid_sites` (derived): none, no site
    weapon_modifiers: frozenset[str]      # "Russian missile and drone attacks": the arm
    apposition_openers: frozenset[str]    # "X, including ten children, were killed"
    owner_links: frozenset[str]           # "positions of X", "موقعا تابعا لX": ... and its holder
    targeting_verbs: frozenset[str]       # "strikes in X, targeting Hezbollah": whom it aims at
    describing_prefixes: tuple[str, ...]  # "محتجين يطالبون": a verb that describes people
    describing_suffixes: tuple[str, ...]  # "protestors demanding": ... as a relative would
    cause_words: frozenset[str]           # "will withdraw due to sanctions": the cause is a given
    fighter_nouns: frozenset[str]         # "Taliban fighters": the armed movement, no state
    hosted_gatherings: frozenset[str]     # "at a ceremony hosted by X": a gathering ...
    gathering_openers: frozenset[str]     # ... an adjunct of the clause ("at", "خلال") ...
    gathering_hosts: frozenset[str]       # ... whose host is named after "hosted by"
    armed_organs: frozenset[str]          # "the Sudanese army": a state's armed force
    vicinity: frozenset[str]              # "near the Thai border": a place, not an object
    venue_markers: frozenset[str]         # "في", "in", "at": only ever where (not "ب" = "with")
    frontier_words: frozenset[str]        # "across the border", "في البحر": fire not at home
    weapon_nouns: frozenset[str]          # "a missile crashed into a hospital": no accident
    manner_adverbials: frozenset[str]     # "condemned in the strongest terms the attack"
    own_members: frozenset[str]           # "the EU and its member states": one actor
    continuing_words: frozenset[str]      # "كما شنوا هجوما": the verb after goes on the last
    adjective_endings: tuple[str, ...]    # endings that mark a word as an adjective ("ية")
    possibility_particles: frozenset[str]  # "قد" + imperfect: the act may happen
    possibility_prefixes: tuple[str, ...]  # prefixes of the imperfect after it ("تفرض")
    perfect_after_possibility: frozenset[str]  # perfects with such a prefix ("قد تم")
    perfect_endings: tuple[str, ...]  # a feminine perfect's ending ("قد تولت")
    feminine_prefixes: tuple[str, ...]  # a feminine imperfect's prefix ("تقدمها": a state's)
    pluperfect_auxiliaries: frozenset[str]  # "كانت قد": what follows had happened
    passive_marks: tuple[str, ...]  # a vowel on a perfect's first letter: passive ("قُتل")
    passive_marks_not_on: tuple[str, ...]  # ... not on an imperfect's prefix ("يُرسل")
    passive_marks_on_third: tuple[str, ...]  # ... on the third after these ("اعتُقل")
    name_openings: tuple[str, ...]  # written openings of a transliterated name ("إلمور")
    town_nouns: frozenset[str]  # "مدينة X": X names the town, it is no trigger
    governing_lookalikes: frozenset[str]  # "بدأت X": a verb, no proclitic governing X
    region_nouns: frozenset[str]  # "(في) مقاطعة X": X names the region, the noun no act
    passive_auxiliaries: frozenset[str]  # "تم اعتقال X": the verbal noun's passive
    passive_light_verbs: frozenset[str]  # "ألقي القبض على X": a light verb's passive
    place_nouns: frozenset[str]  # "shelled the city of X": X is the act's object
    spread_words: frozenset[str]  # "struck parts of X", "across X": X is still the object
    seat_words: frozenset[str]  # "X, the capital of Y": X is a place of Y
    state_titles: frozenset[str]  # "رئيس باراغواي سانتياغو": a title's state, then its holder
    office_plurals: frozenset[str]  # "قادة فرنسا وألمانيا": the officials of the states after
    seat_holders: frozenset[str]  # "عضو في البرلمان X": the members act for the organ
    # "المتحدث باسم X": the one who speaks for X (a noun, its link before X) acts as X
    spokesperson_nouns: frozenset[str]
    spokesperson_links: frozenset[str]
    # "ministers from X", "ممثلون عن X": the link, and the nouns of those who act for the
    # name after it (the name is their side, as after `spokesperson_links`)
    delegate_links: dict[str, frozenset[str]]
    # "سفير مصر لدى الأمم المتحدة": the link, and the nouns of envoys whose post it names
    posting_links: dict[str, frozenset[str]]
    # organ nouns that stand for the state of their context ("police", "الشرطة"), longest first
    bare_organs: tuple[tuple[str, ...], ...]
    organ_modifiers: frozenset[str]  # "anti-government": the organ noun is no actor
    organ_owner_markers: frozenset[str]  # "the police of X": the words after it name its owner
    genitive_links: frozenset[str]  # "the withdrawal of X": a verbal noun's doer after it
    # "خلال استضافة X لقمة": the proclitic of a verbal noun's object after its genitive doer
    verbal_noun_object_links: tuple[str, ...]
    follower_links: frozenset[str]  # "X gave $1bn, followed by Y with $500m": Y gives too
    addressee_nouns: frozenset[str]  # "urged citizens to": a state's own people addressed
    addressee_verbs: frozenset[str]  # "told AFP ...": the name after is whom it was said to
    complementizers: frozenset[str]  # "that", "بأن": the reported content starts after one
    # "freed 20 prisoners": a domestic release names those it frees (empty: not checked)
    released_patients: frozenset[str]
    office_markers: frozenset[str]  # "a spokesman for the government": title, then whom it serves
    polite_auxiliaries: frozenset[str]  # "I would urge": a request made, not planned
    possessive_markers: frozenset[str]  # the "s" of "the government's plan"
    predicate_starts: frozenset[str]  # "Cruz later said": a sentence's first word is its subject
    word_joiners: frozenset[str]  # "Russian-Belarusian": marks joining words (as written)
    domestic_requests: frozenset[str]  # "called for calm": asked of its own state
    time_adjuncts: frozenset[str]  # open a time adjunct between commas: "X، يوم الاثنين، Y"
    spelled_letters: frozenset[str]  # "(إف بي آي)": an acronym spelled letter by letter
    fronting_openers: frozenset[str]  # "After talks with X, Y said": a fronted phrase's first word
    # "since the ceasefire", "while the ceasefire holds": a bare two-sided act stated as
    # holding behind the sentence's act (extract.extractor._two_sided_acts)
    holding_links: frozenset[str]
    calendar_names: frozenset[str]  # month and weekday names (months.yaml): no part of a name
    adjective_after_noun: bool
    verb_first: bool  # a subject may stand between a verb and its object ("وجهت النيابة ... تهمة")
    reason_names_charge: bool  # "اعتقل ... بتهمة": a reason marker names an arrest's charge
    # clitics
    article: str                         # the definite article as a proclitic ("ال")
    governing: tuple[str, ...]           # one-letter prepositions that govern their noun
    marking_clitics: frozenset[str]      # proclitic strings holding a preposition
    article_clitics: tuple[str, ...]     # governing proclitics with the article (لل, بال)
    possessives: tuple[str, ...]         # possessive suffixes ("ها", "ته")
    particle_pronouns: tuple[str, ...]   # subject pronouns on a particle ("أنها")
    future: tuple[str, ...]              # the future prefix of verbs ("سيلتقي")
    readings: Readings


def _phrases(words: Iterable[str]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(norm(w).split()) for w in words)


def _phrase_table(table) -> dict[tuple[str, ...], str]:
    """A table of phrases (its keys, normalised and split into words) -> its values."""
    return {tuple(norm(k).split()): str(v) for k, v in table.items()}


def _ordered_acts(table) -> tuple[TokenPattern, ...]:
    """"COERCE censor: [block … access]" -> the pattern "block … access", its key
    {"type": "COERCE", "mode": "censor"}."""
    acts = []
    for event, phrases in table.items():
        kind, *mode = str(event).split()
        key = {"type": kind, **({"mode": mode[0]} if mode else {})}
        acts += [TokenPattern.parse(str(phrase), key, norm) for phrase in phrases]
    return tuple(acts)


@cache
def grammar(code: str) -> Grammar:
    """The compiled grammar of a language with data (`diplomap.lang.language`)."""
    lang = language(code)
    g, clitics = lang.grammar, lang.clitics
    words = {key: norm_set(g.words(key)) for key in (
        "prepositions", "between", "comitative", "locative", "indirect", "coordinators",
        "list_inclusion", "example_markers", "capital_words", "articles", "dual_anaphora",
        "relatives", "demonstratives", "since", "independence", "first", "stance_words",
        "support_phrases", "company_phrases", "attendance_phrases", "cofounding_phrases",
        "reciprocals", "open_reciprocals",
        "reciprocal_links", "modifier_participles", "alignment_participles", "backed_epithets",
        "increase_nouns", "help_stops", "place_participles",
        "modifier_markers", "person_titles", "name_particles", "naming_words", "group_adjectives",
        "body_nouns", "resident_groups", "descriptor_nouns", "apposition_articles",
        "nationality_nouns", "abroad_nouns", "age_words", "foreign_words", "foreign_offices",
        "claim_nouns",
        "affiliation_words", "affiliation_hedges", "member_nouns", "suspicion_words",
        "title_qualifiers",
        "instrument_nouns", "adjunct_conjunctions", "clause_conjunctions", "person_possessives",
        "accident_verbs", "hazard_nouns",
        "object_pronouns", "clitic_objects", "transfer_nouns", "destinations", "people_nouns",
        "role_nouns",
        "role_links", "topic_openers",
        "crowd_nouns", "crowd_events", "crowd_event_links", "force_members",
        "casualty_verbs", "casualty_links", "toll_nouns", "contest_words", "speech_verbs",
        "result_links",
        "event_noun_relatives", "refusal_links", "content_links", "medium_markers",
        "patient_nouns", "threat_conditions", "threat_markers", "target_conditions",
        "condition_words",
        "condition_not_after",
        "partitive_quantifiers", "partitive_skips", "participle_determiners",
        "participle_prepositions",
        "reduced_relative_links", "verdict_participles", "penalty_verbs", "perfect_auxiliaries",
        "determiners",
        "lowercase_modals", "possessive_pronouns", "possessive_suffixes",
        "direction_adjectives",
        "reason_markers", "charge_hedges", "beneficiary_markers", "intermediary_markers",
        "agency_nouns",
        "investigation_nouns", "investigation_links", "agreement_purpose_verbs",
        "cause_words", "fighter_nouns", "armed_organs", "vicinity", "venue_markers",
        "frontier_words", "hosted_gatherings", "gathering_openers", "gathering_hosts",
        "weapon_nouns", "manner_adverbials",
        "own_members", "framework_nouns", "framework_links", "document_nouns",
        "struck_nouns", "owner_links", "asset_nouns", "aid_site_goods", "aid_site_participles",
        "weapon_modifiers", "apposition_openers",
        "targeting_verbs",
        "continuing_words",
        "possibility_particles",
        "perfect_after_possibility", "pluperfect_auxiliaries", "town_nouns", "region_nouns",
        "passive_auxiliaries", "passive_light_verbs",
        "place_nouns", "spread_words", "seat_words",
        "seat_holders", "spokesperson_nouns", "spokesperson_links", "state_titles",
        "office_plurals",
        "person_pronouns", "subject_pronouns", "speaker_pronouns", "reference_not_before",
        "organ_modifiers", "organ_owner_markers", "genitive_links", "addressee_nouns",
        "follower_links", "addressee_verbs",
        "complementizers",
        "released_patients", "office_markers", "domestic_requests", "time_adjuncts",
        "spelled_letters", "fronting_openers", "holding_links",
        "polite_auxiliaries", "possessive_markers", "predicate_starts", "answer_verbs",
        "compliance_openers", "warrant_openers", "warrant_nouns", "where_relatives",
        "reaction_links", "range_ends", "talks_openers", "mediated_talks", "brokered_outcomes",
        "paired_meeting_nouns", "cessation_verbs",
        "prevention_verbs",
        "prevention_links", "permission_verbs", "declaring_verbs", "pledge_announcing",
        "easing_words",
        "lifting_words", "easing_links", "granting_verbs",
        "future_auxiliaries", "scheduled_modifiers", "scheduled_not_before",
        "reward_nouns", "attribute_cues", "aim_cues", "dated_nouns", "failure_verbs",
        "attribute_times", "date_prepositions", "offer_verbs", "offer_gap_words",
        "possibility_modifiers",
        "possibility_not_after")}
    focal = g.table("focal_pronouns")
    # a threat's condition is a condition: one list of openers, the threats' a part of it
    words["condition_words"] |= words["threat_conditions"]
    # a perfect verb that begins with a governing proclitic's letter: its lemma's past forms,
    # the listed irregular ones, and every casualty verb
    words["governing_lookalikes"] = norm_set(
        [form for lemma in g.words("governing_lookalikes") for form in past_forms(lemma, code)]
        + list(g.words("governing_lookalike_forms"))) | words["casualty_verbs"]
    return Grammar(
        code=code,
        **words,
        backing_participles=words["modifier_participles"] - words["alignment_participles"],
        pronoun_prepositions=tuple(norm(w) for w in g.words("pronoun_prepositions")),
        help_purposes=tuple(tuple(norm(w).split()) for w in g.words("help_purposes")),
        continuing_prefixes=tuple(norm(w) for w in g.words("continuing_prefixes")),
        agent_phrases=frozenset(_phrases(g.words("agent_phrases"))),
        source_phrases=frozenset(_phrases(g.words("source_phrases"))),
        distributive_phrases=frozenset(_phrases(g.words("distributive_phrases"))),
        counterpart_prefixes=tuple(norm(w) for w in g.words("counterpart_prefixes")),
        org_anaphora={norm(k): norm(v) if v else "" for k, v in
                      g.table("org_anaphora").items()},
        delegate_links={norm(k): norm_set(v) for k, v in g.table("delegate_links").items()},
        posting_links={norm(k): norm_set(v) for k, v in g.table("posting_links").items()},
        verbal_noun_object_links=tuple(norm(w) for w in g.words("verbal_noun_object_links")),
        organisation_nouns={norm(k): str(v) for k, v in g.table("organisation_nouns").items()},
        organisation_heads={norm(k): str(v) for k, v in g.table("organisation_heads").items()},
        organisation_tails={norm(k): str(v) for k, v in g.table("organisation_tails").items()},
        organisation_plurals={norm(k): str(v) for k, v in
                              g.table("organisation_plurals").items()},
        organisation_suffixes={norm(k): str(v) for k, v in
                               g.table("organisation_suffixes").items()},
        focal_pronouns={norm(w): governed == "governed" for governed, forms in focal.items()
                        for w in forms},
        meeting_reality={norm(k): str(v) for k, v in g.table("meeting_reality").items()},
        ordered_acts=_ordered_acts(g.table("ordered_acts")),
        conceded_acts=tuple(TokenPattern.parse(str(act), "CONCEDE", norm)
                            for act in g.words("conceded_acts")),
        unconceded_objects=frozenset(norm(str(w)) for w in g.words("unconceded_objects")),
        modifier_hedges={norm(k): str(v) for k, v in g.table("modifier_hedges").items()},
        title_anaphora=_phrase_table(g.table("title_anaphora")),
        description_anaphora=_phrase_table(g.table("description_anaphora")),
        plural_anaphora=_phrase_table(g.table("plural_anaphora")),
        state_styles={k: norm(v) for k, v in _phrase_table(g.table("state_styles")).items()},
        non_permanent=_phrases(g.words("non_permanent")),
        purpose_links=_phrases(g.words("purpose_links")),
        agreement_purpose_links=_phrases(g.words("agreement_purpose_links")),
        agreement_purpose_prefixes=tuple(norm(w) for w in g.words("agreement_purpose_prefixes")),
        anticipation_links=_phrases(g.words("anticipation_links")),
        reward_links=_phrases(g.words("reward_links")),
        stance_adverbials=tuple(TokenPattern.parse(str(p), None, norm)
                                for p in g.words("stance_adverbials")),
        effect_predicates=_phrases(g.words("effect_predicates")),
        effect_negations=_phrases(g.words("effect_negations")),
        future_stems=tuple(norm(w) for w in g.words("future_stems")),
        describing_prefixes=tuple(norm(w) for w in g.words("describing_prefixes")),
        describing_suffixes=tuple(norm(w) for w in g.words("describing_suffixes")),
        policy_nouns=tuple(norm(w) for w in g.words("policy_nouns")),
        policy_pursuits=tuple(norm(w) for w in g.words("policy_pursuits")),
        policy_contexts=tuple(norm(w) for w in g.words("policy_contexts")),
        hostile_lists=tuple(norm(w) for w in g.words("hostile_lists")),
        negative_epithets=norm_set(g.words("negative_epithets")),
        positive_epithets=norm_set(g.words("positive_epithets")),
        epithet_stops=norm_set(g.words("epithet_stops")),
        talk_nouns=norm_set(g.words("talk_nouns")),
        talk_praise_words=norm_set(g.words("talk_praise_words")),
        talk_praise_verbs=norm_set(g.words("talk_praise_verbs")),
        talk_praise_stops=norm_set(g.words("talk_praise_stops")),
        bare_organs=tuple(sorted(_phrases(g.words("bare_organs")), key=len, reverse=True)),
        aid_sites=tuple(sorted(_phrases(g.words("aid_sites")), key=len, reverse=True)),
        aid_site_operators=tuple(sorted(_phrases(g.words("aid_site_operators")), key=len,
                                        reverse=True)),
        aid_site_words=frozenset(p[-1] for p in _phrases(g.words("aid_sites"))),
        adjunct_prefixes=tuple(norm(w) for w in g.words("adjunct_prefixes")),
        calendar_names=norm_set(w for table in (lang.calendar.months, lang.calendar.weekdays)
                                for forms in table.values() for w in forms),
        indefinite_organs=norm_set(lang.organs.words("construct")) if lang.organs else frozenset(),
        adjunct_suffixes=tuple(norm(w) for w in g.words("adjunct_suffixes")),
        adverb_suffixes=tuple(norm(w) for w in g.words("adverb_suffixes")),
        resumptive_suffixes=tuple(norm(w) for w in g.words("resumptive_suffixes")),
        adjective_endings=tuple(norm_set(g.words("adjective_endings"))),
        possibility_prefixes=tuple(norm(w) for w in g.words("possibility_prefixes")),
        perfect_endings=tuple(norm(w) for w in g.words("perfect_endings")),
        feminine_prefixes=tuple(norm(w) for w in g.words("feminine_prefixes")),
        word_joiners=frozenset(g.words("word_joiners")),  # marks: normalising may drop one
        passive_marks=tuple(g.words("passive_marks")),  # a vowel: normalising drops it
        passive_marks_not_on=tuple(norm(w) for w in g.words("passive_marks_not_on")),
        passive_marks_on_third=tuple(norm(w) for w in g.words("passive_marks_on_third")),
        name_openings=tuple(g.words("name_openings")),  # a hamza: normalising drops it
        adjective_after_noun=g.flag("adjective_after_noun"),
        verb_first=g.flag("verb_first"),
        reason_names_charge=g.flag("reason_names_charge"),
        article=norm(clitics.article) if clitics.article else "",
        governing=tuple(norm(c) for c in clitics.governing),
        marking_clitics=norm_set(clitics.holding(clitics.prepositions)),
        article_clitics=tuple(sorted(norm_set(clitics.holding(clitics.governing, True)),
                                     key=lambda c: (-len(c), c))),
        possessives=tuple(norm(s) for s in clitics.possessives),
        particle_pronouns=tuple(norm(s) for s in clitics.particle_pronouns),
        future=tuple(norm(f) for f in clitics.future),
        readings=Readings(tuple(norm(c) for c in clitics.all)),
    )


MAX_READ_WORDS = 200_000  # past it the words `Readings` read are forgotten


class Readings:
    """A word's readings (`Grammar.readings`): the word itself and each reading with a
    proclitic removed (every reading is kept: "وقع" (signed) must not lose its و), longest
    proclitic first; read once per word and kept in a dict (compiled, a look-up costs less
    than an lru_cache's wrapper, and a sentence's words are looked up together)."""

    def __init__(self, proclitics: tuple[str, ...]) -> None:
        self.proclitics = proclitics
        self._known: dict[str, tuple[str, ...]] = {}

    def __call__(self, word: str) -> tuple[str, ...]:
        found = self._known.get(word)
        return found if found is not None else self._read(word)

    def of_words(self, words: list[str]) -> list[tuple[str, ...]]:
        """The readings of each of `words`, in order."""
        known = self._known
        readings = []
        for word in words:  # one look-up per word
            found = known.get(word)
            readings.append(found if found is not None else self._read(word))
        return readings

    def _read(self, word: str) -> tuple[str, ...]:
        if len(self._known) >= MAX_READ_WORDS:
            self._known.clear()
        found = [word]
        for prefix in self.proclitics:
            if word.startswith(prefix) and len(word) - len(prefix) >= 2:
                found.append(word[len(prefix):])
        readings = self._known[word] = tuple(dict.fromkeys(found))
        return readings
