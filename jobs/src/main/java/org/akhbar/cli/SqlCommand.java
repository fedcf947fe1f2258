package org.akhbar.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.akhbar.InputException;
import org.akhbar.job.WarehouseConventions;
import org.akhbar.table.SingleFileWriter;
import org.akhbar.table.Warehouse;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "sql", mixinStandardHelpOptions = true,
        description = {"Run a Spark SQL query over the warehouse's tables (each a view named like its folder) and"
                + " print the result or write it to a file."})
final class SqlCommand implements Callable<Integer> {
    @Mixin
    WarehouseOption warehouse;

    @Parameters(paramLabel = "QUERY", arity = "0..1", description = "The query, unless --file is given.")
    String query;

    @Option(names = "--file", paramLabel = "FILE", description = "Read the query from this file (UTF-8).")
    Path file;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "1000",
            description = "Most rows printed (default: ${DEFAULT-VALUE}); --out always writes every row.")
    int limit;

    @Option(names = "--max-width", paramLabel = "CHARS", defaultValue = "60",
            description = "Longest value printed, in characters; longer ones are cut at a whole character and end"
                    + " with … (default: ${DEFAULT-VALUE}; 0 never cuts).")
    int maxWidth;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the whole result to this one file instead of printing it: .csv (UTF-8, with a"
                    + " header; nested values as JSON), .json (JSON Lines) or .parquet.")
    String out;

    @Override
    public Integer call() throws Exception {
        String sql = queryText();
        if (out != null) {
            SingleFileWriter.Format.of(out); // a wrong extension is refused before Spark starts
        }
        if (limit < 0 || maxWidth < 0) {
            throw new InputException("--limit and --max-width cannot be negative");
        }
        try (CommandSession session = CommandSession.start("news sql")) {
            // A session of its own: its views and settings never leak into a session the caller shares.
            SparkSession spark = session.spark().newSession();
            WarehouseConventions.apply(spark);
            registerTables(spark);
            try {
                Dataset<Row> result = spark.sql(sql);
                if (out != null) {
                    new SingleFileWriter(spark).write(result, out);
                    System.out.println("wrote " + out);
                } else {
                    print(result);
                }
            } catch (Exception e) {
                throw SqlErrors.classify(e);
            }
            return ExitCodes.OK;
        }
    }

    private String queryText() throws IOException {
        if ((query == null) == (file == null)) {
            throw new InputException("give the query either as an argument or with --file, not both or neither");
        }
        if (file == null) {
            return query;
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InputException("query file not found: " + file);
        }
    }

    private void registerTables(SparkSession spark) throws IOException {
        Warehouse tables = new Warehouse(spark, warehouse.warehouse);
        if (!tables.fileSystem().isDirectory(tables.root())) {
            throw new InputException("warehouse not found: " + warehouse.warehouse);
        }
        tables.registerViews();
    }

    private void print(Dataset<Row> result) {
        StructField[] fields = result.schema().fields();
        boolean[] numeric = new boolean[fields.length];
        for (int i = 0; i < fields.length; i++) {
            numeric[i] = fields[i].dataType() instanceof NumericType;
        }
        TextTable table = new TextTable(Arrays.asList(result.columns()), numeric, maxWidth);
        List<Row> rows = asText(result).limit(limit + 1).collectAsList();
        for (Row row : rows.subList(0, Math.min(limit, rows.size()))) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                values.add(row.isNullAt(i) ? null : row.getString(i));
            }
            table.add(values);
        }
        table.lines().forEach(System.out::println);
        if (rows.size() > limit) {
            // Counting runs the query again; only a truncated result pays for it.
            System.out.println(String.format(Locale.ROOT, "(%d of %d rows shown; raise --limit or use --out for all)",
                    limit, result.count()));
        } else {
            System.out.println(rows.size() == 1 ? "(1 row)" : "(" + rows.size() + " rows)");
        }
    }

    /** Every column cast to text as Spark shows it ([a, b] for arrays, timestamps in UTC), by position. */
    private static Dataset<Row> asText(Dataset<Row> result) {
        String[] positional = new String[result.columns().length];
        for (int i = 0; i < positional.length; i++) {
            positional[i] = "c" + i;
        }
        Dataset<Row> byPosition = result.toDF(positional);
        Column[] text = new Column[positional.length];
        for (int i = 0; i < positional.length; i++) {
            text[i] = byPosition.col(positional[i]).cast("string");
        }
        return byPosition.select(text);
    }
}
