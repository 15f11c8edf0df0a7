"""An object pronoun right after an accusing verb ("accused it of ...", "accusing him of",
"متهمة إياه ...") is the accused: the names in the charge after it are not
(extractor `_pronoun_first`)."""

from __future__ import annotations

import pytest

from diplomap.extract import Pipeline

from conftest import event_quads


@pytest.mark.parametrize(("lang", "text", "charged"), [
    ("en", "Bolivia accused it of helping Chile.", "CHL"),
    ("en", "Bolivia expelled the envoy, accusing him of helping Chilean rebels.", "CHL"),
    ("en", "Bolivia blamed them for arming Chile.", "CHL"),
    ("ar", "وطردت بوليفيا المبعوث، متهمة إياه بمساعدة متمردين تشيليين.", "CHL"),
])
def test_the_charge_names_no_target(pipeline: Pipeline, lang: str, text: str,
                                    charged: str) -> None:
    found = event_quads(pipeline, text, lang)
    assert not any(kind == "ACCUSE" and target == charged
                   for _, kind, target, _ in found), found


@pytest.mark.parametrize(("lang", "text", "accused"), [
    # the accused named, or named before the pronoun in the sentence
    ("en", "Bolivia accused Peru of helping Chile.", "PER"),
    ("en", "Bolivia criticised Peru and accused it of sheltering Chilean rebels.", "PER"),
    ("en", "Bolivia summoned the Peruvian ambassador, accusing him of spying for Chile.", "PER"),
    ("ar", "اتهمت بوليفيا البيرو بمساعدة تشيلي.", "PER"),
    ("ar", "واتهم الرئيس البوليفي البيرو بمساعدة تشيلي.", "PER"),
])
def test_the_accused_stays_the_target(pipeline: Pipeline, lang: str, text: str,
                                      accused: str) -> None:
    found = event_quads(pipeline, text, lang)
    assert ("BOL", "ACCUSE", accused, "actual") in found, found
