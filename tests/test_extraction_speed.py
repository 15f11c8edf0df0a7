"""The shortcuts that make extraction cheaper give what the plain code gives: a fact's or an
event's copy (`model.changed`), a document's MinHash signatures in one numpy pass, an
event's evidence JSON written directly, the final map's cached step, and the scorer read on
the sentences the rules+scorer component uses only (a sentence's scores do not depend on
the batch it is scored in). Sentences are written for these tests."""

from __future__ import annotations

import json
import random
from dataclasses import asdict, replace
from pathlib import Path

import numpy as np
import pytest

from diplomap.extract import confirm as confirm_module
from diplomap.extract import reference
from diplomap.extract import sentence as sentence_module
from diplomap.extract.confirm import ScorerConfirm
from diplomap.extract.final_confidence import FinalConfidence, _mapped_step, mapped
from diplomap.extract.grammar import norm
from diplomap.extract.model import Event, Evidence, Fact, changed
from diplomap.extract.pipeline import Pipeline
from diplomap.extract.scorer import Scorer
from diplomap.extract.sentence import SentenceView
from diplomap.extract.strategies import Step
from diplomap.store import records
from diplomap.text import Doc

SAMPLE = Path(__file__).resolve().parents[1] / "src" / "diplomap" / "sample" / "corpus"


def _event() -> Event:
    return Event(source="KAZ", event_type="CONSULT", target="TUR", mode="meet",
                 context=["economic"], date="2025-03-04", confidence=0.6,
                 evidence=[Evidence(0, 0, 40)], trace=[Step("trigger", "verb", "met")])


def _fact() -> Fact:
    return Fact(subject="KAZ", predicate="member_of", object="SCO", attrs={"since": "2001"},
                evidence=[Evidence(1, 41, 90)], trace=[Step("trigger", "member", "")])


@pytest.mark.parametrize("make", [_event, _fact])
def test_changed_is_dataclasses_replace(make) -> None:  # type: ignore[no-untyped-def]
    item = make()
    changes = {"confidence": 0.25, "trace": [*item.trace, Step("confidence", "held-out", "0.25")]}
    copy, expected = changed(item, **changes), replace(item, **changes)
    assert type(copy) is type(expected)
    assert asdict(copy) == asdict(expected)  # every field, the trace too (compare=False)
    assert item.confidence != 0.25 and len(item.trace) == 1  # the original is untouched
    assert copy.evidence is item.evidence  # shallow, as replace is


def test_changed_refuses_a_field_the_item_lacks() -> None:
    with pytest.raises(TypeError, match="no field colour"):
        changed(_event(), colour="red")


def _reference_signature(words: list[str]) -> bytes:
    hashes = np.fromiter({records._word_hash(w) for w in words}, dtype=np.uint64)
    if not hashes.size:
        return b""
    return ((np.outer(records._A, hashes) + records._B[:, None]) % records._PRIME).min(
        axis=1).astype(np.uint32).tobytes()


def test_signatures_of_a_batch_are_each_texts_own() -> None:
    rng = random.Random(7)
    vocabulary = [f"word{i}" for i in range(300)] + ["مصر", "تركيا", "Kazakhstan"]
    for _ in range(200):
        batch = [[rng.choice(vocabulary) for _ in range(rng.randrange(0, 30))]
                 for _ in range(rng.randrange(1, 8))]
        assert records.signatures(batch) == [_reference_signature(words) for words in batch]
    assert records.signatures([[], []]) == [b"", b""]
    assert records.signature(["a", "b", "a"]) == _reference_signature(["a", "b"])


def test_the_final_maps_cached_step_follows_the_curve() -> None:
    item = _event()
    for curve in [(0.8, -0.3), (1.2, 0.1)]:  # a cache keyed by confidence alone would fail
        out = FinalConfidence({"rules": curve})._item(item)
        assert out.confidence == mapped(0.6, curve)
        assert out.trace[-1] == Step("confidence", "held-out", f"{mapped(0.6, curve):.2f}")
        assert _mapped_step(0.6, curve) == (out.confidence, out.trace[-1])
    assert item.trace == [Step("trigger", "verb", "met")]


def test_a_sentences_scores_do_not_depend_on_its_batch() -> None:
    scorer = Scorer.load()
    texts = ["Russian forces shelled the Ukrainian city of Kharkiv on Monday.",
             "The ministers of Kazakhstan and Turkey met in Ankara to expand trade links.",
             "وقعت مصر والأردن اتفاقية للتعاون في مجال الطاقة يوم الثلاثاء.",
             "It rained in the capital all week, and 12 schools closed early."]
    whole = scorer.scores(texts, "en")
    scorer.model.clear_cache()  # a word cache filled by other texts, or empty
    for k, text in enumerate(texts):
        alone = scorer.scores([text], "en")
        for name in ("relevance", "quad", "event_type"):
            assert np.array_equal(getattr(alone, name)[0], getattr(whole, name)[k])


