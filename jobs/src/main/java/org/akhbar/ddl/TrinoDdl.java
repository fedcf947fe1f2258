package org.akhbar.ddl;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.StructField;

/** Trino's Hive connector: external tables over the folders, the partition column last. */
public final class TrinoDdl implements DdlDialect {
    private final String catalog;
    private final String schema;

    public TrinoDdl(String catalog, String schema) {
        this.catalog = catalog;
        this.schema = schema;
    }

    @Override
    public List<String> notes() {
        return List.of("Trino, Hive connector (catalog " + catalog + ", schema " + schema + ").",
                "timestamp(6) columns hold UTC instants (Parquet TIMESTAMP_MICROS); declaring them needs"
                        + " hive.timestamp-precision=MICROSECONDS in the catalog properties.");
    }

    @Override
    public List<String> preamble() {
        return List.of("CREATE SCHEMA IF NOT EXISTS " + qualified(schema));
    }

    @Override
    public List<String> statements(TableDefinition table) {
        List<String> columns = new ArrayList<>();
        for (StructField f : table.schema().fields()) {
            columns.add(SqlLiterals.doubleQuoted(f.name()) + " " + TypeNames.trino(f.dataType()) + " COMMENT "
                    + SqlLiterals.standardQuoted(TableDefinition.description(f)));
        }
        StringBuilder create = new StringBuilder("CREATE TABLE IF NOT EXISTS ")
                .append(qualified(schema + "." + table.name())).append(" (\n  ")
                .append(String.join(",\n  ", columns)).append("\n)\nWITH (\n  format = 'PARQUET',\n")
                .append("  external_location = ").append(SqlLiterals.standardQuoted(table.location()));
        if (!table.partitioned()) {
            return List.of(create.append("\n)").toString());
        }
        create.append(",\n  partitioned_by = ARRAY[")
                .append(SqlLiterals.standardQuoted(table.partitionColumn().name())).append("]\n)");
        String sync = "CALL " + catalog + ".system.sync_partition_metadata(" + SqlLiterals.standardQuoted(schema) + ", "
                + SqlLiterals.standardQuoted(table.name()) + ", 'FULL')";
        return List.of(create.toString(), sync);
    }

    private String qualified(String name) {
        return catalog + "." + name;
    }
}
