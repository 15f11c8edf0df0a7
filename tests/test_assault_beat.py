"""People beaten or assaulted by police or a crowd ("was assaulted by police", "being beaten
... by protesters"; ar "تعرّض للاعتداء على أيدي عناصر الشرطة", "يتعرض للضرب على أيدي
متظاهرين"): ASSAULT in mode beat, which a state may do to its own people as it may shoot
them (ontology: ASSAULT domestic), so with no other target named the agent's state beats its
own. The sufferer is the subject of the passive, or of Arabic "تعرّض" (underwent); at home only
when a noun of people names who was beaten (`people_patient`)."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline((), "rules")  # the rules alone: the scorer adds its own guesses


def events(pipeline: Pipeline, text: str, lang: str) -> set[tuple[str, str, str, str]]:
    found = pipeline(text, lang, "2025-03-01").extraction.events
    return {(e.source, e.event_type, e.mode or "", e.target) for e in found}


BEATEN = [
    ("en", "A student was assaulted by police in Yogyakarta.", ("IDN", "ASSAULT", "beat", "IDN")),
    ("en", "A student was beaten by police in Yogyakarta.", ("IDN", "ASSAULT", "beat", "IDN")),
    ("en", "Protesters were beaten by police in Nairobi.", ("KEN", "ASSAULT", "beat", "KEN")),
    ("en", "A video shows finance minister Bishnu Prasad Paudel being beaten and dragged "
           "through the streets of Kathmandu by protesters.", ("NPL", "ASSAULT", "beat", "NPL")),
    ("ar", "قال شهود إن متظاهرين تعرضوا للضرب على أيدي الشرطة في نيروبي.",
     ("KEN", "ASSAULT", "beat", "KEN")),
    ("ar", "توفي طالب جامعي بعد مشاركته في احتجاج بمدينة يوغياكارتا الإندونيسية، إذ يُزعم أنه "
           "فُصل عن بقية المحتجين وتعرّض للاعتداء على أيدي عناصر الشرطة.",
     ("IDN", "ASSAULT", "beat", "IDN")),
    ("ar", "أظهر مقطع فيديو وزير المالية النيبالي وهو يتعرض للضرب على أيدي متظاهرين في كاتماندو.",
     ("NPL", "ASSAULT", "beat", "NPL")),
]


@pytest.mark.parametrize(("lang", "text", "event"), BEATEN)
def test_beaten_by_police_or_crowd(pipeline: Pipeline, lang: str, text: str,
                                   event: tuple[str, str, str, str]) -> None:
    assert event in events(pipeline, text, lang)


NO_BEATING = [
    # beating back an offensive is no blow to anyone's people
    ("en", "Ukrainian forces beat back a Russian offensive near Kharkiv."),
    # a town stormed by forces is an assault, not a beating
    ("en", "The town was assaulted by Russian forces."),
    # "تعرض لهجوم": an attack undergone, not a beating
    ("ar", "تعرضت أوكرانيا لهجوم روسي واسع."),
    ("ar", "تعرضت البلدة للاعتداء على أيدي القوات الروسية."),
    # the gap holds the sufferer only: a building and its place are no people beaten
    ("ar", "تعرضت السفارة الأمريكية في بغداد للاعتداء على أيدي محتجين."),
]


@pytest.mark.parametrize(("lang", "text"), NO_BEATING)
def test_no_beating(pipeline: Pipeline, lang: str, text: str) -> None:
    assert not {e for e in events(pipeline, text, lang) if e[2] == "beat"}
