package org.akhbar.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.akhbar.testing.Archives;
import org.akhbar.testing.Fixtures;
import org.akhbar.testing.MixedDump;
import org.akhbar.testing.SampleWarehouse;
import org.akhbar.testing.Seeds;
import org.akhbar.testing.SharedSpark;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 3 end to end: every kind of input accounted for, daily increments, refusal, large archives. */
class IngestIncrementTest {
    private static final String PAGE_2024 = "لقاء جديد بين أرمينيا وأذربيجان في موسكو\nتاريخ النشر: 3 يناير 2024\n"
            + "التقى وزيرا خارجية أرمينيا وأذربيجان في موسكو.\nالمصدر: تاس";
    private static final String PAGE_2024_B = "الكرملين يرحب بنتائج اللقاء\nتاريخ النشر: 4 يناير 2024\n"
            + "رحب الكرملين بنتائج لقاء موسكو.\nالمصدر: تاس";

    private final SparkSession spark = SharedSpark.session();

    @TempDir
    Path tmp;

    private Dataset<Row> table(Path warehouse, String name) {
        return spark.read().parquet(warehouse.resolve(name).toString());
    }

    /** Every good and bad kind, with what each becomes counted by hand (see the comments). */
    private Path everyKind(Path root) {
        MixedDump.write(root); // 6 articles, 4 rejects (empty, binary, no_body, unsupported), 10 files
        Fixtures.writeBytes(root.resolve("arch/day.tar.gz"), Archives.gzip(Archives.tar(Archives.entries(
                "day/", "", "day/a.txt", PAGE_2024, "day/b", Seeds.text(Seeds.S001),
                "day/notes.pdf", "%PDF", "day/empty.txt", "")))); // 2 articles, 2 rejects
        Fixtures.writeBytes(root.resolve("arch/day.zip"), Archives.zip(Archives.entries(
                "x.txt", Seeds.text(Seeds.S003), "y.txt", PAGE_2024_B))); // 2 articles
        Fixtures.write(root.resolve("export/items.jsonl"), String.join("\n",
                "{\"title\":\"أول\",\"body\":\"نص المقال الأول.\",\"published\":\"2024-01-05 08:00:00\"}",
                "{\"title\":\"ثان\",\"body\":\"نص المقال الثاني.\"}",
                "{broken",
                "{\"title\":\"بلا نص\"}")); // 2 articles, 2 rejects
        byte[] gz = Archives.gzip(Seeds.text(Seeds.S000).getBytes(StandardCharsets.UTF_8));
        Fixtures.writeBytes(root.resolve("bad/cut.txt.gz"), java.util.Arrays.copyOf(gz, gz.length / 2)); // truncated
        Fixtures.write(root.resolve("bad/fake.tar.gz"), "not an archive"); // corrupt_archive
        return root;
    }

    @Test
    void everyInputIsAccountedFor() throws IOException {
        Path warehouse = tmp.resolve("w");
        IngestSummary s = SampleWarehouse.ingest(List.of(everyKind(tmp.resolve("dump")).toString()), warehouse, "r1");
        assertEquals(15, s.filesRead(), "10 + tar.gz + zip + jsonl + 2 bad");
        assertEquals(12, s.articles());
        assertEquals(10, s.rejects());
        assertEquals(s.recordsSeen(), s.articles() + s.rejects() + s.recordsSkipped());
        assertEquals(12, table(warehouse, "articles").count());
        assertEquals(10, table(warehouse, "rejects").count());
        List<String> reasons = table(warehouse, "rejects").select("reason").as(org.apache.spark.sql.Encoders.STRING())
                .collectAsList().stream().sorted().toList();
        assertEquals(List.of("bad_json", "binary", "corrupt_archive", "empty", "empty", "no_body", "no_body",
                "truncated", "unsupported_type", "unsupported_type"), reasons);
        Row run = table(warehouse, "runs").first();
        assertEquals(run.<Long>getAs("records_seen"),
                run.<Long>getAs("articles") + run.<Long>getAs("rejects") + run.<Long>getAs("records_skipped"));
        assertEquals(15L, run.<Long>getAs("files_seen"));
        Row manifest = table(warehouse, "ingest_manifest").where("relative_path = 'arch/day.tar.gz'").first();
        assertEquals(4L, manifest.<Long>getAs("records"));
        assertEquals(2L, manifest.<Long>getAs("articles"));
        assertEquals(2L, manifest.<Long>getAs("rejects"));
    }

