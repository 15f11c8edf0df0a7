"""Where the subject carried from before is no doer: the structure that governs the
trigger names a doer of its own (a relative clause, ...)."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline


@pytest.fixture(scope="module")
def read():
    pipeline = Pipeline()

    def run(text: str, lang: str) -> set[tuple]:
        extraction = pipeline(text, lang, "2025-06-19").extraction
        return {(e.source, e.event_type, e.target) for e in extraction.events}

    return run


@pytest.mark.parametrize("text, lang", [
    ("The Finnish Parliament votes to withdraw from the Ottawa Treaty, which bans the use of "
     "anti-personnel mines.", "en"),
    ("صوّت البرلمان الفنلندي لصالح الانسحاب من معاهدة أوتاوا التي تحظر استخدام الألغام "
     "المضادة للأفراد.", "ar"),
])
def test_relative_clause_act_is_its_antecedents(read, text, lang) -> None:
    assert ("FIN", "COERCE", "FIN") not in read(text, lang)


def test_relative_clause_raid_target_is_no_carried_assault(read) -> None:
    events = read("أعلنت كوريا الجنوبية أنها ستفتح تحقيقاً في الانتهاكات خلال المداهمة التي "
                  "استهدفت مصنعاً لشركة هيونداي في ولاية جورجيا.", "ar")
    assert not any(kind == "ASSAULT" for _, kind, _ in events)


@pytest.mark.parametrize("text, lang", [
    ("Finland's parliament votes to leave the treaty. It bans the use of anti-personnel mines.",
     "en"),
    ("Finland announced new measures on Monday. The government bans the use of anti-personnel "
     "mines.", "en"),
    ("صوّت البرلمان الفنلندي على قانون جديد. وتحظر الحكومة استخدام الألغام المضادة للأفراد.",
     "ar"),
])
def test_main_clause_act_keeps_carried_subject(read, text, lang) -> None:
    assert ("FIN", "COERCE", "FIN") in read(text, lang)
