"""The fact reader: a learned reading of facts between the actors of a sentence.

The rules read a fact only where a trigger of their lexicon meets an argument strategy;
analysis prose states memberships, agreements, partnerships, borders and aid in many ways
no trigger covers, and often leaves the state it is about unnamed ("A founding member of
the GCC, it ..."). This component (model "rules+scorer+facts") scores every ordered pair of
actors a sentence names, and the document's focal state with each of them, with a linear
model over the sentence's words (each actor masked as its kind), the words between the pair
and the words before each; it proposes the predicate it finds most likely when that
probability reaches the threshold and the rules hold no fact of that predicate for the pair.

A proposed fact is actual, has no attributes and cites its sentence; its trace says
"fact_reader" and its probability, which is also its confidence (the model's probabilities
are calibrated on held-out sentences at training). The weights and the threshold are data
(`data/fact_reader/`), written by `python -m diplomap.eval.train_fact_reader` from the
tune splits of the dev set and the essays; the threshold is chosen on their calibration
splits.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np

from diplomap.extract.components import register
from diplomap.extract.extractor import Extractor
from diplomap.extract.model import Evidence, Extraction, Fact
from diplomap.extract.scorer import tokens
from diplomap.lang import language
from diplomap.ontology import ontology
from diplomap.resources import package_path
from diplomap.text import Doc, normalize_key

DATA = package_path("extract", "data", "fact_reader")
WEIGHTS = DATA / "fact_reader.npz"
MANIFEST = DATA / "manifest.json"
COMPONENT = "facts"
STRATEGY = "fact_reader"
NONE = "none"  # the class of a pair that states no fact
ACTOR_KINDS = ("state", "organization")
CONTEXT_WORDS = 3  # words read before each actor
MIN_STEM = 3  # a proclitic is taken off a word only if this many letters remain


@dataclass(frozen=True, slots=True)
class Actor:
    """An actor of a sentence: `start`/`end` of its mention, None for the document's focal
    state when the sentence does not name it."""

    entity: str
    kind: str
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class Candidate:
    sentence: int
    subject: Actor
    object: Actor


@cache
def _proclitics(lang: str) -> tuple[str, ...]:
    """The language's proclitic strings (its clitic inventory), normalised, longest first."""
    forms = {normalize_key(form) for form, parts in language(lang).clitics.forms.items()
             if any(parts)}
    return tuple(sorted((f for f in forms if f), key=lambda f: (-len(f), f)))


def stem(word: str, lang: str) -> str:
    """The word without its proclitic, if one is written on it."""
    for clitic in _proclitics(lang):
        if word.startswith(clitic) and len(word) - len(clitic) >= MIN_STEM:
            return word[len(clitic):]
    return word


def words(text: str, lang: str) -> list[str]:
    return [stem(w, lang) for w in tokens(text)]


def sentence_actors(doc: Doc, resolve) -> dict[int, list[Actor]]:
    """Each sentence's actors, in order, one per entity (its first mention). `resolve(eid)`
    gives (entity, kind, person) as the rules resolve it (a person acts for its state)."""
    out: dict[int, list[Actor]] = {}
    for mention in doc.mentions:
        resolved = resolve(mention.entity_id)
        if resolved is None or resolved[1] not in ACTOR_KINDS:
            continue
        actors = out.setdefault(mention.sentence, [])
        if all(a.entity != resolved[0] for a in actors):
            actors.append(Actor(resolved[0], resolved[1], mention.start, mention.end))
    return out


def focal_state(actors: dict[int, list[Actor]]) -> str | None:
    """The state the document names in most sentences (the first named, on a tie)."""
    counts = Counter(a.entity for found in actors.values() for a in found if a.kind == "state")
    return counts.most_common(1)[0][0] if counts else None


def candidates(doc: Doc, resolve) -> Iterator[Candidate]:
    """Every ordered pair of a sentence's actors, the focal state counted in every sentence."""
    actors = sentence_actors(doc, resolve)
    focal = focal_state(actors)
    for index in range(len(doc.sentences)):
        found = list(actors.get(index, []))
        if focal is not None and all(a.entity != focal for a in found):
            found.append(Actor(focal, "state"))
        for subject in found:
            for obj in found:
                if subject.entity != obj.entity:
                    yield Candidate(index, subject, obj)


def _masked_words(text: str, lo: int, hi: int, actors: Sequence[Actor], lang: str) -> list[str]:
    """The words of text[lo:hi], each actor's mention read as its kind."""
    out: list[str] = []
    at = lo
    for actor in sorted((a for a in actors if a.start is not None and lo <= a.start < hi),
                        key=lambda a: a.start or 0):
        out += [*words(text[at:actor.start], lang), f"<{actor.kind}>"]
        at = max(at, actor.end or at)
    return [*out, *words(text[at:hi], lang)]


