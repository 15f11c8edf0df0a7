"""The final confidence map: fitted on a split no rule is written from, monotone, last."""

from __future__ import annotations

import random

from diplomap.eval.calibrate import MIN_ITEMS, Outcome, document_weights, fit_curves
from diplomap.extract import final_confidence as fc
from diplomap.extract.components import FINAL, MODELS, components
from diplomap.extract.model import Event, Extraction, Fact
from diplomap.extract.pipeline import Pipeline
from diplomap.extract.strategies import Step


def event(confidence: float, origin: str) -> Event:
    return Event(event_type="ACCUSE", source="FRA", target="DEU", confidence=confidence,
                 trace=[Step("trigger", "t", "w"), Step("confidence", origin, "")])


def test_origin_is_the_last_confidence_step():
    assert fc.origin([Step("confidence", "event:named/x:actual", ".6")]) == "rules"
    assert fc.origin([Step("confidence", "event:named/x:actual", ".6"),
                      Step("confidence", "rules+scorer", ".7")]) == "rules+scorer"
    assert fc.origin([Step("confidence", "scorer", ".5")]) == "scorer"
    assert fc.origin([]) == "rules"


def test_the_map_is_monotone_and_bounded():
    curve = (0.8, -0.6)
    values = [fc.mapped(c / 100, curve) for c in range(0, 101)]
    assert values == sorted(values)
    assert 0 < values[0] < values[-1] < 1
    assert fc.mapped(0.7, (1.0, 0.0)) == 0.7


def test_component_maps_by_origin_and_says_so_in_the_trace():
    component = fc.FinalConfidence({"rules": (1.0, -1.0)})
    fact = Fact(subject="KAZ", predicate="member_of", object="SCO", confidence=0.8,
                trace=[Step("confidence", "fact:named/x:actual", ".8")])
    out = component(None, Extraction(facts=[fact],  # type: ignore[arg-type]
                                     events=[event(0.6, "event:named/x:actual"),
                                             event(0.6, "rules+scorer")]), None)
    assert out.facts[0].confidence == fc.mapped(0.8, (1.0, -1.0)) < 0.8
    mapped = out.facts[0].confidence
    assert out.facts[0].trace[-1] == Step("confidence", "held-out", f"{mapped:.2f}")
    assert out.events[0].confidence < 0.6
    assert out.events[1].confidence == 0.6 and out.events[1].trace[-1].strategy == "rules+scorer"
    assert out.events[0].key == event(0.6, "x").key


def test_fit_recovers_an_overconfident_source():
    rng = random.Random(7)
    results = []
    for i in range(2000):
        c = rng.uniform(0.2, 0.9)
        results.append(Outcome("rules", c, rng.random() < c - 0.2, f"d{i}"))  # 0.2 too high
    results += [Outcome("scorer", 0.5, True, "s")] * (MIN_ITEMS - 1)
    curves = fit_curves(results)
    assert set(curves) == {"rules"}  # too few scorer items: that origin stays unmapped
    curve = (curves["rules"]["slope"], curves["rules"]["intercept"])
    for c in (0.4, 0.6, 0.8):
        assert abs(fc.mapped(c, curve) - (c - 0.2)) < 0.06


def test_a_source_that_ranks_backwards_gets_its_share_right_not_a_falling_map():
    rng = random.Random(3)
    results = [Outcome("rules", c, rng.random() < 1 - c, f"d{i}")
               for i, c in enumerate(rng.uniform(0.2, 0.9) for _ in range(500))]
    curve = fit_curves(results)["rules"]
    share = sum(o.right for o in results) / len(results)
    assert curve["slope"] == 0
    assert abs(fc.mapped(0.9, (curve["slope"], curve["intercept"])) - share) < 0.01


def test_every_model_ends_with_the_map_unless_fitting():
    pipeline = Pipeline(model="rules")
    extractor = pipeline.extractor("en")
    for model in MODELS:
        built = components(model, extractor)
        assert isinstance(built[-1], fc.FinalConfidence), FINAL
        assert not any(isinstance(c, fc.FinalConfidence)
                       for c in components(model, extractor, final=False))
    assert not any(isinstance(c, fc.FinalConfidence)
                   for c in Pipeline(model="rules", final_map=False).components("en"))


def test_document_weights_count_a_document_by_the_square_root_of_its_items():
    results = [Outcome("rules", 0.5, True, "one")] + [Outcome("rules", 0.5, False, "many")] * 16
    weights = document_weights(results)
    assert abs(weights.mean() - 1) < 1e-9
    assert abs(weights[0] / weights[1] - 4) < 1e-9  # 16 items weigh as 4 single-item documents
    assert abs(weights[1:].sum() / weights[0] - 4) < 1e-9


def test_one_document_of_many_wrong_items_does_not_flatten_the_map():
    """A group expanded to its 50 members, every item wrong at a high confidence, among 400
    one-item documents whose confidence is honest: the map stays close to honest."""
    rng = random.Random(11)
    honest = [Outcome("rules", c, rng.random() < c, f"d{i}")
              for i, c in enumerate(rng.uniform(0.2, 0.9) for _ in range(400))]
    expanded = [Outcome("rules", 0.8, False, "summit")] * 50
    curve = fit_curves(honest + expanded)["rules"]
    mapped = fc.mapped(0.8, (curve["slope"], curve["intercept"]))
    unweighted = fit_curves(honest + [o._replace(document=f"s{i}")
                                      for i, o in enumerate(expanded)])["rules"]
    assert mapped > fc.mapped(0.8, (unweighted["slope"], unweighted["intercept"])) + 0.05
    assert abs(mapped - 0.8) < 0.12
