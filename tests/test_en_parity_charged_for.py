"""English/Arabic parity: a charge laid for or over a crime, in the passive ("were charged
for the attempted rape", "had been charged over their alleged misuse"), accuses the charged
as "charged with" does; the active "charged for" is a price, no charge."""

from conftest import event_quads


def _accusations(found: set[tuple]) -> set[tuple]:
    return {q for q in found if q[1] == "ACCUSE"}


def test_charged_for_a_crime_in_the_passive_accuses(pipeline):
    for text in ["Two Romanian teenagers were charged for the attempted attack.",
                 "A German doctor is charged for allegedly killing fifteen patients in "
                 "Berlin."]:
        found = {(s, t) for s, _, t, _ in _accusations(event_quads(pipeline, text))}
        assert found, text


def test_charged_over_a_crime_in_the_passive_accuses(pipeline):
    found = event_quads(pipeline, "The Philippine anti-graft court acquits a former senator "
                        "of graft. He had been charged over the alleged misuse of a fund.")
    assert ("PHL", "ACCUSE", "PHL", "actual") in found
    found = event_quads(pipeline, "Three Iranian nationals are charged over a plot in London.")
    assert ("GBR", "ACCUSE", "IRN", "actual") in found


def test_active_charged_for_or_over_is_no_charge(pipeline):
    for text in ["The Kenyan airline charged for checked bags on domestic flights.",
                 "Russian tanks charged over the border into Ukraine."]:
        assert not _accusations(event_quads(pipeline, text)), text
