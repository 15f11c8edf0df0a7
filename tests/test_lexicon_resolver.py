"""The one person -> state resolver (Lexicon.person_state), used by the linker's titles and
by the extractor (a person acts for the state of the role held, or nearest in time)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from diplomap.extract import Pipeline
from diplomap.lexicon import load_lexicon
from diplomap.lexicon.core import role_at
from diplomap.lexicon.model import Role

MINISTER = """
- id: PER:test_envoy
  kind: person
  en: Test Envoy
  names: {ar: [المبعوث التجريبي], en: [Test Envoy]}
  roles:
    - {title: foreign_minister, state: KAZ, start: 2001, end: 2003-06}
    - {title: secretary_general, state: SCO, start: 2010, end: 2012}
"""


@pytest.fixture(scope="module")
def lexicon(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("lex") / "user.yaml"
    path.write_text(MINISTER, encoding="utf-8")
    return load_lexicon([path])


def test_the_role_held_then(lexicon) -> None:
    assert lexicon.person_state("PER:test_envoy", "2002") == ("KAZ", "foreign_minister")
    assert lexicon.person_state("PER:test_envoy", "2011-05") == ("SCO", "secretary_general")
    assert lexicon.person_state("PER:test_envoy", "2005") is None  # between roles


def test_nearest_role_when_none_was_held_then(lexicon) -> None:
    assert lexicon.person_state("PER:test_envoy", "2004", nearest=True)[0] == "KAZ"
    assert lexicon.person_state("PER:test_envoy", "2008", nearest=True)[0] == "SCO"
    assert lexicon.person_state("PER:test_envoy", "1990", nearest=True)[0] == "KAZ"
    assert lexicon.person_state("PER:unknown", "2004", nearest=True) is None


def test_latest_starting_role_among_those_held() -> None:
    roles = [Role("a", "KAZ", dt.date(2000, 1, 1)), Role("b", "UZB", dt.date(2005, 1, 1))]
    assert role_at(roles, dt.date(2010, 1, 1)).state == "UZB"
    assert role_at([], dt.date(2010, 1, 1), nearest=True) is None


def test_the_extractor_reads_a_person_through_the_lexicon(tmp_path: Path) -> None:
    path = tmp_path / "user.yaml"
    path.write_text(MINISTER, encoding="utf-8")
    pipeline = Pipeline([str(path)])
    reading = pipeline("زار المبعوث التجريبي الصين.", "ar", "2004-01")
    assert [m.entity_id for m in reading.doc.mentions][:1] == ["PER:test_envoy"]
    extractor = pipeline.extractor("ar")
    assert extractor._resolve("PER:test_envoy", "2004-01") == ("KAZ", "state", "PER:test_envoy")
    assert extractor._resolve("PER:test_envoy", "2011") == ("SCO", "state",
                                                             "PER:test_envoy")
