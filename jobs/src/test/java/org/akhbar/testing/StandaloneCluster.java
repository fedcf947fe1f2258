package org.akhbar.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Spark standalone cluster on 127.0.0.1: one master and its workers, each a child JVM started from a
 * {@link SparkHome}'s jars. Every process is stopped by its PID on {@link #close()}, the executors the workers
 * started included, and by a shutdown hook should the test JVM end first.
 */
public final class StandaloneCluster implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final Path sparkHome;
    private final Path dir;
    private final int masterPort = freePort();
    private final int masterUiPort = freePort();
    private final Process master;
    private final List<Process> workers = new ArrayList<>();
    private final Thread shutdownHook = new Thread(this::stopAll, "stop standalone cluster");

    private StandaloneCluster(Path sparkHome, Path dir) throws IOException {
        this.sparkHome = sparkHome;
        this.dir = dir;
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        master = start("master", List.of("-Dspark.master.rest.enabled=false"),
                List.of("org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                        "--port", String.valueOf(masterPort), "--webui-port", String.valueOf(masterUiPort)));
    }

    /** Starts a master and {@code workers} workers of one core and {@code memory} each; returns once all are alive. */
    public static StandaloneCluster start(Path sparkHome, Path dir, int workers, String memory)
            throws IOException, InterruptedException {
        StandaloneCluster cluster = new StandaloneCluster(sparkHome, Files.createDirectories(dir));
        try {
            for (int i = 1; i <= workers; i++) {
                cluster.startWorker(i, memory);
            }
            cluster.awaitAliveWorkers(workers);
            return cluster;
        } catch (IOException | InterruptedException | RuntimeException | Error e) {
            cluster.close();
            throw e;
        }
    }

    public String masterUrl() {
        return "spark://127.0.0.1:" + masterPort;
    }

    public Path sparkHome() {
        return sparkHome;
    }

    /** The master's state: workers, running applications and their cores. */
    public JsonNode masterState() throws IOException, InterruptedException {
        return Http.getJson("http://127.0.0.1:" + masterUiPort + "/json/");
    }

    /** Kills worker {@code index} (from 1) and the executors it started with SIGKILL, as if its machine died. */
    public void killWorker(int index) throws InterruptedException {
        Process worker = workers.get(index - 1);
        List<ProcessHandle> executors = worker.descendants().toList();
        worker.destroyForcibly();
        executors.forEach(ProcessHandle::destroyForcibly);
        worker.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        stopAll();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: nothing left to remove
        }
    }

    private void startWorker(int index, String memory) throws IOException {
        workers.add(start("worker" + index, List.of(),
                List.of("org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1", "--cores", "1",
                        "--memory", memory, "--webui-port", "0",
                        "--work-dir", dir.resolve("work" + index).toString(), masterUrl())));
    }

    private Process start(String name, List<String> jvmFlags, List<String> mainAndArgs) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("@" + Path.of("conf", "jvm.options").toAbsolutePath());
        command.add("-Xmx256m");
        command.addAll(List.of(ShortJvm.FLAGS.split(" ")));
        command.addAll(jvmFlags);
        command.add("-cp");
        command.add(sparkHome.resolve("jars") + "/*");
        command.addAll(mainAndArgs);
        ProcessBuilder builder = new ProcessBuilder(command);
        environment(builder);
        Path log = dir.resolve(name + ".log");
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        return builder.start();
    }

    /** What every process of the cluster and the submitting JVM need: see the design notes. */
    public void environment(ProcessBuilder builder) {
        builder.environment().put("SPARK_HOME", sparkHome.toString());
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        builder.environment().put("SPARK_SCALA_VERSION", "2.13");
    }

    private void awaitAliveWorkers(int expected) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (true) {
            int alive = -1;
            try {
                alive = masterState().path("aliveworkers").asInt(-1);
            } catch (IOException notListeningYet) {
                // the master's web UI is not up yet
            }
            if (alive == expected) {
                return;
            }
            if (!master.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("the cluster did not start (" + alive + " of " + expected
                        + " workers alive); logs in " + dir);
            }
            Thread.sleep(500);
        }
    }

    private synchronized void stopAll() {
        List<Process> all = new ArrayList<>(workers);
        all.add(master);
        List<ProcessHandle> executors = new ArrayList<>();
        for (Process p : all) {
            executors.addAll(p.descendants().toList());
        }
        for (Process p : all) {
            p.destroy();
        }
        for (Process p : all) {
            waitQuietly(p);
        }
        executors.forEach(ProcessHandle::destroyForcibly);
    }

    private static void waitQuietly(Process p) {
        try {
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
