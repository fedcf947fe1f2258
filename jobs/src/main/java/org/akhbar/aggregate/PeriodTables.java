package org.akhbar.aggregate;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.akhbar.flow.OutletFlowTables;
import org.akhbar.table.Scratch;
import org.akhbar.table.TableSchemas;
import org.akhbar.table.TableWriter;
import org.akhbar.table.Warehouse;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * The tables of periods as stored: {@code source_counts}, {@code tag_frequencies} and {@code entity_cooccurrence},
 * each in one folder per month of period_start ({@code period_month}; all time in its own), so that an increment
 * rewrites only the months of the periods it computed again, the stored rows of their other periods kept.
 */
final class PeriodTables {
    static final String SOURCES = "source_counts";
    static final String TAGS = "tag_frequencies";
    static final String COOCCURRENCE = "entity_cooccurrence";
    static final String OUTLET_FLOWS = "outlet_flows";
    static final String OUTLET_ORIGINALITY = "outlet_originality";
    private static final String MONTH = TableSchemas.PERIOD_PARTITION_COLUMN;
    private static final scala.collection.immutable.Seq<String> KEY = PeriodCounts.seq("period_type",
            "period_start");
    private static final Map<String, List<String>> SORT = Map.of(
            SOURCES, List.of(MONTH, "period_type", "period_start", "role", "source_name"),
            TAGS, List.of(MONTH, "period_type", "period_start", "rank", "tag"),
            COOCCURRENCE, List.of(MONTH, "period_type", "period_start", "window_kind", "entity_a", "entity_b"),
            OUTLET_FLOWS, List.of(MONTH, "period_type", "period_start", "first_outlet", "outlet"),
            OUTLET_ORIGINALITY, List.of(MONTH, "period_type", "period_start", "outlet"));

    private final SparkSession spark;
    private final Warehouse warehouse;
    private final TableWriter writer;
    private final Scratch scratch;

    PeriodTables(SparkSession spark, Warehouse warehouse, TableWriter writer, Scratch scratch) {
        this.spark = spark;
        this.warehouse = warehouse;
        this.writer = writer;
        this.scratch = scratch;
    }

    /** Source counts and tag frequencies of every period, from every day's counts. */
    void writeArticlePeriods(Dataset<Row> articleDays) throws IOException {
        Dataset<Row> periods = scratch.materialize("period_counts", PeriodCounts.articleSums(articleDays));
        Dataset<Row> totals = PeriodCounts.periodTotals(periods);
        replace(SOURCES, PeriodCounts.sourceCounts(periods, totals));
        replace(TAGS, PeriodCounts.withTrends(PeriodCounts.tagCounts(periods, totals)));
    }

    /**
     * The same for the periods holding one of the {@code changed} days and, for tags, the
     * {@link PeriodCounts#TREND_PERIODS} periods after each (their baselines moved), summed from the stored day
     * counts of their months and of the baselines' before them. A tag's newness is taken from its first period
     * over the whole table: a kept row whose newness that moves is written again with its month.
     */
    void writeArticlePeriods(Set<LocalDate> changed) throws IOException {
        Set<Periods.Key> sourcePeriods = Periods.Key.of(changed, PeriodCounts.PERIOD_TYPES, 0);
        if (sourcePeriods.isEmpty()) {
            return;
        }
        Set<Periods.Key> tagPeriods = Periods.Key.of(changed, PeriodCounts.PERIOD_TYPES,
                PeriodCounts.TREND_PERIODS);
        Dataset<Row> days = DayTables.articleCounts(warehouse,
                col(DayTables.MONTH).isin(dayMonths(tagPeriods).toArray()));
        Dataset<Row> periods = scratch.materialize("period_counts", PeriodCounts.articleSums(days));
        Dataset<Row> totals = PeriodCounts.periodTotals(periods);

        Dataset<Row> sourceKeys = broadcast(Periods.keys(spark, sourcePeriods));
        List<String> sourceMonths = Periods.months(sourcePeriods);
        replaceMonths(SOURCES, PeriodCounts.sourceCounts(periods.join(sourceKeys, KEY, "left_semi"), totals),
                kept(SOURCES, sourceKeys, sourceMonths), sourceMonths);

        Dataset<Row> tagKeys = broadcast(Periods.keys(spark, tagPeriods));
        Dataset<Row> counted = scratch.materialize("tag_counts", PeriodCounts.withTrendScores(
                PeriodCounts.tagCounts(periods, totals)).join(tagKeys, KEY, "left_semi"));
        Dataset<Row> others = warehouse.read(TAGS).join(tagKeys, KEY, "left_anti");
        Dataset<Row> firstSeen = scratch.materialize("tag_first_seen", PeriodCounts.firstSeen(
                counted.select("period_type", "period_start", "tag")
                        .unionByName(others.select("period_type", "period_start", "tag"))));
        Set<String> tagMonths = new TreeSet<>(Periods.months(tagPeriods));
        for (Row moved : PeriodCounts.withNewness(others.withColumnRenamed("is_new", "was_new"), firstSeen)
                .where(col("is_new").notEqual(col("was_new"))).select(MONTH).distinct().collectAsList()) {
            tagMonths.add(moved.getString(0));
        }
        List<String> months = List.copyOf(tagMonths);
        replaceMonths(TAGS, PeriodCounts.withNewness(counted, firstSeen),
                PeriodCounts.withNewness(kept(TAGS, tagKeys, months).drop("is_new"), firstSeen), months);
    }

