"""``Lexicon`` (entities, dated roles) and ``load_lexicon``."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from diplomap.lexicon import loader
from diplomap.lexicon.model import Entity, LexiconError, Role
from diplomap.text.dates import parse_date


def _cldr_names(a2: str) -> dict[str, list[str]]:
    """Arabic and English common names of a territory from Babel's CLDR."""
    from babel import Locale

    out: dict[str, list[str]] = {}
    for lang in ("ar", "en"):
        name = Locale(lang).territories.get(a2)
        if name:
            out[lang] = _clean_cldr(name)
    return out


def _clean_cldr(name: str) -> list[str]:
    """``ميانمار (بورما)`` -> both names; ``&`` -> ``and``; ``St.`` kept."""
    name = name.replace("&", "and").replace("’", "'")
    if "(" in name:
        head, _, rest = name.partition("(")
        return [head.strip(), rest.rstrip(")").strip()]
    return [name.strip()]


def add_cldr(entities: dict[str, Entity]) -> None:
    """Add CLDR names to every entity with an ``a2`` code."""
    for ent in entities.values():
        if not ent.a2:
            continue
        for lang, forms in _cldr_names(ent.a2).items():
            known = ent.names.setdefault(lang, [])
            known.extend(f for f in forms if f not in known and f not in ent.exclude)


class Lexicon:
    """Entities by ID, with dated roles for person/state look-ups."""

    def __init__(
        self,
        entities: dict[str, Entity],
        files: list[Path],
        key: str,
        warnings: list[str] | None = None,
    ) -> None:
        self.entities = entities
        self.files = files
        self.key = key
        self.warnings = warnings or []
        self._holders: dict[tuple[str, str], list[tuple[Role, str]]] = defaultdict(list)
        for ent in entities.values():
            for role in ent.roles:
                self._holders[(role.state, role.title)].append((role, ent.id))
                if role.title.startswith("acting_"):
                    self._holders[(role.state, role.title[7:])].append((role, ent.id))
        self._cache: dict[str, Any] = {}
        self._members: dict[str, tuple[Membership, ...]] = {}

    def __len__(self) -> int:
        return len(self.entities)

    def __iter__(self) -> Iterator[Entity]:
        return iter(self.entities.values())

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self.entities

    def entity(self, entity_id: str) -> Entity | None:
        return self.entities.get(entity_id)

    def by_kind(self, *kinds: str) -> list[Entity]:
        return [e for e in self.entities.values() if e.kind in kinds]

    def person_state(self, pid: str, date: object = None, *,
                     nearest: bool = False) -> tuple[str, str | None] | None:
        """The one person -> state resolver: ``(state, title)`` of the role ``pid`` held
        on ``date`` (today if None); with ``nearest``, when no role was held then, of the
        role nearest in time (a president-elect, a former minister); else ``(state, None)``
        from the person's ``state``; else None."""
        ent = self.entities.get(pid)
        if ent is None:
            return None
        role = role_at(ent.roles, parse_date(date) or dt.date.today(), nearest)
        if role is not None:
            return role.state, role.title
        return (ent.state, None) if ent.state else None

    def organ_state(self, entity_id: str, date: object = None) -> str | None:
        """The state an organisation acts for in events on ``date`` (today if None): an
        organ's (``organ: true``: a ministry, an army), or, from the day given by
        ``governs_since``, that of a movement that has become its state's government
        (the Taliban from 2021-08-15; an insurgent group before)."""
        ent = self.entities.get(entity_id)
        if ent is None or not ent.state:
            return None
        since = ent.extra.get("governs_since")
        if isinstance(since, dt.date):
            day = parse_date(date) or dt.date.today()
            return ent.state if day >= since else None
        return ent.state if ent.extra.get("organ") else None

    def office_holder(self, state: str, title: str, date: object = None) -> str | None:
        """The person holding ``title`` in ``state`` on ``date`` (today if None)."""
        day = parse_date(date) or dt.date.today()
        active = [(r, pid) for r, pid in self._holders.get((state, title), []) if r.active(day)]
        if not active:
            return None
        return max(active, key=lambda rp: rp[0].start or dt.date.min)[1]

    def memberships(self, group_id: str) -> tuple[Membership, ...]:
        """Every membership of an organisation or informal group (lexicon `members`:
        IDs, or `{id, since, until}` mappings), in the order of the data."""
        found = self._members.get(group_id)
        if found is None:
            ent = self.entities.get(group_id)
            raw = ent.extra.get("members") if ent is not None else None
            items = raw if isinstance(raw, list) else []
            found = tuple(_membership(item) for item in items if _member_key(item))
            self._members[group_id] = found
        return found

    def members(self, group_id: str, date: object = None) -> tuple[str, ...]:
        """The members of `group_id` as of `date` (an ISO date at any precision, a
        `datetime.date`; None: today): those that had joined by then and had not left. A
        date of year or month precision counts a member that was one at any time in it."""
        first, last = _period(date)
        return tuple(m.id for m in self.memberships(group_id)
                     if (m.since is None or m.since <= last)
                     and (m.until is None or m.until >= first))

    def groups(self) -> tuple[str, ...]:
        """IDs of the entities with members."""
        return tuple(e.id for e in self.entities.values() if e.extra.get("members"))

    def title_slug(self, entity_id: str) -> str:
        return entity_id.split(":", 1)[1] if entity_id.startswith("TITLE:") else entity_id


