"""Two states' adjectives for one mediation, with no conjunction ("بوساطة مصرية قطرية",
"برعاية سعودية أمريكية"; English chains them with hyphens: "an Egyptian-Qatari-mediated
proposal") name two brokers, each mediating between the pair, as "بوساطة مصرية وقطرية" does
(extractor._juxtaposed_nisbas; _hyphened_broker reads the chain with
event_nouns.modifier_group). Found in the dev set tune split (wcep:2025-08-19:002, "بوساطة
مصرية قطرية", "Egyptian–Qatari-mediated") and the essays tune split (part 4: "برعاية سعودية
أمريكية", "US-Saudi sponsored talks")."""

from __future__ import annotations

import pytest

from conftest import fact_quads


@pytest.mark.parametrize(("text", "lang"), [
    ("وقعت كينيا وأوغندا اتفاقا بوساطة مصرية قطرية في مايو.", "ar"),
    ("أعادت كينيا وأوغندا علاقاتهما إثر وساطة مصرية قطرية.", "ar"),
    ("Kenya and Uganda signed an Egyptian-Qatari-mediated deal in May.", "en"),
    ("Kenya and Uganda signed an Egyptian–Qatari-brokered deal in May.", "en"),
])
def test_each_chained_broker_mediates(pipeline, text: str, lang: str) -> None:
    facts = fact_quads(pipeline, text, lang)
    assert {(m, "mediated", p, "actual") for m in ("EGY", "QAT") for p in ("KEN", "UGA")
            } <= facts, facts


@pytest.mark.parametrize(("text", "lang"), [
    # a state's adjective further on says where, not who brokered
    ("وقعت كينيا وأوغندا اتفاقا بوساطة مصرية في العاصمة القطرية.", "ar"),
    # a hyphened participle of another kind brokers nothing
    ("Kenya and Uganda signed an Egyptian-brokered deal at a Qatar-hosted ceremony.", "en"),
])
def test_no_broker_outside_the_chain(pipeline, text: str, lang: str) -> None:
    facts = fact_quads(pipeline, text, lang)
    assert ("EGY", "mediated", "KEN", "actual") in facts, facts
    assert not any(s == "QAT" and p == "mediated" for s, p, _, _ in facts), facts
