"""Agreements to a concession (issue 9), on sentences of our own writing, each with
near-misses that must not concede.

- "X agreed to withdraw / to delay tariffs / to lift sanctions / to release", "وافقت X على
  الانسحاب", "اتفقا على تأجيل فرض رسوم": the agreement (AGREE) stays, and it is also a
  concession (CONCEDE) between the same parties, made as the agreement is. The acts are data
  (grammar `conceded_acts`); a ceasefire agreed by both, a cut or a return agreed in a deal,
  or talks agreed are an agreement only.
"""

from __future__ import annotations

import pytest

from conftest import event_quads


def _pairs(found: set[tuple], event_type: str) -> set[tuple]:
    return {(frozenset((s, t)), m) for s, e, t, m in found if e == event_type}


@pytest.mark.parametrize(("text", "lang", "pair"), [
    ("Russia agreed to withdraw its troops from Georgia.", "en", ("RUS", "GEO")),
    ("The United States and Mexico agreed to delay tariffs on Mexico for a month.", "en",
     ("USA", "MEX")),
    ("Washington agreed to lift sanctions on Syria.", "en", ("USA", "SYR")),
    ("Russia agreed to release prisoners to Ukraine.", "en", ("RUS", "UKR")),
    ("وافقت روسيا على الانسحاب من جورجيا.", "ar", ("RUS", "GEO")),
    ("اتفقت الولايات المتحدة والمكسيك على تأجيل فرض رسوم جمركية على المكسيك.", "ar",
     ("USA", "MEX")),
    ("وافقت الولايات المتحدة على رفع العقوبات عن سوريا.", "ar", ("USA", "SYR")),
])
def test_an_agreed_concession_is_also_a_concession(pipeline, text, lang, pair):
    found = event_quads(pipeline, text, lang)
    assert (frozenset(pair), "actual") in _pairs(found, "AGREE")
    assert (frozenset(pair), "actual") in _pairs(found, "CONCEDE")


@pytest.mark.parametrize(("text", "lang", "pair"), [
    # a ceasefire agreed by both, talks, a cut or a return agreed: an agreement only
    ("Russia and Ukraine agree to cease all military attacks in the Black Sea.", "en",
     ("RUS", "UKR")),
    ("Russia agreed to talks with Ukraine.", "en", ("RUS", "UKR")),
    ("The Netherlands agreed to return a statue to Egypt.", "en", ("NLD", "EGY")),
    ("اتفقت روسيا وأوكرانيا على وقف جميع الهجمات العسكرية في البحر الأسود.", "ar",
     ("RUS", "UKR")),
    # raising relations is no lifted sanction
    ("اتفقت مصر والسودان على رفع مستوى العلاقات.", "ar", ("EGY", "SDN")),
])
def test_an_agreement_to_another_act_concedes_nothing(pipeline, text, lang, pair):
    found = event_quads(pipeline, text, lang)
    assert (frozenset(pair), "actual") in _pairs(found, "AGREE")
    assert not _pairs(found, "CONCEDE")


@pytest.mark.parametrize(("text", "lang"), [
    # another's rights or membership suspended is a sanction; a text released frees no one
    # (grammar `unconceded_objects`)
    ("EU leaders agreed to suspend Hungary's voting rights.", "en"),
    ("Israel and Hamas agreed to release a joint statement.", "en"),
    ("وافق الاتحاد الأوروبي على تعليق عضوية روسيا.", "ar"),
    ("وافقت مصر والسودان على الإفراج عن التقرير.", "ar"),
])
def test_an_agreed_sanction_or_text_is_no_concession(pipeline, text, lang):
    assert not _pairs(event_quads(pipeline, text, lang), "CONCEDE")
