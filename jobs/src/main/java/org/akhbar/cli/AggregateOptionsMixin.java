package org.akhbar.cli;

import org.akhbar.aggregate.AggregateOptions;
import org.akhbar.aggregate.Cooccurrence;
import picocli.CommandLine.Option;

/** The options of every subcommand that aggregates. */
final class AggregateOptionsMixin {
    @Option(names = "--min-support", paramLabel = "N", defaultValue = "3",
            description = "Co-occurrence: entities and pairs seen in fewer windows of a period are dropped"
                    + " (default: ${DEFAULT-VALUE}).")
    int minSupport;

    @Option(names = "--top-k", paramLabel = "K", defaultValue = "50",
            description = "Co-occurrence: keep each entity's K strongest partners by NPMI (default: ${DEFAULT-VALUE}).")
    int topK;

    @Option(names = "--max-entities-per-window", paramLabel = "N", defaultValue = "20",
            description = "Co-occurrence: the N most salient entities of a window are paired (default:"
                    + " ${DEFAULT-VALUE}).")
    int maxEntitiesPerWindow;

    @Option(names = "--include-site-box", description = "Count sites' trending-box tags in tag frequencies too.")
    boolean includeSiteBox;

    /** Accepted for the scripts written before 0.3.0, as {@code aggregate --full}. */
    @Option(names = "--recompute-all", hidden = true)
    boolean recomputeAll;

    /** @param full recompute even when the enriched tables are as the last aggregate read them */
    AggregateOptions toAggregateOptions(String warehouse, boolean full) {
        return new AggregateOptions(warehouse, new Cooccurrence.Parameters(maxEntitiesPerWindow, minSupport, topK),
                includeSiteBox, full || recomputeAll);
    }
}
