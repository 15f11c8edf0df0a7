"""Rule-based extraction of facts and PLOVER events from one document.

For every sentence: entity mentions become arguments, trigger words from the
predicate lexicon open frames, and each frame takes its subject and objects
from the arguments around it (by entity kind, side and preposition), falling
back to the subject carried over in the paragraph or to the document's focal
state. Modality, dates, amounts and attributes are read from the frame's clause.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, field
from typing import cast

from diplomap.extract.amounts import find_amounts
from diplomap.extract.arguments import (
    between_group,
    first_group,
    group_at,
    group_from,
    implicit,
    last_group,
    may_be_subject,
    multilateral,
    names_the_instrument,
    policy_noun,
    unique,
)
from diplomap.extract.dates import find_dates
from diplomap.extract.frames import Frame, FrameLexicon, load_frames
from diplomap.extract.grammar import Grammar, grammar
from diplomap.extract.merge import merge
from diplomap.extract.model import Event, Evidence, Extraction, Fact
from diplomap.extract.plover import codable
from diplomap.extract.sentence import Arg, SentenceView, view_sentence
from diplomap.ontology import ontology
from diplomap.text import normalize

# Predicates whose object, when the sentence names none, is the document's focal state.
IMPLICIT_OBJECT = frozenset({"invested_in", "aid_to"})
# Predicates whose organisation, when the sentence names none, is the one named last.
IMPLICIT_ORG = frozenset({"chair_of", "member_of"})
PLANNED_WINDOW, NEGATION_WINDOW = 10, 3
# Standing relations whose date must be stated in their own sentence.
UNDATED_CONTEXT = frozenset({"member_of", "policy", "partner_of", "border_with"})
ORG_MEMORY = 3  # an unnamed "the organisation" refers to one named this many sentences back


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


@dataclass
class DocState:
    focal: str | None
    published: str | None
    carried: str | None = None
    carried_person: str | None = None
    carried_at: int = -9
    sentence: int = 0
    recent_states: list[tuple[int, str]] = field(default_factory=list)
    context_date: object = None  # the last date of the previous sentence in the paragraph
    recent_orgs: list[tuple[int, str]] = field(default_factory=list)  # (sentence, org)
    paragraph_end: int = -1
    dates: list = field(default_factory=list)    # every date and amount of the document
    amounts: list = field(default_factory=list)
    result: Extraction = field(default_factory=Extraction)


class Extractor:
    """Extract facts and events from documents that carry sentences and mentions."""

    def __init__(self, lexicon, lang: str = "ar", frames: FrameLexicon | None = None) -> None:
        """`lang` must have a grammar (`diplomap.lang.has_grammar`): no language is read
        with another's rules."""
        self.lexicon = lexicon
        self.grammar: Grammar = grammar(lang)
        self.frames = frames or load_frames(lang)
        self._names: dict[str, str] = {}
        self._capitals: dict[str, str] | None = None

    # -- document -----------------------------------------------------------------
    def extract(self, doc, published: str | None = None) -> Extraction:
        """Facts and events of a linked `diplomap.text.Doc`.

        `published` is the publication date at its own precision ("2023-06");
        it defaults to the Doc's date.
        """
        if published is None and doc.published is not None:
            published = doc.published.isoformat()
        state = DocState(focal=self._focal_state(doc), published=published,
                         dates=find_dates(doc.norm, published),
                         amounts=find_amounts(doc.norm))
        by_sentence: dict[int, list] = {}
        for mention in doc.mentions:
            by_sentence.setdefault(mention.sentence, []).append(mention)
        for index, (start, end) in enumerate(doc.sentences):
            if self._new_paragraph(doc.text, start, state):
                state.carried = state.carried_person = state.context_date = None
            state.sentence = index
            view = view_sentence(doc.text, index, start, end, by_sentence.get(index, []),
                                 lambda eid: self._resolve(eid, published), self.grammar,
                                 state.focal,
                                 lambda head: self._org_for(head, state),
                                 self._recent_pair(state), self.frames.focal_anaphora)
            self._sentence(doc, view, state)
            state.recent_orgs += [(index, a.entity) for a in view.args
                                  if a.kind == "organization" and not a.implicit]
            state.recent_states += [(index, a.entity) for a in view.args
                                    if a.kind == "state" and a.resolution]
            state.paragraph_end = end
        return merge(state.result, published)

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

    def _focal_state(self, doc) -> str | None:
        counts: Counter[str] = Counter()
        for mention in doc.mentions:
            resolved = self._resolve(mention.entity_id, None)
            if resolved and resolved[1] == "state":
                counts[resolved[0]] += 1
        return counts.most_common(1)[0][0] if counts else None

    def _resolve(self, entity_id: str, date: str | None) -> tuple[str, str, str | None] | None:
        entity = self.lexicon.entity(entity_id)
        if entity is None:
            return None
        if entity.kind == "person":
            acted_for = self.lexicon.person_state(entity_id, date, nearest=True)
            if acted_for:
                return acted_for[0], "state", entity_id
            return entity_id, "person", entity_id
        return entity_id, ontology().canonical_kind(entity.kind), None

    # -- sentence -----------------------------------------------------------------
    def _sentence(self, doc, view: SentenceView, state: DocState) -> None:
        hits = self._hits(view)
        dates = _within(state.dates, view)
        amounts = _within(state.amounts, view)
        previous = None
        inherited, state.context_date = state.context_date, (dates[-1] if dates
                                                             else state.context_date)
        for hit in hits:
            hit.modality = self._modality(view, hit)
            if previous and hit.modality == "actual" and self._continues(view, hit):
                hit.modality = previous.modality  # "تهدف إلى كذا وشراكة ..." shares the aim
            self._apply(doc, view, hit, state, dates, amounts, _context(hit, inherited, view))
            previous = hit
        carried = inherited is not None and not dates and _refers_back(view)
        self._policies(view, state, [inherited] if carried else dates, carried)

    def _continues(self, view: SentenceView, hit: Hit) -> bool:
        """"تهدف إلى كذا وشراكة": a trigger joined to the one before it."""
        prefixes = self.grammar.continuing_prefixes
        return bool(prefixes) and view.word_at(hit.first).startswith(prefixes)

    def _hits(self, view: SentenceView) -> list[Hit]:
        hits = []
        for first, last, pattern in self.frames.frames.find(view.words, view.masked):
            frame = cast(Frame, pattern.key)
            if first in view.masked or last - 1 in view.masked:  # "معاهدة" inside CSTO's name
                continue
            after = view.words[last] if last < len(view.words) else ()
            before = view.words[first - 1] if first > 0 else ()
            if set(after) & set(frame.not_after) or set(before) & set(frame.not_before):
                continue
            if after and any(_prefix_match(after, w) for w in frame.not_after if w.endswith("*")):
                continue
            hits.append(Hit(frame, first, last, head=view.words[first],
                            tail=view.words[last - 1]))
        hits = _absorb_hits(_drop_overlaps(hits))
        starts = [a.first for a in view.args]
        for k, hit in enumerate(hits):
            hit.left = hits[k - 1].last if k else 0
            later = [h for h in hits[k + 1:]  # a trigger right after this one does not end it
                     if h.first - hit.last > 1 and any(hit.last <= s < h.first for s in starts)]
            hit.right = later[0].first if later else len(view.words)
        return hits

    def _apply(self, doc, view: SentenceView, hit: Hit, state: DocState,
               dates: list, amounts: list, context: list) -> None:
        modality = hit.modality
        pairs = self._arguments(view, hit, state)
        if not pairs:
            return
        date = _date_of(hit, view, dates)
        weak = date is None and bool(context)
        distance = abs(date.start - view.spans[hit.first][0]) if date else 0
        if modality == "actual" and date and state.published and date.value > state.published:
            modality = "planned"
        if weak and not (modality == "planned" and state.published
                         and context[0].value <= state.published):
            date = context[0]  # a plan is not dated by the past sentence before it
        evidence = Evidence(view.index, view.start, view.end)
        before = (len(state.result.facts), len(state.result.events))
        for subject, obj in pairs:
            self._emit(view, hit, (subject, obj), modality, date, amounts, evidence, state)
            view.consumed.add(id(obj))
        for item in state.result.facts[before[0]:] + state.result.events[before[1]:]:
            item.weak_date, item.date_distance = weak, distance

    def _emit(self, view: SentenceView, hit: Hit, pair: tuple[Arg, Arg], modality: str,
              date, amounts: list, evidence: Evidence, state: DocState) -> None:
        frame, (subject, obj) = hit.frame, pair
        negated = modality == "negated"
        confidence = 0.5 if subject.implicit else 0.75
        if frame.fact:
            attrs = self._fact_attrs(view, hit, frame.fact, date, amounts, negated, obj)
            fact_modality = "negated" if negated else modality
            state.result.facts.append(Fact(self._fact_subject(frame.fact, subject), frame.fact,
                                           obj.entity, attrs, fact_modality, confidence,
                                           [evidence]))
        spec = frame.negated_event if negated else frame.event
        if spec and (not negated or frame.negated_event):
            event_modality = "actual" if negated else modality
            event = self._event(spec, subject, obj, event_modality, date, confidence, evidence)
            event.context = sorted(set(event.context) | self._contexts(view))
            event.location = _location(view, hit)
            if event.source != event.target and codable(event.event_type, event.source,
                                                        event.target):
                state.result.events.append(event)

    def _contexts(self, view: SentenceView) -> set[str]:
        """PLOVER contexts named by the words of the sentence (data: `contexts`)."""
        return {str(p.key) for _, _, p in self.frames.contexts.find(view.words, view.masked)}

    def _fact_subject(self, predicate: str, subject: Arg) -> str:
        """A named person proposes in their own name; a capital hosts as a place."""
        if predicate == "proposed" and subject.person and subject.resolution == "name":
            return subject.person
        if predicate == "hosts" and subject.capital:
            return self._capital_place(subject.entity) or subject.entity
        return subject.entity

    def _actor_state(self, entity_id: str) -> tuple[str, str | None]:
        """A company acts for its state in event coding (source USA, source_org Chevron)."""
        entity = self.lexicon.entity(entity_id)
        if entity is not None and entity.kind == "company" and entity.state:
            return entity.state, entity_id
        return entity_id, None

    def _capital_place(self, state_id: str) -> str | None:
        if self._capitals is None:
            self._capitals = _capital_places(self.lexicon)
        return self._capitals.get(state_id)

    def _event(self, spec: dict, subject: Arg, obj: Arg, modality: str, date,
               confidence: float, evidence: Evidence) -> Event:
        score, quad = ontology().intensity(spec["type"], spec.get("mode"))
        source, source_org = self._actor_state(subject.entity)
        return Event(source=source, source_org=source_org, event_type=spec["type"],
                     target=obj.entity,
                     mode=spec.get("mode"), context=list(spec.get("context", [])),
                     date=date.value if date else None, intensity=score, quad=quad,
                     modality=modality, confidence=confidence, source_person=subject.person,
                     target_person=obj.person, evidence=[evidence])

    # -- arguments ------------------------------------------------------------------
    def _arguments(self, view: SentenceView, hit: Hit, state: DocState) -> list[tuple[Arg, Arg]]:
        frame = hit.frame
        clause = view.clause_start(hit.first)
        left = [a for a in view.args if hit.left <= a.first and a.last <= hit.first]
        # arguments inside a gapped trigger ("وصل الرئيس ... إلى") count as after it
        right = [a for a in view.args if hit.first < a.first and a.last <= hit.right]
        if frame.between:
            parties = between_group(right)
            if len(parties) < 2:
                return []
            subject = self._subject_before(left, frame, clause) or self._fallback(state)
            if subject is None:
                return []
            return [(subject, p) for p in parties
                    if p.entity != subject.entity and p.kind in frame.object]
        if frame.symmetric:
            return self._symmetric(view, left, right, hit, clause, state)
        return self._directed(view, left, right, hit, clause, state)

    def _symmetric(self, view: SentenceView, left: list[Arg], right: list[Arg], hit: Hit,
                   clause: int, state: DocState) -> list[tuple[Arg, Arg]]:
        frame = hit.frame
        kinds = frame.subject | frame.object
        paired = len({a.entity for a in left if a.first >= clause and a.kind in kinds}) >= 2
        candidates = [a for a in right if a.kind in kinds and not names_the_instrument(a, hit.last)
                      and not (paired and a.marker in self.grammar.locative)]
        group = first_group(candidates, prefer_unmarked=False)
        at_verb = bool(group) and not _nominal(hit, view) and not group[0].marked and (
            group[0].first - hit.last <= frame.reach)
        if at_verb:
            # "وقّعت كازاخستان مع قيرغيزستان وطاجيكستان": the subject, then its partners
            group += first_group([a for a in candidates if a.first >= group[-1].last
                                   and a not in group], prefer_unmarked=False)
        near = [a for a in left if a.first >= clause] + group
        parties = unique([a for a in near if a.kind in kinds])
        if not parties:  # "الصين، أحد الشركاء التجاريين": the name just before the clause
            parties = [a for a in left if a.last == clause and a.kind in kinds][-1:]
        between = [a for a in parties if a.between]
        if len(between) >= 2:  # "بين الاتحاد الأوروبي وكازاخستان وقيرغيزستان": the first with each
            return [(between[0], p) for p in between[1:] if p.entity != between[0].entity]
        if len(parties) >= 3 and _co_subjects(parties, left, clause):
            # "Kyrgyzstan, Tajikistan and Uzbekistan signed a treaty": every pair is party to it
            ordered = sorted(parties, key=lambda a: a.entity != state.focal)
            return [(a, b) for i, a in enumerate(ordered) for b in ordered[i + 1:]]
        focal = next((a for a in parties if a.entity == state.focal), None)
        if focal is None:  # an object of an earlier trigger is not the subject of this one
            subjects = [a for a in left if a.first >= clause and not a.marked and a.kind in kinds
                        and id(a) not in view.consumed]
            subjects += group_at(right, hit.last, kinds) if not _nominal(hit, view) else []
            subjects = [a for a in subjects if a.kind in frame.subject and a in parties]
            focal = subjects[0] if len(subjects) >= 2 or (subjects and len(parties) >= 2
                                                         and not subjects[0].marked) else None
            if focal is not None and len(parties) < 2:
                focal = None
        if focal is None:
            focal = self._fallback(state)
        if focal is None:
            return []
        if not focal.implicit:
            self._carry(state, focal)
        return [(focal, p) for p in parties if p.entity != focal.entity and p.kind in kinds]

    def _directed(self, view: SentenceView, left: list[Arg], right: list[Arg], hit: Hit,
                  clause: int, state: DocState) -> list[tuple[Arg, Arg]]:
        frame = hit.frame
        # When subject and object kinds differ, the kind alone tells them apart.
        any_marking = not (frame.subject & frame.object)
        subject = self._subject_before(left, frame, clause, any_marking,
                                       self.grammar.comitative) or _antecedent(
            view, clause, hit, frame.subject)
        subjects = last_group([a for a in left if a.last <= subject.last
                                and a.kind in frame.subject]) if subject else []
        marked_subject = [a for a in right if frame.subject_marker
                          and a.marker == frame.subject_marker and a.kind in frame.subject]
        agents = [a for a in right if a.agent and a.kind in frame.subject]
        if marked_subject:  # "سلّم توكاييف الرئاسة إلى الصين": the receiver holds it now
            subjects = group_from(right, marked_subject[0], frame.subject)
        elif subjects:
            pass
        elif agents:  # "تأسست على يد الصين وروسيا"
            subjects = group_from(right, agents[0], frame.subject)
        elif frame.all_subjects:  # "تضم المنظمة ... كلا من A وB"
            subjects = [a for a in right if a.kind in frame.subject and not a.between]
        if not subjects and not _possessed(hit, view):
            first = next((a for a in right if a.kind in frame.subject
                          and may_be_subject(a, any_marking, self.grammar.comitative)
                          and a.first - hit.last <= frame.reach), None)
            if first is not None:
                subjects = group_from(right, first, frame.subject)
        taken: set[str | None] = {a.entity for a in subjects} or {state.carried or state.focal}
        candidates = [a for a in right if a.kind in frame.object and a.entity not in taken
                      and not a.between
                      and not (frame.unmarked_objects and a.marker in self.grammar.indirect)]
        objects = first_group(candidates, prefer_unmarked=any_marking)
        if not objects:
            before = [a for a in left if a.kind in frame.object
                      and a.entity not in {s.entity for s in subjects}]
            objects = last_group(before)
        if not subjects:
            fallback = self._fallback(state)
            subjects = [fallback] if fallback else []
        else:
            self._carry(state, subjects[0])
        if not objects and frame.fact in IMPLICIT_OBJECT and state.focal:
            objects = [implicit(state.focal)]
        if not objects and (frame.fact in IMPLICIT_ORG or multilateral(frame)):
            earlier = [a for a in view.args if a.kind == "organization" and a.last <= hit.first]
            org = earlier[-1].entity if earlier else self._org_for("", state)
            objects = [implicit(org, "organization")] if org else []
        return [(s, o) for s in subjects for o in unique(objects) if o.entity != s.entity]

    @staticmethod
    def _subject_before(left: list[Arg], frame: Frame, clause: int, any_marking: bool = False,
                        comitative: frozenset[str] = frozenset()) -> Arg | None:
        candidates = [a for a in left if a.kind in frame.subject
                      and may_be_subject(a, any_marking, comitative) and a.first >= clause]
        return candidates[-1] if candidates else None

    @staticmethod
    def _carry(state: DocState, subject: Arg) -> None:
        if subject.kind == "state" and not subject.implicit:
            state.carried, state.carried_person = subject.entity, subject.person
            state.carried_at = state.sentence

    @staticmethod
    def _fallback(state: DocState) -> Arg | None:
        """The subject of the previous sentence, else the focal state."""
        if state.sentence - state.carried_at > 1:
            state.carried = state.carried_person = None
        entity = state.carried or state.focal
        if entity is None:
            return None
        arg = implicit(entity)
        arg.person = state.carried_person if state.carried else None
        return arg

    # -- modality, attributes ---------------------------------------------------------
    def _modality(self, view: SentenceView, hit: Hit) -> str:
        found = {}
        start = max(hit.left, hit.first - PLANNED_WINDOW)
        for first, _, pattern in self.frames.modality.find(view.words[start:hit.first]):
            found[pattern.key] = start + first  # the cue nearest to the trigger
        if "negated" in found and hit.first - found["negated"] <= NEGATION_WINDOW:
            return "negated"
        if "negated" in found and 0 < found.get("planned", -9) - found["negated"] <= 2:
            return "negated"  # "لا تسعى إلى القيام بدور الوسيط": the aim itself is denied
        if "planned" in found:
            return "planned"
        if "hypothetical" in found:
            return "hypothetical"
        return "actual"

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
        since = next((d.value for d in dates if carried or d.relation == "since"
                      or self.grammar.since & set(view.text_before(d.start, 3))), None)
        for first, _, pattern in self.frames.policy.find(view.words):
            if first in view.masked:
                continue
            subject = self._policy_holder(view, first, state)
            if subject is None:
                continue
            since = since or self._since_independence(view, subject)
            attrs = {"since": since} if since else {}
            state.result.facts.append(Fact(subject, "policy", str(pattern.key), attrs, "actual",
                                           0.6, [Evidence(view.index, view.start, view.end)]))

    def _since_independence(self, view: SentenceView, state_id: str) -> str | None:
        """"منذ الاستقلال": the state's year of independence (lexicon data)."""
        forms = {f for word in view.words for f in word}
        if not forms & self.grammar.since or not forms & self.grammar.independence:
            return None
        entity = self.lexicon.entity(state_id)
        date = entity.extra.get("independence") if entity else None
        return str(date)[:4] if date else None

    @staticmethod
    def _policy_holder(view: SentenceView, cue: int, state: DocState) -> str | None:
        """The state named as subject in the cue's clause, else the focal state."""
        clause = view.clause_start(cue)
        before = [a for a in view.args if not a.marked and clause <= a.first < cue
                  and not a.implicit]
        if before and before[-1].kind == "organization":
            return None  # the principle is an organisation's, not a state's policy
        named = [a for a in before if a.kind == "state"]
        if named and (named[-1].entity == state.focal or policy_noun(view, clause, cue)):
            return named[-1].entity
        return state.focal


