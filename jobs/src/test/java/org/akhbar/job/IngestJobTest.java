package org.akhbar.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.akhbar.testing.MixedDump;
import org.akhbar.testing.SampleWarehouse;
import org.akhbar.testing.SharedSpark;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestJobTest {
    private final SparkSession spark = SharedSpark.session();

    private Dataset<Row> table(Path warehouse, String name) {
        return spark.read().parquet(warehouse.resolve(name).toString());
    }

    @Test
    void summaryAddsUp() {
        IngestSummary s = SampleWarehouse.summary();
        assertEquals(MixedDump.FILES, s.filesRead(), "hidden _SUCCESS and .DS_Store are not inputs");
        assertEquals(MixedDump.ARTICLES, s.articles());
        assertEquals(MixedDump.REJECTS, s.rejects());
        assertEquals(s.filesRead(), s.articles() + s.rejects(), "one record per file in this dump");
        assertTrue(s.line().contains("10 files read (0 skipped as already ingested), 10 records = 6 articles"
                + " + 4 rejects + 0 skipped"), s.line());
    }

    @Test
    void articleIdsAreTheHashOfTheRelativePathAndIndex() {
        // sha256("seeds/<name>#0"), first 32 hex digits, computed with sha256sum.
        Map<String, String> expected = Map.of(
                "000_394f0d13aea4605b.txt", "17607359cb03bde0c0421539f7e6ca24",
                "001_594cce2a6f755b29.txt", "5a79de3891314d7c47038dbc6711f559",
                "002_0795dd7ba1cf26a9.txt", "3e61f75f3faf2c04259aeacb509f55cf",
                "003_c61355213998c85b.txt", "17c9a671297a28e8a0c95c1f2370fb4e",
                "004_595366c40d4cedef.txt", "92e0267b229b71314284201928a72214");
        Map<String, String> actual = new TreeMap<>();
        for (Row r : table(SampleWarehouse.path(), "articles")
                .where("source_file like '%/seeds/%'").select("source_file", "article_id").collectAsList()) {
            String file = r.getString(0);
            actual.put(file.substring(file.lastIndexOf('/') + 1), r.getString(1));
        }
        assertEquals(new TreeMap<>(expected), actual);
    }

    @Test
    void seedValuesInTheTable() {
        Row r = table(SampleWarehouse.path(), "articles")
                .where("article_id = '17607359cb03bde0c0421539f7e6ca24'")
                .select("site", "crawled_at", "title", "published_at", "published_date", "date_source",
                        "sources", "published_month", "encoding", "bytes", "record_index", "source_entry")
                .first();
        assertEquals("موقع 24", r.getString(0));
        assertEquals(Instant.parse("2024-11-25T04:02:07Z"), r.getAs(1));
        assertEquals("روسيا: نعمل مع أرمينيا وأذربيجان لتهدئة التوتر", r.getString(2));
        assertEquals(Instant.parse("2023-09-07T00:00:00Z"), r.getAs(3));
        assertEquals(LocalDate.parse("2023-09-07"), r.getAs(4));
        assertEquals("published", r.getString(5));
        assertEquals(List.of("موقع 24"), r.getList(6));
        assertEquals("2023-09", r.getString(7));
        assertEquals("UTF-8", r.getString(8));
        assertEquals(6966L, r.getLong(9), "wc -c of seed 000");
        assertEquals(0L, r.getLong(10));
        assertTrue(r.isNullAt(11));
    }

    @Test
    void gzippedLevantinePage() {
        Row r = table(SampleWarehouse.path(), "articles").where("source_file like '%levantine.txt.gz'")
                .select("site", "title", "published_date", "date_source", "sources").first();
        assertEquals("الجزيرة نت", r.getString(0));
        assertEquals("لقاء في موسكو بين وزيري خارجية أرمينيا وأذربيجان", r.getString(1));
        assertEquals(LocalDate.parse("2023-10-05"), r.getAs(2));
        assertEquals("published", r.getString(3));
        assertEquals(List.of("الجزيرة نت"), r.getList(4));
    }

    @Test
    void partitionedByPublishedMonth() throws IOException {
        try (Stream<Path> dirs = Files.list(SampleWarehouse.path().resolve("articles"))) {
            List<String> partitions = dirs.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("published_month=")).sorted().collect(Collectors.toList());
            assertEquals(List.of("published_month=2023-09", "published_month=2023-10", "published_month=2023-12",
                    "published_month=unknown"), partitions);
        }
    }

    @Test
    void rejectsCarryTheirReason() {
        Map<String, String> reasons = new TreeMap<>();
        for (Row r : table(SampleWarehouse.path(), "rejects").select("source_file", "reason").collectAsList()) {
            String file = r.getString(0);
            reasons.put(file.substring(file.lastIndexOf('/') + 1), r.getString(1));
        }
        assertEquals(Map.of("empty.txt", "empty", "image.txt", "binary", "labels-only.txt", "no_body",
                "notes.pdf", "unsupported_type"), reasons);
    }

    @Test
    void rerunningTheSameInputGivesIdenticalTables(@TempDir Path tmp) throws IOException {
        Path warehouse = tmp.resolve("warehouse");
        List<String> input = List.of(SampleWarehouse.dump().toString());
        SampleWarehouse.ingest(input, warehouse, "first");
        List<String> first = sortedRows(warehouse);
        SampleWarehouse.ingest(input, warehouse, "second");
        assertEquals(first, sortedRows(warehouse));
        assertEquals(sortedRows(SampleWarehouse.path()), first, "and equal to another run elsewhere");
    }

    private List<String> sortedRows(Path warehouse) {
        return Stream.of("articles", "rejects")
                .flatMap(t -> table(warehouse, t).collectAsList().stream().map(r -> t + " " + r))
                .sorted().collect(Collectors.toList());
    }
}
