-- (needs the source_counts table of `news aggregate`) What share of each period's articles did each publisher
-- have, with and without duplicate texts?
SELECT period_type, period_start, source_name, articles, articles_dedup, round(share, 4) AS share
FROM source_counts
WHERE role = 'publisher'
ORDER BY period_type, period_start, articles DESC, source_name;
