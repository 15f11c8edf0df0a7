"""What every command shares: the database option, exit codes, errors, progress, JSON output.

Command modules import this module only (never each other, never the package)."""

from __future__ import annotations

import errno
import json
import socket
import sqlite3
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from diplomap.extract.components import DEFAULT_MODEL, MODELS
from diplomap.ontology import ontology
from diplomap.store import StoreError, connect

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

    from diplomap.scale import ExtractionRun

F = TypeVar("F", bound=Callable[..., Any])
err = Console(stderr=True)
EXIT_FAILED = 1      # some input failed (the rest was done)
EXIT_USAGE = 2       # bad command line (click's own code)
EXIT_STORE = 3       # the database cannot be opened


class Context:
    """The group's options, handed to every command by click."""

    def __init__(self, db: Path) -> None:
        self.db = db

    def connect(self, readonly: bool = False) -> sqlite3.Connection:
        try:
            return connect(self.db, readonly=readonly)
        except StoreError as exc:
            error(str(exc))
            sys.exit(EXIT_STORE)


class OntologyChoice(click.Choice):
    """A choice among names of the ontology, read when asked (help, validation), so a name
    added to ontology.yaml is a choice without touching code. `aliases` maps other spellings
    that are accepted to their name."""

    def __init__(self, names: Callable[[], Iterable[str]],
                 aliases: Callable[[], Mapping[str, str]] = dict) -> None:
        self._names, self._aliases = names, aliases
        super().__init__((), case_sensitive=True)

    @property
    def choices(self) -> Sequence[str]:
        return tuple(self._names())

    @choices.setter
    def choices(self, _value: object) -> None:  # click's __init__ sets it; ours is computed
        pass

    def convert(self, value: object, param: click.Parameter | None,
                ctx: click.Context | None) -> object:
        if isinstance(value, str):
            value = self._aliases().get(value, value)
        return super().convert(value, param, ctx)


PREDICATE_CHOICE = OntologyChoice(lambda: ontology().predicates)
EVENT_TYPE_CHOICE = OntologyChoice(lambda: ontology().event_types)
KIND_CHOICE = OntologyChoice(
    lambda: ontology().entity_kinds,
    lambda: {a: k.name for k in ontology().entity_kinds.values() for a in k.aliases})


def resolve_name(conn: sqlite3.Connection, text: str, what: str = "entity") -> str:
    """The entity ID `text` names (an ID in any case, an Arabic or English name, with
    clitics or another spelling); else an error with suggestions and exit 2."""
    from diplomap.store.names import resolve_entity

    found = resolve_entity(conn, text)
    if found.id is not None:
        return found.id
    hint = ", ".join(f"{s['id']} ({s['en'] or s['ar'] or s['id']})" for s in found.suggestions)
    error(f"unknown {what} {text!r}" + (f"; did you mean: {hint}?" if hint else
                                         "; try `diplomap entities` for the known ones"))
    sys.exit(EXIT_USAGE)


def current() -> Context:
    """The running command's Context."""
    context = click.get_current_context().find_object(Context)
    assert context is not None, "commands run inside the diplomap group"
    return context


def error(message: object) -> None:
    """One line on stderr; the message is printed literally (no markup)."""
    err.print(f"[red]error:[/] {escape(str(message))}", highlight=False, soft_wrap=True)


def warning(message: object) -> None:
    err.print(f"[yellow]warning:[/] {escape(str(message))}", highlight=False, soft_wrap=True)


def print_json(data: object) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


@contextmanager
def progress(label: str, *, quiet: bool = False, detail: bool = False) -> Iterator[Progress]:
    """A progress bar on stderr (`detail` adds the current item's name), gone when done."""
    columns = [TextColumn(f"[bold]{escape(label)}"), BarColumn(), MofNCompleteColumn(),
               TimeElapsedColumn()]
    if detail:
        columns.append(TextColumn("{task.description}", markup=False))
    bar = Progress(*columns, console=err, disable=quiet, transient=True)
    if quiet:  # never started: a started bar, even disabled, leaves a blank line on stderr
        yield bar
        return
    with bar:
        yield bar


