package org.akhbar.aggregate;

import static org.apache.spark.sql.functions.call_udf;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The steps of entity co-occurrence, shared by every period type. It scales by never self-joining mentions: each
 * window keeps its {@link Parameters#maxEntitiesPerWindow} most salient entities (most mentions, then earliest),
 * only frequent entities are paired, and each window emits its sorted distinct pairs, which are counted.
 *
 * <p>Counts travel in one form, keyed by period_type, period_start, window and deduplicated (false: every article;
 * true: one article per duplicate cluster): a row with entity_a and entity_b is a pair's window count, a row with
 * entity_a only is an entity's window count, a row with neither is the period's number of windows N.
 */
public final class Cooccurrence {
    /** The knobs, recorded in runs. */
    public record Parameters(int maxEntitiesPerWindow, int minSupport, int topK) {
        public static Parameters defaults() {
            return new Parameters(20, 3, 50);
        }
    }

    static final List<String> KEYS = List.of("period_type", "period_start", "window", "deduplicated");
    private static final List<String> STATISTICS = List.of("pair_count", "count_a", "count_b", "n_windows", "npmi",
            "g2");

    private final Parameters parameters;

    public Cooccurrence(SparkSession spark, Parameters parameters) {
        this.parameters = parameters;
        spark.udf().register("akhbar_npmi", (UDF4<Long, Long, Long, Long, Double>) Association::npmi,
                DataTypes.DoubleType);
        spark.udf().register("akhbar_g2", (UDF4<Long, Long, Long, Long, Double>) Association::g2,
                DataTypes.DoubleType);
    }

    Parameters parameters() {
        return parameters;
    }

    /**
     * deduplicated, window, window_id, entity_id, published_date: one row per salient entity and window, once over
     * every article and once over the representatives of duplicate clusters.
     */
    Dataset<Row> windows(Dataset<Row> articleEntities, Dataset<Row> representatives) {
        Dataset<Row> salient = articleEntities
                .withColumn("salience", row_number().over(Window.partitionBy("article_id")
                        .orderBy(col("mentions").desc(), col("first_position"), col("entity_id"))))
                .where(col("salience").leq(parameters.maxEntitiesPerWindow()));
        Dataset<Row> articleWindows = salient.select(col("article_id"), lit("article").as("window"),
                col("article_id").as("window_id"), col("entity_id"), col("published_date"));
        Dataset<Row> paragraphWindows = salient.withColumn("paragraph", explode(col("paragraphs")))
                .select(col("article_id"), lit("paragraph").as("window"),
                        concat_ws("#", col("article_id"), col("paragraph").cast("string")).as("window_id"),
                        col("entity_id"), col("published_date"));
        Dataset<Row> all = articleWindows.unionByName(paragraphWindows);
        return all.withColumn("deduplicated", lit(false))
                .unionByName(all.join(representatives, "article_id", "left_semi").withColumn("deduplicated", lit(true)))
                .drop("article_id");
    }

    /** Entity counts and window totals of windows carrying period_type and period_start. */
    Dataset<Row> entityCounts(Dataset<Row> periodWindows) {
        Dataset<Row> entities = periodWindows.groupBy(cols(KEYS, "entity_id")).agg(count(lit(1)).as("windows"))
                .withColumnRenamed("entity_id", "entity_a")
                .withColumn("entity_b", lit(null).cast("string"));
        Dataset<Row> totals = periodWindows.groupBy(cols(KEYS)).agg(countDistinct("window_id").as("windows"))
                .withColumn("entity_a", lit(null).cast("string"))
                .withColumn("entity_b", lit(null).cast("string"));
        return entities.unionByName(totals);
    }

    /** Pair counts of windows (carrying period_type and period_start) already restricted to frequent entities. */
    Dataset<Row> pairCounts(Dataset<Row> periodWindows) {
        StructType pairSchema = DataTypes.createStructType(List.of(
                DataTypes.createStructField("period_type", DataTypes.StringType, false),
                DataTypes.createStructField("period_start", DataTypes.DateType, true),
                DataTypes.createStructField("window", DataTypes.StringType, false),
                DataTypes.createStructField("deduplicated", DataTypes.BooleanType, false),
                DataTypes.createStructField("entity_a", DataTypes.StringType, false),
                DataTypes.createStructField("entity_b", DataTypes.StringType, false)));
        return periodWindows.groupBy(cols(KEYS, "window_id"))
                .agg(sort_array(collect_list("entity_id")).as("entities"))
                .flatMap((FlatMapFunction<Row, Row>) Cooccurrence::sortedPairs, Encoders.row(pairSchema))
                .groupBy(cols(KEYS, "entity_a", "entity_b")).agg(count(lit(1)).as("windows"));
    }

    /**
     * Counts of the periods of windows pairing only entities frequent within their own period.
     *
     * @param entities {@link #entityCounts} of the same windows, computed once by the caller because it is read twice
     */
    Dataset<Row> countsWithinPeriods(Dataset<Row> periodWindows, Dataset<Row> entities) {
        Dataset<Row> frequent = entities.where(col("entity_a").isNotNull()
                        .and(col("windows").geq(parameters.minSupport())))
                .select(cols(KEYS, "entity_a")).withColumnRenamed("entity_a", "entity_id");
        return entities.unionByName(pairCounts(periodWindows.join(frequent, seq(KEYS, "entity_id"), "left_semi")));
    }

    /** The counts of all time: the sum of every period's counts, keyed as period_type {@code all}. */
    static Dataset<Row> sumIntoAllTime(Dataset<Row> counts) {
        return counts.groupBy("window", "deduplicated", "entity_a", "entity_b").agg(sum("windows").as("windows"))
                .withColumn("period_type", lit(Periods.ALL))
                .withColumn("period_start", Periods.start(Periods.ALL, lit(null)));
    }

    /**
     * The pairs that pass minimum support (both entities and the pair), with NPMI and G², kept when among the top
     * K partners of either entity; still keyed by deduplicated.
     */
    Dataset<Row> score(Dataset<Row> counts) {
        int support = parameters.minSupport();
        Dataset<Row> entities = counts.where(col("entity_a").isNotNull().and(col("entity_b").isNull())
                .and(col("windows").geq(support))).select(cols(KEYS, "entity_a", "windows"));
        Dataset<Row> totals = counts.where(col("entity_a").isNull()).select(cols(KEYS, "windows"))
                .withColumnRenamed("windows", "n_windows");
        Dataset<Row> scored = counts.where(col("entity_b").isNotNull().and(col("windows").geq(support)))
                .withColumnRenamed("windows", "pair_count")
                .join(entities.withColumnRenamed("windows", "count_a"), seq(KEYS, "entity_a"))
                .join(entities.withColumnRenamed("entity_a", "entity_b").withColumnRenamed("windows", "count_b"),
                        seq(KEYS, "entity_b"))
                .join(totals, seq(KEYS))
                .withColumn("npmi", call_udf("akhbar_npmi", col("pair_count"), col("count_a"), col("count_b"),
                        col("n_windows")))
                .withColumn("g2", call_udf("akhbar_g2", col("pair_count"), col("count_a"), col("count_b"),
                        col("n_windows")));
        return topPartners(scored);
    }

    /** One row per raw pair with its deduplicated statistics beside it (null where the pair fell out there). */
    static Dataset<Row> tableForm(Dataset<Row> scored) {
        Dataset<Row> dedup = scored.where(col("deduplicated")).drop("deduplicated");
        for (String statistic : STATISTICS) {
            dedup = dedup.withColumnRenamed(statistic, statistic + "_dedup");
        }
        return Periods.publicKeys(scored.where(col("deduplicated").equalTo(false)).drop("deduplicated")
                .join(dedup, seq(List.of("period_type", "period_start", "window", "entity_a", "entity_b")), "left"));
    }

    /** Keeps a pair when it is among the top K partners (by NPMI, then G²) of either of its entities. */
    private Dataset<Row> topPartners(Dataset<Row> scored) {
        var byA = Window.partitionBy(cols(KEYS, "entity_a")).orderBy(col("npmi").desc(), col("g2").desc(),
                col("entity_b"));
        var byB = Window.partitionBy(cols(KEYS, "entity_b")).orderBy(col("npmi").desc(), col("g2").desc(),
                col("entity_a"));
        return scored.withColumn("rank_a", row_number().over(byA)).withColumn("rank_b", row_number().over(byB))
                .where(col("rank_a").leq(parameters.topK()).or(col("rank_b").leq(parameters.topK())))
                .drop("rank_a", "rank_b");
    }

    private static Iterator<Row> sortedPairs(Row window) {
        List<String> entities = window.getList(5);
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < entities.size(); i++) {
            for (int j = i + 1; j < entities.size(); j++) {
                if (!entities.get(i).equals(entities.get(j))) {
                    out.add(RowFactory.create(window.get(0), window.get(1), window.get(2), window.get(3),
                            entities.get(i), entities.get(j)));
                }
            }
        }
        return out.iterator();
    }

    static org.apache.spark.sql.Column[] cols(List<String> names, String... more) {
        List<String> all = new ArrayList<>(names);
        all.addAll(List.of(more));
        return all.stream().map(org.apache.spark.sql.functions::col).toArray(org.apache.spark.sql.Column[]::new);
    }

    static scala.collection.immutable.Seq<String> seq(List<String> names, String... more) {
        List<String> all = new ArrayList<>(names);
        all.addAll(List.of(more));
        return scala.jdk.javaapi.CollectionConverters.asScala(all).toSeq();
    }
}
