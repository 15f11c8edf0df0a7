"""The predicate lexicon (lang/<code>/frames.yaml) compiled into pattern sets.

A frame's triggers are its `forms` (fixed phrases, in the token syntax of the matcher) and
the surface forms its `lemmas` expand to (`diplomap.extract.morphology`, once per load).
The passive forms of a frame's lemmas open a derived frame `<id>~passive` with
`voice="passive"`: its grammatical subject is the target, its source is introduced by one
of `agent_markers` ("by", "على يد") or absent.
"""

from __future__ import annotations

import hashlib
import os
import unicodedata
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache, partial
from importlib import metadata
from pathlib import Path
from typing import Any

import yaml

from diplomap.extract.morphology import expand_all
from diplomap.extract.patterns import GAP, PatternSet, TokenPattern
from diplomap.lang import language
from diplomap.ontology import DEFAULT_PATH as ONTOLOGY_PATH
from diplomap.ontology import ENV_VAR as ONTOLOGY_ENV
from diplomap.ontology import ontology
from diplomap.text.normalize import normalize


@dataclass(frozen=True)
class Frame:
    id: str
    fact: str | None
    event: dict | None
    negated_event: dict | None
    subject: frozenset[str]
    object: frozenset[str]
    symmetric: bool
    between: bool
    not_before: tuple[str, ...] = ()
    not_after: tuple[str, ...] = ()
    # `not_after` stops the match only for the very next word, with no punctuation mark
    # before it and no possessive mark on it ("protest leader X", not "protest leaders'
    # decision" nor "protest, leaders ... say")
    not_after_close: bool = False
    # words a gap of its patterns may not skip: the gap holds the noun's modifiers only, so a
    # preposition in it reaches past another head ("announced an end to the … agreement")
    gap_stops: tuple[str, ...] = ()
    # a gap of its patterns never holds or borders a punctuation mark (as with `gap_stops`):
    # "بعثات حفظ السلام التابعة للأمم المتحدة، بما في ذلك ..." is no one phrase
    gap_closed: bool = False
    # phrases that, a few words after a match (in its clause), make it another act: "sent
    # jets to Belarus for drills", "أرسلت طائرات حربية إلى سوريا لقصف المعارضة" send no aid
    purpose_stops: tuple[tuple[str, ...], ...] = ()
    # event nouns whose gapped forms ("ضربات … على") hold only the noun's adjectives: its
    # doer's right after the definite noun, or its kind (extractor._noun_gap_unread)
    noun_gaps: tuple[str, ...] = ()
    # what, after the requester's name, makes a request a press inquiry ("a request from X for
    # comment"): no request between states (extractor._inquiry)
    inquiry_after: tuple[tuple[str, ...], ...] = ()
    absorbs: frozenset[str] = frozenset()
    # frames whose trigger inside this one's is read beside it, not dropped as an overlap
    # ("clashes between police and protesters": the protest as well as the police's force);
    # "*": any frame's trigger that starts inside it, also one running on past its end
    reads_inside: frozenset[str] = frozenset()
    # trigger words that, capitalised beside another capitalised word, are a word of a proper
    # name ("the Allied Land Command", "the Global Alliance for ..."): no trigger there
    name_words: frozenset[str] = frozenset()
    # frames of the same act, more specific, whose trigger starting inside this one's takes
    # its place ("في ضربة جوية": the air strike, not the general strike of "في ضربه")
    yields_to: frozenset[str] = frozenset()
    unmarked_objects: bool = False  # the object is a direct object ("اقترحت X")
    owner_before: bool = False  # with a possessive suffix ("دعمها") the subject came before
    # the noun of an instrument ("treaty", "اتفاقية"): an organisation named right beside it
    # names whose instrument it is ("اتفاقية الأمم المتحدة لمكافحة الفساد"), no party
    instrument_noun: bool = False
    all_subjects: bool = False  # every subject-kind entity after it is a subject ("تضم ...")
    subject_marker: str = ""  # a preposition that marks the subject ("الرئاسة إلى الصين")
    # the trigger ends on the preposition of its giver ("with the support of X", "بدعم من
    # X"): the names right after it give, the first actors of its clause receive
    giver_follows: bool = False
    reach: int = 3  # how far after a verb-first trigger its subject may stand (words)
    # Argument frame of the event (issue 9's contract): prepositions that introduce the
    # target ("على", "ضد", "against"), words that introduce the source of a passive or
    # nominal form ("by", "على يد"), the voice of the forms, the kinds of source and target.
    target_markers: tuple[str, ...] = ()
    agent_markers: tuple[str, ...] = ()
    # proclitics that mark an event noun's doer only right after the noun and its adjectives
    # ("غارة جوية لقوات الدعم السريع"); further on they govern anything ("أهداف لحزب الله")
    noun_doer_proclitics: tuple[str, ...] = ()
    # words that open an act's circumstance in a mediation noun phrase whose state's
    # adjective is its broker ("with Chinese mediation", "إثر وساطة صينية")
    broker_openers: tuple[str, ...] = ()
    # prepositions of the place a traveller comes from, inside a gapped trigger ("توجه X من
    # بكين إلى Y"): a name they govern there is no place visited
    origin_markers: tuple[str, ...] = ()
    voice: str = "active"
    source_kinds: frozenset[str] = frozenset()
    target_kinds: frozenset[str] = frozenset()
    lemmas: tuple[str, ...] = ()  # the lemmas whose forms open this frame
    content: str = ""  # "planned": the triggers after it in its clause are what it promises
    # "X received Y": the object, the guest, is the event's source (the visitor), the host
    # its target (ONTOLOGY: CONSULT's visitor is the source)
    guest_is_source: bool = False
    # the guest is named as one: an official, or a name describing one of these nouns ("hosted
    # his Uzbek counterpart", "a US delegation"); the refugees, troops or bases a state hosts
    # are no guests (extractor._guest_named)
    guest_heads: tuple[str, ...] = ()
    # a guest stays, and visits no one, when one of these phrases follows the verb in its
    # clause ("has hosted X since 2012", "منذ"), unless right after a word of
    # `guest_stay_not_after` ("for the first time since 2019"); an ousted or exiled guest
    # (`guest_exiles`) is a refugee, no visitor (extractor._guest_named)
    guest_stays: tuple[tuple[str, ...], ...] = ()
    guest_stay_not_after: tuple[str, ...] = ()
    guest_exiles: frozenset[str] = frozenset()
    # the guest is the first name after the verb, with only `object_skips`, `guest_heads`
    # (titles) and names between, or the first after one of these phrases ("hosted a summit
    # attended by X")
    guest_after: tuple[tuple[str, ...], ...] = ()
    speaker_is_source: bool = False  # "X said that Y must ...": the speaker asks Y
    replies: bool = False  # with no object named, it answers the previous sentence's subject
    addressee_before: bool = False  # with no addressee named, the previous sentence's target
    foreign_event: dict | None = None  # the event when the target is another state
    # "talks between A and B" that no one is named to broker: the frame of the parties' own
    # act (its id), which states no mediation
    unbrokered: str = ""
    # a joint act that names fewer than two parties: the frame that reads it instead (its
    # id: "clashes between party members and the police" is the directed assault's)
    unpaired: str = ""
    # a directed frame whose own object kinds name no one, where a guest is named: the frame
    # that reads it instead (its id: "hosted his Uzbek counterpart" is a guest received, no
    # body hosted)
    guest_reading: str = ""
    # the guest reading comes before the frame's own: a guest welcomed is received, an act
    # welcomed is backed ("welcomed his Uzbek counterpart", "welcomed the decision")
    guest_first: bool = False
    # talks named alone ("talks", "محادثات"): read only as the background of the sentence's
    # act, after a talks opener ("reach an agreement at talks mediated by Z"), else no trigger
    # (extractor._adjunct_talks)
    background_only: bool = False
    # its trigger words (the first, ending the phrase) a guest may follow: "will host", not the
    # noun "host" ("TV host X")
    guest_verbs: tuple[tuple[str, ...], ...] = ()
    # a directed frame's symmetric twin, read when the directed reading names no pair but the
    # parties are its coordinated or dual subjects ("A and B met", "التقى وزيرا خارجية A وB")
    mutual: str = ""
    # a sum it ends on that a later trigger names ("pledged a $5 billion investment in X"):
    # the frame of the act that stays (its id), the later trigger stating the fact
    sum_named: str = ""
    # the fact of a name that a backing participle makes the backer of the name it describes
    # ("Rwandan-backed M23", grammar `modifier_participles` less `alignment_participles`):
    # no trigger words of its own
    backing: bool = False
    # the praise a party to talks gives them ("Lavrov called the conversation 'very useful'",
    # grammar `talk_nouns`, `talk_praise_words`, `talk_praise_verbs`): its support of the one
    # it met in the document's talks; no trigger words of its own
    talks_praise: bool = False
    # the meeting of the parties a compound names on a meeting noun ("US-Russian talks", "القمة
    # العربية الصينية", grammar `paired_meeting_nouns`): no trigger words of its own
    paired_meeting: bool = False
    # the fact of a site where aid is handed out that names who runs or funds it (grammar
    # `aid_sites`, `aid_site_operators`: "aid distribution sites run by X"): no trigger
    # words of its own
    aid_site: bool = False
    # the membership a state's description states ("Poland, a NATO member,", "Germany and
    # other NATO allies", "X العضو في Y"): no trigger words of its own; the words between the
    # state and the organisation (`member_gaps`, a leading "," asks for a comma right after
    # the state, else none may stand there), those of `member_gaps_before_noun` only with
    # a membership noun (`member_nouns`) right after the organisation
    described_member: bool = False
    member_gaps: tuple[tuple[str, ...], ...] = ()
    member_gaps_before_noun: tuple[tuple[str, ...], ...] = ()
    member_nouns: tuple[tuple[str, ...], ...] = ()
    # ... and the membership of the state that leads a body ("the Russian-led CSTO", "Y
    # التي تقودها X"): `leader_gaps`, the words between the organisation and the state named
    # after it; `leader_participles`, the participle joined to the state named before it
    leader_gaps: tuple[tuple[str, ...], ...] = ()
    leader_participles: frozenset[str] = frozenset()
    # the event when what it promises is force ("vowed to intensify strikes on X")
    hostile_event: dict | None = None
    # the event when what it promises is a retreat or a concession ("pledged to withdraw",
    # "pledged that the EU will lift the sanctions"): ONTOLOGY's CONCEDE, a promised retreat
    yielding_event: dict | None = None
    # the event when an easing word governs it ("a pause on tariffs on X", "an exemption from
    # sanctions"; grammar `easing_words`): the one who eased it concedes (CONCEDE) as well;
    # an ending word (`lifting_words`: "waived sanctions on X") leaves the concession alone
    eased_event: dict | None = None
    # the event when deaths before it are joined to it ("were killed in a raid", "قتل ... في
    # مداهمة": grammar `casualty_verbs`, `casualty_links`): a raid that kills is force
    casualty_event: dict | None = None
    # read only with the deaths a casualty link joins to it ("were killed in a military
    # operation"): alone it names no act ("a military operation", "the peace operation")
    casualties_only: bool = False
    # the event when what it takes is land, a place named as its object ("captured
    # Pokrovsk", "seized the town of Minova": force, PLOVER's ASSAULT), not people or goods
    # ("captured two soldiers", "seized a tanker": its own event)
    territory_event: dict | None = None
    # the event when what it leaves is an international body, an organisation named behind
    # one of its target markers ("Argentina's withdrawal from the WHO", "انسحاب الأرجنتين من
    # منظمة الصحة العالمية": a SANCTION, PLOVER's withdraw), not a place or a state
    # ("withdrawal of its forces from the DRC": its own event, a RETREAT)
    body_event: dict | None = None
    # the only prepositions that may mark a symmetric frame's partner ("a joint operation
    # with X", "between A and B", "مع"); a name behind any other ("joint airstrikes on X",
    # "عملية مشتركة ضد X", "in X") is whom or where the act is done, no partner
    partner_markers: tuple[str, ...] = ()
    # `body_event` is read only where none of these, what the trigger moves, stands in the
    # trigger after its first word or before its target marker ("withdraws its troops from
    # the AU mission", "سحبت بوروندي قواتها من"): troops pulled out leave no body
    moved_nouns: tuple[str, ...] = ()
    # a trigger of leaving that states an act only where what it leaves is an international
    # body, the first name after it ("left the EU", "خروجها من الاتحاد"): leaving a country, a
    # state's market or a region ("to leave the country", "leaving the Russian market",
    # "خروجها من السوق الروسية") withdraws from no body, and is no act of this frame
    body_only: bool = False
    # nouns right before or after the organisation left, or opening its name, that make it
    # the owner of what is left ("from the UN mission in Lebanon", "from the African Union
    # summit", "من بعثة الاتحاد الأفريقي"): no body left
    body_not_heads: tuple[str, ...] = ()
    # read only when what it takes is land ("took Al-Kamlin"; "took part", "liberated the
    # hostages" name none)
    territory_only: bool = False
    fact_modality: str = ""  # "planned": an actual trigger states its fact as promised only
    # as `fact_modality` for the event: "negated": the trigger states its act as not done
    # ("failed to reach an agreement with X", "أخفق في التوصل إلى اتفاق مع X"; ONTOLOGY: a
    # negated event keeps its type with `modality: negated`, an explicit refusal alone is a
    # REJECT): an actual reading is the act with this modality; a reading that is not actual
    # ("are expected to fail to reach", "could fail to reach") states no act
    event_modality: str = ""
    # "did not sign any agreement with X": the fact is stated only where a negation governs
    # the trigger ("rejects any deal with X", "as part of any agreement" state nothing)
    negated_only: bool = False
    # the fact the act would end, which stands while it is negated, planned or hypothetical
    # ("did not suspend its treaty with X": the treaty stands)
    standing_fact: str | None = None
    # "the AU suspended Madagascar's membership": the verb's object is the fact's subject
    object_is_subject: bool = False
    # "the NATO summit in The Hague": the organisation whose event it names stands right
    # before the trigger (only these words, or a number such as a year, between), and the
    # name its target marker governs is after it ("Trump attends a summit in X": not Trump)
    owner_adjacent: bool = False
    owner_skips: tuple[str, ...] = ()
    # "X attended the SCO summit in Astana": who attends a body's meeting that a state hosts
    # meets the host state, not the body (extractor._summit_hosts)
    meets_host: bool = False
    # "X will lift the sanctions": a concession announced for the future is itself the
    # concession (ONTOLOGY: CONCEDE is also a promised retreat), so the future tense keeps it
    # actual
    future_is_act: bool = False
    # "قال X إن على Y أن ...": a trigger that ends on a bare preposition needs the one it
    # obliges named right after it ("إن على الحدود قوات" obliges no one)
    actor_follows: bool = False
    # "أُدينت X عام 2008" (was convicted), "استُدعيت فرق الإطفاء" (were called out): with no
    # agent named, the passive of a stance taken towards others is no state's domestic act
    agentless_domestic: bool = True
    # `never_domestic: true`: never done to the doer's own state, whatever the ontology says
    # of its type ("evacuation orders" prompted by a fire protect the state's own people: with
    # no other target named, no event; an order to evacuate a foreign place stays coercion);
    # it blocks only the implied own-state pair (extractor `_directed`)
    never_domestic: bool = False
    # `always_domestic: true`: with no other target named, done to the doer's own state
    # whatever the ontology says of its type (a state's honour goes to one of its own people:
    # "was awarded the Legion of Honour", though praise in general is domestic only addressed)
    always_domestic: bool = False
    # `sides_only: true`: its doer is a side (a state's organs or forces, a group), never a
    # person a nationality adjective names ("a French suspect surrendered to the police",
    # "the former Philippine president surrendered to the court"): none such, no event
    sides_only: bool = False
    # the object is only a name after one of its target markers, never a bare name after it
    # ("Lukoil's refinery in X ... U.S. sanctions": not the US)
    marked_objects: bool = False
    # the object may be a company named after the trigger, standing for the state it
    # belongs to ("acquisition of American company X": an investment in the US)
    company_object: bool = False
    # a noun whose doer is its owner ("its / X's acquisition", "استحواذها", "استحواذ X على")
    # or its agent ("by X", `agent_markers`), never the subject of the verb that governs it
    # ("Japan blocked the acquisition of ...": a third party)
    owned_noun: bool = False
    # a fact whose object is named as itself: after the trigger only names, `object_skips`
    # (articles, determiners) and the nouns of `object_heads` stand before it, and an
    # adjective object describes one of those nouns ("recognized a Palestinian state", not
    # "did not recognize any Taiwanese official", "recognized the deportation of X")
    object_heads: tuple[str, ...] = ()
    object_skips: tuple[str, ...] = ()
    # "It chaired the AU and hosted the COP27 climate summit", "hosts the Incirlik air base":
    # a noun phrase right after the verb that names no body (past `object_skips` and
    # `object_heads`) is its own object, so no name before it is, nor one in a clause
    # further on; with it, `object_heads` no longer drives `_object_named`
    # (extractor._own_object)
    own_object: bool = False
    # "joined demonstrators on the avenue", "joined the US and the EU in backing X": the
    # verb's own object (past a verb-first subject and `object_skips`) is a noun of people or
    # a state's name: the doer joins their company, no body (extractor._joins_company)
    joins_company: bool = False
    # "Y, whose secretariat it hosts", "Y التي تحتضن مقرها": a relative clause (opened by a
    # word of `seat_relatives`) naming a body's seat (`seat_nouns`, in Arabic with the
    # resumptive possessive) has the name before it for object (extractor._seat_owner)
    seat_relatives: tuple[str, ...] = ()
    seat_nouns: tuple[str, ...] = ()
    # a trigger that bounds no reading of the one after it: that one reads the names inside
    # it too ("التي تتخذ من سنغافورة مقرا لها وتملك X حصة فيها": a stake in the Singaporean)
    transparent: bool = False
    # trigger words (its first) for which the document's focal state is no subject of the
    # fact: "the members of the Security Council asked ...", "أعضاء المجلس" name no member
    focal_not_for: tuple[str, ...] = ()
    # what, right before such a trigger word, names its subject after all: a pronoun or a
    # verb that carries it before "من" ("وهي من الدول الأعضاء", "وتعد من الدول الأعضاء")
    focal_named_by: tuple[tuple[str, ...], ...] = ()
    # what, right after such a trigger, is a place the guessed subject may be: "NATO is based
    # in the capital", "تعقد في العاصمة" (the host after "in" named by a place noun)
    focal_place_after: tuple[tuple[str, ...], ...] = ()
    # "، في صفقة تبلغ قيمتها ...": a phrase that qualifies the sentence before it; opening a
    # clause of its own after a comma, its parties are the ones named before it in its sentence
    adjunct: bool = False
    # "X accuses Y of shelling a town on the border": the bare definite noun, no state of its
    # own beside it, lies between the subject and the object of its sentence's act
    between_actors: bool = False
    # "talks with Y failed, while the ceasefire holds": an act two sides hold together whose
    # sides, named nowhere beside it, are the pair of the nearest two-party act of its
    # sentence, else of the sentence before (strategy `nearest_pair`)
    two_sided: bool = False
    # "X says Y violated the ceasefire": read only as the content of what a speaker says,
    # where it is the speaker's act towards its subject (with `speaker_is_source`); alone
    # ("Y violated the ceasefire") it names no act of the frame's type
    speech_only: bool = False
    # "a verdict his lawyers plan to appeal": what it rejects is a decision of its own state's
    # court, so it is an act within the state though no organ is named as its doer
    court_target: bool = False
    # "bans X for three years, citing a security threat": its object is the target of the
    # act before it in its sentence (the grounds an act states are held against its target)
    act_target: bool = False
    # "defended the fair distribution of vaccines": the object is named after the trigger,
    # never a state named before it (what is defended may be a cause, not an actor)
    objects_after: bool = False
    # "defended its strikes on X", "دافعت عن ضرباتها على X": the object heads the phrase
    # after the trigger; a name behind a preposition other than its target markers is in
    # what is defended, not the one defended
    head_object: bool = False
    # the trigger names an agreement (a noun): named as known ("the 1960 treaty between X
    # and Y") it reports no act, so the lede's publication day is not its date
    mention: bool = False
    # a warning is a threat only when it warns of force or of what is still to come ("warned
    # that X would pay", "warned of retaliation"); a warning of floods, of a danger, or that a
    # plan breaks the law threatens no one
    warning: bool = False
    # "added X to its grey list": a listing is a sanction (or a delisting a concession) only
    # when the list marks X as failing or hostile (grammar `hostile_lists`), not "its list of
    # trusted partners" or "the World Heritage list"
    hostile_list: bool = False
    # "called X a 'dictator'", "وصف X بأنه ...": an epithet said of X is a stance only when
    # one of the grammar's epithets follows it: a negative one (`negative_epithets`) is its
    # event, a positive one (`positive_epithets`) `praise_event`; one of no known polarity,
    # none
    epithet: bool = False
    praise_event: dict | None = None
    # words right before / after the trigger that make it a danger posed, no act ("an imminent
    # threat of an attack", "تشكل تهديدا"): no event, and what it names stays hypothetical
    danger_before: tuple[str, ...] = ()
    danger_after: tuple[str, ...] = ()
    # "approved $3 billion of investment in X": a sum of money right before it is what it
    # names, so the verb's trigger that ends on the sum ("approve … billion") yields to it
    names_sum: bool = False
    # "rejected a request from X": named with who made it, it was made, though what a
    # rejection or acceptance governs is otherwise no act; X asks the clause's subject
    made_as_content: bool = False
    # "drew condemnation from X", "قوبل الهجوم بإدانة من X": a reaction named by whom it came
    # from, after a word of the grammar's `reaction_links`, answers the act before it
    reaction: bool = False
    # "opened fire on protesters": done to the state's own people only when a noun of people
    # follows it (grammar `people_nouns`); "a man opens fire outside parliament", "fired on a
    # vehicle" name none of its people, so with no other target it is no domestic act
    people_after: bool = False
    # "freed 20 prisoners": done to people only when a noun of people names its patient
    # (grammar `released_patients`, people nouns); data, reports and statements are
    # released too ("data released by the Navy")
    people_patient: bool = False
    # the freed are named in the trigger's object right after it (a noun of people or a
    # name: "released 20 prisoners", "freed Italian journalist X"); "released a video
    # showing a hostage" frees no one (extractor._frees_named)
    patient_after: bool = False
    # the verbal noun's genitive is the one it is done to, never its doer ("تسليم مواطن
    # أوكراني إلى ألمانيا": the Ukrainian is extradited, not extraditing)
    genitive_patient: bool = False
    # a punishment whose charge names the state the punished served ("executes a man
    # convicted of spying for X"): that state is accused, as by an arrest or a conviction
    # (extractor._read_charge)
    punishment: bool = False
    # "ordered the evacuation of its embassy", "أمرت بإخلاء سفارتها": with the subject's own
    # (a possessive, grammar `possessive_pronouns`, `possessive_suffixes`) right after it, it
    # is no act on others (the noun's own frame reads it)
    not_own: bool = False
    # "تبادل A وB الاتهامات", "A and B traded accusations": a symmetric frame whose act
    # each side does to the other (a directed type): the pair both ways
    reciprocal: bool = False
    # "لقاء جمع منتخب مصر بمنتخب المغرب": a symmetric meeting in a clause with a word of a
    # sports contest (grammar `contest_words`) is a match between the parties' teams, no
    # meeting (as a directed meeting's joint reading, extractor._mutual)
    contest_is_match: bool = False
    # "Norway reports that Russia violated its airspace", "أفادت النرويج بأن روسيا انتهكت
    # مجالها الجوي": a possessive inside the trigger ("its", "ـها") names the state named
    # before its subject (the one reporting it), never the subject itself
    possessor_before: bool = False
    # "ordered the Pentagon to send troops to X": the object is named inside the trigger,
    # between its first word and its last ("ordered Y to"); a name after it is in what is
    # ordered, never the one ordered
    object_in_trigger: bool = False
    # a charge that accuses only as the charge of a punishment its own clause's subject
    # inflicts ("arrested X on espionage charges"), never of an acquittal ("cleared X on
    # espionage charges") nor of another's act the subject speaks of ("protested the arrest
    # of X on espionage charges")
    punishment_charge: bool = False
    # an order typed by what it orders (grammar `ordered_acts`: "orders X to block ...",
    # "أمرت X بحجب ..."): where that act's word stands, "after" the trigger or its "last" word
    ordered_act: str = ""
    # "protesters clash with police", "اشتباكات بين الشرطة والمحتجين": the doer is the organ
    # the trigger itself names (its state: the one the text is about), never an unnamed one
    doer_in_trigger: bool = False
    # "protesters are killed and policemen injured during clashes in Douala": a bare clash is
    # the force's on the crowd only where a member of a state's force is named in its
    # sentence (grammar `force_members`); "killed during clashes in Lima as protesters
    # demand ..." names no force
    force_named: bool = False
    # "votes to impeach", "عزل البرلمان الرئيس من السلطة": a state acts only on its own
    # officials; a named state acting on another's ("the US wants to remove Maduro from
    # power") is no such act (the opposite of `domestic: false`)
    own_state_only: bool = False
    # "Chile dismisses the government of Peru as illegitimate": where `own_state_only` finds
    # another state's official, the frame (its id) that reads the trigger's first word
    # instead (the bare "dismiss" of a claim rejected); none: no event
    foreign_reading: str = ""
    # "dismisses the minister's remarks", "dismisses government critics": the trigger's last
    # word heads its phrase only where a name, a punctuation mark or one of these words
    # follows it; a possessive or another word makes it the owner or a modifier of what the
    # verb governs, and the form is not read (extractor._head_modifies)
    head_followers: tuple[str, ...] = ()
    # "allowed Israeli airlines to enter its airspace": not read where a permission verb
    # (grammar `permission_verbs`) governs it through "to"; "attempted to enter" is read
    not_permitted: bool = False

    def __reduce__(self) -> tuple[type[Frame], tuple[Any, ...]]:
        # unpickled through __init__: compiled, a frozen class cannot be set field by field
        return Frame, tuple(getattr(self, f.name) for f in fields(Frame))


