"""Named argument strategies (diplomap.extract.strategies), each on sentences of our own."""

from __future__ import annotations

from dataclasses import dataclass
from types import SimpleNamespace

import pytest

from diplomap.extract import strategies as st
from diplomap.extract.grammar import grammar
from diplomap.extract.sentence import view_sentence


@dataclass
class FakeMention:
    start: int
    end: int
    text: str
    entity_id: str
    resolution: str = "name"
    clitic: str = ""


def view(text: str, names: dict[str, tuple[str, str]], lang: str = "en",
         resolutions: dict[str, str] | None = None):
    """A sentence view of `text` whose names (surface -> (entity, kind)) are mentions."""
    mentions, kinds = [], {}
    for surface, (entity, kind) in names.items():
        at = text.index(surface)
        mentions.append(FakeMention(at, at + len(surface), surface, entity,
                                    (resolutions or {}).get(surface, "name")))
        kinds[entity] = kind
    mentions.sort(key=lambda m: m.start)
    return view_sentence(text, 0, 0, len(text), mentions,
                         lambda eid: (eid, kinds[eid], None), grammar(lang))


def word(v, token: str) -> int:
    return next(i for i, w in enumerate(v.words) if token in w)


STATES = frozenset({"state"})


def test_svo_subject_is_the_nearest_name_before_the_verb():
    v = view("Freedonia shelled Sylvania.", {"Freedonia": ("FRE", "state"),
                                             "Sylvania": ("SYL", "state")})
    verb = word(v, "shelled")
    left = [a for a in v.args if a.last <= verb]
    assert st.svo_subject(left, STATES, 0).entity == "FRE"


def test_vso_subject_stands_right_after_the_verb():
    v = view("shelled Freedonia and Ruritania the border posts of Sylvania",
             {"Freedonia": ("FRE", "state"), "Ruritania": ("RUR", "state"),
              "Sylvania": ("SYL", "state")})
    right = [a for a in v.args if a.first > 0]
    group = st.vso_subject(right, STATES, 1, reach=3)
    assert [a.entity for a in group] == ["FRE", "RUR"]  # coordinated list


def test_object_by_marker_takes_the_name_after_a_target_marker():
    v = view("Freedonia with Ruritania launched strikes against Sylvania.",
             {"Freedonia": ("FRE", "state"), "Ruritania": ("RUR", "state"),
              "Sylvania": ("SYL", "state")})
    after = [a for a in v.args if a.first > word(v, "launched")]
    objects = st.object_by_marker(v, v.args, STATES, ("against",), {"FRE"})
    assert [a.entity for a in objects] == ["SYL"]
    assert st.object_by_marker(v, after, STATES, ("toward",), set()) == []


def test_governed_by_reads_two_word_markers():
    v = view("the raid carried out by order of Freedonia",
             {"Freedonia": ("FRE", "state")})
    assert st.governed_by(v, v.args[0], ("order of",)) == "order of"
    assert st.governed_by(v, v.args[0], ("of",)) == "of"
    assert st.governed_by(v, v.args[0], ("against",)) == ""


def test_passive_agent_is_the_name_after_by():
    v = view("Sylvania was shelled by Freedonia and Ruritania",
             {"Sylvania": ("SYL", "state"), "Freedonia": ("FRE", "state"),
              "Ruritania": ("RUR", "state")})
    agents = st.passive_agent(v, v.args, STATES, ("by",))
    assert [a.entity for a in agents] == ["FRE", "RUR"]


def test_verbal_noun_genitive_source_then_marked_target():
    v = view("the shelling of Freedonia on Sylvania", {"Freedonia": ("FRE", "state"),
                                                      "Sylvania": ("SYL", "state")})
    noun = word(v, "shelling")
    right = [a for a in v.args if a.first > noun]
    # "of" directly after the noun: the doer; "on": the target
    found = st.verbal_noun_genitive(v, right, noun + 2, STATES, STATES, ("on",), frozenset())
    assert found is not None
    sources, targets = found
    assert [a.entity for a in sources] == ["FRE"] and [a.entity for a in targets] == ["SYL"]


