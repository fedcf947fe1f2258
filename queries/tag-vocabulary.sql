-- Which multi-word tag units does the newest tag vocabulary hold, curated or learned, with their support?
SELECT version, origin, tag, words, support
FROM tag_vocabulary
WHERE version = (SELECT max(version) FROM tag_vocabulary) AND words > 1
ORDER BY origin, support DESC, tag;
