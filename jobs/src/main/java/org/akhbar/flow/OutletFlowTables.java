package org.akhbar.flow;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.percentile_approx;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.akhbar.aggregate.Periods;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The outlet tables summed from {@code story_flows} by day, week, month and all time, a story counted in the
 * period of its first article: {@code outlet_flows} per ordered pair of outlets (stories the second took from the
 * first, delays, share credited) and {@code outlet_originality} per outlet (stories it was first on, stories it
 * took, how long after the first, how many it credits to a source that is not crawled, how many it repeated alone).
 * A story is one duplicate cluster: an outlet that took it twice counts once, with its first copy's delay, and as
 * credited when any of its copies credits. Originality counts the crawled outlets' flows only; a cluster inside one
 * outlet ({@link StoryFlows#REPEATED_ORIGIN}) is no pair of outlets and counts apart, as a story repeated.
 */
public final class OutletFlowTables {
    public static final List<String> PERIOD_TYPES = List.of(Periods.DAY, Periods.WEEK, Periods.MONTH, Periods.ALL);
    /** Exact percentiles: a pair's stories in a period are few, and the accuracy is past any pair's count. */
    private static final int ACCURACY = 1_000_000;
    /** What a row of an outlet is to a story: its first outlet, one that took it, one crediting a source not crawled. */
    private static final int FIRST = 0;
    private static final int TAKEN = 1;
    private static final int CREDITED = 2;
    private static final int REPEATED = 3;
    private static final Column KIND = col("first_outlet_kind");

    private OutletFlowTables() {
    }

    /**
     * One row per cluster and outlet that took it: its first copy's delay and whether any copy credits. Outlets are
     * keyed by their key alone, named by the smallest spelling of their name.
     */
    private static Dataset<Row> stories(Dataset<Row> flows) {
        return flows.groupBy("cluster_id", "first_date", "first_outlet", "first_outlet_kind", "outlet")
                .agg(min("first_outlet_name").as("first_outlet_name"), min("outlet_name").as("outlet_name"),
                        min("delay_minutes").as("delay_minutes"),
                        max(col("credits_first_outlet").or(col("credits_first_source"))).as("credited"));
    }

    public static Dataset<Row> pairs(Dataset<Row> flows) {
        return pairs(flows, PERIOD_TYPES);
    }

    /** The same, for the periods of {@code types} alone. */
    public static Dataset<Row> pairs(Dataset<Row> flows, List<String> types) {
        Dataset<Row> byPeriod = Periods.explodeInto(stories(flows.where(KIND.notEqual(StoryFlows.REPEATED_ORIGIN))),
                "first_date", types);
        return Periods.publicKeys(byPeriod.groupBy("period_type", "period_start", "first_outlet", "first_outlet_kind",
                        "outlet")
                .agg(min("first_outlet_name").as("first_outlet_name"), min("outlet_name").as("outlet_name"),
                        count(lit(1)).as("stories"),
                        percentile_approx(col("delay_minutes"), lit(0.5), lit(ACCURACY)).as("median_delay_minutes"),
                        percentile_approx(col("delay_minutes"), lit(0.9), lit(ACCURACY)).as("p90_delay_minutes"),
                        avg(col("credited").cast("double")).as("credited_share")));
    }

    /**
     * The crawled outlets' rows: stories first on them and taken by them (the crawled flows), and of those the ones
     * where the outlet also credits a source that is not crawled, and the stories each repeated alone, each in the
     * period of the story's first article.
     */
    public static Dataset<Row> outlets(Dataset<Row> flows) {
        return outlets(flows, PERIOD_TYPES);
    }

    /** The same, for the periods of {@code types} alone. */
    public static Dataset<Row> outlets(Dataset<Row> flows, List<String> types) {
        Column crawled = KIND.equalTo(StoryFlows.CRAWLED_ORIGIN);
        Dataset<Row> stories = stories(flows);
        Dataset<Row> firsts = stories.where(crawled).select(col("cluster_id"), col("first_date"),
                        col("first_outlet").as("outlet"), col("first_outlet_name").as("outlet_name")).distinct()
                .withColumn("role", lit(FIRST)).withColumn("delay_minutes", lit(null).cast("long"));
        Dataset<Row> taken = stories.where(crawled).select(col("cluster_id"), col("first_date"), col("outlet"),
                col("outlet_name"), lit(TAKEN).as("role"), col("delay_minutes"));
        Dataset<Row> roles = firsts.unionByName(taken);
        Dataset<Row> repeated = stories.where(KIND.equalTo(StoryFlows.REPEATED_ORIGIN)).select(col("cluster_id"),
                col("first_date"), col("outlet"), col("outlet_name"), lit(REPEATED).as("role"),
                lit(null).cast("long").as("delay_minutes"));
        Dataset<Row> crediting = stories.where(KIND.equalTo(StoryFlows.CREDITED_ORIGIN)).select(col("cluster_id").as("crediting_cluster"),
                col("outlet").as("crediting_outlet")).distinct();
        Dataset<Row> credited = roles.join(crediting, col("cluster_id").equalTo(col("crediting_cluster"))
                        .and(col("outlet").equalTo(col("crediting_outlet"))), "left_semi")
                .withColumn("role", lit(CREDITED)).withColumn("delay_minutes", lit(null).cast("long"));
        Dataset<Row> byPeriod = Periods.explodeInto(roles.unionByName(credited).unionByName(repeated), "first_date",
                types);
        return Periods.publicKeys(byPeriod.groupBy("period_type", "period_start", "outlet")
                .agg(min("outlet_name").as("outlet_name"), count(role(FIRST)).as("stories_first"),
                        count(role(TAKEN)).as("stories_taken"),
                        count(role(CREDITED)).as("stories_credited_uncrawled"),
                        count(role(REPEATED)).as("stories_repeated"),
                        percentile_approx(col("delay_minutes"), lit(0.5), lit(ACCURACY))
                                .as("median_delay_minutes"))
                .withColumn("originality_share", when(col("stories_first").plus(col("stories_taken")).gt(0),
                        col("stories_first").divide(col("stories_first").plus(col("stories_taken"))))));
    }

    /** Non-null on the rows of the role: what count() counts. */
    private static Column role(int role) {
        return when(col("role").equalTo(role), lit(1));
    }
}
