package org.akhbar.aggregate;

import static org.apache.spark.sql.functions.add_months;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.dense_rank;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.functions;

/**
 * Source counts and tag frequencies per day, week and month, raw and deduplicated (one vote per duplicate
 * cluster), with each period's share of its articles.
 *
 * <p>Trend score of a tag: {@code (count − m) / sqrt(m + 1)}, where m is the tag's mean count over the
 * {@link #TREND_PERIODS} previous periods of the same type (0 where it did not occur): a Poisson z-score against
 * its recent level. It is comparable across tags of very different frequency (a raw difference would always
 * favour common tags, a ratio would explode for rare ones), and the +1 keeps a first appearance finite.
 */
public final class PeriodCounts {
    static final int TREND_PERIODS = 4;
    static final List<String> PERIOD_TYPES = List.of(Periods.DAY, Periods.WEEK, Periods.MONTH);

    private PeriodCounts() {
    }

    /** @param articles article_id, cluster_key, published_date: the denominators of the touched periods */
    static Dataset<Row> periodTotals(Dataset<Row> articles, TouchedPeriods touched) {
        return articlesAndClusters(touchedPeriods(articles, touched), List.of("period_type", "period_start"),
                        List.of(), List.of())
                .withColumnRenamed("articles", "total").withColumnRenamed("articles_dedup", "total_dedup");
    }

    /** @param sources article_id, cluster_key, role, source_id, source_name, published_date */
    static Dataset<Row> sourceCounts(Dataset<Row> sources, Dataset<Row> totals, TouchedPeriods touched) {
        Dataset<Row> key = sources.withColumn("source_key", coalesce(col("source_id"), col("source_name")));
        // The same per cluster and over the clusters: a first of firsts and a min of mins.
        List<Column> names = List.of(first("source_id", true).as("source_id"), min("source_name").as("source_name"));
        return articlesAndClusters(touchedPeriods(key, touched),
                List.of("period_type", "period_start", "source_key", "role"), names, names)
                .join(totals, seq("period_type", "period_start"))
                .withColumn("share", col("articles").divide(col("total")))
                .withColumn("share_dedup", col("articles_dedup").divide(col("total_dedup")))
                .drop("source_key", "total", "total_dedup");
    }

    /**
     * Each tag's articles, share and rank in the touched periods, without trend and newness.
     *
     * @param tags article_id, cluster_key, tag, site_box, published_date
     */
    static Dataset<Row> tagCounts(Dataset<Row> tags, Dataset<Row> totals, boolean includeSiteBox,
                                  TouchedPeriods touched) {
        Dataset<Row> kept = includeSiteBox ? tags : tags.where(col("site_box").equalTo(false));
        return articlesAndClusters(touchedPeriods(kept, touched), List.of("period_type", "period_start", "tag"),
                        List.of(), List.of())
                .join(totals, seq("period_type", "period_start"))
                .withColumn("share", col("articles").divide(col("total")))
                .withColumn("rank", dense_rank().over(Window.partitionBy("period_type", "period_start")
                        .orderBy(col("articles").desc())))
                .drop("total", "total_dedup");
    }

    /**
     * Adds trend_score and is_new to the tag counts of every period, the stored ones and the recomputed ones: both
     * depend on earlier periods, and this pass over per-period counts is small.
     */
    static Dataset<Row> withTrends(Dataset<Row> counts) {
        Dataset<Row> previous = counts.withColumn("lag", explode(sequence(lit(1), lit(TREND_PERIODS))))
                .withColumn("later_start", shift(col("period_type"), col("period_start"), col("lag")))
                .select(col("period_type"), col("later_start").as("period_start"), col("tag"),
                        col("articles").as("earlier"));
        Dataset<Row> baseline = previous.groupBy("period_type", "period_start", "tag")
                .agg(sum("earlier").divide(TREND_PERIODS).as("baseline"));
        Dataset<Row> firstSeen = counts.groupBy("period_type", "tag")
                .agg(min("period_start").as("first_start"));
        return counts.join(baseline, seq("period_type", "period_start", "tag"), "left")
                .withColumn("baseline", coalesce(col("baseline"), lit(0.0)))
                .withColumn("trend_score", col("articles").minus(col("baseline"))
                        .divide(sqrt(col("baseline").plus(1))))
                .join(firstSeen, seq("period_type", "tag"))
                .withColumn("is_new", col("period_start").equalTo(col("first_start")))
                .drop("first_start");
    }

    /**
     * Distinct articles and distinct clusters (cluster_key) per group of {@code keys}, with further aggregates
     * computed per cluster ({@code perCluster}) and then over a group's clusters ({@code perGroup}). Articles
     * are counted within their cluster first and the clusters' counts summed: two distinct counts in one
     * aggregation would make Spark copy every row once per count.
     */
    private static Dataset<Row> articlesAndClusters(Dataset<Row> rows, List<String> keys, List<Column> perCluster,
                                                    List<Column> perGroup) {
        List<Column> clusterKeys = new ArrayList<>(columns(keys));
        clusterKeys.add(col("cluster_key"));
        List<Column> groupAggregates = new ArrayList<>(List.of(count(lit(1)).as("articles_dedup")));
        groupAggregates.addAll(perGroup);
        return rows.groupBy(clusterKeys.toArray(Column[]::new))
                .agg(countDistinct("article_id").as("cluster_articles"), perCluster.toArray(Column[]::new))
                .groupBy(columns(keys).toArray(Column[]::new))
                .agg(sum("cluster_articles").as("articles"), groupAggregates.toArray(Column[]::new));
    }

    private static List<Column> columns(List<String> names) {
        return names.stream().map(functions::col).toList();
    }

    private static Dataset<Row> touchedPeriods(Dataset<Row> rows, TouchedPeriods touched) {
        return Periods.explodeInto(rows.where(touched.articleFilter(col("published_date"))), "published_date",
                PERIOD_TYPES).where(touched.periodFilter(col("period_type"), col("period_start")));
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
