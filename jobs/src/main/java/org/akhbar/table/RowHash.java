package org.akhbar.table;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.xxhash64;

import java.util.List;
import org.apache.spark.sql.Column;

/** xxhash64 of a row's columns, with a null as a marker of its own. */
public final class RowHash {
    /** Stands for a null column: xxhash64 skips nulls, so (null, x) and (x, null) would hash alike. */
    private static final String NULL = "\u0000";

    private RowHash() {
    }

    public static Column of(List<String> columns) {
        return xxhash64(columns.stream().map(c -> coalesce(col(c).cast("string"), lit(NULL))).toArray(Column[]::new));
    }
}
