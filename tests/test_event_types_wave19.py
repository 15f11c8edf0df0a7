"""Wave 19: how an event's type is chosen where one cue decides, in Arabic and English on
equal footing (lang/<code>/frames.yaml), each on sentences of our own writing (rules alone,
no learned scorer)."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import event_quads


# an official dismissed by their own state: the title after the verb makes it a sanction of
# the state's own (sanction_dismissal), not the REJECT a bare "dismiss" opens for claims
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chilean president Gabriel Boric dismisses Interior Minister Carolina Toha."),
    ("en", "Chile's parliament dismisses the health minister after a corruption inquiry."),
    ("en", "A Chilean army general is fired from his post."),
    ("ar", "أقال الرئيس التشيلي غابرييل بوريك وزيرة الداخلية كارولينا توها."),
    ("ar", "أقال البرلمان التشيلي وزير الصحة بعد تحقيق في الفساد."),
    ("ar", "أُقيل جنرال في الجيش التشيلي من منصبه."),
    ("ar", "أعفى الرئيس التشيلي وزير الصحة من منصبه."),
])
def test_an_official_dismissed_is_a_sanction_of_the_own_state(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = event_quads(pipeline, text, lang)
    assert ("CHL", "SANCTION", "CHL", "actual") in found, found
    assert not any(kind == "REJECT" for _, kind, _, _ in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chilean president Gabriel Boric dismisses the accusations made by Peru."),
    ("en", "Chilean soldiers fired at the director of a hospital in Peru."),
    # Chile's own regions: "أقاليم" begins as "أقال" does, and a dismissal of Chile's own
    # would be read (Peru's regions would be dropped by own_state_only whatever)
    ("ar", "زار الرئيس التشيلي أقاليم تشيلي الجنوبية."),
])
def test_a_claim_dismissed_or_a_region_named_is_no_dismissal(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = event_quads(pipeline, text, lang)
    assert not any(kind == "SANCTION" for _, kind, _, _ in found), found


# talks that fail to reach an agreement: the parties' AGREE negated, no REJECT
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile and Peru fail to reach an agreement on fishing rights in Lima."),
    ("en", "Chile's minister resigns after failing to come to an agreement with Peru."),
    ("ar", "أخفقت تشيلي والبيرو في التوصل إلى اتفاق بشأن حقوق الصيد."),
])
def test_an_agreement_not_reached_is_an_agree_negated(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = event_quads(pipeline, text, lang)
    assert {("CHL", "AGREE", "PER", "negated"), ("PER", "AGREE", "CHL", "negated")} & found, found
    assert not any(kind == "REJECT" for _, kind, _, _ in found), found


# a conviction, a sentence or a detention order overturned frees the one it punished
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A Chilean appeals court overturns a fraud conviction against former senator "
           "Jaime Orpis."),
    ("en", "Chile's Supreme Court overturns a lower court order placing a former minister "
           "under house arrest."),
    ("ar", "ألغت محكمة استئناف تشيلية حكم الإدانة الصادر بحق السيناتور السابق خايمي أوربيس."),
    ("ar", "ألغت المحكمة العليا في تشيلي قراراً صادراً عن محكمة أدنى بوضع وزير سابق "
           "قيد الإقامة الجبرية."),
])
def test_a_punishment_overturned_is_a_release(pipeline: Pipeline, lang: str, text: str) -> None:
    found = event_quads(pipeline, text, lang)
    assert ("CHL", "RETREAT", "CHL", "actual") in found, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile's Supreme Court overturns the acquittal of a former army general."),
    ("ar", "ألغت المحكمة العليا في تشيلي حكم البراءة الصادر بحق جنرال سابق."),
])
def test_an_acquittal_overturned_frees_no_one(pipeline: Pipeline, lang: str, text: str) -> None:
    found = event_quads(pipeline, text, lang)
    assert not any(kind == "RETREAT" for _, kind, _, _ in found), found


# leaving an international body is a SANCTION (withdraw); leaving a place or a state, a
# RETREAT: the object behind "from" / "من" decides (frame key body_event)
@pytest.mark.parametrize(("lang", "text", "kind"), [
    ("en", "Chilean president Gabriel Boric ratifies Chile's withdrawal from the World "
           "Health Organization.", "SANCTION"),
    ("ar", "انسحبت تشيلي من منظمة الصحة العالمية.", "SANCTION"),
    ("ar", "صادق الرئيس التشيلي غابرييل بوريك على انسحاب تشيلي من منظمة الصحة العالمية.",
     "SANCTION"),
])
def test_leaving_an_international_body_is_a_sanction(
        pipeline: Pipeline, lang: str, text: str, kind: str) -> None:
    found = event_quads(pipeline, text, lang)
    assert ("CHL", kind, "WHO", "actual") in found, found
    assert not any(k == "RETREAT" for _, k, _, _ in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The withdrawal of Chilean troops from Peru was completed."),
    ("ar", "انسحبت القوات التشيلية من البيرو."),
    ("en", "Chilean troops withdraw from the town of Tacna in Peru."),
    # a direction and a nationality before the place noun describe the land left
    ("en", "Chilean troops withdraw from the northern Peruvian town of Tacna."),
    ("en", "Chilean troops pulled out of the southern Peruvian city of Tacna."),
    # a region, a province or a governorate left is land left too
    ("en", "Chilean troops withdraw from the northern Peruvian region of Tacna."),
    ("ar", "انسحبت القوات التشيلية من منطقة تاكنا في البيرو."),
])
def test_leaving_a_state_stays_a_retreat(pipeline: Pipeline, lang: str, text: str) -> None:
    found = event_quads(pipeline, text, lang)
    assert ("CHL", "RETREAT", "PER", "actual") in found, found
