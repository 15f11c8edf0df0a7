"""Ingest: every format, every bad input, idempotence."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from diplomap.store import connect

from conftest import write_json

AR_1 = ("انضمت كازاخستان إلى الأمم المتحدة في مارس 1992. وبعد ذلك أقامت علاقات دبلوماسية "
        "مع أكثر من مئة دولة.\nوتستضيف أستانا مؤتمرات دولية منذ سنوات.")
AR_2 = "وقّعت أوزبكستان وكازاخستان اتفاقية لترسيم الحدود عام 2001، واستكملتا العمل بها لاحقًا."
AR_3 = "استقبل الرئيس التركي نظيره الأذربيجاني في أنقرة لبحث ممر النقل عبر بحر قزوين."
EN_1 = "Kazakhstan chaired the Organization for Security and Co-operation in Europe in 2010."


def stored(db: Path) -> list[sqlite3.Row]:
    conn = connect(db)
    return conn.execute("SELECT * FROM documents ORDER BY path, id").fetchall()


def test_text_markdown_html_json_jsonl_csv(tmp_path: Path, run, db_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(AR_1, encoding="utf-8")
    (tmp_path / "in" / "b.md").write_text(
        f"---\ntitle: حدود آسيا الوسطى\nwhen: 2021-04-02\nurl: https://example.org/b\n---\n{AR_2}",
        encoding="utf-8")
    (tmp_path / "in" / "c.html").write_text(
        "<html><head><meta charset='utf-8'><title>قمة</title>"
        "<meta property='article:published_time' content='2023-06-15T08:00:00Z'></head>"
        f"<body><nav>القائمة الرئيسية</nav><article><h1>قمة</h1><p>{AR_3} {AR_3}</p>"
        f"<p>{AR_2}</p></article><footer>حقوق النشر</footer></body></html>", encoding="utf-8")
    sub = tmp_path / "in" / "deeper"
    sub.mkdir()
    write_json(sub / "d.json", [{"headline": "OSCE", "body": EN_1, "pubdate": "2010-01-01"}])
    (sub / "e.jsonl").write_text(json.dumps({"text": AR_3, "date": "2024-03"},
                                            ensure_ascii=False) + "\n", encoding="utf-8")
    (sub / "f.csv").write_text("story,when\n\"" + AR_1 + " إضافة\",2019\n", encoding="utf-8")
    result = run("ingest", tmp_path / "in", "--no-extract", "--json", "--text-field", "story",
                 "--date-field", "when")
    # --text-field story applies to every structured file: d.json and e.jsonl lack it
    summary = json.loads(result.stdout)
    assert summary["stored"] == 4 and summary["failed"] == 2, summary
    assert {e["path"].rsplit("/", 1)[1] for e in summary["errors"]} == {"d.json", "e.jsonl"}
    result = run("ingest", tmp_path / "in", "--no-extract", "--json")
    summary = json.loads(result.stdout)
    assert summary == {**summary, "stored": 2, "duplicates": 3, "failed": 1}, summary
    rows = {Path(r["path"]).name: r for r in stored(db_path)}
    assert rows["a.txt"]["text"] == AR_1 and rows["a.txt"]["lang"] == "ar"
    assert rows["b.md"]["text"] == AR_2 and rows["b.md"]["published"] == "2021-04-02"
    assert rows["b.md"]["title"] == "حدود آسيا الوسطى" and rows["b.md"]["url"].endswith("/b")
    assert AR_3 in rows["c.html"]["text"] and "حقوق النشر" not in rows["c.html"]["text"]
    assert rows["c.html"]["published"] == "2023-06-15"
    assert rows["d.json"]["lang"] == "en" and rows["d.json"]["title"] == "OSCE"
    assert rows["e.jsonl"]["published"] == "2024-03"
    assert rows["f.csv"]["published"] == "2019"


def test_reingest_adds_nothing(tmp_path: Path, run, db_path: Path) -> None:
    (tmp_path / "a.txt").write_text(AR_1, encoding="utf-8")
    (tmp_path / "copy.txt").write_text(AR_1, encoding="utf-8")
    first = json.loads(run("ingest", tmp_path, "--no-extract", "--json").stdout)
    second = json.loads(run("ingest", tmp_path, "--no-extract", "--json").stdout)
    assert (first["stored"], first["duplicates"]) == (1, 1)
    assert (second["stored"], second["duplicates"]) == (0, 2)
    assert len(stored(db_path)) == 1


def test_sentences_stored_with_original_offsets(tmp_path: Path, run, db_path: Path) -> None:
    (tmp_path / "a.txt").write_text(AR_1, encoding="utf-8")
    run("ingest", tmp_path / "a.txt", "--no-extract", "-q")
    conn = connect(db_path)
    spans = conn.execute("SELECT start, end FROM sentences ORDER BY idx").fetchall()
    texts = [AR_1[s:e] for s, e in spans]
    assert texts[0].startswith("انضمت كازاخستان") and texts[0].endswith("1992.")
    assert texts[-1] == "وتستضيف أستانا مؤتمرات دولية منذ سنوات."


def _bad_inputs(folder: Path) -> dict[str, str]:
    """File name -> the part of the reason its error must give."""
    (folder / "good.txt").write_text(AR_1, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "blank.md").write_text("  \n\n ", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (folder / "cp1256.txt").write_bytes((AR_2 + "\n" + AR_3).encode("cp1256"))
    (folder / "broken.txt").write_bytes(AR_2.encode("utf-8")[:15] + b"\xff\xfe" + b"abc")
    (folder / "lines.jsonl").write_text(
        json.dumps({"text": AR_2}, ensure_ascii=False) + "\n{not json\n"
        + json.dumps({"text": AR_3}, ensure_ascii=False) + "\n", encoding="utf-8")
    (folder / "notext.csv").write_text("title,date\nعنوان,2020\n", encoding="utf-8")
    (folder / "huge.txt").write_text(AR_1 * 200, encoding="utf-8")
    return {"empty.txt": "empty file", "blank.md": "empty file",
            "binary.txt": "binary file", "cp1256.txt": "not valid utf-8",
            "broken.txt": "not valid utf-8 (byte 0xff", "lines.jsonl": "not valid JSON",
            "notext.csv": "no text column", "huge.txt": "over the limit",
            "missing.txt": "no such file or folder"}


def test_bad_inputs_each_get_a_clear_error(tmp_path: Path, run, db_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    expected = _bad_inputs(folder)
    result = run("ingest", folder, folder / "missing.txt", "--no-extract", "--max-bytes", "20000")
    assert result.exit_code == 1
    lines = [ln for ln in result.stderr.splitlines() if ln.startswith("error:")]
    assert len(lines) == len(expected), result.stderr
    for name, reason in expected.items():
        hits = [ln for ln in lines if f"{name}" in ln]
        assert hits and reason in hits[0], (name, hits)
    assert any("lines.jsonl:2:" in ln for ln in lines)
    assert any("cp1256" in ln and "--encoding" in ln for ln in lines if "cp1256.txt" in ln)
    assert "3 stored, 0 skipped as duplicates, 9 failed" in result.stdout
    assert {Path(r["path"]).name for r in stored(db_path)} == {"good.txt", "lines.jsonl"}
    again = run("ingest", folder / "cp1256.txt", "--no-extract", "--encoding", "cp1256", "--json")
    summary = json.loads(again.stdout)
    assert summary["stored"] == 1 and summary["failed"] == 0
    rerun = run("ingest", folder, "--no-extract", "--max-bytes", "20000", "--json")
    rerun = json.loads(rerun.stdout)
    assert (rerun["stored"], rerun["duplicates"], rerun["failed"]) == (0, 3, 8)
    texts = [r["text"] for r in stored(db_path)]
    assert AR_2 + "\n" + AR_3 in texts and len(texts) == 4


def test_unsupported_file_named_explicitly(tmp_path: Path, run) -> None:
    path = tmp_path / "notes.docx"
    path.write_bytes(b"PK\x03\x04")
    result = run("ingest", path, "--no-extract")
    assert result.exit_code == 1 and "unsupported file type '.docx'" in result.stderr


def test_published_option_and_bad_date(tmp_path: Path, run, db_path: Path) -> None:
    (tmp_path / "a.txt").write_text(AR_1, encoding="utf-8")
    write_json(tmp_path / "b.json", {"text": AR_2, "date": "not a date at all"})
    result = run("ingest", tmp_path, "--no-extract", "--published", "2018-06")
    assert result.exit_code == 0
    assert "unreadable date 'not a date at all'" in result.stderr
    assert {r["published"] for r in stored(db_path)} == {"2018-06"}


def test_status_and_docs(tmp_path: Path, run) -> None:
    (tmp_path / "a.txt").write_text(AR_1, encoding="utf-8")
    write_json(tmp_path / "b.json", {"text": EN_1, "published": "2010-02-01"})
    run("ingest", tmp_path, "--no-extract", "--source", "test", "-q")
    status = json.loads(run("status", "--json").stdout)
    assert status["languages"] == {"ar": 1, "en": 1}
    assert status["sources"] == {"test": 2} and status["years"] == {"2010": 1, "unknown": 1}
    listing = run("docs", "--format", "jsonl", "--lang", "en").stdout.splitlines()
    assert len(listing) == 1 and json.loads(listing[0])["published"] == "2010-02-01"
    shown = run("docs", "a.txt", "--format", "jsonl").stdout.splitlines()
    assert json.loads(shown[0])["text"].startswith("انضمت كازاخستان")
    assert run("docs", "nothing-like-this").exit_code == 1
