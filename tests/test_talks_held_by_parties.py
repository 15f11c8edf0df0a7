"""Talks the two parties hold themselves, named as "talks between the two countries" after a
venue ("عقد مسؤولو A وB في العاصمة C أول محادثات بين البلدين"): the state of the venue
(named after "في"/"in", or the adjective of the noun "في" governs: "في العاصمة السعودية")
is not one of "the two countries" (`sentence._says_where`), and a party holding what is
between it and the other brokers nothing: the talks are the parties' own, no mediation
(`Extractor._held_by_parties`). Found in the essays tune split (writer 4: officials of two
states holding "the first talks between the two countries" in a third state's capital,
read as each one's mediation and the host as a party)."""

from __future__ import annotations

import pytest

from conftest import event_triples, fact_quads


def mediations(pipeline, text: str, lang: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o, _ in fact_quads(pipeline, text, lang) if p == "mediated"}


def consults(pipeline, text: str, lang: str) -> set[frozenset]:
    return {frozenset({s, t}) for s, e, t in event_triples(pipeline, text, lang)
            if e == "CONSULT"}


@pytest.mark.parametrize(("text", "lang"), [
    ("عقد مسؤولون إثيوبيون وإريتريون في العاصمة الكينية أول محادثات بين البلدين منذ الحرب.",
     "ar"),
    ("عقد الجانبان الإثيوبي والإريتري في نيروبي محادثات بين البلدين.", "ar"),
])
def test_the_holders_talks_are_their_own(pipeline, text: str, lang: str) -> None:
    assert not mediations(pipeline, text, lang)
    assert consults(pipeline, text, lang) == {frozenset({"ETH", "ERI"})}


@pytest.mark.parametrize(("text", "lang"), [
    ("التقى مسؤولون إثيوبيون وإريتريون في العاصمة الكينية، واتفق البلدان على إعادة فتح "
     "الحدود.", "ar"),
    ("Ethiopian and Eritrean envoys met in the Kenyan capital, and the two countries agreed "
     "to reopen the border.", "en"),
])
def test_the_venue_is_not_one_of_the_two_countries(pipeline, text: str, lang: str) -> None:
    found = event_triples(pipeline, text, lang)
    assert not {t for t in found if "KEN" in (t[0], t[2])}, found


@pytest.mark.parametrize(("text", "lang"), [
    # near-misses: a third state hosting the talks mediates them
    ("استضافت كينيا محادثات بين إثيوبيا وإريتريا.", "ar"),
    ("Kenya hosted talks between Ethiopia and Eritrea in Nairobi.", "en"),
])
def test_a_host_that_is_no_party_still_mediates(pipeline, text: str, lang: str) -> None:
    assert {("KEN", "ETH"), ("KEN", "ERI")} <= mediations(pipeline, text, lang)


def test_a_state_reached_is_one_of_the_two(pipeline) -> None:
    # near-miss: a state travelled to ("arrived in Kenya") is the other party, not a venue
    text = "The Ethiopian president arrived in Kenya, and the two countries signed a trade deal."
    assert ("ETH", "agreement_with", "KEN", "actual") in fact_quads(pipeline, text, "en")
