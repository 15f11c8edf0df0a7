"""The reading pipeline: text -> Doc (sentences) -> mentions -> facts and events."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# imported to register their components ("scorer", "facts", "confidence")
from diplomap.extract import confirm, fact_reader, final_confidence  # noqa: F401
from diplomap.extract.components import DEFAULT_MODEL, Component, check_model, components
from diplomap.extract.extractor import Extractor
from diplomap.extract.model import Extraction
from diplomap.lang import has_grammar
from diplomap.text import Doc


@dataclass
class Reading:
    doc: Doc
    extraction: Extraction
    grammar: bool = True  # False: the language has no grammar, nothing was extracted


class Pipeline:
    """Compiled once (lexicon, automaton, predicate lexicons), then called per text.

    A text in a language without a grammar (`diplomap.lang.has_grammar`) is linked (the
    lexicon may know its names) but not read for facts and events: no language is read
    with another's rules.

    `model` names what runs after the rules (`diplomap.extract.components.MODELS`):
    "rules" alone, "rules+scorer" (the learned scorer confirms, re-types and proposes
    events, `diplomap.extract.confirm`) or "rules+scorer+facts" (the learned fact reader
    also proposes facts, `diplomap.extract.fact_reader`). Every model ends by mapping
    confidences onto precision held out from tuning (`diplomap.extract.final_confidence`);
    `final_map` False leaves them as the rules and the scorer gave them (to fit those
    maps)."""

    def __init__(self, lexicon_paths: Sequence[str] = (), model: str = DEFAULT_MODEL,
                 final_map: bool = True) -> None:
        from diplomap.lexicon import EntityLinker, load_lexicon

        self.model = check_model(model)
        self.final_map = final_map
        self.lexicon = load_lexicon(tuple(lexicon_paths))
        self.linker = EntityLinker(self.lexicon)
        self._extractors: dict[str, Extractor] = {}
        self._components: dict[str, list[Component]] = {}

    def extractor(self, lang: str) -> Extractor:
        """The language's rules, compiled with the components that follow them (a worker
        that compiles its languages at start loads the scorer then, not at a document)."""
        if lang not in self._extractors:
            self._extractors[lang] = Extractor(self.lexicon, lang).compile()
            self.components(lang)
        return self._extractors[lang]

    def __call__(self, text: str, lang: str = "ar", published: str | None = None) -> Reading:
        doc = Doc(text, lang=lang, published=published)
        doc.mentions = self.linker.link(doc)
        if not has_grammar(lang):
            return Reading(doc, Extraction(), grammar=False)
        extraction = self.extractor(lang).extract(doc, published)
        for component in self.components(lang):
            extraction = component(doc, extraction, published)
        return Reading(doc, extraction)

    def components(self, lang: str) -> list[Component]:
        if lang not in self._components:
            self._components[lang] = components(self.model, self.extractor(lang),
                                                final=self.final_map)
        return self._components[lang]

    def entity_rows(self, ids: Iterable[str]) -> list[dict]:
        rows = []
        for entity_id in sorted(set(ids)):
            entity = self.lexicon.entity(entity_id)
            if entity is not None:
                rows.append(entity_row(entity))
        return rows


def entity_row(entity) -> dict:
    names = getattr(entity, "names", {}) or {}
    arabic = names.get("ar") or []
    return {"id": entity.id, "kind": entity.kind, "en": getattr(entity, "en", None),
            "ar": arabic[0] if arabic else None, "qid": getattr(entity, "qid", None)}
