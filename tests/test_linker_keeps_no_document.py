"""Linking a document keeps nothing of it once the document is gone: the compiled reading
path once leaked a reference to every document's normalised text (a tuple assignment in
`EntityLinker.link` compiled by mypyc), and a worker grew by ~32 MB per 1,000 documents."""

from __future__ import annotations

import gc

from diplomap.lexicon.linker import default_linker
from diplomap.text import Normalized
from diplomap.text.doc import Doc


def _normalized_alive() -> int:
    gc.collect()
    return sum(type(o) is Normalized for o in gc.get_objects())


def test_linked_documents_leave_no_normalised_text_behind() -> None:
    linker = default_linker()
    linker.link(Doc("وصل الرئيس الكازاخستاني إلى موسكو.", "ar"))  # loads what loads once
    before = _normalized_alive()
    for i in range(30):
        linker.link(Doc(f"وصل وزير الخارجية المصري إلى أنقرة في زيارة رقم {i}.", "ar"))
        linker.link(Doc(f"The Egyptian foreign minister arrived in Ankara, visit {i}.", "en"))
    assert _normalized_alive() - before < 5
