package org.akhbar.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@code news} job submitted to a {@link StandaloneCluster} with jobs/submit and the application jar, sized as
 * in the standalone commands of docs/operations.md. Its driver's web UI listens on a port of its own, so a test can watch its
 * stages; the driver is stopped by its PID on {@link #close()}.
 */
public final class SubmittedJob implements AutoCloseable {
    private static final Path SUBMIT = Path.of("submit").toAbsolutePath();
    private static final Path APP_JAR = Path.of("target", "akhbar-jobs-app.jar").toAbsolutePath();

    private final Process driver;
    private final Path log;
    private final int uiPort;

    private SubmittedJob(Process driver, Path log, int uiPort) {
        this.driver = driver;
        this.log = log;
        this.uiPort = uiPort;
    }

    public static SubmittedJob start(StandaloneCluster cluster, List<String> jobArgs, Path log) throws IOException {
        int uiPort = StandaloneCluster.freePort();
        List<String> command = new ArrayList<>();
        command.add(SUBMIT.toString());
        command.addAll(jobArgs);
        ProcessBuilder builder = new ProcessBuilder(command);
        cluster.environment(builder);
        builder.environment().put("AKHBAR_MASTER", cluster.masterUrl());
        builder.environment().put("AKHBAR_APP_JAR", APP_JAR.toString());
        builder.environment().put("AKHBAR_DRIVER_MEMORY", "1g");
        builder.environment().put("AKHBAR_EXECUTOR_MEMORY", "1g");
        builder.environment().put("AKHBAR_EXECUTOR_CORES", "1");
        builder.environment().put("AKHBAR_SHUFFLE_PARTITIONS", "2");
        builder.environment().put("AKHBAR_SUBMIT_OPTS", "--conf spark.ui.port=" + uiPort);
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        return new SubmittedJob(builder.start(), log, uiPort);
    }

    /** Waits for the job to end and returns its exit code, or fails when it outlasts {@code timeout}. */
    public int await(Duration timeout) throws InterruptedException {
        if (!driver.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            throw new AssertionError("the job did not end within " + timeout + "; log: " + output());
        }
        return driver.exitValue();
    }

    /** Everything the driver printed: the summary lines of the job, then Spark's warnings. */
    public String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** The stages the driver is running now, from its REST API; empty before the application has started. */
    public List<JsonNode> activeStages() throws InterruptedException {
        String api = "http://127.0.0.1:" + uiPort + "/api/v1/applications";
        List<JsonNode> stages = new ArrayList<>();
        try {
            for (JsonNode app : Http.getJson(api)) {
                Http.getJson(api + "/" + app.path("id").asText() + "/stages?status=active").forEach(stages::add);
            }
        } catch (IOException notUpYet) {
            // no driver UI yet, or it is already gone
        }
        return stages;
    }

    public boolean isRunning() {
        return driver.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> children = driver.descendants().toList();
        driver.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
        driver.waitFor(30, TimeUnit.SECONDS);
    }
}
