"""Read, validate and merge lexicon YAML files.

Every ``data/*.yaml`` is read (``states.yaml`` and ``titles.yaml`` first, the
rest in name order), then the user's files. A file is a list of entities::

    - id: PER:tokayev
      kind: person
      en: Kassym-Jomart Tokayev
      qid: Q12345            # or `wikidata:`
      names: {ar: [توكاييف], en: [Tokayev]}
      roles: [{title: president, state: KAZ, start: 2019-03-20, end: null}]

An id seen again extends the first entry: lists are merged; a scalar that
differs is an error inside the package data and overrides in a user file.
Keys other than the known ones are kept in ``Entity.extra``. Errors are
``LexiconError`` naming the file and the entity.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from diplomap.lexicon.forms import NISBA_ENDING
from diplomap.lexicon.model import Entity, LexiconError, Role
from diplomap.ontology import ontology
from diplomap.text.dates import parse_date

DATA_DIR = Path(__file__).parent / "data"
FIRST_FILES = ("states.yaml", "titles.yaml")
LAST_FILES = ("members.yaml",)  # memberships extend the organisations named before
LIST_FIELDS = ("acronyms", "nisba", "people", "demonyms", "exclude")
SCALAR_FIELDS = ("kind", "en", "qid", "state", "a2", "current")
SOFT_FIELDS = ("en",)
KNOWN = frozenset(("id", "wikidata", "names", "capital", "roles", *LIST_FIELDS, *SCALAR_FIELDS))
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_QID_RE = re.compile(r"^Q[1-9][0-9]*$")
_ARABIC_RE = re.compile(r"[\u0600-\u06ff]")


def data_files() -> list[Path]:
    """The package's data files, in load order. A file whose top level is a
    mapping, not a list, is some other data (``vectors.yaml``) and skipped."""
    found = sorted(DATA_DIR.glob("*.yaml"))
    first = [DATA_DIR / name for name in FIRST_FILES if (DATA_DIR / name).exists()]
    last = [DATA_DIR / name for name in LAST_FILES if (DATA_DIR / name).exists()]
    edges = (*FIRST_FILES, *LAST_FILES)
    return first + [p for p in found if p.name not in edges] + last


def read_file(path: Path) -> list[dict[str, Any]]:
    """The raw entries of one file (a YAML list of mappings); parsed once per
    modification time. Callers must not mutate the entries."""
    try:
        stamp = path.stat().st_mtime_ns
    except OSError as exc:
        raise LexiconError(f"{path}: cannot read: {exc}") from exc
    return _read_cached(path, stamp)


@lru_cache(maxsize=64)
def _read_cached(path: Path, _stamp: int) -> list[dict[str, Any]]:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER)
    except (OSError, yaml.YAMLError) as exc:
        raise LexiconError(f"{path}: cannot read: {exc}") from exc
    if data is None:
        return []
    if isinstance(data, dict) and path.parent == DATA_DIR:
        return []  # another kind of data file (vectors.yaml), not entities
    if not isinstance(data, list) or not all(isinstance(e, dict) for e in data):
        raise LexiconError(f"{path}: expected a YAML list of entities (mappings)")
    return data


class _Ctx:
    """Where an entry comes from, for error messages."""

    def __init__(self, path: Path, index: int, raw: dict[str, Any]) -> None:
        self.path, self.index, self.raw = path, index, raw
        self.label = str(raw.get("id") or f"#{index + 1}")

    def error(self, message: str) -> LexiconError:
        return LexiconError(f"{self.path}: entity {self.label}: {message}")


def _str_list(ctx: _Ctx, key: str, value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ctx.error(f"`{key}` must be a string or a list of non-empty strings")
    return [v.strip() for v in value]


def _lang_map(ctx: _Ctx, key: str, value: Any) -> dict[str, list[str]]:
    if value is None:
        return {}
    if isinstance(value, str | list):
        forms = _str_list(ctx, key, value)
        return {
            "ar": [f for f in forms if _ARABIC_RE.search(f)],
            "en": [f for f in forms if not _ARABIC_RE.search(f)],
        }
    if not isinstance(value, dict):
        raise ctx.error(f"`{key}` must be a mapping like {{ar: [...], en: [...]}}")
    return {str(lang): _str_list(ctx, f"{key}.{lang}", v) for lang, v in value.items()}


def _date(ctx: _Ctx, key: str, value: Any, end: bool) -> dt.date | None:
    if value is None or value == "":
        return None
    try:
        day = parse_date(value)
    except ValueError as exc:
        raise ctx.error(f"`{key}`: {exc}") from exc
    if end and day is not None and isinstance(value, str | int):
        text = str(value).strip()
        if len(text) == 4:
            return dt.date(day.year, 12, 31)
        if len(text) == 7:
            nxt = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
    return day


def _roles(ctx: _Ctx, value: Any) -> list[Role]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise ctx.error("`roles` must be a list of {title, state, start, end}")
    roles = []
    for i, r in enumerate(value):
        if not isinstance(r, dict) or not isinstance(r.get("title"), str):
            raise ctx.error(f"roles[{i}] needs a string `title`")
        if not isinstance(r.get("state"), str):
            raise ctx.error(f"roles[{i}] needs a string `state` (an entity id)")
        start = _date(ctx, f"roles[{i}].start", r.get("start"), end=False)
        stop = _date(ctx, f"roles[{i}].end", r.get("end"), end=True)
        if start and stop and stop < start:
            raise ctx.error(f"roles[{i}] ends before it starts")
        roles.append(Role(r["title"].strip(), r["state"].strip(), start, stop))
    return roles


def _scalars(ctx: _Ctx, raw: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    qid = raw.get("qid", raw.get("wikidata"))
    if qid is not None:
        if not isinstance(qid, str) or not _QID_RE.match(qid):
            raise ctx.error(f"`qid` must look like Q123, got {qid!r}")
        out["qid"] = qid
    for key in ("kind", "en", "state", "a2"):
        if raw.get(key) is not None:
            if not isinstance(raw[key], str) or not raw[key].strip():
                raise ctx.error(f"`{key}` must be a non-empty string")
            out[key] = raw[key].strip()
    if "kind" in out:
        out["kind"] = _kind(ctx, out["kind"])
    if "current" in raw:
        if not isinstance(raw["current"], bool):
            raise ctx.error("`current` must be true or false")
        out["current"] = raw["current"]
    return out


def _kind(ctx: _Ctx, kind: str) -> str:
    """The ontology's spelling of a kind (`organisation` -> `organization`)."""
    onto = ontology()
    canonical = onto.canonical_kind(kind)
    if canonical not in onto.entity_kinds:
        raise ctx.error(f"unknown kind {kind!r} (known: {', '.join(onto.entity_kinds)})")
    return canonical


