package org.akhbar.aggregate;

import static org.apache.spark.sql.functions.bit_xor;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.akhbar.table.RowHash;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Which days of a day table an aggregate changed: each day's rows as a count and the XOR of their hashes, taken
 * before the table is replaced and after. A period none of whose days changed has the same sums, so its scored rows
 * are kept instead of computed again; the days of an increment and those its side effects reach (a cluster's
 * representative moving, an entity becoming pairable) are found alike, by their rows. The XOR relies on a day's rows
 * being distinct (two equal rows would cancel): the co-occurrence pass hands on each day's counts once, one row per
 * key.
 */
final class TouchedDays {
    /** A day's rows: how many, and the XOR of their hashes. */
    record Print(long rows, long hashes) {
    }

    private TouchedDays() {
    }

    /** The prints of {@code table}'s days (a few hundred to thousands of rows, on the driver); null for undated. */
    static Map<LocalDate, Print> prints(Dataset<Row> table) {
        Map<LocalDate, Print> prints = new HashMap<>();
        table.groupBy("day").agg(count(lit(1)), bit_xor(RowHash.ofValues(List.of(table.columns()))))
                .collectAsList()
                .forEach(r -> prints.put(r.isNullAt(0) ? null : Periods.localDate(r.get(0)),
                        new Print(r.getLong(1), r.getLong(2))));
        return prints;
    }

    /** The days whose rows differ, present in either (null for the undated rows). */
    static Set<LocalDate> between(Map<LocalDate, Print> before, Map<LocalDate, Print> after) {
        Set<LocalDate> days = new HashSet<>(before.keySet());
        days.addAll(after.keySet());
        days.removeIf(day -> Objects.equals(before.get(day), after.get(day)));
        return days;
    }
}
