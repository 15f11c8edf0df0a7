"""Surface forms of an entity, per language, with how each is resolved.

Arabic adjectives (nisba) are generated from one masculine singular base:
``كازاخستاني`` -> ``كازاخستاني كازاخستانية كازاخستانيون كازاخستانيين
كازاخستانيان كازاخستانيتان كازاخستانيتين كازاخستانيات`` and each with
``ال``. Two-word bases inflect both words (``كوري شمالي`` -> ``الكورية
الشمالية``). States also get ``جمهورية X`` (X without the article) and
``دولة X``. English demonyms get a plural in -s.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from diplomap.lang import language, read_data
from diplomap.lexicon.model import PLACE_KINDS, Entity, LexiconError

# Word formation is language data: lang/ar/morphology.yaml, lang/en/morphology.yaml.
_AR, _EN = language("ar").morphology, language("en").morphology
ARTICLE = language("ar").clitics.article
NISBA_ENDING = _AR.word("nisba_ending")
NISBA_SUFFIXES = _AR.words("nisba_forms")
NISBA_FEMININE = _AR.word("nisba_feminine")
SOUND_PLURAL = _AR.word("sound_plural")
NISBA_CONTEXTS = {ARTICLE: _AR.table("nisba_contexts").get("definite", ()),
                  "": _AR.table("nisba_contexts").get("indefinite", ())}
# the words after which an `anchored` name is read: grammar words where the common word
# cannot stand, changed by morphology's own lists (see lang/ar/morphology.yaml)
_AR_GRAMMAR = language("ar").grammar


def _frame_verbs() -> Iterator[str]:
    """The verb lemmas (masculine perfects) of the Arabic frames."""
    data = read_data(language("ar").frames_path)
    for frame in data.get("frames") or ():
        for entry in frame.get("lemmas") or ():
            if isinstance(entry, dict) and entry.get("pos", "verb") == "verb":
                yield str(entry["lemma"])


def _feminine_perfect(lemma: str) -> str:
    stem = lemma[:-1] if lemma.endswith(_AR.words("weak_verb_finals")) else lemma
    return stem + _AR.word("feminine_perfect_ending")


# a state subject right after its verb agrees in the feminine ("قطعت مالي علاقاتها"): there
# the name cannot be an adjective, which follows a noun
SUBJECT_ANCHORS = tuple(dict.fromkeys(
    _feminine_perfect(lemma) for lemma in _frame_verbs() if " " not in lemma))
NAME_ANCHORS = tuple(dict.fromkeys(
    [w for key in ("prepositions", "speech_verbs", "beneficiary_markers")
     for w in _AR_GRAMMAR.words(key) if w not in _AR.words("name_anchors_not")]
    + list(SUBJECT_ANCHORS)))
SPEAKERS = _AR.words("speakers")
SPEAKERS_PREPOSITION = _AR.word("speakers_preposition")
STATE_TITLES = _AR.words("state_titles")
STATE_TITLES_WITHOUT_ARTICLE = _AR.words("state_titles_without_article")
PLURAL_SUFFIX = _EN.word("plural_suffix")
NO_PLURAL_ENDINGS = _EN.words("no_plural_after")
ENGLISH_ARTICLES = tuple(f"{a} " for a in _EN.words("articles"))


def _stem(word: str) -> str:
    """A nisba word without its ending (كازاخستاني -> كازاخستان)."""
    return word[:-len(NISBA_ENDING)] if NISBA_ENDING else word


class Form(NamedTuple):
    text: str
    resolution: str  # name | acronym | adjective | metonym | title | modifier | stop
    #                  | organ (a state's organ: its state) | members (a group's members)
    context: str = ""  # words that must precede ``text``; not part of the mention


def nisba_forms(base: str) -> list[str]:
    """Every gender/number/definiteness form of a masculine nisba."""
    words = base.split()
    out = []
    for article in ("", ARTICLE):
        for suffix in NISBA_SUFFIXES:
            out.append(" ".join(article + _stem(w) + suffix for w in words))
    return out


def language_stops(base: str) -> list[str]:
    """``الناطقة بالروسية`` (Russian-speaking) names a language, not a state."""
    if " " in base:
        return []
    language_name = SPEAKERS_PREPOSITION + ARTICLE + _stem(base) + NISBA_FEMININE
    return [f"{w} {language_name}" for w in SPEAKERS]


def nisba_context_forms(base: str) -> list[Form]:
    """Feminine nisba anchored after ``NISBA_CONTEXTS`` (see there)."""
    fem = " ".join(_stem(w) + NISBA_FEMININE for w in base.split())
    return [
        Form(" ".join(article + w for w in fem.split()), "adjective", ctx)
        for article, contexts in NISBA_CONTEXTS.items()
        for ctx in contexts
    ]


def demonym_forms(word: str) -> list[str]:
    if not PLURAL_SUFFIX or word.endswith(NO_PLURAL_ENDINGS):
        return [word]
    return [word, word + PLURAL_SUFFIX]


def official_forms(ent: Entity, names: list[str]) -> list[str]:
    """``جمهورية X`` / ``دولة X`` for a state's Arabic names."""
    if ent.kind != "state":
        return []
    out: list[str] = []
    for name in names:
        out.extend(f"{title} {name}" for title in STATE_TITLES)
        if not name.startswith(ARTICLE):
            out.extend(f"{title} {name}" for title in STATE_TITLES_WITHOUT_ARTICLE)
    return out