def _nisba(ctx: _Ctx, forms: list[str]) -> list[str]:
    for form in forms:
        if not all(word.endswith(NISBA_ENDING) for word in form.split()):
            raise ctx.error(f"nisba {form!r}: every word must end in {NISBA_ENDING} "
                            "(masculine singular)")
    return forms


def parse_entry(ctx: _Ctx) -> dict[str, Any]:
    """Validated fields of one raw entry (only the keys it sets)."""
    raw = ctx.raw
    if not isinstance(raw.get("id"), str) or not raw["id"].strip():
        raise ctx.error("`id` must be a non-empty string")
    fields: dict[str, Any] = {"id": raw["id"].strip(), **_scalars(ctx, raw)}
    fields["names"] = _lang_map(ctx, "names", raw.get("names"))
    fields["capital"] = _lang_map(ctx, "capital", raw.get("capital"))
    for key in LIST_FIELDS:
        fields[key] = _str_list(ctx, key, raw.get(key))
    fields["nisba"] = _nisba(ctx, fields["nisba"])
    fields["roles"] = _roles(ctx, raw.get("roles"))
    fields["extra"] = {k: v for k, v in raw.items() if k not in KNOWN}
    return fields


def _merge_lists(old: list, new: list) -> list:
    return old + [x for x in new if x not in old]


