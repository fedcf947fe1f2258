package org.akhbar.aggregate;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.akhbar.table.Warehouse;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The periods of {@code entity_cooccurrence} an aggregate scores: every one, or all time and the weeks and months
 * holding a day counted again ({@link DayInputs}), the others' rows kept as the last run wrote
 * them. A period is scored from its days' counts alone, with the same parameters, so a kept row is the row a full
 * run would write.
 */
final class CooccurrencePeriods {
    /** The periods scored; null for all. */
    private final Set<Periods.Key> scored;
    /** The same as {@link Periods#keys}; null for all. */
    private final Dataset<Row> keys;

    private CooccurrencePeriods(Set<Periods.Key> scored, Dataset<Row> keys) {
        this.scored = scored;
        this.keys = keys;
    }

    static CooccurrencePeriods all() {
        return new CooccurrencePeriods(null, null);
    }

    /** All time and the weeks and months of {@code days} (null for the undated rows, which are in all time only). */
    static CooccurrencePeriods of(SparkSession spark, Set<LocalDate> days) {
        Set<Periods.Key> scored = Periods.Key.of(days, PeriodCounts.COOCCURRENCE_PERIOD_TYPES, 0);
        return new CooccurrencePeriods(scored, broadcast(Periods.keys(spark, scored)));
    }

    /** For the runs table: which periods were scored. */
    String description() {
        if (scored == null) {
            return "all";
        }
        return "all time, " + count(Periods.WEEK) + " weeks, " + count(Periods.MONTH) + " months";
    }

    private long count(String type) {
        return scored.stream().filter(k -> k.type().equals(type)).count();
    }

    /**
     * The co-occurrence sums of the periods scored, from the stored day counts: all time from every day, the weeks
     * and months from the months of their days.
     */
    Dataset<Row> sums(Warehouse warehouse, EntityNumbers numbers) {
        Set<LocalDate> days = Periods.days(scored);
        Object[] months = days.stream().map(DayTables::month).distinct().sorted().toArray();
        return PeriodCounts.cooccurrenceSums(DayTables.cooccurrenceCounts(warehouse, lit(true), numbers),
                DayTables.cooccurrenceCounts(warehouse, col(DayTables.MONTH).isin(months), numbers)
                        .where(DayTables.within(col("day"), days)), keys);
    }

    /** Writes the periods scored: the table whole, or the months holding them with their other periods kept. */
    void write(PeriodTables tables, Dataset<Row> rows) throws IOException {
        if (scored == null) {
            tables.replace(PeriodTables.COOCCURRENCE, rows);
        } else {
            List<String> months = Periods.months(scored);
            tables.replaceMonths(PeriodTables.COOCCURRENCE, rows, tables.kept(PeriodTables.COOCCURRENCE, keys, months),
                    months);
        }
    }
}
