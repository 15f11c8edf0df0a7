"""API latency at scale: p50/p95 of the country profile, the balance and filtered events pages.

    python bench/bench_api.py [--events 1000000] [--docs 100000] [--db PATH] [--requests 200]

Generates (or, with --db PATH of an existing file, reuses) a database of documents with
sentences, facts with their mentions and PLOVER events (own template sentences, batched
inserts through the normal schema and its triggers), then times requests through the
ASGI app in-process (Starlette's TestClient: no network) and prints the figures.
Target: p95 < 100 ms.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

STATES = ["KAZ", "RUS", "CHN", "USA", "TUR", "UZB", "KGZ", "TJK", "TKM", "AFG", "AZE", "IRN",
          "PAK", "IND", "JPN", "KOR", "DEU", "FRA", "GBR", "ITA", "POL", "UKR", "BLR", "ARM",
          "GEO", "SAU", "ARE", "QAT", "EGY", "SYR", "IRQ", "ISR", "MNG", "HUN", "ESP", "NLD",
          "CZE", "AUT", "BEL", "SWE", "FIN", "CAN", "BRA", "MYS", "IDN", "SGP", "VNM", "KWT",
          "OMN", "JOR", "MAR", "DZA", "LTU", "LVA", "EST", "ROU", "BGR", "GRC", "SRB", "CHE"]
ORGS = ["UN", "UNSC", "SCO", "CSTO", "EAEU", "CIS", "OSCE", "OIC", "CICA", "OTS", "EU", "NATO"]
TYPES = [("CONSULT", "VC", 2.5, 30), ("AGREE", "VC", 2.5, 10), ("SUPPORT", "VC", 5.0, 12),
         ("COOPERATE", "MC", 9.5, 12), ("AID", "MC", 10.0, 4), ("REQUEST", "VK", 0.0, 6),
         ("ACCUSE", "VK", -3.0, 8), ("REJECT", "VK", -2.0, 4), ("THREATEN", "VK", -3.5, 3),
         ("SANCTION", "MK", -6.0, 3), ("PROTEST", "MK", -5.0, 3), ("CONCEDE", "VC", 4.5, 2),
         ("RETREAT", "MC", 6.5, 1), ("MOBILIZE", "MK", -5.5, 1), ("COERCE", "MK", -7.0, 1)]
PREDICATES = ["member_of", "partner_of", "agreement_with", "border_with", "invested_in",
              "aid_to", "chair_of", "hosts", "mediated", "founder_of"]
SENTENCES = [
    "زار رئيس {a} العاصمة {b} في {m} {y} وبحث مع نظيره سبل تعزيز التعاون.",
    "وقعت {a} و{b} اتفاقية للشراكة الاستراتيجية عام {y}.",
    "انضمت {a} إلى {o} في {m} {y}.",
    "استثمرت شركات من {a} أكثر من {n} مليار دولار في اقتصاد {b}.",
    "قدمت {a} مساعدات إنسانية إلى {b} بقيمة {n} مليون دولار.",
    "انتقدت وزارة خارجية {a} تصريحات مسؤولين في {b} بشأن الحدود.",
]
MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
          "أكتوبر", "نوفمبر", "ديسمبر"]
BATCH = 20_000


def weighted_states(rng: random.Random) -> list[str]:
    """Partners drawn Zipf-like: the neighbours and big powers most often."""
    return rng.choices(STATES[1:] + ORGS, weights=[1 / (i + 1) ** 0.8 for i in
                                                  range(len(STATES) - 1 + len(ORGS))], k=4096)


def make_doc(rng: random.Random, i: int) -> tuple[str, list[tuple[int, int]]]:
    parts, spans, offset = [], [], 0
    for _ in range(rng.randint(6, 14)):
        s = rng.choice(SENTENCES).format(
            a=rng.choice(STATES), b=rng.choice(STATES), o=rng.choice(ORGS),
            m=rng.choice(MONTHS), y=rng.randint(1992, 2025), n=rng.randint(1, 900))
        parts.append(s)
        spans.append((offset, offset + len(s)))
        offset += len(s) + 1
    return " ".join(parts), spans


def generate(conn, n_docs: int, n_events: int, seed: int = 11) -> None:
    from diplomap.store import transaction

    rng = random.Random(seed)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    t0 = time.perf_counter()
    with transaction(conn):
        conn.executemany("INSERT OR IGNORE INTO entities (id, kind, en, ar) VALUES (?,?,?,?)",
                         [(s, "state", s, s) for s in STATES] +
                         [(o, "organization", o, o) for o in ORGS])
    spans_of: list[list[tuple[int, int]]] = []
    doc_ids: list[str] = []
    for start in range(0, n_docs, BATCH):
        docs, sentences = [], []
        for i in range(start, min(n_docs, start + BATCH)):
            text, spans = make_doc(rng, i)
            did = f"d{i:08d}"
            year = rng.randint(1992, 2025)
            docs.append((did, text, f"تقرير {i}", None, f"bench/{i}.txt", "bench", "ar",
                         f"{year}-{rng.randint(1, 12):02d}", now, len(text)))
            sentences += [(did, k, s, e) for k, (s, e) in enumerate(spans)]
            spans_of.append(spans)
            doc_ids.append(did)
        with transaction(conn):
            conn.executemany("INSERT INTO documents (id, text, title, url, path, source, lang,"
                             " published, ingested_at, n_chars) VALUES (?,?,?,?,?,?,?,?,?,?)",
                             docs)
            conn.executemany("INSERT INTO sentences (doc_id, idx, start, end) VALUES (?,?,?,?)",
                             sentences)
    print(f"  {n_docs:,} documents in {time.perf_counter() - t0:.1f}s", file=sys.stderr)
    _facts(conn, rng, doc_ids, spans_of)
    t1 = time.perf_counter()
    for batch in _event_batches(rng, n_events, doc_ids, spans_of):
        with transaction(conn):
            conn.executemany(
                "INSERT INTO events (id, doc_id, source, event_type, mode, context, target,"
                " date, intensity, quad, modality, confidence, evidence)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", batch)
    print(f"  {n_events:,} events in {time.perf_counter() - t1:.1f}s", file=sys.stderr)
    conn.execute("ANALYZE")


def _event_batches(rng: random.Random, n: int, doc_ids: list[str],
                   spans_of: list[list[tuple[int, int]]]) -> Iterator[list[tuple]]:
    partners = weighted_states(rng)
    types = rng.choices(TYPES, weights=[t[3] for t in TYPES], k=4096)
    batch: list[tuple] = []
    for i in range(n):
        r = rng.random()
        partner = partners[i % 4096 if i % 7 else rng.randrange(4096)]
        if r < 0.3:
            source, target = "KAZ", partner
        elif r < 0.5:
            source, target = partner, "KAZ"
        else:
            source, target = rng.sample(STATES[1:], 2)
        event_type, quad, intensity, _ = types[rng.randrange(4096)]
        d = rng.randrange(len(doc_ids))
        k = rng.randrange(len(spans_of[d]))
        s, e = spans_of[d][k]
        year, month, day = rng.randint(1992, 2025), rng.randint(1, 12), rng.randint(1, 28)
        precision = rng.random()
        date = (f"{year}-{month:02d}-{day:02d}" if precision < 0.7 else
                f"{year}-{month:02d}" if precision < 0.9 else str(year))
        batch.append((f"e{i:08d}", doc_ids[d], source, event_type, None, '["diplomatic"]',
                      target, date, intensity, quad,
                      "actual" if rng.random() < 0.95 else "planned", 0.8,
                      json.dumps([{"sentence": k, "start": s, "end": e}])))
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _facts(conn, rng: random.Random, doc_ids: list[str],
           spans_of: list[list[tuple[int, int]]]) -> None:
    from diplomap.store import transaction

    t0 = time.perf_counter()
    facts = {}
    for subject in STATES:
        for _ in range(60 if subject == "KAZ" else 25):
            predicate = rng.choice(PREDICATES)
            obj = rng.choice(ORGS if predicate in ("member_of", "chair_of", "founder_of")
                             else STATES)
            if obj != subject:
                facts[f"f{len(facts):06d}"] = (subject, predicate, obj)
    mentions = []
    for fid in facts:
        for d in rng.sample(range(len(doc_ids)), rng.randint(1, 60)):
            k = rng.randrange(len(spans_of[d]))
            s, e = spans_of[d][k]
            mentions.append((fid, doc_ids[d], json.dumps({"since": str(rng.randint(1992, 2024))}),
                             round(rng.random(), 3),
                             json.dumps([{"sentence": k, "start": s, "end": e}])))
    with transaction(conn):
        conn.executemany("INSERT INTO facts (id, subject, predicate, object) VALUES (?,?,?,?)",
                         [(fid, *v) for fid, v in facts.items()])
        conn.executemany("INSERT OR IGNORE INTO fact_mentions (fact_id, doc_id, attrs,"
                         " confidence, evidence) VALUES (?,?,?,?,?)", mentions)
    print(f"  {len(facts):,} facts, {len(mentions):,} fact mentions in"
          f" {time.perf_counter() - t0:.1f}s", file=sys.stderr)


def measure(client, label: str, urls: list[str]) -> dict[str, float]:
    for url in urls[:5]:  # warm-up
        assert client.get(url).status_code == 200, url
    times = []
    for url in urls:
        t0 = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - t0) * 1000)
        assert response.status_code == 200, (url, response.text[:200])
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * len(times)) - 1)]
    row = {"p50": statistics.median(times), "p95": p95, "max": times[-1], "n": len(times)}
    flag = "ok" if p95 < 100 else "SLOW"
    print(f"{label:<44} p50 {row['p50']:7.1f} ms   p95 {row['p95']:7.1f} ms   "
          f"max {row['max']:7.1f} ms   n={len(times)}  {flag}")
    return row


def scenarios(n: int, rng: random.Random) -> dict[str, list[str]]:
    other = [s for s in STATES if s != "KAZ"]
    types = [t[0] for t in TYPES[:6]]
    years = list(range(1995, 2024))

    def events(actor: str) -> str:
        y = rng.choice(years)
        return (f"/api/events?actor={actor}&type={rng.choice(types)}&since={y}"
                f"&until={y + rng.randint(0, 5)}&limit=50&offset={rng.choice([0, 0, 50, 100])}")

    return {
        "profile KAZ": ["/api/profile/KAZ"] * n,
        "profile (other states)": [f"/api/profile/{rng.choice(other)}" for _ in range(n)],
        "balance KAZ by year": ["/api/balance/KAZ?by=year"] * n,
        "balance (other states) by year": [f"/api/balance/{rng.choice(other)}?by=year"
                                           for _ in range(n)],
        "events KAZ + type + date range, page of 50": [events("KAZ") for _ in range(n)],
        "events other + type + date range": [events(rng.choice(other)) for _ in range(n)],
        "events KAZ, no other filter, page 1": ["/api/events?actor=KAZ&limit=50"] * n,
        "dyad KAZ-RUS by month": ["/api/dyad/KAZ/RUS?by=month"] * max(1, n // 4),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="database to reuse (generated if absent)")
    parser.add_argument("--requests", type=int, default=200, help="requests per scenario")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        run(args.db or Path(tmp) / "bench.db", args)


def run(db: Path, args: argparse.Namespace) -> None:
    from fastapi.testclient import TestClient

    from diplomap.store import connect
    from diplomap.web.app import create_app

    if not db.exists():
        print(f"generating {db} ...", file=sys.stderr)
        conn = connect(db)
        generate(conn, args.docs, args.events)
        conn.close()
    conn = connect(db)
    counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("documents", "facts", "fact_mentions", "events", "event_summary")}
    conn.close()
    print("database:", ", ".join(f"{k} {v:,}" for k, v in counts.items()),
          f"({db.stat().st_size / 2**20:.0f} MiB)")
    client = TestClient(create_app(db))
    rng = random.Random(5)
    for label, urls in scenarios(args.requests, rng).items():
        measure(client, label, urls)


if __name__ == "__main__":
    main()
