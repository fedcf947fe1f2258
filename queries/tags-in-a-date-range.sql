-- (needs the day_counts table of `news aggregate`) Which tags did the most articles carry between two dates of
-- your choosing (here September to December 2023), and what share of the range's articles, with and without duplicate
-- texts? The day counts add up to any range.
WITH days AS (
    SELECT * FROM day_counts WHERE day BETWEEN DATE '2023-09-01' AND DATE '2023-12-31'
),
total AS (
    SELECT sum(articles) AS articles, sum(articles_dedup) AS articles_dedup FROM days WHERE measure = 'articles'
)
SELECT name AS tag, sum(d.articles) AS articles, sum(d.articles_dedup) AS articles_dedup,
       round(sum(d.articles) / max(total.articles), 4) AS share,
       round(sum(d.articles_dedup) / max(total.articles_dedup), 4) AS share_dedup
FROM days d CROSS JOIN total
WHERE d.measure = 'tag'
GROUP BY name
ORDER BY articles DESC, tag
LIMIT 30;
