"""Surface forms of the trigger lexicon's lemmas (frames.yaml `lemmas`), generated once.

A lemma entry is a mapping: ``lemma`` (Arabic: the perfect, third person masculine
singular as written unvoweled; English: the dictionary form), ``pos`` (``verb``, ``noun``,
``participle`` or ``phrase``) and optional keys:

* ``pos: participle`` (Arabic): a circumstantial participle (حال), indefinite: like a
  finite verb, its forms never read a word with the article;
* ``root`` (Arabic, three letters; default: the lemma) and ``form`` (``I`` .. ``X``;
  default ``I``): the verb's pattern, read from ``lang/ar/morphology.yaml`` (`verb_forms`);
* ``perfect``, ``imperfect`` (stems without the person prefix), ``masdar``,
  ``participle``, ``passive_participle``, ``passive``: forms that extend (or, for weak
  roots, replace) what the templates give; ``plural`` for nouns;
* ``then``: tokens that follow every form ("فرض" + "عقوبات*", "call" + "for"); a list is a
  sequence of parts, each tokens or a list of alternatives, and gives the forms of every
  combination ("withdraw" + [from, "…", [agreement*, treaty]]: the nouns a verb takes
  written once, a YAML anchor shares them between verbs);
* ``exact``: no trailing wildcard (the form takes only `exact_endings`), for short stems
  that begin other words;
* ``passive: false``: no passive forms (an intransitive verb); ``passive: true`` on a
  noun (a verbal noun listed as a noun) gives it the auxiliary passive ("تم توقيف");
* ``skip``: template slots not to generate (``[participle]`` where the participle means
  the undergoer, ``[masdar]`` where the template's verbal noun is another word, ``[lemma]``
  where the bare lemma is another word: قيد "under");
* ``weak: true``: a weak root; the templates do not apply, the entry lists its forms.

``expand(entry, lang)`` returns the active and the passive surface forms, written in the
token syntax of frames.yaml (space-separated tokens, a trailing ``*`` matches any ending).
Proclitics (و ف ب ل ك ال and the future prefix) are the matcher's business
(``lang/<code>/clitics.yaml``), endings that of the trailing ``*``. No word of a language
is written here: the templates, prefixes and auxiliaries are language data
(``lang/<code>/morphology.yaml``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from diplomap.lang import language, read_data

POS = ("verb", "noun", "participle", "phrase")


@dataclass(frozen=True)
class Forms:
    """Surface forms of one lemma: `active` (the lemma's own frame) and `passive` (its
    `~passive` frame: the grammatical subject is the target)."""

    active: tuple[str, ...]
    passive: tuple[str, ...] = ()
    # the active forms that are finite verbs (perfect, imperfect): a verb takes no article
    finite: tuple[str, ...] = ()
    # the imperfect's first-person forms that are no other form of the lemma ("نطالب",
    # "أحث"): their subject is the speaker
    first_person: tuple[str, ...] = ()


def _list(value: Any) -> list[str]:
    if value is None or value is False:
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(i for i in items if i))


# --- Arabic --------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Arabic:
    letters: tuple[str, ...]
    prefixes: tuple[str, ...]
    first_person: tuple[str, ...]
    auxiliaries: tuple[str, ...]
    endings: tuple[str, ...]
    templates: Mapping[str, Mapping[str, list[str]]]
    assimilated_first: tuple[str, ...]
    assimilated: Mapping[str, Mapping[str, list[str]]]

    def templates_of(self, form: str, root: str) -> Mapping[str, list[str]]:
        """The templates of `form` for `root`: an assimilated root's own slots over the
        sound ones."""
        if root[:1] in self.assimilated_first:
            return {**self.templates[form], **self.assimilated.get(form, {})}
        return self.templates[form]


@cache
def _arabic() -> _Arabic:
    m = language("ar").morphology
    return _Arabic(m.words("root_letters"), m.words("imperfect_prefixes"),
                   m.words("first_person_prefixes"), m.words("passive_auxiliaries"),
                   m.words("exact_endings"),
                   m.table("verb_forms"), m.words("assimilated_first_letters"),
                   m.table("assimilated_verb_forms"))


def past_forms(lemma: str, code: str) -> tuple[str, ...]:
    """A perfect verb's written forms: the lemma and the lemma with each of the language's
    `exact_endings` (person, number, object pronouns: بعث -> بعثت, بعثوا, بعثتا, بعثها)."""
    endings = language(code).morphology.words("exact_endings")
    return _unique([lemma, *(lemma + ending for ending in endings)])


def apply_template(template: str, root: str, letters: tuple[str, ...]) -> str:
    """The template with its placeholder letters (ف ع ل) replaced by the root's."""
    table = dict(zip(letters, root, strict=False))
    return "".join(table.get(ch, ch) for ch in template)


