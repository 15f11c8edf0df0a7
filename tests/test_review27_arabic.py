"""Review 27 (findings 3, 4, 7, 9, 13): a verb-first subject after the pronoun object of an
Arabic light verb, the domestic requests that name their content and not their addressees,
what a defence defends, and the act a request asks for (both languages where the
construction exists in both)."""

from __future__ import annotations

from conftest import event_triples


def test_light_verb_with_a_subject_after_its_pronoun_object_is_active(pipeline):
    """"وجهت لهم X تهمة": Arabic puts a pronoun object before a verb-first subject, so a
    name between the light verb's phrase and its charge noun is who charges."""
    text = "وجهت لهم الحكومة الأردنية تهمة التعاون مع إيران."
    assert "JOR" in {s for s, t, _ in event_triples(pipeline, text, "ar") if t == "ACCUSE"}


def test_state_in_the_charge_is_no_agentless_accuser(pipeline):
    """"وجهت إليهم تهمة التخابر لصالح X": with no one named who charges, X, the state the
    charge says they worked for, does not charge its own people."""
    text = "وجهت إليهم تهمة التخابر لصالح تركيا."
    assert ("TUR", "ACCUSE", "TUR") not in event_triples(pipeline, text, "ar")


def test_domestic_request_words_alone_ask_nothing_of_the_own_state(pipeline):
    """"انتقال" (any move), "مبكرة" (any early thing), "ضبط" (also a seizure) ask the own
    state only in their phrases ("ضبط النفس", "انتخابات مبكرة", "transition of power")."""
    moved = "دعا الرئيس التونسي إلى انتقال الحوار إلى جولة ثانية."
    assert ("TUN", "REQUEST", "TUN") not in event_triples(pipeline, moved, "ar")
    early = "دعا الرئيس التونسي إلى عودة مبكرة للوفد."
    assert ("TUN", "REQUEST", "TUN") not in event_triples(pipeline, early, "ar")
    english = "The Chilean president called for an early start of the harvest."
    assert ("CHL", "REQUEST", "CHL") not in event_triples(pipeline, english)
    phrase = "دعا الرئيس التونسي إلى انتخابات مبكرة."
    assert ("TUN", "REQUEST", "TUN") in event_triples(pipeline, phrase, "ar")


def test_domestic_request_that_names_its_addressees_asks_them(pipeline):
    """"دعت X جميع الأطراف إلى ضبط النفس": words before the act it asks for name whom it
    asks; the request is no act of X on itself."""
    text = "دعت تونس كل الفصائل إلى التهدئة."
    assert ("TUN", "REQUEST", "TUN") not in event_triples(pipeline, text, "ar")
    english = "Chile called on all factions to show restraint."
    assert ("CHL", "REQUEST", "CHL") not in event_triples(pipeline, english)
    plain = "دعت تونس إلى التهدئة."
    assert ("TUN", "REQUEST", "TUN") in event_triples(pipeline, plain, "ar")


def test_defence_supports_the_head_of_what_it_defends(pipeline):
    """"دافعت X عن غاراتها على Y", "X defended its raids on Y": Y, behind a second
    preposition, is in what is defended (X's raids), not the one defended."""
    arabic = "دافعت تركيا عن غاراتها على سوريا."
    assert ("TUR", "SUPPORT", "SYR") not in event_triples(pipeline, arabic, "ar")
    english = "Turkey defended its raids on Syria."
    assert ("TUR", "SUPPORT", "SYR") not in event_triples(pipeline, english)
    kept = "دافعت تركيا عن أذربيجان."
    assert ("TUR", "SUPPORT", "AZE") in event_triples(pipeline, kept, "ar")
    genitive = "Turkey defended Azerbaijan's right to defend itself."
    assert ("TUR", "SUPPORT", "AZE") in event_triples(pipeline, genitive)


def test_one_stretch_of_the_act_a_request_asks_for(pipeline):
    """`_asked_stretch` serves both readers of "request -> the act it asks for": a name in
    the act's own phrase after its content link is whom it asks (even behind في), the act
    right after the link past a verb-first subject is what it asks for, and a name behind
    another preposition that opens another phrase is neither."""
    inside = "دعت تونس إلى وقف القتال في ليبيا."
    assert ("TUN", "REQUEST", "LBY") in event_triples(pipeline, inside, "ar")
    past_subject = "دعت الحكومة التونسية إلى انسحاب القوات الليبية."
    assert ("TUN", "REQUEST", "LBY") in event_triples(pipeline, past_subject, "ar")
    other_phrase = "دعت تونس إلى بدء حوار منذ اندلاع الأزمة في ليبيا."
    assert ("TUN", "REQUEST", "LBY") not in event_triples(pipeline, other_phrase, "ar")
