"""`flareup run`: the main job, from files to a database of events."""
from __future__ import annotations

import itertools
from pathlib import Path
from typing import Annotated, Optional

import typer

from flareup.cli.common import boundary

DEFAULT_DB = Path("flareup.duckdb")
TOP_ROWS = 12  # rows per summary table


@boundary
def run_command(
    paths: Annotated[list[Path], typer.Argument(metavar="PATH...", help="Files or folders (read recursively): .txt, .html/.htm, "
                                                     ".jsonl, .jsonl.gz, .csv.", show_default=False)],
    db: Annotated[Path, typer.Option("--db", help="DuckDB database file (created when missing).")] = DEFAULT_DB,
    text_col: Annotated[str, typer.Option("--text-col", help="CSV column with the text.")] = "text",
    date_col: Annotated[Optional[str], typer.Option(
        "--date-col", help="CSV column with the publication date (default: doc_date or date).")] = None,
    id_col: Annotated[Optional[str], typer.Option(
        "--id-col", help="CSV column with the document id (default: id, else file:line).")] = None,
) -> None:
    """Read every document, extract its events, store everything; re-running on the same input adds nothing."""
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    from flareup.ingest.csvfile import CsvColumns
    from flareup.ingest.registry import InputFile, list_inputs, read_file
    from flareup.store.db import Store
    from flareup.store.load import load_documents

    err = Console(stderr=True)
    inputs = list_inputs(paths)
    files = [i for i in inputs if isinstance(i, InputFile)]
    columns = CsvColumns(text=text_col, date=date_col, id=id_col)
    progress = Progress(SpinnerColumn(), TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                        TextColumn("files  {task.fields[docs]} documents"), TimeElapsedColumn(),
                        console=err, transient=True)

    def items():
        for item in inputs:
            if isinstance(item, InputFile):
                progress.update(task, description=_short(item.label))
                yield from read_file(item, columns)
                progress.advance(task)
            else:
                yield item

    counted = itertools.count(1)
    with Store(db) as store, progress:
        task = progress.add_task("reading", total=len(files), docs=0)
        summary = load_documents(
            items(), store,
            on_failure=lambda line: progress.console.print(f"[red]flareup:[/] {line}", markup=True, highlight=False,
                                                           soft_wrap=True),
            on_document=lambda: progress.update(task, docs=next(counted)))
    _print_summary(summary, db)
    if not summary.ok:
        raise typer.Exit(1)


def _short(label: str, width: int = 40) -> str:
    return label if len(label) <= width else "…" + label[-width + 1:]


def _print_summary(summary, db: Path) -> None:
    from rich.console import Console
    from rich.table import Table

    out = Console(highlight=False)
    out.print(f"[bold]Documents read:[/] {summary.read}    [bold]newly stored:[/] {summary.stored}    "
              f"[bold]failed inputs:[/] {len(summary.failed)}")
    if summary.skipped:
        table = Table(title="Skipped", title_justify="left")
        table.add_column("reason")
        table.add_column("count", justify="right")
        for reason, n in summary.skipped.most_common():
            table.add_row(reason, str(n))
        out.print(table)
    out.print(f"[bold]Events found in new documents:[/] {summary.mentions}    "
              f"[bold]merged events in {db}:[/] {summary.events_in_db}")
    for title, counts in (("By country", summary.by_country), ("By type", summary.by_type)):
        if counts:
            table = Table(title=title, title_justify="left")
            table.add_column(title.split()[-1])
            table.add_column("events", justify="right")
            for key, n in counts.most_common(TOP_ROWS):
                table.add_row(key, str(n))
            if len(counts) > TOP_ROWS:
                rest = counts.most_common()[TOP_ROWS:]
                table.add_row(f"… {len(rest)} more", str(sum(n for _, n in rest)))
            out.print(table)
    if summary.failed:
        out.print(f"[red]{len(summary.failed)} input(s) could not be processed (listed above); "
                  "everything else was stored.[/]")
