"""Language data, one folder per language (``lang/ar``, ``lang/en``) in the style of spaCy's
``lang/xx``, and the one loader every reader of it goes through: ``language(code)``.

A folder holds YAML files of words in plain spelling. Readers normalise the words the way
they match text (``diplomap.text``) and compile them into sets and patterns once.

    clitics.yaml     proclitics (conjunctions, prepositions, the article and its
                     contractions, the future prefix) and possessive suffixes
    grammar.yaml     grammar words of sentences: prepositions, coordinators, relatives,
                     demonstratives, words that stand for a name, abbreviations, ...
    months.yaml      calendar names: Gregorian months in every naming system, Hijri months,
                     weekdays, seasons
    dates.yaml       words of date expressions: relations, modifiers, time nouns, relative
                     phrases, durations
    numbers.yaml     number words and scale words
    units.yaml       measure words and amount qualifiers
    morphology.yaml  word formation: the names the lexicon generates (nisba adjectives,
                     official state names, plurals of demonyms) and the verb forms of the
                     trigger lexicon (templates, prefixes, passive auxiliaries)
    organs.yaml      nouns of state organs (ministries, armies, police, ...) and of groups
                     of states, from which the lexicon generates their mentions
    currencies.yaml  money words and symbols
    frames.yaml      the predicate lexicon: trigger words and the frame each one opens

A language has a grammar when it has a folder here (with its frames). A document in any
other language is stored, searchable and linked, but never read for facts and events.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any

import yaml

LANG_DIR = Path(__file__).parent
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
FRAMES = "frames.yaml"
Words = tuple[str, ...]

# What each file may hold: key -> "words" (a list of strings), "table" (a mapping),
# "word" (one string) or "flag" (true/false). A key outside its file's schema is an error.
SCHEMAS: dict[str, dict[str, str]] = {
    "clitics.yaml": {
        "conjunctions": "words", "prepositions": "words", "article": "word",
        "contractions": "table", "governing": "words", "locative": "words",
        "future": "words", "possessives": "words", "particle_pronouns": "words",
    },
    "grammar.yaml": {
        **dict.fromkeys((
            "prepositions", "between", "comitative", "locative", "indirect",
            "pronoun_prepositions", "coordinators", "continuing_prefixes", "list_inclusion",
            "example_markers", "agent_phrases", "distributive_phrases", "counterpart_prefixes",
            "capital_words",
            "articles", "dual_anaphora", "relatives", "demonstratives", "since",
            "independence", "non_permanent", "first", "policy_nouns", "policy_pursuits",
            "policy_contexts", "hostile_lists",
            "negative_epithets", "positive_epithets", "epithet_stops",
            "talk_nouns", "talk_praise_words", "talk_praise_verbs", "talk_praise_stops",
            "seat_words",
            "name_particles", "naming_words", "place_prepositions", "title_of", "abbreviations",
            "speech_verbs",
            "complementizers", "stance_words", "support_phrases", "company_phrases", "reciprocals",
            "attendance_phrases", "cofounding_phrases", "place_nouns", "spread_words",
            "open_reciprocals", "reciprocal_links",
            "modifier_participles", "alignment_participles", "backed_epithets", "increase_nouns",
            "help_purposes", "help_stops", "place_participles",
            "purpose_links", "future_stems", "body_nouns", "resident_groups",
            "affiliation_words", "affiliation_hedges", "member_nouns", "suspicion_words",
            "descriptor_nouns", "apposition_articles", "nationality_nouns", "abroad_nouns",
            "age_words", "foreign_words",
            "foreign_offices", "claim_nouns",
            "modifier_markers",
            "person_titles", "title_qualifiers", "adjunct_prefixes", "adjunct_suffixes",
            "adjunct_conjunctions", "clause_conjunctions", "person_possessives", "accident_verbs",
            "hazard_nouns", "instrument_nouns", "object_pronouns", "clitic_objects",
            "transfer_nouns", "destinations",
            "people_nouns", "role_nouns", "role_links", "topic_openers", "crowd_nouns",
            "crowd_events", "crowd_event_links", "force_members",
            "casualty_verbs",
            "casualty_links",
            "toll_nouns", "contest_words",
            "result_links",
            "event_noun_relatives",
            "resumptive_suffixes",
            "refusal_links", "content_links", "answer_verbs", "compliance_openers",
            "warrant_openers", "warrant_nouns", "where_relatives",
            "reaction_links", "range_ends",
            "talks_openers", "mediated_talks", "brokered_outcomes", "paired_meeting_nouns",
            "adverb_suffixes",
            "cessation_verbs",
            "prevention_verbs", "prevention_links", "permission_verbs", "declaring_verbs",
            "pledge_announcing", "conceded_acts", "unconceded_objects",
            "easing_words",
            "lifting_words", "easing_links", "granting_verbs",
            "future_auxiliaries", "scheduled_modifiers", "scheduled_not_before", "region_nouns",
            "anticipation_links", "reward_links", "reward_nouns", "attribute_cues", "aim_cues",
            "dated_nouns", "failure_verbs", "attribute_times", "date_prepositions",
            "offer_verbs", "offer_gap_words",
            "effect_predicates", "effect_negations",
            "possibility_modifiers", "possibility_not_after",
            "medium_markers",
            "patient_nouns", "released_patients", "office_markers", "domestic_requests",
            "partitive_quantifiers", "partitive_skips", "participle_determiners",
            "participle_prepositions",
            "reduced_relative_links", "verdict_participles", "penalty_verbs", "perfect_auxiliaries",
            "determiners", "polite_auxiliaries", "possessive_markers", "predicate_starts",
            "word_joiners",
            "time_adjuncts", "spelled_letters", "fronting_openers", "holding_links",
            "adjective_endings", "threat_conditions", "threat_markers", "target_conditions",
            "condition_words",
            "condition_not_after",
            "lowercase_modals",
            "possessive_pronouns", "possessive_suffixes",
            "source_phrases",
            "direction_adjectives",
            "reason_markers", "charge_hedges", "beneficiary_markers", "intermediary_markers",
            "agency_nouns",
            "investigation_nouns", "investigation_links",
            "agreement_purpose_links", "agreement_purpose_prefixes", "agreement_purpose_verbs",
            "cause_words", "stance_adverbials", "fighter_nouns", "armed_organs",
            "hosted_gatherings", "gathering_openers", "gathering_hosts",
            "framework_nouns", "document_nouns",
            "framework_links", "struck_nouns", "owner_links", "asset_nouns", "targeting_verbs",
            "aid_sites", "aid_site_goods", "aid_site_operators", "aid_site_participles",
            "weapon_modifiers", "apposition_openers",
            "describing_prefixes", "describing_suffixes",
            "vicinity", "venue_markers", "frontier_words", "weapon_nouns", "manner_adverbials",
            "own_members", "continuing_words",
            "possibility_particles",
            "possibility_prefixes",
            "perfect_after_possibility", "perfect_endings", "pluperfect_auxiliaries",
            "feminine_prefixes",
            "passive_marks", "passive_marks_not_on", "passive_marks_on_third", "name_openings",
            "town_nouns", "seat_holders", "spokesperson_nouns", "spokesperson_links",
            "state_titles", "office_plurals", "governing_lookalikes",
            "governing_lookalike_forms",
            "passive_auxiliaries", "passive_light_verbs",
            "person_pronouns", "subject_pronouns",
            "speaker_pronouns", "reference_not_before",
            "bare_organs", "organ_modifiers", "organ_owner_markers", "genitive_links",
            "verbal_noun_object_links", "follower_links",
            "addressee_nouns",
            "addressee_verbs", "group_adjectives"),
            "words"),
        "org_anaphora": "table", "delegate_links": "table", "posting_links": "table",
        "organisation_nouns": "table", "organisation_heads": "table",
        "organisation_tails": "table", "organisation_plurals": "table",
        "organisation_suffixes": "table",
        "focal_pronouns": "table", "meeting_reality": "table", "ordered_acts": "table",
        "modifier_hedges": "table",
        "title_anaphora": "table",
        "description_anaphora": "table", "plural_anaphora": "table", "state_styles": "table",
        "adjective_after_noun": "flag",
        "verb_first": "flag", "reason_names_charge": "flag",
    },
    "dates.yaml": {
        **dict.fromkeys((
            "range_from", "range_between", "weak_relations", "range_to", "range_and",
            "period_modifiers", "before_year", "of", "gregorian_era", "hijri_era",
            "weekday_before", "definite_year", "today_described_by", "today_not_described_by",
            "ordinal_suffixes", "counted_from_event", "counted_from_not", "title_nouns",
            "title_links", "effective_from", "takes_effect", "part_nouns"), "words"),
        **dict.fromkeys((
            "relations", "time_nouns", "after", "before", "relative", "durations",
            "offset_before", "offset_after", "dateparser_names", "counts", "day_words"),
            "table"),
    },
    "months.yaml": {
        "gregorian": "table", "abbreviations": "table", "ambiguous": "words", "hijri": "table",
        "weekdays": "table", "seasons": "table", "month_before_day": "flag",
    },
    "numbers.yaml": {
        "joiner": "word", "units": "table", "teens": "table", "tens": "table",
        "hundreds": "table", "scales": "table", "digit_scales": "table",
        "joined_by": "words", "one_scale_after": "words", "fractions": "words",
    },
    "morphology.yaml": {
        **dict.fromkeys(("nisba_ending", "nisba_feminine", "speakers_preposition",
                         "plural_suffix", "sound_plural", "feminine_perfect_ending",
                         "pronoun_suffix", "accusative_ending"), "word"),
        **dict.fromkeys(("nisba_forms", "speakers", "state_titles", "name_anchors_not",
                         "weak_verb_finals",
                         "state_titles_without_article", "no_plural_after", "articles",
                         "root_letters", "imperfect_prefixes", "first_person_prefixes",
                         "passive_auxiliaries",
                         "exact_endings", "passive_agent_markers",
                         "assimilated_first_letters", "common_nouns"),
                        "words"),
        "nisba_contexts": "table", "verb_forms": "table", "assimilated_verb_forms": "table",
    },
    "organs.yaml": {
        **dict.fromkeys(("masculine", "feminine", "construct", "group_before_name",
                         "after_adjective", "possessive", "before_of", "of",
                         "group_after_name", "before_in", "in", "construct_capital",
                         "organ_qualifiers", "qualified_organs"),
                        "words"),
        "group_mentions": "flag", "acronym_adjective": "flag",
    },
    "units.yaml": {
        "units": "table", "qualifiers": "table", "qualifiers_gapped": "table",
        "qualifiers_after": "table", "not_counted": "words", "year_cues": "words",
    },
}


class LanguageDataError(ValueError):
    """A language data file is malformed; the message names the file and the key."""


class NoGrammar(LookupError):
    """The language has no folder of language data."""


class Vocabulary:
    """The named word lists and tables of one file, checked against the file's schema."""

    def __init__(self, source: str, data: Mapping[str, Any], schema: Mapping[str, str]) -> None:
        self.source, self._data, self._schema = source, dict(data), schema
        for key, value in self._data.items():
            if key not in schema:
                raise LanguageDataError(f"{source}: unknown key {key!r}")
            _check(f"{source}: {key}", value, schema[key])

    def _get(self, key: str, kind: str, empty: Any) -> Any:
        if self._schema.get(key) != kind:
            raise KeyError(f"{key!r} is no {kind} of {self.source}")
        return self._data.get(key, empty)

    def words(self, key: str) -> Words:
        """A word list (empty when the language has none)."""
        return tuple(self._get(key, "words", ()))

    def table(self, key: str) -> Mapping[Any, Any]:
        """A mapping (empty when the language has none)."""
        return self._get(key, "table", {})

    def word(self, key: str) -> str:
        return str(self._get(key, "word", ""))

    def flag(self, key: str) -> bool:
        return bool(self._get(key, "flag", False))


