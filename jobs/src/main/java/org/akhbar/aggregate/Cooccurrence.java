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
 * Entity co-occurrence per period (week, month, all) and window (article, paragraph). It scales by never
 * self-joining mentions: each window keeps its {@link Parameters#maxEntitiesPerWindow} most salient entities (most
 * mentions, then earliest), entities seen in fewer than {@link Parameters#minSupport} windows of the period are
 * dropped before pairing, and each window emits its sorted distinct pairs, which are counted.
 */
public final class Cooccurrence {
    /** The knobs, recorded in runs. */
    public record Parameters(int maxEntitiesPerWindow, int minSupport, int topK) {
        public static Parameters defaults() {
            return new Parameters(20, 3, 50);
        }
    }

    static final List<String> PERIOD_TYPES = List.of(Periods.WEEK, Periods.MONTH, Periods.ALL);
    private static final List<String> KEYS = List.of("period_type", "period_start", "window");

    private final Parameters parameters;

    public Cooccurrence(SparkSession spark, Parameters parameters) {
        this.parameters = parameters;
        spark.udf().register("akhbar_npmi", (UDF4<Long, Long, Long, Long, Double>) Association::npmi,
                DataTypes.DoubleType);
        spark.udf().register("akhbar_g2", (UDF4<Long, Long, Long, Long, Double>) Association::g2,
                DataTypes.DoubleType);
    }

    /** Counts and statistics of every pair that passes support and top-K, raw and one vote per cluster. */
    public Dataset<Row> compute(Dataset<Row> articleEntities, Dataset<Row> representatives) {
        Dataset<Row> raw = pairs(windows(articleEntities));
        Dataset<Row> dedup = pairs(windows(articleEntities.join(representatives, "article_id", "left_semi")));
        List<String> keys = new ArrayList<>(KEYS);
        keys.add("entity_a");
        keys.add("entity_b");
        Dataset<Row> renamed = dedup;
        for (String c : List.of("pair_count", "count_a", "count_b", "n_windows", "npmi", "g2")) {
            renamed = renamed.withColumnRenamed(c, c + "_dedup");
        }
        return Periods.publicKeys(raw.join(renamed, scala.jdk.javaapi.CollectionConverters.asScala(keys).toSeq(),
                "left"));
    }

    /** period_type, period_start, window, window_id, entity_id: one row per entity and window. */
    private Dataset<Row> windows(Dataset<Row> articleEntities) {
        Dataset<Row> salient = articleEntities
                .withColumn("salience", row_number().over(Window.partitionBy("article_id")
                        .orderBy(col("mentions").desc(), col("first_position"), col("entity_id"))))
                .where(col("salience").leq(parameters.maxEntitiesPerWindow()));
        Dataset<Row> articleWindows = salient.select(lit("article").as("window"), col("article_id").as("window_id"),
                col("entity_id"), col("published_date"));
        Dataset<Row> paragraphWindows = salient.withColumn("paragraph", explode(col("paragraphs")))
                .select(lit("paragraph").as("window"),
                        concat_ws("#", col("article_id"), col("paragraph").cast("string")).as("window_id"),
                        col("entity_id"), col("published_date"));
        return Periods.explodeInto(articleWindows.unionByName(paragraphWindows), "published_date", PERIOD_TYPES)
                .drop("published_date");
    }

    private Dataset<Row> pairs(Dataset<Row> windows) {
        Dataset<Row> entityCounts = windows.groupBy("period_type", "period_start", "window", "entity_id")
                .agg(count(lit(1)).as("entity_windows"));
        Dataset<Row> totals = windows.groupBy("period_type", "period_start", "window")
                .agg(countDistinct("window_id").as("n_windows"));
        Dataset<Row> frequent = windows.join(entityCounts.where(col("entity_windows").geq(parameters.minSupport())),
                scala.jdk.javaapi.CollectionConverters.asScala(List.of("period_type", "period_start", "window",
                        "entity_id")).toSeq(), "left_semi");
        StructType pairSchema = DataTypes.createStructType(List.of(
                DataTypes.createStructField("period_type", DataTypes.StringType, false),
                DataTypes.createStructField("period_start", DataTypes.DateType, true),
                DataTypes.createStructField("window", DataTypes.StringType, false),
                DataTypes.createStructField("entity_a", DataTypes.StringType, false),
                DataTypes.createStructField("entity_b", DataTypes.StringType, false)));
        Dataset<Row> pairRows = frequent.groupBy("period_type", "period_start", "window", "window_id")
                .agg(sort_array(collect_list("entity_id")).as("entities"))
                .flatMap((FlatMapFunction<Row, Row>) Cooccurrence::sortedPairs, Encoders.row(pairSchema));
        Dataset<Row> pairCounts = pairRows.groupBy("period_type", "period_start", "window", "entity_a", "entity_b")
                .agg(count(lit(1)).as("pair_count"))
                .where(col("pair_count").geq(parameters.minSupport()));
        Dataset<Row> countsA = entityCounts.withColumnRenamed("entity_id", "entity_a")
                .withColumnRenamed("entity_windows", "count_a");
        Dataset<Row> countsB = entityCounts.withColumnRenamed("entity_id", "entity_b")
                .withColumnRenamed("entity_windows", "count_b");
        var periodKeys = scala.jdk.javaapi.CollectionConverters.asScala(KEYS).toSeq();
        Dataset<Row> scored = pairCounts
                .join(countsA, scala.jdk.javaapi.CollectionConverters.asScala(
                        List.of("period_type", "period_start", "window", "entity_a")).toSeq())
                .join(countsB, scala.jdk.javaapi.CollectionConverters.asScala(
                        List.of("period_type", "period_start", "window", "entity_b")).toSeq())
                .join(totals, periodKeys)
                .withColumn("npmi", call_udf("akhbar_npmi", col("pair_count"), col("count_a"), col("count_b"),
                        col("n_windows")))
                .withColumn("g2", call_udf("akhbar_g2", col("pair_count"), col("count_a"), col("count_b"),
                        col("n_windows")));
        return topPartners(scored);
    }

    /** Keeps a pair when it is among the top K partners (by NPMI, then G²) of either of its entities. */
    private Dataset<Row> topPartners(Dataset<Row> scored) {
        var byA = Window.partitionBy("period_type", "period_start", "window", "entity_a")
                .orderBy(col("npmi").desc(), col("g2").desc(), col("entity_b"));
        var byB = Window.partitionBy("period_type", "period_start", "window", "entity_b")
                .orderBy(col("npmi").desc(), col("g2").desc(), col("entity_a"));
        return scored.withColumn("rank_a", row_number().over(byA)).withColumn("rank_b", row_number().over(byB))
                .where(col("rank_a").leq(parameters.topK()).or(col("rank_b").leq(parameters.topK())))
                .drop("rank_a", "rank_b");
    }

    private static Iterator<Row> sortedPairs(Row window) {
        List<String> entities = window.getList(4);
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < entities.size(); i++) {
            for (int j = i + 1; j < entities.size(); j++) {
                if (!entities.get(i).equals(entities.get(j))) {
                    out.add(RowFactory.create(window.get(0), window.get(1), window.get(2), entities.get(i),
                            entities.get(j)));
                }
            }
        }
        return out.iterator();
    }
}
