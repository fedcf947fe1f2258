package org.akhbar.aggregate;

import java.util.Locale;

/** The counts of one aggregate run, and its one-line summary. */
public record AggregateSummary(String runId, long articles, long duplicateArticles, long clusters, long storyFlows,
                               long pairs, long sourceRows, long tagRows, double seconds, String unchangedSince) {
    /** A run that recomputed nothing: the tables it reads are as the aggregate {@code since} left them. */
    static AggregateSummary unchanged(String runId, long articles, String since, double seconds) {
        return new AggregateSummary(runId, articles, 0, 0, 0, 0, 0, 0, seconds, since);
    }

    public String line() {
        if (unchangedSince != null) {
            return String.format(Locale.ROOT, "aggregate %s unchanged: %d articles; the enriched tables are as"
                    + " aggregate %s left them, nothing recomputed (--full recomputes) in %.1f s", runId, articles,
                    unchangedSince, seconds);
        }
        return String.format(Locale.ROOT, "aggregate %s committed: %d articles, %d in %d duplicate clusters;"
                        + " %d story_flows, %d entity_cooccurrence, %d source_counts, %d tag_frequencies rows in %.1f s",
                runId, articles, duplicateArticles, clusters, storyFlows, pairs, sourceRows, tagRows, seconds);
    }
}