def test_verbal_noun_genitive_needs_a_marked_target():
    v = view("the shelling Freedonia Sylvania", {"Freedonia": ("FRE", "state"),
                                                 "Sylvania": ("SYL", "state")})
    right = [a for a in v.args if a.first > 1]
    assert st.verbal_noun_genitive(v, right, 2, STATES, STATES, ("on",),
                                   frozenset()) is None


def test_relative_antecedent():
    v = view("Freedonia, which shelled the border", {"Freedonia": ("FRE", "state")})
    clause = v.clause_start(word(v, "shelled"))
    assert st.relative_antecedent(v, clause, word(v, "shelled"), STATES).entity == "FRE"


@pytest.mark.parametrize("text", ["Freedonia recalled its envoy while accusing Sylvania.",
                                  "Freedonia recalled its envoy, accusing Sylvania."])
def test_a_participle_after_a_comma_or_conjunction_is_the_main_subjects(text: str) -> None:
    v = view(text, {"Freedonia": ("FRE", "state"), "Sylvania": ("SYL", "state")})
    found = st.adjunct_subject(v, word(v, "accusing"), STATES, [])
    assert [a.entity for a in found] == ["FRE"]
    bare = view("Freedonia recalled its envoy accusing Sylvania.",
                {"Freedonia": ("FRE", "state"), "Sylvania": ("SYL", "state")})
    assert not st.adjunct_subject(bare, word(bare, "accusing"), STATES, [])


def test_domestic_types():
    assert st.domestic_target("COERCE", "arrest")
    assert st.domestic_target("SANCTION", "convict")
    assert st.domestic_target("RETREAT", "resign")
    assert not st.domestic_target("SANCTION", None)
    assert not st.domestic_target("ASSAULT", "aerial")


class Members:
    def entity(self, _):
        return None

    def members(self, group, date=None):
        table = {"GRP": [("AAA", "1990"), ("BBB", "1990"), ("CCC", "2020")]}
        return tuple(m for m, since in table.get(group, []) if date is None or since <= date)


def test_group_expands_to_its_members_at_the_date():
    v = view("the Group states protested", {"the Group states": ("GRP", "organization")},
             resolutions={"the Group states": "members"})
    arg = v.args[0]
    assert [a.entity for a in st.expand_members(arg, Members(), "2010")] == ["AAA", "BBB"]
    assert [a.entity for a in st.expand_members(arg, Members(), "2024")] == ["AAA", "BBB",
                                                                           "CCC"]
    assert all(a.kind == "state" for a in st.expand_members(arg, Members(), None))


def test_a_group_named_as_a_body_stays_itself():
    v = view("the Group secretariat protested", {"the Group": ("GRP", "organization")})
    assert [a.entity for a in st.expand_members(v.args[0], Members(), "2024")] == ["GRP"]
    no_members = SimpleNamespace()  # a lexicon without membership data
    assert st.expand_members(v.args[0], no_members, None) == [v.args[0]]


def test_actor_detail_names_organs_and_officials():
    v = view("the Freedonian police", {"Freedonian police": ("FRE", "state")},
             resolutions={"Freedonian police": "organ"})
    assert st.actor_detail(v.args[0]) == st.ORGAN


@pytest.mark.parametrize("text,start", [
    ("Freedonia said that Sylvania attacked Ruritania", 3),
    ("Freedonia attacked Ruritania", None),
])
def test_speech_content_starts_after_the_complementizer(text, start):
    names = {n: (n[:3].upper(), "state") for n in ("Freedonia", "Sylvania", "Ruritania")
             if n in text}
    v = view(text, names)
    assert st.speech_content_start(v, frozenset({"said"}), frozenset({"that"})) == start
    assert st.speech_content_start(v, frozenset(), frozenset()) is None
