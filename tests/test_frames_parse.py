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


def test_a_lemma_with_stops_of_its_own_keeps_them_to_its_forms() -> None:
    """"sent drones into X" is no aid, "sent aid into X" is: a lemma entry's `not_after`
    (and `gap_stops`, `purpose_stops`) hold for its forms only, under its frame's id."""
    data = {"frames": [{"id": "aid", "event": {"type": "AID"}, "not_after": ["but"], "lemmas": [
        {"lemma": "send", "pos": "verb", "then": "aid"},
        {"lemma": "send", "pos": "verb", "then": "drones", "not_after": ["into"],
         "purpose_stops": ["to strike"]}]}],
        "policy": {}, "partner_levels": {}, "aid_kinds": {}, "modality": {}}
    frames = parse_frames(data, "test", "en")
    keys = {p.key.id: p.key for _, _, p in frames.frames.find([("sent",), ("drones",)])}
    assert keys["aid"].not_after == ("but", "into")
    assert keys["aid"].purpose_stops == (("to", "strike"),)
    plain = next(p.key for _, _, p in frames.frames.find([("sent",), ("aid",)]))
    assert plain.not_after == ("but",) and not plain.purpose_stops
    assert frames.by_id["aid"] is plain


def _reference(data: dict, lang: str) -> tuple:
    """The forms' patterns, frames by ID, finite verbs, first-person verbs and joint heads of
    a frames.yaml, read the plain way: every form parsed where it is needed, memberships in
    lists."""
    from diplomap.extract.frames import _frame, _own_stops, _passive

    def first(form: str) -> str:
        return TokenPattern.parse(form, None, _norm).tokens[0]

    patterns, seen, by_id = [], set(), {}
    verbs, nominal, firsts_all, others = set(), set(), set(), set()
    for whole in data["frames"]:
        base = _frame(whole)
        for frame, entry in _own_stops(whole, base):  # a lemma with stops of its own: a twin
            active, passive, finite, firsts = _frame_forms(entry, lang)
            verbs.update(first(f) for f in finite)
            firsts_all.update(first(f) for f in firsts)
            others.update(first(f) for f in [*active, *passive] if f not in firsts)
            fixed = entry.get("forms", [])
            nominal.update(first(f) for f in [*active, *passive]
                           if f not in finite and f not in fixed)
            groups = [(frame, active)] + ([(_passive(frame), passive)] if passive else [])
            if frame is base:
                by_id.update((f.id, f) for f, _ in groups)
            elif passive and f"{base.id}~passive" not in by_id:
                by_id[f"{base.id}~passive"] = _passive(base)
            for key, forms in groups:
                for form in forms:
                    pattern = TokenPattern.parse(form, key, _norm)
                    if pattern.tokens not in seen:
                        seen.add(pattern.tokens)
                        patterns.append(pattern)
    joint = {str(i): (str(spec["fact"]), tuple(first(h) for h in spec["heads"]))
             for i, spec in (data.get("joint_facts") or {}).items()}
    return patterns, by_id, verbs - nominal, firsts_all - others, joint


def _indexed(patterns) -> tuple:
    return ({k: list(v) for k, v in patterns._exact.items()},
            {k: list(v) for k, v in patterns._prefix.items()})


def test_each_languages_frames_parse_as_the_plain_reading() -> None:
    """The whole FrameLexicon of both languages' frames.yaml: what `parse_frames` reads with
    each form parsed once (`_tokens`) and sets for memberships is the plain reading's."""
    import yaml

    from diplomap.extract.patterns import PatternSet
    from diplomap.lang import language

    for lang in ("ar", "en"):
        file = language(lang).frames_path
        data = yaml.load(file.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
        lexicon = parse_frames(data, str(file), lang)
        patterns, by_id, finite, first_person, joint = _reference(data, lang)
        assert _indexed(lexicon.frames) == _indexed(PatternSet(patterns))
        assert lexicon.finite == finite and lexicon.first_person == first_person
        assert lexicon.joint_facts == joint and patterns and by_id
        assert list(lexicon.by_id.items()) == list(by_id.items())
