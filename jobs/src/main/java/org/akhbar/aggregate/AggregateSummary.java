package org.akhbar.aggregate;

import java.util.Locale;

/** The counts of one aggregate run, and its one-line summary. */
public record AggregateSummary(String runId, long articles, long duplicateArticles, long clusters, long pairs,
                               long sourceRows, long tagRows, double seconds) {
    public String line() {
        return String.format(Locale.ROOT, "aggregate %s committed: %d articles, %d in %d duplicate clusters;"
                        + " %d entity_cooccurrence, %d source_counts, %d tag_frequencies rows in %.1f s", runId,
                articles, duplicateArticles, clusters, pairs, sourceRows, tagRows, seconds);
    }
}
