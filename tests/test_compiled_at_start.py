"""What an extraction worker builds when it compiles its languages (`Extractor.compile`) is
what a document would otherwise build at first use, and reads the same."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from diplomap.extract import amounts, dates
from diplomap.extract.extractor import Extractor
from diplomap.lexicon import EntityLinker, load_lexicon
from diplomap.store.records import folded_numbers, numbers, signature
from diplomap.text import Doc, fold, search_tokens
from diplomap.text.search import folded_search_tokens

CORPUS = Path(__file__).resolve().parents[1] / "src" / "diplomap" / "sample" / "corpus"


@pytest.mark.parametrize("module", [dates, amounts])
def test_compiling_builds_every_cached_builder_of_the_module(module) -> None:
    cached = {name for name, value in vars(module).items()
              if hasattr(value, "cache_info") and getattr(value, "__module__", "") ==
              module.__name__ and value.__wrapped__.__code__.co_argcount == 0}
    assert cached == {b.__name__ for b in module._BUILDERS}
    for build in module._BUILDERS:
        build.cache_clear()
    module.compile_patterns()
    assert all(build.cache_info().currsize == 1 for build in module._BUILDERS)


def test_a_compiled_extractor_reads_what_a_fresh_one_reads() -> None:
    lexicon = load_lexicon()
    linker = EntityLinker(lexicon)
    fresh = {lang: Extractor(lexicon, lang) for lang in ("ar", "en")}
    compiled = {lang: Extractor(lexicon, lang).compile() for lang in ("ar", "en")}
    for path in sorted(CORPUS.glob("*.json"))[:8]:
        text = json.loads(path.read_text(encoding="utf-8"))["text"]
        lang = "en" if path.name.startswith("en") else "ar"
        doc = Doc(text, lang, "2024-05-01")
        linker.link(doc)
        assert compiled[lang].extract(doc) == fresh[lang].extract(doc)


def test_a_texts_sketches_read_from_one_folding_are_those_of_the_text() -> None:
    rng = random.Random(4)
    pieces = ["الاتفاقية", "وبالصين", "China's", "11,900", "١١٩٠٠", "3.5", "ـ", "َ", " ", "،",
              "İstanbul", "Σ", "ﻻ", "x_y", "-", "\n"]
    for _ in range(500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(25)))
        folded = fold(text)
        assert folded_search_tokens(folded) == search_tokens(text)
        assert signature(folded_search_tokens(folded)) == signature(search_tokens(text))
        assert folded_numbers(folded) == numbers(text)
