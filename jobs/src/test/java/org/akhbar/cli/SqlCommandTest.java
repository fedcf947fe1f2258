package org.akhbar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.akhbar.testing.SampleWarehouse;
import org.akhbar.testing.SharedSpark;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code news sql} run in this JVM over the sample warehouse, sharing the test session without stopping it. */
class SqlCommandTest {
    private static final String ARTICLES = "SELECT article_id, title, sources FROM articles ORDER BY article_id";

    private static String warehouse() {
        return SampleWarehouse.path().toString();
    }

    private static long articleCount() {
        return SharedSpark.session().read().parquet(SampleWarehouse.path().resolve("articles").toString()).count();
    }

    @Test
    void printsTheCountAndLeavesTheSharedSessionRunning() {
        CommandOutput run = CommandOutput.run("sql", "--warehouse", warehouse(), "SELECT count(*) AS n FROM articles");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals(List.of("n", "-", String.valueOf(articleCount()), "(1 row)"), run.out().lines().toList());
        assertEquals(6, articleCount());
        assertFalse(SharedSpark.session().sparkContext().isStopped());
    }

    @Test
    void everyTableIsAView() {
        CommandOutput run = CommandOutput.run("sql", "--warehouse", warehouse(),
                "SELECT (SELECT count(*) FROM runs) > 0 AS a, (SELECT count(*) FROM article_tags) > 0 AS b,"
                        + " (SELECT count(*) FROM tag_vocabulary) > 0 AS c,"
                        + " (SELECT count(*) FROM ingest_manifest) > 0 AS d");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals("true | true | true | true", run.out().lines().toList().get(2));
    }

    @Test
    void groupsRejectsByReason() {
        List<Row> expected = SharedSpark.session().read().parquet(SampleWarehouse.path().resolve("rejects").toString())
                .groupBy("reason").count().collectAsList();
        assertFalse(expected.isEmpty());
        CommandOutput run = CommandOutput.run("sql", "--warehouse", warehouse(),
                "SELECT reason, count(*) AS rejects FROM rejects GROUP BY reason ORDER BY reason");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        for (Row r : expected) {
            assertTrue(lines.stream().anyMatch(l -> l.matches(r.getString(0) + " +\\| +" + r.getLong(1))),
                    r + " in\n" + run.out());
        }
        assertEquals("(" + expected.size() + " rows)", lines.get(lines.size() - 1));
    }

    @Test
    void printsArabicTitlesWholeAndSaysWhenRowsAreLeftOut(@TempDir Path tmp) throws Exception {
        Path query = tmp.resolve("q.sql");
        Files.writeString(query, "-- titles\n" + ARTICLES + ";\n", StandardCharsets.UTF_8);
        CommandOutput run = CommandOutput.run("sql", "--warehouse", warehouse(), "--file", query.toString(),
                "--limit", "2", "--max-width", "0");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(2 + 2 + 1, lines.size(), run.out());
        assertTrue(lines.get(0).startsWith("article_id "), lines.get(0));
        assertEquals("(2 of 6 rows shown; raise --limit or use --out for all)", lines.get(4));
        List<Row> titled = articles().where("title IS NOT NULL").orderBy("article_id").limit(2)
                .select("title").collectAsList();
        assertTrue(run.out().contains(titled.get(0).getString(0)), run.out());
    }

    @Test
    void writesOneCsvFileWithHeader(@TempDir Path tmp) throws Exception {
        Path csv = tmp.resolve("out").resolve("titles.csv");
        CommandOutput run = CommandOutput.run("sql", "--warehouse", warehouse(), "--out", csv.toString(), ARTICLES);
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals("article_id,title,sources", lines.get(0));
        assertEquals(1 + articleCount(), lines.size());
        String first = articles().orderBy("article_id").first().getString(0);
        assertTrue(lines.get(1).startsWith(first + ","), lines.get(1));
        assertOnlyFile(csv);
    }

    @Test
    void writesOneJsonLinesFile(@TempDir Path tmp) throws Exception {
        Path json = tmp.resolve("titles.json");
        CommandOutput run = CommandOutput.run("sql", "--warehouse", warehouse(), "--out", json.toString(), ARTICLES);
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        List<String> lines = Files.readAllLines(json, StandardCharsets.UTF_8);
        assertEquals(articleCount(), lines.size());
        assertTrue(lines.stream().allMatch(l -> l.startsWith("{\"article_id\":\"")), lines.toString());
        assertOnlyFile(json);
    }

    @Test
    void writesOneParquetFileThatSparkReadsBack(@TempDir Path tmp) throws Exception {
        Path parquet = tmp.resolve("titles.parquet");
        CommandOutput run = CommandOutput.run("sql", "--warehouse", warehouse(), "--out", parquet.toString(),
                ARTICLES);
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(Files.isRegularFile(parquet));
        Dataset<Row> back = SharedSpark.session().read().parquet(parquet.toString());
        assertEquals(List.of("article_id", "title", "sources"), List.of(back.columns()));
        assertEquals(articles().select("article_id", "title", "sources").orderBy("article_id").collectAsList(),
                back.orderBy("article_id").collectAsList());
        assertOnlyFile(parquet);
    }

    @Test
    void badSqlIsOneLineAndExitCode2() {
        CommandOutput run = CommandOutput.run("sql", "--warehouse", warehouse(), "SELEC count(*) FROM articles");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("news sql: bad query: "), run.err());
        assertFalse(run.err().contains("\tat "), run.err());

        CommandOutput unknown = CommandOutput.run("sql", "--warehouse", warehouse(), "SELECT nope FROM articles");
        assertEquals(ExitCodes.USAGE, unknown.exitCode());
        assertEquals(1, unknown.err().lines().count(), unknown.err());
        assertTrue(unknown.err().contains("nope"), unknown.err());
    }

    @Test
    void queryMustBeGivenOnce(@TempDir Path tmp) {
        assertEquals(ExitCodes.USAGE, CommandOutput.run("sql", "--warehouse", warehouse()).exitCode());
        assertEquals(ExitCodes.USAGE, CommandOutput.run("sql", "--warehouse", warehouse(), "--out",
                tmp.resolve("x.txt").toString(), "SELECT 1").exitCode());
    }

    private static Dataset<Row> articles() {
        return SharedSpark.session().read().parquet(SampleWarehouse.path().resolve("articles").toString());
    }

    /** The target is a plain file and nothing else was left beside it (no checksum, no temporary folder). */
    private static void assertOnlyFile(Path file) throws Exception {
        try (Stream<Path> beside = Files.list(file.getParent())) {
            assertEquals(List.of(file.getFileName().toString()),
                    beside.map(p -> p.getFileName().toString()).toList());
        }
    }
}
