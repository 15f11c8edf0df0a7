"""Rules + scorer: the learned event scorer confirms, re-types and proposes events.

The component runs after the rules (`diplomap.extract.components`, model "rules+scorer").
It scores, in one batch per document, every sentence that holds a rule event and (when
proposals are on) every sentence that names actors (states, organisations, armed groups),
then:

- confirm: a rule event's confidence becomes the calibrated combination of the rules' own
  confidence (`calibration.yaml`), the scorer's relevance and its probability of the event's
  type (a logistic model fitted on the dev set's tune split); an event whose combined
  probability falls under `drop_below` is dropped;
- re-type: an event whose type the scorer finds unlikely, while it is confident of another
  type of the same quad, takes that type (its mode, which belonged to the old type, is
  cleared);
- propose: a sentence with two actors and no rule item (fact or event), whose relevance and
  best type are above their thresholds, gets an event of that type; its source and target
  are chosen by the grammar's strategies (`extract/strategies.py`), its trace names the
  strategy "scorer" (options: beside rule events of other types, one state acting on its
  own people, sentences with a modality cue).

The confidence of every event the component keeps is its combined probability; the last
step of the event's trace says so ("confidence rules+scorer"), the rules' own band stays in
the step before it.

Thresholds and coefficients are data (`data/confirm.yaml`), written by
`python -m diplomap.eval.tune_scorer` from the dev set's tune split only.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

from diplomap.extract import strategies as st
from diplomap.extract.arguments import between_group
from diplomap.extract.components import register
from diplomap.extract.dates import find_dates
from diplomap.extract.extractor import Extractor, owned_after
from diplomap.extract.merge import merge
from diplomap.extract.model import Event, Evidence, Extraction, Fact, changed
from diplomap.extract.plover import codable
from diplomap.extract.scorer import Prediction, Scorer
from diplomap.extract.sentence import Arg, SentenceView, document_window, view_sentence
from diplomap.extract.strategies import Step
from diplomap.ontology import ontology
from diplomap.resources import package_path
from diplomap.text import Doc

MATERIAL_QUADS = frozenset({"MK", "MC"})  # acts done, not said
# words from a complementizer to the subject of the content it opens ("that the army")
REPORTED_SUBJECT_REACH = 2

SETTINGS = package_path("extract", "data", "confirm.yaml")
STRATEGY = "scorer"
# Kinds that act in a proposed event by themselves (a person acts for the state it resolves to).
PROPOSE_KINDS = frozenset({"state", "organization", "armed_group", "territory"})
MAX_SENTENCE_WORDS = 80  # longer "sentences" are lists or tables: nothing is proposed there


@dataclass(frozen=True)
class Settings:
    """The component's thresholds and the coefficients of its combinations."""

    # confidence of a rule event: sigmoid(bias + rules * logit(rule confidence)
    #   + relevance * logit(relevance) + type * logit(P(event type)))
    combine: dict[str, float] = field(default_factory=lambda: {
        "bias": 0.0, "rules": 1.0, "relevance": 0.5, "type": 0.3})
    # confidence of a proposed event: sigmoid(bias + relevance * logit(rel) + type * logit(P))
    propose_combine: dict[str, float] = field(default_factory=lambda: {
        "bias": -1.0, "relevance": 0.5, "type": 0.5})
    drop_below: float = 0.15
    retype_min: float = 0.6          # the other type's probability
    retype_current_below: float = 0.05  # the rules' type's probability
    propose_relevance: float = 0.9
    propose_type: float = 0.5
    propose_modal: bool = False      # propose in sentences with a modality cue
    propose_beside_rules: bool = False  # propose a type the rules' events of the sentence lack
    propose_domestic: bool = False   # one actor, a type done to its own people: X -> X

    @classmethod
    def read(cls, path: Path = SETTINGS) -> Settings:
        if not path.exists():
            return cls()
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
            return cls(**known)
        except (yaml.YAMLError, TypeError) as exc:
            raise ValueError(f"{path}: not a scorer settings file ({exc})") from exc


@cache
def settings() -> Settings:
    return Settings.read()


def logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(min(x, 50.0), -50.0)))


def combined(coefficients: dict[str, float], **inputs: float) -> float:
    """The logistic combination of probabilities `inputs` (by name) with `coefficients`."""
    z = coefficients.get("bias", 0.0) + sum(coefficients.get(name, 0.0) * logit(p)
                                            for name, p in inputs.items())
    return sigmoid(z)


