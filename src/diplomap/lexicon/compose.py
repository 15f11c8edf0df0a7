"""Join titles with the state and person around them into one mention.

Arabic:  TITLE [MOD] [HOST] [MOD] [،] [PERSON]
         الرئيس الصيني شي جين بينغ / رئيس كازاخستان / الأمين العام للأمم المتحدة
English: [HOST ['s]] TITLE [MOD] [of [the] HOST] [MOD] [,] [PERSON]
         Kazakh President Tokayev / Russia's foreign minister / President of Kazakhstan

HOST is a state, territory or organisation mention. With a PERSON the
result is that person (resolution ``name``); with only a HOST and no
``current: false`` modifier, the holder of the title in the HOST at the
document's date (resolution ``title``), if the lexicon knows one; else the
HOST mention stays as it was. Titles and modifiers alone are dropped.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from diplomap.lang import all_languages
from diplomap.lexicon.core import Lexicon
from diplomap.lexicon.model import ORG_KINDS, SPECIAL_KINDS, STATE_KINDS
from diplomap.lexicon.patterns import Target

HOST_KINDS = STATE_KINDS | ORG_KINDS
HOST_RESOLUTIONS = frozenset({"name", "adjective", "acronym", "metonym"})
GAP_PLAIN = frozenset({""})
GAP_PERSON = frozenset({"", ",", "،"})
# "Russia's President", "President of the Russian Federation" (clitics.yaml, grammar.yaml)
GAP_POSSESSIVE = frozenset({"", *(s for lang in all_languages() for s in lang.clitics.possessives)})
GAP_OF = frozenset(w for lang in all_languages() for w in lang.grammar.words("title_of"))


@dataclass(slots=True)
class Item:
    """A chosen match in normalised coordinates."""

    start: int
    end: int
    target: Target
    clitic: str = ""
    current: bool = True

    # written out, not generated: compiled, the dataclass's generated __init__ would run as
    # interpreted code at each match (tests/test_explicit_inits.py)
    def __init__(self, start: int, end: int, target: Target, clitic: str = "",
                 current: bool = True) -> None:
        self.start = start
        self.end = end
        self.target = target
        self.clitic = clitic
        self.current = current

    @property
    def kind(self) -> str:
        return self.target.kind

    @property
    def is_host(self) -> bool:
        return self.target.kind in HOST_KINDS and self.target.resolution in HOST_RESOLUTIONS


@dataclass(slots=True)
class Linked:
    """A final mention in normalised coordinates."""

    start: int
    end: int
    entity_id: str
    resolution: str
    clitic: str = ""
    state: str | None = None
    title: str | None = None
    nested: bool = False

    # written out, not generated: compiled, the dataclass's generated __init__ would run as
    # interpreted code at each mention (tests/test_explicit_inits.py)
    def __init__(self, start: int, end: int, entity_id: str, resolution: str,
                 clitic: str = "", state: str | None = None, title: str | None = None,
                 nested: bool = False) -> None:
        self.start = start
        self.end = end
        self.entity_id = entity_id
        self.resolution = resolution
        self.clitic = clitic
        self.state = state
        self.title = title
        self.nested = nested


class Composer:
    def __init__(self, lexicon: Lexicon, text: str, day: dt.date, english: bool) -> None:
        self.lexicon, self.text, self.day, self.english = lexicon, text, day, english
        # a lexicon person's ID -> the state of the namesake the document names instead
        self.namesakes: dict[str, str] = {}

    def run(self, items: list[Item]) -> list[Linked]:
        out: list[Linked] = []
        i = 0
        while i < len(items):
            linked, j = self._compose_at(items, i)
            if j > i:
                out.extend(linked)
                i = j
                continue
            if items[i].kind not in SPECIAL_KINDS:
                out.append(self._namesake_again(items[i]) or self.plain(items[i]))
            i += 1
        return out

    def plain(self, it: Item, nested: bool = False) -> Linked:
        state = self._state_of(it.target)
        t = it.target
        return Linked(it.start, it.end, t.entity_id, t.resolution, it.clitic, state, None, nested)

    def _state_of(self, target: Target) -> str | None:
        if target.kind in STATE_KINDS:
            return target.entity_id
        ent = self.lexicon.entity(target.entity_id)
        if ent is None:
            return None
        if ent.kind == "person":
            found = self.lexicon.person_state(ent.id, self.day)
            return found[0] if found else None
        return ent.state

    def _gap(self, a: int, b: int) -> str:
        return self.text[a:b].strip(' "')

    def _mods(self, items: list[Item], j: int, end: int) -> tuple[int, int, bool]:
        current = True
        while j < len(items) and items[j].kind == "modifier" and not self._gap(end, items[j].start):
            current = current and items[j].current
            end = items[j].end
            j += 1
        return j, end, current

    def _adjacent(self, items: list[Item], i: int, j: int, end: int, gaps: frozenset[str]) -> bool:
        return j < len(items) and (j == i or self._gap(end, items[j].start) in gaps)

    def _lead_host(self, items: list[Item], i: int, j: int, end: int) -> Item | None:
        """English ``Kazakh President`` / ``Russia's President``."""
        if not (self.english and j + 1 < len(items) and items[j].is_host):
            return None
        if items[j + 1].kind != "title" or not self._adjacent(items, i, j, end, GAP_PLAIN):
            return None
        if self._gap(items[j].end, items[j + 1].start) not in GAP_POSSESSIVE:
            return None
        return items[j]

    def _host_follows(self, items: list[Item], j: int, end: int) -> bool:
        if j >= len(items) or not items[j].is_host:
            return False
        return self._gap(end, items[j].start) in (GAP_OF if self.english else GAP_PLAIN)

    def _person_follows(self, items: list[Item], j: int, end: int) -> bool:
        if j >= len(items) or items[j].kind != "person":
            return False
        return self._gap(end, items[j].start) in GAP_PERSON

    def _compose_at(self, items: list[Item], i: int) -> tuple[list[Linked], int]:
        j, end, current = i, items[i].start, True
        if self.english:
            j, end, current = self._mods(items, i, end)
        host = self._lead_host(items, i, j, end)
        if host is not None:
            j, end = j + 1, host.end
        elif not self._adjacent(items, i, j, end, GAP_PLAIN):
            return [], i
        if items[j].kind != "title":
            return [], i
        title = items[j]
        j, end, cur = self._mods(items, j + 1, title.end)
        current = current and cur
        if host is None and self._host_follows(items, j, end):
            host = items[j]
            j, end, cur = self._mods(items, j + 1, host.end)
            current = current and cur
        person = None
        if self._person_follows(items, j, end):
            person, j = items[j], j + 1
        return self._result(title, host, person, current), j

    def _result(
        self, title: Item, host: Item | None, person: Item | None, current: bool
    ) -> list[Linked]:
        slug = self.lexicon.title_slug(title.target.entity_id)
        first = host if host is not None and host.start < title.start else title
        if person is not None and host is not None and self._namesake(person, host, slug):
            self.namesakes[person.target.entity_id] = host.target.entity_id
            person = None  # another person of that name, one the lexicon does not know
        if person is not None:
            pid = person.target.entity_id
            if host is None and pid in self.namesakes:  # "... Minister Sánchez" again
                sid = self.namesakes[pid]
                return [Linked(first.start, person.end, sid, "title", first.clitic, sid, slug)]
            state = host.target.entity_id if host else self._state_of(person.target)
            return [Linked(first.start, person.end, pid, "name", first.clitic, state, slug)]
        if host is None:
            return []
        holder = None
        if current:
            holder = self.lexicon.office_holder(host.target.entity_id, slug, self.day)
        if holder is None:
            return [self.plain(host)]
        end = max(host.end, title.end)
        sid = host.target.entity_id
        return [Linked(first.start, end, holder, "title", first.clitic, sid, slug)]

    def _namesake_again(self, it: Item) -> Linked | None:
        """The namesake's name said again ("Sánchez said"): the official of that state."""
        sid = self.namesakes.get(it.target.entity_id) if it.kind == "person" else None
        if sid is None:
            return None
        return Linked(it.start, it.end, sid, "title", it.clitic, sid, None)

    def _namesake(self, person: Item, host: Item, slug: str) -> bool:
        """"Colombian defense minister Pedro Sánchez": the title's state says whom the name
        acts for; a lexicon person of that name who never held an office in that state nor
        is from it is someone else. Not when he held the same office elsewhere: then the
        state's adjective is the one that misleads ("Congolese president Denis Sassou
        Nguesso", of the Republic of the Congo)."""
        ent = self.lexicon.entity(person.target.entity_id)
        if host.kind not in STATE_KINDS or ent is None or not (ent.roles or ent.state):
            return False
        state = host.target.entity_id
        if ent.state == state or any(r.state == state for r in ent.roles):
            return False
        return all(r.title.removeprefix("acting_") != slug for r in ent.roles)
