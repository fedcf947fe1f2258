package org.akhbar.aggregate;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.call_udf;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;

/**
 * The steps of entity co-occurrence, shared by every period type. It scales by never self-joining mentions: each
 * window keeps its {@link Parameters#maxEntitiesPerWindow} most salient entities (most mentions, then earliest),
 * only frequent entities are paired (a join of the window's rows with themselves, so at most that many squared),
 * and the pairs are counted.
 *
 * <p>Counts travel in one form, keyed by period_type, period_start, window and deduplicated (false: every article;
 * true: one article per duplicate cluster): a row with entity_a and entity_b is a pair's window count, a row with
 * entity_a only is an entity's window count, a row with neither is the period's number of windows N. Windows are
 * counted once, flagged when their article represents its cluster, and both counts come from the same pass.
 */
public final class Cooccurrence {
    /** The knobs, recorded in runs. */
    public record Parameters(int maxEntitiesPerWindow, int minSupport, int topK) {
        public static Parameters defaults() {
            return new Parameters(20, 3, 50);
        }
    }

    static final List<String> KEYS = List.of("period_type", "period_start", "window_kind", "deduplicated");
    /** The keys of windows, which count for both values of deduplicated. */
    private static final List<String> WINDOW_KEYS = List.of("period_type", "period_start", "window_kind");
    private static final String ALL_ARTICLES = "windows_all";
    private static final String REPRESENTATIVES = "windows_dedup";
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
     * article_id, number, representative: every article of {@code articleEntities} once, with a number of its own
     * and whether it stands for its duplicate cluster. The caller writes it before use: the numbers are fixed
     * only once written.
     */
    static Dataset<Row> numberedArticles(Dataset<Row> articleEntities, Dataset<Row> representatives) {
        return articleEntities.select("article_id").distinct()
                .join(representatives.distinct().withColumn("representative", lit(true)), seq(List.of("article_id")),
                        "left")
                .withColumn("representative", coalesce(col("representative"), lit(false)))
                .withColumn("number", monotonically_increasing_id());
    }

    /**
     * window, window_id, segment, entity_id, published_date, representative: one row per salient entity and window,
     * representative when the window's article stands for its duplicate cluster. A window is identified by its
     * article's number (window_id) and its segment (−1 for the whole article, else the paragraph): millions of
     * windows are joined with themselves, and a long and an int cost less to shuffle and compare than text ids.
     *
     * @param articles {@link #numberedArticles} of at least these articles
     */
    Dataset<Row> windows(Dataset<Row> articleEntities, Dataset<Row> articles) {
        Dataset<Row> salient = articleEntities
                .withColumn("salience", row_number().over(Window.partitionBy("article_id")
                        .orderBy(col("mentions").desc(), col("first_position"), col("entity_id"))))
                .where(col("salience").leq(parameters.maxEntitiesPerWindow()))
                .join(articles, seq(List.of("article_id")));
        Dataset<Row> articleWindows = salient.select(lit("article").as("window_kind"), col("number").as("window_id"),
                lit(-1).as("segment"), col("entity_id"), col("published_date"), col("representative"));
        Dataset<Row> paragraphWindows = salient.withColumn("paragraph", explode(col("paragraphs")))
                .select(lit("paragraph").as("window_kind"), col("number").as("window_id"),
                        col("paragraph").as("segment"), col("entity_id"), col("published_date"),
                        col("representative"));
        return articleWindows.unionByName(paragraphWindows);
    }

