"""The fact reader: a learned reading of facts between the actors of a sentence.

The rules read a fact only where a trigger of their lexicon meets an argument strategy;
analysis prose states memberships, agreements, partnerships, borders and aid in many ways
no trigger covers, and often leaves the state it is about unnamed ("A founding member of
the GCC, it ..."). This component (model "rules+scorer+facts") reads each sentence as the
rules do (`confirm.sentence_view`: their words, their actors, no dateline city, no amount's
currency, no name nested in another) and scores every ordered pair of its actors, and the
document's dominant state with each actor of a sentence that names no state, with a linear
model over the sentence's words (every actor's words read as its kind), the words between
the pair and the words before each. Where the most likely predicate reaches the threshold,
the ontology allows it between those kinds and the rules hold no fact of it for the pair, it
adds the fact, citing the sentence with its best probability as confidence; a sentence
whose modality cue is a negation or a condition gives none, a planned one a planned fact.

The weights and the threshold are data (`data/fact_reader/`), written by
`python -m diplomap.eval.train_fact_reader` from the tune splits of the dev set and the
essays; the threshold is chosen on their calibration splits.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache, cached_property

import numpy as np

from diplomap.extract.components import register
from diplomap.extract.confirm import sentence_modality, sentence_view
from diplomap.extract.extractor import Extractor, dateline_end, dominant_state
from diplomap.extract.model import Evidence, Extraction, Fact
from diplomap.extract.sentence import Arg, SentenceView
from diplomap.extract.strategies import Step
from diplomap.ontology import ontology
from diplomap.resources import package_path
from diplomap.text import Doc

DATA = package_path("extract", "data", "fact_reader")
WEIGHTS = DATA / "fact_reader.npz"
MANIFEST = DATA / "manifest.json"
COMPONENT = "facts"
STRATEGY = "fact_reader"
NONE = "none"  # the class of a pair that states no fact
ACTOR_KINDS = ("state", "organization")
CONTEXT_WORDS = 3  # words read before each actor
GIVES_NONE = ("negated", "hypothetical")  # sentence modalities that state no fact


@dataclass(frozen=True, slots=True)
class Actor:
    """An actor of a sentence: its argument, None for the document's dominant state when the
    sentence names no state."""

    entity: str
    kind: str
    arg: Arg | None = None


@dataclass(frozen=True, slots=True)
class Candidate:
    sentence: int
    subject: Actor
    object: Actor


@dataclass
class Sentence:
    """A sentence as the reader sees it: its view, its actors (one per entity) and its
    words, each actor's words read as its kind."""

    index: int
    view: SentenceView
    actors: list[Actor]
    words: list[tuple[str, ...]]

    @cached_property
    def readings(self) -> set[str]:
        """Every reading of every word (read once for all the sentence's pairs)."""
        return _readings(self.words)


def read_sentences(doc: Doc, extractor: Extractor, published: str | None) -> list[Sentence]:
    """The sentences that name an actor, read by the rules' view, with the dominant state
    added to those that name none."""
    out = []
    filed_in = dateline_end(doc.text)  # the city a story was filed from is no actor
    for index in sorted({m.sentence for m in doc.mentions}):
        view = sentence_view(doc, index, extractor, published)
        args = [a for a in view.args
                if a.kind in ACTOR_KINDS and a.first >= 0 and a.start >= filed_in]
        if args:
            out.append(Sentence(index, view, _one_per_entity(args), _masked_words(view, args)))
    focal = dominant_state(Counter(a.entity for s in out for a in s.actors
                                   if a.kind == "state"))
    for sentence in out:
        if focal is not None and all(a.kind != "state" for a in sentence.actors):
            sentence.actors.append(Actor(focal, "state"))
    return out


def _one_per_entity(args: Sequence[Arg]) -> list[Actor]:
    actors: list[Actor] = []
    for arg in args:
        if all(a.entity != arg.entity for a in actors):
            actors.append(Actor(arg.entity, arg.kind, arg))
    return actors


def _masked_words(view: SentenceView, args: Sequence[Arg]) -> list[tuple[str, ...]]:
    """The view's words (each with its readings), every actor's words read as its kind."""
    words = list(view.words)
    for arg in args:
        for i in range(arg.first, min(arg.last, len(words))):
            words[i] = (f"<{arg.kind}>",) if i == arg.first else ()
    return words


def candidates(sentences: Sequence[Sentence]) -> Iterator[Candidate]:
    """Every ordered pair of a sentence's actors."""
    for sentence in sentences:
        for subject in sentence.actors:
            for obj in sentence.actors:
                if subject.entity != obj.entity:
                    yield Candidate(sentence.index, subject, obj)


def _readings(words: Sequence[tuple[str, ...]]) -> set[str]:
    return {r for readings in words for r in readings}


def features(sentence: Sentence, candidate: Candidate) -> list[str]:
    """The feature strings of a candidate pair (their order never matters)."""
    subject, obj = candidate.subject, candidate.object
    kinds = f"{subject.kind}>{obj.kind}"
    words = sentence.readings
    out = [f"k:{kinds}", f"n:{subject.arg is not None}{obj.arg is not None}"]
    out += [f"w:{w}" for w in words] + [f"kw:{kinds}:{w}" for w in words]
    if subject.arg is not None and obj.arg is not None:
        first, second = sorted((subject.arg, obj.arg), key=lambda a: a.first)
        forward = first is subject.arg
        between = _readings(sentence.words[first.last:second.first])
        out += [f"o:{forward}", f"d:{min(second.first - first.last, 12) // 3}"]
        out += [f"b:{w}" for w in between] + [f"bo:{forward}:{w}" for w in between]
    for slot, actor in (("s", subject), ("o", obj)):
        if actor.arg is not None:
            before = _readings(sentence.words[max(0, actor.arg.first - CONTEXT_WORDS):
                                              actor.arg.first])
            out += [f"p{slot}:{w}" for w in before]
    return out