    @Test
    void identicalTextsShareTheirContentHash() throws IOException {
        Path warehouse = tmp.resolve("w");
        SampleWarehouse.ingest(List.of(everyKind(tmp.resolve("dump")).toString()), warehouse, "r1");
        List<Row> copies = table(warehouse, "articles")
                .where("source_entry = 'day/b' or source_file like '%seeds/001_594cce2a6f755b29.txt'")
                .select("content_hash").distinct().collectAsList();
        assertEquals(1, copies.size(), "seed 001 and its copy inside the tar have one hash");
    }

    /**
     * Ids come from the path under the input root: {@code moved/x.txt} is the same page as {@code a/x.txt} read from
     * another place (it replaces it silently), {@code b/x.txt} is another page under the same name, and the run says
     * that it replaced one.
     */
    @Test
    void anotherTextUnderTheSamePathFromAnotherRootIsReported() throws IOException {
        Fixtures.write(tmp.resolve("a/x.txt"), PAGE_2024);
        Fixtures.write(tmp.resolve("moved/x.txt"), PAGE_2024);
        Fixtures.write(tmp.resolve("b/x.txt"), PAGE_2024_B);
        Path warehouse = tmp.resolve("w");
        assertEquals(1, SampleWarehouse.ingest(List.of(tmp.resolve("a").toString()), warehouse, "a").articles());
        IngestSummary moved = SampleWarehouse.ingest(List.of(tmp.resolve("moved").toString()), warehouse, "moved");
        assertEquals(0, moved.replacedOtherText());
        assertEquals(1, moved.lines().split("\n").length);
        IngestSummary other = SampleWarehouse.ingest(List.of(tmp.resolve("b").toString()), warehouse, "b");
        assertEquals(1, other.replacedOtherText());
        assertTrue(other.lines().contains("1 articles replaced articles of another file with another text"),
                other.lines());
        assertEquals(1, table(warehouse, "articles").count());
    }

