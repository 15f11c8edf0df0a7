"""Offline language identification (py3langid's bundled model)."""

from __future__ import annotations

from functools import lru_cache

import numpy as np

KNOWN = ("ar", "en", "ru")


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_pickled_model(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str:
    """'ar', 'en', 'ru', or 'other' (judged on the first 1,200 characters)."""
    sample = text[:1200]
    if not any(ch.isalpha() for ch in sample):
        return "other"
    lang = _classify(_identifier(), _features(), sample)
    return lang if lang in KNOWN else "other"


def _classify(identifier, features: _Features, sample: str) -> str:
    """py3langid's `classify` without its dense product: a text of 1,200 characters has a
    few hundred of the model's ~7,500 features, so only their rows of the class matrix are
    summed (the same log-probabilities; the label is their argmax, and normalising them
    into probabilities does not move it)."""
    present, counts = features.present(sample)
    scores = counts.astype(np.float64) @ identifier.nb_ptc[present]
    return identifier.nb_classes[int(np.argmax(scores + identifier.nb_pc))]


class _Features:
    """py3langid's `instance2fv` in a few numpy passes: its features are byte n-grams
    (n = 1 to 4) counted by an automaton stepped one byte at a time in Python (a third of
    a millisecond a document, most of an ingest worker's work besides reading). The
    automaton counts every occurrence of every feature (a state's output is the features
    its bytes end with), so the same counts are the occurrences of each feature's n-gram:
    the trie of the features' n-grams is walked from every offset of the text at once, one
    byte a step (tests/test_language_features.py: the same counts as `instance2fv`)."""

    def __init__(self, identifier) -> None:
        self.size = identifier.nb_numfeats
        grams = _feature_grams(identifier.tk_nextmove, identifier.tk_output)
        nodes = sorted({g[:n] for g in grams.values() for n in range(1, len(g) + 1)},
                       key=lambda g: (len(g), g))
        longest = max(map(len, nodes))
        # node IDs: the root and the other inner nodes (the rows of `children`), then "none"
        # (a row of "none": the walk from an offset whose bytes left the trie stays there),
        # then the leaves
        inner = [b"", *(g for g in nodes if len(g) < longest)]
        ids = {g: i for i, g in enumerate(inner)}
        self.none = len(inner)
        ids |= {g: self.none + 1 + i for i, g in enumerate(g for g in nodes if g not in ids)}
        self.children = np.full((self.none + 1, 256), self.none, dtype=np.int32)
        for gram in nodes:
            self.children[ids[gram[:-1]], gram[-1]] = ids[gram]
        self.feature = np.full(len(ids) + 1, -1, dtype=np.intp)
        for index, gram in grams.items():
            self.feature[ids[gram]] = index
        self.longest = longest
        # flat: a step is one `take` of node * 256 + byte (two index arrays cost more); a
        # node is counted where it is reached, its feature once per text (`present`)
        self.moves = self.children.ravel()

    def present(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """The features `text` has, ascending, and their counts (py3langid's feature vector
        without its zeros, read off the few nodes reached instead of the whole vector)."""
        data = np.frombuffer(text.encode("utf8", errors="surrogatepass"), np.uint8)
        walked = []
        node = np.zeros(len(data), dtype=np.int32)  # the walk from each offset: the root
        for n in range(1, self.longest + 1):
            if n > len(data):
                break
            # from offset i, the n-th byte read is data[i + n - 1]
            step = np.minimum(node[:len(data) - n + 1], self.none)
            step <<= 8
            step += data[n - 1:]
            node = self.moves.take(step)
            walked.append(node)
        if not walked:
            return np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.int64)
        reached = np.bincount(np.concatenate(walked))
        nodes = np.flatnonzero(reached)
        features = self.feature[nodes]
        kept = features >= 0  # a node is one feature's n-gram at most, a feature's only node
        features, nodes = features[kept], nodes[kept]
        order = np.argsort(features)
        return features[order], reached[nodes[order]].astype(np.int64)


def _feature_grams(moves, outputs: dict[int, tuple[int, ...]]) -> dict[int, bytes]:
    """Feature index -> its byte n-gram, read off the automaton: a breadth-first walk from
    the start gives each state its bytes (the first path found to a state is its shortest,
    and only a state's own n-gram leads there that shortly), and a feature is the shortest
    state that outputs it."""
    table = np.asarray(moves).reshape(-1, 256)
    spelled: dict[int, bytes] = {0: b""}
    frontier = [0]
    while frontier:
        reached = table[frontier].ravel()
        states, first = np.unique(reached, return_index=True)
        fresh = []
        for state, at in zip(states.tolist(), first.tolist(), strict=True):
            if state not in spelled:
                spelled[state] = spelled[frontier[at // 256]] + bytes([at % 256])
                fresh.append(state)
        frontier = fresh
    grams: dict[int, bytes] = {}
    for state, features in outputs.items():
        for feature in features:
            if feature not in grams or len(spelled[state]) < len(grams[feature]):
                grams[feature] = spelled[state]
    return grams


@lru_cache(maxsize=1)
def _features() -> _Features:
    return _Features(_identifier())
