package org.akhbar.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.akhbar.enrich.EnrichJob;
import org.akhbar.enrich.EnrichOptions;
import org.akhbar.testing.Fixtures;
import org.akhbar.testing.SampleWarehouse;
import org.akhbar.testing.SharedSpark;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every aggregate checked against counts worked out by hand on five small pages:
 * <pre>
 *   a1 2024-01-01 (Mon) X  روسيا أرمينيا (one paragraph)
 *   a2 2024-01-02       X  روسيا (paragraph 1), أذربيجان (paragraph 2)
 *   a3 2024-01-03       Y  the body of a1 again: an exact duplicate
 *   a4 2024-01-09       Y  أرمينيا أذربيجان (one paragraph)
 *   a5 2024-02-05       X  روسيا
 * </pre>
 */
class AggregateJobTest {
    private static Path warehouse;

    @BeforeAll
    static void runPipeline() throws Exception {
        Path root = Files.createTempDirectory("akhbar-aggregate");
        Path dump = root.resolve("dump");
        Fixtures.write(dump.resolve("a1.txt"), page("2024-01-01", "قالت روسيا إنها تدعم أرمينيا في المفاوضات الجارية.",
                "وكالة إكس", "روسيا أرمينيا"));
        Fixtures.write(dump.resolve("a2.txt"), page("2024-01-02", "أكدت روسيا استعدادها للحوار.\nوقالت أذربيجان إنها ترحب بذلك.",
                "وكالة إكس", "روسيا أذربيجان"));
        Fixtures.write(dump.resolve("a3.txt"), page("2024-01-03", "قالت روسيا إنها تدعم أرمينيا في المفاوضات الجارية.",
                "وكالة واي", "روسيا أرمينيا"));
        Fixtures.write(dump.resolve("a4.txt"), page("2024-01-09", "التقى مسؤولون من أرمينيا وأذربيجان في جولة جديدة.",
                "وكالة واي", "أرمينيا أذربيجان"));
        Fixtures.write(dump.resolve("a5.txt"), page("2024-02-05", "أعلنت روسيا عن خطة جديدة.", "وكالة إكس", "روسيا"));
        warehouse = root.resolve("warehouse");
        SampleWarehouse.ingest(List.of(dump.toString()), warehouse, "fixture");
        new EnrichJob(SharedSpark.session())
                .run(new EnrichOptions(warehouse.toString(), null, false, false), "fixture-e");
        new AggregateJob(SharedSpark.session()).run(new AggregateOptions(warehouse.toString(),
                new Cooccurrence.Parameters(20, 1, 50), false), "fixture-a");
    }

    private static String page(String date, String body, String source, String tags) {
        return "تاريخ النشر: " + date + "\n" + body + "\nالمصدر: " + source + "\nكلمات دلالية: " + tags;
    }

    private static Dataset<Row> table(String name) {
        return SharedSpark.session().read().parquet(warehouse.resolve(name).toString());
    }

    private static Row pair(String period, String start, String window, String a, String b) {
        String when = start == null ? "period_start is null" : "period_start = date'" + start + "'";
        List<Row> rows = table("entity_cooccurrence").where("period_type = '" + period + "' and " + when
                + " and window_kind = '" + window + "' and entity_a = '" + a + "' and entity_b = '" + b + "'")
                .collectAsList();
        assertEquals(1, rows.size(), period + " " + start + " " + window + " " + a + " " + b);
        return rows.get(0);
    }

    @Test
    void monthOfArticles() {
        // January: 4 articles; russia in a1 a2 a3, armenia in a1 a3 a4; both in a1 a3.
        Row r = pair("month", "2024-01-01", "article", "country:am", "country:ru");
        assertEquals(2L, r.<Long>getAs("pair_count"));
        assertEquals(3L, r.<Long>getAs("count_a"));
        assertEquals(3L, r.<Long>getAs("count_b"));
        assertEquals(4L, r.<Long>getAs("n_windows"));
        assertEquals(-0.169925, r.<Double>getAs("npmi"), 1e-6);
        assertEquals(0.679596, r.<Double>getAs("g2"), 1e-6);
        // One vote per cluster {a1, a3}: 3 windows; russia 2, armenia 2, together 1.
        assertEquals(1L, r.<Long>getAs("pair_count_dedup"));
        assertEquals(3L, r.<Long>getAs("n_windows_dedup"));
        assertEquals(2L, r.<Long>getAs("count_b_dedup"));
    }