def _no_patterns() -> PatternSet:
    """An empty pattern set (the default of the optional ones)."""
    return PatternSet([])


@dataclass
class FrameLexicon:
    frames: PatternSet
    policy: PatternSet
    levels: PatternSet
    aid_kinds: PatternSet
    sectors: PatternSet
    modality: PatternSet
    contexts: PatternSet
    focal_anaphora: frozenset[str]
    level_order: list[str] = field(default_factory=list)
    by_id: dict[str, Frame] = field(default_factory=dict)  # every frame, `~passive` ones too
    # first tokens that only ever stand for a finite verb ("طالب*": "demanded"), never for a
    # noun of any frame: such a token does not read a word with the article ("الطالب")
    finite: frozenset[str] = frozenset()
    # first tokens that only ever stand for a first-person imperfect ("نطالب*", "احث*"),
    # never for another form of any frame: the verb's subject is its speaker
    first_person: frozenset[str] = frozenset()
    # frame id -> (predicate, first-word tokens): the fact a trigger of an event frame also
    # states when two named parties are its coordinated subjects ("A and B agreed to ...")
    joint_facts: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)
    # what two parties agree to that is only talk ("agreed to negotiate", "على مواصلة
    # الحوار"), settling a dispute still open, or resuming or putting off an act ("agree to
    # resume direct flights", "على تأجيل"; not what `acts_kept` names, keyed "kept"), its
    # marker first: no joint fact, no agreement between them yet (built by `_joint_talks`)
    joint_talks: PatternSet = field(default_factory=_no_patterns)
    # the words besides names and adverbs that may stand between the agreeing trigger and
    # that phrase ("both", "الجانبان")
    talks_between: frozenset[str] = frozenset()
    # phrases in which a policy cue names no policy ("carbon-neutral", "الحياد الكربوني")
    policy_not: PatternSet = field(default_factory=_no_patterns)
    # principle -> phrases with other senses too ("neutral"): a principle only in a sentence
    # that speaks of policy
    policy_in_context: PatternSet = field(default_factory=_no_patterns)

    def __reduce__(self) -> tuple[type[FrameLexicon], tuple[object, ...]]:
        # pickled (the on-disk cache, `load_frames`) as its fields, unpickled through
        # __init__: a compiled class is not rebuilt by pickle's default `cls.__new__`
        return FrameLexicon, tuple(getattr(self, f.name) for f in fields(FrameLexicon))

    def __post_init__(self) -> None:
        # the frame of a name that backs the one it describes ("Rwandan-backed M23"), found
        # once (every sentence asks for it)
        self.backing: Frame | None = next((f for f in self.by_id.values() if f.backing), None)
        self.talks_praise: Frame | None = next(
            (f for f in self.by_id.values() if f.talks_praise), None)
        self.aid_site: Frame | None = next((f for f in self.by_id.values() if f.aid_site),
                                           None)
        self.paired_meeting: Frame | None = next(
            (f for f in self.by_id.values() if f.paired_meeting), None)
        self.described_member: Frame | None = next(
            (f for f in self.by_id.values() if f.described_member), None)


