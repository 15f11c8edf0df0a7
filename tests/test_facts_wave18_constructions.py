"""Facts on constructions of wave 18, in both languages, on sentences of our own writing."""

from __future__ import annotations

import pytest
import yaml

from diplomap.extract import Pipeline
from diplomap.extract.extractor import Extractor
from diplomap.lang import language

from conftest import agreements, fact_quads, read_without_agreement


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Ministers met at the African Union headquarters in Addis Ababa."),
    ("en", "A workshop was held at UN Headquarters in Geneva on Tuesday."),
    ("en", "Protesters gathered outside the NATO headquarters in Brussels."),
    ("ar", "اجتمع الوزراء في مقر الاتحاد الأفريقي في أديس أبابا."),
    ("ar", "ناقش الوزراء الأزمة في اجتماع يعقد في مقر الأمم المتحدة في جنيف."),
    ("ar", "تجمع محتجون أمام مقر حلف شمال الأطلسي في بروكسل."),
])
def test_a_headquarters_where_an_act_is_done_hosts_nothing(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert not any(p == "hosts" for _, p, _, _ in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The African Union is headquartered in Addis Ababa."),
    ("ar", "يقع مقر الاتحاد الأفريقي في أديس أبابا."),
])
def test_a_seat_named_as_such_still_hosts(pipeline: Pipeline, lang: str, text: str) -> None:
    found = {q for q in fact_quads(pipeline, text, lang) if q[1] == "hosts"}
    assert {(s, o) for s, _, o, _ in found} == {("ETH", "AU")}, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile said it needs guarantees from Brazil and Peru to respect such a deal."),
    ("en", "Chile asked Brazil to urge Peru to honour this agreement."),
    ("ar", "قالت تشيلي إنها تحتاج إلى ضمانات من البرازيل وبيرو لاحترام هذا الاتفاق."),
    ("ar", "طلبت تشيلي من البرازيل حث بيرو على احترام هذه الاتفاقية."),
])
def test_an_agreement_pointed_back_to_names_no_parties(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = fact_quads(pipeline, text, lang)
    assert not any(p == "agreement_with" for _, p, _, _ in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile and Peru signed this agreement in Lima."),
    ("ar", "وقعت تشيلي وبيرو هذه الاتفاقية في ليما."),
])
def test_an_agreement_pointed_back_to_is_still_signed(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = agreements(pipeline, text, lang)
    assert len(found) == 1 and {next(iter(found))[0], next(iter(found))[2]} == {"CHL", "PER"}, \
        found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Turkey welcomed the cooperation and said that agreement between Egypt and Sudan was "
           "reached."),
    ("ar", "رحبت تركيا بالتعاون وكذلك الاتفاق بين مصر والسودان."),
])
def test_no_demonstrative_where_the_word_is_another(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = agreements(pipeline, text, lang)
    assert {(s, o) for s, _, o, _ in found} in ({("EGY", "SDN")}, {("SDN", "EGY")}), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile and Peru agree to resume direct flights between their capitals."),
    ("en", "Chile and Peru agreed to delay the new port fees for a month."),
    ("ar", "اتفقت تشيلي وبيرو على استئناف الرحلات الجوية المباشرة بين عاصمتيهما."),
    ("ar", "اتفقت تشيلي وبيرو على تأجيل رسوم الموانئ الجديدة لمدة شهر."),
])
def test_agreeing_to_resume_or_put_off_an_act_is_no_agreement(
        pipeline: Pipeline, lang: str, text: str) -> None:
    result = read_without_agreement(pipeline, text, lang)
    assert {(e.source, e.event_type) for e in result.events} >= {("CHL", "AGREE")}, \
        result.events


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile and Peru agreed to a ceasefire."),
    ("ar", "اتفقت تشيلي وبيرو على وقف إطلاق النار."),
])
def test_agreeing_to_a_ceasefire_is_still_an_agreement(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = agreements(pipeline, text, lang)
    assert len(found) == 1 and {next(iter(found))[0], next(iter(found))[2]} == {"CHL", "PER"}, \
        found


@pytest.mark.parametrize("text", [
    "كانت العلاقات بين سانتياغو وليما متوترة بسبب الخلاف على الموارد في البحر المتوسط، لكن "
    "زعيمي البلدين أجريا اتصالا هاتفيا.",
    "أطلقت تشيلي صاروخا متوسط المدى قرب بيرو.",
])
def test_the_participle_mutawassit_is_no_mediation(pipeline: Pipeline, text: str) -> None:
    result = pipeline(text, "ar", "2025-03-01").extraction
    assert not any(f.predicate == "mediated" for f in result.facts), result.facts
    assert not any(e.mode == "third-party" for e in result.events), result.events


def test_the_mediating_verb_still_mediates(pipeline: Pipeline) -> None:
    found = {q for q in fact_quads(pipeline, "توسطت قطر بين تشيلي وبيرو.", "ar")
             if q[1] == "mediated"}
    assert {(s, o) for s, _, o, _ in found} == {("QAT", "CHL"), ("QAT", "PER")}, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile is negotiating a free trade agreement with Peru."),
    ("en", "Chile is negotiating a new fishing deal with Peru."),
    ("ar", "تتفاوض تشيلي مع بيرو على اتفاقية للتجارة الحرة."),
    ("ar", "قال وزير الخارجية التشيلي إن بلاده تتفاوض مع بيرو على اتفاقية للصيد."),
])
def test_an_agreement_under_negotiation_is_no_agreement_yet(
        pipeline: Pipeline, lang: str, text: str) -> None:
    result = read_without_agreement(pipeline, text, lang)
    assert {(e.source, e.event_type, e.target) for e in result.events} >= {
        ("CHL", "CONSULT", "PER")}, result.events


