"""Evaluation against gold files (ONTOLOGY section 4)."""

from diplomap.eval.bootstrap import bootstrap, paired_bootstrap
from diplomap.eval.predictions import DocText, from_files, from_store, from_texts, read_doc_texts
from diplomap.eval.scoring import Counts, GoldError, Report, read_items, score

__all__ = ["Counts", "DocText", "GoldError", "Report", "bootstrap", "from_files", "from_store",
           "from_texts", "paired_bootstrap", "read_doc_texts", "read_items", "score"]