class ScorerConfirm:
    """The "scorer" component of one language (see the module's docstring)."""

    def __init__(self, extractor: Extractor, scorer: Scorer | None = None,
                 config: Settings | None = None) -> None:
        self.extractor = extractor
        self.lang = extractor.grammar.code
        self.scorer = scorer or Scorer.load()
        self.settings = config or settings()
        model = self.scorer.model
        self.type_quad = {t: model.quads[q] for t, q in zip(model.types, model.type_quad,
                                                              strict=True)}
        self.target_markers = _target_markers(extractor)

    def __call__(self, doc: Doc, extraction: Extraction, published: str | None) -> Extraction:
        by_sentence = _events_by_sentence(extraction.events)
        proposing = self.settings.propose_relevance <= 1.0  # above 1: proposals are off
        actors = _actor_sentences(doc, self.extractor, published) if proposing else {}
        if not by_sentence and not actors:
            return extraction
        stated = {e.sentence for fact in extraction.facts for e in fact.evidence
                  if not _described_only(fact)}
        proposable = sorted(i for i in actors
                            if i not in stated and self.may_propose(i, by_sentence, actors))
        # only the sentences read below are scored (a sentence's scores do not depend on the
        # others of the batch)
        predictions = self.predictions(doc, sorted(set(by_sentence) | set(proposable)))
        events: list[Event] = []
        for event in extraction.events:
            sentence = by_sentence_of(event)
            mixed = len({e.event_type for e in by_sentence[sentence]}) > 1
            kept = self.confirm(event, predictions[sentence], retype=not mixed)
            events += [kept] if kept is not None else []
        for index in proposable:
            ruled = {e.event_type for e in events if by_sentence_of(e) == index}
            events += self.propose(doc, index, predictions[index], published, ruled)
        return merge(Extraction(extraction.facts, events), published)

    def predictions(self, doc: Doc, indices: list[int]) -> dict[int, Prediction]:
        """The scorer's reading of the document's sentences `indices`, by index."""
        texts = [doc.sentence_text(i) for i in indices]
        folded = [doc.sentence_folded(i) for i in indices]  # the rules' normalisation
        return dict(zip(indices, self.scorer.score(texts, self.lang, folded), strict=True))

    def may_propose(self, index: int, by_sentence: dict[int, list[Event]],
                    actors: dict[int, int]) -> bool:
        s = self.settings
        if index in by_sentence and not s.propose_beside_rules:
            return False
        return actors.get(index, 0) >= (1 if s.propose_domestic else 2)

    # -- confirm and re-type ---------------------------------------------------------------
    def confirm(self, event: Event, prediction: Prediction, retype: bool = True
                ) -> Event | None:
        """The event with its combined confidence (re-typed if the scorer says so), or None
        when the combination finds it too unlikely."""
        s = self.settings
        rule = event.confidence
        p_type = prediction.event_type.get(event.event_type, 0.0)
        confidence = combined(s.combine, rules=rule, relevance=prediction.relevance,
                              type=p_type)
        steps = [Step("scorer", STRATEGY, f"relevance {prediction.relevance:.2f}, "
                      f"P({event.event_type}) {p_type:.2f}, rules {rule:.2f}")]
        if confidence < s.drop_below:
            return None
        retyped = self.retype(event, prediction) if retype else None
        if retyped is not None:
            p_new = prediction.event_type[retyped.event_type]
            steps.append(Step("retype", STRATEGY,
                              f"{event.event_type} -> {retyped.event_type} P {p_new:.2f}"))
            event = retyped
        steps.append(Step("confidence", "rules+scorer", f"{confidence:.2f}"))
        return changed(event, confidence=round(confidence, 3), trace=[*event.trace, *steps],
                       evidence=list(event.evidence), context=list(event.context))

    def retype(self, event: Event, prediction: Prediction) -> Event | None:
        """The event with the scorer's type, when it is confident of another type of the
        same quad and finds the rules' type unlikely; else None."""
        s = self.settings
        best = prediction.best_type
        if best == event.event_type or self.type_quad.get(best) != self.type_quad.get(
                event.event_type):
            return None
        if (prediction.event_type[best] < s.retype_min
                or prediction.event_type.get(event.event_type, 0.0) >= s.retype_current_below):
            return None
        if not codable(best, event.source, event.target):
            return None
        intensity, quad = ontology().intensity(best, None)
        return changed(event, event_type=best, mode=None, intensity=intensity, quad=quad)

    # -- propose ---------------------------------------------------------------------------
    def propose(self, doc: Doc, index: int, prediction: Prediction,
                published: str | None, ruled: set[str] | frozenset[str] = frozenset()
                ) -> list[Event]:
        """The events of the scorer's best type in a sentence, where the rules found none of
        that type (`ruled`: the types they found), one per source-target pair."""
        s = self.settings
        kind, p_type = prediction.best_type, max(prediction.event_type.values())
        if (prediction.relevance < s.propose_relevance or p_type < s.propose_type
                or kind in ruled):
            return []
        view = sentence_view(doc, index, self.extractor, published)
        if len(view.words) > MAX_SENTENCE_WORDS:
            return []
        modality, cue = sentence_modality(self.extractor, view)
        if modality == "negated":
            return []
        chosen = choose_arguments(view, self.target_markers.get(kind, ()))
        if chosen is None and s.propose_domestic and st.domestic_target(kind, None):
            chosen = domestic_arguments(view)
        if chosen is None:
            return []
        (sources, how_source), (targets, how_target) = chosen
        if self._reporter_as_doer(view, kind, sources, targets):
            return []
        if modality != "actual":  # a plan or condition in a clause after the actors'
            modality, cue = sentence_modality(self.extractor, view,
                                              _arguments_span(view, [*sources, *targets]))
        if modality == "negated" or (modality != "actual" and not s.propose_modal):
            return []
        confidence = round(combined(s.propose_combine, relevance=prediction.relevance,
                                    type=p_type), 3)
        actors = [a.start for a in (*sources, *targets) if a.first >= 0]
        date = _sentence_date(doc, view, published,
                              ahead_after=min(actors) if modality == "planned" and actors
                              else None)
        events = []
        for source in sources:
            for target in targets:
                domestic = how_target == st.DOMESTIC
                if (source.entity == target.entity and not domestic) or not codable(
                        kind, source.entity, target.entity):
                    continue
                trace = [Step("trigger", STRATEGY, f"{kind} P {p_type:.2f}, relevance "
                              f"{prediction.relevance:.2f}"),
                         Step("source", how_source, _detail(source)),
                         Step("target", how_target, _detail(target)),
                         Step("modality", modality, cue),
                         Step("confidence", STRATEGY, f"{confidence:.2f}")]
                events.append(self._event(kind, source, target, modality, date, confidence,
                                          Evidence(index, view.start, view.end), trace))
        return events

    def _reporter_as_doer(self, view: SentenceView, kind: str, sources: Sequence[Arg],
                          targets: Sequence[Arg]) -> bool:
        """"X's military says that Y launched a missile", "أفاد X بأن Y أطلقت صاروخاً": the
        one who reports a material act (quads MK, MC), named before the reported content
        whose subject is the act's other side, reports the act, it does not do it (not "X
        says that it has captured a town in Y": its own act; a verbal act, a statement or
        accusation, is the reporter's; nor when a possessive in the content's clause may
        stand for the reporter: "Russia says that Ukrainian troops were pushed back by its
        forces")."""
        if ontology().intensity(kind, None)[1] not in MATERIAL_QUADS:
            return False
        x = self.extractor
        content = st.speech_content_start(view, x.speech_verbs, x.complementizers)
        if content is None:
            return False
        verb = st.speech_verb_at(view, x.speech_verbs)
        if verb is None:
            return False
        # "announces a blockade on trucks that enter X": a relative "that", far from the verb
        # (the reporter's name between them does not count: "أفاد الجيش الكوري بأن")
        if sum(1 for i in range(verb + 1, content - 1) if i not in view.masked) > (
                REPORTED_SUBJECT_REACH):
            return False
        if owned_after(view, content, len(view.words) - content):
            return False
        return any(
            a.first >= 0 and a.last <= content for a in sources) and all(
            0 <= a.first - content <= REPORTED_SUBJECT_REACH for a in targets)

    @staticmethod
    def _event(kind: str, source: Arg, target: Arg, modality: str, date: str | None,
               confidence: float, evidence: Evidence, trace: list[Step]) -> Event:
        intensity, quad = ontology().intensity(kind, None)
        return Event(source=source.entity, event_type=kind, target=target.entity, date=date,
                     intensity=intensity, quad=quad, modality=modality, confidence=confidence,
                     source_person=source.person, target_person=target.person,
                     evidence=[evidence], trace=trace)


