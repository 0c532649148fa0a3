"""Quality gate: scores extraction on every dev gold file and the false-event rate on non-violent news.

Run: python benchmarks/quality.py [SHARED_DIR] [-v]   (default: ../shared beside the repository;
-v lists the non-violent articles that got an event)
Prints detection / strict F1 and field accuracies by file, language and kind, and the share of
non-violent Wikinews articles on which flareup reports no event (the floor is 95%).
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from flareup.evaluate import predict, read_jsonl, score
from flareup.lang.packs import available_languages

FILES = ["dev.jsonl", "groups_dev.jsonl", "wikievents_dev.jsonl", "seed.jsonl", "repo_dev.jsonl", "muc_dev.jsonl"]


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "-v"]
    shared = Path(args[0]) if args else Path(__file__).resolve().parents[1].parent / "shared"
    console = Console()
    table = Table(title="flareup dev scores")
    for col in ("file", "slice", "docs", "P", "R", "F1", "strict F1", "killed", "family", "actor1", "country",
                "place25", "day", "no-event"):
        table.add_column(col)
    everything, all_preds = [], []
    for name in FILES:
        records = read_jsonl(shared / "eval" / "dev" / name)
        t0 = time.perf_counter()
        preds = predict(records)
        secs = time.perf_counter() - t0
        everything += records
        all_preds += preds
        for key, rep in score(records, preds).items():
            _row(table, name if key == "overall" else "", key, rep)
        console.print(f"{name}: {len(records)} docs in {secs:.1f} s")
    for key, rep in score(everything, all_preds).items():
        if key.startswith(("overall", "lang", "kind")):
            _row(table, "ALL", key, rep)
    console.print(table)
    corpus = shared / "corpus"
    if corpus.exists():
        negs = [r for f in ("wikinews.jsonl", "wikinews_extra.jsonl") for r in read_jsonl(corpus / f)
                if not r.get("violent") and r.get("lang") in available_languages()]
        preds = predict(negs)
        flagged = {p["doc_id"] for p in preds}
        console.print(f"non-violent Wikinews articles with no event: {1 - len(flagged) / len(negs):.3f} "
                      f"({len(negs) - len(flagged)}/{len(negs)})")
        if "-v" in sys.argv:
            for r in negs:
                if r["id"] in flagged:
                    ev = [p for p in preds if p["doc_id"] == r["id"]][0]
                    console.print(f"  FP {r['id']} {r.get('title')!r}: {ev['evidence'][0]['text'][:120]!r}")


def _row(table: Table, name: str, key: str, rep: dict) -> None:
    f = rep.get("fields", {})

    def acc(k):
        return f"{f[k]['accuracy']:.2f}/{f[k]['n']}" if k in f else "-"

    table.add_row(name, key, str(rep["documents"]), f"{rep['precision']:.2f}", f"{rep['recall']:.2f}",
                  f"{rep['f1']:.2f}", f"{rep['strict_f1']:.2f}", acc("killed_exact"), acc("family"), acc("actor1"),
                  acc("country"), acc("place_25km"), acc("date_within_day"),
                  f"{rep['no_event_rate']:.2f}" if "no_event_rate" in rep else "-")


if __name__ == "__main__":
    main()
