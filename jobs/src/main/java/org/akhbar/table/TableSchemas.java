package org.akhbar.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;

/** The declared schema of each output table: {@code schemas/<table>.json}, shipped in the jar. */
public final class TableSchemas {
    /** Every table with a schema file, in the order the README lists them; a test keeps it equal to schemas/. */
    public static final List<String> TABLES = List.of("articles", "rejects", "ingest_manifest", "runs", "entities",
            "article_entities", "article_tags", "article_sources", "tag_vocabulary", "enriched_months",
            "enriched_articles", "site_tag_month_counts", "entity_month_counts", "article_duplicates", "duplicate_links", "story_flows", "outlet_flows",
            "outlet_originality", "entity_cooccurrence", "source_counts", "tag_frequencies", "day_counts", "cooccurrence_day_counts",
            "day_inputs");

    /** The column that partitions a table of articles or days into folders, always its last field where present. */
    public static final String PARTITION_COLUMN = "published_month";
    /** The column that partitions the tables of files read into folders: the month of the run that read them. */
    public static final String INGEST_PARTITION_COLUMN = "ingested_month";
    /** The column that partitions a table of periods into folders: the month of period_start. */
    public static final String PERIOD_PARTITION_COLUMN = "period_month";
    /** The column that partitions story_flows into folders: the month of its story's first article. */
    public static final String FLOW_PARTITION_COLUMN = "first_month";
    /** The partition of the rows without a publication date. */
    public static final String UNKNOWN_MONTH = "unknown";
    /** The partition of the all-time rows of a table of periods. */
    public static final String ALL_TIME_MONTH = "all";

    private TableSchemas() {
    }

    public static boolean exists(String table) {
        return TableSchemas.class.getResource(resource(table)) != null;
    }

    /** True when the table is written in one folder per value of its {@link #partitionColumn}. */
    public static boolean partitioned(StructType schema) {
        return partitionColumn(schema) != null;
    }

    /** The table's partition column, always its last field, or null. */
    public static String partitionColumn(StructType schema) {
        String[] names = schema.fieldNames();
        String last = names.length == 0 ? null : names[names.length - 1];
        return List.of(PARTITION_COLUMN, PERIOD_PARTITION_COLUMN, INGEST_PARTITION_COLUMN, FLOW_PARTITION_COLUMN)
                .contains(last) ? last : null;
    }

    /** The partition that holds the one empty file of a table without rows: all time's, or the unknown month. */
    public static String emptyPartition(String partitionColumn) {
        return PERIOD_PARTITION_COLUMN.equals(partitionColumn) ? ALL_TIME_MONTH : UNKNOWN_MONTH;
    }

    private static String resource(String table) {
        return "/schemas/" + table + ".json";
    }

    /** The schema of {@code table}, with each field's description, example and since metadata. */
    public static StructType load(String table) {
        String resource = resource(table);
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
