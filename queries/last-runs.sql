-- What did the last 20 runs do: status, files and records read, rejects and time taken?
SELECT run_id, command, status, started_at, seconds, files_read, files_skipped,
       records_seen, articles, rejects, records_skipped, round(reject_rate, 4) AS reject_rate
FROM runs
ORDER BY started_at DESC, run_id DESC
LIMIT 20;
