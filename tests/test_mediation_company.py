"""Names after a phrase of company right after a mediation trigger ("mediation alongside C
and D", "الوساطة إلى جانب C وD") mediate with its doer; they are not the parties mediated
between (ONTOLOGY: `mediated` reaches each party of the conflict or talks)."""

from __future__ import annotations

import pytest

from conftest import fact_quads


@pytest.mark.parametrize(("text", "lang", "mediator", "companions"), [
    ("The crisis put Kenya at the heart of mediation alongside Norway and the United States",
     "en", "KEN", ("NOR", "USA")),
    ("Kenya led the mediation along with Norway", "en", "KEN", ("NOR",)),
    ("ووضعت الأزمة كينيا في قلب جهود الوساطة إلى جانب النرويج والولايات المتحدة", "ar",
     "KEN", ("NOR", "USA")),
])
def test_companions_of_a_mediation_are_no_parties(pipeline, text, lang, mediator,
                                                  companions):
    facts = fact_quads(pipeline, text, lang)
    assert not any(s == mediator and p == "mediated" and o in companions
                   for s, p, o, _ in facts)


@pytest.mark.parametrize(("text", "lang"), [
    ("Kenya mediated between Sudan and Chad alongside Norway", "en"),
    ("توسطت كينيا بين السودان وتشاد إلى جانب النرويج", "ar"),
])
def test_parties_named_before_the_company_stay(pipeline, text, lang):
    facts = fact_quads(pipeline, text, lang)
    assert {("KEN", "mediated", "SDN", "actual"), ("KEN", "mediated", "TCD", "actual"),
            ("NOR", "mediated", "SDN", "actual")} <= facts
