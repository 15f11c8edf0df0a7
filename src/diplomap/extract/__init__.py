"""Extraction: facts and PLOVER events with evidence, from linked documents."""

from diplomap.extract.extractor import Extractor
from diplomap.extract.model import Event, Evidence, Extraction, Fact
from diplomap.extract.pipeline import Pipeline, Reading

__all__ = ["Event", "Evidence", "Extraction", "Extractor", "Fact", "Pipeline", "Reading"]