def strip_the(name: str) -> str:
    """"the Netherlands" -> "Netherlands"."""
    found = next((a for a in ENGLISH_ARTICLES if name.lower().startswith(a)), "")
    return name[len(found):]


# Organ and group nouns (lang/<code>/organs.yaml): an organ mention is its state
# (resolution "organ"), a group mention stands for the group's members ("members").
_AR_ORGANS, _EN_ORGANS = language("ar").organs, language("en").organs


def _organ_words(vocab, key: str) -> tuple[str, ...]:
    return vocab.words(key) if vocab is not None else ()


def _nisba_definite(base: str, feminine: bool) -> str:
    ending = NISBA_FEMININE if feminine else NISBA_ENDING
    return " ".join(ARTICLE + _stem(w) + ending for w in base.split())


def arabic_organ_forms(ent: Entity) -> Iterator[Form]:
    """"الجيش الإسرائيلي", "القوات الإسرائيلية", "حكومة السودان": a state's organs."""
    if ent.organs_of is None:
        return
    qualified = [f"{noun} {q}" for noun in _organ_words(_AR_ORGANS, "qualified_organs")
                 for q in _organ_words(_AR_ORGANS, "organ_qualifiers")]
    for base in ent.nisba:
        for noun in _organ_words(_AR_ORGANS, "masculine"):
            yield Form(f"{noun} {_nisba_definite(base, False)}", "organ")
        for noun in [*_organ_words(_AR_ORGANS, "feminine"), *qualified]:  # "الحكومة المؤقتة X"
            yield Form(f"{noun} {_nisba_definite(base, True)}", "organ")
    usual = [n for n in ent.names.get("ar", []) if not n.startswith(tuple(STATE_TITLES))]
    for name in usual[:3]:  # the usual names, not every variant
        for noun in _organ_words(_AR_ORGANS, "construct"):
            yield Form(f"{noun} {name}", "organ")
        yield from _located_organs(_AR_ORGANS, name)
    for capital in ent.capital.get("ar", []):
        for noun in _organ_words(_AR_ORGANS, "construct_capital"):
            yield Form(f"{noun} {capital}", "organ")
    yield from (Form(name, "organ") for name in organ_names(ent))


def organ_names(ent: Entity) -> list[str]:
    """Names a usage gives a state's organs without naming the state (`organ_names`:
    "قوات الاحتلال" in Arab agency copy is Israel's forces); another state's adjective after
    one is that state's organ (organs.yaml: "قوات الاحتلال الروسي"), a longer mention."""
    table = ent.extra.get("organ_names") or {}
    names = table.get("ar", []) if isinstance(table, dict) else None
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise LexiconError(f"entity {ent.id}: `organ_names` must map a language to names")
    return names


