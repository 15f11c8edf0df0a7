"""A mediation noun phrase named by its state's adjective and opened by a word of the act's
circumstance ("A and B restored relations with Chinese mediation", "under Qatari
mediation", "إثر وساطة صينية") brokered the act of the pair before it: a `mediated` fact
of the mediator with each party (issue 9), as "بوساطة صينية" and "mediated by Oman" are."""

from __future__ import annotations

import pytest

from conftest import fact_quads


@pytest.mark.parametrize(("text", "lang", "pair", "mediator"), [
    ("Saudi Arabia and Iran restored relations with Chinese mediation", "en", ("SAU", "IRN"),
     "CHN"),
    ("Saudi Arabia and Iran restored relations under Qatari mediation", "en", ("SAU", "IRN"),
     "QAT"),
    ("Russia and Ukraine swapped prisoners after Emirati mediation", "en", ("RUS", "UKR"),
     "ARE"),
    ("أعادت السعودية وإيران علاقاتهما الدبلوماسية إثر وساطة صينية", "ar", ("SAU", "IRN"),
     "CHN"),
    ("استأنفت السعودية وإيران علاقاتهما بفضل الوساطة الصينية", "ar", ("SAU", "IRN"), "CHN"),
    ("تبادلت روسيا وأوكرانيا الأسرى عقب وساطة إماراتية", "ar", ("RUS", "UKR"), "ARE"),
])
def test_adjective_mediation_brokers_the_pairs_act(pipeline, text, lang, pair, mediator):
    facts = fact_quads(pipeline, text, lang)
    assert {(mediator, "mediated", p, "actual") for p in pair} <= facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Saudi Arabia and Iran rejected Chinese mediation", "en"),
    ("Saudi Arabia and Iran called for Chinese mediation", "en"),
    ("Chinese mediation efforts failed", "en"),
    ("Saudi Arabia and Iran called for mediation", "en"),
    ("رفضت السعودية وإيران وساطة صينية", "ar"),
    ("دعت السعودية وإيران إلى وساطة صينية", "ar"),
    ("فشلت جهود الوساطة القطرية", "ar"),
])
def test_mediation_taken_by_a_verb_or_failed_brokers_nothing(pipeline, text, lang):
    assert not any(p == "mediated" for _, p, _, _ in fact_quads(pipeline, text, lang))
