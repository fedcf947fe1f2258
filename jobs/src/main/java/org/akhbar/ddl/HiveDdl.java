package org.akhbar.ddl;

import java.util.List;
import org.apache.spark.sql.types.StructField;

/** HiveQL external tables: the partition column is declared in PARTITIONED BY only. */
public final class HiveDdl implements DdlDialect {

    @Override
    public List<String> notes() {
        return List.of("HiveQL: external tables, so DROP TABLE never deletes the warehouse's files.",
                "Timestamps are UTC instants stored as Parquet TIMESTAMP_MICROS (read by Hive 3.1.3 and later).");
    }

    @Override
    public List<String> preamble() {
        return List.of();
    }

    @Override
    public List<String> statements(TableDefinition table) {
        String name = SqlLiterals.backticked(table.name());
        StringBuilder create = new StringBuilder("CREATE EXTERNAL TABLE IF NOT EXISTS ").append(name)
                .append(SparkDdl.columnList(table.dataColumns().toArray(StructField[]::new)));
        if (table.partitioned()) {
            create.append("PARTITIONED BY (").append(SparkDdl.column(table.partitionColumn())).append(")\n");
        }
        create.append("STORED AS PARQUET\nLOCATION ").append(SqlLiterals.backslashQuoted(table.location()));
        return table.partitioned() ? List.of(create.toString(), "MSCK REPAIR TABLE " + name)
                : List.of(create.toString());
    }
}