def _located_organs(vocab, name: str) -> Iterator[Form]:
    """"محكمة في بيرو", "prosecutors in Tanzania": an organ of the state it sits in."""
    for noun in _organ_words(vocab, "before_in"):
        for word in _organ_words(vocab, "in"):
            yield Form(f"{noun} {word} {name}", "organ")


def _adjective_organs() -> list[str]:
    """The English organ nouns after a state's adjective, qualified ones included
    ("military", "federal government")."""
    return [*_organ_words(_EN_ORGANS, "after_adjective"),
            *(f"{q} {noun}" for q in _organ_words(_EN_ORGANS, "organ_qualifiers")
              for noun in _organ_words(_EN_ORGANS, "qualified_organs"))]


def english_organ_forms(ent: Entity, names: list[str]) -> Iterator[Form]:
    """"Israeli military", "Russia's defence ministry", "the government of Sudan"; a
    territory's name is its adjective too ("Hong Kong police", "Taiwan authorities")."""
    if ent.organs_of is None:
        return
    nouns = _adjective_organs()
    attributive = [strip_the(n) for n in names[:3]] if ent.kind == "territory" else []
    for adjective in [*ent.demonyms, *attributive]:
        for noun in nouns:  # "Somali federal government"
            yield Form(f"{adjective} {noun}", "organ")
    for name in list(dict.fromkeys([ent.en, *names]))[:3]:  # the usual names, not every variant
        bare = strip_the(name)
        for mark in _organ_words(_EN_ORGANS, "possessive"):
            for noun in nouns:  # "Thailand's caretaker government"
                yield Form(f"{bare}{mark} {noun}", "organ")
        for noun in _organ_words(_EN_ORGANS, "before_of"):
            for of in _organ_words(_EN_ORGANS, "of"):
                yield Form(f"{noun} {of} {name}", "organ")
        yield from _located_organs(_EN_ORGANS, name)


def acronym_organ_forms(ent: Entity) -> Iterator[Form]:
    """"US prosecutors", "U.S. federal authorities", "UK Border Force": a state's acronym as
    its adjective before an organ noun (organs.yaml `acronym_adjective`), the noun as written
    in running text or capitalised as in a name; cased, as the acronym is."""
    if ent.organs_of is None or not ent.acronyms or _EN_ORGANS is None or not (
            _EN_ORGANS.flag("acronym_adjective")):
        return
    nouns = _adjective_organs()
    for acronym in ent.acronyms:
        for noun in nouns:
            for written in dict.fromkeys((noun, " ".join(w[:1].upper() + w[1:]
                                                         for w in noun.split()))):
                yield Form(f"{acronym} {written}", "organ")


def group_forms(ent: Entity, lang: str, names: list[str]) -> Iterator[Form]:
    """Mentions of a group's members: the entity's `group_nouns`, and for an entity with
    members the group nouns of organs.yaml around its names ("دول مجلس التعاون الخليجي",
    "BRICS leaders")."""
    vocab = _AR_ORGANS if lang == "ar" else _EN_ORGANS
    if not ent.extra.get("members") or vocab is None or not vocab.flag("group_mentions"):
        return
    nouns = ent.extra.get("group_nouns") or {}
    for form in (nouns.get(lang, []) if isinstance(nouns, dict) else []):
        yield Form(str(form), "members")
    spellings = [*names, *([] if lang == "ar" else ent.acronyms)]
    if lang == "ar":
        for name in names:
            for noun in _organ_words(_AR_ORGANS, "group_before_name"):
                yield Form(f"{noun} {name}", "members")
    else:
        for name in spellings:
            yield from _english_group_forms(strip_the(name))


