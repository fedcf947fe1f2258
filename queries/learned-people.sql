-- (needs the entity_cooccurrence table of `news aggregate`) Which people that no gazetteer lists did the learned
-- NER tagger find in the most articles, and who is each named with most strongly (all time, same article,
-- duplicate-free counts, pairs seen at least 3 times)?
WITH learned AS (
    SELECT entity_id, name_ar, name_en, articles
    FROM entities
    WHERE origin = 'learned' AND type = 'PERSON'
),
partners AS (
    SELECT l.entity_id,
           CASE WHEN c.entity_a = l.entity_id THEN c.entity_b ELSE c.entity_a END AS partner_id,
           c.pair_count_dedup,
           c.npmi_dedup
    FROM learned l
    JOIN entity_cooccurrence c ON l.entity_id IN (c.entity_a, c.entity_b)
    WHERE c.period_type = 'all' AND c.window_kind = 'article' AND c.pair_count_dedup >= 3
),
strongest AS (
    SELECT entity_id, partner_id, pair_count_dedup, npmi_dedup,
           row_number() OVER (PARTITION BY entity_id
                              ORDER BY npmi_dedup DESC, pair_count_dedup DESC, partner_id) AS partner_rank
    FROM partners
)
SELECT l.name_ar, l.name_en, l.entity_id, l.articles,
       p.name_ar AS strongest_partner, s.pair_count_dedup AS articles_together, round(s.npmi_dedup, 3) AS npmi
FROM learned l
LEFT JOIN strongest s ON s.entity_id = l.entity_id AND s.partner_rank = 1
LEFT JOIN entities p ON p.entity_id = s.partner_id
ORDER BY l.articles DESC, l.entity_id
LIMIT 20;
