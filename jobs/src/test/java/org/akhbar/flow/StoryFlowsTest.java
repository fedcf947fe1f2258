package org.akhbar.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Clusters written by hand, each flow derived below from the articles' outlets, times and credits.
 * <pre>
 *   cluster 1  a1 outlet:alpha  published 2024-03-01 08:00  credits outlet:wire
 *              a2 outlet:beta   published 2024-03-01 09:30  credits outlet:alpha
 *              a3 outlet:gamma  crawled   2024-03-02 08:00  credits outlet:wire
 *              a4 outlet:alpha  published 2024-03-01 12:00  (the first outlet again)
 *     first: a1 (earliest). Flows: a2 (90 min, credits alpha), a3 (crawled, 1440 min, credits the wire agency a1
 *     credits); a4 is alpha repeating itself: no flow.
 *   cluster 2  b1 outlet:alpha  published 2024-03-05 10:00
 *              b2 outlet:alpha  published 2024-03-05 11:00
 *              b3 (no outlet)   published 2024-03-05 12:00
 *     one outlet (b3 names none): no flow; alpha repeating itself, b2 60 min after b1, a repeated row. With an
 *     undated b4 of outlet:beta beside b1 and b2, the story is carried by two outlets: no row at all.
 *   cluster 3  c9 outlet:beta   published 2024-03-07 10:00
 *              c1 outlet:gamma  crawled   2024-03-07 10:00
 *              c5 outlet:alpha  published 2024-03-07 10:00
 *     a tie at 10:00: the publication times go first, then the smaller id: c5 first; c9 0 min, c1 0 min.
 *   cluster 4  d1 outlet:alpha  published 2024-03-09 (a date alone: midnight)
 *              d2 outlet:beta   published 2024-03-09 15:00
 *              d3 outlet:gamma  published 2024-03-10 (a date alone)
 *     d1 is shown out only by the end of 9 March, d2 at 15:00: d2 first. d1 0 min (midnight is before 15:00, and a
 *     delay is never below 0), d3 540 min (15:00 to midnight).
 *   cluster 5  g3 outlet:gamma  published 2024-03-11 07:00
 *              g1 outlet:alpha  published 2024-03-11 08:00  credits outlet:wire
 *              g2 outlet:beta   published 2024-03-11 09:00  credits outlet:wire and outlet:alpha
 *              g4 outlet:delta  crawled   2024-03-12 08:00  credits outlet:beta
 *     the crawled outlets are alpha, beta, gamma and delta; wire publishes no crawled page: it is an origin too.
 *     Its copies are g1 (the first of them, 0 min) and g2 (60 min after g1). alpha and beta, credited too, are
 *     crawled: their flows are those of the crawled first, g3 (gamma), to g1, g2 and g4.
 *   cluster 6  h1 outlet:alpha  published 2024-03-13 08:00  credits outlet:wire
 *              h2 outlet:alpha  published 2024-03-13 09:00  credits outlet:wire
 *     one outlet: no flow from the wire either (a repeat of alpha's, as cluster 2).
 * </pre>
 * A page's date line is the time written, with no time of day for a date alone (cluster 4); a crawled article is
 * dated by its crawl stamp.
 */
class StoryFlowsTest {
    private static StoryFlows.Member published(String id, String outlet, String at, String... credited) {
        Instant time = Instant.parse(at);
        return new StoryFlows.Member(id, outlet, outlet.substring("outlet:".length()), time,
                StoryFlows.timeKind("published", at.endsWith("T00:00:00Z") ? at.substring(0, 10) : at, time),
                named(credited));
    }

    private static StoryFlows.Member crawled(String id, String outlet, String at, String... credited) {
        Instant time = Instant.parse(at);
        return new StoryFlows.Member(id, outlet, outlet.substring("outlet:".length()), time,
                StoryFlows.timeKind("crawl", at, time), named(credited));
    }

    /** Credited outlet keys with their names: the key without {@code outlet:}. */
    private static Map<String, String> named(String... keys) {
        Map<String, String> named = new TreeMap<>();
        for (String key : keys) {
            named.put(key, key.substring("outlet:".length()));
        }
        return named;
    }

    private static List<String> flows(StoryFlows.Member... cluster) {
        return StoryFlows.of(List.of(cluster)).stream().map(f -> f.first().articleId() + "→" + f.later().articleId()
                + " " + f.later().timeKind() + " " + f.delayMinutes() + " min" + (f.creditsFirstOutlet()
                ? " credits the outlet" : "") + (f.creditsFirstSource() ? " credits its source" : "")).toList();
    }

    @Test
    void laterArticlesOfOtherOutletsFlowFromTheFirst() {
        assertEquals(List.of("a1→a2 published 90 min credits the outlet",
                "a1→a3 crawled 1440 min credits its source"), flows(
                published("a1", "outlet:alpha", "2024-03-01T08:00:00Z", "outlet:wire"),
                published("a2", "outlet:beta", "2024-03-01T09:30:00Z", "outlet:alpha"),
                crawled("a3", "outlet:gamma", "2024-03-02T08:00:00Z", "outlet:wire"),
                published("a4", "outlet:alpha", "2024-03-01T12:00:00Z")));
    }

    @Test
    void anOutletRepeatingItselfIsNoFlowButARepeat() {
        StoryFlows.Member anonymous = new StoryFlows.Member("b3", null, null, Instant.parse("2024-03-05T12:00:00Z"),
                "published", Map.of());
        List<StoryFlows.Flow> repeats = StoryFlows.of(List.of(
                published("b1", "outlet:alpha", "2024-03-05T10:00:00Z"),
                published("b2", "outlet:alpha", "2024-03-05T11:00:00Z"), anonymous));
        assertEquals(List.of("repeated outlet:alpha b1→b2 60 min"), repeats.stream().map(f -> f.originKind() + " "
                + f.origin() + " " + f.first().articleId() + "→" + f.later().articleId() + " " + f.delayMinutes()
                + " min").toList());
        StoryFlows.Member undatedElsewhere = new StoryFlows.Member("b4", "outlet:beta", "beta", null, null, Map.of());
        assertEquals(List.of(), StoryFlows.of(List.of(
                published("b1", "outlet:alpha", "2024-03-05T10:00:00Z"),
                published("b2", "outlet:alpha", "2024-03-05T11:00:00Z"), undatedElsewhere)),
                "beta carries the story too, undated: alpha's second copy is neither a flow nor a repeat");
    }

    @Test
    void aTieGoesToAPublicationTimeThenToTheSmallerId() {
        assertEquals(List.of("c5→c9 published 0 min", "c5→c1 crawled 0 min"), flows(
                published("c9", "outlet:beta", "2024-03-07T10:00:00Z"),
                crawled("c1", "outlet:gamma", "2024-03-07T10:00:00Z"),
                published("c5", "outlet:alpha", "2024-03-07T10:00:00Z")));
    }

    @Test
    void aDateAloneCountsAsOutByTheEndOfItsDay() {
        assertEquals(List.of("d2→d1 date 0 min", "d2→d3 date 540 min"), flows(
                published("d1", "outlet:alpha", "2024-03-09T00:00:00Z"),
                published("d2", "outlet:beta", "2024-03-09T15:00:00Z"),
                published("d3", "outlet:gamma", "2024-03-10T00:00:00Z")));
    }

    @Test
    void aMidnightTimeOfDayIsNoDateAloneAndTheFirstNeedsAnOutlet() {
        Instant midnight = Instant.parse("2024-03-09T00:00:00Z");
        assertEquals("published", StoryFlows.timeKind("published", "2024-03-09 03:00 GMT+3", midnight));
        assertEquals("date", StoryFlows.timeKind("published", "9 مارس 2024", midnight));
        assertEquals("crawled", StoryFlows.timeKind("crawl", "2024-03-09 00:00:00", midnight));
        StoryFlows.Member unknown = new StoryFlows.Member("e1", null, null, Instant.parse("2024-03-09T08:00:00Z"),
                "published", Map.of());
        assertEquals(List.of(), StoryFlows.of(List.of(unknown,
                published("e2", "outlet:alpha", "2024-03-09T09:00:00Z"),
                published("e3", "outlet:beta", "2024-03-09T10:00:00Z"))), "who broke it is unknown");
    }

    @Test
    void aSourceNoCrawledPagePublishesIsAnOriginOfTheCopiesCreditingIt() {
        Set<String> crawled = Set.of("outlet:alpha", "outlet:beta", "outlet:gamma", "outlet:delta");
        List<StoryFlows.Member> cluster = List.of(
                published("g3", "outlet:gamma", "2024-03-11T07:00:00Z"),
                published("g1", "outlet:alpha", "2024-03-11T08:00:00Z", "outlet:wire"),
                published("g2", "outlet:beta", "2024-03-11T09:00:00Z", "outlet:wire", "outlet:alpha"),
                crawled("g4", "outlet:delta", "2024-03-12T08:00:00Z", "outlet:beta"));
        assertEquals(List.of("wire credited g1→g1 0 min", "wire credited g1→g2 60 min"),
                StoryFlows.fromUncrawled(cluster, crawled::contains).stream().map(f -> f.originName() + " "
                        + f.originKind() + " " + f.first().articleId() + "→" + f.later().articleId() + " "
                        + f.delayMinutes() + " min").toList());
        assertEquals(List.of("g3→g1 published 60 min", "g3→g2 published 120 min",
                "g3→g4 crawled 1500 min"), flows(cluster.toArray(StoryFlows.Member[]::new)));
        assertEquals(List.of(), StoryFlows.fromUncrawled(List.of(
                published("h1", "outlet:alpha", "2024-03-13T08:00:00Z", "outlet:wire"),
                published("h2", "outlet:alpha", "2024-03-13T09:00:00Z", "outlet:wire")), crawled::contains));
    }
}
