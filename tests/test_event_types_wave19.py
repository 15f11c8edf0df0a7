"""Wave 19: how an event's type is chosen where one cue decides, in Arabic and English on
equal footing (lang/<code>/frames.yaml), each on sentences of our own writing (rules alone,
no learned scorer)."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import event_quads


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(model="rules")


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
    ("ar", "زار الرئيس التشيلي الأقاليم الجنوبية في بيرو."),
])
def test_a_claim_dismissed_or_a_region_named_is_no_dismissal(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = event_quads(pipeline, text, lang)
    assert not any(kind == "SANCTION" for _, kind, _, _ in found), found
