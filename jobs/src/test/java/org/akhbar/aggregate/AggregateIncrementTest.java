package org.akhbar.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.akhbar.dump.ArticleIds;
import org.akhbar.enrich.EnrichJob;
import org.akhbar.enrich.EnrichOptions;
import org.akhbar.testing.Fixtures;
import org.akhbar.testing.PartitionFiles;
import org.akhbar.testing.SampleWarehouse;
import org.akhbar.testing.SharedSpark;
import org.apache.commons.io.FileUtils;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A daily run over a grown warehouse gives the same tables as a full run over the same dumps, a run over tables
 * unchanged since the last aggregate recomputes nothing unless told to, and no table of an earlier version is left
 * behind.
 * <pre>
 *   day one   a1 2024-01-01  روسيا أرمينيا          a2 2024-01-02  روسيا, أذربيجان
 *             a4 2024-01-09  أرمينيا أذربيجان       a5 2024-02-05  روسيا
 *             a6 2024-01-16  إيران روسيا            a7 2024-01-17  إيران أرمينيا
 *             g1, g2, g3 2024-02-06, 07, 08  روسيا أرمينيا: a pair of support 3 in their week (of 5 February)
 *             f1, f2, f3 2024-02-12, 13, 14  روسيا أرمينيا: support 3 in their week; with g1-g3, 6 in February
 *             h1 2024-08-20  no entity, the first article tagged زلزال
 *   day two   b1 2024-03-04  إيران روسيا            b4 2024-03-05  إيران روسيا
 *             b2 2024-01-10  a4's body again, under a name whose article id sorts before a4's: the cluster's
 *                            representative moves from a4 (Jan 9) to b2 (Jan 10); tagged زلزال too
 *             b3 undated     روسيا أرمينيا
 *             f4 2024-02-15  روسيا أرمينيا: the pair's fourth article of its week, seventh of February
 * </pre>
 * إيران is in two articles after day one, below the minimum support of 3, so none of its pairs are counted; b1
 * makes it pairable, and إيران–روسيا (a6, b1, b4) reaches support 3 in all time. أذربيجان reaches 3 too (a2, a4,
 * b2). So day two changes the co-occurrence counts of 2 January (a2), 9 and 10 January (a4 gives b2 its
 * representative's vote), 16 and 17 January (a6, a7), 15 February (f4), 4 and 5 March (b1, b4) and the undated rows
 * (b3): the weeks of 1, 8 and 15 January, 12 February and 4 March, the three months and all time are scored again
 * (1 January's counts are unchanged, but its week holds 2 January). The week of 5 February (a5, g1-g3) keeps the
 * rows of day one; the week of 12 February is scored again with the pair in 4 articles. The duplicate finder compares
 * the five articles of day two again (b2 with the articles of 7 to 13 January, a4 among them) and keeps the stored
 * links of day one; a4's row in duplicate_links gains its link to b2. The same nine days are the ones whose inputs
 * changed (day_inputs), so they alone are counted again: 9 and 10 January through the cluster of a4 and b2, the
 * days of a2, a6 and a7 through an entity that became pairable, the others by their new articles. The tag periods
 * counted again are those of these days and the four after each, up to July; b2 makes 10 January the first day,
 * week and month of زلزال, so h1's rows of August, counted as they were, are no longer new and August is written
 * again.
 */
@Tag("slow")
class AggregateIncrementTest {
    private static final List<String> COMPARED = List.of("article_duplicates", "duplicate_links", "source_counts",
            "tag_frequencies",
            "entity_cooccurrence", "day_counts", "cooccurrence_day_counts");

    @TempDir
    Path tmp;

    @Test
    void dailyIncrementEqualsFullRecomputation() throws IOException {
        Path dump = tmp.resolve("dump");
        writeDayOne(dump);
        Path daily = tmp.resolve("daily");
        pipeline(dump, daily, "d1");

        Map<String, Set<String>> printsBefore = PartitionFiles.of(daily.resolve("day_inputs"));
        String b2 = nameSortingBefore("a4.txt");
        writeDayTwo(dump, b2);
        pipeline(dump, daily, "d2");
        Map<String, Set<String>> printsAfter = PartitionFiles.of(daily.resolve("day_inputs"));
        assertEquals(Set.of("published_month=2024-01", "published_month=2024-02", "published_month=2024-08"),
                printsBefore.keySet());
        assertEquals(printsBefore.get("published_month=2024-08"), printsAfter.get("published_month=2024-08"),
                "August's prints (h1) are kept in their file");
        assertNotEquals(printsBefore.get("published_month=2024-01"), printsAfter.get("published_month=2024-01"),
                "January holds recounted days");
        assertTrue(printsAfter.containsKey("published_month=unknown"), "b3, undated");

        scala.collection.Map<String, String> parameters = SharedSpark.session().read().parquet(daily.resolve("runs")
                .toString()).where("run_id = 'd2-a'").first().getAs("parameters");
        assertEquals("9 days", parameters.apply("recounted_days"), "2, 9, 10, 16, 17 January, 15 February, 4 and 5"
                + " March, undated");
        assertEquals("all time, 5 weeks, 3 months", parameters.apply("rescored_cooccurrence_periods"));
        assertEquals("5 articles new, changed or gone", parameters.apply("compared_for_duplicates"), "b1-b4, f4");
        assertEquals("[[" + ArticleIds.of(b2, 0) + ",1.0]]", SharedSpark.session().read()
                .parquet(daily.resolve("duplicate_links").toString())
                .where("article_id = '" + ArticleIds.of("a4.txt", 0) + "'").first().getList(3).toString(),
                "a4 of day one is linked to b2 of day two, its copy a day later");

        Dataset<Row> cooccurrence = SharedSpark.session().read().parquet(daily.resolve("entity_cooccurrence")
                .toString()).where("window_kind = 'article' and entity_a = 'country:am' and entity_b = 'country:ru'");
        assertEquals(3L, cooccurrence.where("period_type = 'week' and period_start = date'2024-02-05'").first()
                .<Long>getAs("pair_count"), "g1-g3, kept from day one");
        assertEquals(4L, cooccurrence.where("period_type = 'week' and period_start = date'2024-02-12'").first()
                .<Long>getAs("pair_count"), "f1-f4, scored again");
        assertEquals(7L, cooccurrence.where("period_type = 'month' and period_start = date'2024-02-01'").first()
                .<Long>getAs("pair_count"), "g1-g3 and f1-f4, scored again");

        assertEquals(List.of("[day,2024-01-10,true]", "[day,2024-08-20,false]", "[month,2024-01-01,true]",
                "[month,2024-08-01,false]"), SharedSpark.session().read().parquet(daily.resolve("tag_frequencies")
                .toString()).where("tag = 'زلزال' and period_type <> 'week'").select("period_type", "period_start",
                "is_new").collectAsList().stream().map(Row::toString).sorted().toList(), "b2 is first, h1 no more");

        Path full = tmp.resolve("full");
        pipeline(dump, full, "f1");
        for (String table : COMPARED) {
            assertEquals(rows(full, table), rows(daily, table), table);
        }
        Row iranRussia = SharedSpark.session().read().parquet(daily.resolve("entity_cooccurrence").toString())
                .where("period_type = 'all' and window_kind = 'article' and entity_a = 'country:ir'"
                        + " and entity_b = 'country:ru'").first();
        assertEquals(3L, iranRussia.<Long>getAs("pair_count"), "a6, b1, b4");

        Path moved = tmp.resolve("moved");
        FileUtils.copyDirectory(daily.toFile(), moved.toFile(), false);
        assertEquals("d2-a", aggregate(moved, "m1").unchangedSince(),
                "a warehouse copied elsewhere, its files with new times, keeps its digests");

        AggregateSummary again = aggregate(daily, "d4");
        assertEquals("d2-a", again.unchangedSince(), "nothing read has changed since d2's aggregate: " + again.line());
        assertEquals("unchanged", SharedSpark.session().read().parquet(daily.resolve("runs").toString())
                .where("run_id = 'd4-a'").first().<String>getAs("status"));
        assertNull(new AggregateJob(SharedSpark.session()).run(new AggregateOptions(daily.toString(),
                Cooccurrence.Parameters.defaults(), false, true), "d5-a").unchangedSince(), "--full recomputes");
        for (String table : COMPARED) {
            assertEquals(rows(full, table), rows(daily, table), table + " after runs with nothing new");
        }
        // A dump file touched, not changed: ingest reads it again and rewrites its month, but no day's inputs move.
        Path touched = dump.resolve("a1.txt");
        Files.setLastModifiedTime(touched, FileTime.fromMillis(Files.getLastModifiedTime(touched).toMillis() + 5000));
        pipeline(dump, daily, "d7");
        assertEquals("0 days", SharedSpark.session().read().parquet(daily.resolve("runs").toString())
                .where("run_id = 'd7-a'").first().<scala.collection.Map<String, String>>getAs("parameters")
                .apply("recounted_days"));
        for (String table : COMPARED) {
            assertEquals(rows(full, table), rows(daily, table), table + " after a file read again unchanged");
        }
        // A run that died half-way has replaced some tables since the last committed run: the next recomputes.
        rewrite(daily.resolve("source_counts"));
        assertNull(aggregate(daily, "d6").unchangedSince(), "a table was rewritten since the last aggregate");

        // A warehouse of 0.2.0 holds the month counts and fingerprints that the day counts replace, and
        // entity_cooccurrence of 0.1.0 names window_kind window.
        Path retired = daily.resolve("cooccurrence_month_counts");
        FileUtils.copyDirectory(daily.resolve("cooccurrence_day_counts").toFile(), retired.toFile());
        writeWithOldColumnName(daily.resolve("entity_cooccurrence"));
        assertNull(aggregate(daily, "d3").unchangedSince(), "tables of an earlier version are recomputed");
        for (String table : COMPARED) {
            assertEquals(rows(full, table), rows(daily, table), table + " after a run with nothing new");
        }
        assertFalse(Files.exists(retired), "a retired table is removed, not left to be read stale");
    }

    /** The table's rows written again, as another run would: new files, same rows. */
    private static void rewrite(Path table) throws IOException {
        Path copy = table.resolveSibling(table.getFileName() + "-again");
        SharedSpark.session().read().parquet(table.toString()).write().parquet(copy.toString());
        FileUtils.deleteDirectory(table.toFile());
        Files.move(copy, table);
    }

    private static void writeWithOldColumnName(Path table) throws IOException {
        Path old = table.resolveSibling(table.getFileName() + "-0.1.0");
        SharedSpark.session().read().parquet(table.toString()).withColumnRenamed("window_kind", "window")
                .write().parquet(old.toString());
        FileUtils.deleteDirectory(table.toFile());
        Files.move(old, table);
    }

    private static void writeDayOne(Path dump) {
        page(dump, "a1.txt", "2024-01-01", "قالت روسيا إنها تدعم أرمينيا في المفاوضات الجارية.", "روسيا أرمينيا");
        page(dump, "a2.txt", "2024-01-02", "أكدت روسيا استعدادها للحوار.\nوقالت أذربيجان إنها ترحب بذلك.",
                "روسيا أذربيجان");
        page(dump, "a4.txt", "2024-01-09", "التقى مسؤولون من أرمينيا وأذربيجان في جولة جديدة.", "أرمينيا أذربيجان");
        page(dump, "a5.txt", "2024-02-05", "أعلنت روسيا عن خطة جديدة.", "روسيا");
        page(dump, "a6.txt", "2024-01-16", "قالت إيران إنها تتابع المحادثات مع روسيا عن كثب.", "إيران روسيا");
        page(dump, "a7.txt", "2024-01-17", "رحبت إيران بزيارة وزير خارجية أرمينيا إلى طهران.", "إيران أرمينيا");
        page(dump, "f1.txt", "2024-02-12", "بحث وزير خارجية روسيا مع نظيره من أرمينيا ملف الحدود.", "روسيا أرمينيا");
        page(dump, "f2.txt", "2024-02-13", "وقعت روسيا مع أرمينيا اتفاقا لتوريد الحبوب هذا العام.", "روسيا أرمينيا");
        page(dump, "f3.txt", "2024-02-14", "انتقدت أرمينيا تأخر روسيا في تسليم شحنات الوقود.", "روسيا أرمينيا");
        page(dump, "g1.txt", "2024-02-06", "استقبلت روسيا رئيس وزراء أرمينيا في موسكو.", "روسيا أرمينيا");
        page(dump, "g2.txt", "2024-02-07", "ناقشت أرمينيا مع روسيا مشروع سكة الحديد.", "روسيا أرمينيا");
        page(dump, "g3.txt", "2024-02-08", "أرسلت روسيا مساعدات طبية إلى أرمينيا بعد الزلزال.", "روسيا أرمينيا");
        page(dump, "h1.txt", "2024-08-20", "ضرب زلزال قوي المنطقة الجبلية ليلا.", "زلزال");
    }

    private static void writeDayTwo(Path dump, String b2) {
        page(dump, "b1.txt", "2024-03-04", "أعلنت إيران وروسيا عن اتفاق جديد للتعاون.", "إيران روسيا");
        page(dump, "b4.txt", "2024-03-05", "وصل وفد من إيران إلى روسيا لبحث الاتفاق.", "إيران روسيا");
        page(dump, b2, "2024-01-10", "التقى مسؤولون من أرمينيا وأذربيجان في جولة جديدة.",
                "أرمينيا أذربيجان زلزال");
        page(dump, "f4.txt", "2024-02-15", "دعت أرمينيا روسيا إلى احترام اتفاق وقف النار.", "روسيا أرمينيا");
        Fixtures.write(dump.resolve("b3.txt"), "قالت روسيا إنها تدعم أرمينيا في المحادثات.\nالمصدر: وكالة إكس");
    }

    private static void page(Path dump, String name, String date, String body, String tags) {
        Fixtures.write(dump.resolve(name), "تاريخ النشر: " + date + "\n" + body + "\nالمصدر: وكالة إكس\nكلمات دلالية: "
                + tags);
    }

    /** A file name for b2 whose article id sorts before that of {@code other}, so b2 becomes the representative. */
    private static String nameSortingBefore(String other) {
        String target = ArticleIds.of(other, 0);
        for (int i = 0; ; i++) {
            String name = "b2-" + i + ".txt";
            if (ArticleIds.of(name, 0).compareTo(target) < 0) {
                return name;
            }
        }
    }

    private static void pipeline(Path dump, Path warehouse, String run) throws IOException {
        assertTrue(!SampleWarehouse.ingest(List.of(dump.toString()), warehouse, run + "-i").refused());
        new EnrichJob(SharedSpark.session())
                .run(new EnrichOptions(warehouse.toString(), null, false, false), run + "-e");
        aggregate(warehouse, run);
    }

    private static AggregateSummary aggregate(Path warehouse, String run) throws IOException {
        return new AggregateJob(SharedSpark.session()).run(new AggregateOptions(warehouse.toString(),
                Cooccurrence.Parameters.defaults(), false), run + "-a");
    }

    private static List<String> rows(Path warehouse, String table) {
        return SharedSpark.session().read().parquet(warehouse.resolve(table).toString()).collectAsList().stream()
                .map(Row::toString).sorted().toList();
    }
}
