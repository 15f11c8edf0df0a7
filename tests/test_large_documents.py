"""Large documents cost time linear in their size: ingesting or extracting 4x the text takes
about 4x the CPU, not 16x (absolute figures: bench/bench_large.py)."""

from __future__ import annotations

import time
from pathlib import Path

from diplomap.extract.pipeline import Pipeline

SENTENCE = ("زار وزير خارجية كازاخستان بكين في مايو 2024 ووقع الجانبان اتفاقيات للتعاون في مجال "
            "الطاقة، وقالت الصين إنها ستستثمر 500 مليون دولار. ")


def text_of(chars: int) -> str:
    paragraph = SENTENCE * 30 + "\n"
    return paragraph * max(1, chars // len(paragraph))


def test_ingest_time_grows_linearly_with_a_file_s_size(tmp_path: Path, run) -> None:
    """Sentence indexing was quadratic (38 s for 4 MB): 4x the bytes must cost about 4x the
    CPU, not 16x. Absolute times live in bench/bench_large.py."""
    def seconds(name: str, chars: int) -> float:
        path = tmp_path / name
        path.write_text(text_of(chars), encoding="utf-8")
        start = time.process_time()
        result = run("ingest", path, "--no-extract", "--quiet", "--max-bytes", "20000000")
        assert result.exit_code == 0, result.output
        return time.process_time() - start

    seconds("warm.txt", 20_000)
    small, large = seconds("small.txt", 600_000), seconds("large.txt", 2_400_000)
    assert large / small < 8, (small, large)  # linear: about 4; quadratic: about 16


def test_extraction_time_grows_linearly() -> None:
    pipeline = Pipeline()
    pipeline(text_of(2000), "ar", "2024-06-01")  # warm the caches

    def seconds(chars: int) -> float:
        """The best of two runs: CPU time, so other test workers do not count, and the best so
        that a collection or a cache shared with them does not decide the ratio."""
        text = text_of(chars)
        best = float("inf")
        for _ in range(2):
            start = time.process_time()
            pipeline(text, "ar", "2024-06-01")
            best = min(best, time.process_time() - start)
        return best

    small, large = seconds(40_000), seconds(160_000)
    assert large / small < 8, (small, large)  # linear: about 4; quadratic: about 16