def test_negotiations_on_an_agreement_name_none(pipeline: Pipeline) -> None:
    text = "Negotiations on a fisheries agreement between Chile and Peru stalled."
    assert not any(p == "agreement_with" for _, p, _, _ in fact_quads(pipeline, text, "en"))


# Review 18_3 finding 1: restoring or resuming relations, reopening embassies and a truce
# are agreed between the two; only resuming or putting off another act is not.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Saudi Arabia and Iran agreed to restore diplomatic relations."),
    ("en", "Saudi Arabia and Iran agreed to resume diplomatic relations."),
    ("en", "Saudi Arabia and Iran agreed to resume their diplomatic ties."),
    ("en", "Iran and Saudi Arabia agreed to reopen their embassies within two months."),
    ("en", "Russia and Ukraine agreed to suspend hostilities for thirty days."),
    ("en", "Russia and Ukraine agreed to resume the truce."),
    ("ar", "اتفقت السعودية وإيران على استئناف العلاقات الدبلوماسية."),
    ("ar", "اتفقت السعودية وإيران على إعادة فتح السفارات."),
    ("ar", "اتفقت روسيا وأوكرانيا على تعليق العمليات العسكرية."),
])
def test_restored_relations_and_truces_are_still_agreements(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = {frozenset((s, o)) for s, p, o, _ in fact_quads(pipeline, text, lang)
             if p == "agreement_with"}
    assert len(found) == 1 and len(next(iter(found))) == 2, found


# Review 18_3 finding 2: a demonstrative followed by its own "between"/"بين" names the
# parties; it is no agreement pointed back to.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile welcomed this agreement between Brazil and Peru."),
    ("en", "This deal between Brazil and Peru ends the dispute."),
    ("ar", "رحبت تشيلي بهذا الاتفاق بين البرازيل وبيرو."),
    ("ar", "رحبت تشيلي بهذه الاتفاقية بين البرازيل وبيرو."),
])
def test_a_demonstrative_with_its_own_between_names_the_parties(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = {frozenset((s, o)) for s, p, o, _ in fact_quads(pipeline, text, lang)
             if p == "agreement_with"}
    assert found == {frozenset({"BRA", "PER"})}, found


# The choice kept: without "between", the parties as subjects of a demonstrative are no
# parties of it ("Chile and Peru said this agreement will boost trade" states nothing).
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile and Peru said this agreement will boost trade."),
    ("ar", "قالت تشيلي وبيرو إن هذا الاتفاق سيعزز التجارة."),
])
def test_a_demonstrative_without_between_states_no_agreement(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = agreements(pipeline, text, lang)
    assert not found, found


# Review 18_3 finding 3: the gap of "تفاوضت مع … على اتفاق" never passes a signing or a
# next step; the signing is read.
@pytest.mark.parametrize("text", [
    "تفاوضت تشيلي مع بيرو ووقعتا على اتفاق للتجارة.",
    "تفاوضت تشيلي مع بيرو ثم على اتفاق للتجارة.",
])
def test_signing_after_negotiating_is_an_agreement(pipeline: Pipeline, text: str) -> None:
    found = {frozenset((s, o)) for s, p, o, _ in fact_quads(pipeline, text, "ar")
             if p == "agreement_with"}
    assert found == {frozenset({"CHL", "PER"})}, found


# ... while an agreement still under negotiation stays talk.
@pytest.mark.parametrize("text", [
    "تتفاوض تشيلي مع بيرو على اتفاقية للتجارة الحرة.",
    "تتفاوض تشيلي مع بيرو على صفقة لشراء الغاز.",
])
def test_negotiating_an_agreement_is_no_agreement_yet(pipeline: Pipeline, text: str) -> None:
    result = pipeline(text, "ar", "2025-03-01").extraction
    assert not any(f.predicate == "agreement_with" for f in result.facts), result.facts
    assert ("CHL", "CONSULT", "PER") in {(e.source, e.event_type, e.target)
                                          for e in result.events}, result.events


# Review 18_3 finding 5: each concept once: resuming is an act change ("to resume",
# "على استئناف"), never also a verb that starts talks.
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_resuming_is_listed_once(lang: str) -> None:
    spec = yaml.safe_load(language(lang).frames_path.read_text(encoding="utf-8"))["joint_talks"]
    assert not set(spec["talk_starts"]) & set(spec["act_changes"]), spec


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile and Peru agreed to resume peace talks."),
    ("ar", "اتفقت تشيلي وبيرو على استئناف المفاوضات."),
])
def test_agreeing_to_resume_talks_is_still_no_agreement(
        pipeline: Pipeline, lang: str, text: str) -> None:
    read_without_agreement(pipeline, text, lang)