@lru_cache(maxsize=65536)
def _norm(word: str) -> str:
    return normalize(word).text



def _kinds(names: list[str]) -> frozenset[str]:
    onto = ontology()
    return frozenset(k for name in names for k in onto.slot(name))


def _pattern_set(groups: dict[str, list[str]]) -> PatternSet:
    return PatternSet([TokenPattern.parse(form, key, _norm)
                       for key, forms in groups.items() for form in forms])


def _joint_talks(spec: dict, frames: list[dict]) -> PatternSet:
    """The phrases of only talk (a marker, then a talk verb, or a verb that begins, goes on
    with or holds talks and a talk noun a possessive or two words on), of settling a
    dispute (a marker, a settling verb and a dispute noun) and of resuming or putting off an
    act (a marker and a verb of `act_changes`) of the data `joint_talks`; and, keyed "kept",
    the longer phrases in which that verb resumes or puts off what the frames of
    `acts_kept` name (relations, a truce: "agreed to resume diplomatic relations" is an
    agreement): the objects (`then`) of their lemmas, their noun lemmas and their forms."""
    markers = [str(m) for m in spec.get("markers", [])]
    talks = [f"{m} {v}" for m in markers for v in spec.get("talk_verbs", [])]
    talks += [f"{m} {v} … {n}" for m in markers for v in spec.get("talk_starts", [])
              for n in spec.get("talk_nouns", [])]
    settling = [f"{m} {v} … {n}" for m in markers for v in spec.get("settle_verbs", [])
                for n in spec.get("disputes", [])]
    changes = [f"{m} {v}" for m in markers for v in spec.get("act_changes", [])]
    named = set(spec.get("acts_kept", []))
    objects: list[str] = []
    for entry in frames:
        if entry.get("id") not in named:
            continue
        for lemma in entry.get("lemmas", []):
            if lemma.get("then"):
                objects.append(str(lemma["then"]).removeprefix(f"{GAP} "))
            elif lemma.get("pos") == "noun":
                objects.append(str(lemma["lemma"]))
        objects += [str(form) for form in entry.get("forms", [])]
    kept = [f"{c} {GAP} {o}" for c in changes for o in dict.fromkeys(objects)]
    return _pattern_set({"talks": talks, "settling": settling, "changes": changes,
                         "kept": kept})