def _check(where: str, value: Any, kind: str) -> None:
    """Every word is a string: YAML reads unquoted `no`, `on`, `yes` as booleans."""
    if kind == "words" and not (isinstance(value, list) and all(_is_word(w) for w in value)):
        raise LanguageDataError(f"{where}: expected a list of words (quote no/on/yes)")
    if kind == "word" and not _is_word(value):
        raise LanguageDataError(f"{where}: expected a word")
    if kind == "flag" and not isinstance(value, bool):
        raise LanguageDataError(f"{where}: expected true or false")
    if kind == "table":
        if not isinstance(value, dict):
            raise LanguageDataError(f"{where}: expected a mapping")
        for sub, item in value.items():
            _check_leaf(f"{where}.{sub}", item)


def _check_leaf(where: str, value: Any) -> None:
    if isinstance(value, dict):
        for sub, item in value.items():
            _check_leaf(f"{where}.{sub}", item)
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, bool) or not isinstance(item, str | int):
                raise LanguageDataError(f"{where}: expected words or numbers (quote no/on/yes)")
    elif isinstance(value, bool) or not isinstance(value, str | int):
        raise LanguageDataError(f"{where}: expected a word or a number")


def _is_word(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


@dataclass(frozen=True)
class Clitics:
    """Proclitics, composed in the order conjunction, preposition, article; a preposition
    with a contraction takes the article in its contracted form (ل + ال = لل)."""

    conjunctions: Words = ()
    prepositions: Words = ()
    article: str = ""
    contractions: Mapping[str, str] = field(default_factory=dict)
    governing: Words = ()
    locative: Words = ()
    future: Words = ()
    possessives: Words = ()
    particle_pronouns: Words = ()

    @cached_property
    def forms(self) -> Mapping[str, tuple[str, str, bool]]:
        """Every proclitic string a word may start with -> (conjunction, preposition, with
        the article): و, وب, بال, وبال, لل (ل + ال), ولل, ال; and the future prefix."""
        out: dict[str, tuple[str, str, bool]] = {f: ("", "", False) for f in self.future}
        for conj in ("", *self.conjunctions):
            for prep in ("", *self.prepositions):
                if conj or prep:
                    out[conj + prep] = (conj, prep, False)
                if not self.article:
                    continue
                article = self.contractions.get(prep, prep + self.article)
                out[conj + article] = (conj, prep, True)
        return out

    @cached_property
    def plain(self) -> frozenset[str]:
        """Conjunctions, prepositions and a conjunction before a preposition (وب, فل)."""
        return frozenset(f for f, (c, p, art) in self.forms.items() if (c or p) and not art)

    @cached_property
    def with_article(self) -> frozenset[str]:
        """The article, alone or after proclitics that do not contract with it (ال, وبال)."""
        return frozenset(f for f, (_, p, art) in self.forms.items()
                         if art and p not in self.contractions)

    @cached_property
    def contracted(self) -> frozenset[str]:
        """A preposition contracted with the article, alone or after a conjunction (لل, ولل)."""
        return frozenset(f for f, (_, p, art) in self.forms.items()
                         if art and p in self.contractions)

    def holding(self, prepositions: Words, article: bool | None = None) -> frozenset[str]:
        """Proclitic strings that hold one of `prepositions` (with or without the article
        when `article` says so): the proclitics that govern the noun they are written on."""
        return frozenset(f for f, (_, p, art) in self.forms.items()
                         if p in prepositions and (article is None or art == article))

    @cached_property
    def all(self) -> Words:
        """Every proclitic string a word may start with, longest first."""
        return tuple(sorted(self.forms, key=lambda c: (-len(c), c)))

    @cached_property
    def letters(self) -> frozenset[str]:
        """Proclitics of one letter that may stand before any word (و ف ب ل ك)."""
        return frozenset(c for c in (*self.conjunctions, *self.prepositions) if len(c) == 1)


@dataclass(frozen=True)
class Season:
    names: Words   # follow or precede a direction word ("الشتاء الماضي", "last winter")
    bare: Words    # open a period before a year ("شتاء 2020")
    months: tuple[int, ...]


@dataclass(frozen=True)
class Calendar:
    months: Mapping[int, Words]          # every name of each Gregorian month
    abbreviations: Mapping[int, Words]   # only with a day or a year ("Mar 3")
    ambiguous: Words                     # names that are also ordinary words
    hijri: Mapping[int, Words]
    weekdays: Mapping[int, Words]        # Monday = 0
    seasons: Mapping[str, Season]
    month_before_day: bool               # "March 3, 2024"


@dataclass(frozen=True)
class Numbers:
    joiner: str                                   # "خمسة وعشرون"
    small: Mapping[int, Words]                    # units, teens, tens, hundreds
    scales: Mapping[int, Mapping[str, Words]]     # value -> singular/dual/plural -> forms
    digit_scales: Mapping[int, Words]             # only after digits ("28 billion")
    joined_by: Words = ()                         # "twenty-five", "hundred and fifty"
    one_scale_after: Words = ()                   # "a billion": a bare scale is one
    fractions: Words = ()                         # "half a billion": read no number


@dataclass(frozen=True)
class Currency:
    after: Words = ()    # "28 مليار دولار", "28 billion dollars"
    before: Words = ()   # "$28 billion"


@dataclass(frozen=True)
class Language:
    code: str
    folder: Path
    clitics: Clitics
    grammar: Vocabulary
    dates: Vocabulary
    calendar: Calendar
    numbers: Numbers
    units: Vocabulary
    currencies: Mapping[str, Currency]
    morphology: Vocabulary
    organs: Vocabulary | None = None  # organ nouns and group nouns (organs.yaml)

    @property
    def frames_path(self) -> Path:
        return self.folder / FRAMES


@cache
def languages() -> tuple[str, ...]:
    """Codes of the languages with a grammar (a folder with its frames), sorted."""
    return tuple(sorted(p.parent.name for p in LANG_DIR.glob(f"*/{FRAMES}")))


def has_grammar(code: str | None) -> bool:
    return bool(code) and code in languages()


def all_languages() -> tuple[Language, ...]:
    return tuple(language(code) for code in languages())


@cache
def language(code: str) -> Language:
    """The language data of `code`, read and checked once."""
    if not has_grammar(code):
        raise NoGrammar(f"no language data for {code!r} (known: {', '.join(languages())})")
    folder = LANG_DIR / code
    vocab = {name: Vocabulary(f"lang/{code}/{name}", read_data(folder / name), schema)
             for name, schema in SCHEMAS.items()}
    return Language(code, folder, _clitics(vocab["clitics.yaml"]), vocab["grammar.yaml"],
                    vocab["dates.yaml"], _calendar(vocab["months.yaml"]),
                    _numbers(vocab["numbers.yaml"]), vocab["units.yaml"],
                    _currencies(folder / "currencies.yaml"), vocab["morphology.yaml"],
                    vocab["organs.yaml"])


def read_data(path: Path) -> dict[str, Any]:
    """A YAML mapping of language data (the C loader when there is one); {} when absent."""
    if not path.is_file():
        return {}
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER) or {}
    except yaml.YAMLError as exc:
        raise LanguageDataError(f"{path}: {exc}") from exc
    if not isinstance(data, dict):
        raise LanguageDataError(f"{path}: expected a mapping at the top")
    return data


