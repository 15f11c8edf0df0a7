"""A pipeline compiles a language's components with its rules, before any document."""

from __future__ import annotations

from diplomap.extract.pipeline import Pipeline


def test_compiling_a_language_builds_its_components() -> None:
    pipeline = Pipeline((), "rules+scorer")
    pipeline.extractor("ar")
    assert [type(c).__name__ for c in pipeline._components["ar"]] == [
        "ScorerConfirm", "FinalConfidence"]
    assert "en" not in pipeline._components