def _markers(words: list[str]) -> tuple[str, ...]:
    return tuple(_norm(w) for w in words)


def _phrases(phrases: list[str]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(_norm(w) for w in str(phrase).split()) for phrase in phrases)


def _gap_phrases(phrases: list[str]) -> tuple[tuple[str, ...], ...]:
    """Phrases whose leading comma (of any script: "," or the Arabic one) stays a word of its
    own, "," (a comma asked for)."""
    return tuple(_gap_phrase(str(phrase).strip()) for phrase in phrases)


def _gap_phrase(phrase: str) -> tuple[str, ...]:
    comma = phrase[:1] and unicodedata.name(phrase[0], "").endswith("COMMA")
    words = tuple(_norm(w) for w in (phrase[1:] if comma else phrase).split())
    return (",", *words) if comma else words


# the stops a lemma entry may hold for its own forms
LEMMA_STOPS = ("not_before", "not_after", "not_after_close", "gap_stops", "purpose_stops")


def _own_stops(entry: dict, frame: Frame) -> list[tuple[Frame, dict]]:
    """The entry with its plain lemmas, then each lemma with stops of its own
    (`LEMMA_STOPS`) as an entry of a twin of `frame` (same id) with those stops added:
    "sent drones into X" is no aid, "sent aid into X" is; "a ship carrying arms" no
    state's transfer."""
    lemmas = entry.get("lemmas", [])
    own = [x for x in lemmas if not set(LEMMA_STOPS).isdisjoint(x)]
    if not own:
        return [(frame, entry)]
    parts = [(frame, {**entry, "lemmas": [x for x in lemmas if x not in own]})]
    for lemma in own:
        twin = replace(
            frame, not_before=frame.not_before + _markers(lemma.get("not_before", [])),
            not_after=frame.not_after + _markers(lemma.get("not_after", [])),
            not_after_close=frame.not_after_close or bool(lemma.get("not_after_close")),
            gap_stops=frame.gap_stops + _markers(lemma.get("gap_stops", [])),
            purpose_stops=frame.purpose_stops + _phrases(lemma.get("purpose_stops", [])))
        plain = {k: v for k, v in lemma.items() if k not in LEMMA_STOPS}
        parts.append((twin, {"id": entry["id"], "lemmas": [plain]}))
    return parts


