"""`flareup extract`: events of each input record as JSON Lines, without a database."""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Annotated, Optional

import typer

from flareup.cli.common import boundary, open_output, say


@boundary
def extract_command(
    paths: Annotated[list[Path], typer.Argument(metavar="FILE...", help="JSONL files with `id`, `text` and optional `doc_date`, `lang` "
                                                     "(other supported files work too).", show_default=False)],
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write here instead of stdout.")] = None,
) -> None:
    """Print one JSON event per line (DESIGN.md section 3 fields, with `doc_id`) for every input document."""
    from flareup.errors import InputError
    from flareup.ingest.registry import Skip, read_documents
    from flareup.store.export import document_record, write_jsonl
    from flareup.store.load import describe_failure, extract_or_skip

    failed = 0
    skipped: Counter = Counter()

    def records():
        nonlocal failed
        for item in read_documents(paths):
            if isinstance(item, InputError):
                failed += 1
                say(str(item))
            elif isinstance(item, Skip):
                skipped[item.reason] += 1
            else:
                try:
                    result = extract_or_skip(item)
                except Exception as exc:  # one document's failure must not stop the others
                    failed += 1
                    say(describe_failure(item, exc))
                    continue
                if isinstance(result, Skip):
                    skipped[result.reason] += 1
                    continue
                yield from (document_record(ev, item.doc_id) for ev in result)

    with open_output(output) as out:
        n = write_jsonl(records(), out)
    for reason, count in skipped.most_common():
        say(f"skipped {count} document(s): {reason}")
    if output is not None:
        say(f"wrote {n} events to {output}")
    if failed:
        raise typer.Exit(1)
