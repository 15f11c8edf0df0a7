"""Every PLOVER type is found in an Arabic and an English sentence of our own writing
(the trigger lexicon of lang/<code>/frames.yaml, expanded by diplomap.extract.morphology).

Only the type is asserted, with the actors of the sentence among the event's source and
target where the grammar already picks them; the grammar's argument choice (source vs
target, passive agents, group expansion) has its own tests."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

CASES = {
    "AGREE": ("اتفقت مصر وإثيوبيا على استئناف المفاوضات حول السد.",
              "Brazil and Argentina agreed to resume trade talks."),
    "CONSULT": ("التقى وزير الخارجية التركي نظيره الإيراني في أنقرة.",
                "The Turkish foreign minister met his Iranian counterpart in Ankara."),
    "SUPPORT": ("رحبت قطر بقرار الأردن فتح الحدود.",
                "Norway praised Colombia for its peace efforts."),
    "CONCEDE": ("خففت الولايات المتحدة القيود المفروضة على فنزويلا.",
                "Japan eased restrictions on imports from China."),
    "COOPERATE": ("أجرت الهند وفرنسا مناورات عسكرية مشتركة.",
                  "India and France held joint military exercises."),
    "AID": ("قدمت السعودية مساعدات إنسانية إلى السودان.",
            "Germany donated medical supplies to Moldova."),
    "RETREAT": ("أفرجت إسرائيل عن أسرى فلسطينيين.",
                "Azerbaijan released Armenian prisoners."),
    "REQUEST": ("ناشدت الصومال الاتحاد الأفريقي تقديم الدعم.",
                "Somalia urged the African Union to send more troops."),
    "ACCUSE": ("اتهمت باكستان الهند بدعم المسلحين.",
               "Pakistan accused India of backing militants."),
    "REJECT": ("رفضت الجزائر مقترح المغرب.",
               "Algeria rejected the proposal of Morocco."),
    "THREATEN": ("هددت كوريا الشمالية اليابان برد عسكري.",
                 "North Korea threatened Japan with a military response."),
    "PROTEST": ("تظاهر آلاف الصرب احتجاجا على حكومة صربيا.",
                "Thousands of Serbian students protested against the government of Serbia."),
    "SANCTION": ("فرضت كندا عقوبات على إيران.",
                 "Canada imposed sanctions on Iran."),
    "MOBILIZE": ("حشدت روسيا قوات على حدود فنلندا.",
                 "Russia deployed troops near the border with Finland."),
    "COERCE": ("اعتقلت الشرطة التركية صحفيين سويديين.",
               "Turkish police arrested Swedish journalists."),
    "ASSAULT": ("قصفت الطائرات الإسرائيلية مواقع لحزب الله.",
                "Russian forces shelled the Ukrainian city of Kharkiv."),
}
ACTORS = {  # actors each sentence names (ar, en): one of them is the event's source
    "AGREE": ("EGY", "BRA"), "CONSULT": ("TUR", "TUR"), "SUPPORT": ("QAT", "NOR"),
    "CONCEDE": ("USA", "JPN"), "COOPERATE": ("IND", "IND"), "AID": ("SAU", "DEU"),
    "RETREAT": ("ISR", "AZE"), "REQUEST": ("SOM", "SOM"), "ACCUSE": ("PAK", "PAK"),
    "REJECT": ("DZA", "DZA"), "THREATEN": ("PRK", "PRK"), "PROTEST": ("SRB", "SRB"),
    "SANCTION": ("CAN", "CAN"), "MOBILIZE": ("RUS", "RUS"), "COERCE": ("TUR", "TUR"),
    "ASSAULT": ("ISR", "RUS"),
}


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.mark.parametrize("lang", ["ar", "en"])
@pytest.mark.parametrize("event_type", sorted(CASES))
def test_each_plover_type_is_found(pipeline: Pipeline, event_type: str, lang: str) -> None:
    sentence = CASES[event_type][0 if lang == "ar" else 1]
    events = pipeline(sentence, lang, "2025-03-01").extraction.events
    found = [e for e in events if e.event_type == event_type]
    assert found, [(e.event_type, e.source, e.target) for e in events]
    actor = ACTORS[event_type][0 if lang == "ar" else 1]
    assert any(actor in (e.source, e.target) for e in found)
