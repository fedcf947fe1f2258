-- Which people, places and organisations are named in the most articles each month (top 10 per month)?
SELECT published_month, rank, entity_id, type, name_ar, name_en, articles, mentions
FROM (
    SELECT ae.published_month, ae.entity_id, e.type, e.name_ar, e.name_en,
           count(DISTINCT ae.article_id) AS articles,
           sum(ae.mentions) AS mentions,
           rank() OVER (PARTITION BY ae.published_month
                        ORDER BY count(DISTINCT ae.article_id) DESC, sum(ae.mentions) DESC) AS rank
    FROM article_entities ae
    JOIN entities e ON e.entity_id = ae.entity_id
    GROUP BY ae.published_month, ae.entity_id, e.type, e.name_ar, e.name_en
)
WHERE rank <= 10
ORDER BY published_month, rank, entity_id;
