"""`diplomap eval`: score extraction against a gold file (ONTOLOGY section 4)."""

from __future__ import annotations

from pathlib import Path

import click

from diplomap.cli.context import current, model_option, print_json
from diplomap.eval.bootstrap import LEVEL, Interval, bootstrap
from diplomap.eval.predictions import from_files, from_store, from_texts, read_doc_texts
from diplomap.eval.scoring import GoldError, Report, read_items, score


def _published(values: tuple[str, ...]) -> dict[str, str]:
    mapping = {}
    for value in values:
        name, sep, date = value.partition("=")
        if not sep or not name or not date:
            raise click.BadParameter(f"{value!r} is not NAME=DATE", param_hint="--published")
        mapping[name] = date
    return mapping


@click.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--docs", type=click.Path(exists=True, path_type=Path),
              help="Read and extract the gold's documents in memory, instead of using the "
                   "database: a folder of files, or a JSONL file of {name, text, language, "
                   "published} lines (the layout of data/devset). A JSONL file is the set "
                   "scored: all its documents are read (those without gold items count with "
                   "their false positives) and gold items of other documents are left out.")
@click.option("--published", "published", multiple=True, metavar="NAME=DATE",
              help="Publication date of a document read with --docs (file name or stem); "
                   "repeatable.")
@click.option("--lexicon", "lexicons", multiple=True, type=click.Path(exists=True),
              help="Extra entity YAML file; repeatable.")
@click.option("--show", type=click.IntRange(min=0), default=20, show_default=True,
              help="How many misses and false positives to list.")
@click.option("--bootstrap", "resamples", type=click.IntRange(min=0), default=0,
              show_default=True, metavar="N",
              help="Add 95 % intervals of facts' and events' P/R/F1 from N resamples of the "
                   "documents (with replacement; 1000 is usual; 0: none). An interval says "
                   "how far the figure would move on another sample of similar documents.")
@click.option("--seed", type=int, default=0, show_default=True,
              help="Random seed of --bootstrap (the same seed gives the same intervals).")
@model_option
@click.option("--json", "as_json", is_flag=True,
              help="Print the whole report as JSON (with --bootstrap, its intervals under "
                   "'intervals').")
def eval_command(gold: Path, docs: Path | None, published: tuple[str, ...],
                 lexicons: tuple[str, ...], show: int, resamples: int, seed: int, model: str,
                 as_json: bool) -> None:
    """Precision, recall and F1 of facts and events against GOLD (JSONL), per predicate, per
    event type and overall; attribute accuracy on matches; misses and false positives."""
    try:
        gold_items = read_items(gold)
    except GoldError as exc:
        raise click.ClickException(str(exc)) from exc
    names = {item["doc"] for item in gold_items}
    if docs and docs.is_file():
        try:
            texts = list(read_doc_texts(docs))
        except ValueError as exc:
            raise click.ClickException(str(exc)) from exc
        absent = names - {d.name for d in texts}
        if absent:
            click.echo(f"{gold}: {len(absent)} documents of the gold are not in {docs}; "
                       "their gold items are left out", err=True)
        names = {d.name for d in texts}
        gold_items = [item for item in gold_items if item["doc"] in names]
        predicted = from_texts(texts, lexicons, model)
    elif docs:
        predicted = from_files(docs, names, _published(published), lexicons, model)
    else:
        conn = current().connect()
        predicted = from_store(conn, names)
    report = score(gold_items, predicted)
    found = bootstrap(gold_items, predicted, names, resamples, seed) if resamples else None
    if as_json:
        print_json({**report.as_dict(), **({"intervals": _as_dicts(found, resamples, seed)}
                                           if found else {})})
        return
    print_report(report, show, _interval_rows(found) if found else None,
                 f"{LEVEL * 100:.0f} % intervals ({len(names)} documents resampled "
                 f"{resamples} times)")


def _as_dicts(found: dict[str, dict[str, Interval]], resamples: int, seed: int) -> dict:
    return {"level": LEVEL, "resamples": resamples, "seed": seed,
            **{kind: {name: i.as_dict() for name, i in measures.items()}
               for kind, measures in found.items()}}


def _interval_rows(found: dict[str, dict[str, Interval]]) -> list[dict]:
    return [{"label": kind.upper(),
             **{name: f"{i.estimate:.3f} [{i.low:.3f}, {i.high:.3f}]"
                for name, i in measures.items()}}
            for kind, measures in found.items()]


def print_report(report: Report, show: int, intervals: list[dict] | None = None,
                 intervals_title: str = "") -> None:
    from diplomap.store.export import write_rows

    rows = [{"label": "FACTS", **report.facts.as_dict()},
            {"label": "EVENTS", **report.events.as_dict()}]
    rows += [{"label": k, **v.as_dict()} for k, v in sorted(report.by_label.items())]
    write_rows(rows, "table", title="scores",
               columns=["label", "precision", "recall", "f1", "tp", "fp", "fn"])
    if intervals:
        write_rows(intervals, "table", title=intervals_title,
                   columns=["label", "precision", "recall", "f1"])
    attrs = [{"attribute": k, "right": r, "total": t, "accuracy": f"{r / t:.2f}" if t else ""}
             for k, (r, t) in sorted(report.attributes.items())]
    write_rows(attrs, "table", title="attributes on matched items",
               columns=["attribute", "right", "total", "accuracy"])
    for title, items in (("misses", report.misses), ("false positives", report.false_positives)):
        listed = [_describe(i) for i in items[:show]]
        if listed:
            write_rows(listed, "table", title=f"{title} ({len(items)})",
                       columns=["doc", "item", "evidence"])


def _describe(item: dict) -> dict:
    if item["kind"] == "fact":
        what = f"{item['subject']} {item['predicate']} {item['object']}"
    else:
        what = f"{item.get('source')} {item['event_type']} {item.get('target')}"
    modality = item.get("modality") or (item.get("attrs") or {}).get("modality")
    if modality and modality != "actual":
        what += f" [{modality}]"
    return {"doc": item["doc"][:12], "item": what, "evidence": (item.get("evidence") or "")[:110]}


COMMANDS = [eval_command]
