package org.akhbar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.akhbar.testing.SampleWarehouse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example query in queries/ runs through {@code news sql} over the sample warehouse. */
class QueriesTest {
    @ParameterizedTest
    @MethodSource("org.akhbar.testing.ExampleQueries#files")
    void runsOverTheSampleWarehouse(Path query) throws IOException {
        assertFalse(Files.readString(query).isBlank());
        CommandOutput run = CommandOutput.run("sql", "--warehouse", SampleWarehouse.path().toString(), "--file",
                query.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), query + ": " + run.err());
    }
}
