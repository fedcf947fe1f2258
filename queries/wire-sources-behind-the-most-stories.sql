-- Which sources that publish no crawled page (wire agencies) do the crawled outlets credit on the most stories,
-- and on how many outlets and copies? The first copy crediting a source stands for its own time (story_flows).
SELECT min(first_outlet_name) AS source,
       count(DISTINCT cluster_id) AS stories,
       count(DISTINCT outlet) AS outlets,
       count(*) AS copies
FROM story_flows
WHERE first_outlet_kind = 'credited'
GROUP BY first_outlet
ORDER BY stories DESC, source
LIMIT 20;
