package org.akhbar.aggregate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.lit;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Exact and near duplicates: articles with the same {@code content_hash} are exact copies; reprints with another
 * header, source line or a trimmed paragraph are found by banded MinHash over 5-word shingles of the normalised
 * body ({@link ShingleSketch}), kept when their Jaccard similarity is at least {@link #MIN_SIMILARITY} and they
 * were published within {@link #MAX_DAYS_APART} days of each other (undated articles are only matched exactly).
 * Clusters are the connected components of these links, named by their smallest article id.
 *
 * <p>Two passes: the sketches are made where the bodies are read and shuffled once into buckets of days, where
 * {@link NearDuplicateBucket} compares them in memory; the links, few beside the articles, are clustered on the
 * driver ({@link DuplicateClusters}).
 */
public final class DuplicateFinder {
    static final double MIN_SIMILARITY = 0.5;
    static final int MAX_DAYS_APART = 3;

    private static final StructType SKETCHES = DataTypes.createStructType(List.of(
            DataTypes.createStructField("bucket", DataTypes.LongType, false),
            DataTypes.createStructField("article_id", DataTypes.StringType, false),
            DataTypes.createStructField("day", DataTypes.IntegerType, false),
            DataTypes.createStructField("shingles", DataTypes.BinaryType, false),
            DataTypes.createStructField("bands", DataTypes.BinaryType, false),
            DataTypes.createStructField("fresh", DataTypes.BooleanType, false)));
    private static final StructType LINKS = DataTypes.createStructType(List.of(
            DataTypes.createStructField("a", DataTypes.StringType, false),
            DataTypes.createStructField("b", DataTypes.StringType, false),
            DataTypes.createStructField("similarity", DataTypes.DoubleType, false)));
    static final StructType MEMBERS = DataTypes.createStructType(List.of(
            DataTypes.createStructField("article_id", DataTypes.StringType, false),
            DataTypes.createStructField("cluster_id", DataTypes.StringType, false),
            DataTypes.createStructField("method", DataTypes.StringType, false),
            DataTypes.createStructField("similarity", DataTypes.DoubleType, false)));

    private final SparkSession spark;

    public DuplicateFinder(SparkSession spark) {
        this.spark = spark;
    }

    /**
     * @param articles article_id, body, content_hash, published_date
     * @return rows of {@link #MEMBERS} (article_id, cluster_id, method exact or near, similarity) for the members of
     *     clusters of two or more, on the driver, where the clusters were joined
     */
    public List<Row> find(Dataset<Row> articles) {
        return cluster(articles, collect(describe("near duplicates",
                nearLinks(articles.withColumn("fresh", lit(true))))));
    }

    /** The links of {@link #nearLinks}, on the driver. */
    static List<NearDuplicateBucket.Link> collect(Dataset<Row> links) {
        List<NearDuplicateBucket.Link> out = new ArrayList<>();
        for (Row link : links.collectAsList()) {
            out.add(new NearDuplicateBucket.Link(link.getString(0), link.getString(1), link.getDouble(2)));
        }
        return out;
    }

    /**
     * The clusters of the exact copies among {@code articles} (article_id, content_hash) and the {@code near} links.
     *
     * @return rows of {@link #MEMBERS}, as {@link #find}
     */
    List<Row> cluster(Dataset<Row> articles, Collection<NearDuplicateBucket.Link> near) {
        DuplicateClusters clusters = new DuplicateClusters();
        for (Row group : describe("exact duplicates", articles.groupBy("content_hash")
                .agg(count(lit(1)).as("copies"), collect_list("article_id").as("ids"))
                .where(col("copies").gt(1)).select("ids")).collectAsList()) {
            List<String> ids = new ArrayList<>(new TreeSet<>(group.<String>getList(0)));
            if (ids.size() > 1) {
                clusters.addExactGroup(ids);
            }
        }
        for (NearDuplicateBucket.Link link : near) {
            clusters.addNear(link.a(), link.b(), link.similarity());
        }
        List<Row> rows = new ArrayList<>();
        for (DuplicateClusters.Member m : clusters.members()) {
            rows.add(RowFactory.create(m.articleId(), m.clusterId(), m.method(), m.similarity()));
        }
        return rows;
    }

    private Dataset<Row> describe(String what, Dataset<Row> rows) {
        spark.sparkContext().setJobDescription(what);
        return rows;
    }

    /**
     * The near-duplicate links of the dated {@code articles} (article_id, published_date, body, fresh) that have a
     * fresh article at one end at least: rows of a, b (a &lt; b), similarity.
     */
    static Dataset<Row> nearLinks(Dataset<Row> articles) {
        Dataset<Row> dated = articles.where(col("published_date").isNotNull())
                .select(col("article_id"), datediff(col("published_date"), lit("1970-01-01")).as("day"), col("body"),
                        col("fresh"));
        return dated.flatMap((FlatMapFunction<Row, Row>) DuplicateFinder::sketches, Encoders.row(SKETCHES))
                .repartition(col("bucket")).sortWithinPartitions("bucket")
                .mapPartitions((MapPartitionsFunction<Row, Row>) DuplicateFinder::bucketLinks, Encoders.row(LINKS));
    }

    /** An article's sketch, once for each bucket it is compared in; none for a body without words. */
    private static Iterator<Row> sketches(Row article) {
        List<Row> out = new ArrayList<>(2);
        long[] shingles = ShingleSketch.shingleHashes(article.getString(2));
        if (shingles.length > 0) {
            byte[] packedShingles = pack(shingles);
            byte[] bands = pack(ShingleSketch.bandKeys(shingles));
            for (long bucket : NearDuplicateBucket.bucketsOf(article.getInt(1))) {
                out.add(RowFactory.create(bucket, article.getString(0), article.getInt(1), packedShingles, bands,
                        article.getBoolean(3)));
            }
        }
        return out.iterator();
    }

    /** The links of each bucket of a partition sorted by bucket. */
    private static Iterator<Row> bucketLinks(Iterator<Row> sorted) {
        List<Row> out = new ArrayList<>();
        List<NearDuplicateBucket.Sketch> bucket = new ArrayList<>();
        long current = Long.MIN_VALUE;
        while (sorted.hasNext()) {
            Row row = sorted.next();
            if (row.getLong(0) != current) {
                addLinks(current, bucket, out);
                bucket.clear();
                current = row.getLong(0);
            }
            bucket.add(new NearDuplicateBucket.Sketch(row.getString(1), row.getInt(2), unpack(row.getAs(3)),
                    unpack(row.getAs(4)), row.getBoolean(5)));
        }
        addLinks(current, bucket, out);
        return out.iterator();
    }

    private static void addLinks(long bucket, List<NearDuplicateBucket.Sketch> sketches, List<Row> out) {
        for (NearDuplicateBucket.Link link : NearDuplicateBucket.links(bucket, sketches)) {
            out.add(RowFactory.create(link.a(), link.b(), link.similarity()));
        }
    }

    private static byte[] pack(long[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Long.BYTES);
        buffer.asLongBuffer().put(values);
        return buffer.array();
    }

    private static long[] unpack(byte[] bytes) {
        long[] values = new long[bytes.length / Long.BYTES];
        ByteBuffer.wrap(bytes).asLongBuffer().get(values);
        return values;
    }
}
