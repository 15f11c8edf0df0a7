"""A state's organs act for their state (ONTOLOGY "Actors in events", ICEWS-like coding): an
agency the lexicon knows by name as an organ (`organ: true` with a `state`: the Justice
Department, the FBI, "وزارة العدل الأمريكية") acts as an organ phrase does ("Kenyan
prosecutors"), domestic acts included (the gold's `USA ACCUSE USA` for "The FBI is
investigating the incident"); an international court or a non-state group never becomes a
state."""

from conftest import event_quads


# -- organs the lexicon names ------------------------------------------------------------
def test_a_named_ministry_charges_its_own_states_people(pipeline):
    # "The Justice Department accused the former governor of fraud": no state named for the
    # accused; the ministry accuses within its own state, as "Kenyan prosecutors" do
    found = event_quads(pipeline, "The Justice Department accused the former governor of fraud.")
    assert ("USA", "ACCUSE", "USA", "actual") in found
    found = event_quads(pipeline, "The Justice Department charged the former governor with fraud.")
    assert ("USA", "ACCUSE", "USA", "actual") in found


def test_a_named_agency_investigates_at_home(pipeline):
    # tune wcep:2025-01-01:014 "The Federal Bureau of Investigation (FBI) is currently
    # investigating the incident": by its name or by its acronym
    for text in ("The Federal Bureau of Investigation is investigating the incident.",
                 "The FBI is investigating the incident."):
        assert ("USA", "ACCUSE", "USA", "actual") in event_quads(pipeline, text)


def test_a_named_ministry_in_arabic(pipeline):
    # tune wcep:2025-10-09:014.ar; "The US Justice Department directed to the former governor
    # a charge of fraud"
    found = event_quads(pipeline, "وجّهت وزارة العدل الأمريكية إلى الحاكم السابق تهمة الاحتيال.",
                        "ar")
    assert ("USA", "ACCUSE", "USA", "actual") in found
    found = event_quads(pipeline, "فتح مكتب التحقيقات الفيدرالي تحقيقا في الحادث.", "ar")
    assert ("USA", "ACCUSE", "USA", "actual") in found


def test_a_named_organ_still_accuses_another_state(pipeline):
    found = event_quads(pipeline, "The FBI accused Russia of hacking.")
    assert ("USA", "ACCUSE", "RUS", "actual") in found
    assert ("USA", "ACCUSE", "USA", "actual") not in found


def test_an_international_court_is_no_state(pipeline):
    # the ICC acts as a body (the gold's `ICC`): no state of its own to accuse within
    found = event_quads(pipeline, "The International Criminal Court accused the former "
                        "governor of war crimes.")
    assert not any(s == t for s, _, t, _ in found), found
    found = event_quads(pipeline, "The International Criminal Court accused Israel of war crimes.")
    assert ("ICC", "ACCUSE", "ISR", "actual") in found


def test_a_non_state_armed_group_is_no_organ(pipeline):
    # the Houthis and the RSF have a `state` in the lexicon but are no organ of it: they
    # stay themselves and never accuse "within" Yemen or Sudan
    found = event_quads(pipeline, "The Houthis accused the former governor of fraud.")
    assert not any(s == "YEM" for s, *_ in found), found
    found = event_quads(pipeline, "The Rapid Support Forces accused the former governor of fraud.")
    assert not any(s == "SDN" for s, *_ in found), found
    found = event_quads(pipeline, "The Houthis accused Israel of war crimes.")
    assert ("ORG:houthis", "ACCUSE", "ISR", "actual") in found


# -- "alleged" after an article describes; it accuses no one --------------------------------
def test_alleged_after_an_article_is_no_accusation(pipeline):
    # tune wcep:2025-10-16:007 "The United States Navy strikes another alleged drug smuggling
    # boat", wcep:2025-12-23:003 "struck an alleged drug trafficking vessel": a named organ
    # would otherwise accuse its own state of what the boat is said to carry
    for text in ("The United States Navy strikes another alleged drug smuggling boat.",
                 "The Venezuelan navy seized an alleged drug boat.",
                 "The Justice Department says the alleged client list does not exist."):
        found = event_quads(pipeline, text)
        assert not any(t == "ACCUSE" for _, t, _, _ in found), (text, found)


