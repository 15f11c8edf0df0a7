"""Actors found again by a shorter name: a person named in full earlier in the article is
named by the last word of the name alone ("Vieira said", "وقال فييرا")."""

from __future__ import annotations

from diplomap.lexicon.linker import link_text

from conftest import event_triples


def _people(text: str, lang: str) -> list[tuple[str, str]]:
    doc = link_text(text, lang, "2025-03-01")
    return [(m.text, m.entity_id) for m in doc.mentions if m.entity_id.startswith("PER:")]


def test_surname_after_full_name_en(pipeline):
    text = ("Brazilian Foreign Minister Mauro Vieira arrived in Lima on Tuesday. "
            "Vieira accused Venezuela of blocking the border crossings.")
    assert ("BRA", "ACCUSE", "VEN") in event_triples(pipeline, text, "en")


def test_surname_after_full_name_ar(pipeline):
    text = ("وصل وزير الخارجية البرازيلي ماورو فييرا إلى ليما يوم الثلاثاء. "
            "واتهم فييرا فنزويلا بإغلاق المعابر الحدودية.")
    assert ("BRA", "ACCUSE", "VEN") in event_triples(pipeline, text, "ar")


def test_surname_takes_a_title_before_it():
    text = "Mauro Vieira flew to Lima. Foreign Minister Vieira then met the press."
    assert [p for _, p in _people(text, "en")] == ["PER:vieira", "PER:vieira"]


def test_no_surname_before_the_full_name():
    text = "Vieira spoke first. Then Mauro Vieira left for Lima."
    assert _people(text, "en") == [("Mauro Vieira", "PER:vieira")]


def test_no_surname_inside_another_name_en():
    text = "Mauro Vieira met the mayor. Ana Vieira, a local judge, was not there."
    assert _people(text, "en") == [("Mauro Vieira", "PER:vieira")]


def test_word_after_a_name_particle_is_no_surname():
    # "مايو" of "دي مايو" is the month May: it does not stand for the envoy
    text = "زار المبعوث لويجي دي مايو الرياض. وسيعود في مايو المقبل."
    assert [p for _, p in _people(text, "ar")] == ["PER:di_maio"]


def test_regnal_number_is_no_surname():
    text = "استقبل الملك تشارلز الثالث الضيوف. وجاء الفريق الثالث متأخرا."
    assert len(_people(text, "ar")) == 1


def test_month_is_no_surname():
    text = "Prime Minister Theresa May met the press. The talks failed in May."
    assert len(_people(text, "en")) == 1


def test_model_noun_is_no_city():
    # "طراز" is "model, type": the city Taraz only as "مدينة طراز" or "تاراز"
    text = "أرسلت بولندا طائرات من طراز إف-16 إلى رومانيا، ثم زار وزيرها مدينة طراز."
    doc = link_text(text, "ar", "2025-03-01")
    assert [m.entity_id for m in doc.mentions if m.entity_id == "LOC:taraz"] == ["LOC:taraz"]
    assert all(m.text != "طراز" for m in doc.mentions)
