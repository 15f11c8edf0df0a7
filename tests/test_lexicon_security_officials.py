"""Defence and interior ministers, security advisers, intelligence chiefs, chiefs of staff,
UN envoys and heads of international bodies: a mention resolves to the state or body the
person acts for on the document's date, and to no other role once the term has ended;
forms shared with places, companies or better-known namesakes stay theirs."""

from __future__ import annotations

import pytest

from diplomap.lexicon import default_linker, load_lexicon
from diplomap.text import Doc


def first(text: str, lang: str, date: str) -> tuple[str, str | None]:
    (mention, *_) = default_linker().link(Doc(text, lang, date))
    return mention.entity_id, mention.state


@pytest.mark.parametrize(("text", "lang", "date", "person", "state"), [
    ("التقى وزير الدفاع الألماني بوريس بيستوريوس", "ar", "2024-03-01", "PER:pistorius", "DEU"),
    ("Pistorius visited Kyiv", "en", "2024-03-01", "PER:pistorius", "DEU"),
    ("زار ديندياس قبرص", "ar", "2024-05-01", "PER:dendias", "GRC"),
    ("Crosetto announced new funding", "en", "2023-05-01", "PER:crosetto", "ITA"),
    ("وقع كوسينياك كاميش اتفاقا", "ar", "2024-05-01", "PER:kosiniak_kamysz", "POL"),
    ("John Healey met his counterparts", "en", "2025-02-01", "PER:healey", "GBR"),
    ("قال مارلز إن بلاده", "ar", "2025-08-05", "PER:marles", "AUS"),
    ("Nakatani spoke by phone", "en", "2025-01-10", "PER:nakatani", "JPN"),
    ("التقى وزير الدفاع الصيني دونغ جون", "ar", "2024-06-01", "PER:dong_jun", "CHN"),
    ("أعلن عزيز نصير زاده", "ar", "2025-01-01", "PER:nasirzadeh", "IRN"),
    ("قال غيراسيموف إن القوات", "ar", "2025-11-21", "PER:gerasimov", "RUS"),
    ("Budanov said the strike", "en", "2024-09-01", "PER:budanov", "UKR"),
    ("وصل ديفيد برنياع إلى الدوحة", "ar", "2025-01-11", "PER:barnea", "ISR"),
    ("التقى أجيت دوفال", "ar", "2025-05-01", "PER:doval", "IND"),
    ("التقى الشيخ طحنون بن زايد", "ar", "2024-06-01", "PER:tahnoun", "ARE"),
    ("أعلن السعيد شنقريحة", "ar", "2024-06-01", "PER:chanegriha", "DZA"),
    ("قال المبعوث الأممي هانس غروندبرغ", "ar", "2024-02-01", "PER:grundberg", "UN"),
    ("Grundberg briefed the Council", "en", "2024-02-01", "PER:grundberg", "UN"),
    ("رحبت هانا تيتيه بالاتفاق", "ar", "2025-06-01", "PER:tetteh", "UN"),
    ("قال رمطان لعمامرة", "ar", "2024-06-01", "PER:lamamra", "UN"),
    ("Ajay Banga announced a loan", "en", "2024-06-01", "PER:banga", "WORLD_BANK"),
    ("قالت روبرتا ميتسولا", "ar", "2024-06-01", "PER:metsola", "EP"),
    ("Lagarde kept rates unchanged", "en", "2024-06-01", "PER:lagarde", "ECB"),
    ("أعلن دوجاريك", "ar", "2024-06-01", "PER:dujarric", "UN"),
    ("Darmanin ordered the expulsion", "en", "2023-06-01", "PER:darmanin", "FRA"),
    ("قال دوبرينت إن ألمانيا", "ar", "2025-06-01", "PER:dobrindt", "DEU"),
])
def test_official_acts_for_the_body_of_the_date(
        text: str, lang: str, date: str, person: str, state: str) -> None:
    assert first(text, lang, date) == (person, state)


