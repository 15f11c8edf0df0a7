"""diplomap: an evidence-linked model of a country's foreign relations, read from the press."""

__version__ = "0.1.0"
