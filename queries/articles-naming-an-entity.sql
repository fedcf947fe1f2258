-- Which articles name a given entity (here Azerbaijan, country:az; change the id), how often and where first?
SELECT a.published_date, a.site, a.title, ae.mentions, ae.in_title, ae.first_position, ae.surface_forms
FROM article_entities ae
JOIN articles a ON a.article_id = ae.article_id
WHERE ae.entity_id = 'country:az'
ORDER BY a.published_date DESC, ae.mentions DESC;
