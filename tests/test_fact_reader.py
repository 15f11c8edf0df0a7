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


def read(pipeline: Pipeline, text: str, lang: str = "en") -> tuple:
    reading = pipeline(text, lang, "2025-01-01")
    return reading, fr.read_sentences(reading.doc, pipeline.extractor(lang), "2025-01-01")


def pairs(sentences) -> set[tuple[int, str, str]]:
    return {(c.sentence, c.subject.entity, c.object.entity) for c in fr.candidates(sentences)}


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


def test_candidates_pair_the_actors_the_rules_read_in_a_sentence(pipeline):
    _, sentences = read(pipeline, EN)
    found = pairs(sentences)
    assert (0, "KAZ", "SCO") in found and (0, "SCO", "KAZ") in found
    assert (1, "CHN", "RUS") in found
    assert all(c.subject.entity != c.object.entity for c in fr.candidates(sentences))


def test_the_dominant_state_joins_only_sentences_that_name_no_state(pipeline):
    text = ("Kazakhstan met Russia. Kazakhstan met China. Kazakhstan hosted Iran. "
            "The OSCE praised the talks. Turkey and the OSCE signed a memorandum.")
    _, sentences = read(pipeline, text)
    found = pairs(sentences)
    assert {(3, "KAZ", "OSCE"), (3, "OSCE", "KAZ")} <= found
    assert not any(s == 4 and "KAZ" in (a, b) for s, a, b in found)  # it names Turkey
    implicit = next(c for c in fr.candidates(sentences) if c.sentence == 3
                    and c.subject.entity == "KAZ")
    assert implicit.subject.arg is None


def test_a_dateline_city_and_a_nested_name_are_no_actors(pipeline):
    _, sentences = read(pipeline, "MOSCOW, May 2 - Kazakhstan joined the Organization of "
                                  "American States.")
    entities = {a.entity for s in sentences for a in s.actors}
    assert "RUS" not in entities and "USA" not in entities


def test_features_mask_every_actor_by_kind(pipeline):
    _, sentences = read(pipeline, "Kazakhstan is a founding member of the SCO, and "
                                  "Kazakhstan hosted its summit.")
    candidate = next(c for c in fr.candidates(sentences)
                     if (c.subject.entity, c.object.entity) == ("KAZ", "SCO"))
    feats = fr.features(sentences[0], candidate)
    assert "b:founding" in feats and "b:member" in feats  # the words between the pair
    assert "w:<organization>" in feats and "w:<state>" in feats
    assert not any("kazakhstan" in f.lower() or "sco" in f.lower() for f in feats)
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


def test_a_denied_sentence_gives_no_fact_and_a_planned_one_a_planned_fact(pipeline):
    model = toy_model({"w:<organization>": {"member_of": 5.0}})
    reader = fr.FactReader(pipeline.extractor("en"), model)
    denied, _ = read(pipeline, "Kazakhstan has never been a member of the European Union.")
    assert reader.propose(denied.doc, Extraction(), "2025-01-01") == []
    planned, _ = read(pipeline, "Kazakhstan will become a member of the European Union.")
    facts = reader.propose(planned.doc, Extraction(), "2025-01-01")
    assert [(f.subject, f.object, f.modality) for f in facts] == [("KAZ", "EU", "planned")]


def test_each_pair_keeps_its_best_reading(pipeline):
    text = ("Kazakhstan mentioned the SCO. Kazakhstan is a member of the SCO.")
    reading, _ = read(pipeline, text)
    reader = fr.FactReader(pipeline.extractor("en"),
                           toy_model({"k:state>organization": {"member_of": 2.5},
                                      "b:member": {"member_of": 3.0}}, threshold=0.0))
    facts = reader.propose(reading.doc, Extraction(), "2025-01-01")
    member = [f for f in facts if (f.subject, f.object) == ("KAZ", "SCO")]
    assert len(member) == 1 and member[0].evidence[0].sentence == 1


def test_a_persons_state_never_stands_for_the_person_as_proposer(pipeline):
    reading, _ = read(pipeline, "Nazarbayev proposed the Eurasian Economic Union in 1994.")
    reader = fr.FactReader(pipeline.extractor("en"),
                           toy_model({"b:proposed": {"proposed": 6.0}}))
    assert not [f for f in reader.propose(reading.doc, Extraction(), "2025-01-01")
                if f.predicate == "proposed"]


def test_a_model_for_another_language_is_not_built(pipeline, monkeypatch):
    monkeypatch.setattr(fr, "manifest", lambda: {"languages": ["en"]})
    assert fr.build(pipeline.extractor("ar")) is None
    assert isinstance(fr.build(pipeline.extractor("en")), fr.FactReader)


def test_the_committed_weights_match_their_manifest():
    manifest = json.loads(fr.MANIFEST.read_text(encoding="utf-8"))
    assert hashlib.sha256(fr.WEIGHTS.read_bytes()).hexdigest() == manifest["sha256"]
    model = fr.FactModel.load()
    assert fr.NONE in model.classes
    assert model.coef.shape == (manifest["features"], len(manifest["classes"]))
    if manifest["threshold"] is not None:
        assert model.threshold == pytest.approx(manifest["threshold"])
    # the threshold was chosen on the calibration splits: the reader lowered neither language
    for lang in manifest["languages"]:
        scores = manifest["calibration_facts"][lang]
        assert scores["after"]["f1"] >= scores["before"]["f1"]


def test_the_model_reads_arabic_sentences_by_the_rules_view(pipeline):
    text = "كازاخستان عضو مؤسس في منظمة شنغهاي للتعاون، وتحد الصين من الشرق."
    reading, sentences = read(pipeline, text, "ar")
    assert {"KAZ", "SCO"} <= {a.entity for s in sentences for a in s.actors}
    reader = fr.FactReader(pipeline.extractor("ar"),
                           toy_model({"k:state>organization": {"member_of": 5.0}}))
    facts = reader.propose(reading.doc, Extraction(), "2025-01-01")
    assert ("KAZ", "member_of", "SCO") in {(f.subject, f.predicate, f.object) for f in facts}
    for fact in facts:
        span = fact.evidence[0]
        assert text[span.start:span.end].startswith("كازاخستان")  # original offsets
