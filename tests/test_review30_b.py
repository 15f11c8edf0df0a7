"""Review of stop 30 (findings 5, 6, 10, 17, 22): constructions the wave-8 rules misread,
each on a sentence of our own writing."""

from __future__ import annotations

import pytest
import yaml

from diplomap.extract.frames import parse_frames

from conftest import REPO, event_quads


def test_place_crossed_from_is_no_side_of_clashes(pipeline) -> None:
    # finding 5: with one side named, "from Syria" says where the others came from
    text = ("Four smugglers are killed in clashes between Jordanian border forces and armed "
            "groups attempting to cross from Syria.")
    assert not any("SYR" in (q[0], q[2]) for q in event_quads(pipeline, text))


def test_origin_of_the_unnamed_side_is_no_target(pipeline) -> None:
    text = "Clashes erupt between Kenyan police and gunmen from Somalia."
    assert not any("SOM" in (q[0], q[2]) for q in event_quads(pipeline, text))


def test_list_of_partners_is_no_sanction(pipeline) -> None:
    # finding 6: only a list that marks its names as failing or hostile
    for text in ("Japan added India to its list of trusted partners.",
                 "UNESCO adds Ukraine's Odesa to its World Heritage list.",
                 "The EU added Georgia to its list of safe countries."):
        assert not any(q[1] == "SANCTION" for q in event_quads(pipeline, text)), text


def test_hostile_list_stays_a_sanction(pipeline) -> None:
    text = "China adds six American companies to its Unreliable Entity List."
    assert ("CHN", "SANCTION", "USA", "actual") in event_quads(pipeline, text)


def test_list_of_partners_is_no_sanction_arabic(pipeline) -> None:
    text = "أضافت اليابان الهند إلى قائمة الشركاء الموثوقين."
    assert not any(q[1] == "SANCTION" for q in event_quads(pipeline, text, "ar"))


def test_hostile_list_stays_a_sanction_arabic(pipeline) -> None:
    text = "أدرجت الولايات المتحدة كوبا على قائمة الدول الراعية للإرهاب."
    assert ("USA", "SANCTION", "CUB", "actual") in event_quads(pipeline, text, "ar")


def test_state_facing_charges_with_no_accuser_is_no_domestic_act(pipeline) -> None:
    # finding 10: a state is not tried by itself
    text = "Israel faces charges of genocide at the International Court of Justice."
    assert ("ISR", "ACCUSE", "ISR", "actual") not in event_quads(pipeline, text)
    text = "Russia is accused of war crimes."
    assert ("RUS", "ACCUSE", "RUS", "actual") not in event_quads(pipeline, text)


def test_state_facing_charges_arabic(pipeline) -> None:
    text = "تواجه إسرائيل تهما بالإبادة الجماعية أمام محكمة العدل الدولية."
    assert ("ISR", "ACCUSE", "ISR", "actual") not in event_quads(pipeline, text, "ar")


def test_official_facing_charges_stays_accused_at_home(pipeline) -> None:
    text = "Pakistan's former prime minister faces charges of corruption."
    assert ("PAK", "ACCUSE", "PAK", "actual") in event_quads(pipeline, text)


def test_a_linked_frame_id_that_names_no_frame_fails_at_load() -> None:
    # finding 11: `unpaired`, `unbrokered`, `sum_named` are checked when the frames load
    path = REPO / "src" / "diplomap" / "lang" / "en" / "frames.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    clash = next(f for f in data["frames"] if f.get("unpaired"))
    clash["unpaired"] = "assualt"
    with pytest.raises(ValueError, match="assualt"):
        parse_frames(data, str(path), "en")


def test_death_toll_of_a_raid_counts_its_deaths(pipeline) -> None:
    # finding 17: a toll noun (toll_nouns) counts deaths as a casualty verb does
    text = "The death toll of a Nigerian army raid in Borno rises to nine."
    assert ("NGA", "ASSAULT", "NGA", "actual") in event_quads(pipeline, text)


def test_death_toll_in_the_construct_state_arabic(pipeline) -> None:
    text = "ارتفعت حصيلة قتلى المداهمة التي نفذتها الشرطة في مدينة لاغوس النيجيرية إلى تسعة."
    assert ("NGA", "ASSAULT", "NGA", "actual") in event_quads(pipeline, text, "ar")
