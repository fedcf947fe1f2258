package org.akhbar.ddl;

import java.util.Arrays;
import java.util.List;
import org.akhbar.table.TableSchemas;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** One table as other engines must declare it: its name, declared schema and the folder that holds it. */
public record TableDefinition(String name, StructType schema, String location) {

    public boolean partitioned() {
        return TableSchemas.partitioned(schema);
    }

    /** The columns stored inside the Parquet files: all but the partition column. */
    public List<StructField> dataColumns() {
        List<StructField> all = Arrays.asList(schema.fields());
        return partitioned() ? all.subList(0, all.size() - 1) : all;
    }

    public StructField partitionColumn() {
        return schema.apply(TableSchemas.partitionColumn(schema));
    }

    /** The field's description from the schema file, or empty. */
    static String description(StructField field) {
        return field.metadata().contains("description") ? field.metadata().getString("description") : "";
    }
}
