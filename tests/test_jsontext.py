"""The rows' JSON writer writes what json.dumps writes."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplomap.store.jsontext import (
    dumps,
    dumps_attrs,
    dumps_evidence,
    dumps_pairs,
    dumps_strings,
    dumps_unicode,
)

# st.text() never draws a lone surrogate ("Cs"), which a str may hold and json escapes
texts = st.text() | st.text(st.characters(categories=("L", "N", "P", "S", "Z", "C", "Cs")))
scalars = st.none() | st.booleans() | st.integers() | st.floats() | texts
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4)
                      | st.dictionaries(texts, inner, max_size=4), max_leaves=12)


@given(values)
def test_the_text_is_json_dumps_text(value: object) -> None:
    assert dumps(value) == json.dumps(value)
    assert dumps_unicode(value) == json.dumps(value, ensure_ascii=False)


def test_a_row_value_is_written_as_json_dumps_writes_it() -> None:
    evidence = [{"sentence": 2, "start": 10, "end": 42}]
    assert dumps(evidence) == '[{"sentence": 2, "start": 10, "end": 42}]'
    assert dumps_unicode({"venue": "قمة"}) == '{"venue": "قمة"}'
    assert dumps({"venue": "قمة"}) == json.dumps({"venue": "قمة"})


def test_what_json_cannot_write_is_refused() -> None:
    with pytest.raises(TypeError):
        dumps(object())


@given(st.lists(texts | st.integers() | st.none(), max_size=5))
def test_a_list_of_strings_is_written_as_json_dumps_writes_it(value: list) -> None:
    assert dumps_strings(value) == json.dumps(value)


@pytest.mark.parametrize("value", ["abc", "", ("a", "b"), {"a": 1}, None])
def test_what_is_not_a_list_is_written_as_json_dumps_writes_it(value: object) -> None:
    assert dumps_strings(value) == json.dumps(value)  # type: ignore[arg-type]


def test_a_lone_surrogate_is_escaped() -> None:
    assert dumps_strings(["a\ud800"]) == json.dumps(["a\ud800"]) == '["a\\ud800"]'


@given(st.lists(st.lists(st.integers(), min_size=2, max_size=2), max_size=5))
def test_spans_are_written_as_json_dumps_writes_them(value: list[list[int]]) -> None:
    assert dumps_pairs(value) == json.dumps(value)


evidence_values = st.integers() | st.booleans() | st.none() | st.floats() | texts


@given(st.lists(st.fixed_dictionaries({"sentence": evidence_values, "start": evidence_values,
                                       "end": evidence_values})
                | st.dictionaries(st.sampled_from(["end", "start", "sentence", "x"]),
                                  evidence_values), max_size=4))
def test_evidence_is_written_as_json_dumps_writes_it(value: list[dict]) -> None:
    assert dumps_evidence(value) == json.dumps(value)


@given(st.dictionaries(texts | st.integers() | st.booleans(),
                       texts | st.integers() | st.floats() | st.none(), max_size=3))
def test_attributes_are_written_as_json_dumps_writes_them(value: dict) -> None:
    assert dumps_attrs(value) == json.dumps(value, ensure_ascii=False)
