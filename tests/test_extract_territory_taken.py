"""Land taken by force is an assault (PLOVER ASSAULT; ONTOLOGY "Actors in events": the place
stands for its state when no other target is named), whether the place is named by a place
noun ("the town of X") or by its name alone ("captured X"), which the lexicon may not know.
People, goods or power seized stay COERCE. Sentences of our own writing."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import event_quads as events


@pytest.mark.parametrize("text, quad", [
    # a name the lexicon does not know, then its region after a comma or "in"
    ("Russian troops captured Novoselka, Kharkiv Oblast, after weeks of shelling.",
     ("RUS", "ASSAULT", "UKR", "actual")),
    # ... or its region in an apposition ("a village in", "the capital of")
    ("Russian troops captured Lypivka, a village in Kharkiv Oblast, on Monday.",
     ("RUS", "ASSAULT", "UKR", "actual")),
    ("The Rapid Support Forces seized Umm Sumeima in North Kordofan on Sunday.",
     ("ORG:rsf", "ASSAULT", "SDN", "actual")),
    # retaken, and control of it retaken
    ("The Sudanese army recaptured Bara from the Rapid Support Forces.",
     ("SDN", "ASSAULT", "ORG:rsf", "actual")),
    ("The Sudanese army retook control of Bara from the Rapid Support Forces.",
     ("SDN", "ASSAULT", "ORG:rsf", "actual")),
    # taken or liberated: read only with the place
    ("The Sudanese army says it liberated Sinja from the Rapid Support Forces.",
     ("SDN", "ASSAULT", "ORG:rsf", "actual")),
])
def test_a_named_place_taken_is_an_assault(pipeline: Pipeline, text: str,
                                           quad: tuple) -> None:
    found = events(pipeline, text)
    assert quad in found, found
    assert not any(q[1] == "COERCE" for q in found), found


@pytest.mark.parametrize("text", [
    "Ukrainian forces captured three Russian soldiers near Kupiansk.",
    "The French navy seized an oil tanker flying the flag of Gabon.",
    "The prime minister will take part in the summit in Rome with Italy.",
    "Police liberated the hostages held by the gang in Haiti.",
    "Russian forces seized Ivan Petrenko, a soldier from Kharkiv Oblast.",
])
def test_people_goods_or_a_meeting_are_no_land_taken(pipeline: Pipeline, text: str) -> None:
    found = events(pipeline, text)
    assert not any(q[1] == "ASSAULT" for q in found), found


@pytest.mark.parametrize("text", [
    "Colombian police announced the capture of Juan Carlos Mejia Restrepo, a leader of the "
    "Clan del Golfo.",
    "Ecuadorian police announced the capture of Fito Villamar on Tuesday.",
])
def test_a_full_name_captured_is_a_person(pipeline: Pipeline, text: str) -> None:
    found = events(pipeline, text)
    assert not any(q[1] == "ASSAULT" for q in found), found


@pytest.mark.parametrize("text, quad", [
    # an unknown name with no region or armed force after it is no land: a ship, a drug
    ("Oman seized the Corvina in the Gulf of Oman on Friday.", ("OMN", "COERCE", "OMN", "actual")),
    ("Police in Ghana seized Tramadol in Tema on Monday.", ("GHA", "COERCE", "GHA", "actual")),
])
def test_an_unknown_name_not_shown_a_place_stays_seized(pipeline: Pipeline, text: str,
                                                        quad: tuple) -> None:
    found = events(pipeline, text)
    assert quad in found, found
    assert not any(q[1] == "ASSAULT" for q in found), found


@pytest.mark.parametrize("text", [
    "It took Odesa weeks to repair the port after Russian strikes.",  # no one takes it
    "ISIS has taken Raqqa's residents hostage, the Syrian army said.",  # a place that owns
])
def test_a_place_not_taken_is_no_assault(pipeline: Pipeline, text: str) -> None:
    found = events(pipeline, text)
    assert not any(q[1] == "ASSAULT" for q in found), found


def test_arabic_verb_first_control_of_a_place(pipeline: Pipeline) -> None:
    found = events(pipeline, "سيطرت قوات الدعم السريع على الفاشر بعد حصار طويل.", "ar")
    assert ("ORG:rsf", "ASSAULT", "SDN", "actual") in found, found


def test_arabic_verb_first_control_of_goods_is_no_assault(pipeline: Pipeline) -> None:
    found = events(pipeline, "سيطرت قوات الدعم السريع على شاحنات الوقود في دارفور.", "ar")
    assert not any(q[1] == "ASSAULT" for q in found), found


# -- force by an armed group on people, no one else and no place named ----------------------
@pytest.mark.parametrize("text, quad", [
    ("Witnesses say ADF rebels killed dozens of civilians overnight.",
     ("ORG:adf", "ASSAULT", "COD", "actual")),
    ("Rapid Support Forces fighters killed at least twenty civilians last week.",
     ("ORG:rsf", "ASSAULT", "SDN", "actual")),
])
def test_an_insurgency_acts_in_its_own_state(pipeline: Pipeline, text: str,
                                             quad: tuple) -> None:
    found = events(pipeline, text)
    assert quad in found, found


def test_another_state_named_leaves_the_target_open(pipeline: Pipeline) -> None:
    # the act is read (its place's state is the target), never the group's home state
    found = events(pipeline, "Israeli officials say Hamas killed several civilians in Israel.")
    assert ("ORG:hamas", "ASSAULT", "ISR", "actual") in found, found
    assert ("ORG:hamas", "ASSAULT", "PSE", "actual") not in found, found


def test_an_insurgency_with_no_people_named_has_no_target(pipeline: Pipeline) -> None:
    found = events(pipeline, "M23 rebels attacked a convoy overnight.")
    assert not any(q[1] == "ASSAULT" for q in found), found


def test_arabic_an_insurgency_acts_in_its_own_state(pipeline: Pipeline) -> None:
    text = "قال مسؤول محلي إن متمردي حركة إم 23 قتلوا عشرات المدنيين الأسبوع الماضي."
    found = events(pipeline, text, "ar")
    assert ("ORG:m23", "ASSAULT", "COD", "actual") in found, found


def test_the_passive_of_an_insurgency_acts_in_its_own_state(pipeline: Pipeline) -> None:
    found = events(pipeline, "Dozens of civilians were killed by ADF rebels overnight.")
    assert ("ORG:adf", "ASSAULT", "COD", "actual") in found, found


@pytest.mark.parametrize("text, lang", [
    # a group that fights abroad too: its own state is no target unless the text is about it
    ("Hamas killed several civilians on October 7.", "en"),
    ("Hezbollah rockets killed two civilians overnight.", "en"),
    ("قتلت حماس عددا من المدنيين في هجوم مفاجئ", "ar"),
])
def test_a_group_that_fights_abroad_names_no_home_target(pipeline: Pipeline, text: str,
                                                         lang: str) -> None:
    found = events(pipeline, text, lang)
    assert not any(q[1] == "ASSAULT" and q[2] in ("PSE", "LBN") for q in found), found


def test_a_document_about_the_groups_state_is_its_target(pipeline: Pipeline) -> None:
    text = ("Lebanon's army said Hezbollah stored weapons near Lebanese villages. Lebanese "
            "officials said Lebanon would disarm the group. Hezbollah fighters killed two "
            "civilians overnight, Lebanese officials said.")
    found = events(pipeline, text)
    assert ("ORG:hezbollah", "ASSAULT", "LBN", "actual") in found, found


@pytest.mark.parametrize("text, quad", [
    # liberated (form II), the verb first, its subject between; a town named by its noun
    ("حررت القوات العراقية مدينة الموصل من تنظيم داعش بعد معارك طويلة",
     ("IRQ", "ASSAULT", "ORG:isis", "actual")),
    ("حرر الجيش السوداني بلدة أم روابة من قوات الدعم السريع",
     ("SDN", "ASSAULT", "ORG:rsf", "actual")),
])
def test_arabic_a_place_liberated_is_an_assault(pipeline: Pipeline, text: str,
                                                quad: tuple) -> None:
    found = events(pipeline, text, "ar")
    assert quad in found, found


def test_arabic_people_freed_are_no_land(pipeline: Pipeline) -> None:
    found = events(pipeline, "حرر الجيش المالي الرهائن المحتجزين لدى جماعة مسلحة", "ar")
    assert not any(q[1] == "ASSAULT" for q in found), found


# -- a town entered by an armed side ---------------------------------------------------------
@pytest.mark.parametrize("text, quad, lang", [
    ("Hundreds of Russian troops enter the city of Pokrovsk in Donetsk Oblast.",
     ("RUS", "ASSAULT", "UKR", "actual"), "en"),
    ("M23 rebels enter Walikale, North Kivu, after overrunning army positions.",
     ("ORG:m23", "ASSAULT", "COD", "actual"), "en"),
    ("Israeli troops entered the town of Khiam in southern Lebanon on Monday.",
     ("ISR", "ASSAULT", "LBN", "actual"), "en"),
    # the place named with its noun ("مدينة بوكروفسك"), a group behind its force noun
    ("دخلت القوات الروسية مدينة بوكروفسك في مقاطعة دونيتسك.", ("RUS", "ASSAULT", "UKR", "actual"),
     "ar"),
    ("دخلت قوات حركة إم 23 مدينة بوكافو عاصمة إقليم جنوب كيفو.",
     ("ORG:m23", "ASSAULT", "COD", "actual"), "ar"),
    ("قال مسؤولون إن متمردي حركة إم 23 دخلوا مدينة واليكالي في إقليم شمال كيفو.",
     ("ORG:m23", "ASSAULT", "COD", "actual"), "ar"),
    ("دخلت القوات الإسرائيلية بلدة بليدا في جنوب لبنان.", ("ISR", "ASSAULT", "LBN", "actual"),
     "ar"),
])
def test_a_town_entered_by_a_side_is_an_assault(pipeline: Pipeline, text: str, quad: tuple,
                                                lang: str) -> None:
    found = events(pipeline, text, lang)
    assert quad in found, found


@pytest.mark.parametrize("text, lang", [
    ("The agreement entered into force on Monday.", "en"),
    ("The former general entered the race for president.", "en"),
    ("The president of France entered the city of Kyiv on a train.", "en"),
    # a title the lexicon reads as the state's official of the day is a person, no side
    ("The Egyptian president entered the city of Rafah on a visit.", "en"),
    ("Prime Minister Benjamin Netanyahu entered the city of Rafah with soldiers.", "en"),
    ("The Chinese firm entered the market of Vietnam.", "en"),
    ("Israel blocks all humanitarian aid from entering Gaza as the truce ends.", "en"),
    ("دخلت الاتفاقية حيز التنفيذ يوم الاثنين.", "ar"),
    ("دخل الرئيس الفرنسي مدينة كييف على متن قطار.", "ar"),
    ("دخل الرئيس المصري مدينة رفح في زيارة تفقدية.", "ar"),
    ("تتواصل المعارك داخل مدينة بوكروفسك في مقاطعة دونيتسك.", "ar"),
    ("دخلت شاحنات المساعدات مدينة غزة صباح اليوم.", "ar"),
])
def test_no_town_entered_by_a_side_is_no_assault(pipeline: Pipeline, text: str,
                                                 lang: str) -> None:
    found = events(pipeline, text, lang)
    assert not any(q[1] == "ASSAULT" for q in found), found


# -- the target of a town entered is the state of its own land phrase ------------------------
@pytest.mark.parametrize("text, quad", [
    # the region the town lies in, after a comma or a locative, before another clause
    ("M23 rebels enter the town of Kalehe in South Kivu, as thousands flee towards Rwanda.",
     ("ORG:m23", "ASSAULT", "COD", "actual")),
    ("M23 rebels enter Kalehe, South Kivu, as thousands flee across the border to Rwanda.",
     ("ORG:m23", "ASSAULT", "COD", "actual")),
])
def test_the_land_phrase_names_the_target(pipeline: Pipeline, text: str, quad: tuple) -> None:
    found = events(pipeline, text)
    assert quad in found, found
    assert not any(q[1] == "ASSAULT" and q[2] == "RWA" for q in found), found


@pytest.mark.parametrize("text, lang", [
    # a town the lexicon does not know, its state not named with it: a state in a later
    # clause is no target
    ("M23 rebels enter the town of Kalehe, as thousands flee across the Rwanda–DRC border "
     "towards Gisenyi.", "en"),
    ("M23 rebels entered the town of Kalehe as thousands of people fled to Rwanda.", "en"),
    ("دخلت حركة إم 23 بلدة كاليهي، فيما فر آلاف الأشخاص عبر الحدود إلى رواندا.", "ar"),
])
def test_a_state_in_another_clause_is_no_land_entered(pipeline: Pipeline, text: str,
                                                      lang: str) -> None:
    found = events(pipeline, text, lang)
    assert not any(q[1] == "ASSAULT" for q in found), found


# -- the subject of what enters stands before the verb ---------------------------------------
@pytest.mark.parametrize("text, lang", [
    ("أفاد وكيل الأمين العام للأمم المتحدة للشؤون الإنسانية بأن أكثر من ألف شاحنة مساعدات "
     "دخلت قطاع غزة خلال الأسبوع الماضي.", "ar"),
    ("أعلنت الأمم المتحدة تقديم مساعدات لسكان غزة، وقالت إن مئات الشاحنات دخلت قطاع غزة.", "ar"),
    ("UN aid chief Tom Fletcher said that more than 10,000 aid trucks entered the Gaza Strip "
     "since the ceasefire began.", "en"),
])
def test_aid_trucks_entering_are_no_side(pipeline: Pipeline, text: str, lang: str) -> None:
    found = events(pipeline, text, lang)
    assert not any(q[1] == "ASSAULT" for q in found), found


@pytest.mark.parametrize("text, quad, lang", [
    ("أفاد المسؤول الأممي بأن القوات الإسرائيلية دخلت مدينة غزة صباح اليوم.",
     ("ISR", "ASSAULT", "PSE", "actual"), "ar"),
    ("The army said that Israeli troops entered the town of Khiam in southern Lebanon.",
     ("ISR", "ASSAULT", "LBN", "actual"), "en"),
])
def test_a_side_named_before_the_verb_enters(pipeline: Pipeline, text: str, quad: tuple,
                                             lang: str) -> None:
    found = events(pipeline, text, lang)
    assert quad in found, found


# -- a coordinated verb shares the subject of the nearest clause before it --------------------
@pytest.mark.parametrize("text, lang", [
    ("دخلت حركة إم 23 بلدة كاليهي، فيما فر آلاف الأشخاص عبر الحدود ووصلوا إلى مدينة غيسيني "
     "الرواندية.", "ar"),
    ("دخلت حركة إم 23 بلدة كاليهي، بينما فر آلاف المدنيين ووصلوا إلى رواندا.", "ar"),
    ("M23 rebels entered Goma, while thousands of civilians fled and arrived in Rwanda.", "en"),
])
def test_a_verb_after_another_clause_shares_its_subject(pipeline: Pipeline, text: str,
                                                       lang: str) -> None:
    found = events(pipeline, text, lang)
    assert not any(q[0] == "ORG:m23" and q[2] == "RWA" for q in found), found


@pytest.mark.parametrize("text, quad, lang", [
    # no clause between, or one whose subject is a pronoun: the subject is shared
    ("زار الرئيس الفرنسي كييف ثم وصل إلى بولندا.", ("FRA", "CONSULT", "POL", "actual"), "ar"),
    ("The French president visited Kyiv after he signed a deal and then arrived in Poland.",
     ("FRA", "CONSULT", "POL", "actual"), "en"),
])
def test_a_coordinated_verb_shares_the_subject_before(pipeline: Pipeline, text: str,
                                                      quad: tuple, lang: str) -> None:
    found = events(pipeline, text, lang)
    assert quad in found, found