def _frame(entry: dict) -> Frame:
    subject = _kinds(entry.get("subject", ["state"]))
    obj = _kinds(entry.get("object", ["state"]))
    return Frame(
        id=entry["id"], fact=entry.get("fact"), event=entry.get("event"),
        negated_event=entry.get("negated_event"),
        subject=subject,
        object=obj,
        symmetric=entry.get("direction") == "symmetric", between=bool(entry.get("between")),
        not_before=tuple(_norm(w) for w in entry.get("not_before", [])),
        not_after=tuple(_norm(w) for w in entry.get("not_after", [])),
        gap_stops=tuple(_norm(w) for w in entry.get("gap_stops", [])),
        gap_closed=bool(entry.get("gap_closed")),
        purpose_stops=_phrases(entry.get("purpose_stops", [])),
        noun_gaps=tuple(_norm(w) for w in entry.get("noun_gaps", [])),
        inquiry_after=tuple(tuple(_norm(w) for w in phrase.split())
                            for phrase in entry.get("inquiry_after", [])),
        absorbs=frozenset(entry.get("absorbs", [])),
        reads_inside=frozenset(entry.get("reads_inside", [])),
        name_words=frozenset(_norm(w) for w in entry.get("name_words", [])),
        yields_to=frozenset(entry.get("yields_to", [])),
        unmarked_objects=bool(entry.get("unmarked_objects")),
        owner_before=bool(entry.get("owner_before")),
        instrument_noun=bool(entry.get("instrument_noun")),
        all_subjects=bool(entry.get("all_subjects")),
        giver_follows=bool(entry.get("giver_follows")),
        subject_marker=_norm(entry.get("subject_marker", "")) if entry.get("subject_marker")
        else "",
        reach=int(entry.get("reach", 3)),
        target_markers=_markers(entry.get("target_markers", [])),
        agent_markers=_markers(entry.get("agent_markers", [])),
        noun_doer_proclitics=_markers(entry.get("noun_doer_proclitics", [])),
        broker_openers=_markers(entry.get("broker_openers", [])),
        origin_markers=_markers(entry.get("origin_markers", [])),
        voice=str(entry.get("voice", "active")),
        source_kinds=_kinds(entry["source"]) if entry.get("source") else subject,
        target_kinds=_kinds(entry["target"]) if entry.get("target") else obj,
        lemmas=tuple(str(x["lemma"]) for x in entry.get("lemmas", [])),
        content=str(entry.get("content", "")),
        guest_is_source=bool(entry.get("guest_is_source")),
        speaker_is_source=bool(entry.get("speaker_is_source")),
        replies=bool(entry.get("replies")),
        addressee_before=bool(entry.get("addressee_before")),
        foreign_event=entry.get("foreign_event"),
        unbrokered=str(entry.get("unbrokered", "")),
        unpaired=str(entry.get("unpaired", "")),
        guest_reading=str(entry.get("guest_reading", "")),
        guest_first=bool(entry.get("guest_first")),
        background_only=bool(entry.get("background_only")),
        guest_verbs=_phrases(entry.get("guest_verbs", [])),
        mutual=str(entry.get("mutual", "")),
        sum_named=str(entry.get("sum_named", "")),
        backing=bool(entry.get("backing")),
        talks_praise=bool(entry.get("talks_praise")),
        paired_meeting=bool(entry.get("paired_meeting")),
        aid_site=bool(entry.get("aid_site")),
        described_member=bool(entry.get("described_member")),
        member_gaps=_gap_phrases(entry.get("member_gaps", [])),
        member_gaps_before_noun=_gap_phrases(entry.get("member_gaps_before_noun", [])),
        member_nouns=_phrases(entry.get("member_nouns", [])),
        leader_gaps=_gap_phrases(entry.get("leader_gaps", [])),
        leader_participles=frozenset(_norm(w) for w in entry.get("leader_participles", [])),
        hostile_event=entry.get("hostile_event"),
        yielding_event=entry.get("yielding_event"),
        eased_event=entry.get("eased_event"),
        casualty_event=entry.get("casualty_event"),
        casualties_only=bool(entry.get("casualties_only")),
        territory_event=entry.get("territory_event"),
        body_event=entry.get("body_event"),
        partner_markers=_markers(entry.get("partner_markers", [])),
        moved_nouns=tuple(_norm(w) for w in entry.get("moved_nouns", [])),
        body_only=bool(entry.get("body_only")),
        body_not_heads=tuple(_norm(w) for w in entry.get("body_not_heads", [])),
        territory_only=bool(entry.get("territory_only")),
        fact_modality=str(entry.get("fact_modality", "")),
        event_modality=str(entry.get("event_modality", "")),
        negated_only=bool(entry.get("negated_only")),
        standing_fact=entry.get("standing_fact"),
        object_is_subject=bool(entry.get("object_is_subject")),
        owner_adjacent=bool(entry.get("owner_adjacent")),
        owner_skips=tuple(_norm(w) for w in entry.get("owner_skips", [])),
        meets_host=bool(entry.get("meets_host")),
        future_is_act=bool(entry.get("future_is_act")),
        actor_follows=bool(entry.get("actor_follows")),
        agentless_domestic=bool(entry.get("agentless_domestic", True)),
        never_domestic=bool(entry.get("never_domestic", False)),
        always_domestic=bool(entry.get("always_domestic", False)),
        sides_only=bool(entry.get("sides_only", False)),
        people_after=bool(entry.get("people_after", False)),
        people_patient=bool(entry.get("people_patient")),
        patient_after=bool(entry.get("patient_after")),
        genitive_patient=bool(entry.get("genitive_patient")),
        punishment=bool(entry.get("punishment")),
        not_own=bool(entry.get("not_own", False)),
        possessor_before=bool(entry.get("possessor_before")),
        object_in_trigger=bool(entry.get("object_in_trigger")),
        punishment_charge=bool(entry.get("punishment_charge")),
        ordered_act=str(entry.get("ordered_act", "")),
        doer_in_trigger=bool(entry.get("doer_in_trigger")),
        force_named=bool(entry.get("force_named")),
        own_state_only=bool(entry.get("own_state_only")),
        foreign_reading=str(entry.get("foreign_reading", "")),
        head_followers=tuple(_norm(w) for w in entry.get("head_followers", [])),
        not_permitted=bool(entry.get("not_permitted")),
        marked_objects=bool(entry.get("marked_objects")),
        company_object=bool(entry.get("company_object")),
        owned_noun=bool(entry.get("owned_noun")),
        object_heads=tuple(_norm(w) for w in entry.get("object_heads", [])),
        guest_heads=_markers(entry.get("guest_heads", [])),
        guest_stays=_phrases(entry.get("guest_stays", [])),
        guest_stay_not_after=_markers(entry.get("guest_stay_not_after", [])),
        guest_exiles=frozenset(_markers(entry.get("guest_exiles", []))),
        guest_after=_phrases(entry.get("guest_after", [])),
        object_skips=tuple(_norm(w) for w in entry.get("object_skips", [])),
        own_object=bool(entry.get("own_object")),
        joins_company=bool(entry.get("joins_company")),
        seat_relatives=_markers(entry.get("seat_relatives", [])),
        seat_nouns=_markers(entry.get("seat_nouns", [])),
        transparent=bool(entry.get("transparent")),
        focal_not_for=tuple(_norm(w) for w in entry.get("focal_not_for", [])),
        focal_named_by=tuple(tuple(_norm(w) for w in phrase.split())
                             for phrase in entry.get("focal_named_by", [])),
        focal_place_after=tuple(tuple(_norm(w) for w in phrase.split())
                                for phrase in entry.get("focal_place_after", [])),
        adjunct=bool(entry.get("adjunct")),
        between_actors=bool(entry.get("between_actors")),
        two_sided=bool(entry.get("two_sided")),
        reciprocal=bool(entry.get("reciprocal")),
        contest_is_match=bool(entry.get("contest_is_match")),
        speech_only=bool(entry.get("speech_only")),
        court_target=bool(entry.get("court_target")),
        act_target=bool(entry.get("act_target")),
        objects_after=bool(entry.get("objects_after")),
        head_object=bool(entry.get("head_object")),
        mention=bool(entry.get("mention")),
        warning=bool(entry.get("warning")),
        hostile_list=bool(entry.get("hostile_list")),
        epithet=bool(entry.get("epithet")),
        praise_event=entry.get("praise_event"),
        danger_before=tuple(_norm(w) for w in entry.get("danger_before", [])),
        danger_after=tuple(_norm(w) for w in entry.get("danger_after", [])),
        names_sum=bool(entry.get("names_sum")),
        made_as_content=bool(entry.get("made_as_content")),
        reaction=bool(entry.get("reaction")),
    )


