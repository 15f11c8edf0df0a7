"""Organisations the lexicon does not know, as event actors: a plural
noun of organisations before a list of their names, the preposition before an
organisation noun governing the name it introduces, Oxford-comma lists before a passive,
and no standing agreement between two companies. Own sentences, invented names."""

from __future__ import annotations

from conftest import event_quads, event_triples, fact_quads


def test_plural_noun_lists_its_names_as_organisations(pipeline):
    found = event_triples(pipeline, "The United States sanctioned the Bolivian banks "
                          "Banco Merlin, Tesoro Andino and Vexa Capital on Friday.")
    assert {("USA", "SANCTION", "ORG:banco_merlin"), ("USA", "SANCTION", "ORG:tesoro_andino"),
            ("USA", "SANCTION", "ORG:vexa_capital")} <= found


def test_listed_names_after_such_as(pipeline):
    found = event_triples(pipeline, "Chile urged firms such as Quorvia, Lintex and "
                          "the Bramble Group to leave Venezuela.")
    assert {("CHL", "REQUEST", "ORG:quorvia"), ("CHL", "REQUEST", "ORG:lintex"),
            ("CHL", "REQUEST", "ORG:bramble_group")} <= found


def test_list_ends_at_a_lower_case_word(pipeline):
    found = event_triples(pipeline, "Peru sanctioned the gangs Los Cuervos and Los Halcones "
                          "and arrested their leaders in Lima.")
    assert ("PER", "SANCTION", "ORG:los_cuervos") in found
    assert ("PER", "SANCTION", "ORG:los_halcones") in found
    assert not any("their" in str(t) or "lima" in str(t) for _, _, t in found)


def test_oxford_comma_list_before_a_passive(pipeline):
    found = event_triples(pipeline, "On Tuesday, Mali, Niger, and Chad were sanctioned "
                          "by the European Union.")
    assert {("EU", "SANCTION", "MLI"), ("EU", "SANCTION", "NER"),
            ("EU", "SANCTION", "TCD")} <= found


def test_preposition_before_the_noun_governs_the_name(pipeline):
    found = event_quads(pipeline, "Ghana calls on the mining company Auric Ridge to stop "
                        "dumping waste.")
    assert ("GHA", "REQUEST", "ORG:auric_ridge", "actual") in found
    sanctions = event_triples(pipeline, "Canada imposed sanctions on Georgian shipping firm "
                              "Kolkhi Lines over the oil trade.")
    assert ("CAN", "SANCTION", "ORG:kolkhi_lines") in sanctions


def test_noun_named_subject_is_still_the_subject(pipeline):
    found = event_triples(pipeline, "On Monday the shipping firm Kolkhi Lines condemned "
                          "Iran.")
    assert ("ORG:kolkhi_lines", "ACCUSE", "IRN") in found


def test_no_agreement_fact_between_two_companies(pipeline):
    text = "Netflix and the media company Orbis Pictures signed a deal on streaming rights."
    assert not any(f[1] == "agreement_with" for f in fact_quads(pipeline, text))
    states = "Kenya and Uganda signed an agreement on trade."
    assert any(f[1] == "agreement_with" for f in fact_quads(pipeline, states))


def test_recurring_organisations_are_known_in_both_languages(pipeline):
    mentions = {m.entity_id for m in pipeline("Nippon Steel bought U.S. Steel, NPR said.",
                                              "en", "2025-03-01").doc.mentions}
    assert {"ORG:nippon_steel", "ORG:us_steel", "ORG:npr"} <= mentions
    ar = {m.entity_id for m in pipeline("أعلنت نقابة فيردي إضرابا، وقال الحزب الليبرالي "
                                        "الديمقراطي الياباني إنه سيشكل حكومة.", "ar",
                                        "2025-03-01").doc.mentions}
    assert {"ORG:verdi", "ORG:ldp"} <= ar


def test_one_party_has_one_id(pipeline):
    for text in ("Japan's Liberal Democratic Party chose a new leader on Saturday.",
                 "The Liberal Democratic Party of Japan criticised China."):
        mentions = {m.entity_id for m in pipeline(text, "en", "2025-03-01").doc.mentions}
        assert "ORG:ldp" in mentions and not any("ldp_" in m for m in mentions)


def test_bare_arabic_party_name_is_not_japans(pipeline):
    # the adjective of nationality follows the bare name: this is Russia's party
    found = event_triples(pipeline, "انتقد الحزب الليبرالي الديمقراطي الروسي بولندا بشدة",
                          "ar")
    assert ("RUS", "ACCUSE", "POL") in found
    assert not any("ORG:ldp" in (s, t) for s, _, t in found)


def test_legal_form_names_a_company_and_stays_out_of_its_slug(pipeline):
    found = event_triples(pipeline, "Italy fined Orvella Inc. for misleading customers.")
    assert ("ITA", "SANCTION", "ORG:orvella") in found  # a fine is a penalty
    signed = event_triples(pipeline, "Brenner AB signs a contract with the Peruvian "
                           "government.")
    assert any({"PER", "ORG:brenner"} == {s, t} for s, _, t in signed)


def test_headed_name_may_hold_a_place_name(pipeline):
    found = event_triples(pipeline, "The Liberia Freedom Front claims an attack on a "
                          "Liberian army convoy.")
    assert ("ORG:liberia_freedom_front", "ASSAULT", "LBR") in found
    mentions = {a for s, _, t in event_triples(
        pipeline, "The Kenya Unity Party condemned Uganda.") for a in (s, t)}
    assert "ORG:kenya_unity_party" in mentions and "KEN" not in mentions


def test_legal_form_before_a_capitalised_word_is_no_legal_form(pipeline):
    # "AG" before a name is an attorney general, not a German company's form
    for text, state in (("Deputy AG Marla Quint criticised Mexico on Monday.", "MEX"),
                        ("Acting AG Oren Vale condemned Brazil.", "BRA")):
        found = event_triples(pipeline, text)
        assert not any(s in ("ORG:deputy", "ORG:acting") for s, _, _ in found)
        assert all(t == state for _, _, t in found)
    assert ("ORG:voltaro", "ACCUSE", "DEU") in event_triples(
        pipeline, "Voltaro AG criticised Germany over the new tariffs.")


def test_group_head_leaves_a_state_name_its_own(pipeline):
    # "group" names companies and forums; only a party's, movement's or front's name
    # takes in the state it holds
    found = event_triples(pipeline, "The Chad Contact Group condemned Niger.")
    assert ("TCD", "ACCUSE", "NER") in found
    assert not any(s.startswith("ORG:") for s, _, _ in found)
    assert ("ORG:vaston_group", "ACCUSE", "NER") in event_triples(
        pipeline, "The Vaston Group condemned Niger.")