def _new_entity(ctx: _Ctx, f: dict[str, Any]) -> Entity:
    if "kind" not in f:
        raise ctx.error("a new entity needs `kind`")
    f.setdefault("en", f["id"])
    return Entity(**f, sources=[str(ctx.path)])


def _extend(ctx: _Ctx, ent: Entity, f: dict[str, Any], override: bool, warnings: list[str]) -> None:
    for key in SCALAR_FIELDS:
        if key not in f or getattr(ent, key) == f[key]:
            continue
        if not override and getattr(ent, key) not in (None, True):
            clash = f"`{key}` is {f[key]!r} here but {getattr(ent, key)!r} in {ent.sources[0]}"
            if key not in SOFT_FIELDS:
                raise ctx.error(clash)
            warnings.append(f"{ctx.path}: entity {ctx.label}: {clash} (first kept)")
            continue
        setattr(ent, key, f[key])
    for key in ("names", "capital"):
        merged = getattr(ent, key)
        for lang, forms in f[key].items():
            merged[lang] = _merge_lists(merged.get(lang, []), forms)
    for key in (*LIST_FIELDS, "roles"):
        setattr(ent, key, _merge_lists(getattr(ent, key), f[key]))
    for key, value in f["extra"].items():
        if key in MERGED_EXTRA and isinstance(value, list):
            ent.extra[key] = _merge_members(ent.extra.get(key), value)
        elif key in MERGED_EXTRA and isinstance(value, dict):
            before = ent.extra.get(key)
            old: dict[str, Any] = before if isinstance(before, dict) else {}
            ent.extra[key] = {k: _merge_lists(list(old.get(k, [])), list(v))
                              for k, v in {**old, **value}.items()}
        else:
            ent.extra[key] = value
    ent.sources.append(str(ctx.path))


# Extra keys whose values from several files are merged, not replaced: `members` (a member
# listed again with dates replaces its undated entry) and `group_nouns` (per language).
MERGED_EXTRA = ("members", "group_nouns")


def _member_id(item: Any) -> Any:
    return item.get("id") if isinstance(item, dict) else item


def _merge_members(old: Any, new: list) -> list:
    out = list(old) if isinstance(old, list) else []
    for item in new:
        ids = [_member_id(x) for x in out]
        mid = _member_id(item)
        if mid in ids and isinstance(item, dict):
            out[ids.index(mid)] = item
        elif mid not in ids or isinstance(item, dict):
            out.append(item)
    return out


def merge_file(
    entities: dict[str, Entity], path: Path, user: bool, warnings: list[str] | None = None
) -> None:
    """Add the entries of ``path`` to ``entities``. In package data a
    differing display name (``en``) is a warning, any other scalar an error."""
    warnings = [] if warnings is None else warnings
    for i, raw in enumerate(read_file(path)):
        ctx = _Ctx(path, i, raw)
        fields = parse_entry(ctx)
        ent = entities.get(fields["id"])
        if ent is None:
            entities[fields["id"]] = _new_entity(ctx, fields)
        else:
            _extend(ctx, ent, fields, override=user, warnings=warnings)


def check_references(entities: dict[str, Entity]) -> None:
    """Every ``state`` and role state must be a known entity."""
    for ent in entities.values():
        refs = ([ent.state] if ent.state else []) + [r.state for r in ent.roles]
        for ref in refs:
            if ref not in entities:
                raise LexiconError(
                    f"{ent.sources[-1]}: entity {ent.id}: refers to unknown entity {ref!r}"
                )


def fingerprint(paths: Iterable[Path]) -> str:
    digest = hashlib.sha256()
    for p in paths:
        digest.update(str(p).encode())
        digest.update(p.read_bytes())
    return digest.hexdigest()[:16]