def _english_group_forms(name: str) -> Iterator[Form]:
    """"GCC states", "the GCC's member states", "the countries of the GCC"."""
    for noun in _organ_words(_EN_ORGANS, "group_after_name"):
        yield Form(f"{name} {noun}", "members")
        for mark in _organ_words(_EN_ORGANS, "possessive"):
            yield Form(f"{name}{mark} {noun}", "members")
    for noun in _organ_words(_EN_ORGANS, "group_before_name"):
        for of in _organ_words(_EN_ORGANS, "of"):
            yield Form(f"{noun} {of} {name}", "members")


# A name that is also a common word ("مالي" financial) is the entity only when coordinated
# with another state's mention of the same reading ("بوركينا فاسو ومالي"): the linker
# keeps such a form (resolution COORDINATED + reading) only beside its partner.
COORDINATED = "coordinated:"


def _coordinated_names(ent: Entity) -> list[str]:
    names = ent.extra.get("coordinated") or []
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise LexiconError(f"entity {ent.id}: `coordinated` must be a list of names")
    return names


def anchored_names(ent: Entity) -> list[str]:
    """Names that are also common words ("مالي" financial), read as the entity right after
    a word of ``NAME_ANCHORS`` (a preposition or speech verb: "في مالي", "أعلنت مالي"),
    where the common word cannot stand (an adjective follows its noun)."""
    names = ent.extra.get("anchored") or []
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise LexiconError(f"entity {ent.id}: `anchored` must be a list of names")
    return names


def _kind_resolution(ent: Entity) -> str:
    if ent.kind in ("title", "modifier", "stop"):
        return ent.kind
    return "name"


def arabic_forms(ent: Entity) -> Iterator[Form]:
    res = _kind_resolution(ent)
    names = ent.names.get("ar", [])
    for name in names:
        yield Form(name, res)
    for name in official_forms(ent, names):
        yield Form(name, "name")
    for base in ent.nisba:
        for form in nisba_forms(base):
            yield Form(form, "adjective")
        for form in language_stops(base):
            yield Form(form, "stop")
        yield from nisba_context_forms(base)
    for form in ent.people:
        yield Form(form, "adjective")
        if form.startswith(ARTICLE) and not form.endswith(SOUND_PLURAL):
            # a broken plural is also an indefinite adjective: "دبلوماسيين روس"; after
            # the conjunction only beside another people's adjective ("أمريكيين وروس"),
            # not after a surname ("بار وروس")
            yield Form(form[len(ARTICLE):], "adjective")
            yield Form(form[len(ARTICLE):], COORDINATED + "adjective")
    for name in _coordinated_names(ent):
        yield Form(name, COORDINATED + "name")
    for name in anchored_names(ent):
        for anchor in NAME_ANCHORS:
            yield Form(name, "name", anchor)
    for form in ent.capital.get("ar", []):
        yield Form(form, "metonym")
    yield from arabic_organ_forms(ent)
    yield from group_forms(ent, "ar", names)


def english_forms(ent: Entity) -> Iterator[Form]:
    res = _kind_resolution(ent)
    names = ent.names.get("en", [])
    if res == "name" and ent.en not in names:
        names = [ent.en, *names]
    for name in names:
        yield Form(strip_the(name), res)
        if ent.kind in PLACE_KINDS and name.startswith("The "):
            # "The Hague": the article belongs to the place's name, so the whole name is
            # matched and outruns a surname its last word shares (William Hague)
            yield Form(name, res)
    for word in ent.demonyms:
        for form in demonym_forms(word):
            yield Form(form, "adjective")
    for form in ent.capital.get("en", []):
        yield Form(form, "metonym")
    yield from english_organ_forms(ent, names)
    yield from group_forms(ent, "en", names)


def entity_forms(ent: Entity, lang: str) -> Iterator[Form]:
    """Forms of ``ent`` for ``lang`` (``ar`` or ``en``); acronyms apart."""
    if lang == "ar":
        yield from arabic_forms(ent)
    else:
        yield from english_forms(ent)
