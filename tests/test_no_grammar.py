"""A document in a language without a grammar (no lang/<code>/ folder) is stored, searchable
and linked, but never read with another language's rules: extraction skips it and the
summary of `extract` and `ingest` counts such documents per language."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplomap.extract import Extractor, Pipeline
from diplomap.extract.frames import load_frames
from diplomap.lang import NoGrammar
from diplomap.scale import ExtractionRun
from diplomap.store import connect, search_sentences

RUSSIAN = [
    "Казахстан вступил в SCO в 2001 году, и с тех пор страна активно участвует в работе "
    "организации, сообщил министр иностранных дел на пресс-конференции в Астане.",
    "Президенты двух стран подписали соглашение о стратегическом партнерстве и обсудили "
    "вопросы торговли, транспорта и энергетики во время официального визита в столицу.",
    "Министерство иностранных дел заявило, что переговоры о границе продолжатся в следующем "
    "месяце, а экспертные группы подготовят новые предложения для обеих сторон.",
]
ARABIC = "انضمت كازاخستان إلى منظمة شنغهاي للتعاون عام 2001 بصفتها عضوا مؤسسا."


def test_the_pipeline_links_but_does_not_read_a_language_without_grammar() -> None:
    pipeline = Pipeline()
    reading = pipeline(RUSSIAN[0], "ru", "2024-05")
    assert reading.grammar is False
    assert not reading.extraction.facts and not reading.extraction.events
    assert "SCO" in {m.entity_id for m in reading.doc.mentions}  # the lexicon knows "SCO"
    arabic = pipeline(ARABIC, "ar", "2024-05")
    assert arabic.grammar and arabic.extraction.facts


def test_no_language_is_read_with_another_s_rules() -> None:
    pipeline = Pipeline()
    with pytest.raises(NoGrammar):
        Extractor(pipeline.lexicon, "ru")
    with pytest.raises(NoGrammar):
        load_frames("ru")


def test_the_run_counts_documents_without_grammar_per_language() -> None:
    run = ExtractionRun()
    for lang, grammar in [("ar", True), ("ru", False), ("ru", False), ("other", False)]:
        run.count(lang, grammar)
    assert run.done == 4
    assert run.note == "3 documents in languages without a grammar: ru 2, other 1"
    assert ExtractionRun().note is None


def test_ingest_and_extract_say_how_many_were_not_read(tmp_path: Path, run, db_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for i, text in enumerate(RUSSIAN):
        (folder / f"ru_{i}.txt").write_text(text, encoding="utf-8")
    (folder / "ar.txt").write_text(ARABIC, encoding="utf-8")
    ingested = run("ingest", folder, "--workers", "1")
    assert ingested.exit_code == 0, ingested.output
    assert "3 documents in languages without a grammar: ru 3" in ingested.stdout
    again = run("extract", "--force", "--workers", "1")
    assert again.exit_code == 0, again.output
    assert again.stdout.splitlines() == [
        "extracted 4 documents", "3 documents in languages without a grammar: ru 3"]
    conn = connect(db_path)
    assert conn.execute("SELECT count(*) FROM documents WHERE lang = 'ru'").fetchone()[0] == 3
    assert search_sentences(conn, "переговоры")["total"] >= 1  # stored and searchable
    read = conn.execute("SELECT count(*) FROM fact_mentions m JOIN documents d"
                        " ON d.id = m.doc_id WHERE d.lang = ?", ("ru",)).fetchone()[0]
    assert read == 0
    linked = conn.execute("SELECT count(*) FROM mentions m JOIN documents d ON d.id = m.doc_id"
                          " WHERE d.lang = ?", ("ru",)).fetchone()[0]
    assert linked >= 1  # "SCO"
