"""A state's title right before a person's name says whom the person acts for: a lexicon
person of that name who never held an office in that state nor is from it is a namesake
("Colombian defense minister Pedro Sánchez" is not Spain's prime minister)."""

from __future__ import annotations

from diplomap.lexicon.linker import link_text

from conftest import event_triples


def _actors(text: str, lang: str) -> list[tuple[str, str]]:
    doc = link_text(text, lang, "2025-08-26")
    return [(m.entity_id, m.state or "") for m in doc.mentions]


def test_namesake_acts_for_the_title_state_en(pipeline):
    text = "Colombian defense minister Pedro Sánchez met Venezuelan foreign minister Yván Gil."
    assert not any(e == "PER:pedro_sanchez" for e, _ in _actors(text, "en"))
    triples = event_triples(pipeline, text, "en")
    assert {s for s, _, _ in triples} == {"COL"}


def test_namesake_after_of_title_en():
    text = "Defense Minister of Colombia Pedro Sánchez met Venezuelan foreign minister Yván Gil."
    assert ("COL", "COL") in _actors(text, "en")
    assert not any(e == "PER:pedro_sanchez" for e, _ in _actors(text, "en"))


def test_namesake_ar(pipeline):
    for text in ("التقى وزير الدفاع الكولومبي بيدرو سانشيز وزير الخارجية الفنزويلي إيفان خيل.",
                 "التقى وزير الدفاع الكولومبي، بيدرو سانشيز، وزير الخارجية الفنزويلي إيفان خيل.",
                 "وجّه وزير الدفاع الكولومبي بيدرو سانشيز انتقادات إلى فنزويلا."):
        triples = event_triples(pipeline, text, "ar")
        assert triples and {s for s, _, _ in triples} == {"COL"}, text


def test_namesake_surname_said_again():
    text = ("Colombian defense minister Pedro Sánchez arrived in Caracas. "
            "Sánchez accused Venezuela of sheltering the rebels.")
    assert ("COL", "COL") in _actors(text, "en")
    assert not any(e == "PER:pedro_sanchez" for e, _ in _actors(text, "en"))
    text = ("وصل وزير الدفاع الكولومبي بيدرو سانشيز إلى كراكاس. "
            "واتهم سانشيز فنزويلا بإيواء المتمردين.")
    assert not any(e == "PER:pedro_sanchez" for e, _ in _actors(text, "ar"))


def test_title_that_agrees_keeps_the_person():
    for text, lang in (("Spanish Prime Minister Pedro Sánchez met the press.", "en"),
                       ("Former Spanish prime minister Pedro Sánchez met the press.", "en"),
                       ("Israeli Prime Minister Benjamin Netanyahu met the press.", "en"),
                       ("التقى رئيس الوزراء الإسباني السابق بيدرو سانشيز الصحفيين.", "ar"),
                       ("التقى رئيس الوزراء الإسرائيلي بنيامين نتنياهو الصحفيين.", "ar")):
        assert _actors(text, lang)[0][0] in ("PER:pedro_sanchez", "PER:netanyahu"), text


def test_same_office_elsewhere_is_a_misleading_adjective():
    # "Congolese" reads as the DR Congo; the president of the Republic of the Congo it is
    for text, lang in (("Congolese president Denis Sassou Nguesso met the press.", "en"),
                       ("التقى الرئيس الكونغولي دينيس ساسو نغيسو الصحفيين.", "ar")):
        assert _actors(text, lang)[0][0] == "PER:sassou_nguesso", text


def test_organisation_title_keeps_the_person():
    # an organisation's office is not where the person is from (Kallas is Estonian)
    text = "Vice-President of the European Commission Kaja Kallas met the press."
    assert _actors(text, "en")[0][0] == "PER:kallas"


def test_title_after_the_name_keeps_the_person():
    text = "Pedro Sánchez, the Colombian envoy, met the press."
    assert _actors(text, "en")[0][0] == "PER:pedro_sanchez"
