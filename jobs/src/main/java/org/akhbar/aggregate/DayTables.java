package org.akhbar.aggregate;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import org.akhbar.table.TableSchemas;
import org.akhbar.table.Warehouse;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The day counts as stored, by month: {@code day_counts} (articles, tags, sources) and
 * {@code cooccurrence_day_counts}, both written from the rows of {@link DayCounts#SCHEMA} (with day for
 * day_number), and read back into them for the days an increment keeps.
 */
public final class DayTables {
    static final String COUNTS = "day_counts";
    static final String COOCCURRENCE = "cooccurrence_day_counts";
    static final String MONTH = TableSchemas.PARTITION_COLUMN;

    private DayTables() {
    }

    /** The day_counts table's rows: a source under its name, beside its id. */
    static Dataset<Row> dayCounts(Dataset<Row> days) {
        return days.where(col("measure").isin(DayCounts.ARTICLES, DayCounts.TAG, DayCounts.SOURCE))
                .withColumn("name", when(col("measure").equalTo(DayCounts.SOURCE), col("source_name"))
                        .otherwise(col("name")))
                .withColumnRenamed("count", "articles").withColumnRenamed("count_dedup", "articles_dedup")
                .withColumn(MONTH, month(col("day"))).repartition(col(MONTH));
    }

    /** The cooccurrence_day_counts table's rows: entity ids, windows and windows_dedup. */
    static Dataset<Row> cooccurrenceDayCounts(Dataset<Row> days, EntityNumbers numbers) {
        return numbers.decode(days.where(col("measure").isin(DayCounts.WINDOWS, DayCounts.ENTITY, DayCounts.PAIR)),
                        "entity_a", "entity_b")
                .withColumnRenamed("count", "windows").withColumnRenamed("count_dedup", "windows_dedup")
                // A month's rows in one task: one file per month, not one per task and month.
                .withColumn(MONTH, month(col("day"))).repartition(col(MONTH));
    }

    /**
     * The stored rows of the {@code months} for every day but {@code changed}, as the day count rows they were
     * written from: with the days counted again, the new content of those months.
     */
    static Dataset<Row> kept(Warehouse warehouse, Set<LocalDate> changed, Collection<String> months,
                             EntityNumbers numbers) {
        Column keptDays = col(MONTH).isin(months.toArray()).and(not(within(col("day"), changed)));
        return articleCounts(warehouse, keptDays).unionByName(cooccurrenceCounts(warehouse, keptDays, numbers));
    }

    /** The stored day_counts, as the rows of articles, tags and sources they were written from. */
    static Dataset<Row> articleCounts(Warehouse warehouse, Column where) {
        Column source = col("measure").equalTo(DayCounts.SOURCE);
        return warehouse.read(COUNTS).where(where)
                .select(col("measure"), col("day"), lit(null).cast("string").as("window_kind"),
                        lit(null).cast("int").as("entity_a"), lit(null).cast("int").as("entity_b"), col("role"),
                        when(source, coalesce(col("source_id"), col("name"))).otherwise(col("name")).as("name"),
                        col("source_id"), when(source, col("name")).otherwise(lit(null)).as("source_name"),
                        col("articles").as("count"), col("articles_dedup").as("count_dedup"));
    }

    /** The stored cooccurrence_day_counts, as the rows of windows, entities and pairs they were written from. */
    static Dataset<Row> cooccurrenceCounts(Warehouse warehouse, Column where, EntityNumbers numbers) {
        return numbers.encode(warehouse.read(COOCCURRENCE).where(where), "entity_a", "entity_b")
                .select(when(col("entity_a").isNull(), lit(DayCounts.WINDOWS))
                                .when(col("entity_b").isNull(), lit(DayCounts.ENTITY))
                                .otherwise(lit(DayCounts.PAIR)).as("measure"), col("day"), col("window_kind"),
                        col("entity_a"), col("entity_b"), lit(null).cast("string").as("role"),
                        lit(null).cast("string").as("name"), lit(null).cast("string").as("source_id"),
                        lit(null).cast("string").as("source_name"), col("windows").as("count"),
                        col("windows_dedup").as("count_dedup"));
    }

    /** Whether {@code day} is one of {@code days} (a null day, undated, is when days hold null); never null. */
    static Column within(Column day, Set<LocalDate> days) {
        Object[] dated = days.stream().filter(Objects::nonNull).toArray();
        return when(day.isNull(), lit(days.contains(null))).otherwise(day.isin(dated));
    }

    /** The partition of a day, as articles name the month of their publication date. */
    public static String month(LocalDate day) {
        return day == null ? TableSchemas.UNKNOWN_MONTH : String.format("%04d-%02d", day.getYear(),
                day.getMonthValue());
    }

    private static Column month(Column day) {
        return coalesce(date_format(day, "yyyy-MM"), lit(TableSchemas.UNKNOWN_MONTH));
    }
}
