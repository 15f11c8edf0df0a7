"""Facts of wave 47, in both languages: a body's summit named with its venue ("the NATO
summit is held in The Hague in the Netherlands", "the 2025 G20 summit in Johannesburg, South
Africa", "قمة مجموعة العشرين لعام 2025 في جوهانسبرغ بجنوب أفريقيا") is hosted by the state
of the venue (frame `summit_venue`, key `owner_adjacent`). The body is named right before
"summit" (a year between at most) or, in Arabic, right after "قمة"; a summit no body names
hosts none ("a summit in Jeddah"), nor does a body named elsewhere in the clause ("NATO
leaders attend a summit in X"), nor a state before the noun ("Trump attends the G20 summit
in X"). The venue holds whatever the clause says of attending it ("will send no delegates
to ..."), as the tune gold codes "the 2026 G20 summit in Doral, Florida"."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import event_triples, fact_quads


@pytest.mark.parametrize(("lang", "text", "quad"), [
    ("en", "The NATO summit is held in The Hague in the Netherlands.",
     ("NLD", "hosts", "NATO", "actual")),
    ("en", "The NATO summit was held in Brussels, Belgium.",
     ("BEL", "hosts", "NATO", "actual")),
    ("en", "The United States announces that it will send no delegates to the 2025 G20 summit "
           "in Johannesburg, South Africa.", ("ZAF", "hosts", "G20", "actual")),
    ("en", "Leaders gathered for the African Union summit in Addis Ababa, Ethiopia, on Sunday.",
     ("ETH", "hosts", "AU", "actual")),
    ("ar", "أعلنت الولايات المتحدة أنها لن ترسل أي مندوبين إلى قمة مجموعة العشرين لعام 2025 في "
           "جوهانسبرغ بجنوب أفريقيا.", ("ZAF", "hosts", "G20", "actual")),
    ("ar", "عُقدت قمة حلف شمال الأطلسي في لاهاي بهولندا.", ("NLD", "hosts", "NATO", "actual")),
    ("ar", "وتُعقد قمة الاتحاد الأفريقي المقبلة في أديس أبابا بإثيوبيا.",
     ("ETH", "hosts", "AU", "actual")),
    ("ar", "شارك الرئيس الأمريكي في قمة مجموعة العشرين في جوهانسبرغ بجنوب أفريقيا.",
     ("ZAF", "hosts", "G20", "actual")),
])
def test_a_bodys_summit_is_hosted_by_the_state_of_its_venue(
        pipeline: Pipeline, lang: str, text: str, quad: tuple[str, str, str, str]) -> None:
    assert quad in fact_quads(pipeline, text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    # a summit no body names
    ("en", "The EU foreign minister spoke at a summit in Jeddah."),
    ("ar", "تحدث وزير الخارجية الأوروبي في قمة في جدة."),
    # the body is named elsewhere in the clause, not as the summit's
    ("en", "NATO leaders attend a summit in Riyadh, Saudi Arabia."),
    ("en", "The EU says the summit in Cairo was a success."),
    # no venue after the noun
    ("ar", "قال الرئيس الأمريكي بعد قمة الناتو إنه سيزور بولندا."),
])
def test_no_bodys_summit_with_its_venue_states_no_host(
        pipeline: Pipeline, lang: str, text: str) -> None:
    assert not any(q[1] == "hosts" for q in fact_quads(pipeline, text, lang))


def test_an_attendee_before_the_noun_hosts_nothing(pipeline: Pipeline) -> None:
    """A state's official before the noun attends the summit; its venue's state hosts it."""
    quads = fact_quads(pipeline, "Trump attends the G20 summit in Johannesburg.", "en")
    assert ("USA", "hosts", "G20", "actual") not in quads
    assert ("ZAF", "hosts", "G20", "actual") in quads


# (the attendee meets the venue's state, the host: tests/test_summit_hosts.py)
@pytest.mark.parametrize(("lang", "text", "triple"), [
    ("en", "The United States will send delegates to the 2025 G20 summit in Johannesburg, "
           "South Africa.", ("USA", "CONSULT", "ZAF")),
    ("ar", "شارك الرئيس الأمريكي في قمة مجموعة العشرين في جوهانسبرغ بجنوب أفريقيا.",
     ("USA", "CONSULT", "ZAF")),
])
def test_the_summit_itself_is_still_attended(
        pipeline: Pipeline, lang: str, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in event_triples(pipeline, text, lang)
