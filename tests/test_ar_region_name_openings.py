"""A region noun before a transliterated name is the region's name, no boycott (issue 9,
Arabic parity): "مقاطعة" is both a province and a boycott, and a name written with a hamza on
its opening alif ("إلمور", "إل أورو": `name_openings`) is no definite noun the boycott takes,
since the Arabic article's alif carries none. A boycott of a definite noun still is one."""

from __future__ import annotations

import pytest

from conftest import event_triples, typed_events


@pytest.mark.parametrize("text", [
    "أعلن وزير الدفاع الأميركي بيت هيغسيث عن اتفاق مع قطر لإنشاء منشأة جديدة للقوات الجوية "
    "الأميرية القطرية في قاعدة ماونتن هوم الجوية بمقاطعة إلمور في ولاية أيداهو.",
    "لقي 13 شخصاً مصرعهم في أعمال شغب داخل سجن إثر انفجارين في مدينة ماتشالا بمقاطعة إل أورو "
    "في الإكوادور.",
    "اعتقلت الشرطة الأمريكية ثلاثة رجال في بلدة صغيرة بمقاطعة إلكهارت في ولاية إنديانا.",
    "زار الرئيس المكسيكي مدينة سيوداد خواريز بمقاطعة إل باسو على الحدود مع الولايات المتحدة.",
])
def test_a_province_named_after_it_is_no_boycott(pipeline, text):
    assert not any(mode == "boycott" for _, mode, _, _ in typed_events(pipeline, text, "ar"))


@pytest.mark.parametrize(("text", "triple"), [
    ("أعلنت الولايات المتحدة مقاطعة الانتخابات في روسيا.", ("USA", "PROTEST", "RUS")),
    ("ندد الرئيس الفلسطيني بمقاطعة الشركات الأمريكية لفلسطين.", ("USA", "PROTEST", "PSE")),
    ("طالبت تركيا بمقاطعة البضائع الإسرائيلية.", ("TUR", "PROTEST", "ISR")),
])
def test_a_boycott_of_a_definite_noun_still_is_one(pipeline, text, triple):
    assert triple in event_triples(pipeline, text, "ar")
