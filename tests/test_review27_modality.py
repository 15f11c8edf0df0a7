"""Review 27 (findings 1, 2, 5, 10, 13): a future concession under a condition, an act named
after "in response to" (a cause, no purpose), and the Arabic partitive "من" behind an adjunct
after a prevention verb (both languages where the construction exists in both)."""

from __future__ import annotations

import pytest

from conftest import event_quads


def _modalities(pipeline, text: str, lang: str, kind: str) -> set[str]:
    return {m for _, t, _, m in event_quads(pipeline, text, lang) if t == kind}


def test_future_concession_with_a_condition_after_it_is_hypothetical(pipeline):
    """"will lift" alone states the concession; a condition in its sentence keeps it a plan
    that `_possible` reads as hypothetical."""
    after = "Japan will ease its export controls on South Korea if Seoul drops the lawsuit."
    assert _modalities(pipeline, after, "en", "CONCEDE") == {"hypothetical"}
    reported = "Kishida said he will ease export controls on South Korea if Seoul agrees."
    assert _modalities(pipeline, reported, "en", "CONCEDE") == {"hypothetical"}
    bare = "Japan will ease its export controls on South Korea."
    assert _modalities(pipeline, bare, "en", "CONCEDE") == {"actual"}


def test_act_after_in_response_to_is_a_given_not_the_purpose(pipeline):
    """"will shell X in response to raids by Y": the raids happened; the plan of the act
    before is not theirs (English "in response/retaliation to", Arabic "ردا على")."""
    english = "Turkey will shell Syria in response to raids by the PKK on its border posts."
    assert ("TUR", "ASSAULT", "SYR", "planned") in event_quads(pipeline, english)
    assert not {q for q in event_quads(pipeline, english) if q[1] == "ASSAULT"
                and q[0] != "TUR" and q[3] == "planned"}
    arabic = "ستقصف تركيا سوريا ردا على هجمات حزب العمال الكردستاني على مواقعها الحدودية."
    assert not {q for q in event_quads(pipeline, arabic, "ar") if q[1] == "ASSAULT"
                and q[0] != "TUR" and q[3] == "planned"}


def test_purpose_after_to_keeps_the_plan_of_the_act_before(pipeline):
    """The construction `_purpose_of` reads stays: "for talks to discuss" is the talks'
    purpose, planned like them."""
    text = "India will be meeting Pakistan in Geneva next week for talks to discuss the dam."
    consults = _modalities(pipeline, text, "en", "CONSULT")
    assert consults and consults <= {"planned"}


def test_partitive_min_behind_an_adjunct_is_no_prevention(pipeline):
    """"منعت X ... عقب سلسلة من الهجمات": after an adjunct opener the "من" is partitive; the
    attacks happened. Right after the prevention verb's object it still marks the act kept
    from (in both languages: "blocked X from deploying")."""
    partitive = "منعت مصر دخول الشاحنات إلى ليبيا عقب سلسلة من الغارات على درنة."
    assert "planned" not in _modalities(pipeline, partitive, "ar", "ASSAULT")
    kept = "منعت المحكمة العليا التونسية الحكومة من نشر قوات في العاصمة تونس."
    assert "planned" in _modalities(pipeline, kept, "ar", "MOBILIZE")
    english = "A Chilean court blocked the government from deploying troops in Santiago."
    assert "planned" in _modalities(pipeline, english, "en", "MOBILIZE")



@pytest.mark.parametrize(("lang", "text"), [
    # "عرض" is also to show or broadcast; "الاستعداد" also an alert; readiness to do one
    # thing says nothing of an act after "after"
    ("ar", "عرضت قناة تلفزيونية صورا للهجوم الذي شنته تشيلي على بيرو."),
    ("ar", "رفعت تشيلي حالة الاستعداد القصوى بعد أن قصفت بيرو مدينة أريكا."),
    ("en", "Chile said it was ready to respond after Peru shelled the border town of Arica."),
])
def test_a_readiness_or_a_showing_leaves_another_act_actual(pipeline, lang: str,
                                                            text: str) -> None:
    """Review of wF3: an offer or readiness cue read anywhere before a trigger made acts
    done (a strike shown on television, shelling that prompted an alert) planned."""
    assert _modalities(pipeline, text, lang, "ASSAULT") == {"actual"}


def test_forces_massed_stay_their_own_states(pipeline) -> None:
    """Review of wF3: "حشد X قوات" read as one trigger with its forces made the verbal noun's
    genitive no doer ("نددت Y بحشد X قوات": Y MOBILIZE X) and took the ally a force is
    massed to support as its target."""
    condemned = event_quads(pipeline, "نددت بيرو بحشد تشيلي قوات على الحدود.", "ar")
    assert not {q for q in condemned if q[1] == "MOBILIZE" and q[0] == "PER"}
    support = event_quads(pipeline, "حشدت تشيلي قوات كبيرة لدعم بيرو في مواجهة بوليفيا.",
                          "ar")
    assert ("CHL", "SUPPORT", "PER", "actual") in support