def _words(value: Any) -> Words:
    return tuple(str(w) for w in value or ())


def _clitics(v: Vocabulary) -> Clitics:
    return Clitics(v.words("conjunctions"), v.words("prepositions"), v.word("article"),
                   {str(k): str(x) for k, x in v.table("contractions").items()},
                   v.words("governing"), v.words("locative"), v.words("future"),
                   v.words("possessives"), v.words("particle_pronouns"))


def _calendar(v: Vocabulary) -> Calendar:
    months = {int(n): tuple(w for forms in systems.values() for w in _words(forms))
              for n, systems in v.table("gregorian").items()}
    seasons = {str(key): Season(_words(spec.get("names")), _words(spec.get("bare")),
                                tuple(int(m) for m in spec.get("months", ())))
               for key, spec in v.table("seasons").items()}
    return Calendar(months, _numbered(v.table("abbreviations")), v.words("ambiguous"),
                    _numbered(v.table("hijri")), _numbered(v.table("weekdays")), seasons,
                    v.flag("month_before_day"))


def _numbered(table: Mapping[Any, Any]) -> dict[int, Words]:
    return {int(n): _words(forms) for n, forms in table.items()}


def _numbers(v: Vocabulary) -> Numbers:
    small: dict[int, Words] = {}
    for section in ("units", "teens", "tens", "hundreds"):
        small.update(_numbered(v.table(section)))
    scales = {int(n): {str(kind): _words(forms) for kind, forms in kinds.items()}
              for n, kinds in v.table("scales").items()}
    return Numbers(v.word("joiner"), small, scales, _numbered(v.table("digit_scales")),
                   v.words("joined_by"), v.words("one_scale_after"), v.words("fractions"))


def _currencies(path: Path) -> dict[str, Currency]:
    out = {}
    for code, spec in read_data(path).items():
        if not isinstance(spec, dict) or set(spec) - {"after", "before"}:
            raise LanguageDataError(f"{path}: {code}: expected `after` and `before` words")
        for side in spec.values():
            _check(f"{path}: {code}", side, "words")
        out[str(code)] = Currency(_words(spec.get("after")), _words(spec.get("before")))
    return out
