package org.akhbar.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.akhbar.testing.SharedSpark;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * Counts of one month's windows, over every article and over the representatives of duplicate clusters, with a
 * minimum support of 2.
 * <pre>
 *   d1  روسيا, أرمينيا   represents the cluster {d1, d2}
 *   d2  روسيا, أرمينيا   duplicate of d1
 *   d3  روسيا            alone, its own representative
 * </pre>
 * Every article: 3 windows, روسيا in 3, أرمينيا in 2, together in 2: both are frequent and so is the pair.
 * Representatives: 2 windows, روسيا in 2, أرمينيا in 1: أرمينيا is not frequent, so no pair is counted.
 */
class CooccurrenceTest {
    private static final StructType ARTICLE_ENTITIES = DataTypes.createStructType(List.of(
            DataTypes.createStructField("article_id", DataTypes.StringType, false),
            DataTypes.createStructField("entity_id", DataTypes.StringType, false),
            DataTypes.createStructField("mentions", DataTypes.IntegerType, false),
            DataTypes.createStructField("first_position", DataTypes.IntegerType, false),
            DataTypes.createStructField("paragraphs", DataTypes.createArrayType(DataTypes.IntegerType), false),
            DataTypes.createStructField("published_date", DataTypes.DateType, true)));

    @Test
    void deduplicatedCountsPairOnlyEntitiesFrequentAmongRepresentatives() {
        SparkSession spark = SharedSpark.session();
        LocalDate day = LocalDate.of(2024, 1, 10);
        Dataset<Row> articleEntities = spark.createDataFrame(List.of(
                RowFactory.create("d1", "country:ru", 1, 0, new int[] {1}, day),
                RowFactory.create("d1", "country:am", 1, 5, new int[] {1}, day),
                RowFactory.create("d2", "country:ru", 1, 0, new int[] {1}, day),
                RowFactory.create("d2", "country:am", 1, 5, new int[] {1}, day),
                RowFactory.create("d3", "country:ru", 1, 0, new int[] {1}, day)), ARTICLE_ENTITIES);
        Dataset<Row> representatives = spark.createDataFrame(List.of(RowFactory.create("d1"),
                RowFactory.create("d3")), DataTypes.createStructType(List.of(
                        DataTypes.createStructField("article_id", DataTypes.StringType, false))));

        Cooccurrence cooccurrence = new Cooccurrence(spark, new Cooccurrence.Parameters(20, 2, 50));
        Dataset<Row> windows = Periods.explodeInto(cooccurrence.windows(articleEntities,
                Cooccurrence.numberedArticles(articleEntities, representatives).localCheckpoint()), "published_date",
                List.of(Periods.MONTH));
        Dataset<Row> counts = cooccurrence.countsWithinPeriods(windows, cooccurrence.entityCounts(windows));

        Set<String> expected = new TreeSet<>();
        for (String window : List.of("article", "paragraph")) {
            expected.addAll(List.of(
                    window + " all N 3", window + " all country:ru 3", window + " all country:am 2",
                    window + " all country:am+country:ru 2",
                    window + " dedup N 2", window + " dedup country:ru 2", window + " dedup country:am 1"));
        }
        assertEquals(expected, described(counts));
    }

    private static Set<String> described(Dataset<Row> counts) {
        Set<String> rows = new TreeSet<>();
        for (Row r : counts.collectAsList()) {
            assertEquals("month", r.getAs("period_type"));
            assertEquals(LocalDate.of(2024, 1, 1), Periods.localDate(r.getAs("period_start")));
            String a = r.getAs("entity_a");
            String b = r.getAs("entity_b");
            String counted = a == null ? "N" : b == null ? a : a + "+" + b;
            rows.add(r.getAs("window_kind") + " " + (r.<Boolean>getAs("deduplicated") ? "dedup" : "all") + " " + counted
                    + " " + r.<Long>getAs("windows"));
        }
        return rows;
    }
}
