package org.akhbar.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.akhbar.dump.ArticleIds;
import org.akhbar.enrich.EnrichJob;
import org.akhbar.enrich.EnrichOptions;
import org.akhbar.testing.PartitionFiles;
import org.akhbar.testing.SampleWarehouse;
import org.akhbar.testing.SharedSpark;
import org.akhbar.testing.WarehouseComparison;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled sample's first 300 generated pages as a base and two increments give the tables of one full run over
 * the same files, row by row (the runs table aside). The base is pages 0–199; the first increment adds pages
 * 200–299, among them reprints whose originals are in the base (the generator's log, {@code _planted.json}: page 204
 * reprints page 136 three days later); the second rewrites the already ingested page 13 (a reprint of page 4) with
 * the text of page 100, so page 13's article leaves page 4's cluster and becomes an exact copy of page 100's.
 * An aggregate with nothing new runs between the increments (the next one still goes by increment). Compared:
 * every table but runs (whose rows tell how each run went) and the support of a learned tag, which is
 * what it was when the tag was learned.
 */
@Tag("slow")
class SampleIncrementsTest {
    private static final Path PAGES = Path.of("..", "data", "sample", "generated", "pages", "0000").toAbsolutePath()
            .normalize();
    /** Every table but runs, whose rows and parameters tell how each run went. */
    private static final Set<String> NOT_COMPARED = Set.of("runs");

    @TempDir
    Path tmp;

    @Test
    void aBaseAndTwoIncrementsEqualOneFullRun() throws IOException {
        Path dump = tmp.resolve("dump");
        Files.createDirectories(dump);
        copyPages(dump, 0, 200);
        Path daily = tmp.resolve("daily");
        pipeline(dump, daily, "d1");
        assertNotNull(clusterOf(daily, "0000013"), "page 13 reprints page 4");
        assertEquals(clusterOf(daily, "0000004"), clusterOf(daily, "0000013"));

        copyPages(dump, 200, 300);
        pipeline(dump, daily, "d2");
        assertEquals(clusterOf(daily, "0000136"), clusterOf(daily, "0000204"),
                "page 204, new, joins the cluster of page 136, stored");
        assertEquals("100 articles new, changed or gone", parameter(daily, "d2-a", "compared_for_duplicates"),
                "pages 200-299, none of them a bad file");
        for (String part : List.of("rescored_cooccurrence_periods", "recounted_days", "recomputed_story_flows")) {
            assertNotEquals("all", parameter(daily, "d2-a", part), part + " by increment");
        }

        assertEquals("d2-a", new AggregateJob(SharedSpark.session()).run(new AggregateOptions(daily.toString(),
                Cooccurrence.Parameters.defaults(), false), "d2-again-a").unchangedSince(), "nothing new");

        // Only the months of the two clusters page 13 leaves and joins are written again.
        Map<String, String> partitionOf = Map.of("story_flows", "first_month", "article_duplicates",
                "published_month");
        Map<String, Set<String>> touched = new TreeMap<>();
        Map<String, Map<String, Set<String>>> filesBefore = new TreeMap<>();
        for (var table : partitionOf.entrySet()) {
            touched.put(table.getKey(), months(daily, table.getKey(), table.getValue(), clusterOf(daily, "0000004")));
            filesBefore.put(table.getKey(), PartitionFiles.of(daily.resolve(table.getKey())));
        }
        Files.copy(PAGES.resolve("0000100.txt"), dump.resolve("0000013.txt"), StandardCopyOption.REPLACE_EXISTING);
        pipeline(dump, daily, "d3");
        for (var table : partitionOf.entrySet()) {
            touched.get(table.getKey()).addAll(months(daily, table.getKey(), table.getValue(),
                    clusterOf(daily, "0000100")));
            Map<String, Set<String>> before = filesBefore.get(table.getKey());
            Map<String, Set<String>> after = PartitionFiles.of(daily.resolve(table.getKey()));
            Set<String> rewritten = new TreeSet<>(before.keySet());
            rewritten.removeIf(month -> before.get(month).equals(after.get(month)));
            assertFalse(rewritten.isEmpty(), table.getKey() + ": page 13 left the cluster of page 4");
            assertTrue(touched.get(table.getKey()).containsAll(rewritten), table.getKey() + " months rewritten "
                    + rewritten + ", only those of the clusters of pages 4 and 100: " + touched.get(table.getKey()));
            assertTrue(rewritten.size() < before.size(), table.getKey() + ": the other months keep their files");
        }
        assertEquals("1 article new, changed or gone", parameter(daily, "d3-a", "compared_for_duplicates"));
        assertNotEquals("all", parameter(daily, "d3-a", "recomputed_story_flows"));
        assertEquals(clusterOf(daily, "0000100"), clusterOf(daily, "0000013"), "page 13 now holds page 100's text");
        assertNotEquals(clusterOf(daily, "0000004"), clusterOf(daily, "0000013"));

        Path full = tmp.resolve("full");
        pipeline(dump, full, "f1");
        Set<String> compared = new TreeSet<>(WarehouseComparison.tables(full));
        compared.removeAll(NOT_COMPARED);
        assertTrue(compared.containsAll(AggregateInputs.WRITES), "every table aggregate writes is compared");
        // A learned tag keeps the support it had when it was learned (here from the base's 200 pages).
        assertEquals(List.of(), WarehouseComparison.differences(SharedSpark.session(), full, daily, compared,
                "tag_vocabulary.support"));
    }

    private static void copyPages(Path dump, int from, int to) throws IOException {
        for (int page = from; page < to; page++) {
            for (String suffix : List.of(".txt", ".txt.gz")) {
                Path source = PAGES.resolve(String.format("%07d", page) + suffix);
                if (Files.exists(source)) {
                    Files.copy(source, dump.resolve(source.getFileName()));
                }
            }
        }
    }

    private static void pipeline(Path dump, Path warehouse, String run) throws IOException {
        assertFalse(SampleWarehouse.ingest(List.of(dump.toString()), warehouse, run + "-i").refused());
        new EnrichJob(SharedSpark.session()).run(new EnrichOptions(warehouse.toString(), null, false, false),
                run + "-e");
        new AggregateJob(SharedSpark.session()).run(new AggregateOptions(warehouse.toString(),
                Cooccurrence.Parameters.defaults(), false), run + "-a");
    }

    /** The partitions (column=value) of the table that hold a row of the cluster. */
    private static Set<String> months(Path warehouse, String table, String column, String cluster) {
        return new TreeSet<>(SharedSpark.session().read().parquet(warehouse.resolve(table).toString())
                .where("cluster_id = '" + cluster + "'").select(column).distinct().collectAsList().stream()
                .map(r -> column + "=" + r.getString(0)).toList());
    }

    /** The cluster of the page's article; null when it has no duplicate. */
    private static String clusterOf(Path warehouse, String page) {
        List<Row> rows = SharedSpark.session().read().parquet(warehouse.resolve("article_duplicates").toString())
                .where("article_id = '" + ArticleIds.of(page + ".txt", 0) + "'").collectAsList();
        return rows.isEmpty() ? null : rows.get(0).getAs("cluster_id");
    }

    private static String parameter(Path warehouse, String run, String name) {
        return SharedSpark.session().read().parquet(warehouse.resolve("runs").toString())
                .where("run_id = '" + run + "'").first().<scala.collection.Map<String, String>>getAs("parameters")
                .apply(name);
    }
}
