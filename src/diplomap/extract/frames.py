"""The predicate lexicon (lang/<code>/frames.yaml) compiled into pattern sets."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from diplomap.extract.patterns import PatternSet, TokenPattern
from diplomap.lang import language
from diplomap.ontology import ontology
from diplomap.text import normalize


@dataclass(frozen=True)
class Frame:
    id: str
    fact: str | None
    event: dict | None
    negated_event: dict | None
    subject: frozenset[str]
    object: frozenset[str]
    symmetric: bool
    between: bool
    not_before: tuple[str, ...] = ()
    not_after: tuple[str, ...] = ()
    absorbs: frozenset[str] = frozenset()
    unmarked_objects: bool = False  # the object is a direct object ("اقترحت X")
    owner_before: bool = False  # with a possessive suffix ("دعمها") the subject came before
    all_subjects: bool = False  # every subject-kind entity after it is a subject ("تضم ...")
    subject_marker: str = ""  # a preposition that marks the subject ("الرئاسة إلى الصين")
    reach: int = 3  # how far after a verb-first trigger its subject may stand (words)


@dataclass
class FrameLexicon:
    frames: PatternSet
    policy: PatternSet
    levels: PatternSet
    aid_kinds: PatternSet
    sectors: PatternSet
    modality: PatternSet
    contexts: PatternSet
    focal_anaphora: frozenset[str]
    level_order: list[str] = field(default_factory=list)


def _norm(word: str) -> str:
    return normalize(word).text


def _kinds(names: list[str]) -> frozenset[str]:
    onto = ontology()
    return frozenset(k for name in names for k in onto.slot(name))


def _pattern_set(groups: dict[str, list[str]]) -> PatternSet:
    return PatternSet([TokenPattern.parse(form, key, _norm)
                       for key, forms in groups.items() for form in forms])


def _frame(entry: dict) -> Frame:
    return Frame(
        id=entry["id"], fact=entry.get("fact"), event=entry.get("event"),
        negated_event=entry.get("negated_event"),
        subject=_kinds(entry.get("subject", ["state"])),
        object=_kinds(entry.get("object", ["state"])),
        symmetric=entry.get("direction") == "symmetric", between=bool(entry.get("between")),
        not_before=tuple(_norm(w) for w in entry.get("not_before", [])),
        not_after=tuple(_norm(w) for w in entry.get("not_after", [])),
        absorbs=frozenset(entry.get("absorbs", [])),
        unmarked_objects=bool(entry.get("unmarked_objects")),
        owner_before=bool(entry.get("owner_before")),
        all_subjects=bool(entry.get("all_subjects")),
        subject_marker=_norm(entry.get("subject_marker", "")) if entry.get("subject_marker")
        else "",
        reach=int(entry.get("reach", 3)),
    )


def parse_frames(data: dict, source: str) -> FrameLexicon:
    try:
        frames = [_frame(entry) for entry in data["frames"]]
        patterns = [TokenPattern.parse(form, frame, _norm)
                    for frame, entry in zip(frames, data["frames"], strict=True)
                    for form in entry["forms"]]
        return FrameLexicon(
            frames=PatternSet(patterns),
            policy=_pattern_set(data["policy"]),
            levels=_pattern_set(data["partner_levels"]),
            aid_kinds=_pattern_set(data["aid_kinds"]),
            sectors=_pattern_set(data.get("sectors", {})),
            modality=_pattern_set(data["modality"]),
            contexts=_pattern_set(data.get("contexts", {})),
            focal_anaphora=frozenset(_norm(w) for w in data.get("focal_anaphora", [])),
            level_order=list(data["partner_levels"]),
        )
    except (KeyError, TypeError) as exc:
        raise ValueError(f"{source}: malformed predicate lexicon ({exc!r})") from exc


@lru_cache(maxsize=8)
def load_frames(lang: str = "ar", path: str | None = None) -> FrameLexicon:
    """The predicate lexicon of `lang` (or of the YAML file at `path`); a language without
    a grammar has none (`diplomap.lang.NoGrammar`): it is never read with another's."""
    file = Path(path) if path else language(lang).frames_path
    return parse_frames(yaml.safe_load(file.read_text(encoding="utf-8")), str(file))
