"""The rows' JSON writer writes what json.dumps writes."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplomap.store.jsontext import dumps, dumps_unicode

scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text()
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4)
                      | st.dictionaries(st.text(), inner, max_size=4), max_leaves=12)


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
