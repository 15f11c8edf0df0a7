"""Relations upgraded, raised or elevated to a partnership: both states promise their future
cooperation, an AGREE (as "agreed to upgrade ties to a strategic partnership"), and the
partnership stands (partner_of); relations restored or upgraded with no partnership named stay
a SUPPORT (lang/<code>/frames.yaml `agree_partnership`, `support_relations`). Every sentence is
our own."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import fact_quads, typed_events

UPGRADED = [
    ("en", "Vietnam and Australia upgraded their ties to a comprehensive strategic partnership.",
     "VNM", "AUS"),
    ("en", "Oman and India raised their bilateral relations to a strategic partnership in 2008.",
     "OMN", "IND"),
    ("en", "Brazil and Egypt elevated relations to the level of a strategic partnership.",
     "BRA", "EGY"),
    ("ar", "رفعت فيتنام وأستراليا علاقاتهما إلى مستوى الشراكة الاستراتيجية الشاملة.",
     "VNM", "AUS"),
    ("ar", "رفعت سلطنة عمان والهند، الأربعاء، علاقاتهما الثنائية إلى مستوى الشراكة الاستراتيجية.",
     "OMN", "IND"),
]


@pytest.mark.parametrize(("lang", "sentence", "first", "second"), UPGRADED)
def test_upgrade_to_a_partnership_is_agreed(pipeline: Pipeline, lang: str, sentence: str,
                                            first: str, second: str) -> None:
    events = {(t, frozenset((s, o))) for t, _, s, o in typed_events(pipeline, sentence, lang)}
    assert ("AGREE", frozenset((first, second))) in events, events
    assert ("SUPPORT", frozenset((first, second))) not in events, events
    facts = {(p, frozenset((s, o))) for s, p, o, _ in fact_quads(pipeline, sentence, lang)}
    assert ("partner_of", frozenset((first, second))) in facts, facts


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    # upgraded with no partnership named: relations restored or raised, a SUPPORT
    ("en", "Egypt and Turkey upgraded diplomatic ties to ambassador level.", "SUPPORT"),
    ("ar", "رفعت مصر وتركيا علاقاتهما الدبلوماسية إلى مستوى السفراء.", "SUPPORT"),
    # something else raised, or concerns about ties
    ("en", "Japan and India raised trade ties to a new high under their partnership.", ""),
    ("en", "Senators raised concerns about ties to a partnership between Huawei and China.",
     ""),
])
def test_other_upgrades_agree_nothing(pipeline: Pipeline, lang: str, sentence: str,
                                      expected: str) -> None:
    types = {t for t, *_ in typed_events(pipeline, sentence, lang)}
    assert "AGREE" not in types and (not expected or expected in types), types
