"""The linker's scan (`linker._scan`) against a plain reading of its definition: every hit of
the automaton that ends at a token boundary, with the entries its proclitics allow."""

from __future__ import annotations

import random

from diplomap.lexicon import EntityLinker, load_lexicon
from diplomap.lexicon.linker import CASED_RESOLUTIONS, Cand, _left_options, _scan
from diplomap.lexicon.patterns import ALLOWED, CONTRACTIONS
from diplomap.text import normalize


def _reference(text: str, auto, cased: str | None = None) -> list[Cand]:
    out = []
    for last, (n, entries) in auto.iter(text):
        end = last + 1
        if end < len(text) and text[end].isalnum():
            continue
        s = end - n
        if cased is not None and cased[s].islower():
            entries = tuple(e for e in entries if e[0].resolution not in CASED_RESOLUTIONS)
        for start, clitic in _left_options(text, s):
            ok = tuple(e for e in entries if clitic in ALLOWED[e[1]])
            if ok:
                if ok[0][1] == "contracted":
                    clitic += next(p for f, p in CONTRACTIONS.items() if text.startswith(f, s))
                out.append(Cand(start, s, end, ok, clitic))
                break
    return out


PIECES = ["الصين", "والصين", "بالصين", "للصين", "لل", "وب", "كازاخستان", "لكازاخستان",
          "الأمم المتحدة", "للأمم المتحدة", "موسكو", "في موسكو", "الروسية", "روسيا", '"',
          "China", "Chinese", "china", "UN", "NATO", "Moscow", "Kazakh", "the", " ", " ", "،",
          "x", "ب", "و", "ال", "-", "\n"]


def test_scan_keeps_what_the_reference_keeps() -> None:
    linker = EntityLinker(load_lexicon())
    compiled = linker.compiled
    rng = random.Random(6)
    found = 0
    for _ in range(1500):
        normed = normalize("".join(rng.choice(PIECES) for _ in range(rng.randrange(30))))
        for auto, text, cased in ((compiled.ar, normed.text, None),
                                  (compiled.en, normed.text, normed.cased),
                                  (compiled.acronyms, normed.cased, None)):
            fast: list[Cand] = []
            _scan(text, auto, fast, cased)
            assert fast == _reference(text, auto, cased), text
            found += len(fast)
    assert found > 500
