"""Constructions of whole news articles (issue 9, the Wikinews tune split), on sentences of
our own writing, each with near-misses that must not fire.

- Legalising same-sex marriage concedes it (CONCEDE), in Arabic as in English: the legalised
  act is named by its people ("تقنين زواج المثليين"), as "legalize same-sex marriage".
"""

from __future__ import annotations

import pytest

from conftest import event_triples


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("صوّت البرلمان الفنلندي يوم الثلاثاء على تقنين زواج المثليين.", "ar",
     ("FIN", "CONCEDE", "FIN")),
    ("قنّنت كوستاريكا زواج المثليين العام الماضي.", "ar", ("CRI", "CONCEDE", "CRI")),
    ("The Finnish parliament voted on Tuesday to legalize same-sex marriage.", "en",
     ("FIN", "CONCEDE", "FIN")),
])
def test_legalising_same_sex_marriage_concedes(pipeline, text, lang, triple):
    assert triple in event_triples(pipeline, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    # rationing, not legalising: no act of people named
    ("قررت الحكومة المصرية تقنين استهلاك الكهرباء في الصيف.", "ar"),
    # a marriage named without its people is not the legalised act
    ("قنّنت الحكومة الأردنية عقود الزواج المدني.", "ar"),
])
def test_rationing_or_an_unnamed_act_concedes_nothing(pipeline, text, lang):
    assert not any(t[1] == "CONCEDE" for t in event_triples(pipeline, text, lang))
