"""The JSON text of row values, as `json.dumps` writes it, with encoders built once.

`json.dumps` with any argument builds a new `JSONEncoder` at every call, a good part of
what a row's small list or dict costs (about 50 such values a document); the encoders here
are built once, with `json.dumps`'s defaults (`dumps`) and with ensure_ascii=False
(`dumps_unicode`). Public API only: a private C encoder would save another half
microsecond a value, nothing measurable per document."""

from __future__ import annotations

import json

dumps = json.JSONEncoder().encode
dumps_unicode = json.JSONEncoder(ensure_ascii=False).encode
