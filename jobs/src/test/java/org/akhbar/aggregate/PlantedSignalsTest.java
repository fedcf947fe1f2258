package org.akhbar.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.akhbar.arabic.TextNormalizer;
import org.akhbar.enrich.EnrichJob;
import org.akhbar.enrich.EnrichOptions;
import org.akhbar.generate.CorpusGenerator;
import org.akhbar.generate.DumpFormat;
import org.akhbar.generate.GeneratedDump;
import org.akhbar.generate.GeneratorSettings;
import org.akhbar.testing.SampleWarehouse;
import org.akhbar.testing.SharedSpark;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What the generator plants (its _planted.json), the whole pipeline finds again. */
@Tag("slow")
class PlantedSignalsTest {
    private static Path warehouse;
    private static JsonNode planted;
    private static Path dump;

    @BeforeAll
    static void generateAndRun() throws Exception {
        Path root = Files.createTempDirectory("akhbar-planted");
        dump = root.resolve("dump");
        new CorpusGenerator(new GeneratorSettings(800, dump, 7, DumpFormat.FILES, LocalDate.of(2023, 1, 1), 13, 0.01))
                .run();
        planted = new ObjectMapper().readTree(dump.resolve("_planted.json").toFile());
        warehouse = root.resolve("warehouse");
        SampleWarehouse.ingest(List.of(dump.toString()), warehouse, "planted");
        new EnrichJob(SharedSpark.session())
                .run(new EnrichOptions(warehouse.toString(), null, false, true), "planted-e");
        new AggregateJob(SharedSpark.session()).run(new AggregateOptions(warehouse.toString(),
                Cooccurrence.Parameters.defaults(), false), "planted-a");
    }

    private static Dataset<Row> table(String name) {
        return SharedSpark.session().read().parquet(warehouse.resolve(name).toString());
    }

    @Test
    void plantedPairsAreStronglyAssociatedInTheirMonths() {
        for (JsonNode pair : planted.get("cooccurringPairs")) {
            String a = pair.get("entities").get(0).asText();
            String b = pair.get("entities").get(1).asText();
            String first = a.compareTo(b) < 0 ? a : b;
            String second = a.compareTo(b) < 0 ? b : a;
            for (JsonNode month : pair.get("months")) {
                List<Row> rows = table("entity_cooccurrence").where("period_type = 'month' and window_kind = 'article'"
                        + " and period_start = date'" + month.asText() + "-01' and entity_a = '" + first
                        + "' and entity_b = '" + second + "'").collectAsList();
                assertEquals(1, rows.size(), first + " + " + second + " in " + month);
                assertTrue(rows.get(0).<Double>getAs("npmi") > 0.5, "NPMI " + rows.get(0).getAs("npmi"));
            }
        }
    }

    @Test
    void risingTagsTrendUpAndTheNewTagIsNew() {
        for (JsonNode rising : planted.get("risingTags")) {
            String tag = TextNormalizer.normalize(rising.get("tag").asText());
            String lastMonth = last(rising.get("shareByMonth"));
            Row r = table("tag_frequencies").where("period_type = 'month' and period_start = date'" + lastMonth
                    + "-01' and tag = '" + tag + "'").first();
            assertTrue(r.<Double>getAs("trend_score") > 1, tag + " trend " + r.getAs("trend_score"));
        }
        JsonNode fresh = planted.get("newTag");
        Row r = table("tag_frequencies").where("period_type = 'month' and period_start = date'"
                + fresh.get("month").asText() + "-01' and tag = '"
                + TextNormalizer.normalize(fresh.get("tag").asText()) + "'").first();
        assertEquals(true, r.<Boolean>getAs("is_new"));
    }

    @Test
    void reprintsAreClusteredAndSameTopicStoriesAreNot() {
        Map<String, String> clusterOfFile = new HashMap<>();
        for (Row r : table("article_duplicates").join(table("articles").select("article_id", "source_file"),
                "article_id").select("source_file", "cluster_id").collectAsList()) {
            clusterOfFile.put(pagePath(r.getString(0)), r.getString(1));
        }
        java.util.Set<String> dated = new java.util.HashSet<>();
        for (Row r : table("articles").where("date_source = 'published'").select("source_file").collectAsList()) {
            dated.add(pagePath(r.getString(0)));
        }
        int found = 0;
        int reprints = 0;
        for (JsonNode pair : planted.get("reprints")) {
            if (!dated.contains(pair.get("original").asText()) || !dated.contains(pair.get("reprint").asText())) {
                continue; // near copies are only sought among articles whose pages give their publication date
            }
            reprints++;
            String original = clusterOfFile.get(pair.get("original").asText());
            if (original != null && original.equals(clusterOfFile.get(pair.get("reprint").asText()))) {
                found++;
            }
        }
        assertTrue(reprints >= 50, reprints + " dated reprint pairs");
        assertTrue(found >= reprints * 0.95, found + " of " + reprints + " dated reprints clustered");
        for (JsonNode pair : planted.get("sameTopicDifferentStories")) {
            String first = clusterOfFile.get(pair.get("first").asText());
            assertTrue(first == null || !first.equals(clusterOfFile.get(pair.get("second").asText())),
                    "different stories merged: " + pair);
        }
    }