    @Test
    void dailyIncrementReadsOnlyWhatIsNewOrChangedAndEqualsAFullRun() throws IOException {
        Path dump = tmp.resolve("dump");
        Fixtures.copySeeds(dump.resolve("seeds"));
        Path warehouse = tmp.resolve("w");
        IngestSummary first = SampleWarehouse.ingest(List.of(dump.toString()), warehouse, "day1");
        assertEquals(5, first.articles());
        List<String> untouched = partFiles(warehouse, "2023-12");

        Fixtures.writeBytes(dump.resolve("day2/new.tar.gz"), Archives.gzip(Archives.tar(Archives.entries(
                "a.txt", PAGE_2024, "b.txt", PAGE_2024_B))));
        Path changed = dump.resolve("seeds").resolve(Seeds.S000);
        Files.writeString(changed, Seeds.text(Seeds.S000).replace("بعد انهيار الاتحاد السوفيتي.",
                "بعد انهيار الاتحاد السوفيتي. فقرة أضيفت لاحقا."), StandardCharsets.UTF_8);
        Files.setLastModifiedTime(changed, FileTime.fromMillis(Files.getLastModifiedTime(changed).toMillis() + 5000));

        IngestSummary second = SampleWarehouse.ingest(List.of(dump.toString()), warehouse, "day2");
        assertEquals(2, second.filesRead(), "the new archive and the changed seed");
        assertEquals(4, second.filesSkipped());
        assertEquals(4, second.recordsSkipped());
        assertEquals(3, second.articles());
        assertEquals(second.recordsSeen(), second.articles() + second.rejects() + second.recordsSkipped());
        assertEquals(7, table(warehouse, "articles").count());
        assertEquals(1, table(warehouse, "articles").where("body like '%فقرة أضيفت لاحقا%'").count());
        assertEquals(untouched, partFiles(warehouse, "2023-12"), "a month with nothing new is not rewritten");

        Path fullWarehouse = tmp.resolve("full");
        SampleWarehouse.ingest(List.of(dump.toString()), fullWarehouse, "full");
        assertEquals(sortedRows(fullWarehouse, "articles"), sortedRows(warehouse, "articles"));
        assertEquals(sortedRows(fullWarehouse, "rejects"), sortedRows(warehouse, "rejects"));

        IngestSummary third = SampleWarehouse.ingest(List.of(dump.toString()), warehouse, "day3");
        assertEquals(0, third.filesRead());
        assertEquals(7, third.recordsSkipped());
        assertEquals(sortedRows(fullWarehouse, "articles"), sortedRows(warehouse, "articles"));
        assertEquals(3, table(warehouse, "runs").count());

        IngestSummary full = SampleWarehouse.ingest(IngestOptions.of(List.of(dump.toString()), warehouse.toString())
                .withFull(true).withMaxRejectRate(1.0), "again");
        assertEquals(6, full.filesRead());
        assertEquals(0, full.filesSkipped());
        assertEquals(sortedRows(fullWarehouse, "articles"), sortedRows(warehouse, "articles"));
    }

