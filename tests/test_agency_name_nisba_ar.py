"""A state's agency named by its noun in construct, a few genitive words and the state's
adjective ("فرضت مفوضية السلامة الإلكترونية الأسترالية غرامة على «تلغرام»", "هيئة حماية
البيانات الإيطالية"): the words of its name are no gap of the trigger around it, so the
state acts through it, as "فرضت الهيئة الأسترالية غرامة" and "Italy's data protection
authority fined OpenAI" do (issue 9)."""

from __future__ import annotations

import pytest

from conftest import event_triples


@pytest.mark.parametrize(("text", "triple"), [
    ("فرضت مفوضية السلامة الإلكترونية الأسترالية غرامة على «تلغرام»",
     ("AUS", "SANCTION", "ORG:telegram")),
    ("فرضت هيئة حماية البيانات الإيطالية غرامة على «تلغرام»", ("ITA", "SANCTION", "ORG:telegram")),
    ("فرضت هيئة المنافسة الفرنسية غرامة على «تلغرام»", ("FRA", "SANCTION", "ORG:telegram")),
    ("فرضت الهيئة الأسترالية غرامة على «تلغرام»", ("AUS", "SANCTION", "ORG:telegram")),
    ("فرضت مفوضية الاتحاد الأوروبي غرامة على «تلغرام»", ("EU", "SANCTION", "ORG:telegram")),
])
def test_agency_with_its_name_before_the_states_adjective(pipeline, text, triple):
    assert triple in event_triples(pipeline, text, "ar")


@pytest.mark.parametrize("text", [
    "فرضت هيئة الأمم المتحدة غرامة على «تلغرام»",  # an organisation's body: no state
    # a preposition inside: the adjective is no agency's ("the American markets")
    "فرضت هيئة الرقابة على الأسواق الأمريكية غرامة على «تلغرام»",
    # more words than an agency's name holds: no single phrase
    "فرضت هيئة حماية بيانات مستخدمي الشبكة الإلكترونية الأسترالية غرامة على «تلغرام»",
])
def test_no_state_agency_without_its_name_run(pipeline, text):
    found = event_triples(pipeline, text, "ar")
    assert not any(s in ("AUS", "USA") for s, _, _ in found)
