"""Events that should not exist at all (issue 9, precision): words that describe instead of
report an act, on sentences of our own writing, with the acts that must still fire. A penalty
a law sets ("a bill to punish X with life imprisonment", "مشروع قانون يعاقب على X بالسجن
المؤبد", "قانوناً يفرض عقوبات بالسجن") is no court's conviction."""

from __future__ import annotations

import pytest

from conftest import typed_events


def convictions(pipeline, text: str, lang: str) -> set[tuple]:
    return {(s, t) for kind, mode, s, t in typed_events(pipeline, text, lang)
            if kind == "SANCTION" and mode == "convict"}


@pytest.mark.parametrize(("text", "lang"), [
    ("The French parliament approves a bill to punish corruption with ten years in prison.", "en"),
    ("Spain passes a law that criminalizes and punishes vote buying with life imprisonment.",
     "en"),
    # the punished named by a nationality adjective: still the law's penalty
    ("A bill to punish Russian oligarchs with ten years in prison passes in Ukraine.", "en"),
    ("أقرّ البرلمان الفرنسي مشروع قانون يعاقب على الفساد بالسجن المؤبد.", "ar"),
    ("أقرت الحكومة الإسبانية قانوناً يفرض عقوبات بالسجن تصل إلى 10 أعوام على شراء الأصوات.", "ar"),
])
def test_a_penalty_a_law_sets_convicts_no_one(pipeline, text, lang):
    assert convictions(pipeline, text, lang) == set()


@pytest.mark.parametrize(("text", "lang", "pair"), [
    ("A court in Russia sentences an American journalist to ten years in prison.", "en",
     ("RUS", "USA")),
    # the law named after the sentence, as the ground of the verdict, convicts still
    ("A Russian court sentences a French researcher to three years in prison under a law that "
     "punishes foreign agents.", "en", ("RUS", "FRA")),
    ("حكمت محكمة روسية على الصحفي الأمريكي بالسجن 10 سنوات.", "ar", ("RUS", "USA")),
    ("أصدرت محكمة روسية أحكاماً بالسجن على صحفيين أمريكيين.", "ar", ("RUS", "USA")),
])
def test_a_court_sentence_still_convicts(pipeline, text, lang, pair):
    assert pair in convictions(pipeline, text, lang)


# -- force that a stop or an end governs is what is stopped ------------------------------------
# (found from "Russia and Ukraine agree to cease all military attacks in the Black Sea", "ويتضمن
# المقترح الوقف الفوري للعمليات العسكرية داخل قطاع غزة", "ستوقف غاراتها الجوية", and the ceasefire
# "وقف فوري وغير مشروط لإطلاق النار مع تايلاند")

def assaults(pipeline, text: str, lang: str) -> set[tuple]:
    return {(s, t) for kind, _, s, t in typed_events(pipeline, text, lang) if kind == "ASSAULT"}


@pytest.mark.parametrize(("text", "lang"), [
    ("Russia and Ukraine agree to cease all military attacks in the Black Sea.", "en"),
    ("Israel agreed to halt all airstrikes on Lebanon.", "en"),
    ("Armenia announced that it would halt its shelling of Azerbaijan.", "en"),
    ("ويتضمن المقترح الأمريكي الوقف الفوري للعمليات العسكرية داخل قطاع غزة.", "ar"),
    ("أعلنت روسيا وقف الهجمات على أوكرانيا.", "ar"),
    ("أعلن ترامب أن الولايات المتحدة ستوقف غاراتها الجوية على الحوثيين.", "ar"),
    ("دعت كمبوديا إلى وقف فوري وغير مشروط لإطلاق النار مع تايلاند.", "ar"),
])
def test_force_that_is_stopped_is_no_assault(pipeline, text, lang):
    assert assaults(pipeline, text, lang) == set()


@pytest.mark.parametrize(("text", "lang", "pair"), [
    ("Russia continues its attacks on Ukraine.", "en", ("RUS", "UKR")),
    ("Russia launched military attacks on Ukraine in the Black Sea.", "en", ("RUS", "UKR")),
    ("شنت روسيا هجمات على أوكرانيا.", "ar", ("RUS", "UKR")),
    ("واصلت إسرائيل غاراتها الجوية على قطاع غزة.", "ar", ("ISR", "PSE")),
])
def test_force_that_goes_on_is_still_an_assault(pipeline, text, lang, pair):
    assert pair in assaults(pipeline, text, lang)


