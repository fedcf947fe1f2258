package org.akhbar.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;

/** The declared schema of each output table: {@code schemas/<table>.json}, shipped in the jar. */
public final class TableSchemas {
    private TableSchemas() {
    }

    /** The schema of {@code table}, with each field's description, example and since metadata. */
    public static StructType load(String table) {
        String resource = "/schemas/" + table + ".json";
        try (InputStream in = TableSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no schema file for table " + table + " (" + resource + ")");
            }
            return (StructType) DataType.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
