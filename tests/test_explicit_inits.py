"""The dataclasses of the reading path whose __init__ is written out (compiled, the one a
dataclass generates would run as interpreted code): each takes the fields' parameters in
their order, sets every field, keeps the fields' defaults (a list or dict field gets a new
one per instance) and works with `dataclasses.replace`."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from diplomap.extract.extractor import Hit
from diplomap.extract.frames import load_frames
from diplomap.extract.grammar import grammar
from diplomap.extract.reference import Mention as NamedActor
from diplomap.extract.sentence import Arg, SentenceView
from diplomap.lexicon.compose import Item, Linked
from diplomap.lexicon.linker import Cand
from diplomap.lexicon.patterns import Target
from diplomap.text.doc import Mention


def _frame() -> Any:
    return next(iter(load_frames("en").by_id.values()))


def _value(field: dataclasses.Field, k: int) -> Any:
    """A value for the field, unlike its default and every other field's."""
    kind = str(field.type)
    if field.name == "frame":
        return _frame()
    if field.name in ("speaker", "quote_speaker"):
        return Arg(f"speaker{k}", "state", k, k + 1, k, k + 1)
    if field.name == "arg":
        return Arg(f"actor{k}", "state", k, k + 1, k, k + 1)
    if field.name == "reacts_to":
        return object()  # the act a reaction answers: the init only keeps it
    if field.name == "grammar":
        return grammar("en")
    if field.name == "target":
        return Target(f"entity{k}", "state", "name")
    if kind == "int":
        return 1000 + k
    if kind == "bool":
        return not field.default
    if kind == "int | None":
        return 1000 + k
    if kind.startswith("str"):
        return f"value{k}"
    if kind.startswith(("set", "frozenset")):
        return {k} if kind.startswith("set") else frozenset({f"reading{k}"})
    if kind.startswith("tuple[bool"):
        return (True,)
    if kind.startswith("tuple[str, str]"):
        return (f"a{k}", f"b{k}")
    if kind.startswith("tuple"):
        return (f"reading{k}",)  # a tuple of words (or of a candidate's entries)
    if kind == "dict":
        return {k: k}
    if kind.startswith("list"):
        return [k]
    raise AssertionError(f"no test value for {field.name}: {kind}")


CLASSES = [Mention, NamedActor, Arg, Hit, SentenceView, Cand, Item, Linked]


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_fields_in_order(cls):
    fields = dataclasses.fields(cls)
    values = [_value(f, k) for k, f in enumerate(fields)]
    positional = cls(*values)
    keywords = cls(**{f.name: v for f, v in zip(fields, values, strict=True)})
    for f, value in zip(fields, values, strict=True):
        assert getattr(positional, f.name) is value, f.name
        assert getattr(keywords, f.name) is value, f.name


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_defaults(cls):
    fields = dataclasses.fields(cls)
    required = [f for f in fields if f.default is dataclasses.MISSING
                and f.default_factory is dataclasses.MISSING]
    args = [_value(f, k) for k, f in enumerate(required)]
    one, two = cls(*args), cls(*args)
    for f in fields[len(required):]:
        if f.default is not dataclasses.MISSING:
            assert getattr(one, f.name) == f.default, f.name
        else:
            assert getattr(one, f.name) == f.default_factory(), f.name
            assert getattr(one, f.name) is not getattr(two, f.name), f.name  # not shared


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_replace_and_equality(cls):
    fields = dataclasses.fields(cls)
    values = [_value(f, k) for k, f in enumerate(fields)]
    item = cls(*values)
    assert dataclasses.replace(item) == item
    second = fields[1]
    changed = dataclasses.replace(item, **{second.name: _value(second, 99)})
    assert getattr(changed, second.name) == _value(second, 99)
    assert changed != item


def test_mention_stays_frozen_and_hashable():
    mention = Mention(0, 5, "China", "CHN", "name", 0)
    with pytest.raises(dataclasses.FrozenInstanceError):
        mention.start = 1  # type: ignore[misc]
    assert hash(mention) == hash(Mention(0, 5, "China", "CHN", "name", 0))
