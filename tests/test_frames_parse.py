"""Reading frames.yaml once per form (`frames._tokens`) and the forms of a frame
(`frames._frame_forms`)."""

from __future__ import annotations

from diplomap.extract.frames import _frame_forms, _norm, _tokens, parse_frames
from diplomap.extract.patterns import TokenPattern


def test_tokens_are_a_forms_parse_read_once() -> None:
    parsed: dict[str, tuple[str, ...]] = {}
    tokens = _tokens("وقعت … اتفاق*", parsed)
    assert tokens == TokenPattern.parse("وقعت … اتفاق*", None, _norm).tokens
    assert parsed == {"وقعت … اتفاق*": tokens}
    assert _tokens("وقعت … اتفاق*", parsed) is tokens  # the second reading is the first's


def test_a_passive_form_also_active_stays_active_and_order_is_kept() -> None:
    entry = {"forms": ["was attacked", "attacked"], "lemmas": [{"lemma": "attack", "pos": "verb"}],
             "passive_forms": ["was attacked", "came under attack"]}
    active, passive, _, _ = _frame_forms(entry, "en")
    assert active[:2] == ["was attacked", "attacked"] and "was attacked" not in passive
    assert passive[0] == "came under attack" and len(passive) > 1  # then the lemma's own
    assert len(passive) == len(set(passive)) and not set(passive) & set(active)


def test_a_form_listed_by_two_frames_is_the_first_ones_and_parsed_alike() -> None:
    data = {"frames": [
        {"id": "a", "forms": ["foo bar", "baz*"], "event": {"type": "AGREE"}},
        {"id": "b", "forms": ["foo bar", "qux"], "event": {"type": "AGREE"}}],
        "policy": {}, "partner_levels": {}, "aid_kinds": {}, "modality": {}}
    frames = parse_frames(data, "test", "en")
    found = {(start, end, p.key.id) for start, end, p in frames.frames.find(
        [("foo",), ("bar",), ("qux",), ("bazaar",)])}
    assert found == {(0, 2, "a"), (2, 3, "b"), (3, 4, "a")}