def test_alleged_as_a_verb_or_a_charge_still_accuses(pipeline):
    found = event_quads(pipeline, "Russia alleged that Ukraine attacked the plant.")
    assert ("RUS", "ACCUSE", "UKR", "actual") in found
    # an arrest's charge worded as alleged (grammar `charge_hedges`), with or without the article
    for text in ("Israeli police arrested two men over alleged fraud.",
                 "Israeli police arrested two men over the alleged fraud."):
        assert ("ISR", "ACCUSE", "ISR", "actual") in event_quads(pipeline, text), text


# -- an organ before an event noun is its doer, as a state's adjective is -----------------
def test_an_organ_before_an_event_noun_does_the_act(pipeline):
    # tune wcep:2025-03-28:002 "injured by U.S. military airstrikes in the Yemeni capital",
    # wcep:2025-06-05:005 "points to the Israel Defense Forces opening fire on crowds of
    # Palestinians", wcep:2025-11-13:005 "killed during a Haitian police operation"
    found = event_quads(pipeline, "At least seven people are injured by American military "
                        "airstrikes in the Yemeni capital city Sanaa.")
    assert ("USA", "ASSAULT", "YEM", "actual") in found
    found = event_quads(pipeline, "A CNN investigation points to the Israel Defense Forces "
                        "opening fire on crowds of Palestinians.")
    assert ("ISR", "ASSAULT", "PSE", "actual") in found


def test_an_organ_before_its_finite_verb_stays_the_subject(pipeline):
    # "accuses" is the organ's predicate, no event noun it modifies: the coordinated
    # "suspends" keeps its subject
    found = event_quads(pipeline, "The Venezuelan government accuses Trinidad and Tobago of "
                        "participating in the United States seizure of the oil tanker Skipper "
                        "and suspends all oil trade agreements and contracts between the two "
                        "countries.")
    assert ("VEN", "ACCUSE", "TTO", "actual") in found
    assert ("VEN", "SANCTION", "TTO", "actual") in found


# -- a state's acronym as the adjective of its organs -----------------------------------
def test_an_acronym_before_an_organ_noun_is_the_states_organ(pipeline):
    # tune wcep:2025-04-19:008 "U.S. federal authorities charge a student ...",
    # wcep:2025-04-19:009 "U.S. authorities arrest a man", wcep:2025-02-25:013 "The UK
    # government suspends financial aid": the acronym stands as the state's adjective
    for text in ("US prosecutors accused the former governor of fraud.",
                 "U.S. prosecutors accused the former governor of fraud.",
                 "U.S. federal authorities charge a student with arson."):
        assert ("USA", "ACCUSE", "USA", "actual") in event_quads(pipeline, text), text
    found = event_quads(pipeline, "UK police arrested twenty protesters.")
    assert ("GBR", "COERCE", "GBR", "actual") in found


def test_investigators_of_a_state_are_its_organ(pipeline):
    # "Polish investigators start excavating ...", "British investigators say ..." (tune
    # wcep:2025-04-27:015, wcep:2025-05-15:005): investigators named by their state's
    # adjective act for it, as its prosecutors do
    found = event_quads(pipeline, "Russian investigators accused the former governor of fraud.")
    assert ("RUS", "ACCUSE", "RUS", "actual") in found


def test_an_acronym_organ_is_read_with_the_acronyms_case(pipeline):
    # the pronoun "us" before "police" is no state
    found = event_quads(pipeline, "They told us police had arrested twenty protesters.")
    assert not any("USA" in (s, t) for s, _, t, _ in found), found
    # an organisation's acronym has no organs: "EU police" stays the EU, no state
    found = event_quads(pipeline, "EU officials accused the former governor of fraud.")
    assert not any(s == t for s, _, t, _ in found), found
