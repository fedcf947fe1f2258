package org.akhbar.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.akhbar.testing.ExpectedRows;
import org.akhbar.testing.QueryRows;
import org.akhbar.testing.SampleWarehouse;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The first queries a DuckDB user writes work: every column of every table is selected by its bare name (no
 * quoting, so no column may be a word the engine reserves), and every example query of queries/ runs as it is
 * written, over views of the sample warehouse's Parquet files, and gives the rows written down by reading its pages
 * (test resources queries/expected/, the same rows {@code QueriesTest} asks of {@code news sql}).
 */
class DuckDbQueriesTest {
    private static Connection db;

    @BeforeAll
    static void views() throws SQLException {
        db = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement st = db.createStatement()) {
            for (String table : TableSchemas.TABLES) {
                Path folder = SampleWarehouse.path().resolve(table);
                assertTrue(Files.isDirectory(folder), "the sample warehouse has " + table);
                st.execute("CREATE VIEW " + table + " AS SELECT * FROM read_parquet('" + folder
                        + "/**/*.parquet', hive_partitioning = true)");
            }
        }
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    static List<String> tables() {
        return TableSchemas.TABLES;
    }

    @ParameterizedTest
    @MethodSource("tables")
    void everyColumnIsSelectedByItsBareName(String table) throws SQLException {
        List<String> columns = Arrays.stream(TableSchemas.load(table).fields()).map(StructField::name).toList();
        try (Statement st = db.createStatement();
             ResultSet rows = st.executeQuery("SELECT " + String.join(", ", columns) + " FROM " + table)) {
            assertEquals(columns.size(), rows.getMetaData().getColumnCount());
        }
    }

    @ParameterizedTest
    @MethodSource("org.akhbar.testing.ExampleQueries#files")
    void everyExampleQueryGivesTheRowsReadFromThePages(Path query) throws IOException, SQLException {
        try (Statement st = db.createStatement();
             ResultSet rows = st.executeQuery(Files.readString(query))) {
            ExpectedRows.of(query).assertMatches(QueryRows.fromJdbc(rows));
        }
    }
}