def test_rules_and_scorer_read_as_if_every_sentence_were_scored(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The component scores the sentences it reads only; scoring every sentence of the
    document, as it did, gives the same extraction."""
    pipeline = Pipeline(model="rules+scorer")
    paths = sorted(SAMPLE.glob("ar_*.json"))[:4] + sorted(SAMPLE.glob("en_*.json"))[:4]
    docs = [(json.loads(path.read_text(encoding="utf-8")), path.name[:2]) for path in paths]
    assert len(docs) == 8
    scored: list[int] = []
    plain = ScorerConfirm.predictions

    def every_sentence(self: ScorerConfirm, doc: Doc, indices: list[int]) -> dict:
        scored.append(len(indices))
        return plain(self, doc, list(range(len(doc.sentences))))

    readings = [pipeline(doc["text"], lang, doc["published"]) for doc, lang in docs]
    fast = [(r.extraction.facts, r.extraction.events) for r in readings]
    monkeypatch.setattr(confirm_module.ScorerConfirm, "predictions", every_sentence)
    readings = [pipeline(doc["text"], lang, doc["published"]) for doc, lang in docs]
    assert scored  # the component ran
    assert any(r.extraction.events for r in readings)
    for (facts, events), reading in zip(fast, readings, strict=True):
        assert [asdict(f) for f in facts] == [asdict(f) for f in reading.extraction.facts]
        assert [asdict(e) for e in events] == [asdict(e) for e in reading.extraction.events]



def _sample_docs() -> list[tuple[dict, str]]:
    return [(json.loads(path.read_text(encoding="utf-8")), path.name[:2])
            for path in sorted(SAMPLE.glob("*.json"))]


def _plain_unknown_names(view: SentenceView, text: str) -> list[int]:
    """`reference._unknown_names` as it was written before its capitals were read once."""
    g = view.grammar
    grammar_words = (g.prepositions | g.articles | g.coordinators | g.relatives
                     | g.demonstratives | g.person_pronouns | g.list_inclusion | g.since)

    def capitalised(i: int) -> bool:
        return (i < len(view.words) and i not in view.masked and i not in view.referred
                and reference._starts_capital(text[view.spans[i][0]:view.spans[i][1]]))

    return [i for i in range(len(view.words)) if capitalised(i) and not (
        (i == 0 or view.boundary[i]) and (view.words[i][0] in grammar_words
                                          or not capitalised(i + 1)))]


def test_reference_shortcuts_skip_no_reference_and_no_unknown_name(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Over the sample corpus: a word the reference scan skips (none of its forms starts a
    phrase) starts no phrase with any next word; a word `bare_organs` skips starts no organ
    noun; the cached forms are the plain ones; the unknown names read once are the plain
    ones."""
    checked = {"skipped": 0, "views": 0, "unknown": 0}
    scan, unknown = reference._references, reference._unknown_names

    def checking_scan(view: SentenceView, text: str) -> list:
        g = view.grammar
        index, firsts = reference._phrase_index(g), reference._phrase_firsts(g)
        for i, word in enumerate(view.words):
            forms = reference._first_forms(g, word)
            assert forms == reference._forms(g, word)
            if not firsts.isdisjoint(forms):
                continue
            checked["skipped"] += 1
            nexts = reference._forms(g, view.words[i + 1]) if i + 1 < len(view.words) else set()
            assert not any(f in index or f"{f} {n}" in index for f in forms for n in nexts)
            assert forms.isdisjoint(index)
            if g.bare_organs and sentence_module._organ_firsts(g).isdisjoint(word):
                assert sentence_module._organ_at(view, i) == 0
        checked["views"] += 1
        return scan(view, text)

    def checking_unknown(view: SentenceView, text: str) -> list[int]:
        found = unknown(view, text)
        assert found == _plain_unknown_names(view, text)
        checked["unknown"] += len(found)
        return found

    monkeypatch.setattr(reference, "_references", checking_scan)
    monkeypatch.setattr(reference, "_unknown_names", checking_unknown)
    pipeline = Pipeline(model="rules")
    for doc, lang in _sample_docs():
        pipeline(doc["text"], lang, doc["published"])
    assert checked["views"] > 100 and checked["skipped"] > 1000 and checked["unknown"] > 10


def test_first_forms_cache_is_per_grammar_and_starts_over_when_full(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The forms cached for a word are those of its grammar (Arabic's article form differs
    from English's none), and a full cache is emptied, not served stale."""
    ar, en = Pipeline(model="rules").extractor("ar").grammar, Pipeline(
        model="rules").extractor("en").grammar
    word = ar.readings(norm("للرئيس"))
    assert reference._first_forms(ar, word) == reference._forms(ar, word)
    assert norm("الرئيس") in reference._first_forms(ar, word)
    assert reference._first_forms(en, word) == frozenset(word)  # English has no article
    monkeypatch.setattr(reference, "FORMS_CACHE_SIZE", 2)
    reference._forms_cache(ar).clear()
    words = [ar.readings(norm(w)) for w in ("بالحكومة", "للوزير", "والرئيس")]
    for w in words:
        assert reference._first_forms(ar, w) == reference._forms(ar, w)
        assert len(reference._forms_cache(ar)) <= 2
    assert list(reference._forms_cache(ar)) == [words[2]]  # emptied at the third word


def test_an_open_quotation_read_from_the_marks_offsets_is_the_paragraph_count() -> None:
    from diplomap.extract.grammar import grammar
    from diplomap.extract.reference import QUOTES, Referents

    text = 'He said: "We will go.\nThey «left» today." and “more” here\n"open'
    referents = Referents(grammar("en"), text, None)
    for offset in range(len(text) + 1):
        start = text.rfind("\n", 0, offset) + 1
        naive = sum(text[start:offset].count(q) for q in QUOTES) % 2 == 1
        assert referents._in_quotation(offset) is naive
        assert referents._in_quotation(offset, 0) is (
            sum(text[:offset].count(q) for q in QUOTES) % 2 == 1)
