package org.akhbar.enrich;

import java.util.Locale;

/** The counts of one enrich run, and its one-line summary. */
public record EnrichSummary(String runId, long articles, String scope, long entityRows, long tagRows,
                            long sourceRows, int vocabularyVersion, String gazetteerVersion, double seconds) {
    public String line() {
        return String.format(Locale.ROOT, "enrich %s committed: %d articles enriched (%s) → %d article_entities,"
                        + " %d article_tags, %d article_sources rows (gazetteer %s, tag vocabulary v%d) in %.1f s",
                runId, articles, scope, entityRows, tagRows, sourceRows, gazetteerVersion, vocabularyVersion,
                seconds);
    }
}
