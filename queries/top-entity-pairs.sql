-- (needs the entity_cooccurrence table of `news aggregate`) Which pairs of entities are named together most
-- strongly in each period, by normalised PMI over duplicate-free counts, among pairs seen at least 3 times?
SELECT period_type, period_start, window_kind, entity_a, entity_b, pair_count_dedup,
       round(npmi_dedup, 3) AS npmi_dedup, round(g2_dedup, 1) AS g2_dedup
FROM (
    SELECT *, row_number() OVER (PARTITION BY period_type, period_start, window_kind
                                 ORDER BY npmi_dedup DESC, pair_count_dedup DESC, entity_a, entity_b) AS n
    FROM entity_cooccurrence
    WHERE pair_count_dedup >= 3
)
WHERE n <= 20
ORDER BY period_type, period_start, window_kind, n;
