"""Parameter types whose values are names of the ontology (event types, predicates, quads,
modalities, entity kinds).

The names are read from `diplomap.ontology` when a request is validated and when the
OpenAPI schema is built, not when this module is imported: a type added to ontology.yaml
is accepted, and listed as an `enum` in /openapi.json, without touching code.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Annotated, Any

from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import PydanticCustomError, core_schema

from diplomap.ontology import ontology


def _no_aliases() -> Mapping[str, str]:
    return {}


@dataclass(frozen=True)
class OneOf:
    """Pydantic metadata: the string must be one of `names()` (or an alias of one, which
    it becomes); the JSON schema lists `names()` as its enum."""

    what: str
    names: Callable[[], Iterable[str]]
    aliases: Callable[[], Mapping[str, str]] = field(default=_no_aliases)

    def check(self, value: str) -> str:
        value = self.aliases().get(value, value)
        allowed = list(self.names())
        if value not in allowed:
            raise PydanticCustomError("enum", "unknown {what} {value} (one of: {expected})", {
                "what": self.what, "value": repr(value), "expected": ", ".join(allowed)})
        return value

    def __get_pydantic_core_schema__(self, source: Any,
                                     handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
        return core_schema.no_info_after_validator_function(self.check, handler(source))

    def __get_pydantic_json_schema__(self, schema: core_schema.CoreSchema,
                                     handler: GetJsonSchemaHandler) -> JsonSchemaValue:
        out = handler(schema)
        out["enum"] = list(self.names())
        return out


def _kind_aliases() -> Mapping[str, str]:
    return {alias: kind.name for kind in ontology().entity_kinds.values()
            for alias in kind.aliases}


EventType = Annotated[str, OneOf("event type", lambda: ontology().event_types)]
Predicate = Annotated[str, OneOf("predicate", lambda: ontology().predicates)]
Quad = Annotated[str, OneOf("quad", lambda: ontology().quads)]
Modality = Annotated[str, OneOf("modality", lambda: ontology().modalities)]
EntityKind = Annotated[str, OneOf("entity kind", lambda: ontology().entity_kinds, _kind_aliases)]
