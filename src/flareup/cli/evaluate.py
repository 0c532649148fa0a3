"""`flareup eval`: score extraction against a gold file and show the report as tables."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from flareup.cli.common import boundary

_HEADLINE = (("precision", "P"), ("recall", "R"), ("f1", "F1"), ("strict_f1", "strict F1"))


@boundary
def eval_command(
    gold: Annotated[Path, typer.Argument(metavar="GOLD.jsonl", help="Gold JSONL (records with `text` and `gold` events).",
                                         show_default=False)],
    pred: Annotated[Optional[Path], typer.Option(
        "--pred", help="Predictions JSONL from `flareup extract`; without it the gold texts are extracted now.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON instead of tables.")] = False,
) -> None:
    """Precision, recall, F1 and strict F1 (overall, by language, by kind of text) and field accuracies."""
    from flareup.errors import FlareupError

    for path in (gold, pred):
        if path is not None and not path.is_file():
            raise FlareupError(f"{path}: no such file")
    try:
        from flareup.evaluate import evaluate_file
    except ImportError:
        raise FlareupError("evaluation is not available in this version of flareup") from None
    report = evaluate_file(gold, pred)
    if as_json:
        print(json.dumps(report, indent=2, ensure_ascii=False, default=str))
    else:
        print_report(report)


def print_report(report: dict) -> None:
    """Any nested report as tables: a dict of numbers is one table, a dict of such dicts one row per key."""
    from rich.console import Console

    out = Console(highlight=False)
    scalars = {k: v for k, v in report.items() if not isinstance(v, dict)}
    if scalars:
        out.print(_table("summary", {k: {"value": v} for k, v in scalars.items()}))
    for name, section in report.items():
        if isinstance(section, dict):
            nested = all(isinstance(v, dict) for v in section.values()) and section
            out.print(_table(name, {k: _flat(v) for k, v in section.items()} if nested else {name: _flat(section)}))
    overall = report.get("overall")
    if isinstance(overall, dict):
        parts = [f"{label} {_fmt(overall[key])}" for key, label in _HEADLINE if key in overall]
        out.print("overall: " + "  ".join(parts) if parts else "")


def _table(title: str, rows: dict[str, dict]):
    from rich.table import Table

    columns: list[str] = []
    for row in rows.values():
        columns += [c for c in row if c not in columns]
    table = Table(title=title, title_justify="left")
    table.add_column("")
    for col in columns:
        table.add_column(col, justify="right")
    for key, row in rows.items():
        table.add_row(str(key), *(_fmt(row.get(c)) for c in columns))
    return table


def _flat(value, prefix: str = "") -> dict:
    if not isinstance(value, dict):
        return {prefix or "value": value}
    out: dict = {}
    for k, v in value.items():
        out.update(_flat(v, f"{prefix}.{k}" if prefix else str(k)))
    return out


def _fmt(value) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.3f}"
    if isinstance(value, (list, tuple)):
        return ", ".join(map(str, value))
    return str(value)
