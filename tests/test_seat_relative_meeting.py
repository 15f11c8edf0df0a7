"""A body's own meeting held somewhere, named in a relative clause on the body ("Y, whose
first summit was held in X", "Y الذي انعقدت قمته الأولى في X", "Y التي التأمت دورتها الرابعة
في X"), is hosted by X's state (frame `host`, keys `seat_relatives` and `seat_nouns`, the
meeting noun with the body's possessive in Arabic). A meeting that is no body's own ("the
conference, which was held in X, with the Arab League taking part"), or a body named apart
from the relative, hosts none."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import fact_quads


@pytest.mark.parametrize(("lang", "text", "quad"), [
    ("en", "Qatar is a founding member of the Gulf Cooperation Council, whose first summit was "
           "held in Abu Dhabi in 1981.", ("ARE", "hosts", "GCC", "actual")),
    ("en", "Kuwait joined the Shanghai Cooperation Organisation, whose latest summit was held "
           "in Astana.", ("KAZ", "hosts", "SCO", "actual")),
    ("en", "Kuwait joined the Arab League, whose founding conference was held in Cairo in "
           "1945.", ("EGY", "hosts", "LAS", "actual")),
    ("ar", "قطر عضو مؤسس في مجلس التعاون الخليجي الذي انعقدت قمته التأسيسية في أبوظبي عام "
           "1981.", ("ARE", "hosts", "GCC", "actual")),
    ("ar", "انضمت الكويت إلى منظمة شنغهاي للتعاون التي انعقدت قمتها في أستانا.",
     ("KAZ", "hosts", "SCO", "actual")),
    ("ar", "انسحبت قطر من منظمة أوبك التي انعقد اجتماعها الوزاري في فيينا.",
     ("AUT", "hosts", "OPEC", "actual")),
    ("ar", "وتشارك الهند في حوار الهند وآسيا الوسطى الذي التأمت دورته الرابعة في نيودلهي.",
     ("IND", "hosts", "C5_PLUS_INDIA", "actual")),
])
def test_a_bodys_own_meeting_in_its_relative_is_hosted_by_the_venue(
        pipeline: Pipeline, lang: str, text: str, quad: tuple[str, str, str, str]) -> None:
    assert quad in fact_quads(pipeline, text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    # a meeting that is no body's own
    ("en", "The EU praised the summit, which was held in Riyadh."),
    ("en", "The EU welcomed the talks, whose first round was held in Geneva."),
    ("ar", "رحب مجلس الأمن بالمؤتمر الذي انعقد في القاهرة بمشاركة جامعة الدول العربية."),
    ("ar", "أشادت مصر بالقمة التي انعقدت في الرياض بحضور الأمين العام للأمم المتحدة."),
    # the venue of a state's own event, no body's
    ("ar", "قالت الكويت إن قمتها التي انعقدت في الكويت كانت ناجحة."),
])
def test_a_meeting_no_body_owns_is_hosted_by_none(
        pipeline: Pipeline, lang: str, text: str) -> None:
    assert not any(q[1] == "hosts" for q in fact_quads(pipeline, text, lang))
