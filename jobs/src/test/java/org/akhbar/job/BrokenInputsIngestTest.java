package org.akhbar.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.akhbar.testing.BrokenInputs;
import org.akhbar.testing.SampleWarehouse;
import org.akhbar.testing.SharedSpark;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run over the inputs that once passed silently: every file is a manifest row, every record a row. */
class BrokenInputsIngestTest {
    private final SparkSession spark = SharedSpark.session();

    @Test
    void filesAreManifestRowsRecordsAreArticlesPlusRejectsAndEmptyFilesAreNamed(@TempDir Path tmp)
            throws IOException {
        Path dump = BrokenInputs.write(tmp.resolve("dump"));
        Path warehouse = tmp.resolve("warehouse");
        IngestSummary s = SampleWarehouse.ingest(List.of(dump.toString()), warehouse, "broken");

        assertEquals(BrokenInputs.FILES, s.filesRead());
        assertEquals(BrokenInputs.ARTICLES, s.articles());
        assertEquals(BrokenInputs.REJECTS, s.rejects());
        assertEquals(BrokenInputs.RECORDS, s.recordsSeen());
        assertTrue(s.line().contains("11 files read (0 skipped as already ingested; 4 gave no record: 2 empty_archive,"
                + " 1 no_lines, 1 no_record_entries), 12 records = 2 articles + 10 rejects + 0 skipped"), s.line());
        assertTrue(s.lines().contains("no record: 2 empty_archive (a valid archive with no entries): "), s.lines());
        assertTrue(s.lines().contains("archives/empty.tar"), s.lines());

        List<Row> manifest = spark.read().parquet(warehouse.resolve("ingest_manifest").toString())
                .select("relative_path", "records", "articles", "rejects", "empty_reason").collectAsList();
        assertEquals(BrokenInputs.FILES, manifest.size(), "one manifest row per file");
        Map<String, String> empty = new TreeMap<>();
        long records = 0;
        for (Row r : manifest) {
            String file = r.getString(0);
            List<String> expected = BrokenInputs.OUTCOMES.get(file);
            assertEquals(expected.size(), r.getLong(1), file);
            assertEquals(r.getLong(1), r.getLong(2) + r.getLong(3), file + ": records = articles + rejects");
            assertEquals(expected.stream().filter("article"::equals).count(), r.getLong(2), file);
            records += r.getLong(1);
            if (!r.isNullAt(4)) {
                empty.put(file, r.getString(4));
            }
        }
        assertEquals(new TreeMap<>(BrokenInputs.EMPTY_REASONS), empty);
        long rows = spark.read().parquet(warehouse.resolve("articles").toString()).count()
                + spark.read().parquet(warehouse.resolve("rejects").toString()).count();
        assertEquals(records, rows, "the manifest's records are the rows of articles and rejects");

        Map<String, Long> reasons = new HashMap<>();
        for (Row r : spark.read().parquet(warehouse.resolve("rejects").toString()).groupBy("reason").count()
                .collectAsList()) {
            reasons.put(r.getString(0), r.getLong(1));
        }
        assertEquals(Map.of("corrupt_archive", 3L, "bad_field", 3L, "no_body", 3L, "empty", 1L), reasons);
    }
}
