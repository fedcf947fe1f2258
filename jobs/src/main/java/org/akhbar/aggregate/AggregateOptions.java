package org.akhbar.aggregate;

/**
 * What an aggregate run computes.
 *
 * @param warehouse      the warehouse holding the enriched tables
 * @param cooccurrence   salience cap, minimum support and top K of entity co-occurrence
 * @param includeSiteBox count site trending-box tags in tag frequencies too
 */
public record AggregateOptions(String warehouse, Cooccurrence.Parameters cooccurrence, boolean includeSiteBox) {
}
