"""Cooperative acts told apart by their construction (issue 9, the cooperative side of the
tune split's type confusions). Every sentence is our own."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import typed_events

# A ceasefire one side declares is its promise to hold fire: a concession (ONTOLOGY: CONCEDE
# is also a promised retreat), not the ceasefire itself (lang/<code>/frames.yaml
# `ceasefire_declared`; found from "The Naxalites declare an indefinite unilateral
# ceasefire", "Putin declares a three-day ceasefire in Ukraine", and their Arabic renderings).
DECLARED = [
    ("en", "The ELN rebels declared an indefinite unilateral ceasefire in Colombia.", "ORG:eln",
     "COL"),
    ("en", "Azerbaijan declares a two-day ceasefire in Armenia.", "AZE", "ARM"),
    ("ar", "أعلنت أذربيجان وقفا لإطلاق النار في أرمينيا لمدة يومين.", "AZE", "ARM"),
    ("ar", "أعلن الرئيس الأذربيجاني إلهام علييف وقفا أحاديا لإطلاق النار في أرمينيا.", "AZE",
     "ARM"),
]


@pytest.mark.parametrize(("lang", "sentence", "source", "target"), DECLARED)
def test_a_declared_ceasefire_is_a_concession(pipeline: Pipeline, lang: str, sentence: str,
                                              source: str, target: str) -> None:
    found = typed_events(pipeline, sentence, lang)
    assert ("CONCEDE", None, source, target) in found, found
    assert not {t for t, *_ in found} & {"RETREAT"}, found


@pytest.mark.parametrize(("lang", "sentence"), [
    # a ceasefire reached or agreed with a partner is the ceasefire itself
    ("en", "Armenia reached a ceasefire with Azerbaijan."),
    ("en", "Armenia and Azerbaijan agreed to a ceasefire."),
    ("ar", "توصلت أرمينيا إلى وقف لإطلاق النار مع أذربيجان."),
    ("ar", "اتفقت أرمينيا وأذربيجان على وقف إطلاق النار."),
    # one declared with a partner is the joint ceasefire (tests/test_rules_wave8_verbal.py)
    ("en", "Armenia declared a ceasefire with Azerbaijan."),
    ("ar", "أعلنت أرمينيا وقفا لإطلاق النار مع أذربيجان."),
    # what is declared about a ceasefire declares none
    ("en", "Armenia declared that the ceasefire with Azerbaijan had collapsed."),
    ("en", "Armenia declared the ceasefire over."),
    ("en", "Armenia declared the ceasefire with Azerbaijan dead."),
    # ... nor what another did to one ("that X violated a ceasefire")
    ("ar", "أعلنت أرمينيا أن أذربيجان انتهكت وقفا لإطلاق النار."),
    ("ar", "أعلن الرئيس الأرميني أن الجيش الأذربيجاني خرق وقفا لإطلاق النار."),
])
def test_a_ceasefire_not_declared_by_one_side_concedes_nothing(pipeline: Pipeline, lang: str,
                                                               sentence: str) -> None:
    found = typed_events(pipeline, sentence, lang)
    assert "CONCEDE" not in {t for t, *_ in found}, found



@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "The United States declared a ceasefire between Armenia and Azerbaijan."),
    ("en", "The United States declared a ceasefire in Karabakh between Armenia and Azerbaijan."),
    ("ar", "أعلنت الولايات المتحدة وقفا لإطلاق النار بين أرمينيا وأذربيجان."),
])
def test_a_ceasefire_declared_between_two_others_is_theirs(pipeline: Pipeline, lang: str,
                                                            sentence: str) -> None:
    # the one who declares it holds no fire of its own: the ceasefire is the pair's
    found = typed_events(pipeline, sentence, lang)
    assert "CONCEDE" not in {t for t, *_ in found}, found
    assert ("ARM", "AZE") in {(s, t) for kind, _, s, t in found if kind == "RETREAT"} | {
        (t, s) for kind, _, s, t in found if kind == "RETREAT"}, found

# An amnesty forgives a whole class of people: a concession, not the release of named people
# that a pardon is (lang/en/frames.yaml `concede`: amnesty; lang/ar/frames.yaml `concede`:
# "عفو عام", "عفوا لجميع"; found from "a congressional bill granting amnesty to all
# military, police, and other self-defense personnel" (wcep:2025-08-13:013), "will release
# 5,864 prisoners under an amnesty" (wcep:2025-01-04:013), "The Tatmadaw grants amnesty to
# over 3,000 political prisoners" (wcep:2025-11-26:018), gold CONCEDE in each).
@pytest.mark.parametrize(("lang", "sentence", "state"), [
    ("en", "The Egyptian parliament passed a law granting amnesty to all political prisoners.",
     "EGY"),
    ("en", "The Sudanese army granted amnesty to 2,000 soldiers.", "SDN"),
    ("ar", "أصدرت الحكومة المصرية عفوا عاما عن المعارضين.", "EGY"),
    ("ar", "منحت الحكومة المصرية عفوا لجميع المعتقلين السياسيين.", "EGY"),
])
def test_an_amnesty_is_a_concession(pipeline: Pipeline, lang: str, sentence: str,
                                    state: str) -> None:
    found = typed_events(pipeline, sentence, lang)
    assert ("CONCEDE", None, state, state) in found, found
    assert "RETREAT" not in {t for t, *_ in found}, found


@pytest.mark.parametrize(("lang", "sentence"), [
    # a pardon frees the ones it names
    ("en", "Egyptian president Abdel Fattah el-Sisi pardoned the activist Alaa Abd El-Fattah."),
    ("ar", "أصدر الرئيس المصري عبد الفتاح السيسي عفوا عن الناشط علاء عبد الفتاح."),
    ("ar", "منح الرئيس المصري عبد الفتاح السيسي عفوا لـ50 سجينا."),
])
def test_a_pardon_stays_a_release(pipeline: Pipeline, lang: str, sentence: str) -> None:
    found = typed_events(pipeline, sentence, lang)
    assert ("RETREAT", "release", "EGY", "EGY") in found, found
    assert "CONCEDE" not in {t for t, *_ in found}, found


# A dissident, activist or journalist freed "from jail" is released (RETREAT), not jailed:
# the noun after "from" or "out of" is where one leaves (lang/en/frames.yaml
# `sanction_convict` jail's not_before; lang/en/grammar.yaml `released_patients`; found from
# "The Government of Cuba releases dissident and human rights activist José Daniel Ferrer
# from jail" (wcep:2025-01-16:015, read SANCTION/convict) and, in ../shared/devdata, "releases
# Italian journalist Cecilia Sala from prison", "released from jail on US$2 million bond").
@pytest.mark.parametrize(("sentence", "source", "target"), [
    ("The Government of Nicaragua releases dissident and activist Felix Maradiaga from jail.",
     "NIC", "NIC"),
    ("The Iranian government releases French journalist Cecile Kohler from prison.", "IRN",
     "FRA"),
])
def test_released_from_jail_is_a_release(pipeline: Pipeline, sentence: str, source: str,
                                         target: str) -> None:
    found = typed_events(pipeline, sentence)
    assert ("RETREAT", "release", source, target) in found, found
    assert "SANCTION" not in {t for t, *_ in found}, found


@pytest.mark.parametrize(("sentence", "expected"), [
    # jailing stays a sanction
    ("A Nicaraguan court jailed the activist Felix Maradiaga.", "SANCTION"),
    # what is released about an activist frees no one
    ("Nicaragua released a report on the activist Felix Maradiaga.", ""),
    ("The Nicaraguan government released a video of the journalist Felix Maradiaga.", ""),
])
def test_release_look_alikes(pipeline: Pipeline, sentence: str, expected: str) -> None:
    types = {t for t, *_ in typed_events(pipeline, sentence)}
    assert (not expected or expected in types) and "RETREAT" not in types, types
