"""A second event between the same actors: the charge an arrest or a punishment is made on
is the punishing state's accusation of the punished (ACCUSE), besides the act itself; a
reason that names no charge ("for the second time", "على خلفية الأحداث") is none."""

from conftest import event_quads


def test_an_arrest_on_charges_a_modifier_names_accuses_the_arrested(pipeline):
    # "orders the arrest of X on bribery charges": the kind of charge between "on" and
    # "charges", as "بتهم فساد" names it in Arabic
    found = event_quads(pipeline, "A court in Peru orders the arrest of former Peruvian "
                        "president Martin Vizcarra on bribery charges.")
    assert ("PER", "COERCE", "PER", "actual") in found
    assert ("PER", "ACCUSE", "PER", "actual") in found
    found = event_quads(pipeline, "Kenyan police arrest two Ugandan activists on terrorism "
                        "charges.")
    assert ("KEN", "ACCUSE", "UGA", "actual") in found
    found = event_quads(pipeline, "أصدرت محكمة بيروفية أمراً باعتقال الرئيس البيروفي السابق "
                        "مارتن فيزكارا بتهم فساد.", "ar")
    assert ("PER", "ACCUSE", "PER", "actual") in found


def test_a_reason_that_names_no_charge_accuses_no_one(pipeline):
    found = event_quads(pipeline, "Kenyan police arrest two Ugandan activists for the second "
                        "time.")
    assert ("KEN", "COERCE", "UGA", "actual") in found
    assert not any(q[1] == "ACCUSE" for q in found)
    found = event_quads(pipeline, "The United States sanctions two Iranian officials for the "
                        "first time.")
    assert not any(q[1] == "ACCUSE" for q in found)
    found = event_quads(pipeline, "اعتقلت الشرطة الكينية ناشطين أوغنديين على خلفية الأحداث.",
                        "ar")
    assert ("KEN", "COERCE", "UGA", "actual") in found
    assert not any(q[1] == "ACCUSE" for q in found)


def test_charges_named_as_known_or_all_of_them_accuse_no_one(pipeline):
    # a determiner between "on" and "charges": charges spoken of, or a verdict on all of
    # them, not the kind of charge an act is made on
    found = event_quads(pipeline, "A court in Brazil acquitted the former president on all "
                        "charges.")
    assert not any(q[1] == "ACCUSE" for q in found), found
    found = event_quads(pipeline, "France was silent on the espionage charges that Russia "
                        "brought against its citizen.")
    assert ("FRA", "ACCUSE", "RUS", "actual") not in found, found
    # the kind of charge stays read
    found = event_quads(pipeline, "Russian police arrested two French activists on espionage "
                        "charges.")
    assert ("RUS", "ACCUSE", "FRA", "actual") in found, found
