package org.akhbar.aggregate;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.akhbar.table.TableSchemas;
import org.akhbar.table.TableWriter;
import org.akhbar.table.Warehouse;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * The periods of {@code entity_cooccurrence} an aggregate scores: every one, or all time and the weeks and months
 * holding a day counted again ({@link DayInputs}), the others' rows kept as the last run wrote
 * them. A period is scored from its days' counts alone, with the same parameters, so a kept row is the row a full
 * run would write.
 */
final class CooccurrencePeriods {
    private static final String TABLE = "entity_cooccurrence";

    /** Internal period keys ({@link Periods#keysOf}) of the periods scored; null for all. */
    private final Dataset<Row> keys;
    private final String description;

    private CooccurrencePeriods(Dataset<Row> keys, String description) {
        this.keys = keys;
        this.description = description;
    }

    static CooccurrencePeriods all() {
        return new CooccurrencePeriods(null, "all");
    }

    /** All time and the weeks and months of {@code days} (null for the undated rows, which are in all time only). */
    static CooccurrencePeriods of(SparkSession spark, Set<LocalDate> days) {
        long weeks = days.stream().filter(Objects::nonNull).map(d -> Periods.start(Periods.WEEK, d)).distinct().count();
        long months = days.stream().filter(Objects::nonNull).map(d -> Periods.start(Periods.MONTH, d)).distinct()
                .count();
        return new CooccurrencePeriods(Periods.keysOf(spark, days, PeriodCounts.COOCCURRENCE_PERIOD_TYPES),
                "all time, " + weeks + " weeks, " + months + " months");
    }

    /** For the runs table: which periods were scored. */
    String description() {
        return description;
    }

    /** The co-occurrence sums of the periods scored. */
    Dataset<Row> sums(Dataset<Row> days) {
        return keys == null ? PeriodCounts.cooccurrenceSums(days) : PeriodCounts.cooccurrenceSums(days, keys);
    }

    /** The table's rows: those {@code scored}, and the stored rows of the periods not scored. */
    Dataset<Row> withKept(Dataset<Row> scored, Warehouse warehouse) {
        if (keys == null) {
            return scored;
        }
        StructType schema = TableSchemas.load(TABLE);
        Dataset<Row> dated = keys.where(col("period_type").notEqual(Periods.ALL));
        Dataset<Row> kept = warehouse.read(TABLE).where(col("period_type").notEqual(Periods.ALL))
                .join(broadcast(dated), PeriodCounts.seq("period_type", "period_start"), "left_anti");
        return TableWriter.conform(scored, schema).unionByName(TableWriter.conform(kept, schema));
    }
}
