"""Bundled sample corpus: corpus/*.json, gold.jsonl, entities.jsonl (see README.md)."""
