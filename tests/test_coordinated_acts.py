"""One sentence, several acts: a finite verb coordinated after a verb trigger is the subject's
next act (not the content of a request or an allegation before it), done to the object of the
verb before it when it names none of its own, or names it by a pronoun ("it", "them";
Arabic ـه ـها ـهم ـهما joined to the verb); a meeting of coordinated or dual subjects that names
no one met is their joint act, and a joint act joined to a meeting is done by its parties."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline((), "rules")  # the rules alone: the scorer adds its own guesses


def events(pipeline: Pipeline, text: str, lang: str) -> set[tuple[str, str, str]]:
    found = pipeline(text, lang, "2025-03-01").extraction.events
    return {(e.source, e.event_type, e.target) for e in found}


# the construction table: (language, sentence, the events it must give)
COORDINATED_ACTS = [
    # a request, then an allegation whose object is a pronoun
    ("en", "Chile called on Peru to withdraw its troops and accused it of violating the truce.",
     {("CHL", "REQUEST", "PER"), ("CHL", "ACCUSE", "PER")}),
    ("ar", "دعت تشيلي بيرو إلى سحب قواتها واتهمتها بانتهاك الهدنة.",
     {("CHL", "REQUEST", "PER"), ("CHL", "ACCUSE", "PER")}),
    # an allegation, then a request with the object named by a pronoun or by no word
    ("ar", "اتهمت تشيلي بيرو بانتهاك الهدنة ودعتها إلى سحب قواتها.",
     {("CHL", "ACCUSE", "PER"), ("CHL", "REQUEST", "PER")}),
    ("ar", "اتهمت تشيلي بيرو بانتهاك الهدنة وطالبت بسحب القوات.",
     {("CHL", "ACCUSE", "PER"), ("CHL", "REQUEST", "PER")}),
    ("en", "Chile accuses Peru of violating the truce and demands the withdrawal of its troops.",
     {("CHL", "ACCUSE", "PER"), ("CHL", "REQUEST", "PER")}),
    ("en", "Chile accused Peru of violating the truce and demanded a withdrawal.",
     {("CHL", "ACCUSE", "PER"), ("CHL", "REQUEST", "PER")}),
    # the noun object of a coordinated verb is done by that verb's subject, not by the name
    # the verb before it governs
    ("en", "Chile's president visited Lima and promised further military support.",
     {("CHL", "AGREE", "PER"), ("CHL", "AID", "PER")}),
    ("en", "The Chilean president met Peru's leader and pledged financial assistance.",
     {("CHL", "AID", "PER")}),
    ("ar", "زار الرئيس التشيلي ليما ووعد بمزيد من الدعم العسكري.",
     {("CHL", "AGREE", "PER"), ("CHL", "AID", "PER")}),
    ("ar", "التقى الرئيس التشيلي نظيره البيروفي وتعهد بتقديم مساعدات اقتصادية.",
     {("CHL", "AID", "PER")}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), COORDINATED_ACTS)
def test_each_coordinated_verb_is_its_own_act(pipeline: Pipeline, lang: str, text: str,
                                              expected: set[tuple[str, str, str]]) -> None:
    found = events(pipeline, text, lang)
    assert expected <= found, found
    assert not any(e[0] == "PER" for e in found), found


@pytest.mark.parametrize(("lang", "text", "unexpected"), [
    # what is asked for, in the bare infinitive, stays the request's content
    ("en", "Chile called on Peru to withdraw its troops and release the prisoners.",
     ("CHL", "RETREAT", "PER")),
    # participles after an auxiliary are no next act ("were trained and deployed")
    ("en", "Chile detains dozens of Peruvian rebels, whom it alleges were trained and deployed "
     "to attack its towns.", ("CHL", "MOBILIZE", "CHL")),
    # an imperfect after "أن" is what is asked for
    ("ar", "دعت تشيلي بيرو إلى أن تسحب قواتها وتفرج عن الأسرى.",
     ("CHL", "RETREAT", "PER")),
    # a gerund coordinated after a verb is no act done to the verb's object
    ("en", "Chile accuses Peru of shelling a village, raising tensions and threatening the truce.",
     ("CHL", "THREATEN", "PER")),
])
def test_content_and_participles_are_no_next_act(pipeline: Pipeline, lang: str, text: str,
                                                 unexpected: tuple[str, str, str]) -> None:
    assert unexpected not in events(pipeline, text, lang)


def targets(pipeline: Pipeline, text: str, lang: str) -> dict[tuple[str, str, str], str]:
    """Each event with the strategy that chose its target."""
    found = pipeline(text, lang, "2025-03-01").extraction.events
    return {(e.source, e.event_type, e.target): e.trace[2].strategy for e in found}


def test_a_pronoun_before_its_own_verb_is_no_object(pipeline: Pipeline) -> None:
    # "it" before a verb of its own ("would respond") is that verb's subject, no object; the
    # finite verb coordinated after the condemnation is still done to its object (a warning
    # aimed at the state the condemnation named: wanted)
    found = targets(pipeline, "Chile condemned the raid on Peru and warned it would respond.",
                    "en")
    assert ("CHL", "ACCUSE", "PER") in found, found
    assert found.get(("CHL", "THREATEN", "PER")) == "coordinated_object", found


def test_a_participle_with_its_subject_pronoun_takes_no_object(pipeline: Pipeline) -> None:
    # no finite verb to carry the object, and "it" is the subject of "would respond"
    found = events(pipeline, "Chile accused Peru of the raid, warning it would respond.", "en")
    assert ("CHL", "ACCUSE", "PER") in found, found
    assert ("CHL", "THREATEN", "PER") not in found, found


# meetings at an occasion named after a preposition: the occasion is no party
AT_AN_OCCASION = [
    ("en", "The presidents of Chile and Peru met on the sidelines of the UN General Assembly."),
    ("ar", "التقى رئيسا تشيلي وبيرو على هامش الجمعية العامة للأمم المتحدة."),
]

# joint acts: (language, sentence, the pair that must be read, unordered, and its type)
JOINT_ACTS = [
    ("en", "Chile and Peru met in Lima.", {"CHL", "PER"}, "CONSULT"),
    ("en", "The presidents of Chile and Peru met on Monday.", {"CHL", "PER"}, "CONSULT"),
    ("en", "Chilean and Peruvian officials met in Lima and signed a fisheries agreement.",
     {"CHL", "PER"}, "SUPPORT"),
    ("en", "The Chilean foreign minister met his Peruvian counterpart in Lima and signed a "
     "fisheries agreement.", {"CHL", "PER"}, "SUPPORT"),
    ("ar", "التقى وزيرا خارجية تشيلي وبيرو في ليما.", {"CHL", "PER"}, "CONSULT"),
    ("ar", "اجتمع الرئيس التشيلي ونظيره البيروفي في ليما.", {"CHL", "PER"}, "CONSULT"),
    ("ar", "التقى وزير الخارجية التشيلي نظيره البيروفي في ليما ووقعا اتفاقية لصيد الأسماك.",
     {"CHL", "PER"}, "SUPPORT"),
    ("en", "The Chilean foreign minister arrived in Lima. The two sides met and signed a "
     "fisheries agreement.", {"CHL", "PER"}, "CONSULT"),
    # met at an occasion, not with it
    *[(lang, text, {"CHL", "PER"}, "CONSULT") for lang, text in AT_AN_OCCASION],
    # a release or a concession of two states named together, done to no one named
    ("en", "Chile and Peru begin the largest prisoner exchange since the war.",
     {"CHL", "PER"}, "RETREAT"),
    ("ar", "بدأت تشيلي وبيرو أكبر عملية لتبادل الأسرى منذ بدء الحرب.", {"CHL", "PER"}, "RETREAT"),
]


@pytest.mark.parametrize(("lang", "text", "pair", "kind"), JOINT_ACTS)
def test_a_joint_act_is_read_between_its_parties(pipeline: Pipeline, lang: str, text: str,
                                                 pair: set[str], kind: str) -> None:
    found = events(pipeline, text, lang)
    assert any({s, t} == pair and k == kind for s, k, t in found), found


@pytest.mark.parametrize(("lang", "text"), AT_AN_OCCASION)
def test_an_occasion_met_at_is_no_party(pipeline: Pipeline, lang: str, text: str) -> None:
    found = events(pipeline, text, lang)
    assert all({s, t} <= {"CHL", "PER"} for s, _, t in found), found


def test_a_pair_after_between_is_no_party_of_a_meeting(pipeline: Pipeline) -> None:
    # the frames of talks between parties read them, as a mediation: the host is no party of
    # the pair's own talks (test_mediated_talks.py), only the mediator of each
    found = events(pipeline, "Chile will host peace talks between Peru and Bolivia.", "en")
    assert {frozenset({s, t}) for s, _, t in found} == {
        frozenset({"CHL", "PER"}), frozenset({"CHL", "BOL"}), frozenset({"PER", "BOL"})}, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile and Peru arrested dozens of protesters."),
    ("ar", "اعتقلت تشيلي وبيرو عشرات المحتجين."),
])
def test_an_arrest_of_two_states_is_no_joint_act(pipeline: Pipeline, lang: str,
                                                 text: str) -> None:
    # each arrests at home: never one state's act on the other
    found = events(pipeline, text, lang)
    assert not any({s, t} == {"CHL", "PER"} for s, _, t in found), found


def test_it_after_an_accusing_participle_is_the_object_before(pipeline: Pipeline) -> None:
    # "it" stands for the one the act before was done to, not the court it was filed with
    found = events(pipeline, "Peru files a lawsuit against Chile with the International Court "
                   "of Justice, accusing it of violating the treaty.", "en")
    assert ("PER", "ACCUSE", "CHL") in found, found
    assert ("PER", "ACCUSE", "ICJ") not in found, found


@pytest.mark.parametrize(("lang", "text"), [
    # "met" taking a noun phrase is fulfilled, no meeting
    ("en", "Chile and Peru met the deadline."),
    ("en", "Chile and Peru met their obligations under the treaty."),
    ("en", "Bolivia and Peru met a key condition of the loan."),
    # names that only say whose crowd or people met are no parties
    ("en", "Fans of Chile and Peru met in Lima before the match."),
    ("en", "Chilean and Peruvian students met in Lima."),
    ("ar", "التقى طلاب تشيلي وبيرو في ليما."),
])
def test_no_joint_meeting_of_a_fulfilment_or_a_crowd(pipeline: Pipeline, lang: str,
                                                     text: str) -> None:
    found = events(pipeline, text, lang)
    assert not any(k == "CONSULT" for _, k, _ in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile and Peru did not meet."),
    ("en", "Chile and Peru did not meet in Lima."),
    ("ar", "لم يلتق وزيرا خارجية تشيلي وبيرو في ليما."),
])
def test_a_denied_meeting_of_two_is_no_joint_act(pipeline: Pipeline, lang: str,
                                                 text: str) -> None:
    # two parties not meeting: neither refused the other
    found = events(pipeline, text, lang)
    assert not any({s, t} == {"CHL", "PER"} for s, _, t in found), found


@pytest.mark.parametrize(("lang", "text", "mode"), [
    ("en", "Chile and Peru met on Friday.", None),
    ("ar", "التقى رئيسا تشيلي وبيرو يوم الجمعة.", None),
    ("en", "Chile and Peru spoke by phone on Friday.", "phone"),
    ("ar", "أجرى رئيسا تشيلي وبيرو اتصالا هاتفيا يوم الجمعة.", "phone"),
])
def test_a_meeting_with_no_one_met_is_read_by_its_mutual_frame_only(
        pipeline: Pipeline, lang: str, text: str, mode: str | None) -> None:
    # one mechanism: the frame's `mutual` twin reads the pair, with the meeting's own mode
    # (a call stays a call); no second reading of the subjects as each other's object
    found = [e for e in pipeline(text, lang, "2025-03-01").extraction.events
             if {e.source, e.target} == {"CHL", "PER"}]
    assert len(found) == 1, found
    event = found[0]
    assert event.event_type == "CONSULT" and event.mode == mode, event
    assert event.trace[0].strategy.endswith("_mutual"), event.trace
    assert not any(step.detail and "no object" in step.detail for step in event.trace), (
        event.trace)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The presidents of Chile and Peru visited the region on Friday."),
    ("en", "Chile and Peru will take part in a summit on Friday."),
    ("ar", "زار رئيسا تشيلي وبيرو المنطقة يوم الجمعة."),
])
def test_a_visit_or_a_summit_with_no_one_met_is_no_joint_meeting(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = events(pipeline, text, lang)
    assert not any({s, t} == {"CHL", "PER"} for s, _, t in found), found


def test_a_meeting_one_party_refused_is_still_read(pipeline: Pipeline) -> None:
    assert ("CHL", "REJECT", "PER") in events(pipeline, "Chile did not meet Peru.", "en")


def test_three_states_that_meet_with_no_one_else_meet_each_other(pipeline: Pipeline) -> None:
    found = events(pipeline, "اجتمع وزراء خارجية تشيلي وبيرو وبوليفيا في ليما.", "ar")
    for pair in ({"CHL", "PER"}, {"CHL", "BOL"}, {"PER", "BOL"}):
        assert any({s, t} == pair and k == "CONSULT" for s, k, t in found), (pair, found)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile and Peru meet in the World Cup final on Sunday."),
    ("en", "Chile and Peru met in the quarter-final."),
    ("en", "The Chilean and Peruvian football teams met on Friday."),
    ("ar", "التقت تشيلي وبيرو في نهائي كأس العالم."),
    ("ar", "التقى منتخبا تشيلي وبيرو في ربع النهائي."),
])
def test_a_match_between_teams_is_no_meeting(pipeline: Pipeline, lang: str, text: str) -> None:
    found = events(pipeline, text, lang)
    assert not any({s, t} == {"CHL", "PER"} for s, _, t in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile and Peru met for a final round of talks on Friday."),
    ("en", "Chile and Peru met on Friday and agreed to match their tariffs."),
    ("ar", "اجتمع وزيرا خارجية تشيلي وبيرو لمدة ساعة ونصف."),
    ("ar", "أجرى رئيسا تشيلي وبيرو اتصالا هاتفيا بحثا فيه الاتفاق النهائي."),
])
def test_a_meeting_with_words_near_a_contest_is_still_a_meeting(pipeline: Pipeline, lang: str,
                                                                 text: str) -> None:
    found = events(pipeline, text, lang)
    assert any({s, t} == {"CHL", "PER"} and k == "CONSULT" for s, k, t in found), found
