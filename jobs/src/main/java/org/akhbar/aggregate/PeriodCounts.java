package org.akhbar.aggregate;

import static org.apache.spark.sql.functions.add_months;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.dense_rank;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * The periods' counts, summed from the day counts ({@link DayPartials}): source counts and tag frequencies per
 * day, week and month (dated articles only) with each period's share of its articles, and co-occurrence counts
 * per week, month and all time (undated articles in all time only).
 *
 * <p>Trend score of a tag: {@code (count − m) / sqrt(m + 1)}, where m is the tag's mean count over the
 * {@link #TREND_PERIODS} previous periods of the same type (0 where it did not occur): a Poisson z-score against
 * its recent level. It is comparable across tags of very different frequency (a raw difference would always
 * favour common tags, a ratio would explode for rare ones), and the +1 keeps a first appearance finite.
 */
public final class PeriodCounts {
    static final int TREND_PERIODS = 4;
    static final List<String> PERIOD_TYPES = List.of(Periods.DAY, Periods.WEEK, Periods.MONTH);
    static final List<String> COOCCURRENCE_PERIOD_TYPES = List.of(Periods.WEEK, Periods.MONTH, Periods.ALL);
    private static final Column COOCCURRENCE = col("measure").isin(DayCounts.WINDOWS, DayCounts.ENTITY,
            DayCounts.PAIR);
    private static final List<String> COOCCURRENCE_KEYS = List.of("period_type", "period_start", "measure",
            "window_kind", "entity_a", "entity_b");
    private static final List<String> KEYS = List.of("period_type", "period_start", "measure", "window_kind",
            "entity_a", "entity_b", "role", "name", "source_id", "source_name");

    private PeriodCounts() {
    }

    /** The day counts of articles, tags and sources summed into days, weeks and months. */
    static Dataset<Row> articleSums(Dataset<Row> days) {
        return sums(Periods.explodeInto(days.where(not(COOCCURRENCE)), "day", PERIOD_TYPES));
    }

    /** The day counts of co-occurrence summed into weeks, months and all time. */
    static Dataset<Row> cooccurrenceSums(Dataset<Row> days) {
        return sums(cooccurrencePeriods(days), COOCCURRENCE_KEYS);
    }

    /**
     * The same, only for all time (from {@code allDays}) and the weeks and months of {@code keys} ({@link
     * Periods#keys}, from {@code datedDays}, which hold at least their days): only the days of those are counted
     * into more than one period.
     */
    static Dataset<Row> cooccurrenceSums(Dataset<Row> allDays, Dataset<Row> datedDays, Dataset<Row> keys) {
        return sums(cooccurrencePeriods(allDays, List.of(Periods.ALL))
                        .unionByName(cooccurrencePeriods(datedDays, List.of(Periods.WEEK, Periods.MONTH))
                                .join(broadcast(keys), seq("period_type", "period_start"), "left_semi")),
                COOCCURRENCE_KEYS);
    }

    private static Dataset<Row> cooccurrencePeriods(Dataset<Row> days) {
        return cooccurrencePeriods(days, COOCCURRENCE_PERIOD_TYPES);
    }

    private static Dataset<Row> cooccurrencePeriods(Dataset<Row> days, List<String> types) {
        // Without the columns of sources, always null here: fewer keys make the largest aggregation cheaper.
        return Periods.explodeInto(days.where(COOCCURRENCE).select("day", "measure", "window_kind", "entity_a",
                "entity_b", "count", "count_dedup"), "day", types);
    }

    private static Dataset<Row> sums(Dataset<Row> periods) {
        return sums(periods, KEYS);
    }

    private static Dataset<Row> sums(Dataset<Row> periods, List<String> keys) {
        return periods.groupBy(Cooccurrence.cols(keys))
                .agg(sum("count").as("count"), sum("count_dedup").as("count_dedup"));
    }

    /** period_type, period_start, total, total_dedup: the denominators of shares. */
    static Dataset<Row> periodTotals(Dataset<Row> periods) {
        return periods.where(col("measure").equalTo(DayCounts.ARTICLES))
                .select(col("period_type"), col("period_start"), col("count").as("total"),
                        col("count_dedup").as("total_dedup"));
    }

    static Dataset<Row> sourceCounts(Dataset<Row> periods, Dataset<Row> totals) {
        // A source keyed by its id could be written under two names (after a gazetteer change): the smallest wins.
        return periods.where(col("measure").equalTo(DayCounts.SOURCE))
                .groupBy("period_type", "period_start", "role", "name")
                .agg(max("source_id").as("source_id"), min("source_name").as("source_name"),
                        sum("count").as("articles"), sum("count_dedup").as("articles_dedup"))
                .join(totals, seq("period_type", "period_start"))
                .withColumn("share", col("articles").divide(col("total")))
                // A period whose articles all have their representative elsewhere casts no deduplicated vote.
                .withColumn("share_dedup", when(col("total_dedup").equalTo(0), lit(0.0))
                        .otherwise(col("articles_dedup").divide(col("total_dedup"))))
                .drop("total", "total_dedup");
    }

    /** Each tag's articles, share and rank per period, without trend and newness. */
    static Dataset<Row> tagCounts(Dataset<Row> periods, Dataset<Row> totals) {
        return periods.where(col("measure").equalTo(DayCounts.TAG))
                .select(col("period_type"), col("period_start"), col("name").as("tag"), col("count").as("articles"),
                        col("count_dedup").as("articles_dedup"))
                .join(totals, seq("period_type", "period_start"))
                .withColumn("share", col("articles").divide(col("total")))
                .withColumn("rank", dense_rank().over(Window.partitionBy("period_type", "period_start")
                        .orderBy(col("articles").desc())))
                .drop("total", "total_dedup");
    }

    /**
     * Adds trend_score and is_new to the tag counts of every period: both depend on earlier periods, and this pass
     * over per-period counts is small.
     */
    static Dataset<Row> withTrends(Dataset<Row> counts) {
        return withNewness(withTrendScores(counts), firstSeen(counts));
    }

    /** Adds trend_score to the tag counts of periods whose {@link #TREND_PERIODS} earlier periods are among them. */
    static Dataset<Row> withTrendScores(Dataset<Row> counts) {
        Dataset<Row> previous = counts.withColumn("lag", explode(sequence(lit(1), lit(TREND_PERIODS))))
                .withColumn("later_start", shift(col("period_type"), col("period_start"), col("lag")))
                .select(col("period_type"), col("later_start").as("period_start"), col("tag"),
                        col("articles").as("earlier"));
        Dataset<Row> baseline = previous.groupBy("period_type", "period_start", "tag")
                .agg(sum("earlier").divide(TREND_PERIODS).as("baseline"));
        return counts.join(baseline, seq("period_type", "period_start", "tag"), "left")
                .withColumn("baseline", coalesce(col("baseline"), lit(0.0)))
                .withColumn("trend_score", col("articles").minus(col("baseline"))
                        .divide(sqrt(col("baseline").plus(1))))
                .drop("baseline");
    }

    /** period_type, tag, first_start: the first period of each type in which a tag of {@code rows} occurs. */
    static Dataset<Row> firstSeen(Dataset<Row> rows) {
        return rows.groupBy("period_type", "tag").agg(min("period_start").as("first_start"));
    }

    /** Adds is_new: whether the row's period is its tag's first of its type ({@link #firstSeen}). */
    static Dataset<Row> withNewness(Dataset<Row> rows, Dataset<Row> firstSeen) {
        return rows.join(firstSeen, seq("period_type", "tag"))
                .withColumn("is_new", col("period_start").equalTo(col("first_start")))
                .drop("first_start");
    }

    /** The start of the period {@code lag} periods after {@code start}. */
    private static Column shift(Column type, Column start, Column lag) {
        return when(type.equalTo(Periods.DAY), date_add(start, lag))
                .when(type.equalTo(Periods.WEEK), date_add(start, lag.multiply(7)))
                .otherwise(add_months(start, lag));
    }

    static scala.collection.immutable.Seq<String> seq(String... columns) {
        return scala.jdk.javaapi.CollectionConverters.asScala(List.of(columns)).toSeq();
    }
}
