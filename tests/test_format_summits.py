"""A summit of a format (a group and one partner: "the Germany-Central Asia summit", "قمة
آسيا الوسطى واليابان"; lexicon `meets_as_members`) is its members meeting the host state,
one CONSULT each (KGZ-KAZ, DEU-KAZ ...), not anyone meeting the format itself
(extractor._format_summits). Found in the essays tune split (the China-Central Asia summits
held in Xi'an and Astana, the India-Central Asia summit India hosted, a Korea-Central Asia
summit proposed in South Korea) and the seeds (Xi to attend the Central Asia-China summit:
CHN-KAZ), whose gold codes every member with the host."""

from __future__ import annotations

import pytest

from conftest import event_triples, typed_events

CENTRAL_ASIA = {"KAZ", "KGZ", "TJK", "TKM", "UZB"}


@pytest.mark.parametrize(("text", "lang", "host", "partner"), [
    ("Kazakhstan hosted the Central Asia-Germany summit in Astana on Friday.", "en",
     "KAZ", "DEU"),
    ("Leaders met at the Korea-Central Asia Summit, held in Tashkent in February.", "en",
     "UZB", "KOR"),
    ("Japan hosted the Central Asia + Japan Dialogue in Tokyo last month.", "en", "JPN", "JPN"),
    ("استضافت كازاخستان قمة آسيا الوسطى وألمانيا في أستانا يوم الجمعة.", "ar", "KAZ", "DEU"),
    ("استضافت اليابان حوار آسيا الوسطى واليابان في طوكيو الشهر الماضي.", "ar", "JPN", "JPN"),
])
def test_members_of_a_format_meet_its_host(pipeline, text: str, lang: str, host: str,
                                          partner: str) -> None:
    found = typed_events(pipeline, text, lang)
    met = {s for e, m, s, t in found if e == "CONSULT" and t == host and m == "multilateral"}
    assert met == (CENTRAL_ASIA | {partner}) - {host}, found
    assert not any(t.startswith("C5_PLUS") or s.startswith("C5_PLUS")
                   for e, _, s, t in found if e == "CONSULT"), found


@pytest.mark.parametrize(("text", "lang"), [
    # near-misses: a format's meeting no host is named for states no pair
    ("In his speech to the Central Asia-Germany summit, Scholz praised the region.", "en"),
    ("ألقى شولتس كلمة أمام قمة آسيا الوسطى وألمانيا.", "ar"),
])
def test_a_format_meeting_with_no_host_pairs_no_one(pipeline, text: str, lang: str) -> None:
    found = event_triples(pipeline, text, lang)
    assert not any(e == "CONSULT" and "C5_PLUS_GERMANY" in (s, t) for s, e, t in found), found


def test_an_ordinary_body_summit_stays_the_hosts(pipeline) -> None:
    # near-miss: a body that is no format keeps its host-with-body reading
    found = event_triples(pipeline, "The G7 summit began in Kananaskis, Alberta, Canada.", "en")
    assert ("CAN", "CONSULT", "G7") in found, found
