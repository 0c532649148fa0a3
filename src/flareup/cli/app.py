"""The `flareup` command: one Typer app, one module per command; heavy imports wait until a command runs."""
from __future__ import annotations

import typer

from flareup.cli import evaluate, events, extract, run

app = typer.Typer(
    name="flareup",
    help="Political-violence events from news text: extracted, geocoded, dated, merged and stored.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("run")(run.run_command)
app.command("extract")(extract.extract_command)
app.command("events")(events.events_command)
app.command("eval")(evaluate.eval_command)


def main() -> None:
    """Console-script entry point; the last net under the commands' own error boundary."""
    from flareup.cli.common import say

    try:
        app()
    except KeyboardInterrupt:
        say("interrupted")
        raise SystemExit(130)
    except Exception as exc:  # commands catch their own errors; this is for anything outside them
        say(f"internal error: {type(exc).__name__}: {exc}")
        raise SystemExit(1)