    /**
     * Each planted reprint (another site, 0 to 3 days and up to two hours after its original) flows from its
     * original in story_flows with the planted days as its delay, give or take the hours of the day. The only other
     * case is a reprint of the same day whose original's page gives its date alone: then the reprint's time of day
     * shows it out first, and the flow runs the other way with a delay of 0.
     */
    @Test
    void reprintsFlowFromTheirOriginalsWithThePlantedDelay() {
        Map<String, String> idOfFile = new HashMap<>();
        java.util.Set<String> dated = new java.util.HashSet<>();
        java.util.Set<String> dateAlone = new java.util.HashSet<>();
        for (Row r : table("articles").select("article_id", "source_file", "date_source", "published_at")
                .collectAsList()) {
            idOfFile.put(pagePath(r.getString(1)), r.getString(0));
            if ("published".equals(r.getString(2))) {
                dated.add(pagePath(r.getString(1)));
                if (((java.time.Instant) r.get(3)).getEpochSecond() % 86_400 == 0) {
                    dateAlone.add(pagePath(r.getString(1)));
                }
            }
        }
        Map<String, Long> delayOfFlow = new HashMap<>();
        for (Row r : table("story_flows").where("first_outlet_kind = 'crawled'")
                .select("first_article_id", "article_id", "delay_minutes")
                .collectAsList()) {
            delayOfFlow.put(r.getString(0) + " " + r.getString(1), r.getLong(2));
        }
        int reprints = 0;
        int recovered = 0;
        for (JsonNode pair : planted.get("reprints")) {
            String original = pair.get("original").asText();
            String reprint = pair.get("reprint").asText();
            if (!dated.contains(original) || !dated.contains(reprint)) {
                continue;
            }
            reprints++;
            Long delay = delayOfFlow.get(idOfFile.get(original) + " " + idOfFile.get(reprint));
            long days = pair.get("daysLater").asLong();
            if (delay != null) {
                assertTrue(delay > (days - 1) * 1440 && delay < (days + 1) * 1440, delay + " min for " + pair);
                recovered++;
            } else {
                assertEquals(0, days, "not recovered: " + pair);
                assertTrue(dateAlone.contains(original), "not recovered: " + pair);
                assertEquals(0L, delayOfFlow.get(idOfFile.get(reprint) + " " + idOfFile.get(original)), pair.toString());
            }
        }
        assertTrue(reprints >= 50, reprints + " dated reprint pairs");
        assertTrue(recovered >= reprints * 0.9, recovered + " of " + reprints + " dated reprints recovered");
    }

    /**
     * Every generated page is published by a test site ('موقع تجريبي N', its last source line) and credits real
     * outlets in its earlier source lines, none of which publishes a page: the crawled origins are test sites, the
     * credited ones real outlets, and reprints crediting them give credited flows.
     */
    @Test
    void creditedOriginsAreTheSourcesNoGeneratedPagePublishes() {
        String testSite = "first_outlet_name LIKE 'موقع تجريبي %'";
        Dataset<Row> flows = table("story_flows");
        assertTrue(flows.where("first_outlet_kind = 'credited'").count() > 0, "no credited flow");
        assertEquals(0, flows.where("first_outlet_kind = 'credited' AND " + testSite).count());
        assertEquals(0, flows.where("first_outlet_kind = 'crawled' AND NOT " + testSite).count());
    }

    /**
     * The people no gazetteer lists that stories name (ids of the generator's intended log, made from their full
     * names) are found by the learned tagger in most of those articles with the same id, and co-occur.
     */
    @Test
    void unlistedPeopleAreLearnedWithTheIdsOfTheirFullNames() throws Exception {
        Map<String, java.util.Set<String>> foundByFile = new HashMap<>();
        for (Row r : table("article_entities").where("mention_kind = 'learned'")
                .join(table("articles").select("article_id", "source_file"), "article_id")
                .select("source_file", "entity_id").collectAsList()) {
            foundByFile.computeIfAbsent(pagePath(r.getString(0)), k -> new java.util.HashSet<>()).add(r.getString(1));
        }
        int named = 0;
        int found = 0;
        for (JsonNode page : GeneratedDump.intended(dump)) {
            for (JsonNode id : page.get("entities")) {
                if (id.asText().startsWith("person:learned-")) {
                    named++;
                    if (foundByFile.getOrDefault(page.get("location").asText(), java.util.Set.of())
                            .contains(id.asText())) {
                        found++;
                    }
                }
            }
        }
        assertTrue(named >= 300, named + " articles name an unlisted person");
        // Names whose surname is also a word (سامر الخطيب: the preacher) are often cut to the given name.
        assertTrue(found >= named * 0.5, found + " of " + named + " unlisted people found with their ids");
        assertTrue(table("entity_cooccurrence").where("entity_a like 'person:learned-%'"
                + " or entity_b like 'person:learned-%'").count() > 0, "learned people co-occur");
    }

    private static String pagePath(String sourceFile) {
        return sourceFile.substring(sourceFile.indexOf("pages/"));
    }

    private static String last(JsonNode shareByMonth) {
        String last = null;
        for (var it = shareByMonth.fieldNames(); it.hasNext(); ) {
            String month = it.next();
            last = last == null || month.compareTo(last) > 0 ? month : last;
        }
        return last;
    }
}
