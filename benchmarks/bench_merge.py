"""Speed, memory and quality of cross-document merging on synthetic report streams.

Generates incidents in many countries (Zipf-distributed: a few countries hold most of them, as in
real conflict news), each reported 1-50 times with the noise real outlets add: interim tolls,
places named precisely, vaguely or only by country, dates of publication a few days later, a
different word for the attack, an actor left out. Prints time, peak memory and B-cubed precision
/ recall of the clusters against the true incidents.

    python benchmarks/bench_merge.py              # 100k and 1M mentions
    python benchmarks/bench_merge.py --sizes 20000
"""
from __future__ import annotations

import argparse
import random
import resource
import time
from collections import Counter, defaultdict
from datetime import date, timedelta

from flareup.dedupe import merge_events
from flareup.model import Event, Evidence, Mention

YEARS = 5
SUBS = [("battle", "armed_clash"), ("battle", "ambush"), ("explosion_remote_violence", "air_strike"),
        ("explosion_remote_violence", "shelling"), ("explosion_remote_violence", "remote_explosive"),
        ("explosion_remote_violence", "suicide_bomb"), ("violence_against_civilians", "attack"),
        ("violence_against_civilians", "abduction"), ("violence_against_civilians", "massacre")]
LANGS = ["en", "en", "en", "nl", "fr", "ar"]


def world(rng: random.Random, n_countries: int = 80) -> list[dict]:
    """Countries with a box of towns (Zipf popularity), provinces and armed groups."""
    out = []
    for c in range(n_countries):
        lat0, lon0 = rng.uniform(-30, 50), rng.uniform(-100, 120)
        towns = [(lat0 + rng.uniform(0, 6), lon0 + rng.uniform(0, 6)) for _ in range(300)]
        out.append({"code": f"C{c:02d}", "towns": towns, "lat0": lat0, "lon0": lon0,
                    "groups": [f"Group {c}-{g}" for g in range(6)]})
    return out


def reports_per_incident(rng: random.Random) -> int:
    """Mostly 1-3 reports, a long tail up to 50 (big attacks are covered by everyone)."""
    return min(50, int(rng.paretovariate(1.6)))


def generate(n_mentions: int, seed: int = 7) -> tuple[list[Mention], dict[str, int]]:
    """Synthetic mentions and the true incident of each mention_id."""
    rng = random.Random(seed)
    countries = world(rng)
    cweights = [1 / (i + 1) for i in range(len(countries))]
    tweights = [1 / (i + 1) ** 0.8 for i in range(300)]
    day0 = date(2018, 1, 1).toordinal()
    mentions: list[Mention] = []
    truth: dict[str, int] = {}
    incident = 0
    while len(mentions) < n_mentions:
        incident += 1
        country = rng.choices(countries, cweights)[0]
        ti = rng.choices(range(300), tweights)[0]
        lat, lon = country["towns"][ti]
        province = f"P{int((lat - country['lat0']) // 2)}{int((lon - country['lon0']) // 2)}"
        day = day0 + rng.randrange(365 * YEARS)
        family, sub = rng.choice(SUBS)
        perpetrator = rng.choice(country["groups"] + [None, None])
        toll = int(rng.lognormvariate(1.0, 1.1))
        for r in range(reports_per_incident(rng)):
            if len(mentions) >= n_mentions:
                break
            mid = f"m{len(mentions):08d}"
            truth[mid] = incident
            mentions.append(_report(rng, mid, country["code"], lat, lon, ti, province, day, family, sub,
                                    perpetrator, toll, r))
    return mentions, truth


