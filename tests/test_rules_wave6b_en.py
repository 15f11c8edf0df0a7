"""English (and Arabic) constructions of wave 6 (second helper), on sentences of our own:
talks named by no party of their own after a talks opener ("after talks", "during
negotiations") were held between the doer and the target of the sentence's act."""

from __future__ import annotations

from conftest import event_quads


def test_negotiations_before_a_signing_were_held_by_the_signers(pipeline) -> None:
    text = ("Kenya and the European Union sign a trade pact in Nairobi after six years of "
            "negotiations.")
    quads = event_quads(pipeline, text)
    assert ("KEN", "CONSULT", "EU", "actual") in quads


def test_failed_talks_before_an_attack_were_held_by_its_sides(pipeline) -> None:
    text = ("The Sudanese army shells villages in Darfur following failed peace talks, killing "
            "eight Rapid Support Forces fighters.")
    quads = event_quads(pipeline, text)
    assert ("SDN", "CONSULT", "ORG:rsf", "actual") in quads


def test_mediators_named_before_the_talks_are_not_their_parties(pipeline) -> None:
    text = ("A truce between Armenia and Azerbaijan, brokered by Russia and France during peace "
            "talks in Geneva, takes effect.")
    quads = event_quads(pipeline, text)
    assert ("ARM", "CONSULT", "AZE", "actual") in quads
    assert ("RUS", "CONSULT", "FRA", "actual") not in quads


def test_talks_with_a_named_party_keep_it(pipeline) -> None:
    text = "Chile expels two Bolivian diplomats after talks with Peru in Lima."
    quads = event_quads(pipeline, text)
    assert not any(q[1] == "CONSULT" and q[2] == "BOL" for q in quads)


def test_a_gerund_after_an_opener_is_no_background_talks(pipeline) -> None:
    text = "Japan sanctions North Korea after meeting South Korean officials in Tokyo."
    quads = event_quads(pipeline, text)
    assert ("JPN", "CONSULT", "PRK", "actual") not in quads


def test_arabic_talks_after_an_opener_take_the_act_doer(pipeline) -> None:
    text = "أفرجت إيران عن صحفي فرنسي بعد محادثات مع مبعوث الحكومة الفرنسية."
    quads = event_quads(pipeline, text, "ar")
    assert ("IRN", "CONSULT", "FRA", "actual") in quads


def test_an_attack_with_no_target_goes_on_hitting_the_doers_last_target(pipeline) -> None:
    text = ("Five Palestinians are killed by Israeli fire in the Gaza Strip. Two more people "
            "are later shot dead in separate Israeli gunfire elsewhere in the territory.")
    quads = event_quads(pipeline, text)
    assert ("ISR", "ASSAULT", "PSE", "actual") in quads
    assert ("ISR", "ASSAULT", "ISR", "actual") not in quads


def test_a_domestic_attack_with_no_earlier_target_stays_domestic(pipeline) -> None:
    text = ("Egyptian police kill six gunmen in a shootout in Cairo. Two more suspects are "
            "shot dead in a separate Egyptian police raid in the city.")
    quads = event_quads(pipeline, text)
    assert not any(q[1] == "ASSAULT" and q[0] != q[2] for q in quads)


def test_an_adverb_between_the_comma_and_the_participle(pipeline) -> None:
    text = ("Turkey launches drone strikes in northern Iraq, reportedly targeting a "
            "Kurdistan Workers' Party depot.")
    quads = event_quads(pipeline, text)
    assert ("TUR", "ASSAULT", "ORG:pkk", "actual") in quads
    assert not any(q[0] == "ORG:pkk" for q in quads)