def features(doc: Doc, candidate: Candidate, actors: Sequence[Actor]) -> list[str]:
    """The feature strings of a candidate pair (their order never matters)."""
    lo, hi = doc.sentences[candidate.sentence]
    subject, obj = candidate.subject, candidate.object
    kinds = f"{subject.kind}>{obj.kind}"
    named = f"{subject.start is not None}{obj.start is not None}"
    sentence = set(_masked_words(doc.text, lo, hi, actors, doc.lang))
    out = [f"k:{kinds}", f"n:{named}"]
    out += [f"w:{w}" for w in sentence] + [f"kw:{kinds}:{w}" for w in sentence]
    if subject.start is not None and obj.start is not None:
        first, second = sorted((subject, obj), key=lambda a: a.start or 0)
        forward = first is subject
        between = _masked_words(doc.text, first.end or 0, second.start or 0, actors, doc.lang)
        out += [f"o:{forward}", f"d:{min(len(between), 12) // 3}"]
        out += [f"b:{w}" for w in set(between)] + [f"bo:{forward}:{w}" for w in set(between)]
    for slot, actor in (("s", subject), ("o", obj)):
        if actor.start is not None:
            before = _masked_words(doc.text, lo, actor.start, actors, doc.lang)[-CONTEXT_WORDS:]
            out += [f"p{slot}:{w}" for w in before]
    return out


def allowed(predicate: str, subject: Actor, obj: Actor) -> bool:
    """The ontology lets the predicate hold between actors of these kinds."""
    onto = ontology()
    spec = onto.predicates.get(predicate)
    if spec is None:
        return False
    kinds_of = lambda slots: {k for s in slots for k in onto.slot(s)}  # noqa: E731
    return subject.kind in kinds_of(spec.subject) and obj.kind in kinds_of(spec.object)


class FactModel:
    """A multinomial logistic model over hashed-free feature strings (a fixed vocabulary)."""

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

    def propose(self, doc: Doc, extraction: Extraction, published: str | None) -> list[Fact]:
        def resolve(entity_id: str) -> tuple[str, str, str | None] | None:
            return self.extractor._resolve(entity_id, published)  # the rules' own resolver

        actors = sentence_actors(doc, resolve)
        pairs = list(candidates(doc, resolve))
        if not pairs:
            return []
        batch = [features(doc, c, actors.get(c.sentence, [])) for c in pairs]
        probabilities = self.model.probabilities(batch)
        known = {self._key(f.subject, f.predicate, f.object) for f in extraction.facts}
        out: list[Fact] = []
        for candidate, row in zip(pairs, probabilities, strict=True):
            best = int(np.argmax(row))
            predicate, probability = self.model.classes[best], float(row[best])
            if predicate == NONE or probability < self.model.threshold:
                continue
            key = self._key(candidate.subject.entity, predicate, candidate.object.entity)
            if key in known or not allowed(predicate, candidate.subject, candidate.object):
                continue
            known.add(key)
            out.append(self._fact(doc, candidate, predicate, probability))
        return out

    def _key(self, subject: str, predicate: str, obj: str) -> tuple[str, str, str]:
        if predicate in self.symmetric and obj < subject:
            subject, obj = obj, subject
        return subject, predicate, obj

    def _fact(self, doc: Doc, candidate: Candidate, predicate: str, probability: float) -> Fact:
        start, end = doc.sentences[candidate.sentence]
        named = lambda a: "named" if a.start is not None else "focal state"  # noqa: E731
        return Fact(subject=candidate.subject.entity, predicate=predicate,
                    object=candidate.object.entity, confidence=round(probability, 3),
                    evidence=[Evidence(candidate.sentence, start, end)],
                    trace=[("subject", STRATEGY, named(candidate.subject)),
                           ("object", STRATEGY, named(candidate.object)),
                           ("confidence", STRATEGY, f"p={probability:.3f}")])


def manifest() -> dict:
    return json.loads(MANIFEST.read_text(encoding="utf-8")) if MANIFEST.exists() else {}


def build(extractor: Extractor) -> FactReader | None:
    """The component for the extractor's language, or None when the model has not read it."""
    if not WEIGHTS.exists() or extractor.grammar.code not in manifest().get("languages", []):
        return None
    return FactReader(extractor, FactModel.load())


register(COMPONENT, build)
