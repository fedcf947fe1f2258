package org.akhbar.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.akhbar.testing.DeclaredVersion;
import org.akhbar.testing.SampleWarehouse;
import org.akhbar.testing.SharedSpark;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** The enrich tables of the sample run, checked against counts made by reading seed 000 and 004 by hand. */
class EnrichJobTest {
    private static final String SEED_000 = "17607359cb03bde0c0421539f7e6ca24";
    private static final String SEED_004 = "92e0267b229b71314284201928a72214";

    private static Dataset<Row> table(String name) {
        Path warehouse = SampleWarehouse.path();
        return SharedSpark.session().read().parquet(warehouse.resolve(name).toString());
    }

    @Test
    void azerbaijanInSeed000() {
        // Title (segment 0): وأذربيجان; paragraph 1: وأذربيجان, أذربيجان; 2: أذربيجان; 9: أذربيجان; 10: #أذربيجان.
        Row r = table("article_entities").where("article_id = '" + SEED_000 + "' and entity_id = 'country:az'")
                .first();
        assertEquals(6, r.<Integer>getAs("mentions"));
        assertEquals(true, r.<Boolean>getAs("in_title"));
        assertEquals("name", r.<String>getAs("mention_kind"));
        assertEquals(List.of(0, 1, 2, 9, 10), r.getList(r.fieldIndex("paragraphs")));
        assertEquals(List.of("وأذربيجان", "أذربيجان"), r.getList(r.fieldIndex("surface_forms")));
        assertEquals("2023-09", r.<String>getAs("published_month"));
    }

    @Test
    void seed000TagsWithTheTrendingBoxFlagged() {
        Dataset<Row> tags = table("article_tags").where("article_id = '" + SEED_000 + "'");
        assertEquals(11, tags.count());
        assertEquals(8, tags.where("site_box").count());
        assertEquals(List.of("روسيا", "أرمينيا", "أذربيجان"), tags.where("not site_box").orderBy("position")
                .select("tag_raw").as(org.apache.spark.sql.Encoders.STRING()).collectAsList());
        assertEquals(1, tags.select("vocabulary_version").distinct().first().getInt(0));
    }

    @Test
    void seed004SourcesWithRoles() {
        List<Row> sources = table("article_sources").where("article_id = '" + SEED_004 + "'").orderBy("position")
                .select("role", "source_id", "source_name", "raw_name").collectAsList();
        assertEquals(2, sources.size());
        assertEquals("[publisher,org:rt,روسيا اليوم,RT Arabic]", sources.get(0).toString());
        assertEquals("[original,org:ria-novosti,ريا نوفوستي,نوفوستي]", sources.get(1).toString());
    }

    @Test
    void entitiesTableHoldsTheGazetteer() {
        Row az = table("entities").where("entity_id = 'country:az'").first();
        assertEquals("أذربيجان", az.<String>getAs("name_ar"));
        assertEquals("Azerbaijan", az.<String>getAs("name_en"));
        assertEquals("AZ", az.<String>getAs("country_code"));
        assertTrue(table("entities").where("type = 'PERSON'").count() >= 300);
        assertTrue(table("entities").where("subtype = 'country'").count() >= 240, "every ISO country");
    }

    @Test
    void enrichRecordsItsRun() {
        Row run = table("runs").where("command = 'enrich'").first();
        assertEquals((long) SampleWarehouse.enrichSummary().articles(), run.<Long>getAs("articles"));
        assertTrue(run.getJavaMap(run.fieldIndex("parameters")).containsKey("gazetteer_version"));
        assertEquals(DeclaredVersion.read(), run.<String>getAs("version"));
    }
}
