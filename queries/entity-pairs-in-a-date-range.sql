-- (needs the cooccurrence_day_counts table of `news aggregate`) Which pairs of entities were named in the same
-- article most strongly between two dates of your choosing (here September to December 2023), by normalised PMI over
-- duplicate-free counts, among pairs seen at least 3 times? The day counts add up to any range.
WITH days AS (
    SELECT * FROM cooccurrence_day_counts
    WHERE day BETWEEN DATE '2023-09-01' AND DATE '2023-12-31' AND window_kind = 'article'
),
total AS (SELECT sum(windows_dedup) AS n FROM days WHERE entity_a IS NULL),
entities AS (
    SELECT entity_a AS entity, sum(windows_dedup) AS windows
    FROM days WHERE entity_a IS NOT NULL AND entity_b IS NULL
    GROUP BY entity_a
),
pairs AS (
    SELECT entity_a, entity_b, sum(windows_dedup) AS pair_count
    FROM days WHERE entity_b IS NOT NULL
    GROUP BY entity_a, entity_b
)
SELECT p.entity_a, p.entity_b, p.pair_count, a.windows AS count_a, b.windows AS count_b,
       round(ln(p.pair_count * total.n / (a.windows * b.windows)) / -ln(p.pair_count / total.n), 3) AS npmi
FROM pairs p
JOIN entities a ON a.entity = p.entity_a
JOIN entities b ON b.entity = p.entity_b
CROSS JOIN total
WHERE p.pair_count >= 3 AND a.windows >= 3 AND b.windows >= 3 AND p.pair_count < total.n
ORDER BY npmi DESC, p.pair_count DESC, p.entity_a, p.entity_b
LIMIT 30;
