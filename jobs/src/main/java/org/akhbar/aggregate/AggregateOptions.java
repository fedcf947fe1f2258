package org.akhbar.aggregate;

/**
 * What an aggregate run computes.
 *
 * @param warehouse      the warehouse holding the enriched tables
 * @param cooccurrence   salience cap, minimum support and top K of entity co-occurrence
 * @param includeSiteBox count site trending-box tags in tag frequencies too
 * @param full           recompute even when the enriched tables are as the last aggregate read them
 */
public record AggregateOptions(String warehouse, Cooccurrence.Parameters cooccurrence, boolean includeSiteBox,
                               boolean full) {
    public AggregateOptions(String warehouse, Cooccurrence.Parameters cooccurrence, boolean includeSiteBox) {
        this(warehouse, cooccurrence, includeSiteBox, false);
    }
}
