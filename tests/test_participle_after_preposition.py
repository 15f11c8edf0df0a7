"""A trigger's past participle right after a preposition is an adjective of the noun after it
("after seized explosives detonate", "funded through seized Russian assets"): no finite verb
stands there, so it describes goods taken before, no seizure of the day (issue 9, precision on
unseen news; grammar `participle_prepositions`). The finite verb and the gerund after a
preposition still act."""

from __future__ import annotations

import pytest

from conftest import typed_events


def seizures(pipeline, text: str, lang: str = "en") -> set[tuple]:
    return {(s, t) for k, m, s, t in typed_events(pipeline, text, lang)
            if (k, m) == ("COERCE", "seize")}


@pytest.mark.parametrize(("text", "lang"), [
    ("Nine people are killed and 29 others are injured after seized explosives detonate "
     "inside of a police station in Srinagar, Jammu and Kashmir, India.", "en"),
    ("The European Union agrees to a loan programme to Ukraine funded through seized Russian "
     "financial assets.", "en"),
    ("The Indian Army displays rifles with confiscated Pakistani ammunition in Srinagar.", "en"),
    # the Arabic participle after its noun never read as a seizure: kept so
    ("قتل تسعة أشخاص وأصيب 29 آخرون إثر انفجار متفجرات مضبوطة داخل مركز للشرطة في "
     "سريناغار في جامو وكشمير بالهند.", "ar"),
    ("وافق الاتحاد الأوروبي على برنامج قروض لأوكرانيا ممول من الأصول الروسية المجمدة.", "ar"),
])
def test_a_participle_after_a_preposition_seizes_nothing(pipeline, text, lang):
    assert not seizures(pipeline, text, lang)


@pytest.mark.parametrize(("text", "pair"), [
    ("India seizes a Chinese vessel off the coast of Gujarat.", ("IND", "CHN")),
    # the finite verb of a clause after a conjunction, and a gerund after a preposition
    ("The Israeli Navy seizes the Polish-flagged vessel after Israel seized another ship.",
     ("ISR", "POL")),
    ("Ukrainian forces advance after seizing Russian fuel depots near Kursk.", ("UKR", "RUS")),
])
def test_the_seizure_itself_still_reads(pipeline, text, pair):
    assert pair in seizures(pipeline, text)
