"""The fact reader (extract/fact_reader.py): candidates, features, the model, the component."""

from __future__ import annotations

import hashlib
import json

import numpy as np
import pytest

from diplomap.extract import fact_reader as fr
from diplomap.extract.components import MODELS
from diplomap.extract.model import Extraction, Fact
from diplomap.extract.pipeline import Pipeline

EN = ("Kazakhstan is a founding member of the Shanghai Cooperation Organisation. "
      "It borders China and Russia, and Astana trades with Beijing.")


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(model="rules")


def read(pipeline: Pipeline, text: str, lang: str = "en"):
    reading = pipeline(text, lang, "2025-01-01")
    extractor = pipeline.extractor(lang)
    return reading, (lambda eid: extractor._resolve(eid, "2025-01-01"))


def toy_model(weights: dict[str, dict[str, float]], threshold: float = 0.5) -> fr.FactModel:
    """A model whose features push named classes up (the class order: none first)."""
    classes = [fr.NONE, *sorted({c for row in weights.values() for c in row})]
    names = sorted(weights)
    coef = np.zeros((len(names), len(classes)), dtype=np.float32)
    for i, name in enumerate(names):
        for cls, value in weights[name].items():
            coef[i, classes.index(cls)] = value
    return fr.FactModel({n: i for i, n in enumerate(names)}, coef,
                        np.array([2.0] + [0.0] * (len(classes) - 1), dtype=np.float32),
                        classes, threshold)


def test_the_model_is_registered():
    assert MODELS["rules+scorer+facts"] == ("scorer", "facts")


def test_a_proclitic_comes_off_only_when_a_stem_remains():
    # the clitic inventory of lang/ar: the conjunction and the article come off
    assert fr.stem("والمنظمة", "ar") == "منظمة"
    assert fr.stem("ولد", "ar") == "ولد"  # three letters: no clitic taken
    assert fr.stem("alliance", "en") == "alliance"


def test_candidates_pair_the_actors_of_a_sentence_and_the_focal_state(pipeline):
    reading, resolve = read(pipeline, EN)
    pairs = {(c.sentence, c.subject.entity, c.object.entity) for c in
             fr.candidates(reading.doc, resolve)}
    assert (0, "KAZ", "SCO") in pairs and (0, "SCO", "KAZ") in pairs
    assert (1, "KAZ", "CHN") in pairs and (1, "CHN", "RUS") in pairs
    # the second sentence names Kazakhstan by its capital; a sentence naming no state still
    # pairs the focal state with its actors
    assert all(c.subject.entity != c.object.entity for c in fr.candidates(reading.doc, resolve))


def test_the_focal_state_unnamed_in_a_sentence_is_a_candidate(pipeline):
    text = "Kazakhstan met Russia. Kazakhstan met China. The OSCE praised the talks."
    reading, resolve = read(pipeline, text)
    third = [c for c in fr.candidates(reading.doc, resolve) if c.sentence == 2]
    assert {(c.subject.entity, c.object.entity) for c in third} == {("KAZ", "OSCE"),
                                                                    ("OSCE", "KAZ")}
    implicit = next(c for c in third if c.subject.entity == "KAZ")
    assert implicit.subject.start is None


def test_features_mask_the_actors_by_kind(pipeline):
    reading, resolve = read(pipeline, EN)
    actors = fr.sentence_actors(reading.doc, resolve)
    candidate = next(c for c in fr.candidates(reading.doc, resolve)
                     if (c.subject.entity, c.object.entity) == ("KAZ", "SCO"))
    feats = fr.features(reading.doc, candidate, actors[0])
    assert "b:founding" in feats and "b:member" in feats  # the words between the pair
    assert "w:<organization>" in feats and "w:<state>" in feats
    assert not any("kazakhstan" in f or "shanghai" in f for f in feats)
    assert "o:True" in feats  # the subject comes first


def test_probabilities_are_a_distribution():
    model = toy_model({"b:member": {"member_of": 4.0}})
    rows = model.probabilities([["b:member"], ["unknown feature"], []])
    assert np.allclose(rows.sum(axis=1), 1.0)
    assert model.classes[int(np.argmax(rows[0]))] == "member_of"
    assert model.classes[int(np.argmax(rows[1]))] == fr.NONE


def test_the_reader_proposes_what_its_model_finds_and_cites_the_sentence(pipeline):
    reading, _ = read(pipeline, EN)
    reader = fr.FactReader(pipeline.extractor("en"),
                           toy_model({"bo:True:member": {"member_of": 5.0}}))
    facts = reader.propose(reading.doc, Extraction(), "2025-01-01")
    assert [(f.subject, f.predicate, f.object) for f in facts] == [("KAZ", "member_of", "SCO")]
    fact = facts[0]
    span = fact.evidence[0]
    assert EN[span.start:span.end].startswith("Kazakhstan is a founding member")
    assert fact.modality == "actual" and fact.trace[-1][:2] == ("confidence", fr.STRATEGY)


def test_the_reader_leaves_a_pair_the_rules_read_and_kinds_the_ontology_forbids(pipeline):
    reading, _ = read(pipeline, EN)
    # "member_of" from an organisation to a state is no membership the ontology allows
    reader = fr.FactReader(pipeline.extractor("en"),
                           toy_model({"bo:False:member": {"member_of": 5.0},
                                      "bo:True:member": {"member_of": 5.0}}))
    rule = Fact(subject="KAZ", predicate="member_of", object="SCO")
    assert reader.propose(reading.doc, Extraction(facts=[rule]), "2025-01-01") == []


def test_a_symmetric_fact_is_proposed_once_per_pair(pipeline):
    reading, _ = read(pipeline, EN)
    reader = fr.FactReader(pipeline.extractor("en"),
                           toy_model({"w:borders": {"border_with": 5.0}}))
    facts = reader.propose(reading.doc, Extraction(), "2025-01-01")
    pairs = [frozenset((f.subject, f.object)) for f in facts]
    assert frozenset(("KAZ", "CHN")) in pairs and len(pairs) == len(set(pairs))


def test_under_the_threshold_nothing_is_proposed(pipeline):
    reading, _ = read(pipeline, EN)
    reader = fr.FactReader(pipeline.extractor("en"),
                           toy_model({"bo:True:member": {"member_of": 5.0}}, threshold=0.999))
    assert reader.propose(reading.doc, Extraction(), "2025-01-01") == []


def test_the_committed_weights_match_their_manifest():
    manifest = json.loads(fr.MANIFEST.read_text(encoding="utf-8"))
    assert hashlib.sha256(fr.WEIGHTS.read_bytes()).hexdigest() == manifest["sha256"]
    model = fr.FactModel.load()
    assert model.threshold == pytest.approx(manifest["threshold"])
    assert model.classes[0] == fr.NONE or fr.NONE in model.classes
    assert model.coef.shape == (manifest["features"], len(manifest["classes"]))
    # the threshold was chosen on the calibration splits: the reader did not lower F1 there
    for lang in manifest["languages"]:
        scores = manifest["calibration_facts"][lang]
        assert scores["after"]["f1"] >= scores["before"]["f1"]


def test_the_model_reads_arabic_too():
    text = "انضمت كازاخستان إلى منظمة شنغهاي للتعاون عام 2001."
    pipe = Pipeline(model="rules+scorer+facts")
    reading = pipe(text, "ar", "2025-01-01")
    for fact in reading.extraction.facts:
        span = fact.evidence[0]
        assert text[span.start:span.end].strip()  # offsets into the original text
