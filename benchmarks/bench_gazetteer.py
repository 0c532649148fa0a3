"""Gazetteer figures: build time, load time and memory of a fresh process, find_places calls per second.

    python benchmarks/bench_gazetteer.py [--skip-build] [--loads 5] [--seconds 3]

The build goes into a temporary cache dir (so the real cache is left alone); loads and calls use the
normal cache (`Settings().cache_dir`), building it first when missing.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

# invented sentences of typical length (about 25 words), English and Dutch
SENTENCES = [
    ("en", "Gunmen ambushed a police convoy near Baghdad on Tuesday, killing five officers and wounding at least "
           "seven others, a security source said."),
    ("en", "Fighters loyal to the government repelled an attack on the town of Sukhna in the desert east of Homs, "
           "leaving twelve soldiers dead."),
    ("en", "Air strikes hit villages in the southern countryside of Idlib province on Sunday, killing four "
           "children and two women, local activists reported."),
    ("en", "A spokesman in Washington said the drone strike north of Kabul killed a senior commander and three "
           "of his bodyguards."),
    ("en", "Will Smith and Mark Rutte met reporters on Monday after a suicide bomber from Mosul struck a market "
           "in Kirkuk, killing nine."),
    ("nl", "Afgelopen weekend kwamen tien leden van een paramilitaire groep om nadat ze in de buurt van Bagdad in "
           "een hinderlaag waren gelopen."),
    ("nl", "Een aanval op regeringstroepen in het stadje Sukhna mondde uit in een veldslag waarbij 32 militairen "
           "en 26 strijders omkwamen."),
    ("nl", "Enkele duizenden strijders hebben zich ingegraven in de woestijn ten oosten van Homs, richting de "
           "grens met Irak, aldus de Syrische regering."),
    ("nl", "Bij gevechten tussen het leger en rebellen op de weg tussen Aleppo en Idlib vielen gisteren minstens "
           "vijftien doden."),
    ("en", "TWO SOLDIERS WERE KILLED AND FOUR WOUNDED WHEN GUERRILLAS ATTACKED A PATROL IN SAN SALVADOR "
           "YESTERDAY, MILITARY SOURCES REPORTED."),
]

_CHILD = """
import time, json, resource
t0 = time.perf_counter()
from flareup.geocode import load_gazetteer
t1 = time.perf_counter()
g = load_gazetteer()
g.lookup("Baghdad")
t2 = time.perf_counter()
try:
    import psutil
    rss = psutil.Process().memory_info().rss
except ImportError:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(json.dumps({"import": t1 - t0, "load": t2 - t1, "rss": rss, "places": len(g), "keys": g.meta["keys"]}))
"""


def bench_build() -> None:
    from flareup.geocode.gazetteer import build_gazetteer
    from flareup.settings import Settings

    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        folder = build_gazetteer(Settings(cache_dir=Path(tmp)))
        seconds = time.perf_counter() - t
        size = sum(f.stat().st_size for f in folder.iterdir())
    print(f"build: {seconds:.1f} s, index {size / 1e6:.1f} MB on disk")


def bench_loads(n: int) -> None:
    from flareup.geocode import load_gazetteer

    load_gazetteer()  # make sure the cache exists before timing fresh processes
    runs = [json.loads(subprocess.run([sys.executable, "-c", _CHILD], capture_output=True, text=True, check=True,
                                      env=os.environ).stdout) for _ in range(n)]
    print(f"load in a fresh process (median of {n}): load_gazetteer {statistics.median(r['load'] for r in runs) * 1000:.0f} ms"
          f" (+ import {statistics.median(r['import'] for r in runs) * 1000:.0f} ms),"
          f" RSS after load {statistics.median(r['rss'] for r in runs) / 1e6:.0f} MB;"
          f" {runs[0]['places']} entries, {runs[0]['keys']} name keys")


def bench_calls(seconds: float) -> None:
    from flareup.geocode import find_places

    sets = {"invented sentences": SENTENCES}
    dev = SHARED / "eval" / "dev" / "dev.jsonl"
    if dev.exists():
        sets["dev headlines"] = [(r["lang"], r["text"]) for r in map(json.loads, dev.read_text("utf-8").splitlines())]
    for label, sents in sets.items():
        for lang, text in sents:
            find_places(text, lang, ("SY", "IQ"))
        calls, t = 0, time.perf_counter()
        while time.perf_counter() - t < seconds:
            for lang, text in sents:
                find_places(text, lang, ("SY", "IQ"))
            calls += len(sents)
        dt = time.perf_counter() - t
        words = statistics.mean(len(text.split()) for _, text in sents)
        print(f"find_places on {label} ({words:.0f} words on average): {calls / dt:,.0f} calls/s,"
              f" {dt / calls * 1e6:.0f} us per call")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--skip-build", action="store_true", help="do not time a fresh build")
    ap.add_argument("--loads", type=int, default=5, help="fresh processes to time the load in")
    ap.add_argument("--seconds", type=float, default=3.0, help="how long to call find_places per sentence set")
    args = ap.parse_args()
    if not args.skip_build:
        bench_build()
    bench_loads(args.loads)
    bench_calls(args.seconds)


if __name__ == "__main__":
    main()