def _passive(frame: Frame) -> Frame:
    """The frame of a lemma's passive forms: same event, subject and object swapped in
    the grammar's reading (the grammatical subject is the target)."""
    return replace(frame, id=f"{frame.id}~passive", voice="passive")


def passive_frame(lexicon: FrameLexicon, frame: Frame) -> Frame:
    """The passive twin of an active frame (its `~passive` frame, or one made like it)."""
    return lexicon.by_id.get(f"{frame.id}~passive") or _passive(frame)


def frame_forms(entry: dict, lang: str) -> tuple[list[str], list[str]]:
    """(active, passive) trigger forms of a frames.yaml entry: its `forms` and the forms
    its `lemmas` expand to."""
    active, passive, _, _ = _frame_forms(entry, lang)
    return active, passive


def _frame_forms(entry: dict, lang: str
                 ) -> tuple[list[str], list[str], list[str], list[str]]:
    """(active, passive, finite verb, first-person verb) forms of a frames.yaml entry."""
    fixed = list(entry.get("forms", []))
    lemmas = entry.get("lemmas", [])
    if not lemmas:
        return fixed, list(entry.get("passive_forms", [])), [], []
    made = expand_all(lemmas, lang)
    active = list(dict.fromkeys([*fixed, *made.active]))
    listed = set(active)  # a set: a list's `in` made this quadratic in a frame's forms
    passive = [f for f in dict.fromkeys([*entry.get("passive_forms", []), *made.passive])
               if f not in listed]
    return active, passive, list(made.finite), list(made.first_person)


