"""Talks a third party hosts, brokers or mediates between two parties ("C hosted talks between
A and B", "استضافت C محادثات بين A وB") are also the pair's own talks: A CONSULT B, mode
third-party, besides C's mediation with each (extractor._mediated_talks; grammar
`mediated_talks`). Found in the essays tune split ("Muscat hosted the first round of nuclear
talks between ...", "استضافتهما جولات الحوار بين الرياض وطهران") and the dev set tune split
("Angola will mediate peace talks between the DRC and M23"), whose gold codes the pair's talks."""

from __future__ import annotations

import pytest

from conftest import event_quads, event_triples, fact_quads


def consults(pipeline, text: str, lang: str) -> set[frozenset[str]]:
    return {frozenset({s, t}) for s, e, t in event_triples(pipeline, text, lang)
            if e == "CONSULT"}


@pytest.mark.parametrize(("text", "lang"), [
    ("Kenya hosted a second round of talks between Ethiopia and Eritrea in Nairobi last year.",
     "en"),
    ("Kenya will host negotiations between Ethiopia and Eritrea next month.", "en"),
    ("Kenya mediated the talks between Ethiopia and Eritrea in 2019.", "en"),
    ("Kenya facilitated talks between Ethiopia and Eritrea.", "en"),
    ("استضافت كينيا الجولة الثانية من المحادثات بين إثيوبيا وإريتريا في نيروبي.", "ar"),
    ("احتضنت نيروبي جولات الحوار بين إثيوبيا وإريتريا عام 2019.", "ar"),
    ("ستستضيف كينيا مفاوضات بين إثيوبيا وإريتريا الشهر المقبل.", "ar"),
])
def test_the_pair_of_mediated_talks_talks(pipeline, text: str, lang: str) -> None:
    found = consults(pipeline, text, lang)
    assert frozenset({"ETH", "ERI"}) in found, found
    assert frozenset({"KEN", "ETH"}) in found, found  # the host's mediation stays
    facts = fact_quads(pipeline, text, lang)
    assert any(s == "KEN" and p == "mediated" and o == "ETH" for s, p, o, _ in facts), facts


def test_planned_talks_are_planned_for_the_pair(pipeline) -> None:
    found = event_quads(pipeline, "Kenya will host negotiations between Ethiopia and Eritrea "
                        "next month.", "en")
    assert any({s, t} == {"ETH", "ERI"} and m == "planned" for s, _, t, m in found), found


@pytest.mark.parametrize(("text", "lang"), [
    # a deal, a swap or a ceasefire brokered between them names no talks of theirs
    ("Kenya brokered a prisoner swap between Ethiopia and Eritrea in May.", "en"),
    ("Kenya brokered a ceasefire between Ethiopia and Eritrea.", "en"),
    ("توسطت كينيا في صفقة لتبادل الأسرى بين إثيوبيا وإريتريا.", "ar"),
    # among three parties, who talks with whom is not stated
    ("Kenya hosted talks between Ethiopia, Eritrea and Somalia.", "en"),
])
def test_no_pair_talks_without_talks_of_two(pipeline, text: str, lang: str) -> None:
    found = consults(pipeline, text, lang)
    assert frozenset({"ETH", "ERI"}) not in found, found
