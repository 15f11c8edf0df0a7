"""End to end: `diplomap ingest` (read, store, extract, write) of N seed-sized documents.

    python bench/bench_pipeline.py [--docs 1000 10000] [--large] [--workers N] [--model M..]
    python bench/bench_pipeline.py --extraction 500 [--model M..]   (one core, CPU time)
    python bench/bench_pipeline.py --growth 3000   (live objects per 1,000 documents read)

The documents are the bundled sample corpus and, when present, ../shared/seeds, each copied
with a word of its own at the end of every sentence and a line of its own, so that every
document and every sentence is new. For each N: documents/s and MB/s, the peak
RSS of every process (the ingest and its workers, sampled from /proc), and the ratio of the
run's time to a regex tokenisation pass over the same texts timed in the same run, which is
the figure to track (machines here are shared and noisy).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT / "src" / "diplomap" / "sample" / "corpus", ROOT.parent / "shared" / "seeds"]


def templates() -> list[str]:
    texts = []
    for folder in SOURCES:
        for path in sorted(folder.glob("*")) if folder.is_dir() else []:
            if path.suffix == ".json":
                texts.append(json.loads(path.read_text(encoding="utf-8"))["text"])
            elif path.suffix == ".txt":
                texts.append(path.read_text(encoding="utf-8"))
    return texts


SENTENCE_END = re.compile(r"(?<=\w)([.!?؟])(?=\s|$)")


def copy_of(template: str, i: int) -> str:
    """The template as document `i`: every sentence ends with a word of its own (letters
    spelling `i`) and a line is added, so that no sentence of one copy is a sentence of
    another. Copies that shared sentences would be read as a wire story reprinted, whose
    sketches and encoder vectors are remembered (`diplomap.store.records`): a corpus of new
    text pays them."""
    tag = "".join(chr(ord("a") + i // 26**k % 26) for k in range(4))
    return SENTENCE_END.sub(rf" q{tag}\1", template) + f"\n(نسخة رقم {i} / copy {i})\n"


def copies(n_docs: int) -> list[str]:
    base = templates()
    return [copy_of(base[i % len(base)], i) for i in range(n_docs)]


def generate(folder: Path, n_docs: int) -> list[str]:
    texts = copies(n_docs)
    for i, text in enumerate(texts):
        (folder / f"doc_{i:06d}.txt").write_text(text, encoding="utf-8")
    return texts


class PeakRSS:
    """Samples the RSS of a process and all its descendants; keeps each one's peak, and the
    CPU seconds each has used (the last sample: a worker's final second may be missed)."""

    TICKS = os.sysconf("SC_CLK_TCK")

    def __init__(self, pid: int, every: float = 0.05) -> None:
        self.pid, self.every = pid, every
        self.peaks: dict[int, int] = {}
        self.cpu: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _tree(self) -> list[int]:
        parents: dict[int, int] = {}
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    stat = (entry / "stat").read_text()
                except OSError:
                    continue
                parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
        tree, frontier = [self.pid], [self.pid]
        while frontier:
            frontier = [p for p, parent in parents.items() if parent in frontier]
            tree += frontier
        return tree

    def _run(self) -> None:
        while not self._stop.is_set():
            for pid in self._tree():
                try:
                    for line in (Path("/proc") / str(pid) / "status").read_text().splitlines():
                        if line.startswith("VmRSS:"):
                            kb = int(line.split()[1])
                            self.peaks[pid] = max(self.peaks.get(pid, 0), kb)
                    fields = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1]
                    utime, stime = fields.split()[11:13]
                    self.cpu[pid] = (int(utime) + int(stime)) / self.TICKS
                except OSError:
                    continue
            time.sleep(self.every)

    def stop(self) -> dict[int, float]:
        self._stop.set()
        self._thread.join()
        return {pid: kb / 1024 for pid, kb in self.peaks.items()}


def tokenise_seconds(texts: list[str]) -> float:
    start = time.perf_counter()
    for text in texts:
        re.findall(r"\w+", text)
    return time.perf_counter() - start