def _tokens(form: str, parsed: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """`TokenPattern.parse(form, ...).tokens`, parsed once per form (`parsed`: the forms
    parsed so far, and their tokens)."""
    tokens = parsed.get(form)
    if tokens is None:
        tokens = TokenPattern.parse(form, None, _norm).tokens
        parsed[form] = tokens
    return tokens


def _first_token(form: str, parsed: dict[str, tuple[str, ...]]) -> str:
    """The first of `_tokens(form, parsed)`."""
    return _tokens(form, parsed)[0]


def parse_frames(data: dict, source: str, lang: str = "ar") -> FrameLexicon:
    try:
        patterns: list[TokenPattern] = []
        seen: set[tuple[str, ...]] = set()
        by_id: dict[str, Frame] = {}
        verbs: set[str] = set()
        nominal: set[str] = set()
        first_person: set[str] = set()
        other_persons: set[str] = set()
        # each form's tokens, parsed once: a form is read for its first token (up to three
        # times) and for its pattern
        parsed: dict[str, tuple[str, ...]] = {}
        for whole in data["frames"]:  # a form listed twice stays the earlier frame's
            base = _frame(whole)
            if base.id in by_id:
                raise ValueError(f"frame id {base.id!r} used twice")
            for frame, entry in _own_stops(whole, base):
                active, passive, finite, firsts = _frame_forms(entry, lang)
                verbs.update(_first_token(f, parsed) for f in finite)
                first_person.update(_first_token(f, parsed) for f in firsts)
                # sets: `in` on lists was quadratic
                first_forms, finite_forms = set(firsts), set(finite)
                other_persons.update(_first_token(f, parsed) for f in [*active, *passive]
                                     if f not in first_forms)
                fixed = set(entry.get("forms", []))  # written out: a verb or a noun, unknown
                nominal.update(_first_token(f, parsed) for f in [*active, *passive]
                               if f not in finite_forms and f not in fixed)
                groups = [(frame, active)]
                if passive:
                    groups.append((_passive(frame), passive))
                if frame is base:  # a twin with stops of its own is no frame of its own
                    by_id.update((f.id, f) for f, _ in groups)
                elif passive and f"{base.id}~passive" not in by_id:
                    by_id[f"{base.id}~passive"] = _passive(base)
                for key, forms in groups:
                    for form in forms:
                        tokens = _tokens(form, parsed)
                        if tokens in seen:
                            continue  # a form is one frame's: the first that lists it
                        seen.add(tokens)
                        patterns.append(TokenPattern(tokens, key))
        _check_frame_links(by_id)
        return FrameLexicon(
            frames=PatternSet(patterns),
            policy=_pattern_set(data["policy"]),
            levels=_pattern_set(data["partner_levels"]),
            aid_kinds=_pattern_set(data["aid_kinds"]),
            sectors=_pattern_set(data.get("sectors", {})),
            modality=_pattern_set(data["modality"]),
            contexts=_pattern_set(data.get("contexts", {})),
            focal_anaphora=frozenset(_norm(w) for w in data.get("focal_anaphora", [])),
            level_order=list(data["partner_levels"]),
            by_id=by_id,
            finite=frozenset(verbs - nominal),
            first_person=frozenset(first_person - other_persons),
            joint_facts={str(frame_id): (str(spec["fact"]), tuple(
                _first_token(head, parsed) for head in spec["heads"]))
                for frame_id, spec in (data.get("joint_facts") or {}).items()},
            joint_talks=_joint_talks(data.get("joint_talks") or {}, data["frames"]),
            talks_between=frozenset(_norm(w) for w in (data.get("joint_talks") or {}).get(
                "between", [])),
            policy_not=_pattern_set({"none": data.get("policy_not") or []}),
            policy_in_context=_pattern_set(data.get("policy_in_context") or {}),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"{source}: malformed predicate lexicon ({exc!r})") from exc


def _check_frame_links(by_id: dict[str, Frame]) -> None:
    """Every frame id a frame names as the one read instead (`unpaired`, `unbrokered`,
    `sum_named`, `mutual`, `guest_reading`) is a frame's: a typo fails when the frames load,
    not mid-sentence."""
    for frame in by_id.values():
        for key in ("unpaired", "unbrokered", "sum_named", "mutual", "guest_reading"):
            linked = getattr(frame, key)
            if linked and linked not in by_id:
                raise ValueError(f"frame {frame.id!r}: {key} {linked!r} is no frame id")


# what a parsed predicate lexicon is made of besides its YAML file (its key in the cache):
# the code that parses it and expands its lemmas, the normaliser, the languages' data
# (morphology, inflections) and the ontology its frames name
SOURCES = ("extract/frames.py", "extract/patterns.py", "extract/morphology.py", "text", "lang",
           "ontology.yaml", "ontology.py")


@lru_cache(maxsize=8)
def load_frames(lang: str = "ar", path: str | None = None) -> FrameLexicon:
    """The predicate lexicon of `lang` (or of the YAML file at `path`); a language without
    a grammar has none (`diplomap.lang.NoGrammar`): it is never read with another's.
    Parsed once and kept in the on-disk cache (`diplomap.lexicon.cache`), keyed by the
    file's bytes and `SOURCES`: parsing and expanding its lemmas took 1.2 s of every start."""
    from diplomap.lexicon.cache import cached

    file = Path(path) if path else language(lang).frames_path
    text = file.read_bytes()
    return cached("frames", [lang, hashlib.sha256(text).hexdigest(), *_key_extra()],
                  partial(parse_frames_text, text.decode("utf-8"), str(file), lang),
                  sources=SOURCES)


def _key_extra() -> list[str]:
    """What else a parse depends on: the ontology file in use ($DIPLOMAP_ONTOLOGY may name
    one outside the package) and lemminflect, which inflects a lemma the shipped
    inflections lack."""
    ontology_file = Path(os.environ.get(ONTOLOGY_ENV) or ONTOLOGY_PATH)
    try:
        onto = hashlib.sha256(ontology_file.read_bytes()).hexdigest()
    except OSError:
        onto = "unreadable"  # the parse raises the ontology's own error
    try:
        inflector = metadata.version("lemminflect")
    except metadata.PackageNotFoundError:
        inflector = "none"
    return [f"ontology={onto}", f"lemminflect={inflector}"]


def parse_frames_text(text: str, source: str, lang: str = "ar") -> FrameLexicon:
    """The predicate lexicon of a frames YAML text, parsed now (no cache)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return parse_frames(yaml.load(text, Loader=loader), source, lang)
