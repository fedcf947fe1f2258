-- Which input files are in the warehouse, which run read each, and how many articles and rejects each gave?
SELECT run_id, source_file, size, modification_time, records, articles, rejects
FROM ingest_manifest
ORDER BY run_id DESC, source_file;
