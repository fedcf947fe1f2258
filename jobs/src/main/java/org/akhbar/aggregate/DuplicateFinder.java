package org.akhbar.aggregate;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.call_udf;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.akhbar.table.Scratch;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.types.DataTypes;

/**
 * Exact and near duplicates: articles with the same {@code content_hash} are exact copies; reprints with another
 * header, source line or a trimmed paragraph are found by banded MinHash over 5-word shingles of the normalised
 * body ({@link ShingleSketch}), kept when their Jaccard similarity is at least {@link #MIN_SIMILARITY} and they
 * were published within {@link #MAX_DAYS_APART} days of each other (undated articles are only matched exactly).
 * Clusters are the connected components of these links, named by their smallest article id.
 */
public final class DuplicateFinder {
    static final double MIN_SIMILARITY = 0.5;
    static final int MAX_DAYS_APART = 3;
    private static final int MAX_ITERATIONS = 30;

    private final SparkSession spark;
    /** Cuts the lineage of each propagation round (a local checkpoint would not survive a lost executor). */
    private final Scratch scratch;

    public DuplicateFinder(SparkSession spark, Scratch scratch) {
        this.spark = spark;
        this.scratch = scratch;
    }

    /**
     * @param articles article_id, body, content_hash, published_date
     * @return article_id, cluster_id, method (exact or near), similarity, for members of clusters of two or more
     */
    public Dataset<Row> find(Dataset<Row> articles) {
        Dataset<Row> exact = exactLinks(articles);
        Dataset<Row> near = scratch.materialize("near_links",
                nearLinks(articles.where(col("published_date").isNotNull())));
        Dataset<Row> links = exact.unionByName(near);
        Dataset<Row> clusters = components(links);
        Dataset<Row> exactMembers = exact.select(col("a").as("article_id")).union(exact.select(col("b")))
                .distinct().withColumn("is_exact", lit(true));
        Dataset<Row> bestSimilarity = links.select(col("a").as("article_id"), col("similarity"))
                .union(links.select(col("b"), col("similarity")))
                .groupBy("article_id").agg(org.apache.spark.sql.functions.max("similarity").as("similarity"));
        return clusters.join(exactMembers, "article_id", "left")
                .join(bestSimilarity, "article_id")
                .withColumn("method", when(col("is_exact"), lit("exact")).otherwise(lit("near")))
                .select("article_id", "cluster_id", "method", "similarity");
    }

    /** Every member of a content_hash group linked to the group's smallest id. */
    private static Dataset<Row> exactLinks(Dataset<Row> articles) {
        Dataset<Row> firsts = articles.groupBy("content_hash").agg(min("article_id").as("a"));
        return articles.join(firsts, "content_hash").where(col("article_id").notEqual(col("a")))
                .select(col("a"), col("article_id").as("b"), lit(1.0).as("similarity"));
    }