@dataclass(frozen=True, slots=True)
class Membership:
    id: str
    since: dt.date | None = None
    until: dt.date | None = None


def _member_key(item: Any) -> str | None:
    value = item.get("id") if isinstance(item, dict) else item
    return value.strip() if isinstance(value, str) and value.strip() else None


def _membership(item: Any) -> Membership:
    mid = _member_key(item) or ""
    if not isinstance(item, dict):
        return Membership(mid)
    return Membership(mid, _period(item.get("since"))[0] if item.get("since") else None,
                      _period(item.get("until"))[1] if item.get("until") else None)


def _period(value: object) -> tuple[dt.date, dt.date]:
    """The first and last day of a date given at year, month or day precision."""
    if value is None or value == "":
        today = dt.date.today()
        return today, today
    if isinstance(value, dt.date):
        return value, value
    text = str(value).strip()
    day = parse_date(text) or dt.date.today()
    if len(text) == 4:
        return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)
    if len(text) == 7:
        nxt = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
        return dt.date(day.year, day.month, 1), nxt - dt.timedelta(days=1)
    return day, day


def role_at(roles: list[Role], day: dt.date, nearest: bool = False) -> Role | None:
    """The role held on ``day`` (the latest-starting one if several); with ``nearest``,
    when none was held then, the role whose term lies nearest to ``day``."""
    active = [r for r in roles if r.active(day)]
    if active:
        return max(active, key=lambda r: r.start or dt.date.min)
    if not nearest or not roles:
        return None

    def distance(role: Role) -> int:
        edge = role.start if role.start and role.start > day else role.end or day
        return abs((edge - day).days)

    return min(roles, key=distance)


def _build(paths: tuple[Path, ...], user_from: int) -> Lexicon:
    entities: dict[str, Entity] = {}
    warnings: list[str] = []
    for i, path in enumerate(paths):
        loader.merge_file(entities, path, user=i >= user_from, warnings=warnings)
    add_cldr(entities)
    loader.check_references(entities)
    return Lexicon(entities, list(paths), loader.fingerprint(paths), warnings)


# What is compiled from a lexicon when it is built, and cached on disk with it (the linker's
# automata, the costly part: `lexicon.patterns` adds its compiler on import).
COMPILERS: list[Callable[[Lexicon], object]] = []


@lru_cache(maxsize=8)
def _cached(paths: tuple[Path, ...], user_from: int, _stamp: tuple[float, ...]) -> Lexicon:
    from diplomap.lexicon.cache import cached

    def build() -> Lexicon:
        lexicon = _build(paths, user_from)
        for compile_ in COMPILERS:
            compile_(lexicon)
        return lexicon

    return cached("lexicon", [loader.fingerprint(paths), str(user_from)], build)


def load_lexicon(extra_paths: Iterable[str | Path] = ()) -> Lexicon:
    """Load every ``data/*.yaml`` plus the user's files (same schema).

    Cached per file set and modification times, so repeated calls share one
    ``Lexicon`` (and its compiled linker)."""
    builtin = loader.data_files()
    extra = [Path(p) for p in extra_paths]
    for p in extra:
        if not p.is_file():
            raise LexiconError(f"{p}: no such lexicon file")
    paths = tuple(builtin + extra)
    stamp = tuple(p.stat().st_mtime for p in paths)
    return _cached(paths, len(builtin), stamp)
