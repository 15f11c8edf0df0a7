"""Choosing arguments: groups of coordinated entities, markers, implicit arguments."""

from __future__ import annotations

from diplomap.extract.frames import Frame
from diplomap.extract.sentence import Arg, SentenceView

PARTY_KINDS = frozenset({"state", "territory"})  # never the name of a signed instrument


def implicit(entity: str, kind: str = "state") -> Arg:
    return Arg(entity, kind, -1, -1, -1, -1, marked=True)


def unique(args: list[Arg]) -> list[Arg]:
    seen, out = set(), []
    for arg in args:
        if arg.entity not in seen:
            seen.add(arg.entity)
            out.append(arg)
    return out


def group_from(args: list[Arg], first: Arg, kinds: frozenset[str]) -> list[Arg]:
    """`first` and the arguments coordinated with it. A name of another list, whose head
    is left out of `args` ("talks with X in Riyadh, Saudi Arabia": the city's), ends it."""
    group, head = [first], first.list_head if first.list_head >= 0 else first.first
    for arg in args[args.index(first) + 1:]:
        if not arg.coordinated or arg.list_head not in (-1, head):
            break
        head = arg.first if arg.list_head < 0 else head
        if arg.kind in kinds:
            group.append(arg)
    return group


def group_at(args: list[Arg], position: int, kinds: frozenset[str]) -> list[Arg]:
    """The unmarked coordinated group starting right after a verb-first trigger."""
    first = next((a for a in args if a.kind in kinds), None)
    if first is None or first.marked or first.first - position > 1:
        return []
    return group_from(args, first, kinds)


def first_group(args: list[Arg], prefer_unmarked: bool) -> list[Arg]:
    if not args:
        return []
    pool = [a for a in args if not a.marked] if prefer_unmarked else []
    first = (pool or args)[0]
    return group_from(args, first, frozenset(a.kind for a in args))


def last_group(args: list[Arg]) -> list[Arg]:
    if not args:
        return []
    group = [args[-1]]
    for arg in reversed(args[:-1]):
        if not group[0].coordinated:
            break
        group.insert(0, arg)
    return group


def names_the_instrument(arg: Arg, trigger_end: int) -> bool:
    """An organisation right after "signing" names the treaty, not a party (a territory, or
    one coordinated with the name before it, is a party: "وقعت إندونيسيا والاتحاد الأوروبي")."""
    return arg.kind not in PARTY_KINDS and not (arg.marked or arg.coordinated) and (
        0 <= arg.first - trigger_end <= 1)


def between_group(args: list[Arg], last: bool = False) -> list[Arg]:
    """The parties of "بين" ("between") among `args`: the first (or `last`) argument it
    governs and those coordinated with it."""
    governed = [a for a in args if a.between and not a.coordinated]
    if not governed:
        return []
    return group_from(args, governed[-1 if last else 0], frozenset(a.kind for a in args))


def may_be_subject(arg: Arg, any_marking: bool, comitative: frozenset[str]) -> bool:
    """Unmarked, or (when kinds tell roles apart) marked by anything but a preposition of
    company ("with", "between": what they govern is a partner, never the subject)."""
    return not arg.marked or (any_marking and arg.marker not in comitative)


def multilateral(frame: Frame) -> bool:
    return frame.event is not None and frame.event.get("mode") == "multilateral"


def policy_noun(view: SentenceView, start: int, end: int) -> bool:
    """A noun of policy ("سياسة", "principle") among the words [start, end)."""
    nouns = view.grammar.policy_nouns
    return bool(nouns) and any(w.startswith(nouns) for word in view.words[start:end]
                               for w in word)
