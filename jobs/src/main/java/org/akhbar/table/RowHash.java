package org.akhbar.table;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.isnull;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.xxhash64;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;

/** xxhash64 of a row's columns, a null told apart from every value. */
public final class RowHash {
    /** Stands for a null column: xxhash64 skips nulls, so (null, x) and (x, null) would hash alike. */
    private static final String NULL = "\u0000";

    private RowHash() {
    }

    /** Over the columns' text: stable across types and versions, for fingerprints a table stores. */
    public static Column of(List<String> columns) {
        return xxhash64(columns.stream().map(c -> coalesce(col(c).cast("string"), lit(NULL))).toArray(Column[]::new));
    }

    /**
     * Over the columns' values as typed, with whether each is null: no text made per cell, for prints compared
     * within one run, or stored for the next run of the same program (another Spark may hash a type otherwise).
     */
    public static Column ofValues(List<String> columns) {
        List<Column> parts = new ArrayList<>();
        columns.forEach(c -> parts.add(col(c)));
        columns.forEach(c -> parts.add(isnull(col(c))));
        return xxhash64(parts.toArray(Column[]::new));
    }
}
