"""diplomap: an evidence-linked model of a country's foreign relations, read from the press."""

from diplomap import native

__version__ = "0.1.0"

native.activate()  # the reading path compiled by mypyc, when built and fresh (diplomap.native)