def sentence_modality(extractor: Extractor, view: SentenceView, span: range | None = None
                      ) -> tuple[str, str]:
    """The sentence's modality cue (its first), read with the language's frames; with
    `span`, only a cue that begins in it. Not an attribute cue (`attribute_cues`): it
    names the noun it qualifies as still to come, and the scorer reads no trigger; nor
    the aim of a noun (`_noun_aim`)."""
    attributes = view.grammar.attribute_cues  # "an upcoming summit": a noun's, no trigger
    found = sorted((first, str(p.key)) for first, last, p in
                   extractor.frames.modality.find(view.words)
                   if (span is None or first in span) and not (
                       last - first == 1 and attributes.intersection(view.words[first]))
                   and not _noun_aim(extractor, view, first))
    if not found:
        return "actual", ""
    keys = {key for _, key in found}
    for key in ("negated", "planned", "hypothetical"):
        if key in keys:
            return key, view.word_at(next(f for f, k in found if k == key))
    return "actual", ""


def _noun_aim(extractor: Extractor, view: SentenceView, i: int) -> bool:
    """An aim verb (`aim_cues`) at word i that qualifies the noun before it, a relative
    clause with no pronoun ("في إطار إجراءات تهدف إلى خفض التوتر", "قمة للاتحاد
    الأفريقي تهدف إلى إنهاء النزاع"): it tells what the noun is for, not the act as a
    plan. Not a verb that opens its clause, nor one after its subject's name where the
    name opens the clause or follows a complementizer ("إن روسيا تهدف إلى ...")."""
    if not view.grammar.aim_cues.intersection(view.words[i]) or view.clause_start(i) == i:
        return False
    before = i - 1
    while before >= 0 and before in view.masked:
        before -= 1  # the words of a name right before the verb
    # "أعلنت أن روسيا تهدف إلى ...": a name that opens the clause is the verb's subject
    return before >= 0 and not (before < i - 1 and (
        view.clause_start(before + 1) == before + 1
        or extractor.complementizers.intersection(view.words[before])))


