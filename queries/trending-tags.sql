-- (needs the tag_frequencies table of `news aggregate`) Which tags rose most in each period, and which are new?
SELECT period_type, period_start, tag, articles, rank, round(trend_score, 2) AS trend_score, is_new
FROM tag_frequencies
WHERE trend_score > 0 OR is_new
ORDER BY period_type, period_start DESC, trend_score DESC, tag;
