"""An act whose object is something said or reported ("denies media reports", "rejects the
claim", "نفت تقارير إعلامية") is done to whoever said it, not to the doer's own people: with
its author unnamed it has no target, and an official named in what the claim says is not
the one acted on (grammar `claim_nouns`, extract.extractor._claim_object). Every sentence
is our own."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import event_quads, event_triples


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "The Chilean Defense Ministry denies media reports that the army had halted its "
           "operations."),
    ("ar", "نفت وزارة الدفاع التشيلية تقارير إعلامية أفادت بأن الجيش أوقف عملياته."),
    ("en", "Chilean officials reject the claim and say the election was fair."),
    ("en", "The Chilean government rejects the accusations."),
    ("ar", "رفضت الحكومة التشيلية الاتهامات."),
])
def test_a_claim_rejected_is_no_act_on_the_own_state(pipeline: Pipeline, lang: str,
                                                     sentence: str) -> None:
    assert ("CHL", "REJECT", "CHL") not in event_triples(pipeline, sentence, lang)


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    # a request or a proposal rejected is the own state's business
    ("en", "A Chilean court rejects a request to release the former president.",
     ("CHL", "REJECT", "CHL")),
    ("ar", "رفضت محكمة تشيلية طلبا بالإفراج عن الرئيس السابق.", ("CHL", "REJECT", "CHL")),
    ("ar", "رفض مجلس الشيوخ التشيلي مقترحا لإعادة رسم الدوائر.", ("CHL", "REJECT", "CHL")),
    # reports behind a preposition are what an act is about, not its object
    ("en", "Chilean prosecutors open an investigation into reports of police abuse.",
     ("CHL", "ACCUSE", "CHL")),
    ("ar", "فتحت النيابة العامة التشيلية تحقيقا في تقارير عن انتهاكات الشرطة.",
     ("CHL", "ACCUSE", "CHL")),
    ("en", "Chilean police arrest three people over reports of looting.",
     ("CHL", "COERCE", "CHL")),
    # allegations after a conjunction are why one resigns, not what one resigns
    ("en", "The Chilean defense minister resigns after allegations of misconduct.",
     ("CHL", "RETREAT", "CHL")),
    ("ar", "استقال وزير الدفاع التشيلي على خلفية اتهامات بسوء السلوك.",
     ("CHL", "RETREAT", "CHL")),
    # remarks given as a punishment's grounds are not its object
    ("en", "Chile releases a journalist after she served half of her prison sentence for "
           "remarks deemed insulting.",
     ("CHL", "SANCTION", "CHL")),
])
def test_other_objects_keep_the_own_state(pipeline: Pipeline, lang: str, sentence: str,
                                          expected: tuple) -> None:
    assert expected in event_triples(pipeline, sentence, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The mayor of Santiago, Chile, was found dead on Friday. The police had said they "
           "would be investigating the allegations."),
    ("ar", "عُثر على رئيس بلدية سانتياغو في تشيلي ميتاً يوم الجمعة. وكانت الشرطة قد أعلنت أنها "
           "ستحقق في هذه الادعاءات."),
])
def test_allegations_investigated_are_about_the_own_people(pipeline: Pipeline, lang: str,
                                                           text: str) -> None:
    assert ("CHL", "ACCUSE", "CHL", "planned") in event_quads(pipeline, text, lang)
