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
    """The report as tables: one row per section (overall, lang:…, kind:…), its numbers as columns; each nested
    group (e.g. field accuracies) as a table of its own; the overall headline last."""
    from rich.console import Console

    out = Console(highlight=False)
    sections = {k: v for k, v in report.items() if isinstance(v, dict)}
    loose = {k: v for k, v in report.items() if not isinstance(v, dict)}
    if loose:
        sections = {"report": loose, **sections}
    out.print(_table("scores", {name: {k: v for k, v in sec.items() if not isinstance(v, dict)}
                                for name, sec in sections.items()}))
    groups: list[str] = []
    for sec in sections.values():
        groups += [k for k, v in sec.items() if isinstance(v, dict) and k not in groups]
    for group in groups:
        rows = {name: _flat(sec[group]) for name, sec in sections.items() if isinstance(sec.get(group), dict)}
        out.print(_table(group, rows))
    overall = report.get("overall")
    if isinstance(overall, dict):
        parts = [f"{label} {_fmt(overall[key])}" for key, label in _HEADLINE if key in overall]
        if parts:
            out.print("overall: " + "  ".join(parts))


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


def _flat(group: dict) -> dict:
    """{"killed_exact": {"accuracy": 0.8, "n": 10}} -> {"killed_exact": "0.800 (10)"}; other values as they are."""
    out = {}
    for key, value in group.items():
        if isinstance(value, dict) and set(value) == {"accuracy", "n"}:
            out[key] = f"{_fmt(value['accuracy'])} ({value['n']})"
        elif isinstance(value, dict):
            out.update({f"{key}.{k}": v for k, v in value.items()})
        else:
            out[key] = value
    return out


def _fmt(value) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.3f}"
    if isinstance(value, (list, tuple)):
        return ", ".join(map(str, value))
    return str(value)
