"""Constructions of whole news articles (issue 9, the Wikinews tune split), on sentences of
our own writing, each with near-misses that must not fire.

- Legalising same-sex marriage concedes it (CONCEDE), in Arabic as in English: the legalised
  act is named by its people ("تقنين زواج المثليين"), as "legalize same-sex marriage".
- An epithet said of an actor ("called X a 'dictator'", "وصف X بأنه «دكتاتور»") disapproves
  of X (ACCUSE) when it is negative and praises X (SUPPORT) when positive (grammar
  `negative_epithets`, `positive_epithets`); one of no known polarity says nothing.
"""

from __future__ import annotations

import pytest

from conftest import event_triples, typed_events


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


@pytest.mark.parametrize(("text", "lang", "quad"), [
    ('Russian President Vladimir Putin called French President Emmanuel Macron a "corrupt liar".',
     "en", ("ACCUSE", "disapprove", "RUS", "FRA")),
    ("The Turkish foreign minister described the Greek government as racist.", "en",
     ("ACCUSE", "disapprove", "TUR", "GRC")),
    ('Russian President Vladimir Putin called French President Emmanuel Macron a "decent man".',
     "en", ("SUPPORT", None, "RUS", "FRA")),
    ('وصف الرئيس الأمريكي دونالد ترامب نظيره الأوكراني فولوديمير زيلينسكي بأنه "دكتاتور".',
     "ar", ("ACCUSE", "disapprove", "USA", "UKR")),
    ('وصف الرئيس الروسي فلاديمير بوتين نظيره الفرنسي إيمانويل ماكرون بأنه "رجل محترم".',
     "ar", ("SUPPORT", None, "RUS", "FRA")),
])
def test_an_epithet_said_of_an_actor_is_a_stance(pipeline, text, lang, quad):
    assert quad in typed_events(pipeline, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("The French president called for an end to the criminal war.", "en"),
    ("French President Emmanuel Macron called on Russia to end its criminal war.", "en"),
    ("Macron called Putin on Tuesday to discuss the dangerous escalation.", "en"),
    ("Macron called it a day after a phone call with Putin about the corrupt officials.", "en"),
    ("French President Emmanuel Macron described the situation as dangerous.", "en"),
    # an epithet of no known polarity
    ("Russian President Vladimir Putin called French President Emmanuel Macron a partner.",
     "en"),
    ("وصف الرئيس الفرنسي إيمانويل ماكرون الوضع بأنه خطير.", "ar"),
    # "بوصفها": as, no epithet said by anyone
    ("حظرت بريطانيا منظمة فلسطين أكشن بوصفها جماعة إرهابية.", "ar"),
    # what is described so is named, no actor
    ("قتلت القوات الجيبوتية ثمانية من عناصر ما وصفته الحكومة بـ«جماعة إرهابية».", "ar"),
])
def test_no_epithet_of_known_polarity_said_of_an_actor_is_no_stance(pipeline, text, lang):
    assert not any(e[0] in {"ACCUSE", "SUPPORT"} and e[1] in {"disapprove", None}
                   for e in typed_events(pipeline, text, lang))


@pytest.mark.parametrize(("text", "lang"), [
    # a phone call, then a time or circumstance word: the epithet is the event's, not said of Putin
    ("Turkish President Erdogan called Russian President Putin following the terrorist attack "
     "in Moscow.", "en"),
    ("Putin called Erdogan amid fears of a criminal plot against Turkey.", "en"),
    # a phone call whose clause ends before the word
    ("Zelensky called Trump, seeking more Patriot systems.", "en"),
    # a word that only begins like an epithet
    ("The United States called Venezuelan President Nicolas Maduro a heroin trafficker.", "en"),
    # the described thing is an act on the actor named after a preposition, as English "on"
    ("وصف الرئيس الفرنسي إيمانويل ماكرون الهجوم على موسكو بأنه عمل إرهابي جبان.", "ar"),
    # (talks praised by a party to them back the other side: tests/test_talks_praised.py)
])
def test_an_epithet_word_not_said_of_the_actor_is_no_stance(pipeline, text, lang):
    assert not any(e[0] in {"ACCUSE", "SUPPORT"} and e[1] in {"disapprove", None}
                   for e in typed_events(pipeline, text, lang))


def test_an_anti_word_is_no_insult(pipeline):
    found = typed_events(pipeline, "US President Joe Biden called Zelensky an anti-corruption "
                                   "champion.", "en")
    assert ("ACCUSE", "disapprove", "USA", "UKR") not in found
