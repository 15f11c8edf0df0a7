"""Large documents cost time linear in their size: a 10 MB file ingests well inside a generous
ceiling, and extraction of 4x the text takes about 4x the time, not 16x."""

from __future__ import annotations

import time
from pathlib import Path

from diplomap.extract.pipeline import Pipeline

SENTENCE = ("زار وزير خارجية كازاخستان بكين في مايو 2024 ووقع الجانبان اتفاقيات للتعاون في مجال "
            "الطاقة، وقالت الصين إنها ستستثمر 500 مليون دولار. ")


def text_of(chars: int) -> str:
    paragraph = SENTENCE * 30 + "\n"
    return paragraph * max(1, chars // len(paragraph))


def test_a_10_mb_file_ingests_inside_a_generous_ceiling(tmp_path: Path, run) -> None:
    big = tmp_path / "big.txt"
    big.write_text(text_of(5_500_000), encoding="utf-8")  # about 10 MB of UTF-8
    assert big.stat().st_size > 9_500_000
    start = time.perf_counter()
    result = run("ingest", big, "--no-extract", "--quiet", "--max-bytes", "20000000")
    assert result.exit_code == 0, result.output
    assert time.perf_counter() - start < 90  # 38 s for 4 MB when indexing was quadratic


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

    small, large = seconds(150_000), seconds(600_000)
    assert large / small < 8, (small, large)  # linear: about 4; quadratic: about 16
