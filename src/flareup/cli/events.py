"""`flareup events`: what the database holds, filtered, as a table or as CSV / JSON Lines / GeoJSON."""
from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from flareup.cli.common import boundary, open_output
from flareup.cli.run import DEFAULT_DB


class Format(str, Enum):
    table = "table"
    csv = "csv"
    jsonl = "jsonl"
    geojson = "geojson"


@boundary
def events_command(
    db: Annotated[Path, typer.Option("--db", help="DuckDB database written by `flareup run`.")] = DEFAULT_DB,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="table (terminal), csv (ACLED-like columns), "
                                                               "jsonl (full records) or geojson.")] = Format.table,
    country: Annotated[Optional[str], typer.Option(help="ISO 3166 alpha-2 code or country name.")] = None,
    since: Annotated[Optional[str], typer.Option(help="Events reaching into or after YYYY[-MM[-DD]].")] = None,
    until: Annotated[Optional[str], typer.Option(help="Events reaching into or before YYYY[-MM[-DD]].")] = None,
    event_type: Annotated[Optional[str], typer.Option("--type", help="Event type or sub-event type, e.g. battle, "
                                                                     "air_strike.")] = None,
    mentions: Annotated[Optional[str], typer.Option("--mentions", metavar="EVENT_ID",
                                                    help="Show the reports (mentions, with evidence) behind one "
                                                         "event instead (table or jsonl).")] = None,
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write here instead of stdout.")] = None,
) -> None:
    """Query the stored events."""
    from flareup.errors import FlareupError
    from flareup.store.db import Store
    from flareup.store.export import (
        stored_record,
        write_csv,
        write_geojson,
        write_jsonl,
    )

    if mentions is not None and fmt not in (Format.table, Format.jsonl):
        raise FlareupError("--mentions shows a table or jsonl")
    window = [_date(since, "--since", "start"), _date(until, "--until", "end")]
    with Store(db, read_only=True) as store:
        if mentions is not None:
            rows = store.mentions_of(mentions)
            if rows is None:
                raise FlareupError(f"no event {mentions!r} in {db}")
        else:
            rows = [stored_record(r) for r in store.query_events(country, *window, event_type)]
    with open_output(output) as out:
        if fmt is Format.jsonl:
            write_jsonl(rows, out)
        elif fmt is Format.csv:
            write_csv(rows, out)
        elif fmt is Format.geojson:
            write_geojson(rows, out)
        elif mentions is not None:
            _mention_table(rows, mentions, out)
        else:
            _event_table(rows, out)


def _date(value: str | None, flag: str, end: str):
    if value is None:
        return None
    from flareup.dates import parse_pub_date
    from flareup.errors import InputError

    try:
        return getattr(parse_pub_date(value), end)
    except InputError as exc:
        raise InputError(f"{flag}: {exc}") from None


def _event_table(rows: list[dict], out) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{len(rows)} events", title_justify="left")
    for col in ("event_id", "date", "type", "place", "actors", "killed", "injured", "sources"):
        table.add_column(col, justify="right" if col in ("killed", "injured", "sources") else "left")
    for r in rows:
        date = r["date_start"] if r.get("date_start") == r.get("date_end") else f"{r.get('date_start')}..{r.get('date_end')}"
        place = ", ".join(x for x in (r.get("location"), r.get("admin1"), r.get("country_name") or r.get("country")) if x)
        actors = " vs ".join(x for x in (r.get("actor1"), r.get("actor2")) if x)
        table.add_row(r["event_id"], date or "", r.get("sub_event_type") or r.get("event_type") or "", place, actors,
                      _n(r.get("killed")), _n(r.get("injured")), _n(r.get("n_sources")))
    Console(file=out, highlight=False, width=None if out.isatty() else 200).print(table)


def _mention_table(rows: list[dict], event_id: str, out) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{len(rows)} reports behind event {event_id}", title_justify="left", show_lines=True)
    for col in ("doc_id", "outlet", "reported", "date", "place", "killed", "injured", "evidence"):
        table.add_column(col, overflow="fold")
    for r in rows:
        evidence = "\n".join(e.get("text", "") for e in r.get("evidence") or [])
        table.add_row(r["doc_id"], r.get("outlet") or "", r.get("reported") or "", r.get("date_start") or "",
                      r.get("location") or r.get("country_name") or "", _n(r.get("killed")), _n(r.get("injured")),
                      evidence)
    Console(file=out, highlight=False, width=None if out.isatty() else 200).print(table)


def _n(value) -> str:
    return "" if value is None else str(value)