    /** Entity counts and window totals of windows carrying period_type and period_start. */
    Dataset<Row> entityCounts(Dataset<Row> periodWindows) {
        Dataset<Row> entities = byDeduplication(periodWindows.groupBy(cols(WINDOW_KEYS, "entity_id"))
                .agg(count(lit(1)).as(ALL_ARTICLES), count(when(col("representative"), true)).as(REPRESENTATIVES)))
                .withColumnRenamed("entity_id", "entity_a")
                .withColumn("entity_b", lit(null).cast("string"));
        Dataset<Row> totals = byDeduplication(periodWindows
                .select(cols(WINDOW_KEYS, "window_id", "segment", "representative"))
                .distinct().groupBy(cols(WINDOW_KEYS))
                .agg(count(lit(1)).as(ALL_ARTICLES), count(when(col("representative"), true)).as(REPRESENTATIVES)))
                .withColumn("entity_a", lit(null).cast("string"))
                .withColumn("entity_b", lit(null).cast("string"));
        return entities.unionByName(totals);
    }

    /**
     * Pair counts of windows (carrying period_type and period_start) between entities of {@code frequent}
     * (frequentKeys, deduplicated, entity_id). Windows are paired once, over the entities frequent among all
     * articles, which include those frequent among representatives; the deduplicated counts then keep the pairs
     * of the latter.
     */
    Dataset<Row> pairCounts(Dataset<Row> periodWindows, Dataset<Row> frequent, List<String> frequentKeys) {
        Dataset<Row> pairable = periodWindows.join(frequent.where(not(col("deduplicated"))).drop("deduplicated"),
                        seq(frequentKeys, "entity_id"), "left_semi")
                .select(cols(WINDOW_KEYS, "window_id", "segment", "representative", "entity_id"));
        Dataset<Row> first = pairable.alias("first");
        Dataset<Row> second = pairable.alias("second");
        // A window's entities are distinct, so each pair of them is one row with entity_a < entity_b.
        Dataset<Row> pairs = first.join(second, col("first.window_id").equalTo(col("second.window_id"))
                        .and(col("first.segment").equalTo(col("second.segment")))
                        .and(col("first.period_type").equalTo(col("second.period_type")))
                        .and(col("first.entity_id").lt(col("second.entity_id"))))
                .select(col("first.period_type").as("period_type"), col("first.period_start").as("period_start"),
                        col("first.window_kind").as("window_kind"), col("first.representative").as("representative"),
                        col("first.entity_id").as("entity_a"), col("second.entity_id").as("entity_b"))
                .groupBy(cols(WINDOW_KEYS, "entity_a", "entity_b"))
                .agg(count(lit(1)).as(ALL_ARTICLES), count(when(col("representative"), true)).as(REPRESENTATIVES));
        List<String> keys = new ArrayList<>(frequentKeys);
        keys.add("deduplicated");
        return byDeduplication(pairs)
                .join(frequent.withColumnRenamed("entity_id", "entity_a"), seq(keys, "entity_a"), "left_semi")
                .join(frequent.withColumnRenamed("entity_id", "entity_b"), seq(keys, "entity_b"), "left_semi");
    }

    /** Counts over all articles and over representatives → rows keyed by deduplicated; zero counts are no row. */
    private static Dataset<Row> byDeduplication(Dataset<Row> counts) {
        return counts.withColumn("counted", explode(array(
                        struct(lit(false).as("deduplicated"), col(ALL_ARTICLES).as("windows")),
                        struct(lit(true).as("deduplicated"), col(REPRESENTATIVES).as("windows")))))
                .select(col("*"), col("counted.deduplicated"), col("counted.windows"))
                .drop("counted", ALL_ARTICLES, REPRESENTATIVES)
                .where(col("windows").gt(0));
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
        return entities.unionByName(pairCounts(periodWindows, frequent, WINDOW_KEYS));
    }

    /** The counts of all time: the sum of every period's counts, keyed as period_type {@code all}. */
    static Dataset<Row> sumIntoAllTime(Dataset<Row> counts) {
        return counts.groupBy("window_kind", "deduplicated", "entity_a", "entity_b").agg(sum("windows").as("windows"))
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
                .join(dedup, seq(List.of("period_type", "period_start", "window_kind", "entity_a", "entity_b")),
                        "left"));
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
