"""The one pass that finds the words standing for a name covers every kind of them."""

import random

import pytest

from diplomap.extract.grammar import grammar
from diplomap.extract.sentence import (
    Arg,
    SentenceView,
    _anaphora_forms,
    _outermost,
    _words_among,
)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_one_pass_finds_every_kind_of_anaphora(lang: str) -> None:
    g = grammar(lang)
    nouns = frozenset({"focalnoun"})
    kinds = [frozenset(g.focal_pronouns), frozenset(g.org_anaphora), g.dual_anaphora, nouns]
    forms = [*sorted(set().union(*kinds)), "plain", "other"]
    rng = random.Random(3)
    for _ in range(50):
        words = [tuple(rng.sample(forms, rng.randint(1, 2))) for _ in range(rng.randint(0, 15))]
        masked = {i for i in range(len(words)) if rng.random() < 0.2}
        view = SentenceView(0, 0, 0, g, words, [(0, 0)] * len(words), [False] * len(words),
                            [], masked)
        found = _words_among(view, _anaphora_forms(g, nouns))
        for kind in kinds:  # what each kind's own scan of every word finds
            own = [i for i, w in enumerate(words) if i not in masked and not kind.isdisjoint(w)]
            assert set(own) <= set(found)
        assert found == sorted(i for i, w in enumerate(words) if i not in masked and any(
            not kind.isdisjoint(w) for kind in kinds))


def _reference_outermost(args: list[Arg]) -> list[Arg]:
    return [a for k, a in enumerate(args)
            if not any(b.first <= a.first and a.last <= b.last and b is not a
                       and (b.first, -b.last) < (a.first, -a.last) for b in args[:k])]


def test_a_name_inside_a_longer_one_is_no_argument() -> None:
    rng = random.Random(5)
    for _ in range(300):
        args = []
        for n in range(rng.randint(0, 8)):
            first = rng.randint(-1, 6)
            args.append(Arg(f"E{n}", "state", first, first + rng.randint(0, 3), 0, 0))
        args.sort(key=lambda a: (a.first, -a.last))
        assert [id(a) for a in _outermost(args)] == [id(a) for a in _reference_outermost(args)]
