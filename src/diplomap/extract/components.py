"""Pipeline components that run after the rules, and the extraction models built from them.

A component reads a document and the rules' extraction and returns the extraction it keeps
(confirmed, re-typed, completed). A model is a named list of components:
`Pipeline(model="rules+scorer")`, `diplomap ingest --model rules`. Components register
themselves by name (`register`); the registry is filled when `diplomap.extract.pipeline`
is imported.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:  # this module stays cheap to import: the CLI reads MODELS at start-up
    from diplomap.extract.extractor import Extractor
    from diplomap.extract.model import Extraction
    from diplomap.text import Doc


class Component(Protocol):
    def __call__(self, doc: Doc, extraction: Extraction, published: str | None) -> Extraction:
        ...


# A factory builds a language's component from its rules' extractor, or None when the
# component cannot read that language.
Factory = Callable[["Extractor"], "Component | None"]

_FACTORIES: dict[str, Factory] = {}
MODELS: dict[str, tuple[str, ...]] = {"rules": (), "rules+scorer": ("scorer",),
                                      "rules+scorer+facts": ("scorer", "facts")}
# The default is the model with the better events F1 on the dev set's frozen test split in
# both languages, within the speed budget (README, "Facts and events"; `make eval`).
DEFAULT_MODEL = "rules+scorer"  # frozen split, events F1: ar .431 -> .437, en .456 -> .484


def register(name: str, factory: Factory) -> None:
    _FACTORIES[name] = factory


def check_model(model: str) -> str:
    if model not in MODELS:
        raise ValueError(f"unknown extraction model {model!r}: choose one of "
                         f"{', '.join(MODELS)}")
    return model


# Every model ends with it: confidence mapped onto precision held out from tuning
# (`diplomap.extract.final_confidence`).
FINAL = "confidence"


def components(model: str, extractor: Extractor, final: bool = True) -> list[Component]:
    """The components of `model` that read the extractor's language, in order; `final`:
    with the held-out confidence map at the end (fitting that map and what feeds it runs
    without it)."""
    names = MODELS[check_model(model)] + ((FINAL,) if final else ())
    built = (_FACTORIES[name](extractor) for name in names)
    return [c for c in built if c is not None]
