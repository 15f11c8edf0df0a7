"""What a signed or reached agreement will do, on sentences of our own: its purpose ("sign a
memorandum to exchange workers", "a treaty with X, which will increase integration", "a
contract with X to provide jets", "مذكرة تفاهم لتبادل", "من شأنها تعزيز", "التي تقضي
بتقاسم") is a planned cooperation of the agreement's parties (COOPERATE, planned), beside
the signing itself. Near-misses: an agreement's terms that are no shared undertaking (ending
a dispute, cutting tariffs: `_agreement_terms`), a purpose clause whose own actor is another
state, and an agreement not signed."""

from __future__ import annotations

import pytest

from conftest import event_quads

PLANNED_PAIR = {("KEN", "GHA"), ("GHA", "KEN")}


def purposes(found: set[tuple]) -> set[tuple]:
    return {(s, t) for s, kind, t, modality in found
            if kind == "COOPERATE" and modality == "planned"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Kenya and Ghana sign a memorandum to exchange 500 medical students annually."),
    ("ar", "وقّعت كينيا وغانا مذكرة تفاهم لتبادل 500 طالب في الطب سنوياً."),
    ("en", "Kenya and Ghana sign a fisheries agreement, which will broaden collaboration on "
           "research."),
    ("ar", "وقّعت كينيا وغانا اتفاقية لمصايد الأسماك، من شأنها توسيع التعاون في مجال البحث."),
    ("en", "Kenya signs an agreement with Ghana to share the profits of the new port."),
    ("ar", "وقّعت كينيا وغانا اتفاقية، التي تقضي بتقاسم أرباح الميناء الجديد."),
])
def test_an_agreements_purpose_is_its_parties_planned_cooperation(
        pipeline, lang: str, text: str) -> None:
    found = event_quads(pipeline, text, lang)
    assert purposes(found) & PLANNED_PAIR, found
    assert {(s, t) for s, kind, t, _ in found if kind == "SUPPORT"} & PLANNED_PAIR, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Airbus signs a contract with the Polish government to supply 20 helicopters over "
           "five years."),
    ("ar", "وقّعت شركة إيرباص عقداً مع الحكومة البولندية لتزويد الجيش البولندي بـ20 مروحية."),
])
def test_a_contract_to_supply_is_the_sellers_planned_cooperation(
        pipeline, lang: str, text: str) -> None:
    found = event_quads(pipeline, text, lang)
    assert ("ORG:airbus", "COOPERATE", "POL", "planned") in found, found


@pytest.mark.parametrize(("lang", "text"), [
    # an agreement's terms that are no shared undertaking
    ("en", "Kenya and Ghana sign an agreement to end their border dispute."),
    ("ar", "وقّعت كينيا وغانا اتفاقية لإنهاء النزاع الحدودي بينهما."),
    ("en", "Kenya and Ghana sign a trade agreement aiming to reduce most tariffs."),
    ("ar", "وقّعت كينيا وغانا اتفاقية تجارية تهدف إلى خفض معظم الرسوم الجمركية."),
    # a purpose link after the agreement whose act is another's
    ("en", "Kenya and Ghana sign an agreement, prompting Nigeria to increase its exports."),
    # a purpose link headed by a trigger after the agreement, read or not, is its aim
    ("en", "The EU and Mercosur sign a trade deal despite protests by farmers seeking to "
           "boost subsidies."),
    ("en", "Kenya and Ghana sign a trade deal despite farmers demanding to share the "
           "profits."),
    ("ar", "وقّعت كينيا وغانا اتفاقية تجارية وسط دعوات المزارعين لزيادة الدعم."),
])
def test_no_cooperation_of_terms_or_of_another_states_act(
        pipeline, lang: str, text: str) -> None:
    found = event_quads(pipeline, text, lang)
    assert not purposes(found), found
    assert not {e for e in found if e[1] == "CONCEDE"}, found  # the terms stay terms


@pytest.mark.parametrize(("lang", "text"), [
    # agreeing is a pledge, its content no act (the agree frame names no instrument)
    ("en", "Kenya and Ghana agreed to exchange students."),
    ("en", "Kenya refused to sign an agreement with Ghana to exchange students."),
])
def test_no_agreement_signed_no_purpose_of_it(pipeline, lang: str, text: str) -> None:
    found = event_quads(pipeline, text, lang)
    assert not purposes(found), found
