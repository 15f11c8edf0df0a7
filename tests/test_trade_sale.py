"""Goods sold to a state or bought from one ("has sold drones to X", "bought tanks from X",
"باعت X طائرات مسيرة لـY", "اشترت X دبابات من Y"): an economic exchange, ONTOLOGY's
COOPERATE, arms included (a sale is no gift: no AID, no aid_to); the seller or the buyer is
the subject, the other side a state named after its marker. Sentences of our own writing."""

from __future__ import annotations

import pytest

from conftest import event_quads, fact_quads


@pytest.mark.parametrize(("lang", "text", "pair", "modality"), [
    ("en", "Brazil has sold fighter jets to Chile.", ("BRA", "CHL"), "actual"),
    ("en", "Pakistan will sell military technology to Libya.", ("PAK", "LBY"), "planned"),
    ("en", "Russia sells oil to India.", ("RUS", "IND"), "actual"),
    ("en", "The United States approved the sale of F-35 jets to Saudi Arabia.", ("USA", "SAU"),
     "actual"),
    ("en", "Egypt bought tanks from Germany last year.", ("EGY", "DEU"), "actual"),
    ("en", "Brazil buys fertiliser from Russia.", ("BRA", "RUS"), "actual"),
    ("en", "Vietnam approved jet purchases from China.", ("VNM", "CHN"), "actual"),
    ("ar", "باعت البرازيل طائرات مقاتلة إلى تشيلي.", ("BRA", "CHL"), "actual"),
    ("ar", "باعت البرازيل طائرات مسيّرة لتشيلي.", ("BRA", "CHL"), "actual"),
    ("ar", "ستبيع باكستان تكنولوجيا عسكرية للجيش الليبي.", ("PAK", "LBY"), "planned"),
    ("ar", "اشترت مصر دبابات من ألمانيا العام الماضي.", ("EGY", "DEU"), "actual"),
    ("ar", "تشتري البرازيل معظم أسمدتها من روسيا.", ("BRA", "RUS"), "actual"),
])
def test_goods_sold_or_bought_are_an_exchange(pipeline, lang, text, pair, modality):
    found = event_quads(pipeline, text, lang)
    assert (pair[0], "COOPERATE", pair[1], modality) in found, found
    assert not any(kind in {"AID", "ASSAULT"} for _, kind, _, _ in found), found
    assert not any(p == "aid_to" for _, p, _, _ in fact_quads(pipeline, text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    # no state on the other side: a stake, bonds, shares sold to no one named
    ("en", "Chile sold its stake in the mine."),
    ("en", "Egypt sold bonds worth $2 billion."),
    ("ar", "باعت الشركة حصتها في البنك."),
    # a return is no sale ("بإعادة" begins as "باع")
    ("ar", "أمرت المحكمة الحكومة بإعادة المواطن السلفادوري إلى مصر."),
    # the state named is no side of the sale: where it stands, not to whom
    ("en", "Chile sold the mine in Peru."),
    # what is bought is no side: a currency, a territory
    ("en", "The United States has purchased Argentine pesos."),
    ("en", "Trump spoke again about the United States purchasing Greenland."),
])
def test_a_sale_without_a_state_on_the_other_side_is_no_exchange(
        pipeline, lang, text):
    found = event_quads(pipeline, text, lang)
    assert not any(kind == "COOPERATE" for _, kind, _, _ in found), found
