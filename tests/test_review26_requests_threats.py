"""Review 26 (findings 6, 7, 8, 13, 16): who a request named by its requester is made to, the
announced acts that threaten and those that do not, the Arabic future verb after "إن" and its
subject, and the pronoun written on a complementizer (both languages where the construction
exists in both)."""

from __future__ import annotations

from conftest import event_quads, event_triples


def test_request_in_a_genitive_after_bina_ala_is_read_by_the_noun(pipeline):
    """"بناء على طلب X" with no "من": X is the noun's genitive, its requester; the passive
    form must not take the trigger from the request noun."""
    text = "بناء على طلب السعودية، اجتمع مجلس الأمن لبحث الأزمة."
    assert ("SAU", "REQUEST") in {(s, t) for s, t, _ in event_triples(pipeline, text, "ar")}
