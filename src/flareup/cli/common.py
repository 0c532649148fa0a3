"""What every command shares: the error boundary (one line, never a traceback) and the consoles."""
from __future__ import annotations

import functools
import os
import sys
from typing import Callable, TypeVar

import typer

from flareup.errors import FlareupError

F = TypeVar("F", bound=Callable)


def say(line: str) -> None:
    """One line on stderr, prefixed so it is clear who speaks."""
    print(f"flareup: {line}", file=sys.stderr, flush=True)


def boundary(command: F) -> F:
    """Turn every error escaping a command into one line on stderr and exit code 1 (FLAREUP_DEBUG=1: re-raise)."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except (typer.Exit, typer.Abort):
            raise
        except FlareupError as exc:
            say(str(exc))
        except KeyboardInterrupt:
            say("interrupted")
            raise typer.Exit(130)
        except BrokenPipeError:
            sys.stderr.close()  # the reader went away (e.g. `| head`): nothing left to say
        except Exception as exc:
            if os.environ.get("FLAREUP_DEBUG"):
                raise
            say(f"internal error: {type(exc).__name__}: {exc} (set FLAREUP_DEBUG=1 to see where)")
        raise typer.Exit(1)

    return wrapper  # type: ignore[return-value]


def stderr_console():
    """Rich console on stderr for progress and warnings, so stdout stays clean for data."""
    from rich.console import Console

    return Console(stderr=True)


def open_output(path):
    """A text stream for results: the file given, or stdout."""
    if path is None:
        return _Stdout()
    try:
        return open(path, "w", encoding="utf-8", newline="")
    except OSError as exc:
        raise FlareupError(f"{path}: cannot write ({exc.strerror})") from None


class _Stdout:
    """stdout as a context manager that is not closed afterwards."""

    def __enter__(self):
        return sys.stdout

    def __exit__(self, *exc) -> None:
        sys.stdout.flush()
