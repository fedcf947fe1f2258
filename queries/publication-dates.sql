-- Where do publication dates come from (the page's date line, the crawl stamp, or nowhere), per month and site?
SELECT published_month, coalesce(site, '(no site header)') AS site, date_source, count(*) AS articles
FROM articles
GROUP BY published_month, coalesce(site, '(no site header)'), date_source
ORDER BY published_month, site, date_source;
