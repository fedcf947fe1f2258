package org.akhbar.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.akhbar.cli.CommandOutput;
import org.akhbar.cli.NewsCli;
import org.akhbar.testing.SharedSpark;
import org.akhbar.testing.SparkHome;
import org.akhbar.testing.StandaloneCluster;
import org.akhbar.testing.SubmittedJob;
import org.akhbar.testing.WarehouseComparison;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline submitted with jobs/submit and the application jar to a real Spark standalone cluster (a master
 * and two one-core workers on 127.0.0.1, started from the Maven-resolved Spark jars) writes the same tables as a
 * local run of the same dump (300 generated records: every step and table, with duplicates and co-occurrence, in
 * a fraction of the sample's time), and ingest of the whole sample does so also when a worker dies while it runs.
 * One cluster serves both tests; the worker-loss test runs last because it leaves one worker.
 */
@Tag("slow")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StandaloneClusterTest {
    private static final Path SAMPLE_DUMP = Path.of("..", "data", "sample").toAbsolutePath().normalize();
    private static final Duration JOB_TIMEOUT = Duration.ofMinutes(15);

    @TempDir
    static Path tmp;

    private static StandaloneCluster cluster;
    private static Path generatedDump;

    @BeforeAll
    static void startClusterAndGenerateADump() throws Exception {
        cluster = StandaloneCluster.start(SparkHome.create(tmp.resolve("spark-home")), tmp.resolve("cluster"), 2,
                "1g");
        generatedDump = tmp.resolve("generated-dump");
        assertEquals(0, NewsCli.execute("generate", "--articles", "300", "--months", "6", "--seed", "11", "--out",
                generatedDump.toString()));
        SharedSpark.session(); // the local runs join the test JVM's session rather than starting their own
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void pipelineOnTheClusterWritesTheTablesOfALocalRun() throws Exception {
        Path localWarehouse = tmp.resolve("local-warehouse");
        CommandOutput local = CommandOutput.run("pipeline", "--input", generatedDump.toString(), "--warehouse",
                localWarehouse.toString());
        assertEquals(0, local.exitCode(), local.err());
        Matcher records = Pattern.compile("\\d+ records = \\d+ articles \\+ \\d+ rejects").matcher(local.out());
        assertTrue(records.find(), local.out());
        Path warehouse = tmp.resolve("cluster-warehouse");
        try (SubmittedJob job = submit("pipeline", generatedDump, warehouse, "undisturbed")) {
            assertEquals(0, job.await(JOB_TIMEOUT), job::output);
            assertTrue(job.output().contains(records.group()), () -> records.group() + " in " + job.output());
        }
        assertEquals(List.of(), WarehouseComparison.differences(SharedSpark.session(), localWarehouse, warehouse));
    }

    /**
     * Ingest rather than the whole pipeline keeps CI short: the kill falls in ingest's first stage either way, and
     * the stages after it (a shuffle of the parsed records, the writes) then run on the surviving worker.
     */
    @Test
    @Order(2)
    void ingestSurvivesLosingAWorkerDuringItsFirstStage() throws Exception {
        Path localWarehouse = tmp.resolve("local-ingest-warehouse");
        assertEquals(0, NewsCli.execute("ingest", "--input", SAMPLE_DUMP.toString(), "--warehouse",
                localWarehouse.toString()));
        Path warehouse = tmp.resolve("worker-lost-warehouse");
        try (SubmittedJob job = submit("ingest", SAMPLE_DUMP, warehouse, "worker-lost")) {
            JsonNode stage = awaitStageRunningOnBothExecutors(job);
            cluster.killWorker(2);
            assertEquals(0, job.await(JOB_TIMEOUT), job::output);
            assertTrue(job.output().contains("Lost executor"),
                    () -> "the driver saw no executor lost after the kill during " + stage + ": " + job.output());
        }
        assertEquals(1, cluster.masterState().path("aliveworkers").asInt());
        assertEquals(List.of(), WarehouseComparison.differences(SharedSpark.session(), localWarehouse, warehouse,
                Set.of("articles", "rejects", "ingest_manifest")));
    }

    private static SubmittedJob submit(String command, Path input, Path warehouse, String name) throws IOException {
        return SubmittedJob.start(cluster, List.of(command, "--input", input.toString(), "--warehouse",
                warehouse.toString()), Files.createDirectories(tmp.resolve("logs")).resolve(name + ".log"));
    }

    /**
     * The first stage with a task running on each of the two one-core executors, so killing either worker
     * interrupts running tasks.
     */
    private static JsonNode awaitStageRunningOnBothExecutors(SubmittedJob job) throws InterruptedException {
        long deadline = System.nanoTime() + JOB_TIMEOUT.toNanos();
        while (job.isRunning() && System.nanoTime() < deadline) {
            for (JsonNode stage : job.activeStages()) {
                if (stage.path("numActiveTasks").asInt() >= 2) {
                    return stage;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no stage ran two tasks at once before the job ended: " + job.output());
    }
}