def _location(view: SentenceView, hit: Hit) -> str | None:
    """Where the event took place: a place after "في"/"in" in the trigger's clause."""
    places = [a for a in view.args if a.kind == "place" and hit.left <= a.first < hit.right
              and a.marker in view.grammar.locative]
    return places[0].entity if places else None


def _antecedent(view: SentenceView, clause: int, hit: Hit, kinds: frozenset[str]) -> Arg | None:
    """"أردوغان، الذي أجرى مباحثات": a relative clause's subject is the name before it."""
    words = view.words[clause:hit.first]
    if not any(set(w) & view.grammar.relatives for w in words[:2]):
        return None
    before = [a for a in view.args if a.last <= clause and a.kind in kinds and not a.implicit]
    return before[-1] if before else None


def _co_subjects(parties: list[Arg], left: list[Arg], clause: int) -> bool:
    """All parties are the unmarked, coordinated subjects before the trigger."""
    return all(a in left and a.first >= clause and not a.marked for a in parties) and all(
        a.coordinated for a in parties[1:])


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


def _within(items: list, view: SentenceView) -> list:
    """The dates or amounts (in text order) that lie inside the sentence."""
    first = bisect.bisect_left(items, view.start, key=lambda x: x.start)
    last = bisect.bisect_left(items, view.end, lo=first, key=lambda x: x.start)
    return [x for x in items[first:last] if x.end <= view.end]


