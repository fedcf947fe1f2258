package org.akhbar.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.akhbar.lock.WarehouseLock;
import org.akhbar.testing.Fixtures;
import org.akhbar.testing.SharedSpark;
import org.akhbar.testing.ShortJvm;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jobs/daily} as a scheduler runs it: a day run twice gives the same tables and the same report, a run
 * never overlaps another, and the exit codes say what happened. The news steps run from the test classpath.
 */
@Tag("slow")
class DailyRunTest {
    private static final Path SCRIPT = Path.of("daily").toAbsolutePath();
    private static final String DAY = "2023-09-07";
    private static final int BUSY = 75;
    private static final int USAGE = 2;

    @TempDir
    static Path shared;
    private static Path news;

    @BeforeAll
    static void newsLauncherOnTheTestClasspath() throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        news = Fixtures.write(shared.resolve("news"), String.join(" ", "#!/usr/bin/env bash\nexec",
                quoted(Path.of(System.getProperty("java.home"), "bin", "java").toString()),
                quoted("@" + Path.of("conf", "jvm.options").toAbsolutePath()),
                "-Xmx1g", ShortJvm.FLAGS,
                "-Dspark.master=local[2] -Dspark.ui.enabled=false -Dspark.sql.shuffle.partitions=2",
                quoted("-Dlog4j2.configurationFile=" + Path.of("conf", "log4j2.properties").toAbsolutePath()),
                "-cp", quoted(classpath), "org.akhbar.cli.NewsCli \"$@\"\n"));
        assertTrue(news.toFile().setExecutable(true));
    }

    @Test
    void aDayRunTwiceGivesTheSameTablesAndTheSameReport(@TempDir Path tmp) throws Exception {
        Fixtures.copySeeds(tmp.resolve("inbox"));
        Path warehouse = tmp.resolve("warehouse");
        Path reports = tmp.resolve("reports");

        assertEquals(0, daily(tmp, "--warehouse", warehouse.toString(), "--inbox", tmp.resolve("inbox").toString(),
                "--reports", reports.toString(), "--day", DAY), () -> log(warehouse));
        Map<String, List<String>> firstTables = tables(warehouse);
        Map<String, String> firstReport = files(reports.resolve(DAY));
        assertEquals(0, daily(tmp, "--warehouse", warehouse.toString(), "--inbox", tmp.resolve("inbox").toString(),
                "--reports", reports.toString(), "--day", DAY), () -> log(warehouse));

        assertEquals(firstTables, tables(warehouse));
        assertEquals(5, firstTables.get("articles").size(), "the five seeds");
        String log = log(warehouse);
        assertEquals(2, count(log, "] start: warehouse "), log);
        assertTrue(log.contains("0 files read (5 skipped as already ingested)"), log);
        assertEquals(2, count(log, "end: exit 0 (done)"), log);
        assertTrue(firstReport.containsKey("report-" + DAY + ".html"), firstReport.keySet().toString());
        assertTrue(firstReport.containsKey("report-" + DAY + ".md"), firstReport.keySet().toString());
        assertEquals(firstReport, files(reports.resolve(DAY)));
        try (Stream<Path> left = Files.list(reports)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().startsWith(".")).toList(),
                    "no temporary report folders left");
        }
    }

    @Test
    void aSecondDailyRunIsRefusedWhileTheFirstHoldsItsLock(@TempDir Path tmp) throws Exception {
        Path warehouse = tmp.resolve("warehouse");
        Path lock = warehouse.resolve("_daily.lock");
        Files.createDirectories(warehouse);
        // --no-fork: the lock's holder is the process the test kills, not a child that would outlive it
        Process holder = new ProcessBuilder("flock", "--no-fork", lock.toString(), "sh", "-c",
                "echo held; exec sleep 120").start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                    StandardCharsets.UTF_8));
            assertEquals("held", out.readLine());
            assertEquals(BUSY, daily(tmp, "--warehouse", warehouse.toString(), "--inbox", tmp.toString(),
                    "--reports", tmp.resolve("reports").toString(), "--day", DAY));
        } finally {
            holder.destroyForcibly();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
        String log = log(warehouse);
        assertTrue(log.contains("daily " + DAY + " [pid "), log);
        assertTrue(log.contains("not started: another daily run holds " + lock), log);
        assertFalse(log.contains("step:"), "nothing ran: " + log);
    }

    @Test
    void aRunByHandHoldingTheWarehouseMakesTheDailyRunRetryLater(@TempDir Path tmp) throws Exception {
        Fixtures.copySeeds(tmp.resolve("inbox"));
        Path warehouse = tmp.resolve("warehouse");
        try (WarehouseLock byHand = WarehouseLock.acquire(warehouse.toString(), new Configuration(),
                "news ingest")) {
            assertEquals(BUSY, daily(tmp, "--warehouse", warehouse.toString(), "--inbox",
                    tmp.resolve("inbox").toString(), "--reports", tmp.resolve("reports").toString(), "--day", DAY));
        }
        String log = log(warehouse);
        assertTrue(log.contains("news pipeline: the warehouse is being written by another run: news ingest"), log);
        assertTrue(log.contains("end: exit 75 (warehouse busy, try again later)"), log);
    }

    @Test
    void badUsageExitsWithTwoBeforeTouchingAnything(@TempDir Path tmp) throws Exception {
        Path warehouse = tmp.resolve("warehouse");
        assertEquals(USAGE, daily(tmp, "--warehouse", warehouse.toString(), "--inbox", "x", "--reports", "r",
                "--day", "2023-02-30"));
        assertEquals(USAGE, daily(tmp, "--warehouse", warehouse.toString(), "--inbox", "x", "--reports", "r",
                "--no-such-option"));
        assertEquals(USAGE, daily(tmp, "--inbox", "x", "--reports", "r"));
        assertFalse(Files.exists(warehouse));
    }

    private static int daily(Path tmp, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(tmp.resolve("daily.out").toFile()));
        builder.environment().put("AKHBAR_NEWS", news.toString());
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        Process p = builder.start();
        assertTrue(p.waitFor(600, TimeUnit.SECONDS), "daily ended");
        return p.exitValue();
    }

    /** Every committed table but {@code runs} (one row per run by design), as sorted row texts. */
    private static Map<String, List<String>> tables(Path warehouse) throws IOException {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Stream<Path> children = Files.list(warehouse)) {
            for (Path table : children.filter(p -> Files.exists(p.resolve("_SUCCESS"))).toList()) {
                String name = table.getFileName().toString();
                if (!name.equals("runs")) {
                    tables.put(name, SharedSpark.session().read().parquet(table.toString()).collectAsList().stream()
                            .map(Row::toString).sorted().toList());
                }
            }
        }
        return tables;
    }

    private static Map<String, String> files(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> all = Files.walk(folder)) {
                for (Path f : all.filter(Files::isRegularFile).toList()) {
                    files.put(folder.relativize(f).toString(), new String(Files.readAllBytes(f),
                            StandardCharsets.ISO_8859_1));
                }
            }
        }
        return files;
    }

    private static String log(Path warehouse) {
        try {
            return Files.readString(warehouse.resolve("_logs").resolve("daily-" + DAY + ".log"));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private static String quoted(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
