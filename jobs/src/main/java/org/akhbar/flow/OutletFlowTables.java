package org.akhbar.flow;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.percentile_approx;
import static org.apache.spark.sql.functions.sum;
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
 * took, how long after the first). A story is one duplicate cluster: an outlet that took it twice counts once, with
 * its first copy's delay, and as credited when any of its copies credits.
 */
public final class OutletFlowTables {
    private static final List<String> PERIOD_TYPES = List.of(Periods.DAY, Periods.WEEK, Periods.MONTH, Periods.ALL);
    /** Exact percentiles: a pair's stories in a period are few, and the accuracy is past any pair's count. */
    private static final int ACCURACY = 1_000_000;

    private OutletFlowTables() {
    }

    /** One row per cluster and outlet that took it: its first copy's delay and whether any copy credits. */
    private static Dataset<Row> stories(Dataset<Row> flows) {
        return flows.groupBy("cluster_id", "first_date", "first_outlet", "first_outlet_name", "outlet", "outlet_name")
                .agg(min("delay_minutes").as("delay_minutes"),
                        max(col("credits_first_outlet").or(col("credits_first_source"))).as("credited"));
    }

    public static Dataset<Row> pairs(Dataset<Row> flows) {
        Dataset<Row> byPeriod = Periods.explodeInto(stories(flows), "first_date", PERIOD_TYPES);
        return Periods.publicKeys(byPeriod.groupBy("period_type", "period_start", "first_outlet", "first_outlet_name",
                        "outlet", "outlet_name")
                .agg(count(lit(1)).as("stories"),
                        percentile_approx(col("delay_minutes"), lit(0.5), lit(ACCURACY)).as("median_delay_minutes"),
                        percentile_approx(col("delay_minutes"), lit(0.9), lit(ACCURACY)).as("p90_delay_minutes"),
                        avg(col("credited").cast("double")).as("credited_share")));
    }

    public static Dataset<Row> outlets(Dataset<Row> flows) {
        Dataset<Row> firsts = flows.select(col("cluster_id"), col("first_date"), col("first_outlet").as("outlet"),
                        col("first_outlet_name").as("outlet_name")).distinct()
                .withColumn("first", lit(true)).withColumn("delay_minutes", lit(null).cast("long"));
        Dataset<Row> taken = stories(flows).select(col("cluster_id"), col("first_date"), col("outlet"),
                col("outlet_name"), lit(false).as("first"), col("delay_minutes"));
        Dataset<Row> byPeriod = Periods.explodeInto(firsts.unionByName(taken), "first_date", PERIOD_TYPES);
        Column first = col("first");
        return Periods.publicKeys(byPeriod.groupBy("period_type", "period_start", "outlet", "outlet_name")
                .agg(sum(when(first, 1L).otherwise(0L)).as("stories_first"),
                        sum(when(first, 0L).otherwise(1L)).as("stories_taken"),
                        percentile_approx(col("delay_minutes"), lit(0.5), lit(ACCURACY))
                                .as("median_delay_minutes"))
                .withColumn("originality_share", col("stories_first")
                        .divide(col("stories_first").plus(col("stories_taken")))));
    }
}