def _date_of(hit: Hit, view: SentenceView, dates: list):
    """The date in the trigger's clause, else the one nearest to the trigger ("until"
    dates bound a plan or a term; they do not date an act)."""
    dates = [d for d in dates if d.relation != "until"]
    start = view.spans[hit.left][0] if hit.left < len(view.spans) else view.start
    end = view.spans[hit.right - 1][1] if 0 < hit.right <= len(view.spans) else view.end
    inside = [d for d in dates if start <= d.start and d.end <= end]
    return _nearest(inside or dates, view.spans[hit.first][0])


def _nearest(dates: list, offset: int):
    if not dates:
        return None
    return min(dates, key=lambda d: min(abs(d.start - offset), abs(d.end - offset)))


def _has_phrase(words: list[tuple[str, ...]], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(all(phrase[k] in words[i + k] for k in range(n)) for i in range(len(words) - n + 1))


def _prefix_match(word: tuple[str, ...], token: str) -> bool:
    return any(s.startswith(token[:-1]) for s in word)


def _absorb_hits(hits: list[Hit]) -> list[Hit]:
    """"اقترح ... إنشاء X": a trigger that states the content of the one before is part of it."""
    kept: list[Hit] = []
    for hit in hits:
        if kept and hit.frame.id in kept[-1].frame.absorbs and hit.first - kept[-1].last <= 5:
            continue
        if kept and kept[-1].frame.id in hit.frame.absorbs and hit.first - kept[-1].last <= 1:
            kept[-1] = hit  # "أنشئت بمبادرة من أستانا": founded at the initiative of
            continue
        kept.append(hit)
    return kept


def _drop_overlaps(hits: list[Hit]) -> list[Hit]:
    hits.sort(key=lambda h: (h.first, -(h.last - h.first)))
    kept: list[Hit] = []
    for hit in hits:
        if kept and hit.first < kept[-1].last:
            continue
        kept.append(hit)
    return kept


