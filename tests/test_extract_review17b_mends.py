"""Mends of review 2 of wave 17 (findings 2-5): whom an order asks, acknowledging versus
approving an agreement in Arabic, the member group of a passive's own patient, and the
state a possessive inside an intrusion trigger names."""

from __future__ import annotations

import pytest

from conftest import event_quads, event_triples, fact_quads

# --- finding 2: the one ordered stands between "order" and "to" ---------------------------

ORDER_PAST_TO = [
    # an organ of the orderer's own state is asked; the name after "to" is in what it is
    # ordered to do
    "Trump ordered the Pentagon to send troops to Poland.",
    "Putin ordered the defence ministry to prepare a response to the United States.",
    "Macron ordered the French navy command to escort tankers bound for Egypt.",
]


@pytest.mark.parametrize("text", ORDER_PAST_TO)
def test_no_request_of_a_name_inside_what_is_ordered(pipeline, text):
    quads = event_quads(pipeline, text, "en")
    assert not any(t == "REQUEST" and s != o for s, t, o, _ in quads), quads


def test_an_order_to_send_troops_stays_the_orderers_deployment(pipeline):
    quads = event_quads(pipeline, "Trump ordered the Pentagon to send troops to Poland.", "en")
    assert ("USA", "MOBILIZE", "POL", "actual") in quads


def test_a_state_named_between_order_and_to_is_asked(pipeline):
    quads = event_quads(pipeline, "Trump ordered Iran to stop enriching uranium.", "en")
    assert ("USA", "REQUEST", "IRN", "actual") in quads


def test_order_and_direct_share_their_stop_lists():
    from diplomap.extract.frames import load_frames

    frames = load_frames("en").by_id
    order, direct = frames["request_order"], frames["request_directing"]
    assert order.gap_stops == direct.gap_stops and order.not_after == direct.not_after
    assert order.object_in_trigger and direct.object_in_trigger


# --- finding 3: "أقرّ بأن" acknowledges, it ratifies nothing -----------------------------

ACKNOWLEDGED = [
    "أقرت إسرائيل بأن الصفقة مع لبنان فشلت.",
    "أقر لبنان أن الصفقة مع سوريا انهارت.",
    "أقرت تركيا بفشل الصفقة مع ليبيا.",
]


@pytest.mark.parametrize("text", ACKNOWLEDGED)
def test_acknowledging_what_became_of_a_deal_approves_none(pipeline, text):
    assert not any(t == "SUPPORT" for _, t, _, _ in event_quads(pipeline, text, "ar"))
    assert not any(p == "agreement_with" for _, p, _, _ in fact_quads(pipeline, text, "ar"))


def test_acknowledging_is_not_read_as_ratifying(pipeline):
    # the agreement named as known may still state that the two have one; the approval
    # frame reads no ratification of it
    found = pipeline("أقرت إسرائيل بأن الاتفاق مع لبنان فشل.", "ar",
                     "2025-03-01").extraction.events
    assert not any(step.strategy in ("sign", "sign_approved")
                   for e in found for step in e.trace if step.slot == "trigger")


APPROVED = [
    ("أقرت إسرائيل اتفاق وقف إطلاق النار مع لبنان.", "ISR", "LBN"),
    ("أقر البرلمان التركي بالإجماع اتفاق التعاون مع ليبيا.", "TUR", "LBY"),
]


@pytest.mark.parametrize(("text", "one", "other"), APPROVED)
def test_approving_an_agreement_still_ratifies_it(pipeline, text, one, other):
    quads = event_quads(pipeline, text, "ar")
    assert any(t == "SUPPORT" and {s, o} == {one, other} for s, t, o, _ in quads)


# --- finding 4: the member group is the passive's own patient ----------------------------

REPORTER_IS_MEMBER = [
    "A Hamas member said two men were arrested in Gaza.",
    "A Hezbollah member said on Monday that five men were arrested in Beirut.",
    "According to a Hamas member, three men were detained in Gaza.",
]


@pytest.mark.parametrize("text", REPORTER_IS_MEMBER)
def test_a_member_who_reports_an_arrest_is_not_the_one_arrested(pipeline, text):
    quads = event_quads(pipeline, text, "en")
    assert not any(t == "COERCE" and o.startswith("ORG:") for _, t, o, _ in quads), quads


def test_arabic_member_who_reports_an_arrest_is_not_the_one_arrested(pipeline):
    quads = event_quads(pipeline, "اعتُقل رجلان في غزة، بحسب عضو في حركة حماس.", "ar")
    assert not any(t == "COERCE" and o.startswith("ORG:") for _, t, o, _ in quads), quads


def test_a_member_in_the_apposition_of_the_passive_subject_is_his_group(pipeline):
    quads = event_quads(pipeline, "A young man, a Hezbollah member, was detained in France.",
                        "en")
    assert ("FRA", "COERCE", "ORG:hezbollah", "actual") in quads


