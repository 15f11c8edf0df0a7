"""Construction-level bugs of the rules, each read on sentences of our own."""

from __future__ import annotations

from conftest import event_quads, event_triples


def test_nisba_after_people_noun_is_the_target(pipeline):
    """"طرد دبلوماسيين X-يين": the nisba qualifies the people expelled (their state is the
    target), not the verbal noun's doer."""
    quads = event_triples(pipeline, "قررت كندا طرد دبلوماسيين إيرانيين من أراضيها.", "ar")
    assert ("CAN", "SANCTION", "IRN") in quads
    assert not any(q[0] == "IRN" for q in quads)
    quads = event_triples(pipeline, "ردت وزارة الخارجية التركية بطرد دبلوماسيين سويديين.", "ar")
    assert ("TUR", "SANCTION", "SWE") in quads


def test_nisba_right_after_event_noun_is_still_the_doer(pipeline):
    quads = event_triples(pipeline, "أدانت الأردن الغارة الإسرائيلية على دمشق.", "ar")
    assert any(q[0] == "JOR" and q[2] == "ISR" for q in quads)


def test_nationality_after_the_verb_is_the_object_not_the_doer(pipeline):
    """"A court in Paris convicted two Algerian men": in English (subject before the verb,
    adjective before its noun) the nationality after the verb is the object's state."""
    quads = event_quads(pipeline, "A court in Madrid convicted two Moroccan smugglers of fraud.")
    assert not any(q[0] == "MAR" and q[2] == "ESP" for q in quads)
    assert ("ESP", "SANCTION", "MAR", "actual") in quads


def test_adjective_of_a_host_city_still_reads_as_the_place(pipeline):
    """"in the Kenyan city of X": the adjective names the host's place, not an object."""
    quads = event_triples(pipeline, "The African Union held a summit in the Kenyan city of "
                          "Mombasa.")
    assert ("KEN", "CONSULT", "AU") in quads


def test_not_ruling_out_force_is_a_threat(pipeline):
    """"refused to rule out strikes on X": a threat (THREATEN) whose content is hypothetical,
    no refusal (REJECT)."""
    quads = event_quads(pipeline, "Japan refused to rule out military strikes against North "
                        "Korea.")
    assert ("JPN", "THREATEN", "PRK", "actual") in quads
    assert ("JPN", "ASSAULT", "PRK", "hypothetical") in quads
    assert not any(q[1] == "REJECT" for q in quads)
    quads = event_quads(pipeline, "لم تستبعد تركيا شن هجوم عسكري على اليونان.", "ar")
    assert ("TUR", "THREATEN", "GRC", "actual") in quads
    assert ("TUR", "ASSAULT", "GRC", "hypothetical") in quads


def test_not_ruling_out_something_else_is_no_threat(pipeline):
    """Without force or what is still to come after it, not excluding is no threat: "رفضت
    استبعاد X من المحادثات" keeps a party out of talks."""
    quads = event_triples(pipeline, "Police did not rule out a gas leak at the French embassy.")
    assert not any(q[1] == "THREATEN" for q in quads)
    quads = event_triples(pipeline, "رفضت مصر استبعاد الأردن من المحادثات.", "ar")
    assert not any(q[1] == "THREATEN" for q in quads)


def test_arabic_passive_light_verb_and_auxiliary(pipeline):
    """"أُلقي القبض على X في Y", "تم اعتقال X في Y": passives with no agent, so the state
    where it happens arrests (as for "اعتُقل"), the national is the target."""
    for text in ("أُلقي القبض على صحفي ألماني في روسيا.", "تم اعتقال صحفي ألماني في روسيا.",
                 "ألقي القبض على صحفي ألماني في روسيا."):
        assert ("RUS", "COERCE", "DEU") in event_triples(pipeline, text, "ar"), text


def test_arabic_active_light_verb_keeps_its_subject(pipeline):
    quads = event_triples(pipeline, "الشرطة المصرية ألقت القبض على مهندس ألماني.", "ar")
    assert ("EGY", "COERCE", "DEU") in quads
    quads = event_triples(pipeline, "الجيش المصري ألقى القبض على مهندس ألماني.", "ar")
    assert ("EGY", "COERCE", "DEU") in quads


def _dates(pipeline, text: str, lang: str) -> set:
    return {e.date for e in pipeline(text, lang, "2025-03-01").extraction.events}


def test_year_in_a_document_name_dates_nothing(pipeline):
    """"قانون مكافحة التجسس لعام 1998": the year names the law, not the act done under it."""
    assert "1998" not in _dates(pipeline, "اعتقلت الشرطة الأسترالية ثلاثة أشخاص بموجب قانون "
                                "مكافحة التجسس لعام 1998.", "ar")
    assert "1998" not in _dates(pipeline, "فرضت كندا عقوبات على روسيا وفق القانون لعام 1998.",
                                "ar")
    assert "2019" in _dates(pipeline, "فرضت كندا عقوبات على روسيا في عام 2019.", "ar")


def test_date_across_a_cause_word_belongs_to_the_other_act(pipeline):
    """"will skip tomorrow's summit because of sanctions imposed earlier today": the sanction
    is today's and actual, not planned by the date of the summit."""
    text = ("Venezuela will boycott talks with Colombia scheduled for tomorrow due to sanctions "
            "imposed on Venezuela by Canada earlier today.")
    found = pipeline(text, "en", "2025-03-01").extraction.events
    sanction = [e for e in found if e.source == "CAN" and e.event_type == "SANCTION"]
    assert sanction and all(e.date == "2025-03-01" and e.modality == "actual" for e in sanction)
    text = ("ستقاطع فنزويلا المحادثات مع كولومبيا المقررة غدا، بسبب العقوبات التي فرضتها "
            "كندا على فنزويلا في وقت سابق اليوم.")
    found = pipeline(text, "ar", "2025-03-01").extraction.events
    sanction = [e for e in found if e.source == "CAN" and e.event_type == "SANCTION"]
    assert sanction and all(e.date == "2025-03-01" and e.modality == "actual" for e in sanction)


def test_prison_term_restates_the_sentence(pipeline):
    """"sentenced a Chinese fraudster to 11 years in prison": the prison term is the same act,
    no second one done by the convicted's state to itself."""
    quads = event_triples(pipeline, "A court in Oslo sentenced a Russian spy to 11 years in "
                          "prison.")
    assert quads == {("NOR", "SANCTION", "RUS")}
    quads = event_triples(pipeline, "Norway sentenced a Russian spy and a Belarusian courier to "
                          "eight years in prison.")
    assert ("NOR", "SANCTION", "RUS") in quads
    assert not any(q[0] in ("RUS", "BLR") for q in quads)


def test_arabic_passive_release_light_verb(pipeline):
    """"أُطلق سراح X في Y": the release's doer is the place's state; "أطلقت Y سراح X" active."""
    assert ("RUS", "RETREAT", "DEU") in event_triples(
        pipeline, "أُطلق سراح صحفي ألماني في روسيا.", "ar")
    assert ("RUS", "RETREAT", "DEU") in event_triples(
        pipeline, "أطلقت روسيا سراح صحفي ألماني.", "ar")
