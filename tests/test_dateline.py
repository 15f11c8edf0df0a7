"""A wire story's dateline names where it was filed, not who acted: "طشقند – احتضنت أستانا ..."
is Astana's hosting, not Tashkent's; prose that opens with names and a dash keeps them."""

from __future__ import annotations

import pytest

from diplomap.extract.extractor import dateline_end


@pytest.mark.parametrize(("text", "dateline"), [
    ("بغداد – استضافت الدوحة أمس اجتماعاً", "بغداد – "),
    ("القاهرة - 3 مارس/آذار - أعلنت الحكومة", "القاهرة - 3 مارس/آذار - "),
    ("عمّان (5 يونيو 2024) - قالت الوزارة", "عمّان (5 يونيو 2024) - "),
    ("دمشق - بيروت - وصل الوفد", "دمشق - بيروت - "),
    ("NAIROBI, July 4 — Kenya and Uganda agreed", "NAIROBI, July 4 — "),
    ("Addis Ababa, 2 May 2024 - The ministers met", "Addis Ababa, 2 May 2024 - "),
    ("PARIS (Reuters) - France said", "PARIS (Reuters) - "),
])
def test_a_dateline_ends_at_its_dash(text, dateline):
    assert text[:dateline_end(text)] == dateline


@pytest.mark.parametrize("text", [
    "Kenya and Uganda agreed - on Monday - to reopen the border.",
    "On Monday, the African Union (AU) — the continental body — met.",
    "استضافت الدوحة أمس اجتماعاً - وصفته مصادر بأنه مهم.",
])
def test_prose_opening_with_a_dash_is_no_dateline(text):
    assert dateline_end(text) == 0


@pytest.mark.parametrize(("text", "lang", "host"), [
    ("بغداد – استضافت الدوحة أمس قمة مجلس التعاون الخليجي.", "ar", "QAT"),
    ("CAIRO, March 3 — Doha hosted the GCC summit on Sunday.", "en", "QAT"),
])
def test_the_dateline_city_is_no_host(pipeline, text, lang, host):
    facts = pipeline(text, lang, "2024-03-04").extraction.facts
    hosts = {f.subject for f in facts if f.predicate == "hosts"}
    assert hosts == {host}, hosts
