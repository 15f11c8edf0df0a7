"""Parallel extraction gives the same store as extraction in one process."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from diplomap.cli import cli
from diplomap.store import connect

SENTENCES = [
    "زار الرئيس التركي رجب طيب أردوغان كازاخستان في مايو 2022 والتقى نظيره الكازاخستاني.",
    "وقّعت أوزبكستان وقيرغيزستان اتفاقية لترسيم الحدود المشتركة عام 2023.",
    "انضمت إيران إلى منظمة شنغهاي للتعاون في يوليو 2023.",
    "قدمت الصين مساعدات إنسانية إلى أفغانستان بقيمة 10 ملايين دولار.",
]


def _snapshot(db: Path) -> tuple:
    conn = connect(db)
    return tuple(sorted(tuple(r) for r in conn.execute(q)) for q in (
        "SELECT doc_id, start, end, entity_id FROM mentions",
        "SELECT f.subject, f.predicate, f.object, m.doc_id FROM facts f "
        "JOIN fact_mentions m ON m.fact_id = f.id",
        "SELECT doc_id, source, event_type, target, date FROM events"))


def test_two_workers_match_one(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(40):
        text = f"تقرير {i}. " + " ".join(SENTENCES[(i + k) % 4] for k in range(3))
        (corpus / f"doc_{i:03d}.txt").write_text(text, encoding="utf-8")
    dbs = []
    for workers in ("1", "2"):
        db = tmp_path / f"w{workers}.db"
        result = CliRunner().invoke(cli, ["--db", str(db), "ingest", str(corpus), "-q",
                                          "--workers", workers])
        assert result.exit_code == 0, result.output
        dbs.append(db)
    one, two = _snapshot(dbs[0]), _snapshot(dbs[1])
    assert one == two and all(one)


def test_a_run_in_this_process_is_frozen_then_unfrozen() -> None:
    """`loaded_frozen` leaves what was loaded out of the collector while it runs, and gives
    everything back (and the collector's threshold) after it."""
    import gc

    from diplomap.scale.parallel import loaded_frozen

    before = gc.get_threshold()
    with loaded_frozen():
        assert gc.get_freeze_count() > 0
        assert gc.get_threshold()[0] > before[0]
    assert gc.get_freeze_count() == 0 and gc.get_threshold() == before


def test_warming_loads_what_a_first_reading_loads() -> None:
    """`warm` (run before the workers fork) reads a text of each language as a worker does:
    the language identifier, unloaded before it, is loaded after it; each warm text is
    recognised as its language, and a document reads the same before and after it."""
    from diplomap.ingest.language import _features, _identifier, detect_language
    from diplomap.scale.parallel import _prepare, compiled_pipeline, warm, warm_texts

    pipeline = compiled_pipeline()
    before = _prepare(pipeline, "doc", SENTENCES[3], "ar", "2024-01-01")
    _features.cache_clear()
    _identifier.cache_clear()
    warm(pipeline)
    assert _identifier.cache_info().currsize == 1 and _features.cache_info().currsize == 1
    assert all(detect_language(text) == lang for lang, text in warm_texts().items())
    assert _prepare(pipeline, "doc", SENTENCES[3], "ar", "2024-01-01") == before


def test_workers_are_forked_after_the_warming(monkeypatch) -> None:
    """`start_workers` warms the pipeline it compiled before it starts the pool (the workers
    inherit what the warming loaded), and leaves no pipeline behind in this process."""
    from diplomap.scale import parallel

    calls: list[str] = []
    pipeline = object()

    class Pool:
        def __init__(self, *args, **kwargs) -> None:
            calls.append("pool")

        def submit(self, fn, *args) -> None:
            calls.append("fork")

    monkeypatch.setattr(parallel, "compiled_pipeline", lambda *args: pipeline)
    monkeypatch.setattr(parallel, "warm", lambda p: calls.append("warm" if p is pipeline
                                                                 else "warm other"))
    monkeypatch.setattr(parallel, "ProcessPoolExecutor", Pool)
    assert isinstance(parallel.start_workers(2), Pool)
    assert calls == ["warm", "pool", "fork", "fork"]
    assert parallel._worker_pipeline is None


def test_a_pipeline_is_built_with_the_collector_paused_then_as_it_was(monkeypatch) -> None:
    """`compiled_pipeline` pauses the garbage collector while it builds (each language's
    extractor is compiled with it disabled) and leaves it as it found it: enabled again, or
    still disabled."""
    import gc

    from diplomap.extract.pipeline import Pipeline
    from diplomap.scale.parallel import compiled_pipeline

    enabled: list[bool] = []
    extractor = Pipeline.extractor

    def recording(self, lang):
        enabled.append(gc.isenabled())
        return extractor(self, lang)

    monkeypatch.setattr(Pipeline, "extractor", recording)
    assert gc.isenabled()
    compiled_pipeline()
    assert enabled and not any(enabled) and gc.isenabled()
    gc.disable()
    try:
        compiled_pipeline()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_failed_warming_leaves_no_pipeline_behind(monkeypatch) -> None:
    """If `warm` raises, `start_workers` raises it and this process keeps no pipeline."""
    import pytest

    from diplomap.scale import parallel

    def fail(pipeline) -> None:
        raise RuntimeError("warm")

    monkeypatch.setattr(parallel, "compiled_pipeline", lambda *args: object())
    monkeypatch.setattr(parallel, "warm", fail)
    with pytest.raises(RuntimeError, match="warm"):
        parallel.start_workers(2)
    assert parallel._worker_pipeline is None
