"""The actor lexicon (states, organisations, persons, places, titles) and
the entity linker that finds them in Arabic and English text."""

from diplomap.lexicon.core import Lexicon, load_lexicon
from diplomap.lexicon.forms import nisba_forms
from diplomap.lexicon.linker import EntityLinker, default_linker, link_text
from diplomap.lexicon.model import Entity, LexiconError, Role

__all__ = [
    "Entity",
    "EntityLinker",
    "Lexicon",
    "LexiconError",
    "Role",
    "default_linker",
    "link_text",
    "load_lexicon",
    "nisba_forms",
]
