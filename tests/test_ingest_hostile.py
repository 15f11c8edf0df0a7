"""Ingest never dies on one bad input: each case of the reliability probe, then a property test
that generates hostile files of every supported format."""

from __future__ import annotations

import json
import os
import sqlite3
import string
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diplomap.store import connect

GOOD = "Kazakhstan and Uzbekistan signed a border treaty in Tashkent in 2001."
GOOD_AR = "وقعت كازاخستان وأوزبكستان معاهدة لترسيم الحدود في طشقند عام 2001."


def rows(db: Path) -> list[sqlite3.Row]:
    return connect(db).execute("SELECT * FROM documents ORDER BY path").fetchall()


def ingest_json(run, *paths: Path | str):
    result = run("ingest", *paths, "--no-extract", "--json")
    assert "Traceback" not in result.output
    return result, json.loads(result.stdout)


def test_csv_field_longer_than_the_csv_module_default(tmp_path: Path, run, db_path) -> None:
    long_text = (GOOD + " ") * 12_000  # about 830,000 characters, over csv's 131,072
    with open(tmp_path / "big.csv", "w", encoding="utf-8", newline="") as handle:
        handle.write(f'title,text\nbig,"{long_text}"\nsmall,"{GOOD_AR}"\n')
    result, summary = ingest_json(run, tmp_path / "big.csv")
    assert result.exit_code == 0 and summary["stored"] == 2, summary
    assert max(len(r["text"]) for r in rows(db_path)) == len(long_text)


