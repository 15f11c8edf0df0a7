"""Who attends a body's meeting that a state hosts meets the host state, not the body
(frame key `meets_host`, extractor._summit_hosts): "attended the SCO summit in Tianjin",
"شارك ... في قمة ... التي عقدت في أستانا", "قمة ... في جوهانسبرغ بمشاركة قادة X وY". Found in
the essays tune split (two leaders attending a CIS summit in the Tajik capital: RUS-TJK,
AZE-TJK; heading to the APEC summit in Peru: IDN-PER; the G20 summit hosted by New Delhi:
SAU-IND, ARE-IND ...), the dev-set tune gold (a meeting in Paris attended by Ukraine:
UKR-FRA) and the seeds (Xi to take part in a summit in Kazakhstan: CHN-KAZ). The host itself
still meets the body (dev-set gold: the G7 summit in Canada, G7-CAN)."""

from __future__ import annotations

import pytest

from conftest import typed_events


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Indian Prime Minister Narendra Modi attended the SCO summit held in Tianjin.", "en",
     {("IND", "CHN")}),
    ("The Kenyan president took part in the BRICS summit in Kazan in October 2024.", "en",
     {("KEN", "RUS")}),
    ("شارك الرئيس الصيني في قمة منظمة شنغهاي للتعاون التي عقدت في أستانا.", "ar",
     {("CHN", "KAZ")}),
    ("حضر الرئيس الكيني قمة مجموعة بريكس في قازان في أكتوبر 2024.", "ar", {("KEN", "RUS")}),
    ("عقدت قمة مجموعة العشرين في جوهانسبرغ بمشاركة قادة الهند والبرازيل.", "ar",
     {("IND", "ZAF"), ("BRA", "ZAF")}),
    ("وخلال قمة بريكس التي استضافتها قازان في أكتوبر 2024، شاركت مصر وإثيوبيا لأول مرة.", "ar",
     {("EGY", "RUS"), ("ETH", "RUS")}),
    ("وفي قمة مجموعة العشرين التي استضافتها نيودلهي في سبتمبر 2023، شاركت مصر بصفة ضيف.", "ar",
     {("EGY", "IND")}),
])
def test_an_attendee_meets_the_host(pipeline, text: str, lang: str,
                                   expected: set[tuple]) -> None:
    found = typed_events(pipeline, text, lang)
    met = {(s, t) for e, m, s, t in found if e == "CONSULT" and m == "multilateral"}
    assert met == expected, found


@pytest.mark.parametrize(("text", "lang", "pair"), [
    # near-misses: a meeting with no host named stays with the body
    ("The Kenyan president attended the African Union summit on Sunday.", "en", ("KEN", "AU")),
    ("حضر الرئيس الكيني قمة الاتحاد الأفريقي.", "ar", ("KEN", "AU")),
    # the host of the meeting meets the body
    ("The G7 summit began in Kananaskis, Alberta, Canada.", "en", ("CAN", "G7")),
    # where the attendee spoke is not where the meeting is
    ("Speaking in Ankara, Zelensky said Ukraine would take part in the NATO summit.", "en",
     ("UKR", "NATO")),
    ("وقال زيلينسكي في أنقرة إن أوكرانيا ستشارك في قمة حلف الناتو.", "ar", ("UKR", "NATO")),
])
def test_a_meeting_with_no_other_host_stays_with_the_body(pipeline, text: str, lang: str,
                                                          pair: tuple) -> None:
    found = typed_events(pipeline, text, lang)
    met = {(s, t) for e, m, s, t in found if e == "CONSULT" and m == "multilateral"}
    assert pair in met, found
    assert not any(t in ("TUR", "KEN") for _, t in met), found
