"""``Doc`` (a text with its sentences and entity mentions) and ``Mention``."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from dataclasses import dataclass

from diplomap.text.dates import parse_date
from diplomap.text.normalize import Normalized, fold, normalize
from diplomap.text.segment import split_sentences

# str.lower() reads a capital sigma by the letters around it (final or not)
_CONTEXT_CASED = "\u03a3"

RESOLUTIONS = ("name", "acronym", "adjective", "metonym", "title")


@dataclass(frozen=True, slots=True)
class Mention:
    """One linked mention. ``start``/``end`` are ORIGINAL offsets and
    ``text == doc.text[start:end]``. ``resolution`` says how the entity was
    recognised: name | acronym | adjective | metonym | title. ``clitic`` is
    the normalised proclitic string inside the span (``و``, ``ل``, ``وب``),
    ``state`` the state or organisation a title or adjective refers to and
    ``title`` the role title (``president``) when the mention has one.
    ``nested``: a state/organisation inside a longer mention of another
    entity (``الأمم المتحدة`` inside ``ميثاق الأمم المتحدة``); mentions that
    are not nested never overlap."""

    start: int
    end: int
    text: str
    entity_id: str
    resolution: str
    sentence: int
    clitic: str = ""
    state: str | None = None
    title: str | None = None
    nested: bool = False

    # written out, not generated: compiled, the dataclass's generated __init__ would run as
    # interpreted code at each mention (the same parameters as the fields, in order, with
    # their defaults: tests/test_explicit_inits.py); frozen, so set through object's
    def __init__(self, start: int, end: int, text: str, entity_id: str, resolution: str,
                 sentence: int, clitic: str = "", state: str | None = None,
                 title: str | None = None, nested: bool = False) -> None:
        setter = object.__setattr__
        setter(self, "start", start)
        setter(self, "end", end)
        setter(self, "text", text)
        setter(self, "entity_id", entity_id)
        setter(self, "resolution", resolution)
        setter(self, "sentence", sentence)
        setter(self, "clitic", clitic)
        setter(self, "state", state)
        setter(self, "title", title)
        setter(self, "nested", nested)

    def to_dict(self) -> dict[str, object]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


class Doc:
    """A document: ``text``, ``lang``, ``published``, ``sentences`` (original spans),
    ``norm`` (the normalised text with its offset map) and ``mentions`` (filled by a
    linker)."""

    def __init__(self, text: str, lang: str = "ar", published: object = None) -> None:
        self.text = text
        self.lang = lang
        self.published: dt.date | None = parse_date(published)
        self.sentences: list[tuple[int, int]] = split_sentences(text)
        self.mentions: list[Mention] = []
        self._starts = [s for s, _ in self.sentences]
        # read once, at first use (attributes, not cached_property, which a class compiled
        # by mypyc would run at every read)
        self._norm: Normalized | None = None
        self._sliceable: bool | None = None

    @property
    def norm(self) -> Normalized:
        if self._norm is None:
            self._norm = normalize(self.text)
        return self._norm

    def _is_sliceable(self) -> bool:
        """Whether a span's normalisation is the slice of the document's: case folding
        changes no length, and no capital sigma (lower-cased by its context) is there."""
        if self._sliceable is None:
            norm = self.norm
            self._sliceable = (len(norm.text) == len(norm.cased)
                               and _CONTEXT_CASED not in norm.cased)
        return self._sliceable

    def sentence_window(self, i: int) -> tuple[int, int] | None:
        """The span [lo, hi) of ``norm`` whose text is ``normalize(self.sentence_text(i)).text``
        (one normalisation of the document serves every sentence), or None where slicing
        would not give it."""
        if not self._is_sliceable():
            return None
        start, end = self.sentences[i]
        norm = self.norm
        return norm.norm_offset(start), norm.norm_offset(end)

    def sentence_folded(self, i: int) -> str:
        """``fold(self.sentence_text(i))``, sliced from the document's normalisation."""
        window = self.sentence_window(i)
        if window is None:
            return fold(self.sentence_text(i))
        return self.norm.text[window[0]:window[1]]

    def sentence_of(self, offset: int) -> int | None:
        """Index of the sentence containing ``offset``, else None."""
        i = bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < self.sentences[i][1]:
            return i
        return None

    def sentence_text(self, i: int) -> str:
        start, end = self.sentences[i]
        return self.text[start:end]

    def mentions_in(self, i: int) -> list[Mention]:
        return [m for m in self.mentions if m.sentence == i]

    def __repr__(self) -> str:
        return (
            f"Doc(lang={self.lang!r}, chars={len(self.text)}, "
            f"sentences={len(self.sentences)}, mentions={len(self.mentions)})"
        )