    /**
     * The outlet tables summed from {@code story_flows}: every period when {@code storyDays} is null, else all time
     * and the days, weeks and months holding one of the {@code storyDays} (the first days of the stories whose
     * flows changed), from the stories of their days.
     */
    void writeOutletPeriods(Dataset<Row> flows, Set<LocalDate> storyDays) throws IOException {
        if (storyDays == null) {
            replace(OUTLET_FLOWS, OutletFlowTables.pairs(flows));
            replace(OUTLET_ORIGINALITY, OutletFlowTables.outlets(flows));
            return;
        }
        Set<Periods.Key> periods = Periods.Key.of(storyDays, OutletFlowTables.PERIOD_TYPES, 0);
        Dataset<Row> keys = broadcast(Periods.keys(spark, periods));
        List<String> months = Periods.months(periods);
        Dataset<Row> dated = flows.where(DayTables.within(col("first_date"), Periods.days(periods)));
        List<String> allTime = List.of(Periods.ALL);
        List<String> datedTypes = List.of(Periods.DAY, Periods.WEEK, Periods.MONTH);
        replaceMonths(OUTLET_FLOWS, OutletFlowTables.pairs(flows, allTime).unionByName(
                        OutletFlowTables.pairs(dated, datedTypes).join(keys, KEY, "left_semi")),
                kept(OUTLET_FLOWS, keys, months), months);
        replaceMonths(OUTLET_ORIGINALITY, OutletFlowTables.outlets(flows, allTime).unionByName(
                        OutletFlowTables.outlets(dated, datedTypes).join(keys, KEY, "left_semi")),
                kept(OUTLET_ORIGINALITY, keys, months), months);
    }

    /** The whole table from the rows of every period. */
    void replace(String table, Dataset<Row> rows) throws IOException {
        writer.replace(table, byMonth(table, withMonth(rows)), List.of(MONTH), SORT.get(table));
    }

    /** The stored rows of the {@code months}, but for the periods of {@code keys} ({@link Periods#keys}). */
    Dataset<Row> kept(String table, Dataset<Row> keys, List<String> months) {
        // All time is computed again on every increment, and its null start matches no key.
        return warehouse.read(table).where(col(MONTH).isin(months.toArray())
                        .and(col("period_type").notEqual(Periods.ALL)))
                .join(keys, KEY, "left_anti");
    }

    /** Replaces the {@code months} of the table with the rows {@code computed} and those {@code kept}. */
    void replaceMonths(String table, Dataset<Row> computed, Dataset<Row> kept, List<String> months)
            throws IOException {
        StructType schema = TableSchemas.load(table);
        Dataset<Row> rows = TableWriter.conform(withMonth(computed), schema)
                .unionByName(TableWriter.conform(kept, schema));
        writer.replacePartitions(table, byMonth(table, rows), MONTH, months, SORT.get(table));
    }

    /**
     * The rows shuffled so that each month is written by one task; the outlet tables, a few thousand rows, by a
     * single task without a shuffle, since a Spark stage costs more than their rows.
     */
    private static Dataset<Row> byMonth(String table, Dataset<Row> rows) {
        return OUTLET_FLOWS.equals(table) || OUTLET_ORIGINALITY.equals(table) ? rows.coalesce(1)
                : rows.repartition(col(MONTH));
    }

    private static Dataset<Row> withMonth(Dataset<Row> rows) {
        return rows.withColumn(MONTH, month(col("period_type"), col("period_start")));
    }

    /** The partition of a period's rows: the month of its start (yyyy-MM), all time's own. */
    private static Column month(Column type, Column start) {
        return when(type.equalTo(Periods.ALL), lit(TableSchemas.ALL_TIME_MONTH))
                .otherwise(date_format(start, "yyyy-MM"));
    }

    /** The months of day_counts that the {@code periods} and the trend baselines before them hold. */
    private static List<String> dayMonths(Set<Periods.Key> periods) {
        Set<String> months = new TreeSet<>();
        for (Periods.Key period : periods) {
            LocalDate from = Periods.shift(period.type(), period.start(), -PeriodCounts.TREND_PERIODS)
                    .withDayOfMonth(1);
            for (LocalDate month = from; !month.isAfter(period.end()); month = month.plusMonths(1)) {
                months.add(DayTables.month(month));
            }
        }
        return List.copyOf(months);
    }
}