# Review 18_3 finding 4: a past "negotiated a deal with X" reports the deal concluded; only
# the non-past ("is negotiating", "to negotiate", "تتفاوض") is an agreement not yet made.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile negotiated a trade agreement with Peru in 2019."),
    ("en", "Chile negotiated a free trade agreement with Peru."),
    ("ar", "تفاوضت تشيلي مع بيرو على اتفاق للتجارة عام 2019."),
])
def test_a_past_negotiated_deal_is_an_agreement(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = {frozenset((s, o)) for s, p, o, _ in fact_quads(pipeline, text, lang)
             if p == "agreement_with"}
    assert found == {frozenset({"CHL", "PER"})}, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile is negotiating a trade agreement with Peru."),
    ("en", "Chile wants to negotiate a new deal with Peru."),
    ("ar", "تتفاوض تشيلي مع بيرو على اتفاقية للتجارة الحرة."),
    ("ar", "يتفاوض الرئيس التشيلي مع بيرو على اتفاق للتجارة."),
])
def test_a_deal_still_negotiated_is_no_agreement(
        pipeline: Pipeline, lang: str, text: str) -> None:
    found = agreements(pipeline, text, lang)
    assert not found, found


# Review 18_3 finding 6: the check is named for all it reads (talk, a dispute, an act
# resumed or put off), and the data's comments cite that name.
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_no_deal_check_is_named_for_what_it_reads(lang: str) -> None:
    assert hasattr(Extractor, "_agreed_no_deal") and not hasattr(Extractor, "_agreed_talks")
    text = language(lang).frames_path.read_text(encoding="utf-8")
    comment = text[:text.index("\njoint_talks:")].rsplit("joint_facts:", 1)[1]
    assert "(extract.extractor._agreed_no_deal)" in comment and "act_changes" in comment
