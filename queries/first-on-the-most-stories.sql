-- Which outlets were first on the most stories (duplicate clusters over several outlets) each month, and how
-- original are they: stories first on them against stories they took from another outlet?
SELECT period_start AS month,
       outlet_name,
       stories_first,
       stories_taken,
       round(originality_share, 3) AS originality_share,
       median_delay_minutes
FROM outlet_originality
WHERE period_type = 'month'
ORDER BY month, stories_first DESC, outlet_name;
