"""Evaluation against gold files (ONTOLOGY section 4)."""

from diplomap.eval.predictions import from_files, from_store
from diplomap.eval.scoring import Counts, GoldError, Report, read_items, score

__all__ = ["Counts", "GoldError", "Report", "from_files", "from_store", "read_items", "score"]
