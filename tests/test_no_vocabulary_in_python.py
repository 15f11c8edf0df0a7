"""No language vocabulary in the Python of the text layer, the lexicon and extraction: every
word is language data (`src/diplomap/lang/<code>/*.yaml`, read through `diplomap.lang`).

Arabic is detected in string literals only (the `tokenize` module finds them; comments and
docstrings may quote words): an Arabic letter written in a literal, or a word of Arabic
letters spelled with escapes. English word lists cannot be told from code this way; they
were moved by review.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
import unicodedata
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "diplomap"
SCANNED = ("text", "lexicon", "extract")


def is_arabic_letter(ch: str) -> bool:
    return unicodedata.category(ch).startswith("L") and unicodedata.name(ch, "").startswith(
        "ARABIC")


def _docstrings(tree: ast.AST) -> set[tuple[int, int]]:
    """Start positions of the docstrings of the module, its classes and functions."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            first = node.body[0] if node.body else None
            if (isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant)
                    and isinstance(first.value.value, str)):
                found.add((first.lineno, first.col_offset))
    return found


def _has_arabic(literal: str) -> bool:
    if any(is_arabic_letter(ch) for ch in literal):
        return True  # written as letters
    try:
        value = ast.literal_eval(literal)
    except (ValueError, SyntaxError):
        return False  # an f-string: its source was checked
    if not isinstance(value, str):
        return False
    # spelled with escapes: a word (two letters in a row), not a character table entry
    return re.search(r"(?:[^\W\d_]){2}", "".join(
        ch if is_arabic_letter(ch) else " " for ch in value)) is not None


def arabic_literals(source: str) -> list[str]:
    """`line: literal` of every string literal holding Arabic (docstrings left out)."""
    docstrings = _docstrings(ast.parse(source))
    found = []
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type != tokenize.STRING or token.start in docstrings:
            continue
        if _has_arabic(token.string):
            found.append(f"{token.start[0]}: {token.string[:80]}")
    return found


FILES = sorted(p for stage in SCANNED for p in (PACKAGE / stage).rglob("*.py"))


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_arabic_words_in_python(path: Path) -> None:
    found = arabic_literals(path.read_text(encoding="utf-8"))
    assert not found, f"vocabulary belongs in src/diplomap/lang/<code>/: {found}"


def test_the_scan_covers_both_stages() -> None:
    assert {p.relative_to(PACKAGE).parts[0] for p in FILES} == set(SCANNED)
    assert len(FILES) >= 15


def test_the_scan_finds_words_in_literals_only() -> None:
    source = '''"""Module docstring: في may be quoted here."""
# a comment may quote في too
PREPOSITIONS = {"في", "to"}
ESCAPED = "\\u0645\\u0639"
LETTER_TABLE = {"\\u0622": "\\u0627"}
CLASS = r"[\\u0621-\\u064a]"
PUNCTUATION = "،؛؟"


def f() -> str:
    """Docstring with مع."""
    return f"{PREPOSITIONS}منذ"
'''
    found = arabic_literals(source)
    assert [line.split(":")[0] for line in found] == ["3", "4", "12"]
