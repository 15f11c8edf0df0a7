"""A state's honour conferred on someone (an order, the highest national honour): the
state's praise of its recipient, done to its own people when no other state is named
(frame `honour`, key `always_domestic`); prizes, sports medals, contracts and the given
name "وسام" are none."""

from __future__ import annotations

import pytest

from conftest import event_triples


@pytest.mark.parametrize(("lang", "text", "pair"), [
    ("en", "Former Namibian vice-president Nickey Iyambo died on Sunday. He was awarded the Most "
     "Brilliant Order of the Sun, first class — a high national honor conferred by the "
     "president of Namibia — in 2014.", ("NAM", "NAM")),
    ("ar", "توفي نائب رئيس ناميبيا السابق نيكي إيامبو يوم الأحد. ومُنح عام 2014 وسام الشمس "
     "الأكثر تألقاً من الدرجة الأولى، وهو وسام وطني رفيع يمنحه رئيس ناميبيا.", ("NAM", "NAM")),
    ("en", "Gisèle Pelicot is awarded the Legion of Honour award, the highest civil order of "
     "merit in France.", ("FRA", "FRA")),
    ("ar", "مُنحت جيزيل بيليكو وسام جوقة الشرف، أرفع وسام استحقاق مدني في فرنسا.",
     ("FRA", "FRA")),
    ("en", "French President Emmanuel Macron awarded German Chancellor Angela Merkel the Legion "
     "of Honour.", ("FRA", "DEU")),
    ("ar", "قلّد الرئيس الفرنسي إيمانويل ماكرون المستشارة الألمانية أنغيلا ميركل وسام جوقة "
     "الشرف.", ("FRA", "DEU")),
])
def test_a_state_honour_is_its_praise(pipeline, lang: str, text: str,
                                      pair: tuple[str, str]) -> None:
    found = event_triples(pipeline, text, lang)
    assert (pair[0], "SUPPORT", pair[1]) in found, found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Argentine President Javier Milei was awarded the Genesis Prize in Israel."),
    ("en", "Kenyan runner Faith Kipyegon was awarded the gold medal in the 1500 metres."),
    ("en", "The French government awarded a contract to a Kenyan firm."),
    ("ar", "فاز الروائي الفرنسي بجائزة غونكور، وحضر الحفل الكاتب وسام يوسف."),
    ("ar", "منحت فرنسا الشركة الكينية عقدا جديدا."),
])
def test_prizes_medals_and_contracts_are_no_honour(pipeline, lang: str, text: str) -> None:
    found = event_triples(pipeline, text, lang)
    assert not any(t == "SUPPORT" for _, t, _ in found), found


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_honour_frame_is_always_domestic(lang: str) -> None:
    from diplomap.extract.frames import load_frames

    frames = load_frames(lang).by_id
    assert frames["honour"].always_domestic
    assert not frames["support"].always_domestic