def arabic_paradigm(entry: Mapping[str, Any]) -> dict[str, tuple[str, ...]]:
    """Every generated form of an Arabic lemma by slot: perfect, imperfect (with its
    person prefixes), masdar, participle, passive_participle, passive (distinct passive
    perfects), plural."""
    data = _arabic()
    lemma = str(entry["lemma"])
    pos = entry.get("pos", "verb")
    if pos not in POS:
        raise ValueError(f"lemma {lemma!r}: unknown pos {pos!r} (one of {', '.join(POS)})")
    if pos != "verb":
        forms = [lemma, *_list(entry.get("forms")), *_list(entry.get("masdar"))]
        return {"noun": _unique(forms), "plural": _unique(_list(entry.get("plural"))),
                "passive_participle": _unique(_list(entry.get("passive_participle")))}
    root = str(entry.get("root", lemma))
    form = str(entry.get("form", "I"))
    if form not in data.templates:
        raise ValueError(f"lemma {lemma!r}: unknown verb form {form!r}")
    weak = bool(entry.get("weak"))  # a weak root: the templates do not apply, the entry lists
    if not weak and len(root) != len(data.letters):
        raise ValueError(f"lemma {lemma!r}: root {root!r} needs {len(data.letters)} letters")
    templates = data.templates_of(form, root)

    skip = set(_list(entry.get("skip")))

    def slot(name: str, key: str | None = None) -> list[str]:
        made = [] if weak or (key or name) in skip or name in skip else [
            apply_template(t, root, data.letters) for t in templates.get(name, ())]
        return made + _list(entry.get(key or name))

    perfect = [*([] if "lemma" in skip else [lemma]), *slot("perfect")]
    stems = slot("imperfect")
    imperfect = [p + s for s in stems for p in data.prefixes]
    passive = slot("passive_perfect", "passive")
    return {
        "perfect": _unique(perfect),
        "imperfect": _unique(imperfect),
        "first_person": _unique(p + s for s in stems for p in data.first_person),
        "masdar": _unique(slot("masdar")),
        "participle": _unique(slot("active_participle", "participle")),
        "passive_participle": _unique(slot("passive_participle")),
        "passive": _unique([p + s for s in _list(entry.get("passive_imperfect"))
                            for p in data.prefixes] + passive),
        "plural": _unique(_list(entry.get("plural"))),
    }


def _tokens(word: str, exact: bool, endings: tuple[str, ...]) -> list[str]:
    if exact:
        return [word] + [word + e for e in endings]
    return [word + "*"]


def _arabic_forms(entry: Mapping[str, Any]) -> Forms:
    data = _arabic()
    para = arabic_paradigm(entry)
    exact = bool(entry.get("exact"))
    then = str(entry.get("then", "")).strip()
    tail = f" {then}" if then else ""

    verb = entry.get("pos", "verb") == "verb"
    endings = data.endings if verb else ()  # an exact noun takes no ending

    def words(*slots: str, exact_slot: bool = exact) -> list[str]:
        return [w + tail for s in slots for form in para.get(s, ())
                for w in _tokens(form, exact_slot, endings)]

    active = words("perfect", "imperfect", "masdar", "participle", "noun") + [
        w + tail for w in para.get("plural", ())]
    passive: list[str] = []
    if entry.get("passive", True) is not False:
        passive = words("passive", "passive_participle")
        if not then and (verb or entry.get("passive") is True):
            # "تم اعتقال" + its object: a verbal noun after an auxiliary (a noun lemma
            # takes it when it says `passive: true`: "تم توقيف")
            nouns = [*para.get("masdar", ()), *(() if verb else para.get("noun", ()))]
            passive += [f"{aux} {n}*" for aux in data.auxiliaries for n in nouns]
    # a perfect written like a verbal noun ("توسط", "قصف") is also a noun: not finite only
    nominal = set(words("masdar", "participle", "noun", "passive_participle"))
    finite = [w for w in words("perfect", "imperfect") if w not in nominal] if verb else []
    if entry.get("pos") == "participle":  # a circumstantial participle ("متهمةً X بـ"):
        finite = words("noun")  # indefinite like a verb, "المتهمين" (the accused) is no act
    first = words("first_person") if verb else []
    # "انسحب", "اتفق": a perfect too, no first person
    others = set(words("perfect", "masdar", "participle", "noun", "passive_participle")) | set(
        passive) | (set(words("imperfect")) - set(first)) | set(active) - set(
        words("imperfect"))
    return Forms(_unique(active), _unique(passive), _unique(finite),
                 _unique(f for f in first if f not in others))


