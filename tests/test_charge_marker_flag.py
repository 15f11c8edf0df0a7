"""An Arabic reason marker ("بتهمة") names an arrest's charge by itself (grammar flag
`reason_names_charge`), read from the one list `reason_markers`; English "for" does not."""

from __future__ import annotations

from dataclasses import replace

from diplomap.extract import extractor as ex
from diplomap.extract.extractor import Extractor
from diplomap.extract.grammar import grammar
from diplomap.extract.sentence import view_sentence
from diplomap.lexicon import EntityLinker, load_lexicon
from diplomap.text import Doc


def _view(text: str, lang: str):
    extractor = Extractor(load_lexicon(()), lang)
    doc = Doc(text, lang=lang)
    doc.mentions = EntityLinker(extractor.lexicon).link(doc)
    start, end = doc.sentences[0]
    return view_sentence(doc.text, 0, start, end, doc.mentions_in(0),
                         lambda eid: extractor._resolve(eid, None), extractor.grammar)


def test_the_flag_is_set_per_language_and_reads_the_reason_markers() -> None:
    ar, en = grammar("ar"), grammar("en")
    assert ar.reason_names_charge and not en.reason_names_charge
    assert not hasattr(ar, "charge_markers")  # one list: reason_markers


def test_a_reason_marker_opens_a_charge_only_under_the_flag() -> None:
    view = _view("اعتقلت الشرطة رجلين بتهمة السرقة.", "ar")
    at = next(k for k, w in enumerate(view.words) if not view.grammar.reason_markers.isdisjoint(w))
    assert ex._charge_opens(view, at, 0)
    view.grammar = replace(view.grammar, reason_names_charge=False)
    assert not ex._charge_opens(view, at, 0)


def test_an_english_reason_marker_opens_no_charge() -> None:
    view = _view("Police arrested two men for robbery.", "en")
    at = next(k for k, w in enumerate(view.words) if "for" in w)
    assert not ex._charge_opens(view, at, 0)
