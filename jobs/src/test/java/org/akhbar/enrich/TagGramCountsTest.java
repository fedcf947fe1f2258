package org.akhbar.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TagGramCountsTest {

    private static Map<String, TagGramCounts.Gram> count(String... lines) {
        Map<String, TagGramCounts.Gram> out = new HashMap<>();
        TagGramCounts.of(List.of(lines).iterator()).counted().forEachRemaining(g -> out.put(g.gram(), g));
        return out;
    }

    @Test
    void aGramCountsOncePerLineHoweverOftenItComes() {
        Map<String, TagGramCounts.Gram> grams = count("مصر مصر", "مصر لبنان");

        assertEquals(2, grams.get("مصر").lines());
        assertEquals(1, grams.get("مصر مصر").lines());
        assertEquals(1, grams.get("لبنان").lines());
        assertEquals(new TagGramCounts.Gram("مصر لبنان", 1), grams.get("مصر لبنان"));
        assertEquals(4, grams.size());
    }

    @Test
    void gramsStopAtFourWords() {
        Map<String, TagGramCounts.Gram> grams = count("سوريا لبنان مصر الاردن العراق");

        // 5 words: 5 single words, 4 pairs, 3 triples, 2 four-word grams, no five-word gram
        assertEquals(14, grams.size());
        assertEquals(new TagGramCounts.Gram("لبنان مصر الاردن العراق", 1),
                grams.get("لبنان مصر الاردن العراق"));
        assertFalse(grams.containsKey("سوريا لبنان مصر الاردن العراق"));
    }
}