def by_sentence_of(event: Event) -> int:
    return event.evidence[0].sentence if event.evidence else -1


def _events_by_sentence(events: Sequence[Event]) -> dict[int, list[Event]]:
    out: dict[int, list[Event]] = {}
    for event in events:
        for evidence in event.evidence:
            out.setdefault(evidence.sentence, []).append(event)
    return out


def _actor_sentences(doc: Doc, extractor: Extractor, published: str | None) -> dict[int, int]:
    """The number of distinct actors each sentence names (sentences that name one)."""
    seen: dict[int, set[str]] = {}
    for mention in doc.mentions:
        resolved = extractor._resolve(mention.entity_id, published)  # the rules' own resolver
        if resolved is not None and resolved[1] in PROPOSE_KINDS:
            seen.setdefault(mention.sentence, set()).add(resolved[0])
    return {i: len(found) for i, found in seen.items()}


def sentence_view(doc: Doc, index: int, extractor: Extractor,
                  published: str | None) -> SentenceView:
    """The sentence as the rules see it: words and the arguments its names give."""
    start, end = doc.sentences[index]
    return view_sentence(doc.text, index, start, end, doc.mentions_in(index),
                         lambda eid: extractor._resolve(eid, published), extractor.grammar,
                         window=document_window(doc, index),
                         group_size=lambda group: extractor._group_size(group, published))