# --- finding 5: the possessive inside the trigger decides the object ---------------------

def test_its_airspace_is_the_reporters_before_a_later_name(pipeline):
    quads = event_quads(pipeline, "Poland said Russian drones violated its airspace after "
                        "Ukraine asked for help.", "en")
    assert ("RUS", "MOBILIZE", "POL", "actual") in quads
    assert not any(t == "MOBILIZE" and o == "UKR" for _, t, o, _ in quads)


def test_arabic_airspace_suffix_is_the_reporters_before_a_later_name(pipeline):
    quads = event_quads(pipeline, "قالت رومانيا إن مسيرات روسية اخترقت مجالها الجوي بعد أن "
                        "طلبت مولدوفا المساعدة.", "ar")
    assert ("RUS", "MOBILIZE", "ROU", "actual") in quads
    assert not any(t == "MOBILIZE" and o == "MDA" for _, t, o, _ in quads)


def test_a_named_owner_of_the_airspace_is_still_read(pipeline):
    quads = event_quads(pipeline, "Russian drones violated Polish airspace after Ukraine "
                        "asked for help.", "en")
    assert ("RUS", "MOBILIZE", "POL", "actual") in quads


# --- finding 12: only an entry a permission verb allows is no intrusion -------------------

def test_an_attempted_entry_into_airspace_is_an_intrusion(pipeline):
    quads = event_quads(pipeline, "Russian drones attempted to enter Polish airspace.", "en")
    assert any(s == "RUS" and t == "MOBILIZE" and o == "POL" for s, t, o, _ in quads), quads


@pytest.mark.parametrize("text", [
    "Turkey allowed Israeli airlines to enter its airspace.",
    "Saudi Arabia permitted Israeli flights to enter its airspace.",
])
def test_an_entry_allowed_is_no_intrusion(pipeline, text):
    assert not any(t == "MOBILIZE" for _, t, _, _ in event_quads(pipeline, text, "en"))


# --- finding 13: a member of a party is his party; a member of a court stays at home -------

def test_a_member_of_a_court_arrested_stays_domestic(pipeline):
    quads = event_quads(pipeline, "A member of the Supreme Court was arrested in Brazil.", "en")
    assert ("BRA", "COERCE", "BRA", "actual") in quads
    assert not any(o.startswith("ORG:") for _, _, o, _ in quads), quads


def test_members_of_a_party_arrested_are_their_party(pipeline):
    quads = event_quads(pipeline, "Two members of the Alternative for Germany were detained "
                        "in Germany.", "en")
    assert any(t == "COERCE" and o.startswith("ORG:") for _, t, o, _ in quads), quads


# --- finding 14: the pair "the two countries" stands for, as reference._subject_pair reads it

TWO_COUNTRIES = ("accused Cambodia and Thailand of breaking the truce agreed in Malaysia. "
                 "The two countries attacked Laos.")


def test_the_first_two_states_named_are_the_pair_though_no_subject(pipeline):
    quads = event_quads(pipeline, "The UN " + TWO_COUNTRIES, "en")
    assert {("KHM", "ASSAULT", "LAO", "actual"), ("THA", "ASSAULT", "LAO", "actual")} <= quads


def test_no_pair_where_a_state_is_named_before_the_list(pipeline):
    quads = event_quads(pipeline, "France " + TWO_COUNTRIES, "en")
    assert not any(t == "ASSAULT" for _, t, _, _ in quads), quads


@pytest.mark.parametrize(("text", "act"), [
    # an organ of the orderer's own state ordered to act on another state: the orderer's act
    ("Trump ordered the Pentagon to send troops to Poland.", ("USA", "MOBILIZE", "POL")),
    ("Trump ordered the Pentagon to strike Iran.", ("USA", "ASSAULT", "IRN")),
])
def test_an_act_abroad_ordered_of_an_own_organ_is_the_orderers(pipeline, text, act):
    found = event_triples(pipeline, text, "en")
    assert act in found, found
    assert ("USA", "REQUEST", "USA") not in found, found


@pytest.mark.parametrize(("text", "state"), [
    # an act at home, a stopped act, or no act ordered of an own organ stays asked of it
    ("Trump ordered the Justice Department to investigate Soros.", "USA"),
    ("A US judge ordered the Trump administration to halt the deportations of Venezuelans.",
     "USA"),
    ("A US judge ordered the Trump administration to return a deported man.", "USA"),
    ("Philippine president Bongbong Marcos ordered all cabinet secretaries to submit their "
     "resignations.", "PHL"),
])
def test_an_act_at_home_ordered_of_an_own_organ_stays_asked(pipeline, text, state):
    assert (state, "REQUEST", state) in event_triples(pipeline, text, "en")
