"""Arabic event constructions of wave 23c, each with sentences of our own."""

from conftest import event_quads


def test_pressure_with_the_subject_between_verb_and_target_is_a_request(pipeline):
    # "The German government pressed Hungary": ONTOLOGY REQUEST (pressure on X to act)
    found = event_quads(pipeline, "ضغطت الحكومة الألمانية على المجر.", "ar")
    assert ("DEU", "REQUEST", "HUN", "actual") in found


def test_members_in_a_parliament_act_for_its_state(pipeline):
    # "MPs in the British parliament criticised the Chinese government": the organ after
    # "في" is the subject's, not a place; the state is read from it, not from the document
    reading = pipeline("انتقد نواب في البرلمان البريطاني الحكومة الصينية.", "ar", "2025-03-01")
    events = [e for e in reading.extraction.events if e.event_type == "ACCUSE"]
    assert [(e.source, e.target) for e in events] == [("GBR", "CHN")]
    assert any(step[0] == "source" and "organ" in step[2] for step in events[0].trace)


def test_a_capital_after_a_titles_state_begins_the_holders_name(pipeline):
    # "Uruguay's ambassador Santiago Martínez praised the Argentine government" (an office the
    # lexicon does not resolve to its holder: "رئيس الأوروغواي" is now Orsi's own name, and a
    # name after a known holder's office is read as the verb's object, "زار رئيس X روسيا")
    found = event_quads(pipeline, "أشاد سفير الأوروغواي سانتياغو مارتينيز بالحكومة "
                        "الأرجنتينية.", "ar")
    assert ("URY", "SUPPORT", "ARG", "actual") in found
    assert not any("CHL" in q for q in found)


def test_a_state_name_after_a_title_and_given_name_is_the_holders_surname(pipeline):
    # "The Colombian foreign minister Juan Lima praised the Spanish government"
    found = event_quads(pipeline, "أشاد وزير الخارجية الكولومبي خوان ليما بالحكومة "
                        "الإسبانية.", "ar")
    assert ("COL", "SUPPORT", "ESP", "actual") in found
    assert not any("PER" in q for q in found)


def test_a_capital_object_after_a_state_subject_stays_the_target(pipeline):
    # no title before the state: "Russia shelled Kyiv" keeps Kyiv as Ukraine
    found = event_quads(pipeline, "قصفت روسيا كييف بالصواريخ.", "ar")
    assert any(q[0] == "RUS" and q[2] == "UKR" for q in found)
