"""Legal accusations (issue #9): a charge that an authority lays on a person or a group is
its ACCUSE against them, beside the arrest or the ban it may come with; a charge dropped,
or a duty one is charged with, is none."""

from conftest import event_quads


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