    @Test
    void paragraphWindowsAndAllTime() {
        // January paragraphs: a1, a2 p1, a2 p2, a3, a4 = 5 windows; russia and azerbaijan never share one.
        assertEquals(5L, pair("month", "2024-01-01", "paragraph", "country:am", "country:ru")
                .<Long>getAs("n_windows"));
        assertEquals(0, table("entity_cooccurrence").where("window_kind = 'paragraph' and entity_a = 'country:az'"
                + " and entity_b = 'country:ru'").count());
        // All time: 5 articles, russia in 4.
        Row all = pair("all", null, "article", "country:am", "country:ru");
        assertEquals(5L, all.<Long>getAs("n_windows"));
        assertEquals(4L, all.<Long>getAs("count_b"));
        // Week of Monday 2024-01-01: a1 a2 a3; russia in all three, so PMI is 0.
        Row week = pair("week", "2024-01-01", "article", "country:am", "country:ru");
        assertEquals(3L, week.<Long>getAs("n_windows"));
        assertEquals(0.0, week.<Double>getAs("npmi"), 1e-9);
    }

    @Test
    void exactDuplicatesFormOneCluster() {
        List<Row> dups = table("article_duplicates").collectAsList();
        assertEquals(2, dups.size());
        assertEquals(dups.get(0).<String>getAs("cluster_id"), dups.get(1).<String>getAs("cluster_id"));
        assertTrue(dups.stream().allMatch(r -> "exact".equals(r.getAs("method"))));
    }

    @Test
    void sourceCountsRawAndDeduplicated() {
        Row x = table("source_counts").where("period_type = 'month' and period_start = date'2024-01-01'"
                + " and role = 'publisher' and source_name = 'وكالة إكس'").first();
        assertEquals(2L, x.<Long>getAs("articles"));
        assertEquals(2L, x.<Long>getAs("articles_dedup"));
        assertEquals(0.5, x.<Double>getAs("share"), 1e-9);
        assertEquals(2.0 / 3, x.<Double>getAs("share_dedup"), 1e-9, "3 clusters in January");
        Row day = table("source_counts").where("period_type = 'day' and period_start = date'2024-01-03'").first();
        assertEquals("وكالة واي", day.<String>getAs("source_name"));
        assertEquals(1.0, day.<Double>getAs("share"), 1e-9);
    }

    @Test
    void tagFrequenciesWithRankTrendAndNewness() {
        Row january = table("tag_frequencies").where("period_type = 'month' and period_start = date'2024-01-01'"
                + " and tag = 'روسيا'").first();
        assertEquals(3L, january.<Long>getAs("articles"));
        assertEquals(2L, january.<Long>getAs("articles_dedup"));
        assertEquals(0.75, january.<Double>getAs("share"), 1e-9);
        assertEquals(1, january.<Integer>getAs("rank"));
        assertEquals(true, january.<Boolean>getAs("is_new"));
        Row february = table("tag_frequencies").where("period_type = 'month' and period_start = date'2024-02-01'"
                + " and tag = 'روسيا'").first();
        // Baseline = (3 + 0 + 0 + 0) / 4 = 0.75; (1 - 0.75) / sqrt(1.75) = 0.188982.
        assertEquals(0.188982, february.<Double>getAs("trend_score"), 1e-6);
        assertEquals(false, february.<Boolean>getAs("is_new"));
        assertEquals(2, table("tag_frequencies").where("period_type = 'month' and period_start = date'2024-01-01'"
                + " and tag = 'اذربيجان'").first().<Integer>getAs("rank"));
    }
}
