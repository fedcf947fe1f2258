package org.akhbar.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.akhbar.testing.Fixtures;
import org.akhbar.testing.SampleWarehouse;
import org.akhbar.testing.SharedSpark;
import org.akhbar.testing.WarehouseComparison;
import org.apache.commons.io.FileUtils;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Enrich after an increment gives the tables of a full enrich over the same articles, enriching only the new and
 * changed articles of the months that changed, and the whole months whose site trending box flags changed.
 * <pre>
 *   day one   j01..j20  2024-01-01..20  site موقع النهار, tags روسيا; j01..j05 also النشرة, which no text names
 *             f1        2024-02-03      the same site, tag روسيا
 *             a1        2024-04-02      tags إيران
 *             a0        2024-04-01      tags إيران (never changes: April's other article, kept when a1 changes)
 *   day two   m1..m5    2024-03-01..05  the same site, tag النشرة only
 *             a1        changed: another body, tags إيران روسيا
 *             f1        changed only by a line break that makes two paragraphs of one (its content_hash, over
 *                       the normalised body, stays the same)
 * </pre>
 * After day one النشرة is on 5 of the site's 21 tagged pages (0.24, under the box share 0.3); after day two on 10 of
 * 26 (0.38), none naming it: it becomes the site's trending box, so January's rows of it are flagged though no
 * January article changed (January is enriched whole, to learn each page's own flag again). On a third day nothing
 * changes and no month is enriched again. Then a0 changes and the run stops after committing article_entities; a0
 * returns to its old text before the next run, which must enrich April whole (its stored fingerprints, which would
 * call a0 unchanged, went first) and equal the full run again. Nothing is enriched either when the fingerprints of
 * an earlier version's warehouse are missing.
 */
@Tag("slow")
class EnrichIncrementTest {
    private static final Set<String> ENRICH_TABLES = Set.of("article_entities", "article_tags", "article_sources",
            "entities", "enriched_months", "enriched_articles", "tag_vocabulary", "site_tag_month_counts",
            "entity_month_counts");
    private static final String SITE = "موقع النهار";

    @TempDir
    Path tmp;

    @Test
    void anIncrementEnrichesOnlyChangedMonthsAndEqualsAFullRun() throws IOException {
        Path dump = tmp.resolve("dump");
        for (int day = 1; day <= 20; day++) {
            page(dump, String.format("j%02d.txt", day), SITE, String.format("2024-01-%02d", day),
                    "قال مسؤول إن روسيا تتابع الوضع عن كثب.", day <= 5 ? "روسيا، النشرة" : "روسيا");
        }
        page(dump, "f1.txt", SITE, "2024-02-03", "أكدت روسيا أن المحادثات مستمرة.", "روسيا");
        page(dump, "a1.txt", null, "2024-04-02", "قالت إيران إنها ترحب بالحوار.", "إيران");
        page(dump, "a0.txt", null, "2024-04-01", "رحبت إيران بالبيان.", "إيران");
        Path daily = tmp.resolve("daily");
        EnrichSummary first = ingestAndEnrich(dump, daily, "d1", false);
        assertEquals(23, first.articles());
        assertEquals("no earlier enrich", first.scope());
        assertEquals(0, siteBoxRows(daily), "النشرة on 5 of 21 pages is no trending box");

        for (int day = 1; day <= 5; day++) {
            page(dump, "m" + day + ".txt", SITE, "2024-03-0" + day, "أعلنت روسيا عن زيارة جديدة.", "النشرة");
        }
        page(dump, "a1.txt", null, "2024-04-02", "قالت إيران إنها ترحب بالحوار مع روسيا.", "إيران، روسيا");
        page(dump, "f1.txt", SITE, "2024-02-03", "أكدت روسيا\nأن المحادثات مستمرة.", "روسيا");
        EnrichSummary second = ingestAndEnrich(dump, daily, "d2", false);
        assertEquals("3 of 4 months new or changed, 1 more for site boxes", second.scope());
        assertEquals(5 + 1 + 1 + 20, second.articles(), "March, April's a1 (not a0), February, and January again");
        assertEquals(10, siteBoxRows(daily), "النشرة on 10 of 26 pages: the site's box, in January too");
        // Tags in their normal form: النشرة as النشره.
        assertEquals(List.of("[2024-01,null,20,null]", "[2024-01,النشره,5,5]", "[2024-01,روسيا,20,0]",
                "[2024-02,null,1,null]", "[2024-02,روسيا,1,0]", "[2024-03,null,5,null]", "[2024-03,النشره,5,5]"),
                SharedSpark.session().read().parquet(daily.resolve("site_tag_month_counts").toString())
                        .where("site = '" + SITE + "'").select("published_month", "tag", "pages",
                                "pages_without_text").collectAsList().stream().map(Row::toString).sorted().toList(),
                "the site's pages with tags and its tags' pages by month, kept for January");
        assertEquals(27L, SharedSpark.session().read().parquet(daily.resolve("entities").toString())
                .where("entity_id = 'country:ru'").first().<Long>getAs("articles"), "j01-j20, f1, m1-m5 and a1");

        Path full = tmp.resolve("full");
        ingestAndEnrich(dump, full, "f1", false);
        assertEquals(List.of(), WarehouseComparison.differences(SharedSpark.session(), full, daily, ENRICH_TABLES));

        EnrichSummary nothingNew = ingestAndEnrich(dump, daily, "d3", false);
        assertEquals("0 of 4 months new or changed", nothingNew.scope());
        assertEquals(0, nothingNew.articles());
        assertEquals(List.of(), WarehouseComparison.differences(SharedSpark.session(), full, daily, ENRICH_TABLES));

        // A run stops after committing April's new entities of a0; a0 then returns to its old text, whose stored
        // fingerprint must not vouch for the rows of the text in between.
        page(dump, "a0.txt", null, "2024-04-01", "رحبت روسيا بالبيان.", "روسيا");
        assertFalse(SampleWarehouse.ingest(List.of(dump.toString()), daily, "d4-i").refused());
        System.setProperty(org.akhbar.table.CrashTestHook.FAIL_PROPERTY, "article_tags");
        try {
            assertThrows(IllegalStateException.class, () -> new EnrichJob(SharedSpark.session())
                    .run(new EnrichOptions(daily.toString(), null, false, false, false), "d4-e"));
        } finally {
            System.clearProperty(org.akhbar.table.CrashTestHook.FAIL_PROPERTY);
        }
        page(dump, "a0.txt", null, "2024-04-01", "رحبت إيران بالبيان.", "إيران");
        EnrichSummary afterStop = ingestAndEnrich(dump, daily, "d5", false);
        assertEquals(2, afterStop.articles(), "April, left pending by the stopped run, is enriched whole");
        assertEquals(List.of(), WarehouseComparison.differences(SharedSpark.session(), full, daily, ENRICH_TABLES));

        for (String earlier : List.of("enriched_articles", "site_tag_month_counts", "entity_month_counts")) {
            FileUtils.deleteDirectory(daily.resolve(earlier).toFile());
        }
        EnrichSummary migrated = ingestAndEnrich(dump, daily, "d6", false);
        assertEquals(0, migrated.articles());
        assertEquals(List.of(), WarehouseComparison.differences(SharedSpark.session(), full, daily, ENRICH_TABLES),
                "the missing fingerprints and counts by month are written again");

        EnrichSummary forced = ingestAndEnrich(dump, daily, "d7", true);
        assertEquals("--full", forced.scope());
        assertEquals(28, forced.articles());
        assertEquals(List.of(), WarehouseComparison.differences(SharedSpark.session(), full, daily, ENRICH_TABLES));
    }

    @Test
    void aUserGazetteerWhoseTextChangesUnderTheSameNameIsAnotherEnricher() {
        org.akhbar.entity.Gazetteer bundled = org.akhbar.entity.Gazetteer.bundled();
        assertFalse(EnricherVersion.of(bundled, "a", 1, true).equals(EnricherVersion.of(bundled, "b", 1, true)));
        assertEquals(EnricherVersion.of(bundled, null, 1, true), EnricherVersion.of(bundled, null, 1, true));
        assertFalse(EnricherVersion.of(bundled, null, 1, true).equals(EnricherVersion.of(bundled, null, 2, true)));
    }

    @Test
    void anotherEnricherEnrichesEverything() {
        EnrichScope.MonthPrint print = new EnrichScope.MonthPrint(3, 42);
        EnrichScope scope = EnrichScope.of(java.util.Map.of("2024-01", print), java.util.Map.of("2024-01", print),
                "gazetteer 2|tags v1", "gazetteer 1|tags v1", false);
        assertTrue(scope.full());
        assertEquals("enriched before by gazetteer 1|tags v1, now by gazetteer 2|tags v1", scope.reason());
        EnrichScope same = EnrichScope.of(java.util.Map.of("2024-01", print), java.util.Map.of("2024-01", print,
                "2023-12", print), "gazetteer 1|tags v1", "gazetteer 1|tags v1", false);
        assertFalse(same.full());
        assertEquals(Set.of("2023-12"), same.rewritten(), "a month left without articles is emptied");
    }

    private static EnrichSummary ingestAndEnrich(Path dump, Path warehouse, String run, boolean full)
            throws IOException {
        assertFalse(SampleWarehouse.ingest(List.of(dump.toString()), warehouse, run + "-i").refused());
        return new EnrichJob(SharedSpark.session())
                .run(new EnrichOptions(warehouse.toString(), null, false, false, full), run + "-e");
    }

    private static long siteBoxRows(Path warehouse) {
        return SharedSpark.session().read().parquet(warehouse.resolve("article_tags").toString())
                .where("site_box").count();
    }

    private static void page(Path dump, String name, String site, String date, String body, String tags) {
        Fixtures.write(dump.resolve(name), (site == null ? "" : site + ":\n") + "تاريخ النشر: " + date + "\n" + body
                + "\nكلمات دلالية: " + tags);
    }
}
