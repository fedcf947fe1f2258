package org.akhbar.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.akhbar.table.TableSchemas;
import org.akhbar.testing.SharedSpark;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

/**
 * Story flows written by hand, and the outlet rows derived from them below.
 * <pre>
 *   k1  first on A, Monday 2024-03-04: B took it after 60 min, crediting; C after 120 min without credit and again
 *       after 300 min crediting (C's story: 120 min, credited)
 *   k2  first on A, 2024-03-05: B took it after 30 min, no credit
 *   k3  first on B, Tuesday 2024-03-12 (the next week): A took it after 10 min, crediting
 *   and from W, a wire agency no crawled page publishes (first_outlet_kind credited):
 *   k1  A's first copy credits W (0 min), and so does C's second (300 min)
 *   k4  2024-03-13: D's copy credits W (0 min), B's 45 min later; k4's first article named no outlet, so it has no
 *       crawled flow
 *   and clusters inside one outlet (first_outlet_kind repeated):
 *   k5  first on A, 2024-03-06, A again 45 min later
 *   k6  first on E, Thursday 2024-03-14, E again 20 min later; E has no other story
 * </pre>
 * All time (and the month of March): A→B 2 stories, delays 30 and 60: median 30 (the smallest with half at or below
 * it), 90th percentile 60, credited 1 of 2; A→C 1 story, 120, 120, credited; B→A 1 story, 10, 10, credited. A was
 * first on 2 and took 1 (10 min): originality 2/3; B first on 1, took 2 (30 and 60: median 30): 1/3; C took 1 (120):
 * 0. The week of 4 March holds k1 and k2, that of 11 March k3 and k4. From W, all time: to A, B, C and D 1 story
 * each, with delays 0, 45, 300 and 0, credited by definition. Stories crediting an uncrawled source, counted where
 * the outlet is first on or takes the story among the crawled outlets: A 1 (k1), C 1 (k1); not B's k4, which has no
 * crawled flow; D, on no crawled flow, and W, no crawled outlet, have no originality row. Repeated alone: A 1 (k5,
 * week of 4 March), E 1 (k6, week of 11 March); neither is a pair of outlets, and E, first on nothing and taking
 * nothing, has no originality share.
 */
class OutletFlowTablesTest {
    private static Dataset<Row> flows() {
        List<Row> rows = new ArrayList<>();
        rows.add(flow("k1", "A", "2024-03-04T08:00:00Z", "a2", "B", 60, true));
        rows.add(flow("k1", "A", "2024-03-04T08:00:00Z", "a3", "C", 120, false));
        rows.add(flow("k1", "A", "2024-03-04T08:00:00Z", "a4", "C", 300, true));
        rows.add(flow("k2", "A", "2024-03-05T09:00:00Z", "b2", "B", 30, false));
        rows.add(flow("k3", "B", "2024-03-12T10:00:00Z", "c2", "A", 10, true));
        rows.add(fromWire("k1", "k1-first", "2024-03-04T08:00:00Z", "k1-first", "A", 0));
        rows.add(fromWire("k1", "k1-first", "2024-03-04T08:00:00Z", "a4", "C", 300));
        rows.add(fromWire("k4", "d1", "2024-03-13T08:00:00Z", "d1", "D", 0));
        rows.add(fromWire("k4", "d1", "2024-03-13T08:00:00Z", "d2", "B", 45));
        rows.add(repeat("k5", "A", "2024-03-06T08:00:00Z", "e2", 45));
        rows.add(repeat("k6", "E", "2024-03-14T08:00:00Z", "f2", 20));
        return SharedSpark.session().createDataFrame(rows, TableSchemas.load("story_flows"));
    }

    private static Row flow(String cluster, String first, String at, String article, String outlet, long delay,
                            boolean credits) {
        return row(cluster, cluster + "-first", first, StoryFlows.CRAWLED_ORIGIN, at, article, outlet, delay,
                credits, false);
    }

    /** A copy crediting W, {@code delay} minutes after the first copy that does ({@code firstCopy}, at {@code at}). */
    private static Row fromWire(String cluster, String firstCopy, String at, String article, String outlet,
                                long delay) {
        return row(cluster, firstCopy, "W", StoryFlows.CREDITED_ORIGIN, at, article, outlet, delay, true, true);
    }

    /** A later copy on the outlet of the first, the cluster's only outlet. */
    private static Row repeat(String cluster, String outlet, String at, String article, long delay) {
        return row(cluster, cluster + "-first", outlet, StoryFlows.REPEATED_ORIGIN, at, article, outlet, delay, false,
                false);
    }

