package org.akhbar.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The co-occurrence day counts of three articles, at most 2 salient entities per window, with أرمينيا not pairable
 * in paragraphs.
 * <pre>
 *   d1  Jan 10  روسيا ¶1, أرمينيا ¶1      represents its duplicate cluster
 *   d2  Jan 12  روسيا ¶1, أرمينيا ¶2      d1's duplicate
 *   d3  Jan 10  روسيا ×3 ¶1, أذربيجان ¶1 (at 2), إيران ¶2 (at 9): إيران is third by salience and dropped
 * </pre>
 */
class ArticleWindowsTest {
    private static final int JAN_10 = (int) LocalDate.of(2024, 1, 10).toEpochDay();
    private static final int JAN_12 = (int) LocalDate.of(2024, 1, 12).toEpochDay();
    /** Entity numbers follow the order of the ids. */
    private static final List<String> ENTITIES = List.of("country:am", "country:az", "country:ir", "country:ru");

    @Test
    void countsWindowsEntitiesAndPairsOnTheArticlesDay() {
        ArticleWindows windows = new ArticleWindows(2,
                (kind, entity) -> !(kind.equals("paragraph") && ENTITIES.get(entity).equals("country:am")));
        DayCounts counts = new DayCounts(1_000);
        windows.add(JAN_10, true, List.of(entity("country:ru", 1, 0, 1), entity("country:am", 1, 5, 1)), counts);
        windows.add(JAN_12, false, List.of(entity("country:ru", 1, 0, 1), entity("country:am", 1, 5, 2)), counts);
        windows.add(JAN_10, true, List.of(entity("country:ru", 3, 20, 1), entity("country:az", 1, 2, 1),
                entity("country:ir", 1, 9, 2)), counts);

        Map<String, String> expected = new TreeMap<>();
        expected.put("10 windows article", "2/2");
        expected.put("12 windows article", "1/0");
        expected.put("10 windows paragraph", "2/2");
        expected.put("12 windows paragraph", "2/0");
        for (String kind : List.of("article", "paragraph")) {
            expected.put("10 entity " + kind + " country:ru", "2/2");
            expected.put("10 entity " + kind + " country:am", "1/1");
            expected.put("10 entity " + kind + " country:az", "1/1");
            expected.put("12 entity " + kind + " country:ru", "1/0");
            expected.put("12 entity " + kind + " country:am", "1/0");
            expected.put("10 pair " + kind + " country:az+country:ru", "1/1");
        }
        expected.put("10 pair article country:am+country:ru", "1/1");
        expected.put("12 pair article country:am+country:ru", "1/0");
        assertEquals(expected, described(counts));
    }

    private static ArticleWindows.EntityMention entity(String id, int mentions, int position, int paragraph) {
        return new ArticleWindows.EntityMention(ENTITIES.indexOf(id), mentions, position, List.of(paragraph));
    }

    private static Map<String, String> described(DayCounts counts) {
        Map<String, String> out = new TreeMap<>();
        for (var entry : counts.drain()) {
            DayCounts.Key k = entry.getKey();
            String entities = k.entityA() == EntityNumbers.NONE ? ""
                    : k.entityB() == EntityNumbers.NONE ? " " + ENTITIES.get(k.entityA())
                    : " " + ENTITIES.get(k.entityA()) + "+" + ENTITIES.get(k.entityB());
            out.put((k.day() == JAN_10 ? 10 : 12) + " " + k.measure() + " " + k.windowKind() + entities,
                    entry.getValue().all + "/" + entry.getValue().deduplicated);
        }
        return out;
    }
}
