-- Which outlets were first on the most stories (duplicate clusters over several outlets) each month, and how
-- original are they: stories first on them against stories they took from another outlet? Stories an outlet only
-- repeated itself, carried by no other outlet, are counted apart (stories_repeated).
SELECT period_start AS month,
       outlet_name,
       stories_first,
       stories_taken,
       stories_repeated,
       round(originality_share, 3) AS originality_share,
       median_delay_minutes
FROM outlet_originality
WHERE period_type = 'month'
ORDER BY month, stories_first DESC, outlet_name;
