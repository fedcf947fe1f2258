package org.akhbar.ddl;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.StructField;

/** Spark SQL data source tables: the partition column stays in the column list and is named in PARTITIONED BY. */
public final class SparkDdl implements DdlDialect {

    @Override
    public List<String> notes() {
        return List.of("Spark SQL: run in the database that should hold the tables (USE db).",
                "Timestamps are UTC instants (Parquet TIMESTAMP_MICROS).");
    }

    @Override
    public List<String> preamble() {
        return List.of();
    }

    @Override
    public List<String> statements(TableDefinition table) {
        String name = SqlLiterals.backticked(table.name());
        StringBuilder create = new StringBuilder("CREATE TABLE IF NOT EXISTS ").append(name)
                .append(columnList(table.schema().fields())).append("USING PARQUET\n");
        if (table.partitioned()) {
            create.append("PARTITIONED BY (").append(SqlLiterals.backticked(table.partitionColumn().name()))
                    .append(")\n");
        }
        create.append("LOCATION ").append(SqlLiterals.backslashQuoted(table.location()));
        // A table declared over existing partition folders knows none of them until they are recovered.
        return table.partitioned() ? List.of(create.toString(), "MSCK REPAIR TABLE " + name)
                : List.of(create.toString());
    }

    /** " (\n  col TYPE COMMENT '…',\n  …\n)\n": the column block Spark and Hive share. */
    static String columnList(StructField[] fields) {
        List<String> columns = new ArrayList<>();
        for (StructField f : fields) {
            columns.add(column(f));
        }
        return " (\n  " + String.join(",\n  ", columns) + "\n)\n";
    }

    static String column(StructField f) {
        return SqlLiterals.backticked(f.name()) + " " + TypeNames.sparkOrHive(f.dataType()) + " COMMENT "
                + SqlLiterals.backslashQuoted(TableDefinition.description(f));
    }
}