    /**
     * Pairs of dated articles sharing {@link ShingleSketch#MIN_SHARED_BANDS} MinHash band keys, published at most
     * {@link #MAX_DAYS_APART} days apart, kept when the exact Jaccard similarity of their shingle sets is at least
     * {@link #MIN_SIMILARITY}. The join is also keyed by week so that a common band key only pairs articles of
     * neighbouring weeks: one side is keyed by its own week, the other by the weeks of the days MAX_DAYS_APART
     * before and after it.
     */
    private Dataset<Row> nearLinks(Dataset<Row> dated) {
        registerSketchFunctions();
        // A number per row (unique, fixed once written) keys the candidate pairs: millions of them are formed and
        // counted, and two longs cost less to compare, hash and shuffle than two article ids. Two rows of one id
        // (the same relative path under two input roots) get two numbers, and are not linked to each other below.
        Dataset<Row> sketched = scratch.materialize("shingles", dated
                .select(col("article_id"), monotonically_increasing_id().as("number"),
                        datediff(col("published_date"), lit("1970-01-01")).as("day"),
                        call_udf("akhbar_shingle_hashes", col("body")).as("shingles"))
                .where(size(col("shingles")).gt(0))
                .withColumn("bands", call_udf("akhbar_band_keys", col("shingles"))));
        Dataset<Row> keys = sketched.select(col("number"), col("day"), explode(col("bands")).as("band"));
        Dataset<Row> left = keys.select(col("band"), week(col("day")).as("week"), col("number").as("a"),
                col("day").as("day_a"));
        Dataset<Row> right = keys.select(col("band"),
                explode(array_distinct(array(week(col("day").minus(MAX_DAYS_APART)),
                        week(col("day").plus(MAX_DAYS_APART))))).as("week"),
                col("number").as("b"), col("day").as("day_b"));
        Dataset<Row> candidates = left.join(right, Cooccurrence.seq(List.of("band", "week")))
                .where(col("a").lt(col("b")).and(abs(col("day_a").minus(col("day_b"))).leq(MAX_DAYS_APART)))
                .groupBy("a", "b").count()
                .where(col("count").geq(ShingleSketch.MIN_SHARED_BANDS))
                .select("a", "b");
        Dataset<Row> shingles = sketched.select("number", "article_id", "shingles");
        return candidates.join(shingles.toDF("a", "article_a", "shingles_a"), "a")
                .join(shingles.toDF("b", "article_b", "shingles_b"), "b")
                .where(col("article_a").notEqual(col("article_b")))
                .select(col("article_a").as("a"), col("article_b").as("b"),
                        call_udf("akhbar_jaccard", col("shingles_a"), col("shingles_b")).as("similarity"))
                .where(col("similarity").geq(MIN_SIMILARITY));
    }

    private static Column week(Column day) {
        return floor(day.divide(7));
    }

    private void registerSketchFunctions() {
        spark.udf().register("akhbar_shingle_hashes", (UDF1<String, long[]>) ShingleSketch::shingleHashes,
                DataTypes.createArrayType(DataTypes.LongType, false));
        spark.udf().register("akhbar_band_keys",
                (UDF1<scala.collection.Seq<Object>, long[]>) hashes -> ShingleSketch.bandKeys(longs(hashes)),
                DataTypes.createArrayType(DataTypes.LongType, false));
        spark.udf().register("akhbar_jaccard", (UDF2<scala.collection.Seq<Object>, scala.collection.Seq<Object>,
                Double>) (a, b) -> ShingleSketch.jaccard(longs(a), longs(b)), DataTypes.DoubleType);
    }

    private static long[] longs(scala.collection.Seq<Object> values) {
        long[] out = new long[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (Long) values.apply(i);
        }
        return out;
    }

    /** Connected components by propagating the smallest id until nothing changes. */
    private Dataset<Row> components(Dataset<Row> links) {
        Dataset<Row> edges = scratch.materialize("duplicate_edges", links.select("a", "b")
                .union(links.select(col("b").as("a"), col("a").as("b"))).distinct());
        Dataset<Row> labels = scratch.materialize("duplicate_labels_0", edges.select(col("a").as("article_id"))
                .distinct().withColumn("cluster_id", col("article_id")));
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            Dataset<Row> proposed = edges.join(labels, edges.col("b").equalTo(labels.col("article_id")))
                    .select(edges.col("a").as("article_id"), labels.col("cluster_id").as("proposed"))
                    .groupBy("article_id").agg(min("proposed").as("proposed"));
            Dataset<Row> next = scratch.materialize("duplicate_labels_" + (i + 1), labels.join(proposed, "article_id")
                    .select(col("article_id"), least(col("cluster_id"), col("proposed")).as("cluster_id")));
            long changed = next.join(labels.withColumnRenamed("cluster_id", "old"), "article_id")
                    .where(col("cluster_id").notEqual(col("old"))).count();
            labels = next;
            if (changed == 0) {
                break;
            }
        }
        return labels;
    }
}
