"""Pipeline speed and memory on real-sized articles; prints figures and checks them against the floors.

    python benchmarks/bench_pipeline.py [--corpus FILE_OR_FOLDER ...] [--repeat N]

Figures: extraction throughput (documents/s, one process on one core, after a warm-up document),
share of time per stage (from flareup.pipeline.STAGE_TIMES when the pipeline exposes it), writing the
extracted documents to DuckDB on its own, the whole
`flareup run` path (read + extract + store) into a scratch database, peak RSS, and the wall time of
`flareup --help` (median of 5). Floors: >= 100 docs/s, <= 1 GB RSS, --help < 1 s; exit code 1 when one is missed.
"""
from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED_CORPUS = ROOT / ".." / "shared" / "corpus"
FLOOR_DOCS_PER_S = 100.0
CEILING_RSS_MB = 1024.0
CEILING_HELP_S = 1.0


def default_corpus() -> list[Path]:
    """The Wikinews corpus next to the repository when present, else the bundled demo corpus."""
    shared = sorted(SHARED_CORPUS.glob("wikinews*.jsonl"))
    return shared or [ROOT / "examples" / "demo"]


def load_documents(paths: list[Path]) -> list:
    from flareup.ingest.registry import read_documents
    from flareup.model import Document

    return [d for d in read_documents(paths) if isinstance(d, Document)]


def bench_extraction(docs: list, repeat: int) -> dict:
    """Documents/s through extract_events, and per-stage seconds when the pipeline records them."""
    import flareup.pipeline as pipeline
    from flareup.errors import SkipDocument

    t0 = time.perf_counter()
    for doc in docs[:1]:
        try:
            pipeline.extract_events(doc)
        except SkipDocument:
            pass
    warmup = time.perf_counter() - t0
    stages = getattr(pipeline, "STAGE_TIMES", None)
    if isinstance(stages, dict):
        stages.clear()
    done = skipped = events = 0
    results = []
    t0 = time.perf_counter()
    for _ in range(repeat):
        for doc in docs:
            try:
                found = pipeline.extract_events(doc)
            except SkipDocument:
                skipped += 1
                continue
            done += 1
            events += len(found)
            results.append((doc, found))
    elapsed = time.perf_counter() - t0
    return {"warmup_s": warmup, "elapsed_s": elapsed, "extracted": done, "skipped": skipped, "events": events,
            "docs_per_s": (done + skipped) / elapsed if elapsed else float("inf"),
            "stages": dict(stages) if isinstance(stages, dict) else None, "results": results}


def bench_store(results: list, batch_size: int = 200) -> dict:
    """Writing already-extracted documents (documents, mentions, re-merged events) into a scratch database."""
    from flareup.store.db import Store

    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "store.duckdb") as store:
        t0 = time.perf_counter()
        for i in range(0, len(results), batch_size):
            store.write_batch(results[i:i + batch_size])
        elapsed = time.perf_counter() - t0
        events = store.count("events")
    return {"elapsed_s": elapsed, "docs_per_s": len(results) / elapsed if elapsed else float("inf"), "events": events}


def bench_run(paths: list[Path]) -> dict:
    """The `flareup run` path (read, extract, store with merging) into a scratch database."""
    from flareup.ingest.registry import read_documents
    from flareup.store.db import Store
    from flareup.store.load import load_documents as load

    with tempfile.TemporaryDirectory() as tmp:
        with Store(Path(tmp) / "bench.duckdb") as store:
            t0 = time.perf_counter()
            summary = load(read_documents(paths), store)
            elapsed = time.perf_counter() - t0
    return {"elapsed_s": elapsed, "read": summary.read, "stored": summary.stored, "mentions": summary.mentions,
            "events": summary.events_in_db, "failed": len(summary.failed),
            "docs_per_s": summary.read / elapsed if elapsed else float("inf")}


def bench_help() -> float:
    """Median wall time of `flareup --help` in a fresh process."""
    script = Path(sys.executable).with_name("flareup")
    cmd = [str(script), "--help"] if script.exists() else [sys.executable, "-c",
                                                            "from flareup.cli.app import main; main()", "--help"]
    times = []
    for _ in range(5):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", nargs="*", type=Path, help="files or folders (default: ../shared Wikinews)")
    parser.add_argument("--repeat", type=int, default=1, help="passes over the corpus for the extraction figure")
    args = parser.parse_args()
    paths = args.corpus or default_corpus()
    docs = load_documents(paths)
    if not docs:
        print("no documents in", ", ".join(map(str, paths)))
        return 1
    mean_kb = sum(len(d.text.encode("utf-8")) for d in docs) / len(docs) / 1024
    print(f"corpus: {len(docs)} documents, {mean_kb:.1f} KB on average ({', '.join(map(str, paths))})")

    ext = bench_extraction(docs, args.repeat)
    print(f"extraction: {ext['docs_per_s']:.1f} docs/s on one core ({ext['extracted']} extracted, {ext['skipped']} "
          f"skipped, {ext['events']} events in {ext['elapsed_s']:.2f} s; warm-up document {ext['warmup_s']:.2f} s)")
    if ext["stages"]:
        total = sum(ext["stages"].values()) or 1.0
        for name, seconds in sorted(ext["stages"].items(), key=lambda kv: -kv[1]):
            print(f"  stage {name:<12} {seconds:8.3f} s  {100 * seconds / total:5.1f} %")
    elif ext["stages"] is None:
        print("  (the pipeline exposes no STAGE_TIMES: no per-stage shares)")
    else:
        print("  (the pipeline recorded no stage times)")

    st = bench_store(ext["results"])
    print(f"store alone: {st['docs_per_s']:.0f} docs/s ({len(ext['results'])} documents -> {st['events']} events "
          f"in {st['elapsed_s']:.2f} s, batches of 200)")
    run = bench_run(paths)
    print(f"run (read+extract+store): {run['docs_per_s']:.1f} docs/s ({run['read']} read, {run['stored']} stored, "
          f"{run['mentions']} mentions -> {run['events']} events, {run['failed']} failed, {run['elapsed_s']:.2f} s)")

    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {rss_mb:.0f} MB")
    help_s = bench_help()
    print(f"flareup --help: {help_s:.3f} s (median of 5)")

    misses = [f"throughput {ext['docs_per_s']:.1f} < {FLOOR_DOCS_PER_S:.0f} docs/s"] * (ext["docs_per_s"] < FLOOR_DOCS_PER_S)
    misses += [f"peak RSS {rss_mb:.0f} MB > {CEILING_RSS_MB:.0f} MB"] * (rss_mb > CEILING_RSS_MB)
    misses += [f"--help {help_s:.2f} s > {CEILING_HELP_S:.0f} s"] * (help_s > CEILING_HELP_S)
    print("floors: " + ("all met" if not misses else "MISSED: " + "; ".join(misses)))
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
