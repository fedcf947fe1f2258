-- Who takes the stories first published by the outlet that broke the most stories of all time, how fast (minutes
-- behind it), and how often do they credit it or its source? Replace the WITH clause by an outlet key to ask of
-- another (story_flows.first_outlet: the source resolver's id, else the outlet's canonical name).
WITH breaking AS (
    SELECT outlet
    FROM outlet_originality
    WHERE period_type = 'all'
    ORDER BY stories_first DESC, outlet
    LIMIT 1
)
SELECT f.first_outlet_name AS first_on,
       f.outlet_name AS taken_by,
       f.stories,
       f.median_delay_minutes,
       f.p90_delay_minutes,
       round(f.credited_share, 3) AS credited_share
FROM outlet_flows f
JOIN breaking b ON f.first_outlet = b.outlet
WHERE f.period_type = 'all'
ORDER BY f.stories DESC, taken_by;
