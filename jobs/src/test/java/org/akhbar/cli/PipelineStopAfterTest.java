package org.akhbar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.akhbar.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code news pipeline --stop-after STEP} runs the steps up to STEP and leaves the later tables unwritten. */
class PipelineStopAfterTest {

    /** The pipeline over the five seeds into {@code tmp/warehouse}, stopping after {@code step}. */
    private static CommandOutput pipelineOverSeeds(Path tmp, String step) {
        Path dump = tmp.resolve("dump");
        Fixtures.copySeeds(dump);
        return CommandOutput.run("pipeline", "--input", dump.toString(), "--warehouse",
                tmp.resolve("warehouse").toString(), "--stop-after", step);
    }

    @Test
    void stopsAfterEnrichWithoutAggregating(@TempDir Path tmp) {
        CommandOutput run = pipelineOverSeeds(tmp, "enrich");
        Path warehouse = tmp.resolve("warehouse");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size(), run.out());
        assertTrue(lines.get(0).startsWith("ingest ") && lines.get(0).contains("5 articles"), lines.get(0));
        assertTrue(lines.get(1).startsWith("enrich ") && lines.get(1).contains("5 articles"), lines.get(1));
        assertTrue(Files.isDirectory(warehouse.resolve("article_entities")));
        assertFalse(Files.exists(warehouse.resolve("entity_cooccurrence")));
        assertFalse(Files.exists(warehouse.resolve("source_counts")));
    }

    @Test
    void stopsAfterIngestWithoutEnriching(@TempDir Path tmp) {
        CommandOutput run = pipelineOverSeeds(tmp, "ingest");
        Path warehouse = tmp.resolve("warehouse");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals(1, run.out().lines().count(), run.out());
        assertTrue(Files.isDirectory(warehouse.resolve("articles")));
        assertFalse(Files.exists(warehouse.resolve("article_entities")));
    }

    @Test
    void anUnknownStepIsAUsageError(@TempDir Path tmp) {
        CommandOutput run = CommandOutput.run("pipeline", "--input", tmp.toString(), "--warehouse",
                tmp.resolve("warehouse").toString(), "--stop-after", "report");

        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("--stop-after"), run.err());
        assertFalse(Files.exists(tmp.resolve("warehouse").resolve("articles")));
    }
}
