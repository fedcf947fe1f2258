package org.akhbar.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The article, tag and source day counts of one duplicate cluster and one lone article.
 * <pre>
 *   d1  Jan 10  tag economy             publisher وكالة إكس                  represents {d1, d2}
 *   d2  Jan 12  tags economy, politics  publisher روسيا اليوم (org:rt), named twice
 *   d3  Jan 10  no tag, no source
 * </pre>
 */
class ClusterContributionsTest {
    private static final int JAN_10 = (int) LocalDate.of(2024, 1, 10).toEpochDay();
    private static final int JAN_12 = (int) LocalDate.of(2024, 1, 12).toEpochDay();

    @Test
    void countsEveryArticleOnItsDayAndTheClusterOnceOnItsRepresentativesDayWithAllItsTagsAndSources() {
        DayCounts counts = new DayCounts(1_000);
        ClusterContributions.SourceMention rt = new ClusterContributions.SourceMention("publisher", "org:rt",
                "روسيا اليوم");
        ClusterContributions.add("d1", List.of(
                new ClusterContributions.ArticleInput("d1", JAN_10, Set.of("economy"),
                        List.of(new ClusterContributions.SourceMention("publisher", null, "وكالة إكس"))),
                new ClusterContributions.ArticleInput("d2", JAN_12, Set.of("economy", "politics"), List.of(rt, rt))),
                counts);
        ClusterContributions.add("d3", List.of(new ClusterContributions.ArticleInput("d3", JAN_10, Set.of(),
                List.of())), counts);

        Map<String, String> expected = new TreeMap<>();
        expected.put("10 articles", "2/2");
        expected.put("12 articles", "1/0");
        expected.put("10 tag economy", "1/1");
        expected.put("10 tag politics", "0/1");
        expected.put("12 tag economy", "1/0");
        expected.put("12 tag politics", "1/0");
        expected.put("10 source publisher وكالة إكس", "1/1");
        expected.put("10 source publisher org:rt روسيا اليوم", "0/1");
        expected.put("12 source publisher org:rt روسيا اليوم", "1/0");
        assertEquals(expected, described(counts));
    }

    private static Map<String, String> described(DayCounts counts) {
        Map<String, String> out = new TreeMap<>();
        for (var entry : counts.drain()) {
            DayCounts.Key k = entry.getKey();
            StringBuilder key = new StringBuilder(Integer.toString(k.day() == JAN_10 ? 10 : 12)).append(' ')
                    .append(k.measure());
            for (String part : new String[] {k.role(), k.name(), k.sourceId() == null ? null : k.sourceName()}) {
                if (part != null) {
                    key.append(' ').append(part);
                }
            }
            out.put(key.toString(), entry.getValue().all + "/" + entry.getValue().deduplicated);
        }
        return out;
    }
}