def choose_arguments(view: SentenceView, target_markers: Sequence[str]
                     ) -> tuple[tuple[list[Arg], str], tuple[list[Arg], str]] | None:
    """Source and target of a proposed event, by the grammar's strategies: the parties after
    "between"; else the first unmarked actor (else the first actor) with those coordinated
    with it: two or more are the parties of a joint act ("A and B held talks"); one is the
    source, and the target is the actor governed by one of the type's target markers, else
    the first actor after the source."""
    actors = [a for a in view.args if a.kind in PROPOSE_KINDS and not a.implicit
              and not _backer(view, a)]
    parties = between_group(actors)
    if len({a.entity for a in parties}) >= 2:
        return (parties[:1], st.BETWEEN), (parties[1:], st.BETWEEN)
    sources = st.vso_subject(actors, PROPOSE_KINDS, 0, len(view.words))
    how_source = st.VSO_SUBJECT
    if not sources:
        sources, how_source = st.direct_object(actors, prefer_unmarked=True), st.COORDINATED
    if len({a.entity for a in sources}) >= 2:
        return (sources[:1], st.COORDINATED), (sources[1:], st.COORDINATED)
    if not sources:
        return None
    named = {a.entity for a in sources}
    rest = [a for a in actors if a.entity not in named and a.first >= sources[0].first]
    targets = st.object_by_marker(view, rest, PROPOSE_KINDS, target_markers, set(named))
    how = st.OBJECT_BY_MARKER
    if not targets:
        targets, how = st.direct_object(rest, prefer_unmarked=False), st.DIRECT_OBJECT
    if not targets:
        return None
    return (sources, how_source), (targets, how)


def _backer(view: SentenceView, arg: Arg) -> bool:
    """"حركة إم 23 المتمردة المدعومة من رواندا": a name a backing participle governs through
    its preposition (grammar `modifier_participles`) only describes the noun before it; it
    is no party of an act the sentence is proposed to state."""
    nouns = view.grammar.modifier_participles
    return bool(nouns) and arg.marked and any(
        k >= 0 and not nouns.isdisjoint(view.words[k]) for k in (arg.first - 1, arg.first - 2))


def domestic_arguments(view: SentenceView
                       ) -> tuple[tuple[list[Arg], str], tuple[list[Arg], str]] | None:
    """A state that acts on its own people ("police arrested protesters"): the first
    unmarked state as source, and as target."""
    states = [a for a in view.args if a.kind == "state" and not a.implicit]
    sources = st.vso_subject(states, frozenset({"state"}), 0, len(view.words))
    if not sources:
        return None
    return (sources[:1], st.VSO_SUBJECT), (sources[:1], st.DOMESTIC)


def _target_markers(extractor: Extractor) -> dict[str, tuple[str, ...]]:
    """Per event type, the target markers of the language's frames of that type."""
    out: dict[str, set[str]] = {}
    for frame in extractor.frames.by_id.values():
        if frame.event and frame.event.get("type"):
            out.setdefault(frame.event["type"], set()).update(frame.target_markers)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def _sentence_date(doc: Doc, view: SentenceView, published: str | None,
                   ahead_after: int | None = None) -> str | None:
    """The first date stated in the sentence (not an "until" bound); for a plan, read
    forward in time when it stands after the plan's first actor (offset `ahead_after`):
    one before it may date the statement ("On Monday, X said it will meet Y")."""
    dates = [d for d in find_dates(doc.text[view.start:view.end], published)
             if getattr(d, "relation", "") != "until"]
    if not dates:
        return None
    first = dates[0]
    if ahead_after is not None and view.start + first.start > ahead_after:
        return first.ahead().value
    return first.value


def _detail(arg: Arg) -> str:
    return f"{arg.entity} {st.actor_detail(arg)}".strip()


def build(extractor: Extractor) -> ScorerConfirm | None:
    """The component for the extractor's language, or None when the scorer is not trained
    on it."""
    scorer = Scorer.load()
    if extractor.grammar.code not in scorer.languages:
        return None
    return ScorerConfirm(extractor, scorer)


def _arguments_span(view: SentenceView, args: list[Arg]) -> range:
    """The words up to the end of the clause that holds the last named argument of a proposed
    event (a comma of a list of names or a bracket ends none): a cue after it is another
    clause's ("met in Ankara, seeking to ..."), one before it still governs the actors ("Next
    month, if the ceasefire holds, the ministers of X and Y meet"); the whole sentence when
    none is named in it."""
    named = [a for a in args if a.first >= 0]
    if not named:
        return range(len(view.words))
    return range(0, view.clause_end(max(a.last for a in named) - 1, through_brackets=True))



def _described_only(fact: Fact) -> bool:
    """A fact read from a modifier of a name ("حركة إم 23 المدعومة من رواندا"), not from its
    clause: its sentence's act is still unread, the scorer may propose it."""
    return any(step.strategy == st.BACKER for step in fact.trace)


register(STRATEGY, build)