# --- English -------------------------------------------------------------------------------

@cache
def _english_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    m = language("en").morphology
    return m.words("passive_auxiliaries"), m.words("passive_agent_markers")


INFLECTIONS_FILE = "inflections.json"  # lang/en/: lemminflect's forms of the lexicon's lemmas


@cache
def _shipped_inflections(lang: str) -> dict[str, dict[str, list[str]]]:
    """The inflections of the lexicon's lemmas as shipped (`lang/en/inflections.json`,
    written by `python -m diplomap.extract.morphology`): reading them is much faster than
    loading lemminflect's tables; a lemma missing there is inflected by lemminflect. Empty
    for a language that ships none (Arabic forms are written out in its frames)."""
    path = language(lang).folder / INFLECTIONS_FILE
    if not path.is_file():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


BARE_TAGS = ("VB", "VBP")  # the bare verb: infinitive, non-third present


def _verb_forms_tagged(lang: str, tags: tuple[str, ...]) -> frozenset[str]:
    """The forms of the frames' English verbs under these Penn tags."""
    return frozenset(f for key, forms in _shipped_inflections(lang).items()
                     if key.startswith("verb:") for tag in tags for f in forms.get(tag, ()))


@cache
def finite_forms(lang: str) -> frozenset[str]:
    """The past and third-person forms of the frames' English verbs ("withdrew",
    "withdraws", never "withdraw"): a verb in one is a clause's own predicate, not the bare
    infinitive of an act asked for. Empty for a language without inflections."""
    return _verb_forms_tagged(lang, ("VBD", "VBZ")) - _verb_forms_tagged(lang, BARE_TAGS)


@cache
def verb_forms(lang: str) -> frozenset[str]:
    """Every finite or bare form of the frames' English verbs ("seize", "seized", "seizes"):
    a trigger in none of them is a noun ("withdrawal"). Empty for a language without
    inflections."""
    return _verb_forms_tagged(lang, ("VBD", "VBZ", *BARE_TAGS))


@cache
def past_participles(lang: str) -> frozenset[str]:
    """The past participles of the frames' English verbs ("abducted", "withdrawn"), never a
    bare form ("cut"): a trigger in one may be an adjective ("the abducted chiefs"). Empty
    for a language without inflections."""
    participles: set[str] = set()
    bare: set[str] = set()
    for key, tags in _shipped_inflections(lang).items():
        if key.startswith("verb:"):
            participles.update(tags.get("VBN", ()) or tags.get("VBD", ()))
            bare.update(f for tag in ("VB", "VBP") for f in tags.get(tag, ()))
    return frozenset(participles - bare)


def lemminflect_inflections(lemma: str, pos: str) -> dict[str, tuple[str, ...]]:
    """lemminflect's inflections of one word (Penn tag -> forms), by its out-of-vocabulary
    rules when the word is not in its lexicon (`mobilise`)."""
    import lemminflect

    upos = "VERB" if pos == "verb" else "NOUN"
    found = lemminflect.getAllInflections(lemma, upos=upos)
    if not found:
        found = lemminflect.getAllInflectionsOOV(lemma, upos=upos)
    return {tag: tuple(forms) for tag, forms in sorted(found.items())}


@cache
def english_inflections(lemma: str, pos: str) -> dict[str, tuple[str, ...]]:
    """Inflections of one English word (Penn tag -> forms)."""
    shipped = _shipped_inflections("en").get(f"{pos}:{lemma}")
    if shipped is not None:
        return {tag: tuple(forms) for tag, forms in shipped.items()}
    return lemminflect_inflections(lemma, pos)