def model_option(func: F) -> F:
    """`--model`: what reads the text after the rules (`diplomap.extract.components`);
    with --model on `eval`, only where it reads documents (--docs), not the store."""
    return click.option(
        "--model", type=click.Choice(list(MODELS)), default=DEFAULT_MODEL, show_default=True,
        help="Extraction model: rules alone; rules+scorer (the learned event scorer "
             "confirms, re-types and proposes events; its calibrated probability is the "
             "confidence); rules+scorer+facts (also the learned fact reader, which proposes "
             "facts between a sentence's actors that the rules miss: more recall, less "
             "precision).")(func)


def extract_documents(conn: sqlite3.Connection, doc_ids: list[str], *, quiet: bool = False,
                      lexicons: tuple[str, ...] = (), workers: int = 1,
                      model: str = DEFAULT_MODEL,
                      pool: ProcessPoolExecutor | None = None) -> ExtractionRun:
    """Extract the given stored documents with a progress bar on stderr (`pool`: workers
    started earlier by `scale.start_workers`, with the same `model`)."""
    from diplomap.lexicon import load_lexicon
    from diplomap.lexicon.cache import built_apart
    from diplomap.scale import ExtractionRun, extract_parallel

    # a bad --lexicon file fails here, before any work; a cold cache is built by a child,
    # before the progress bar starts its thread (with it running, no child is forked), so
    # this process only reads the lexicon
    with built_apart():
        load_lexicon(lexicons)
    if not doc_ids:
        return ExtractionRun()
    with progress("extract", quiet=quiet) as bar:
        task = bar.add_task("", total=len(doc_ids))
        return extract_parallel(conn, doc_ids, workers=workers, lexicons=lexicons,
                                model=model, on_doc=lambda _: bar.update(task, advance=1),
                                pool=pool)


def record_options(max_bytes: int, max_bytes_help: str = "Refuse files larger than this."
                   ) -> Callable[[F], F]:
    """The options that say how files become documents, shared by `ingest` and `batch`."""
    options = [
        click.option("--source", help="Tag the documents with this source name."),
        click.option("--published",
                     help="Publication date (ISO) for documents whose metadata has none."),
        click.option("--text-field", help="JSON/JSONL/CSV/Parquet field holding the text "
                     "[default: text, body, content, article, full_text]."),
        click.option("--title-field",
                     help="Field holding the title [default: title, headline, name]."),
        click.option("--date-field", help="Field holding the publication date "
                     "[default: published, date, pubdate, published_at, ...]."),
        click.option("--url-field",
                     help="Field holding the URL [default: url, link, source_url, uri]."),
        click.option("--encoding", help="Fallback encoding for files that are not valid UTF-8 "
                     "(e.g. cp1256); UTF-8 files of the same run stay UTF-8, and the summary "
                     "names the files decoded with it."),
        click.option("--max-bytes", type=click.IntRange(min=1), default=max_bytes,
                     show_default=True, help=max_bytes_help),
    ]

    def decorate(func: F) -> F:
        for option in reversed(options):
            func = option(func)
        return func

    return decorate


def finish(*, errors: Sequence[object], warnings: Sequence[object] = (), failed: bool,
           as_json: bool, quiet: bool, data: Mapping[str, object],
           lines: Callable[[], list[str]]) -> None:
    """End a run that reads inputs: its error and warning lines on stderr, then the summary
    as JSON or as `lines` (none with `quiet`); exit code 1 when anything `failed`."""
    for failure in errors:
        error(failure)
    for note in warnings:
        warning(note)
    if as_json:
        print_json(dict(data))
    elif not quiet:
        for line in lines():
            click.echo(line)
    if failed:
        raise SystemExit(EXIT_FAILED)


def listen(host: str, port: int) -> socket.socket:
    """A listening socket on host:port, or a clear error and exit 2 (port in use, no such
    address)."""
    try:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        listener = socket.socket(family, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((host, port))
        listener.listen(2048)
    except OSError as exc:
        reason = ("the port is in use (another `diplomap serve`? choose one with --port)"
                  if exc.errno == errno.EADDRINUSE else exc.strerror or str(exc))
        error(f"cannot listen on {host}:{port}: {reason}")
        sys.exit(EXIT_USAGE)
    listener.set_inheritable(True)
    return listener
