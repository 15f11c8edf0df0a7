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

from diplomap.lexicon.model import Entity

NISBA_SUFFIXES = ("ي", "ية", "يون", "يين", "يان", "يتان", "يتين", "يات")
# Feminine nouns before a feminine nisba that make the nisba the mention even
# where an institution's alias would take the longer span: "السياسة الخارجية
# الكازاخستانية" is Kazakh foreign policy (KAZ), not the ministry.
NISBA_CONTEXTS = {"ال": ("السياسة الخارجية", "السياسات الخارجية"), "": ("سياسة خارجية",)}
SPEAKERS = ("ناطق", "ناطقة", "ناطقون", "ناطقين", "الناطق", "الناطقة", "الناطقون", "الناطقين")
NO_PLURAL_ENDINGS = ("s", "sh", "ch", "ese", "x", "z")


class Form(NamedTuple):
    text: str
    resolution: str  # name | acronym | adjective | metonym | title | modifier | stop
    context: str = ""  # words that must precede ``text``; not part of the mention


def nisba_forms(base: str) -> list[str]:
    """Every gender/number/definiteness form of a masculine nisba."""
    words = base.split()
    out = []
    for article in ("", "ال"):
        for suffix in NISBA_SUFFIXES:
            out.append(" ".join(article + w[:-1] + suffix for w in words))
    return out


def language_stops(base: str) -> list[str]:
    """``الناطقة بالروسية`` (Russian-speaking) names a language, not a state."""
    if " " in base:
        return []
    return [f"{w} بال{base[:-1]}ية" for w in SPEAKERS]


def nisba_context_forms(base: str) -> list[Form]:
    """Feminine nisba anchored after ``NISBA_CONTEXTS`` (see there)."""
    fem = " ".join(w[:-1] + "ية" for w in base.split())
    return [
        Form(" ".join(article + w for w in fem.split()), "adjective", ctx)
        for article, contexts in NISBA_CONTEXTS.items()
        for ctx in contexts
    ]


def demonym_forms(word: str) -> list[str]:
    if word.endswith(NO_PLURAL_ENDINGS):
        return [word]
    return [word, word + "s"]


def official_forms(ent: Entity, names: list[str]) -> list[str]:
    """``جمهورية X`` / ``دولة X`` for a state's Arabic names."""
    if ent.kind != "state":
        return []
    out = []
    for name in names:
        out.append("دولة " + name)
        if not name.startswith("ال"):
            out.append("جمهورية " + name)
    return out


def strip_the(name: str) -> str:
    return name[4:] if name.lower().startswith("the ") else name


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
    for form in ent.capital.get("ar", []):
        yield Form(form, "metonym")


def english_forms(ent: Entity) -> Iterator[Form]:
    res = _kind_resolution(ent)
    names = ent.names.get("en", [])
    if res == "name" and ent.en not in names:
        names = [ent.en, *names]
    for name in names:
        yield Form(strip_the(name), res)
    for word in ent.demonyms:
        for form in demonym_forms(word):
            yield Form(form, "adjective")
    for form in ent.capital.get("en", []):
        yield Form(form, "metonym")


def entity_forms(ent: Entity, lang: str) -> Iterator[Form]:
    """Forms of ``ent`` for ``lang`` (``ar`` or ``en``); acronyms apart."""
    if lang == "ar":
        yield from arabic_forms(ent)
    else:
        yield from english_forms(ent)
