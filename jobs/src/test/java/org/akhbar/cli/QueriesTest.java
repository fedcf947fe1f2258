package org.akhbar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.akhbar.testing.ExpectedRows;
import org.akhbar.testing.QueryRows;
import org.akhbar.testing.SampleWarehouse;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example query in queries/ gives, through {@code news sql}, the rows written down by reading the sample
 * warehouse's pages (test resources queries/expected/, the same rows {@code DuckDbQueriesTest} asks of DuckDB).
 */
class QueriesTest {
    @ParameterizedTest
    @MethodSource("org.akhbar.testing.ExampleQueries#files")
    void givesTheRowsReadFromThePages(Path query, @TempDir Path tmp) throws IOException {
        Path result = tmp.resolve("result.csv");
        CommandOutput run = CommandOutput.run("sql", "--warehouse", SampleWarehouse.path().toString(), "--file",
                query.toString(), "--out", result.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), query + ": " + run.err());
        ExpectedRows.of(query).assertMatches(QueryRows.fromCsv(result));
    }
}
