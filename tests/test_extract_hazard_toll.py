"""What a natural hazard does ("impacted by a cold wave, killing one", "an earthquake strikes
X, shutting down power") is no state's act; a wave of strikes or a Storm Shadow missile is."""

from __future__ import annotations

import pytest

from conftest import event_triples


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Much of Canada and the contiguous United States are impacted by a cold wave, "
           "killing one person near Milwaukee, Wisconsin."),
    ("en", "A Mw 6.3 earthquake strikes Esmeraldas, Ecuador, shutting down power, damaging "
           "800 buildings and injuring 32 people."),
    ("en", "Southern Brazil is hit by heavy floods, shutting down roads."),
    ("en", "A winter storm sweeps across Kentucky, United States, reportedly killing two."),
    # Arabic reads none of these already
    ("ar", "ضربت عاصفة شتوية كندا والولايات المتحدة، مغلقة المدارس والطرق."),
    ("ar", "اجتاحت فيضانات عارمة إندونيسيا وماليزيا، قاتلة 300 شخص."),
    ("ar", "تأثرت أجزاء واسعة من كندا والولايات المتحدة بموجة برد قارس، ما أسفر عن مقتل شخص."),
])
def test_a_hazard_toll_is_no_act(pipeline, lang: str, text: str) -> None:
    found = event_triples(pipeline, text, lang)
    assert not found, found


@pytest.mark.parametrize(("text", "event"), [
    ("The United States Navy launches a wave of missile strikes across Houthi-controlled "
     "Yemen, killing at least one person in Sanaa.", ("USA", "ASSAULT", "ORG:houthis")),
    ("Ukraine fires Storm Shadow missiles at Bryansk, Russia, killing two people.",
     ("UKR", "ASSAULT", "RUS")),
    ("A bus evacuating civilians is attacked by a Russian drone near Bilopillia, Ukraine, "
     "killing nine people.", ("RUS", "ASSAULT", "UKR")),
])
def test_an_attack_toll_near_hazard_words_stays(pipeline, text: str,
                                                event: tuple[str, str, str]) -> None:
    found = event_triples(pipeline, text)
    assert event in found, found
