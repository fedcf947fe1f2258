"""Turns benchmarks/scale's results.csv into the Markdown tables of BENCHMARKS.md: figures, ratios, linearity.

MB/s per core = uncompressed page MB / wall seconds / cores used (the limit uses one core). MB per CPU second =
MB / (user + system seconds of the process): the same figure measured by the CPU time actually spent, which
stays meaningful when the machine is shared. Usage: python3 scale-report.py results.csv CORES
"""
import csv
import re
import sys
from collections import defaultdict

rows = list(csv.DictReader(open(sys.argv[1])))
by = {(r["size_gb"], r["layout"], r["step"]): r for r in rows}
sizes = sorted({r["size_gb"] for r in rows}, key=float)
layouts = [l for l in ("tar", "files") if any(r["layout"] == l for r in rows)]


def mb(r):
    return int(r["bytes"]) / 1e6


def per_core(r):
    return mb(r) / float(r["wall_s"]) / int(r["cores"])


def per_cpu(r):
    return mb(r) / float(r["cpu_s"])


def limit(size, layout):
    """The limit at this size, else the layout's limit at the largest size measured: it is the rate of one loop."""
    measured = [r for r in rows if r["layout"] == layout and r["step"] == "limit"]
    return by.get((size, layout, "limit")) or max(measured, key=lambda r: float(r["size_gb"]), default=None)


def ratio(a, b, f):
    return f"{f(a) / f(b):.2f}" if a and b else "–"


print("| size | layout | step | MB | wall s | job s | CPU s | MB/s per core | MB per CPU s | peak RSS MB |")
print("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
for r in rows:
    print(f"| {r['size_gb']} GB | {r['layout']} | {r['step']} | {mb(r):.0f} | {float(r['wall_s']):.1f} | "
          f"{float(r['job_s'] or 0):.1f} | {float(r['cpu_s']):.1f} | {per_core(r):.2f} | {per_cpu(r):.2f} | "
          f"{r['max_rss_mb']} |")

print()
print("Ratios of MB/s per core (wall clock), and in brackets of MB per CPU second. b = ingest + enrich, "
      "a = plain-Java limit (of the same layout; measured at the largest size when not at this one), c = pipeline, "
      "d = DuckDB on the loose files of the same size, s = the script peer on the same loose files.")
print()
print("| size | layout | b/a | b/d | c/a | c/s |")
print("| --- | --- | ---: | ---: | ---: | ---: |")
for s in sizes:
    for l in layouts:
        a, b, c = limit(s, l), by.get((s, l, "ingest+enrich")), by.get((s, l, "pipeline"))
        d, sp = by.get((s, "files", "duckdb")), by.get((s, "files", "script"))
        print(f"| {s} GB | {l} | {ratio(b, a, per_core)} ({ratio(b, a, per_cpu)}) | "
              f"{ratio(b, d, per_core)} ({ratio(b, d, per_cpu)}) | {ratio(c, a, per_core)} ({ratio(c, a, per_cpu)}) | "
              f"{ratio(c, sp, per_core)} ({ratio(c, sp, per_cpu)}) |")

limits = [r for r in rows if r["step"] == "aggregate-limit"]
if limits:
    print()
    print("Aggregate against its limit (the same counting in one plain Java thread over the same enriched tables):")
    print()
    print("| size | layout | aggregate s (job, 2 cores) | limit s (1 thread) | limit / aggregate | limit / (aggregate × cores) |")
    print("| --- | --- | ---: | ---: | ---: | ---: |")
    for lim in limits:
        c = by.get((lim["size_gb"], lim["layout"], "pipeline"))
        aggregate = float(re.search(r"aggregate ([0-9.]+)s", c["detail"]).group(1)) if c else None
        limit_s = float(lim["job_s"])
        cells = (f"{aggregate:.1f} | {limit_s:.1f} | {limit_s / aggregate:.3f} | {limit_s / aggregate / int(c['cores']):.3f}"
                 if aggregate else f"– | {limit_s:.1f} | – | –")
        print(f"| {lim['size_gb']} GB | {lim['layout']} | {cells} |")

print()
print("Linearity: wall seconds per GB of pages (flat across sizes = linear).")
print()
steps = [st for st in ("limit", "ingest+enrich", "ingest+enrich (gazetteer)", "pipeline", "duckdb", "script") if any(r["step"] == st for r in rows)]
print("| layout | step | " + " | ".join(f"{s} GB" for s in sizes) + " |")
print("| --- | --- | " + " | ".join("---:" for _ in sizes) + " |")
for l in layouts:
    for st in steps:
        cells = []
        for s in sizes:
            r = by.get((s, l, st))
            cells.append(f"{float(r['wall_s']) / (mb(r) / 1e3):.0f}" if r else "–")
        if any(c != "–" for c in cells):
            print(f"| {l} | {st} | " + " | ".join(cells) + " |")

print()
print("Where the time goes and the output files (Parquet files / MB per table):")
print()
for r in rows:
    if r["step"] in ("ingest+enrich", "ingest+enrich (gazetteer)", "pipeline"):
        print(f"- {r['size_gb']} GB {r['layout']} {r['step']}: {r['detail']}")
