"""Where a Spark run's time went: wall seconds of each SQL execution of an event log, by description.

benchmarks/scale runs the pipeline with an uncompressed event log; descriptions are set by the jobs ("write
articles", "scratch near_links") or are Spark's call site. Usage: python3 spark-phases.py EVENT_LOG_DIR [TOP]
"""
import glob
import json
import sys
from collections import defaultdict

started, described, seconds = {}, {}, defaultdict(float)
for path in glob.glob(sys.argv[1] + "/**/events_*", recursive=True) + glob.glob(sys.argv[1] + "/app-*") \
        + glob.glob(sys.argv[1] + "/local-*"):
    for line in open(path, encoding="utf-8"):
        event = json.loads(line)
        kind = event["Event"]
        if kind.endswith("SparkListenerSQLExecutionStart"):
            started[event["executionId"]] = event["time"]
            described[event["executionId"]] = event["description"]
        elif kind.endswith("SparkListenerSQLExecutionEnd") and event["executionId"] in started:
            seconds[described[event["executionId"]]] += (event["time"] - started[event["executionId"]]) / 1000

total = sum(seconds.values())
top = int(sys.argv[2]) if len(sys.argv) > 2 else 15
print(f"{total:.0f} s in SQL executions; the largest:")
for description, s in sorted(seconds.items(), key=lambda kv: -kv[1])[:top]:
    print(f"  {s:7.1f} s  {100 * s / total:4.1f}%  {description}")
