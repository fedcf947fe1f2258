package org.akhbar.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.akhbar.article.Article;
import org.akhbar.article.ArticleParser;
import org.akhbar.article.ParsedPage;
import org.akhbar.entity.Gazetteer;
import org.akhbar.source.ArticleSource;
import org.akhbar.tag.Tag;
import org.akhbar.tag.TagSplitter;
import org.akhbar.testing.Seeds;
import org.junit.jupiter.api.Test;

/** Entities, tags and sources of the five seeds, as the format notes give them and as read by hand. */
class SeedEnrichmentTest {
    private static final Gazetteer GAZETTEER = Gazetteer.bundled();
    private static final ArticleEnricher ENRICHER = new ArticleEnricher(GAZETTEER,
            new TagSplitter(ArticleEnricher.units(GAZETTEER, TagVocabularyFiles.curated())), true);

    private static Enrichment enrich(String seed) {
        Article a = ((ParsedPage.Parsed) new ArticleParser().parse(Seeds.text(seed))).article();
        return ENRICHER.enrich(a.title(), a.paragraphs(), a.site(), a.sources(), a.tagsRaw());
    }

    private static Set<String> entityIds(Enrichment e) {
        return e.entities().stream().map(ArticleEntity::entityId).collect(Collectors.toSet());
    }

    private static List<String> tags(Enrichment e, boolean siteBox) {
        return e.tags().stream().filter(t -> t.siteBox() == siteBox).map(Tag::raw).toList();
    }

    private static List<String> sources(Enrichment e) {
        return e.sources().stream().map(s -> s.role() + ":" + s.sourceId()).toList();
    }

    @Test
    void seed000() {
        Enrichment e = enrich(Seeds.S000);
        assertTrue(entityIds(e).containsAll(Set.of("country:ru", "country:am", "country:az", "person:dmitry-peskov",
                "person:nikol-pashinyan", "org:kremlin", "region:nagorno-karabakh", "region:south-caucasus",
                "city:yerevan", "city:baku", "country:us", "org:reuters", "org:armenpress")), entityIds(e).toString());
        for (String appendedOnly : List.of("person:vladimir-putin", "person:mohammed-shia-al-sudani", "country:iq",
                "country:sd", "org:opec")) {
            assertFalse(entityIds(e).contains(appendedOnly), appendedOnly + " is only in the appended article");
        }
        assertEquals(List.of("روسيا", "أرمينيا", "أذربيجان"), tags(e, false));
        assertEquals(List.of("التغير المناخي", "محاكمة ترامب", "أحداث السودان", "النيجر", "مانشستر سيتي",
                "الحرب الأوكرانية", "عام الاستدامة", "الملف النووي الإيراني"), tags(e, true));
        assertEquals(List.of("publisher:org:24-ae", "cited:org:armenpress", "cited:org:reuters"), sources(e));
        ArticleEntity azerbaijan = e.entities().stream().filter(x -> x.entityId().equals("country:az")).findFirst()
                .orElseThrow();
        assertTrue(azerbaijan.inTitle());
        assertEquals("name", azerbaijan.mentionKind());
        assertTrue(azerbaijan.surfaceForms().contains("وأذربيجان"), azerbaijan.surfaceForms().toString());
    }

    @Test
    void seed001() {
        Enrichment e = enrich(Seeds.S001);
        assertTrue(entityIds(e).containsAll(Set.of("country:ru", "country:am", "country:az", "person:dmitry-peskov",
                "org:kremlin", "city:baku", "city:yerevan", "region:nagorno-karabakh", "org:tass",
                "org:middle-east-news-agency")), entityIds(e).toString());
        assertFalse(entityIds(e).contains("person:hakan-fidan"));
        assertFalse(entityIds(e).contains("country:iq"));
        assertEquals(List.of("موسكو", "ندعم", "رغبة", "باكو", "ويريفان", "إبرام", "معاهدة", "السلام"), tags(e, false),
                "the tag line repeats the title's words: no split beyond single words");
        assertEquals(List.of("publisher:org:al-wafd", "cited:org:middle-east-news-agency", "cited:org:tass"),
                sources(e));
    }

    @Test
    void seed002() {
        Enrichment e = enrich(Seeds.S002);
        assertTrue(entityIds(e).containsAll(Set.of("person:mikhail-galuzin", "country:ru", "country:am",
                "country:az", "country:kz", "city:moscow", "city:baku", "city:yerevan", "org:tass")),
                entityIds(e).toString());
        assertFalse(entityIds(e).contains("country:tr"), "Turkey is only in the related headline");
        assertFalse(entityIds(e).contains("city:jeddah"), "Jeddah is only in the appended article");
        assertEquals(List.of("روسيا", "أرمينيا", "أذربيجان", "وزير الخارجية الروسي", "القوقاز", "أرمينيا وأذربيجان",
                "موسكو"), tags(e, false));
        assertEquals(List.of("publisher:org:al-wafd", "cited:org:tass"), sources(e));
    }

    @Test
    void seed003() {
        Enrichment e = enrich(Seeds.S003);
        assertTrue(entityIds(e).containsAll(Set.of("person:dmitry-peskov", "org:kremlin", "country:ru", "country:am",
                "country:az", "region:nagorno-karabakh", "city:moscow", "person:nikol-pashinyan")),
                entityIds(e).toString());
        assertFalse(entityIds(e).contains("person:emmanuel-macron"));
        List<String> own = tags(e, false);
        assertTrue(own.containsAll(List.of("دميتري بيسكوف", "قوات حفظ السلام الروسية", "اقليم كاراباخ",
                "القوات الاذرية", "القوات الارمينية", "القوات الاذربيجانية")), own.toString());
        assertFalse(own.stream().anyMatch(t -> t.contains("فی")), "the trailing fragment is not a tag: " + own);
        assertEquals(List.of("publisher:org:al-osboa"), sources(e));
    }

    @Test
    void seed004() {
        Enrichment e = enrich(Seeds.S004);
        assertTrue(entityIds(e).containsAll(Set.of("person:dmitry-peskov", "org:kremlin", "city:moscow", "city:baku",
                "city:yerevan", "country:ru", "country:am", "country:az", "region:nagorno-karabakh")),
                entityIds(e).toString());
        assertFalse(entityIds(e).contains("person:elon-musk"));
        assertEquals(List.of("كورونا", "الكرملين", "باكو", "دميتري بيسكوف", "يريفان"), tags(e, false));
        assertEquals(List.of("publisher:org:rt", "original:org:ria-novosti"), sources(e));
        ArticleSource publisher = e.sources().get(0);
        assertEquals("RT Arabic", publisher.raw());
        assertEquals("روسيا اليوم", publisher.name());
    }
}
