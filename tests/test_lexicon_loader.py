"""Lexicon loading, validation, CLDR derivation, nisba forms and dated roles."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from diplomap.lexicon import LexiconError, load_lexicon, nisba_forms
from diplomap.lexicon.loader import DATA_DIR, data_files

_UN_A2 = (
    "AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM "
    "CA CF TD CL CN CO KM CG CD CR CI HR CU CY CZ DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA "
    "GM GE DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KW KG LA LV "
    "LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MD MC MN ME MA MZ MM NA NR NP NL NZ NI "
    "NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA KR KP RO RU RW KN LC VC WS SM ST SA SN RS SC SL "
    "SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TZ TH TL TG TO TT TN TR TM TV UG UA AE GB US UY "
    "UZ VU VE VN YE ZM ZW"
)
UN_MEMBERS_A2 = _UN_A2.split()
GOLD_TERRITORIES = (
    "SOUTH_OSSETIA",
    "ABKHAZIA",
    "UKR_SEPARATIST_REGIONS",
    "GOLAN",
    "WESTERN_SAHARA",
    "TWN",
    "XKX",
    "CRIMEA",
    "TRANSNISTRIA",
    "NORTHERN_CYPRUS",
)


def write(tmp_path: Path, text: str, name: str = "user.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_every_un_member_and_observer_is_a_state() -> None:
    lex = load_lexicon()
    states = lex.by_kind("state")
    assert len(UN_MEMBERS_A2) == 193
    assert {e.a2 for e in states} >= set(UN_MEMBERS_A2)
    assert {"PSE", "VAT"} <= {e.id for e in states}
    for ent in states:
        assert len(ent.id) == 3 and ent.id.isupper()
        assert ent.qid and ent.qid.startswith("Q"), ent.id
        assert ent.names["ar"] and ent.names["en"], ent.id
    for tid in GOLD_TERRITORIES:
        assert lex.entity(tid) is not None, tid


def test_states_yaml_fields_are_in_the_right_script() -> None:
    raw = yaml.safe_load((DATA_DIR / "states.yaml").read_text(encoding="utf-8"))
    for ent in raw:
        for form in (
            ent.get("nisba", []) + ent.get("people", []) + ent.get("capital", {}).get("ar", [])
        ):
            assert any("\u0600" <= c <= "\u06ff" for c in form), (ent["id"], form)
        for form in ent.get("demonyms", []) + ent.get("capital", {}).get("en", []):
            assert form.isascii(), (ent["id"], form)


def test_cldr_names_are_added() -> None:
    kaz = load_lexicon().entity("KAZ")
    assert "كازاخستان" in kaz.names["ar"] and "Kazakhstan" in kaz.names["en"]
    assert "مالي" not in load_lexicon().entity("MLI").names["ar"]  # excluded: "financial"


def test_nisba_forms() -> None:
    forms = nisba_forms("كازاخستاني")
    for form in (
        "كازاخستاني",
        "الكازاخستاني",
        "الكازاخستانية",
        "الكازاخستانيون",
        "الكازاخستانيين",
        "كازاخستانيان",
        "الكازاخستانيات",
    ):
        assert form in forms
    assert "الكورية الشمالية" in nisba_forms("كوري شمالي")


def test_data_files_order_and_titles() -> None:
    names = [p.name for p in data_files()]
    assert names[:2] == ["states.yaml", "titles.yaml"]
    lex = load_lexicon()
    assert lex.entity("TITLE:president").kind == "title"
    assert lex is load_lexicon()  # cached


def test_user_file_extends_and_overrides(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
- id: KAZ
  names: {ar: [بلاد السهوب الكبرى]}
- id: PER:test_minister
  kind: person
  en: Test Minister
  names: {ar: [الوزير التجريبي]}
  roles:
    - {title: foreign_minister, state: KAZ, start: 2001, end: 2003-06}
    - {title: prime_minister, state: KAZ, start: 2003-07}
""",
    )
    lex = load_lexicon([path])
    assert "بلاد السهوب الكبرى" in lex.entity("KAZ").names["ar"]
    assert lex.entity("KAZ").kind == "state"
    assert lex.person_state("PER:test_minister", "2002-05-05") == ("KAZ", "foreign_minister")
    assert lex.person_state("PER:test_minister", "2003-06-30") == ("KAZ", "foreign_minister")
    assert lex.person_state("PER:test_minister", dt.date(2010, 1, 1)) == ("KAZ", "prime_minister")
    assert lex.person_state("PER:test_minister", "1999") is None
    assert lex.office_holder("KAZ", "foreign_minister", "2002") == "PER:test_minister"
    assert lex.office_holder("KAZ", "foreign_minister", "2005") != "PER:test_minister"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- {id: X, kind: state, en: X, qid: 12}", "qid"),
        ("- {id: NEWTHING, en: X}", "needs `kind`"),
        ("- {id: X, kind: state, en: X, nisba: [كازاخستان]}", "must end in ي"),
        (
            "- {id: X, kind: person, en: X, roles: [{title: president, state: KAZ, start: soon}]}",
            "not an ISO date",
        ),
        (
            "- {id: X, kind: person, en: X, roles: [{title: president, state: NOWHERE}]}",
            "unknown entity 'NOWHERE'",
        ),
        (
            "- {id: X, kind: person, en: X, roles: [{title: president, state: KAZ, start: 2020,"
            " end: 2010}]}",
            "ends before it starts",
        ),
        ("- {id: X, kind: org, en: X, names: {ar: [1, 2]}}", "`names.ar` must be"),
        ("{id: X}", "expected a YAML list"),
        ("- {kind: state}", "`id` must be"),
        ("- [oops", "cannot read"),
    ],
)
def test_validation_errors_name_file_and_entity(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(LexiconError) as err:
        load_lexicon([path])
    assert str(path) in str(err.value)
    assert message in str(err.value)


def test_missing_user_file(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="no such lexicon file"):
        load_lexicon([tmp_path / "absent.yaml"])


def test_unknown_keys_are_kept(tmp_path: Path) -> None:
    path = write(tmp_path, "- {id: ORG:test_group, kind: organization, en: X, members: [KAZ]}")
    assert load_lexicon([path]).entity("ORG:test_group").extra == {"members": ["KAZ"]}


def test_kazakh_presidents_by_date_in_package_data() -> None:
    lex = load_lexicon()
    if lex.entity("PER:nazarbayev") is None or lex.entity("PER:tokayev") is None:
        pytest.skip("persons.yaml lacks Nazarbayev or Tokayev")
    assert lex.office_holder("KAZ", "president", "2015-06-01") == "PER:nazarbayev"
    assert lex.office_holder("KAZ", "president", "2024-01-01") == "PER:tokayev"
    assert lex.person_state("PER:tokayev", "2024") == ("KAZ", "president")
