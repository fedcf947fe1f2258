package org.akhbar.aggregate;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.when;

import org.akhbar.table.Scratch;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;

/**
 * Exact and near duplicates: articles with the same {@code content_hash} are exact copies; reprints with another
 * header, source line or a trimmed paragraph are found with Spark ML's MinHash LSH over 5-word shingles of the
 * normalised body, kept when their Jaccard similarity is at least {@link #MIN_SIMILARITY} and they were published
 * within {@link #MAX_DAYS_APART} days of each other (undated articles are only matched exactly). Clusters are the
 * connected components of these links, named by their smallest article id.
 */
public final class DuplicateFinder {
    static final double MIN_SIMILARITY = 0.5;
    static final int MAX_DAYS_APART = 3;
    static final int HASH_TABLES = 5;
    private static final int FEATURES = 1 << 20;
    private static final long SEED = 20231;
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
        Dataset<Row> near = withoutBroadcastJoins(() -> scratch.materialize("near_links",
                nearLinks(articles.where(col("published_date").isNotNull()))));
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

    /**
     * Runs {@code step} with broadcast joins off. Spark sizes the LSH join's inputs from the compressed articles
     * files, a few MB, and broadcasts one side; its rows carry each article's shingle vector, gigabytes in memory
     * (seen with 20,000 articles and a 4 GB driver). A sort-merge join keeps memory bounded by configuration.
     */
    private Dataset<Row> withoutBroadcastJoins(java.util.function.Supplier<Dataset<Row>> step) {
        String key = "spark.sql.autoBroadcastJoinThreshold";
        String previous = spark.conf().get(key);
        spark.conf().set(key, "-1");
        try {
            return step.get();
        } finally {
            spark.conf().set(key, previous);
        }
    }

    /** Every member of a content_hash group linked to the group's smallest id. */
    private static Dataset<Row> exactLinks(Dataset<Row> articles) {
        Dataset<Row> firsts = articles.groupBy("content_hash").agg(min("article_id").as("a"));
        return articles.join(firsts, "content_hash").where(col("article_id").notEqual(col("a")))
                .select(col("a"), col("article_id").as("b"), lit(1.0).as("similarity"));
    }

    private Dataset<Row> nearLinks(Dataset<Row> dated) {
        spark.udf().register("akhbar_shingles", (UDF1<String, scala.collection.immutable.Seq<String>>)
                body -> scala.jdk.javaapi.CollectionConverters.asScala(Shingles.of(body)).toList(),
                DataTypes.createArrayType(DataTypes.StringType));
        Dataset<Row> shingled = dated.select(col("article_id"), col("published_date"),
                        org.apache.spark.sql.functions.call_udf("akhbar_shingles", col("body")).as("shingles"))
                .where(org.apache.spark.sql.functions.size(col("shingles")).gt(0));
        Dataset<Row> features = new HashingTF().setInputCol("shingles").setOutputCol("features")
                .setNumFeatures(FEATURES).setBinary(true).transform(shingled);
        MinHashLSHModel model = new MinHashLSH().setInputCol("features").setOutputCol("hashes")
                .setNumHashTables(HASH_TABLES).setSeed(SEED).fit(features);
        Dataset<Row> pairs = model.approxSimilarityJoin(features, features, 1 - MIN_SIMILARITY, "distance")
                .select(col("datasetA.article_id").as("a"), col("datasetB.article_id").as("b"),
                        col("datasetA.published_date").as("date_a"), col("datasetB.published_date").as("date_b"),
                        col("distance"));
        return pairs.where(col("a").lt(col("b")))
                .where(abs(datediff(col("date_a"), col("date_b"))).leq(MAX_DAYS_APART))
                .select(col("a"), col("b"), lit(1.0).minus(col("distance")).as("similarity"));
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
