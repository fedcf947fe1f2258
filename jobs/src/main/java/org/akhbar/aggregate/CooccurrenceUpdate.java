package org.akhbar.aggregate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.akhbar.table.Scratch;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Brings entity co-occurrence up to date for the touched periods. Weeks and months touched are recomputed from
 * their articles; the all-time figures are summed from {@code cooccurrence_month_counts}, the stored counts of
 * every month (and of the undated articles), of which only the touched months are counted again.
 *
 * <p>Stored pair counts hold only pairs of entities frequent over all time (at least minimum support windows), so
 * rare entities are still dropped before pairing. An entity that becomes frequent with new articles has its few
 * earlier months paired again, which keeps the stored counts equal to a full recomputation.
 */
final class CooccurrenceUpdate {
    private final Cooccurrence cooccurrence;
    /** Holds the intermediate results read by several branches, so that each is computed once. */
    private final Scratch scratch;

    CooccurrenceUpdate(Cooccurrence cooccurrence, Scratch scratch) {
        this.cooccurrence = cooccurrence;
        this.scratch = scratch;
    }

    /** The new stored month counts and the new entity_cooccurrence rows. */
    record Result(Dataset<Row> monthCounts, Dataset<Row> table) {
    }

    /**
     * @param storedCounts the stored month counts, null when every period is recomputed
     * @param storedTable  the stored entity_cooccurrence rows, null when every period is recomputed
     */
    Result update(Dataset<Row> articleEntities, Dataset<Row> representatives, TouchedPeriods touched,
                  Dataset<Row> storedCounts, Dataset<Row> storedTable) {
        Dataset<Row> articles = scratch.materialize("window_articles",
                Cooccurrence.numberedArticles(articleEntities, representatives));
        Dataset<Row> windows = scratch.materialize("windows", cooccurrence.windows(
                articleEntities.where(touched.articleFilter(col("published_date"))), articles));
        Dataset<Row> weekWindows = Periods.explodeInto(windows, "published_date", List.of(Periods.WEEK))
                .where(touched.periodFilter(col("period_type"), col("period_start")));
        Dataset<Row> weeks = scratch.materialize("week_counts", cooccurrence.countsWithinPeriods(weekWindows,
                scratch.materialize("week_entity_counts", cooccurrence.entityCounts(weekWindows))));

        Dataset<Row> monthCounts = scratch.materialize("month_counts",
                monthCounts(windows, articleEntities, articles, touched, storedCounts));
        Dataset<Row> months = monthCounts.where(col("period_start").isNotNull()
                .and(touched.monthBucketFilter(col("period_start"))));
        Dataset<Row> allTime = Cooccurrence.sumIntoAllTime(monthCounts);

        // One scoring of every period type: its joins and rankings are keyed by period, and each is a few stages.
        Dataset<Row> table = Cooccurrence.tableForm(scratch.materialize("scored",
                cooccurrence.score(weeks.unionByName(months).unionByName(allTime))));
        if (storedTable != null) {
            table = table.unionByName(storedTable.where(col("period_type").notEqual(Periods.ALL)
                    .and(not(touched.periodFilter(col("period_type"), col("period_start"))))));
        }
        return new Result(monthCounts.select("period_start", "window_kind", "deduplicated", "entity_a", "entity_b",
                "windows"), table);
    }

    /**
     * @param windows  the windows of every article in a touched period
     * @param articles {@link Cooccurrence#numberedArticles} of every article
     */
    private Dataset<Row> monthCounts(Dataset<Row> windows, Dataset<Row> articleEntities,
                                     Dataset<Row> articles, TouchedPeriods touched, Dataset<Row> stored) {
        Dataset<Row> entities = cooccurrence.entityCounts(bucketWindows(windows, touched));
        Dataset<Row> storedKept = stored == null ? null
                : stored.withColumn("period_type", lit(Periods.MONTH))
                        .where(not(touched.monthBucketFilter(col("period_start"))));
        if (storedKept != null) {
            entities = entities.unionByName(storedKept.where(col("entity_b").isNull()));
        }
        entities = scratch.materialize("entity_counts", entities);
        Dataset<Row> frequent = scratch.materialize("frequent", frequentOverAllTime(entities));
        TouchedPeriods paired = stored == null ? touched
                : touched.withMonths(monthsOfNewlyFrequent(entities, frequent, stored));
        Dataset<Row> pairedWindows = paired == touched ? windows : cooccurrence.windows(
                articleEntities.where(paired.monthArticleFilter(col("published_date"))), articles);
        Dataset<Row> pairs = cooccurrence.pairCounts(bucketWindows(pairedWindows, paired), frequent,
                List.of("window_kind"));
        if (storedKept != null) {
            Dataset<Row> keptPairs = storedKept.where(col("entity_b").isNotNull()
                            .and(not(paired.monthBucketFilter(col("period_start")))))
                    .join(frequent.withColumnRenamed("entity_id", "entity_a"),
                            Cooccurrence.seq(List.of("window_kind", "deduplicated"), "entity_a"), "left_semi")
                    .join(frequent.withColumnRenamed("entity_id", "entity_b"),
                            Cooccurrence.seq(List.of("window_kind", "deduplicated"), "entity_b"), "left_semi");
            pairs = pairs.unionByName(keptPairs);
        }
        return entities.unionByName(pairs);
    }

    /** The windows in the month buckets recomputed, keyed by month (null for undated articles). */
    private static Dataset<Row> bucketWindows(Dataset<Row> windows, TouchedPeriods touched) {
        return windows.where(touched.monthArticleFilter(col("published_date")))
                .withColumn("period_type", lit(Periods.MONTH))
                .withColumn("period_start", Periods.start(Periods.MONTH, col("published_date")));
    }

    /** window_kind, deduplicated, entity_id of the entities seen in at least minimum support windows over all time. */
    private Dataset<Row> frequentOverAllTime(Dataset<Row> entityCounts) {
        return entityCounts.where(col("entity_a").isNotNull())
                .groupBy("window_kind", "deduplicated", "entity_a").agg(sum("windows").as("windows"))
                .where(col("windows").geq(cooccurrence.parameters().minSupport()))
                .select(col("window_kind"), col("deduplicated"), col("entity_a").as("entity_id"));
    }

    /** The months (null: undated) holding an entity that is frequent now but was not in the stored counts. */
    private List<LocalDate> monthsOfNewlyFrequent(Dataset<Row> entities, Dataset<Row> frequent, Dataset<Row> stored) {
        Dataset<Row> before = frequentOverAllTime(stored.where(col("entity_b").isNull()));
        Dataset<Row> newly = frequent.join(before,
                        Cooccurrence.seq(List.of("window_kind", "deduplicated"), "entity_id"), "left_anti")
                .withColumnRenamed("entity_id", "entity_a");
        List<LocalDate> months = new ArrayList<>();
        for (Row row : entities.join(newly, Cooccurrence.seq(List.of("window_kind", "deduplicated"), "entity_a"),
                "left_semi").select("period_start").distinct().collectAsList()) {
            months.add(row.isNullAt(0) ? null : Periods.localDate(row.get(0)));
        }
        return months;
    }
}
