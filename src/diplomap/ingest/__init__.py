"""Ingest: read corpora (txt, md, html, json, jsonl, csv) into the store."""

from diplomap.ingest.language import detect_language
from diplomap.ingest.pipeline import (
    IngestSummary,
    collect_files,
    ingest_paths,
    iter_articles,
    new_document,
)
from diplomap.ingest.readers import Article, IngestError, ReadOptions, read_file

__all__ = [
    "Article",
    "IngestError",
    "IngestSummary",
    "ReadOptions",
    "collect_files",
    "detect_language",
    "ingest_paths",
    "iter_articles",
    "new_document",
    "read_file",
]
