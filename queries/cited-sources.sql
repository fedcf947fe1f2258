-- Which outlets are named as original or cited sources, and by how many articles of which publishers?
SELECT s.role, s.source_name, count(DISTINCT s.article_id) AS articles,
       count(DISTINCT p.source_name) AS publishers
FROM article_sources s
LEFT JOIN article_sources p ON p.article_id = s.article_id AND p.role = 'publisher'
WHERE s.role IN ('original', 'cited')
GROUP BY s.role, s.source_name
ORDER BY articles DESC, s.role, s.source_name;