def _report(rng: random.Random, mid: str, country: str, lat: float, lon: float, town: int, province: str,
            day: int, family: str, sub: str, perpetrator: str | None, toll: int, nth: int) -> Mention:
    delay = min(int(rng.expovariate(0.7)), 6) if nth else 0
    reported = date.fromordinal(day + delay)
    dated = rng.random() < 0.6  # the text dates the incident; else the extractor takes [publication - 1, publication]
    start, end = (date.fromordinal(day),) * 2 if dated else (reported - timedelta(days=1), reported)
    if rng.random() < 0.05:
        start, end = start - timedelta(days=start.weekday()), start + timedelta(days=6 - start.weekday())
    u = rng.random()
    if u < 0.65:
        geo = dict(lat=lat + rng.gauss(0, 0.01), lon=lon + rng.gauss(0, 0.01), geonameid=town,
                   geo_precision=1, admin1=province, location=f"T{town}")
    elif u < 0.75:
        geo = dict(lat=lat + rng.gauss(0, 0.1), lon=lon + rng.gauss(0, 0.1), geonameid=None,
                   geo_precision=2, admin1=province, location=f"near T{town}")
    elif u < 0.87:
        geo = dict(lat=None, lon=None, geonameid=None, geo_precision=3, admin1=province, location=province)
    else:
        geo = dict(lat=None, lon=None, geonameid=None, geo_precision=3, admin1=None, location=country)
    killed = None if rng.random() < 0.3 else max(0, int(toll * min(1.0, 0.5 + 0.2 * delay + rng.random() * 0.3)))
    if rng.random() < 0.2:
        family, sub = "violence_against_civilians", "attack"
    actor = perpetrator if rng.random() < 0.7 else None
    lang = rng.choice(LANGS)
    ev = Event(event_id=mid, doc_ids=[f"d{mid}"], event_type=family, sub_event_type=sub,
               date_start=start.isoformat(), date_end=end.isoformat(), time_precision="day",
               country=country, country_name=country, actor1=actor, actor1_type="rebel_group" if actor else None,
               killed=killed, evidence=[Evidence(f"d{mid}", 0, 20, f"report {mid}")], lang=lang, **geo)
    return Mention(mention_id=mid, event=ev, outlet=f"outlet{rng.randrange(300)}", reported=reported.isoformat())


def bcubed(events: list[Event], truth: dict[str, int]) -> tuple[float, float]:
    """B-cubed precision and recall of the merged clusters against the true incidents."""
    doc_truth = {f"d{mid}": inc for mid, inc in truth.items()}
    true_size = Counter(truth.values())
    p_sum = r_sum = 0.0
    for ev in events:
        counts = Counter(doc_truth[d] for d in ev.doc_ids)
        for inc, k in counts.items():
            p_sum += k * k / len(ev.doc_ids)
            r_sum += k * k / true_size[inc]
    n = len(truth)
    return p_sum / n, r_sum / n


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(size: int, by_country: bool) -> None:
    t0 = time.perf_counter()
    mentions, truth = generate(size)
    t1 = time.perf_counter()
    rss_gen = peak_rss_mb()
    print(f"[{size:,}] generated {len(mentions):,} mentions of {len(set(truth.values())):,} incidents "
          f"in {t1 - t0:.1f} s; peak RSS {rss_gen:,.0f} MB", flush=True)
    if by_country:  # as the store does: one call per block (here a whole country), with progress
        blocks: dict[str, list[Mention]] = defaultdict(list)
        for m in mentions:
            blocks[m.event.country].append(m)
        events: list[Event] = []
        done = 0
        for i, (country, block) in enumerate(sorted(blocks.items(), key=lambda kv: -len(kv[1]))):
            events.extend(merge_events(block))
            done += len(block)
            if i % 10 == 0 or done == len(mentions):
                print(f"  {done:,}/{len(mentions):,} mentions merged ({time.perf_counter() - t1:.0f} s)", flush=True)
    else:
        events = merge_events(mentions)
    t2 = time.perf_counter()
    p, r = bcubed(events, truth)
    print(f"[{size:,}] merged into {len(events):,} events in {t2 - t1:.1f} s "
          f"({len(mentions) / (t2 - t1):,.0f} mentions/s); peak RSS {peak_rss_mb():,.0f} MB "
          f"(+{peak_rss_mb() - rss_gen:,.0f} MB over generation)", flush=True)
    print(f"[{size:,}] B-cubed precision {p:.3f} recall {r:.3f} F1 {2 * p * r / (p + r):.3f}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    args = ap.parse_args()
    for size in args.sizes:
        run(size, by_country=size > 200_000)


if __name__ == "__main__":
    main()
