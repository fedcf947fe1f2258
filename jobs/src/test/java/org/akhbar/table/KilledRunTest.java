package org.akhbar.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.akhbar.testing.ChildJvm;
import org.akhbar.testing.Fixtures;
import org.akhbar.testing.MixedDump;
import org.akhbar.testing.SampleWarehouse;
import org.akhbar.testing.SharedSpark;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A real {@code kill -9} of a run in a child JVM, stopped at a known commit step: the next start repairs the
 * warehouse and the table is complete, old or new, never missing or mixed. One step is killed for real, the one
 * that leaves no table folder in place (the old one moved aside, the new one not yet in); TableCommitterTest injects
 * a failure at every step in this JVM.
 */
@Tag("slow")
class KilledRunTest {
    private static final long ANNOUNCEMENT_TIMEOUT_SECONDS = 240;

    @ParameterizedTest(name = "killed before {0} → {1} table")
    @CsvSource("MOVE_NEW_IN, 6")
    void killedRunIsRepairedAtTheNextStart(String step, long expectedArticles, @TempDir Path tmp)
            throws Exception {
        Path oldDump = tmp.resolve("old");
        Fixtures.copySeeds(oldDump.resolve("seeds"));
        Path newDump = tmp.resolve("new");
        Fixtures.copySeeds(newDump.resolve("seeds"));
        Fixtures.writeGzip(newDump.resolve("more/levantine.txt.gz"), MixedDump.LEVANTINE_PAGE);
        Path warehouse = tmp.resolve("warehouse");
        SampleWarehouse.ingest(List.of(oldDump.toString()), warehouse, "good-run");

        Process child = ChildJvm.news(List.of("-D" + CrashTestHook.PROPERTY + "=" + step),
                List.of("ingest", "--input", newDump.toString(), "--warehouse", warehouse.toString()),
                tmp.resolve("child.log")).start();
        try {
            String announced = awaitAnnouncement(child);
            assertEquals("paused before " + step + " of articles", announced,
                    () -> "child log: " + readQuietly(tmp.resolve("child.log")));
        } finally {
            child.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no cleanup
            assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        }
        assertTrue(Files.exists(warehouse.resolve("_journal").resolve("articles.commit")),
                "the killed commit left its journal");

        List<String> repairs = new TableCommitter(FileSystem.getLocal(new Configuration()),
                new org.apache.hadoop.fs.Path(warehouse.toUri())).recover();
        assertFalse(repairs.isEmpty(), "something was left to repair");
        long articles = SharedSpark.session().read().parquet(warehouse.resolve("articles").toString()).count();
        assertEquals(expectedArticles, articles);
        assertEquals(0, SharedSpark.session().read().parquet(warehouse.resolve("rejects").toString()).count());
    }

    private static String awaitAnnouncement(Process child) throws Exception {
        CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l = out.readLine(); l != null; l = out.readLine()) {
                    if (l.startsWith("paused before")) {
                        return l;
                    }
                }
                return "child ended without pausing";
            } catch (IOException e) {
                return "child output unreadable: " + e.getMessage();
            }
        });
        return line.get(ANNOUNCEMENT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    private static String readQuietly(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
