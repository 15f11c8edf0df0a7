"""The JSON text of row values, as `json.dumps` writes it, at a fraction of its cost.

`json.dumps` builds a new encoder at every call, which is most of what a row's small
list or dict costs; the encoders here are built once. The text is `json.dumps`'s with its
defaults (`dumps`) and with ensure_ascii=False (`dumps_unicode`): the same C encoder with
the same settings, without the circular-reference check (rows hold plain values)."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import partial
from json import encoder as _encoder
from typing import Any


def _dumper(ensure_ascii: bool) -> Callable[[Any], str]:
    make = getattr(_encoder, "c_make_encoder", None)  # private: absent in some Pythons
    if make is None:  # no C accelerator in this Python: json.dumps itself
        return partial(json.dumps, ensure_ascii=ensure_ascii)
    strings = _encoder.encode_basestring_ascii if ensure_ascii else _encoder.encode_basestring
    iterencode = make(None, json.JSONEncoder().default, strings, None, ": ", ", ",
                      False, False, True)
    return lambda value: "".join(iterencode(value, 0))


dumps = _dumper(ensure_ascii=True)
dumps_unicode = _dumper(ensure_ascii=False)
