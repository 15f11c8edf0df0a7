"""Bundled sample corpus: corpus/*.json, gold.jsonl, entities.jsonl (see README.md)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent
CORPUS = ROOT / "corpus"


def language_of(article: Path) -> str:
    """An article's language: its file name starts with the language's code
    ("ar_01_sco_astana_summit.json")."""
    return article.name.split("_", 1)[0]
