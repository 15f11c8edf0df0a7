"""A sentence seen by the extractor: words (with clitic readings) and entity arguments."""

from __future__ import annotations

import re
from dataclasses import dataclass

from diplomap.extract.patterns import stems
from diplomap.text import normalize

_WORD = re.compile(r"[^\W_]+")
PREPOSITIONS = frozenset({"الي", "مع", "في", "علي", "من", "عن", "بين", "تجاه", "ضد", "لدي",
                          "نحو", "مثل", "to", "with", "in", "on", "from", "between", "against"})
MARKING_CLITICS = ("ب", "ل", "لل", "بال", "وب", "ول", "ولل", "وبال", "فب", "فل", "ك", "وك")
COORDINATORS = frozenset({"و", "او", "and", "or", "ثم"})


@dataclass
class Arg:
    """An entity mention in the role of a possible argument."""

    entity: str          # the entity, or the state a person acted for
    kind: str            # its lexicon kind ('state' for a person resolved to a state)
    first: int           # index of its first word
    last: int            # index after its last word
    start: int           # original offsets
    end: int
    person: str | None = None
    marked: bool = False  # governed by a preposition (or a ب/ل proclitic)
    between: bool = False  # governed by "بين"


@dataclass
class SentenceView:
    index: int
    start: int
    end: int
    words: list[tuple[str, ...]]
    spans: list[tuple[int, int]]  # original span of each word
    args: list[Arg]
    masked: set[int]

    def word_at(self, i: int) -> str:
        return self.words[i][0] if 0 <= i < len(self.words) else ""


def view_sentence(text: str, index: int, start: int, end: int, mentions: list,
                  resolve) -> SentenceView:
    """Words of text[start:end] and the arguments its mentions give.

    `resolve(entity_id) -> (entity, kind, person) | None` maps a mention to an argument.
    """
    norm = normalize(text[start:end])
    words, spans = [], []
    for match in _WORD.finditer(norm.text):
        words.append(stems(match.group()))
        s, e = norm.orig_span(match.start(), match.end())
        spans.append((start + s, start + e))
    view = SentenceView(index, start, end, words, spans, [], set())
    for mention in mentions:
        arg = _argument(view, text, mention, resolve)
        if arg is not None:
            view.args.append(arg)
            view.masked.update(range(arg.first, arg.last))
    view.args.sort(key=lambda a: (a.first, a.last))
    return view


def _argument(view: SentenceView, text: str, mention, resolve) -> Arg | None:
    covered = [i for i, (s, e) in enumerate(view.spans) if s < mention.end and e > mention.start]
    if not covered:
        return None
    resolved = resolve(mention.entity_id)
    if resolved is None:
        return None
    entity, kind, person = resolved
    first, last = covered[0], covered[-1] + 1
    prefix = normalize(text[view.spans[first][0]:mention.start]).text
    before = view.word_at(first - 1)
    marked = prefix in MARKING_CLITICS or before in PREPOSITIONS
    return Arg(entity, kind, first, last, mention.start, mention.end, person, marked,
               between=before == "بين" or prefix in ("بين",))
