package org.akhbar.testing;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.map_entries;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.akhbar.aggregate.AggregateInputs;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;

/**
 * Compares every table of two warehouses row by row, as multisets. Only the columns that describe the run rather
 * than the data are left out: run ids (new every run), the clock times and durations of {@code runs}, and the digests
 * of the input and output tables' files that aggregate keeps among its parameters (file names are new every write).
 */
public final class WarehouseComparison {
    public static final Map<String, Set<String>> RUN_COLUMNS = Map.of(
            "runs", Set.of("run_id", "started_at", "finished_at", "seconds"),
            "ingest_manifest", Set.of("run_id"),
            "tag_vocabulary", Set.of("run_id"),
            "enriched_months", Set.of("run_id"));

    private WarehouseComparison() {
    }

    /** The table folders of a warehouse (bookkeeping folders start with {@code _}). */
    public static Set<String> tables(Path warehouse) {
        try (Stream<Path> children = Files.list(warehouse)) {
            Set<String> tables = new TreeSet<>();
            children.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .filter(name -> !name.startsWith("_") && !name.startsWith("."))
                    .forEach(tables::add);
            return tables;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One line per difference: a table missing on one side, or rows found on one side only; empty when equal.
     *
     * @param alsoIgnored columns to leave out besides the run columns, as {@code table.column}
     */
    public static List<String> differences(SparkSession spark, Path expected, Path actual, String... alsoIgnored) {
        List<String> differences = new ArrayList<>();
        Set<String> expectedTables = tables(expected);
        Set<String> actualTables = tables(actual);
        if (!expectedTables.equals(actualTables)) {
            differences.add("tables " + expectedTables + " expected, found " + actualTables);
        }
        differences.addAll(differences(spark, expected, actual, expectedTables, alsoIgnored));
        return differences;
    }

    /** The differences in the tables named only (a warehouse one job wrote against a fuller one). */
    public static List<String> differences(SparkSession spark, Path expected, Path actual, Set<String> compared,
                                           String... alsoIgnored) {
        List<String> differences = new ArrayList<>();
        Set<String> actualTables = tables(actual);
        for (String table : compared) {
            if (!actualTables.contains(table)) {
                differences.add("table " + table + " missing");
                continue;
            }
            Set<String> ignored = new TreeSet<>(RUN_COLUMNS.getOrDefault(table, Set.of()));
            for (String column : alsoIgnored) {
                if (column.startsWith(table + ".")) {
                    ignored.add(column.substring(table.length() + 1));
                }
            }
            differences.addAll(tableDifferences(spark, table, ignored, expected, actual));
        }
        return differences;
    }

    private static List<String> tableDifferences(SparkSession spark, String table, Set<String> ignored,
                                                 Path expected, Path actual) {
        Dataset<Row> want = comparable(spark, table, ignored, expected);
        Dataset<Row> got = comparable(spark, table, ignored, actual);
        List<String> differences = new ArrayList<>();
        if (!want.schema().equals(got.schema())) {
            differences.add(table + ": schema " + want.schema().simpleString() + " expected, found "
                    + got.schema().simpleString());
            return differences;
        }
        Dataset<Row> missing = want.exceptAll(got).cache();
        Dataset<Row> extra = got.exceptAll(want).cache();
        long missingCount = missing.count();
        long extraCount = extra.count();
        if (missingCount > 0 || extraCount > 0) {
            differences.add(table + ": " + missingCount + " expected rows missing, e.g. " + firstOf(missing) + "; "
                    + extraCount + " rows not expected, e.g. " + firstOf(extra));
        }
        missing.unpersist();
        extra.unpersist();
        return differences;
    }

    /** The table without its run columns, maps as sorted entry arrays (set operations refuse map columns). */
    private static Dataset<Row> comparable(SparkSession spark, String table, Set<String> ignored, Path warehouse) {
        Dataset<Row> rows = spark.read().parquet(warehouse.resolve(table).toString());
        for (String column : ignored) {
            rows = rows.drop(column);
        }
        if (table.equals("runs") && List.of(rows.columns()).contains("parameters")) {
            rows = rows.withColumn("parameters", expr("map_filter(parameters, (k, v) -> k NOT IN ('"
                    + AggregateInputs.PARAMETER + "', '" + AggregateInputs.OUTPUT_PARAMETER + "', '"
                    + AggregateInputs.SETTINGS_PARAMETER + "'))"));
        }
        for (StructField field : rows.schema().fields()) {
            if (field.dataType() instanceof MapType) {
                rows = rows.withColumn(field.name(), array_sort(map_entries(col(field.name()))));
            }
        }
        return rows;
    }

    private static String firstOf(Dataset<Row> rows) {
        List<Row> first = rows.limit(1).collectAsList();
        return first.isEmpty() ? "none" : first.get(0).toString();
    }
}
