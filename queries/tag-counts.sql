-- Which tags do articles carry most, leaving out the sites' trending boxes (site_box), per month?
SELECT published_month, tag, count(DISTINCT article_id) AS articles, count(DISTINCT site) AS sites
FROM article_tags
WHERE NOT site_box
GROUP BY published_month, tag
ORDER BY published_month, articles DESC, tag;
