package org.akhbar.aggregate;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.akhbar.table.Warehouse;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The day counts as stored: {@code day_counts} (articles, tags, sources) and {@code cooccurrence_day_counts}, both
 * written from the rows of {@link DayCounts#SCHEMA} (with day for day_number), and read back into them for the days
 * an increment keeps.
 */
final class DayTables {
    private DayTables() {
    }

    /** The day_counts table's rows: a source under its name, beside its id. */
    static Dataset<Row> dayCounts(Dataset<Row> days) {
        return days.where(col("measure").isin(DayCounts.ARTICLES, DayCounts.TAG, DayCounts.SOURCE))
                .withColumn("name", when(col("measure").equalTo(DayCounts.SOURCE), col("source_name"))
                        .otherwise(col("name")))
                .withColumnRenamed("count", "articles").withColumnRenamed("count_dedup", "articles_dedup");
    }

    /** The stored rows of every day but {@code changed}, as the day count rows they were written from. */
    static Dataset<Row> kept(Warehouse warehouse, Set<LocalDate> changed, EntityNumbers numbers) {
        Column source = col("measure").equalTo(DayCounts.SOURCE);
        Dataset<Row> counts = warehouse.read("day_counts").where(not(within(col("day"), changed)))
                .select(col("measure"), col("day"), lit(null).cast("string").as("window_kind"),
                        lit(null).cast("int").as("entity_a"), lit(null).cast("int").as("entity_b"), col("role"),
                        when(source, coalesce(col("source_id"), col("name"))).otherwise(col("name")).as("name"),
                        col("source_id"), when(source, col("name")).otherwise(lit(null)).as("source_name"),
                        col("articles").as("count"), col("articles_dedup").as("count_dedup"));
        Dataset<Row> cooccurrence = numbers.encode(warehouse.read("cooccurrence_day_counts")
                        .where(not(within(col("day"), changed))), "entity_a", "entity_b")
                .select(when(col("entity_a").isNull(), lit(DayCounts.WINDOWS))
                                .when(col("entity_b").isNull(), lit(DayCounts.ENTITY))
                                .otherwise(lit(DayCounts.PAIR)).as("measure"), col("day"), col("window_kind"),
                        col("entity_a"), col("entity_b"), lit(null).cast("string").as("role"),
                        lit(null).cast("string").as("name"), lit(null).cast("string").as("source_id"),
                        lit(null).cast("string").as("source_name"), col("windows").as("count"),
                        col("windows_dedup").as("count_dedup"));
        return counts.unionByName(cooccurrence);
    }

    /** Whether {@code day} is one of {@code days} (a null day, undated, is when days hold null); never null. */
    static Column within(Column day, Set<LocalDate> days) {
        Object[] dated = days.stream().filter(Objects::nonNull).toArray();
        return when(day.isNull(), lit(days.contains(null))).otherwise(day.isin(dated));
    }
}