    private static Row row(String cluster, String firstArticle, String first, String kind, String at,
                           String article, String outlet, long delay, boolean creditsOutlet,
                           boolean creditsSource) {
        Instant firstAt = Instant.parse(at);
        return RowFactory.create(cluster, firstArticle, first, "outlet " + first, kind, firstAt, "published",
                LocalDate.parse(at.substring(0, 10)), article, outlet, "outlet " + outlet,
                firstAt.plusSeconds(delay * 60), "published", delay, creditsOutlet, creditsSource, at.substring(0, 7));
    }

    private static List<String> rows(Dataset<Row> table, String periodType, String... columns) {
        return table.where("period_type = '" + periodType + "'").selectExpr(columns).collectAsList().stream()
                .map(Row::toString).sorted().toList();
    }

    @Test
    void pairsOfOutletsCountTheStoriesTakenTheirDelaysAndCredits() {
        Dataset<Row> pairs = OutletFlowTables.pairs(flows());
        assertEquals(List.of("[A,crawled,B,2,30,60,0.5]", "[A,crawled,C,1,120,120,1.0]",
                "[B,crawled,A,1,10,10,1.0]", "[W,credited,A,1,0,0,1.0]", "[W,credited,B,1,45,45,1.0]",
                "[W,credited,C,1,300,300,1.0]", "[W,credited,D,1,0,0,1.0]"), rows(pairs, "all", "first_outlet",
                "first_outlet_kind", "outlet", "stories", "median_delay_minutes", "p90_delay_minutes",
                "credited_share"));
        String crawled = "first_outlet_kind = 'crawled'";
        assertEquals(List.of("[2024-03-01,A,B,2,30]", "[2024-03-01,A,C,1,120]", "[2024-03-01,B,A,1,10]"),
                rows(pairs.where(crawled), "month", "period_start", "first_outlet", "outlet", "stories",
                        "median_delay_minutes"));
        assertEquals(List.of("[2024-03-04,A,B,2]", "[2024-03-04,A,C,1]", "[2024-03-11,B,A,1]"),
                rows(pairs.where(crawled), "week", "period_start", "first_outlet", "outlet", "stories"));
        assertEquals(List.of("[2024-03-04,A,B,60]", "[2024-03-04,A,C,120]", "[2024-03-05,A,B,30]",
                "[2024-03-12,B,A,10]"), rows(pairs.where(crawled), "day", "period_start", "first_outlet", "outlet",
                "median_delay_minutes"));
        assertEquals(List.of("[2024-03-04,W,A]", "[2024-03-04,W,C]", "[2024-03-13,W,B]", "[2024-03-13,W,D]"),
                rows(pairs.where("first_outlet_kind = 'credited'"), "day", "period_start", "first_outlet",
                        "outlet"));
    }

    @Test
    void eachOutletIsFirstOnSomeStoriesAndTakesOthers() {
        Dataset<Row> outlets = OutletFlowTables.outlets(flows());
        assertEquals(List.of("[A,outlet A,2,1,1,1,10,0.667]", "[B,outlet B,1,2,0,0,30,0.333]",
                "[C,outlet C,0,1,1,0,120,0.0]", "[E,outlet E,0,0,0,1,null,null]"), rows(outlets, "all", "outlet",
                "outlet_name", "stories_first", "stories_taken", "stories_credited_uncrawled", "stories_repeated",
                "median_delay_minutes", "round(originality_share, 3)"));
        assertEquals(List.of("[2024-03-04,A,2,0,1,1,null]", "[2024-03-04,B,0,2,0,0,30]",
                "[2024-03-04,C,0,1,1,0,120]", "[2024-03-11,A,0,1,0,0,10]", "[2024-03-11,B,1,0,0,0,null]",
                "[2024-03-11,E,0,0,0,1,null]"), rows(outlets, "week", "period_start", "outlet", "stories_first",
                "stories_taken", "stories_credited_uncrawled", "stories_repeated", "median_delay_minutes"));
    }

    @Test
    void theWireSourcesQueryCountsStoriesOutletsAndCopiesOfTheCreditedFlows() throws java.io.IOException {
        String query = java.nio.file.Files.readString(java.nio.file.Path.of("..", "queries",
                "wire-sources-behind-the-most-stories.sql"));
        flows().createOrReplaceTempView("story_flows");
        try {
            assertEquals(List.of("[outlet W,2,4,4]"), SharedSpark.session().sql(query.replace(";", ""))
                    .collectAsList().stream().map(Row::toString).toList(),
                    "W: stories k1 and k4, outlets A, B, C and D, four copies");
        } finally {
            SharedSpark.session().catalog().dropTempView("story_flows");
        }
    }
}
