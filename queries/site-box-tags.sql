-- Which tags were flagged as a site's trending box (left out of tag counts), on which site and how often?
SELECT site, tag, count(DISTINCT article_id) AS articles,
       round(avg(CASE WHEN in_text THEN 1.0 ELSE 0.0 END), 2) AS share_named_in_text
FROM article_tags
WHERE site_box
GROUP BY site, tag
ORDER BY site, articles DESC, tag;