def test_file_name_that_is_not_utf8(tmp_path: Path, run, db_path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    odd = os.fsdecode(b"m_latin1_\xe9\xff.txt")
    (folder / odd).write_text(GOOD, encoding="utf-8")
    (folder / "z_after.txt").write_text(GOOD_AR, encoding="utf-8")
    result, summary = ingest_json(run, folder)
    assert result.exit_code == 0 and summary["stored"] == 2, summary
    paths = sorted(Path(r["path"]).name for r in rows(db_path))
    assert paths == ["m_latin1_\\xe9\\xff.txt", "z_after.txt"]


def test_deeply_nested_json(tmp_path: Path, run, db_path) -> None:
    (tmp_path / "deep.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    (tmp_path / "deep.jsonl").write_text("[" * 100_000 + "\n" + json.dumps({"text": GOOD}),
                                         encoding="utf-8")
    result, summary = ingest_json(run, tmp_path / "deep.json", tmp_path / "deep.jsonl")
    assert result.exit_code == 1 and summary["stored"] == 1, summary
    assert len(summary["errors"]) == 2


def test_markup_in_names_and_values_is_printed_literally(tmp_path: Path, run) -> None:
    (tmp_path / "[bold]named.txt").write_text("", encoding="utf-8")
    (tmp_path / "h.csv").write_text("title,[/x]\nA,B\n", encoding="utf-8")
    (tmp_path / "d.json").write_text(json.dumps({"text": GOOD, "date": "[/]"}), encoding="utf-8")
    result = run("ingest", tmp_path, "--no-extract")
    assert "Traceback" not in result.output
    assert "[bold]named.txt: empty file" in result.stderr
    assert "[/x]" in result.stderr and "'[/]'" in result.stderr
    result, summary = ingest_json(run, tmp_path)
    assert any(e["path"].endswith("[bold]named.txt") for e in summary["errors"])


def test_encoding_is_a_fallback_per_file(tmp_path: Path, run, db_path) -> None:
    (tmp_path / "legacy.txt").write_bytes(GOOD_AR.encode("cp1256"))
    (tmp_path / "modern.txt").write_text(GOOD_AR + " وأكدا", encoding="utf-8")
    result = run("ingest", tmp_path, "--no-extract", "--encoding", "cp1256")
    assert result.exit_code == 0, result.output
    texts = {Path(r["path"]).name: r["text"] for r in rows(db_path)}
    assert texts == {"legacy.txt": GOOD_AR, "modern.txt": GOOD_AR + " وأكدا"}
    assert "decoded as cp1256 (not UTF-8)" in result.stdout and "legacy.txt" in result.stdout
    assert "modern.txt" not in result.stdout


def test_csv_with_an_unterminated_quote_does_not_merge_rows(tmp_path: Path, run, db_path
                                                            ) -> None:
    (tmp_path / "q.csv").write_text(f'text\n"{GOOD}"\n"{GOOD_AR}\nlast row\n', encoding="utf-8")
    result, summary = ingest_json(run, tmp_path / "q.csv")
    assert result.exit_code == 1 and summary["stored"] == 1, summary
    assert "not valid CSV" in summary["errors"][0]["reason"]
    assert [r["text"] for r in rows(db_path)] == [GOOD]


def test_nul_inside_a_csv_field_is_refused(tmp_path: Path, run, db_path) -> None:
    (tmp_path / "nul.csv").write_text("text\n" + "a" * 9000 + "\nbad\x00field\n" + GOOD + "\n",
                                      encoding="utf-8")
    result, summary = ingest_json(run, tmp_path / "nul.csv")
    assert result.exit_code == 1 and summary["stored"] == 2, summary
    assert "NUL" in summary["errors"][0]["reason"] and summary["errors"][0]["line"] == 3
    assert all("\x00" not in r["text"] for r in rows(db_path))


def test_title_and_url_objects_are_not_stored_as_python_reprs(tmp_path: Path, run, db_path
                                                               ) -> None:
    record = {"text": GOOD, "title": {"en": "x"}, "url": ["https://a.example"]}
    (tmp_path / "o.jsonl").write_text(json.dumps(record), encoding="utf-8")
    ingest_json(run, tmp_path / "o.jsonl")
    row = rows(db_path)[0]
    assert "{" not in (row["title"] or "") and "[" not in (row["url"] or "")


def test_symlink_loops_are_reported(tmp_path: Path, run, db_path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "loop").symlink_to(folder, target_is_directory=True)
    (tmp_path / "self.txt").symlink_to(tmp_path / "self.txt")
    _, summary = ingest_json(run, folder, tmp_path / "self.txt")
    reasons = {Path(e["path"]).name: e["reason"] for e in summary["errors"]}
    assert "link loop" in reasons["loop"] and "link loop" in reasons["self.txt"]
    assert summary["stored"] == 1


# --- property: hostile files of every format never crash a run nor touch stored documents


NAMES = st.text(alphabet=string.ascii_letters + string.digits + "[]/_-é ذ", min_size=1,
                max_size=12).map(lambda s: s.replace("/", "_").strip() or "x")
PAYLOADS = st.one_of(
    st.binary(max_size=2000),
    st.text(max_size=2000).map(lambda s: s.encode("utf-8", "surrogatepass")),
    st.integers(1, 3000).map(lambda n: ("[" * n + "]" * n).encode()),
    st.integers(1, 3000).map(lambda n: ('{"text": "' + "ن" * n * 50 + '"').encode()),
    st.text(max_size=300).map(lambda s: ('text,title\n"' + s + "\n").encode("utf-8", "replace")),
    st.text(max_size=300).map(lambda s: ("---\ntitle: [" + s + "\n---\n").encode("utf-8",
                                                                               "replace")),
    st.text(max_size=300).map(lambda s: s.encode("cp1256", "replace")),
)
@pytest.fixture
def run_factory():
    """A CLI runner on a database of one's choosing (hypothesis makes many per test)."""
    from diplomap.cli import cli

    def make(db: Path):
        def invoke(*args: object):
            return CliRunner().invoke(cli, ["--db", str(db), *map(str, args)],
                                      catch_exceptions=False)
        return invoke, db

    return make


SUFFIX = st.sampled_from([".txt", ".md", ".html", ".json", ".jsonl", ".csv"])


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(files=st.lists(st.tuples(NAMES, SUFFIX, PAYLOADS), min_size=1, max_size=5))
def test_hostile_files_never_crash_nor_lose_what_was_stored(tmp_path_factory, run_factory,
                                                            files) -> None:
    root = tmp_path_factory.mktemp("hostile")
    run, db = run_factory(root / "db.sqlite")
    (root / "good").mkdir()
    (root / "good" / "a.txt").write_text(GOOD, encoding="utf-8")
    run("ingest", root / "good", "--no-extract", "--json")
    before = [dict(r) for r in rows(db)]
    bad = root / "bad"
    bad.mkdir()
    for number, (name, suffix, payload) in enumerate(files):
        (bad / f"{number}_{name}{suffix}").write_bytes(payload)
    (bad / "zz_good.txt").write_text(GOOD_AR, encoding="utf-8")
    result = run("ingest", bad, "--no-extract", "--json")
    assert result.exit_code in (0, 1), result.output
    assert "Traceback" not in result.output
    json.loads(result.stdout)
    after = {r["id"]: dict(r) for r in rows(db)}
    assert all(after[r["id"]] == r for r in before)
    assert any(r["text"] == GOOD_AR for r in after.values())


# --- re-runs skip unchanged files, and only those


def test_rerun_skips_unchanged_files_but_reads_changed_ones(tmp_path: Path, run, db_path,
                                                            monkeypatch) -> None:
    from diplomap.store import files

    monkeypatch.setattr(files, "RACY_NS", 0)  # files written a moment ago count as settled
    folder = tmp_path / "in"
    folder.mkdir()
    same, changed = folder / "same.txt", folder / "changed.txt"
    same.write_text(GOOD, encoding="utf-8")
    changed.write_text(GOOD_AR, encoding="utf-8")
    assert ingest_json(run, folder)[1]["stored"] == 2
    assert ingest_json(run, folder)[1]["unchanged"] == 2
    # same size, same modification time, other content: the ctime tells
    stat = changed.stat()
    changed.write_text(GOOD_AR.replace("طشقند", "طشقنت"), encoding="utf-8")
    os.utime(changed, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert changed.stat().st_size == stat.st_size
    summary = ingest_json(run, folder)[1]
    assert summary["unchanged"] == 1 and summary["stored"] == 1, summary
    # other read options: read again
    summary = ingest_json(run, folder, "--source", "other")[1]
    assert summary["unchanged"] == 0 and summary["duplicates"] == 2, summary


def test_a_file_with_errors_is_read_again(tmp_path: Path, run) -> None:
    (tmp_path / "bad.jsonl").write_text('{"text": "' + GOOD + '"}\nnot json\n', encoding="utf-8")
    for _ in range(2):
        result, summary = ingest_json(run, tmp_path / "bad.jsonl")
        assert result.exit_code == 1 and len(summary["errors"]) == 1
