"""Choose the Wikinews dev set's articles and freeze its splits (run once, before tuning).

Whole news articles, unlike the one-to-three-sentence `data/devset` items: they carry reported
speech, pronouns, titles and several events per story, as the reporting diplomap reads does.

The choice is deterministic: articles are ranked by a hash of their ID. A cue pattern only
*samples* articles likely to report relations between states or armed conflict; it labels
nothing: annotators code each excerpt from its text alone. Each excerpt is the article's opening
paragraphs (verbatim, dateline dropped) up to about 1,300 characters; every article whose
excerpt has at least 600 characters and two different cue words is taken (78 of 295), split by
hash into a frozen test third and a calibration rest.

A second tier, chosen later by the same rule with one cue word (79 more), is the tune split:
whole articles rules may be written from. Adding it changed none of the first tier's lines.

    python data/wikinews/select_articles.py ../shared/devdata/wikinews-en/articles.jsonl \
        > data/wikinews/items.jsonl
"""

from __future__ import annotations

import hashlib
import json
import re
import sys

MIN_CHARS = 600
MAX_CHARS = 1300
CUE = re.compile(
    r"\b(minister|president|government|embassy|ambassador|sanction|treaty|agreement|talks|"
    r"summit|troops|military|airstrike|attack|protest|arrest|border|foreign|diplomat|"
    r"united nations|nato|european union)\b",
    re.IGNORECASE,
)


def rank(article_id: str) -> str:
    return hashlib.sha256(article_id.encode()).hexdigest()


def split(article_id: str) -> str:
    """A third of the articles, fixed by their ID, is the frozen test split; the rest is the
    calibration split: it fits the confidence shown to analysts, and no rule is written from
    it (so that the confidence is measured on text the rules never saw)."""
    digest = hashlib.sha256(b"split:" + article_id.encode()).hexdigest()
    return "test" if int(digest, 16) % 3 == 0 else "calibrate"


def excerpt(text: str) -> str:
    """The opening paragraphs after the dateline, whole, up to MAX_CHARS."""
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    body = paragraphs[1:] if paragraphs and len(paragraphs[0]) < 60 else paragraphs
    kept: list[str] = []
    for paragraph in body:
        if kept and len("\n\n".join([*kept, paragraph])) > MAX_CHARS:
            break
        kept.append(paragraph)
    return "\n\n".join(kept)


def cue_words(text: str) -> int:
    return len(set(m.lower() for m in CUE.findall(text)))


def main(path: str) -> None:
    articles = [json.loads(line) for line in open(path, encoding="utf-8")]
    articles.sort(key=lambda article: rank(str(article["id"])))
    for tier in (2, 1):
        for article in articles:
            text = excerpt(article["text"])
            if len(text) < MIN_CHARS or min(cue_words(text), 2) != tier:
                continue
            record = {
                "id": f"wikinews:{article['id']}",
                "title": article["title"],
                "date": article["date"],
                "url": article["url"],
                "split": split(str(article["id"])) if tier == 2 else "tune",
                "text": text,
            }
            print(json.dumps(record, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
