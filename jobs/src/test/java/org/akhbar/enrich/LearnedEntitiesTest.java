package org.akhbar.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.akhbar.entity.Gazetteer;
import org.akhbar.tag.TagSplitter;
import org.junit.jupiter.api.Test;

/**
 * A hand-written article naming two people and a Tunisian governorate (Kasserine) in no gazetteer list, enriched
 * with the learned tagger on.
 */
class LearnedEntitiesTest {
    private static ArticleEnricher learnedEnricher() {
        Gazetteer gazetteer = Gazetteer.bundled();
        return new ArticleEnricher(gazetteer,
                new TagSplitter(ArticleEnricher.units(gazetteer, TagVocabularyFiles.curated())), true);
    }

    @Test
    void peopleTheGazetteerLacksGetStableIdsAndALaterSurnameLinksToTheFullName() {
        ArticleEnricher enricher = learnedEnricher();
        Enrichment e = enricher.enrich("وزير الزراعة يزور القصرين", List.of(
                "وقال وزير الزراعة التونسي عبد المنعم بلعاتي إن الحكومة ستدعم الفلاحين في ولاية القصرين.",
                "وأكد المتحدث باسم شركة النقل عماد الحمروني أن الحافلات ستعود إلى العمل، وقال الحمروني إن الإضراب"
                        + " انتهى.",
                "وقال بلعاتي إن الرحلات ستبدأ."), null, List.of(), null);
        Map<String, String> learnedPeople = new TreeMap<>();
        for (ArticleEntity a : e.entities()) {
            if (a.mentionKind().equals("learned") && a.type().equals("PERSON")) {
                learnedPeople.put(a.entityId(), a.mentions() + " " + a.surfaceForms());
            }
        }
        // Ids: the first 12 hex digits of sha256sum of "<TYPE>|<normal form>", computed with sha256sum.
        assertEquals(Map.of(
                "person:learned-ddaefbf959ae", "2 [عبد المنعم بلعاتي, بلعاتي]",
                "person:learned-c2cff5ccfddf", "2 [عماد الحمروني, الحمروني]"), learnedPeople);
        // Kasserine is a governorate no gazetteer list holds: a learned place (how many of its two occurrences the
        // tagger reads is the model's, not asserted).
        assertTrue(e.entities().stream().anyMatch(a -> a.entityId().equals("place:learned-89c028afa07b")
                && a.surfaceForms().contains("القصرين")));
    }

    @Test
    void aNoBreakSpaceOrDirectionMarkInsideANameIsNoPunctuation() {
        ArticleEnricher enricher = learnedEnricher();
        for (String space : List.of("\u00A0", "\u200F ", " \u200C")) {
            Enrichment e = enricher.enrich("وزير الزراعة يزور القصرين", List.of(
                    "وأكد المتحدث باسم شركة النقل عماد" + space + "الحمروني أن الحافلات ستعود إلى العمل."), null,
                    List.of(), null);
            assertEquals(List.of("person:learned-c2cff5ccfddf"), e.entities().stream()
                    .filter(a -> a.type().equals("PERSON")).map(ArticleEntity::entityId).toList(),
                    "عماد الحمروني with U+" + Integer.toHexString(space.strip().isEmpty() ? space.charAt(0)
                            : space.strip().charAt(0)));
        }
    }

    @Test
    void anOrganisationKeepsTheCountryAdjectiveTheGazetteerAlsoReads() {
        ArticleEnricher enricher = learnedEnricher();
        Enrichment e = enricher.enrich(null, List.of("وطالب اتحاد الصناعات المصرية بخفض أسعار الفائدة."), null,
                List.of(), null);
        assertEquals(List.of("ORG learned [اتحاد الصناعات المصرية]"), e.entities().stream()
                .filter(a -> a.type().equals("ORG"))
                .map(a -> a.type() + " " + a.mentionKind() + " " + a.surfaceForms()).toList());
    }

    @Test
    void organisationsNamedByTheirKindOfBodyAreLearned() {
        ArticleEnricher enricher = learnedEnricher();
        Enrichment e = enricher.enrich(null, List.of(
                "وقال مدير جمعية الأمل الخيرية إن المصابين نقلوا إلى مستشفى الرحمة.",
                "وأضاف أن جمعية الأمل الخيرية ستواصل حملتها."), null, List.of(), null);
        // Ids: the first 12 hex digits of sha256sum of "ORG|<normal form>" (ة → ه, ى → ي, أ → ا).
        assertEquals(List.of("org:learned-6c372033b928 2 [جمعية الأمل الخيرية]",
                "org:learned-6dcb814ba6eb 1 [مستشفى الرحمة]"), e.entities().stream()
                .filter(a -> a.type().equals("ORG"))
                .map(a -> a.entityId() + " " + a.mentions() + " " + a.surfaceForms()).sorted().toList());
    }
}
