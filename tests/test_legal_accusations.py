"""Legal accusations (issue #9): a charge or a link to a crime that an authority lays on a
person or a group is its ACCUSE against them, beside the arrest or the ban it may come with;
a charge dropped, a duty one is charged with, places linked, are none."""

from conftest import event_quads, typed_events


def _accusations(found: set[tuple]) -> set[tuple]:
    return {q for q in found if q[1] == "ACCUSE"}


def test_a_charge_laid_on_a_long_described_group_accuses_them(pipeline):
    # "charge hundreds of people with treason", "charged the opposition leader with": the
    # charged one described in more words than a bare name or pronoun
    found = event_quads(pipeline, "Tanzanian authorities charge hundreds of people with "
                        "treason.")
    assert ("TZA", "ACCUSE", "TZA", "actual") in found
    found = event_quads(pipeline, "Tanzanian police charged the opposition leader with "
                        "treason.")
    assert ("TZA", "ACCUSE", "TZA", "actual") in found


def test_charged_with_a_duty_is_no_charge(pipeline):
    found = event_quads(pipeline, "The committee charged with overseeing the election met "
                        "on Monday.")
    assert not _accusations(found)
    found = event_quads(pipeline, "Electric vehicle charging stations were vandalised with "
                        "paint.")
    assert not _accusations(found)


def test_a_charge_dropped_accuses_no_one(pipeline):
    found = event_quads(pipeline, "Prosecutors dropped the charges against the former "
                        "president with little explanation.")
    assert not _accusations(found)


def test_linking_a_group_to_a_crime_alleges_it(pipeline):
    found = typed_events(pipeline, "An Australian Security Intelligence Organisation "
                         "investigation links the IRGC to at least two antisemitic attacks.")
    assert ("ACCUSE", "allege", "AUS", "IRN") in found
    found = typed_events(pipeline, "صادرت الإكوادور أصولاً من جماعة «كوماندوس الحدود» "
                         "المسلحة، التي تربطها الحكومة بالجريمة المنظمة.", "ar")
    assert ("ACCUSE", "allege", "ECU", "ORG:comandos_de_la_frontera") in found


def test_linking_places_or_describing_the_linked_alleges_nothing(pipeline):
    # a road or a cable links places; "activists linked to the attack" describes them
    for text, lang in [
            ("Gunmen opened fire on a road linking the southwestern city to the rest of "
             "Yemen.", "en"),
            ("Chile signs a deal with Google to build a cable linking South America to "
             "Australia.", "en"),
            ("وقّعت تشيلي اتفاقاً مع شركة غوغل لمدّ أول كابل بحري يربط أمريكا الجنوبية "
             "بأستراليا.", "ar"),
            # the crime named past a comma is another clause's, not where the link leads
            ("A new railway links Kenya to Uganda, cutting trafficking of goods.", "en"),
            ("A new bridge links Ghana to Togo, where attacks on traders have fallen.", "en"),
            ("يربط خط السكك الحديدية الجديد كينيا بأوغندا، بتهريب أقل للبضائع.", "ar")]:
        assert not _accusations(event_quads(pipeline, text, lang)), text


def test_an_investigation_opened_into_a_case_is_of_the_investigators_own_state(pipeline):
    # "فتحت النيابة العامة تحقيقاً في القضية": the case names no one; the Serb arrested
    # before it is not the one investigated
    found = typed_events(pipeline, "احتجزت الشرطة الكرواتية ضابطاً عسكرياً وشريكه الصربي "
                         "للاشتباه في تجسسهما لصالح صربيا، فيما فتحت النيابة العامة تحقيقاً "
                         "في القضية.", "ar")
    assert ("ACCUSE", "investigate", "HRV", "HRV") in found
    assert ("ACCUSE", "investigate", "HRV", "SRB") not in found


def test_an_investigation_opened_keeps_the_one_named_after_it(pipeline):
    found = typed_events(pipeline, "فتحت المحكمة الجنائية الدولية تحقيقا في جرائم حرب "
                         "ارتكبتها روسيا في أوكرانيا.", "ar")
    assert {q for q in found if q[:3] == ("ACCUSE", "investigate", "ICC")}


def test_an_investigation_named_after_it_keeps_its_object(pipeline):
    found = typed_events(pipeline, "نفذت الشرطة المولدوفية 250 مداهمة واعتقلت 74 شخصاً في "
                         "إطار تحقيق في مخطط مزعوم مدعوم من روسيا.", "ar")
    assert ("ACCUSE", "investigate", "MDA", "RUS") in found


def test_a_raid_is_part_of_the_inquiry_past_a_trigger_that_read_nothing(pipeline):
    # "مداهمات ... استهدفت مخططات للجريمة المنظمة، في إطار التحقيق في": "targeted" read no
    # act, so the inquiry the raids are part of is still theirs
    found = typed_events(pipeline, "نفذت الشرطة الاتحادية البرازيلية مداهمات في أنحاء البلاد "
                         "استهدفت مخططات للجريمة المنظمة في قطاع الطاقة، في إطار التحقيق في "
                         "عمليات غسل أموال واحتيال.", "ar")
    assert ("ACCUSE", "investigate", "BRA", "BRA") in found


def test_denying_the_charges_accuses_no_one(pipeline):
    # the denier answers the accuser: a rejection, never an accusation of its own
    found = event_quads(pipeline, "Ukraine accused Russia of shelling the plant. Russia "
                        "denied the charges.")
    assert ("UKR", "ACCUSE", "RUS", "actual") in found
    assert not {q for q in _accusations(found) if q[0] == "RUS"}
    assert not {q for q in _accusations(event_quads(pipeline, "نفت روسيا التهم.", "ar"))
                if q[0] == "RUS"}


def test_charges_dropped_accuse_no_one_in_arabic(pipeline):
    found = event_quads(pipeline, "أسقطت النيابة العامة الفرنسية التهم الموجهة إلى الدبلوماسي "
                        "الإيراني.", "ar")
    assert not _accusations(found)


def test_a_defendant_accused_by_no_one_named_takes_no_accuser(pipeline):
    # "accused of" describes the defendant: no state named accuses, none is chosen for it
    for text, lang in [
            ("Two Kenyan men accused of spying were released on Monday.", "en"),
            ("A court in British Columbia, Canada, rules that a man accused of killing eleven "
             "people is fit to stand trial.", "en"),
            ("قضت محكمة في مقاطعة كولومبيا البريطانية الكندية بأن رجلاً متهماً بقتل 11 شخصاً "
             "مؤهل للمحاكمة.", "ar")]:
        assert not _accusations(event_quads(pipeline, text, lang)), text