@pytest.mark.parametrize(("person", "during", "after", "state", "title"), [
    ("PER:reznikov", "2022-06-01", "2024-01-01", "UKR", "defence_minister"),
    ("PER:nakatani", "2025-03-01", "2025-11-15", "JPN", "defence_minister"),
    ("PER:grandi", "2020-01-01", "2026-03-01", "UNHCR", "high_commissioner_refugees"),
    ("PER:geir_pedersen", "2023-01-01", "2025-12-01", "UN", "envoy"),
    ("PER:bathily", "2023-06-01", "2024-08-01", "UN", "envoy"),
    ("PER:lecornu", "2024-01-01", "2025-10-01", "FRA", "defence_minister"),
    ("PER:prabowo", "2023-01-01", "2025-01-01", "IDN", "defence_minister"),
    ("PER:patrushev", "2020-01-01", "2025-01-01", "RUS", "security_council_secretary"),
    ("PER:hossein_salami", "2022-01-01", "2025-07-01", "ORG:irgc", "commander"),
    ("PER:milley", "2021-01-01", "2024-01-01", "USA", "chief_of_staff"),
])
def test_role_held_in_term_and_not_after(
        person: str, during: str, after: str, state: str, title: str) -> None:
    lexicon = load_lexicon()
    assert lexicon.person_state(person, during) == (state, title)
    assert lexicon.person_state(person, after) != (state, title)


@pytest.mark.parametrize(("text", "lang", "date", "holder"), [
    ("قال وزير الدفاع الألماني", "ar", "2024-03-01", "PER:pistorius"),
    ("قال وزير الدفاع الألماني", "ar", "2022-06-01", "PER:lambrecht"),
    ("The Japanese defence minister said", "en", "2025-03-01", "PER:nakatani"),
    ("The Japanese defence minister said", "en", "2025-11-05", "PER:shinjiro_koizumi"),
    ("قال وزير الدفاع التركي", "ar", "2024-01-01", "PER:yasar_guler"),
    ("قال وزير الدفاع التركي", "ar", "2020-01-01", "PER:akar"),
])
def test_title_finds_the_holder_of_the_date(text: str, lang: str, date: str, holder: str) -> None:
    assert first(text, lang, date)[0] == holder


@pytest.mark.parametrize(("text", "lang", "want"), [
    # places, boats and companies that share a form
    ("عبرت الأمطار ولاية ريو غراندي دو سول", "ar", ["LOC:rio_grande_do_sul"]),
    ("غرق قارب من طراز بانغا", "ar", []),
    ("أعلنت شركة فايزر عن لقاح", "ar", ["ORG:pfizer"]),
    ("Storms hit Austin on Monday", "en", []),
    # better-known namesakes keep their bare and full names
    ("قال الرئيس الأرجنتيني خافيير ميلي", "ar", ["PER:milei"]),
    ("قال ميلي إن الاقتصاد", "ar", ["PER:milei"]),
    ("Tony Blair said", "en", ["PER:blair"]),
    ("Colin Powell said", "en", ["PER:powell"]),
    ("قال الرئيس محمود عباس", "ar", ["PER:abbas"]),
    ("قال علي باقري كني", "ar", ["PER:bagheri_kani"]),
    ("قالت نيكي هيلي", "ar", []),
    ("André Azoulay said", "en", []),
    ("Naftali Bennett said", "en", []),
    ("Junichiro Koizumi said", "en", []),
])
def test_shared_forms_stay_with_their_owner(text: str, lang: str, want: list[str]) -> None:
    got = [m.entity_id for m in default_linker().link(Doc(text, lang, "2025-06-01"))]
    assert got == want


def test_a_commander_of_a_states_organ_acts_for_the_state() -> None:
    from diplomap.extract.pipeline import Pipeline

    reading = Pipeline(model="rules")("The United States killed Qasem Soleimani in Baghdad.",
                                      "en", "2020-01-03")
    parties = {(e.source, e.target) for e in reading.extraction.events}
    assert ("USA", "IRN") in parties and not any("ORG:irgc" in p for p in parties)