@pytest.mark.parametrize(("text", "lang", "pair"), [
    # another's force that was stopped (its doer named beside its noun) was done
    ("Ukrainian forces halted a Russian assault near Pokrovsk, Ukraine.", "en", ("RUS", "UKR")),
    ("Ukrainian forces stopped the Russian offensive near Kharkiv.", "en", ("RUS", "UKR")),
    ("أوقفت القوات الأوكرانية الهجوم الروسي قرب بوكروفسك.", "ar", ("RUS", "UKR")),
    # the stop word is the ceasefire's: the strikes end it
    ("أنهت إسرائيل وقف إطلاق النار بغارات مكثفة على غزة.", "ar", ("ISR", "PSE")),
])
def test_force_stopped_by_another_or_ending_a_ceasefire_is_an_assault(pipeline, text, lang,
                                                                      pair):
    assert pair in assaults(pipeline, text, lang)



# -- a protest noun that modifies a noun of a person or a group names who they are ------------
# (found from "... and protest leader Maria Kalesnikava" / "وزعيمة الاحتجاجات ماريا
# كاليسنيكافا", "designates protest music group Pussy Riot as an extremist group")

def protests(pipeline, text: str, lang: str) -> set[tuple]:
    return {(s, t) for kind, _, s, t in typed_events(pipeline, text, lang) if kind == "PROTEST"}


@pytest.mark.parametrize(("text", "lang"), [
    ("Belarus releases 123 political prisoners, including protest leader Maria Kalesnikava.",
     "en"),
    ("A court in Moscow designates protest music group Pussy Riot as an extremist group.", "en"),
    ("Serbian police question two protest leaders in Belgrade.", "en"),
    ("أفرجت بيلاروسيا عن ١٢٣ سجيناً سياسياً، بينهم زعيمة الاحتجاجات ماريا كاليسنيكافا.", "ar"),
    ("استجوبت الشرطة الصربية اثنين من قادة الاحتجاجات في بلغراد.", "ar"),
])
def test_a_protest_leader_or_group_is_no_protest(pipeline, text, lang):
    assert protests(pipeline, text, lang) == set()


@pytest.mark.parametrize(("text", "lang", "pair"), [
    ("Thousands join a protest against the government in Minsk.", "en", ("BLR", "BLR")),
    ("Students protest the arrest of opposition leaders in Istanbul, Turkey.", "en",
     ("TUR", "TUR")),
    ("خرجت احتجاجات واسعة ضد الحكومة في بلغراد.", "ar", ("SRB", "SRB")),
    ("قاد زعيم المعارضة احتجاجات ضد الحكومة في بلغراد.", "ar", ("SRB", "SRB")),
    # "protest leader" only as one compound: not over a comma or a possessive mark
    ("Thousands protest, leaders of the opposition say, in Belgrade, Serbia.", "en",
     ("SRB", "SRB")),
    ("Workers protest leaders' decision to cut wages in Athens, Greece.", "en",
     ("GRC", "GRC")),
    ("Workers protest the group's decision to cut wages in Athens, Greece.", "en",
     ("GRC", "GRC")),
    ("In Belgrade, Serbia, thousands of students protest.", "en", ("SRB", "SRB")),
])
def test_a_protest_still_fires(pipeline, text, lang, pair):
    assert pair in protests(pipeline, text, lang)


@pytest.mark.parametrize(("text", "lang", "pair"), [
    # an actor named between the penalty verb and the sentence: a state's punishment vowed,
    # then the court's verdict
    ("Russia vowed to punish the United States after a Moscow court sentenced an American "
     "journalist to ten years in prison.", "en", ("RUS", "USA")),
])
def test_a_court_sentence_after_a_punishment_vowed_convicts(pipeline, text, lang, pair):
    assert pair in convictions(pipeline, text, lang)