def english_lemmas(data: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(head word, verb|noun) of every lemma of an English frames.yaml."""
    out = []
    for entry in data.get("frames", []):
        for lemma in entry.get("lemmas", []):
            pos = lemma.get("pos", "verb")
            if pos != "phrase":
                out.append((str(lemma["lemma"]).split()[0].lower(),
                            "verb" if pos == "verb" else "noun"))
    return sorted(set(out))


def write_inflections() -> Path:
    """Regenerate `lang/en/inflections.json` from lemminflect for the lemmas of
    lang/en/frames.yaml."""
    folder = language("en").folder
    data = read_data(language("en").frames_path)
    table = {f"{pos}:{lemma}": {t: list(f) for t, f in lemminflect_inflections(lemma, pos).items()}
             for lemma, pos in english_lemmas(data)}
    path = folder / INFLECTIONS_FILE
    path.write_text(json.dumps(table, ensure_ascii=False, indent=0, sort_keys=True) + "\n",
                    encoding="utf-8")
    return path


def _english_forms(entry: Mapping[str, Any]) -> Forms:
    lemma = str(entry["lemma"]).strip()
    pos = entry.get("pos", "verb")
    if pos not in POS:
        raise ValueError(f"lemma {lemma!r}: unknown pos {pos!r} (one of {', '.join(POS)})")
    head, _, rest = lemma.partition(" ")
    then = " ".join(x for x in (rest, str(entry.get("then", "")).strip()) if x)
    tail = f" {then}" if then else ""
    extra = _list(entry.get("forms"))
    if pos in ("phrase",):
        return Forms(_unique([lemma, *extra]))
    infl = english_inflections(head.lower(), "verb" if pos == "verb" else "noun")
    base = [head, *(f for forms in infl.values() for f in forms)]
    if pos != "verb":
        base += _list(entry.get("plural"))
        return Forms(_unique([b + tail for b in base] + extra))
    participles = list(infl.get("VBN", ())) or list(infl.get("VBD", ()))
    participles += _list(entry.get("participle"))
    nouns = [*_list(entry.get("noun")), *_list(entry.get("masdar"))]
    active = [b + tail for b in base] + [n + tail for n in nouns] + extra
    passive: list[str] = []
    if entry.get("passive", True) is not False:
        auxiliaries, agents = _english_words()
        passive = [f"{aux} {p}{tail}" for aux in auxiliaries for p in participles]
        passive += [f"{p}{tail} {a}" for p in participles for a in agents]
    return Forms(_unique(active), _unique(passive))


def expand(entry: Mapping[str, Any], lang: str) -> Forms:
    """The surface forms of one lemma entry of `lang` (cached by the caller)."""
    if "lemma" not in entry:
        raise ValueError(f"a lemma entry needs `lemma`: {dict(entry)!r}")
    if isinstance(entry.get("then"), list):
        return expand_all(({**entry, "then": tail} for tail in _tails(entry["then"])), lang)
    if lang == "ar":
        return _arabic_forms(entry)
    if lang == "en":
        return _english_forms(entry)
    raise ValueError(f"no morphology for language {lang!r}")


def _tails(parts: list[str | list[str]]) -> list[str]:
    """Every tail a `then` sequence of parts (tokens, or a list of alternatives, which may
    hold lists: a shared list and more, `[*arms_goods, "طائر*"]`) gives."""
    tails = [""]
    for part in parts:
        options = _alternatives(part)
        tails = [f"{tail} {option}".strip() for tail in tails for option in options]
    return tails


def _alternatives(part: str | list) -> list[str]:
    if not isinstance(part, list):
        return [part]
    return [option for item in part for option in _alternatives(item)]


def expand_all(entries: Iterable[Mapping[str, Any]], lang: str) -> Forms:
    active: list[str] = []
    passive: list[str] = []
    finite: list[str] = []
    first_person: list[str] = []
    for entry in entries:
        forms = expand(entry, lang)
        active.extend(forms.active)
        passive.extend(forms.passive)
        finite.extend(forms.finite)
        first_person.extend(forms.first_person)
    nominal = set(active + passive) - set(finite)
    others = set(active + passive) - set(first_person)
    return Forms(_unique(active), _unique(passive), _unique(f for f in finite if f not in nominal),
                 _unique(f for f in first_person if f not in others))


if __name__ == "__main__":
    print(write_inflections())