def allowed(predicate: str, subject: Actor, obj: Actor) -> bool:
    """The ontology lets the predicate hold between actors of these kinds, and a person's
    state never stands for the person where the person may be the subject (the rules keep
    "X proposed ..." as the person's)."""
    onto = ontology()
    spec = onto.predicates.get(predicate)
    if spec is None:
        return False
    subject_kinds = {k for slot in spec.subject for k in onto.slot(slot)}
    object_kinds = {k for slot in spec.object for k in onto.slot(slot)}
    if subject.arg is not None and subject.arg.person and "person" in subject_kinds:
        return False
    return subject.kind in subject_kinds and obj.kind in object_kinds


class FactModel:
    """A multinomial logistic model over feature strings (a fixed vocabulary)."""

    def __init__(self, vocabulary: dict[str, int], coef: np.ndarray, intercept: np.ndarray,
                 classes: Sequence[str], threshold: float) -> None:
        self.vocabulary = vocabulary
        self.coef = coef  # (features, classes)
        self.intercept = intercept
        self.classes = tuple(classes)
        self.threshold = threshold

    @classmethod
    @cache
    def load(cls, path: str = str(WEIGHTS)) -> FactModel:
        expected = manifest().get("sha256")
        with open(path, "rb") as handle:
            if expected and hashlib.sha256(handle.read()).hexdigest() != expected:
                raise ValueError(f"{path}: its sha256 is not the manifest's (retrain with "
                                 "`make train`)")
        with np.load(path, allow_pickle=False) as data:
            names = [str(n) for n in data["features"]]
            return cls({n: i for i, n in enumerate(names)}, data["coef"].astype(np.float32),
                       data["intercept"].astype(np.float32),
                       [str(c) for c in data["classes"]], float(data["threshold"]))

    def probabilities(self, batch: Sequence[Sequence[str]]) -> np.ndarray:
        """(len(batch), classes) probabilities."""
        scores = np.tile(self.intercept, (len(batch), 1))
        for row, feats in enumerate(batch):
            index = [self.vocabulary[f] for f in set(feats) if f in self.vocabulary]
            if index:
                scores[row] += self.coef[index].sum(axis=0)
        scores -= scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        return exp / exp.sum(axis=1, keepdims=True)


class FactReader:
    def __init__(self, extractor: Extractor, model: FactModel) -> None:
        self.extractor = extractor
        self.model = model
        self.symmetric = ontology().symmetric

    def __call__(self, doc: Doc, extraction: Extraction, published: str | None) -> Extraction:
        proposed = self.propose(doc, extraction, published)
        if not proposed:
            return extraction
        return Extraction(facts=[*extraction.facts, *proposed], events=extraction.events)

    def propose(self, doc: Doc, extraction: Extraction, published: str | None,
                threshold: float | None = None) -> list[Fact]:
        """The facts the model finds at `threshold` (the model's own by default), each
        pair's best reading once."""
        threshold = self.model.threshold if threshold is None else threshold
        known = {self._key(f.subject, f.predicate, f.object) for f in extraction.facts}
        best: dict[tuple[str, str, str], Fact] = {}
        for sentence in read_sentences(doc, self.extractor, published):
            modality, cue = sentence_modality(self.extractor, sentence.view)
            if modality in GIVES_NONE:
                continue
            pairs = list(candidates([sentence]))
            rows = self.model.probabilities([features(sentence, c) for c in pairs])
            for candidate, row in zip(pairs, rows, strict=True):
                predicate, probability = self._best(row)
                key = self._key(candidate.subject.entity, predicate, candidate.object.entity)
                if (predicate == NONE or probability < threshold or key in known
                        or not allowed(predicate, candidate.subject, candidate.object)):
                    continue
                if key not in best or probability > best[key].confidence:
                    best[key] = self._fact(doc, candidate, predicate, probability, modality,
                                           cue)
        return list(best.values())

    def _best(self, row: np.ndarray) -> tuple[str, float]:
        index = int(np.argmax(row))
        return self.model.classes[index], float(row[index])

    def _key(self, subject: str, predicate: str, obj: str) -> tuple[str, str, str]:
        if predicate in self.symmetric and obj < subject:
            subject, obj = obj, subject
        return subject, predicate, obj

    def _fact(self, doc: Doc, candidate: Candidate, predicate: str, probability: float,
              modality: str, cue: str) -> Fact:
        start, end = doc.sentences[candidate.sentence]
        return Fact(subject=candidate.subject.entity, predicate=predicate,
                    object=candidate.object.entity, modality=modality,
                    confidence=round(probability, 3),
                    evidence=[Evidence(candidate.sentence, start, end)],
                    trace=[Step("subject", STRATEGY, _how(candidate.subject)),
                           Step("object", STRATEGY, _how(candidate.object)),
                           *([Step("modality", modality, cue)] if cue else []),
                           Step("confidence", STRATEGY, f"p={probability:.3f}")])


def _how(actor: Actor) -> str:
    if actor.arg is None:
        return "dominant state"
    return f"person {actor.arg.person}" if actor.arg.person else "named"


@cache
def manifest() -> dict:
    return json.loads(MANIFEST.read_text(encoding="utf-8")) if MANIFEST.exists() else {}


def build(extractor: Extractor) -> FactReader | None:
    """The component for the extractor's language, or None when the model has not read it."""
    if not WEIGHTS.exists() or extractor.grammar.code not in manifest().get("languages", []):
        return None
    return FactReader(extractor, FactModel.load())


register(COMPONENT, build)
