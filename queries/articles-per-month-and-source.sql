-- How many articles did each outlet publish per month? The publisher is the canonical outlet of the site header
-- or last source line (article_sources, role 'publisher'); articles without one count as '(no publisher)'.
SELECT a.published_month,
       coalesce(s.source_name, '(no publisher)') AS publisher,
       count(*) AS articles,
       count(DISTINCT a.content_hash) AS distinct_texts
FROM articles a
LEFT JOIN article_sources s ON s.article_id = a.article_id AND s.role = 'publisher'
GROUP BY a.published_month, coalesce(s.source_name, '(no publisher)')
ORDER BY a.published_month, articles DESC, publisher;