def run(n_docs: int, workers: int | None, model: str | None = None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder, db = Path(tmp) / "corpus", Path(tmp) / "bench.db"
        folder.mkdir()
        texts = generate(folder, n_docs)
        size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
        cmd = [sys.executable, "-m", "diplomap", "--db", str(db), "ingest", str(folder), "-q"]
        if workers:
            cmd += ["--workers", str(workers)]
        if model:
            cmd += ["--model", model]
        start = time.perf_counter()
        child = subprocess.Popen(cmd)
        sampler = PeakRSS(child.pid)
        child.wait()
        seconds = time.perf_counter() - start
        peaks = sampler.stop()
        if child.returncode:
            raise SystemExit(f"ingest failed with exit code {child.returncode}")
        baseline = tokenise_seconds(texts)
    # the ingest process first (it reads, stores and writes), then its workers
    order = [child.pid, *sorted((p for p in peaks if p != child.pid), key=peaks.__getitem__,
                                reverse=True)]
    rss = ", ".join(f"{peaks[p]:.0f}" for p in order if p in peaks)
    cpu = ", ".join(f"{sampler.cpu[p]:.1f}" for p in order if p in sampler.cpu)
    print(f"{model or 'default':>12} {n_docs:>7} docs {size:7.1f} MB {seconds:7.1f} s"
          f" {n_docs / seconds:7.0f} docs/s"
          f" {size / seconds:6.2f} MB/s {seconds / baseline:7.0f}x tokenise"
          f"   peak RSS MB (ingest, workers): {rss}   CPU s (ingest, workers): {cpu}")


def extraction_alone(n_docs: int, model: str | None) -> None:
    """Documents/s on one core (CPU time): reading alone (the pipeline: text to facts and
    events), then what an extraction worker does per document (reading, then its rows and
    event links; the encoder vectors are the writer's, computed only for the comparisons that
    need them).

    As in a worker (`freeze_loaded`), the loaded lexicon and models are frozen out of the
    garbage collector and its young generation is collected less often; each template is
    read once untimed first: what loads on a worker's first documents (date parsers,
    lazily built tables) is start-up, not throughput, and would otherwise be charged to
    whichever model is timed first."""
    from diplomap.extract.components import DEFAULT_MODEL
    from diplomap.ingest.language import detect_language
    from diplomap.scale.parallel import _prepare, compiled_pipeline, freeze_loaded
    from diplomap.store.documents import document_id

    texts = copies(n_docs)
    warm = [copy_of(t, n_docs) for t in templates()]
    jobs = [(document_id(t), t, detect_language(t), None) for t in texts]
    pipeline = compiled_pipeline((), model or DEFAULT_MODEL)
    freeze_loaded()
    for text in warm:
        _prepare(pipeline, document_id(text), text, detect_language(text), None)
    baseline = _cpu(lambda: [re.findall(r"\w+", text) for text in texts])
    reading = _cpu(lambda: [pipeline(text, lang, published) for _, text, lang, published in jobs])
    worker = _cpu(lambda: [_prepare(pipeline, *job) for job in jobs])
    for what, seconds in (("reading alone", reading), ("worker's whole", worker)):
        print(f"{model or 'default':>12} {n_docs:>7} docs {what:>14}: {seconds:6.1f} CPU s"
              f" {n_docs / seconds:7.0f} docs/s per core {seconds / baseline:7.0f}x tokenise")
    if "scorer" in (model or DEFAULT_MODEL):
        scorer_alone(jobs)


def _cpu(work) -> float:
    start = time.process_time()
    work()
    return time.process_time() - start


def scorer_alone(jobs: list[tuple]) -> None:
    """The learned scorer's own cost per sentence (CPU time, one core), timed after the
    extraction: every sentence of the documents, one batch per document as the component
    scores them (the component itself scores only the sentences it reads)."""
    from diplomap.extract.scorer import Scorer
    from diplomap.text import Doc

    scorer = Scorer.load()
    batches = []
    for _, text, lang, published in jobs:
        if lang in scorer.languages:
            doc = Doc(text, lang=lang, published=published)
            indices = range(len(doc.sentences))
            batches.append(([doc.sentence_text(i) for i in indices], lang,
                            [doc.sentence_folded(i) for i in indices]))
    start = time.process_time()
    for sentences, lang, folded in batches:
        scorer.score(sentences, lang, folded)
    seconds = time.process_time() - start
    count = sum(len(sentences) for sentences, _, _ in batches)
    print(f"{'scorer':>12} {count:>7} sentences alone: {seconds:6.2f} CPU s"
          f" {seconds / max(count, 1) * 1e6:7.0f} µs/sentence per core")


READING_MODULES = ("diplomap.text", "diplomap.lexicon", "diplomap.extract")


def live_objects(prefixes: tuple[str, ...] = READING_MODULES) -> Counter[str]:
    """The objects the garbage collector tracks, after a full collection, counted by type
    for the types defined in the modules under `prefixes` ("diplomap.text.normalize.
    Normalized"); objects frozen out of the collector (`gc.freeze`) are not counted."""
    gc.collect()
    counts: Counter[str] = Counter()
    for obj in gc.get_objects():
        kind = type(obj)
        module = getattr(kind, "__module__", None)
        if isinstance(module, str) and module.startswith(prefixes):
            counts[f"{module}.{kind.__qualname__}"] += 1
    return counts


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def growth(n_docs: int, model: str | None) -> None:
    """What a worker keeps of the documents it read: live objects of the reading path's
    types (text, lexicon, extraction) per 1,000 documents, over the second half of
    `n_docs` documents read as a worker reads them (`_prepare`, the loaded pipeline
    frozen). A reference leak (the compiled `EntityLinker.link` once kept every
    document's `Normalized`) shows as about 1,000 objects of a type per 1,000 documents;
    caches that fill up show in the first half only. Should be ~0 for every type."""
    import diplomap.scale.parallel as parallel
    from diplomap.extract.components import DEFAULT_MODEL
    from diplomap.ingest.language import detect_language
    from diplomap.native import active
    from diplomap.store.documents import document_id

    pipeline = parallel.compiled_pipeline((), model or DEFAULT_MODEL)
    parallel.freeze_loaded()
    texts = copies(n_docs)
    half = n_docs // 2
    points = []
    for i, text in enumerate(texts):
        if i in (0, half):
            points.append((live_objects(), len(gc.get_objects()), _rss_mb()))
        parallel._prepare(pipeline, document_id(text), text, detect_language(text), None)
    points.append((live_objects(), len(gc.get_objects()), _rss_mb()))
    per = 1000 / max(n_docs - half, 1)
    (_, _, rss0), (mid, tracked_mid, rss_mid), (end, tracked_end, rss_end) = points
    grown = {kind: (end[kind] - mid[kind]) * per for kind in end.keys() | mid.keys()}
    reading = sum(grown.values())
    print(f"{model or 'default':>12} {n_docs:>7} docs  {'compiled' if active() else 'Python'}"
          f"  live objects per 1,000 documents (second half): reading types {reading:+.0f},"
          f" all tracked {(tracked_end - tracked_mid) * per:+.0f};  RSS MB {rss0:.0f} ->"
          f" {rss_mid:.0f} -> {rss_end:.0f}")
    for kind, n in sorted(grown.items(), key=lambda item: (-abs(item[1]), item[0]))[:8]:
        if n:
            print(f"{'':>12} {n:+9.0f}  {kind}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--large", action="store_true", help="also 100,000 documents")
    parser.add_argument("--workers", type=int, help="extraction workers [default: the CLI's]")
    parser.add_argument("--model", nargs="+", default=[None],
                        help="extraction models to time (`ingest --model`) [default: the CLI's]")
    parser.add_argument("--extraction", type=int, metavar="N",
                        help="instead: extraction alone on one core, over N documents")
    parser.add_argument("--growth", type=int, metavar="N",
                        help="instead: live objects a worker keeps per 1,000 documents, over N")
    args = parser.parse_args()
    if args.growth:
        for model in args.model:
            growth(args.growth, model)
        return
    if args.extraction:
        for model in args.model:
            extraction_alone(args.extraction, model)
        return
    for n_docs in [*args.docs, *([100_000] if args.large else [])]:
        for model in args.model:
            run(n_docs, args.workers, model)


if __name__ == "__main__":
    main()
