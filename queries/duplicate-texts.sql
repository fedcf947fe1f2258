-- Which article texts were published more than once (exactly the same normalised body, by content_hash), and where?
SELECT content_hash,
       count(*) AS copies,
       count(DISTINCT site) AS sites,
       min(published_at) AS first_published,
       array_agg(article_id) AS article_ids,
       min(title) AS a_title
FROM articles
GROUP BY content_hash
HAVING count(*) > 1
ORDER BY copies DESC, content_hash;