    /**
     * The manifest and the rejects are in folders by the month of the run that read each file: an increment rewrites
     * its own month and those holding a file it reads again, no other. Day one (5 seeds and an empty file, its one
     * reject) is moved to January 2020 as if run then; day two reads the changed seed 000 and the empty file again,
     * whose rows leave January 2020 for this month; day three reads one new page and leaves January 2020's files be.
     */
    @Test
    void manifestAndRejectsAreRewrittenOnlyInTheMonthsAnIncrementTouches() throws IOException {
        Path dump = tmp.resolve("dump");
        Fixtures.copySeeds(dump.resolve("seeds"));
        Path empty = dump.resolve("seeds/empty.txt");
        Fixtures.write(empty, "");
        Path warehouse = tmp.resolve("w");
        IngestOptions options = IngestOptions.of(List.of(dump.toString()), warehouse.toString())
                .withMaxRejectRate(1.0);
        SampleWarehouse.ingest(options, "day1");
        String now = java.time.YearMonth.now(java.time.ZoneOffset.UTC).toString();
        for (String name : List.of("ingest_manifest", "rejects")) {
            Files.move(warehouse.resolve(name).resolve("ingested_month=" + now),
                    warehouse.resolve(name).resolve("ingested_month=2020-01"));
        }

        Path changed = dump.resolve("seeds").resolve(Seeds.S000);
        Files.writeString(changed, Seeds.text(Seeds.S000) + "\nفقرة أضيفت لاحقا.", StandardCharsets.UTF_8);
        for (Path file : List.of(changed, empty)) {
            Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5000));
        }
        assertEquals(2, SampleWarehouse.ingest(options, "day2").filesRead());
        assertEquals(List.of("2020-01 " + Seeds.S001, "2020-01 " + Seeds.S002, "2020-01 " + Seeds.S003,
                "2020-01 " + Seeds.S004, now + " " + Seeds.S000, now + " empty.txt"),
                monthAndFile(warehouse, "ingest_manifest"));
        assertEquals(List.of(now + " empty.txt"), monthAndFile(warehouse, "rejects"),
                "the reject left January 2020, whose folder is gone");
        assertTrue(!Files.exists(warehouse.resolve("rejects/ingested_month=2020-01")));

        List<String> january = partFiles(warehouse.resolve("ingest_manifest/ingested_month=2020-01"));
        Fixtures.write(dump.resolve("day3/new.txt"), PAGE_2024);
        assertEquals(1, SampleWarehouse.ingest(options, "day3").filesRead());
        assertEquals(january, partFiles(warehouse.resolve("ingest_manifest/ingested_month=2020-01")),
                "a month without a file read again is not rewritten");
        assertEquals(3, table(warehouse, "ingest_manifest").where("ingested_month = '" + now + "'").count());
    }

    private List<String> monthAndFile(Path warehouse, String name) {
        return table(warehouse, name).collectAsList().stream().map(r -> r.getAs("ingested_month") + " "
                + Path.of(r.<String>getAs("source_file")).getFileName()).sorted().toList();
    }

    @Test
    void tooManyRejectsRefusesTheRunAndKeepsTheGoodTables() throws IOException {
        Path good = tmp.resolve("good");
        Fixtures.copySeeds(good.resolve("seeds"));
        Path warehouse = tmp.resolve("w");
        SampleWarehouse.ingest(List.of(good.toString()), warehouse, "good");
        Path bad = tmp.resolve("bad");
        Fixtures.write(bad.resolve("page.txt"), PAGE_2024);
        Fixtures.write(bad.resolve("empty.txt"), "");
        Fixtures.write(bad.resolve("notes.pdf"), "%PDF");

        IngestSummary s = new IngestJob(spark).run(IngestOptions.of(List.of(bad.toString()), warehouse.toString())
                .withFull(true), "refused-run");
        assertTrue(s.refused(), s.line());
        assertEquals(5, table(warehouse, "articles").count(), "the good table stays");
        assertEquals(2, table(warehouse, "_refused/refused-run/rejects").count(), "the rejects report is kept");
        List<String> statuses = table(warehouse, "runs").orderBy("run_id").select("status")
                .as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
        assertEquals(List.of("committed", "refused"), statuses);
    }

    @Test
    void aLargeArchiveIsParsedOnEveryCore() throws IOException {
        Path dump = tmp.resolve("dump");
        writeArchiveOfSeeds(dump.resolve("big.tar.gz"));
        IngestOptions options = new IngestOptions(List.of(dump.toString()), tmp.resolve("w").toString(),
                org.akhbar.dump.ReadLimits.defaults(), 1024, false, 1.0, org.akhbar.dump.JsonFields.defaults());
        Dataset<Row> items = new DumpParsing(spark, options).parse(
                new org.akhbar.dump.InputLister(spark.sparkContext().hadoopConfiguration()).list(options.inputs()));
        assertTrue(items.rdd().getNumPartitions() >= 2, "parsed in " + items.rdd().getNumPartitions());
        long busyPartitions = items.javaRDD().mapPartitions(it -> List.of(it.hasNext() ? 1 : 0).iterator())
                .collect().stream().filter(n -> n == 1).count();
        assertTrue(busyPartitions >= 2, "records spread over " + busyPartitions + " partitions");
        assertEquals(5, items.where("outcome = 'article'").count());
    }

    private static List<String> partFiles(Path warehouse, String month) throws IOException {
        return partFiles(warehouse.resolve("articles").resolve("published_month=" + month));
    }

    private static List<String> partFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    private List<String> sortedRows(Path warehouse, String name) {
        return table(warehouse, name).collectAsList().stream().map(Row::toString).sorted().toList();
    }

    /** The five seeds in one archive. */
    private static void writeArchiveOfSeeds(Path file) {
        Fixtures.writeBytes(file, Archives.gzip(Archives.tar(Archives.entries(
                Seeds.S000, Seeds.text(Seeds.S000), Seeds.S001, Seeds.text(Seeds.S001),
                Seeds.S002, Seeds.text(Seeds.S002), Seeds.S003, Seeds.text(Seeds.S003),
                Seeds.S004, Seeds.text(Seeds.S004)))));
    }
}
