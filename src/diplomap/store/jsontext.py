"""The JSON text of row values, as `json.dumps` writes it, with encoders built once.

`json.dumps` with any argument builds a new `JSONEncoder` at every call, a good part of
what a row's small list or dict costs (about 50 such values a document); the encoders here
are built once, with `json.dumps`'s defaults (`dumps`) and with ensure_ascii=False
(`dumps_unicode`). Even so a call costs 2-4 microseconds, mostly the encoder's set-up:
the values of a fixed shape (evidence, spans, lists of strings, attributes) are written
directly when nothing in them needs escaping, else by the encoders (the same text either
way, tests/test_jsontext.py)."""

from __future__ import annotations

import json

dumps = json.JSONEncoder().encode
dumps_unicode = json.JSONEncoder(ensure_ascii=False).encode


def dumps_strings(values: list[str]) -> str:
    """`dumps` of a list of strings (a context, an event's anchors), written directly when
    no character needs escaping: printable ASCII other than a quote or a backslash."""
    if type(values) is not list:  # "".join reads any iterable: "ab" would pass as ["a", "b"]
        return dumps(values)
    try:
        joined = "".join(values)
    except TypeError:  # not all strings
        return dumps(values)
    if joined.isascii() and _plain(joined):
        return '["' + '", "'.join(values) + '"]' if values else "[]"
    return dumps(values)


def dumps_pairs(pairs: list[list[int]]) -> str:
    """`dumps` of a list of [int, int] (evidence spans)."""
    return "[" + ", ".join([f"[{a}, {b}]" for a, b in pairs]) + "]"


def _plain(text: str) -> bool:
    """Nothing in `text` needs escaping in JSON: printable, no quote, no backslash."""
    return text.isprintable() and '"' not in text and "\\" not in text


_EVIDENCE_KEYS = ("sentence", "start", "end")


def dumps_evidence(items: list[dict[str, int]]) -> str:
    """`dumps` of evidence as `extract` writes it (dicts of sentence, start and end, in that
    order), written directly when every value is an int."""
    if all(tuple(e) == _EVIDENCE_KEYS and type(e["sentence"]) is int
           and type(e["start"]) is int and type(e["end"]) is int for e in items):
        return "[" + ", ".join([f'{{"sentence": {e["sentence"]}, "start": {e["start"]},'
                                f' "end": {e["end"]}}}' for e in items]) + "]"
    return dumps(items)


def dumps_attrs(value: dict) -> str:
    """`dumps_unicode` of attributes, written directly when empty or when their keys and
    values are printable strings without a quote or a backslash (most of them)."""
    if type(value) is dict:
        parts = (*value, *value.values())
        if all(type(p) is str for p in parts) and _plain("".join(parts)):
            return "{" + ", ".join([f'"{k}": "{v}"' for k, v in value.items()]) + "}"
    return dumps_unicode(value)
