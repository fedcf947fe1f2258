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
 * </pre>
 * All time (and the month of March): A→B 2 stories, delays 30 and 60: median 30 (the smallest with half at or below
 * it), 90th percentile 60, credited 1 of 2; A→C 1 story, 120, 120, credited; B→A 1 story, 10, 10, credited. A was
 * first on 2 and took 1 (10 min): originality 2/3; B first on 1, took 2 (30 and 60: median 30): 1/3; C took 1 (120):
 * 0. The week of 4 March holds k1 and k2, that of 11 March k3.
 */
class OutletFlowTablesTest {
    private static Dataset<Row> flows() {
        List<Row> rows = new ArrayList<>();
        rows.add(flow("k1", "A", "2024-03-04T08:00:00Z", "a2", "B", 60, true));
        rows.add(flow("k1", "A", "2024-03-04T08:00:00Z", "a3", "C", 120, false));
        rows.add(flow("k1", "A", "2024-03-04T08:00:00Z", "a4", "C", 300, true));
        rows.add(flow("k2", "A", "2024-03-05T09:00:00Z", "b2", "B", 30, false));
        rows.add(flow("k3", "B", "2024-03-12T10:00:00Z", "c2", "A", 10, true));
        return SharedSpark.session().createDataFrame(rows, TableSchemas.load("story_flows"));
    }

    private static Row flow(String cluster, String first, String at, String article, String outlet, long delay,
                            boolean credits) {
        Instant firstAt = Instant.parse(at);
        return RowFactory.create(cluster, cluster + "-first", first, "outlet " + first, firstAt, "published",
                LocalDate.parse(at.substring(0, 10)), article, outlet, "outlet " + outlet,
                firstAt.plusSeconds(delay * 60), "published", delay, credits, false);
    }

    private static List<String> rows(Dataset<Row> table, String periodType, String... columns) {
        return table.where("period_type = '" + periodType + "'").selectExpr(columns).collectAsList().stream()
                .map(Row::toString).sorted().toList();
    }

    @Test
    void pairsOfOutletsCountTheStoriesTakenTheirDelaysAndCredits() {
        Dataset<Row> pairs = OutletFlowTables.pairs(flows());
        assertEquals(List.of("[A,B,2,30,60,0.5]", "[A,C,1,120,120,1.0]", "[B,A,1,10,10,1.0]"), rows(pairs, "all",
                "first_outlet", "outlet", "stories", "median_delay_minutes", "p90_delay_minutes", "credited_share"));
        assertEquals(List.of("[2024-03-01,A,B,2,30]", "[2024-03-01,A,C,1,120]", "[2024-03-01,B,A,1,10]"),
                rows(pairs, "month", "period_start", "first_outlet", "outlet", "stories", "median_delay_minutes"));
        assertEquals(List.of("[2024-03-04,A,B,2]", "[2024-03-04,A,C,1]", "[2024-03-11,B,A,1]"), rows(pairs, "week",
                "period_start", "first_outlet", "outlet", "stories"));
        assertEquals(List.of("[2024-03-04,A,B,60]", "[2024-03-04,A,C,120]", "[2024-03-05,A,B,30]",
                "[2024-03-12,B,A,10]"), rows(pairs, "day", "period_start", "first_outlet", "outlet",
                "median_delay_minutes"));
    }

    @Test
    void eachOutletIsFirstOnSomeStoriesAndTakesOthers() {
        Dataset<Row> outlets = OutletFlowTables.outlets(flows());
        assertEquals(List.of("[A,outlet A,2,1,10,0.667]", "[B,outlet B,1,2,30,0.333]", "[C,outlet C,0,1,120,0.0]"),
                rows(outlets, "all", "outlet", "outlet_name", "stories_first", "stories_taken",
                        "median_delay_minutes", "round(originality_share, 3)"));
        assertEquals(List.of("[2024-03-04,A,2,0,null]", "[2024-03-04,B,0,2,30]", "[2024-03-04,C,0,1,120]",
                "[2024-03-11,A,0,1,10]", "[2024-03-11,B,1,0,null]"), rows(outlets, "week", "period_start", "outlet",
                "stories_first", "stories_taken", "median_delay_minutes"));
    }
}
