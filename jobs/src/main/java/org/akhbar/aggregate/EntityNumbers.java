package org.akhbar.aggregate;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

/**
 * Every entity of {@code article_entities} numbered in the order of its id (Spark's order of strings, by code
 * point), so that the millions of day and period counts are keyed and compared by int, and decoded back to ids only
 * in the tables written. Also says which entities are pairable: those in at least minimum support articles
 * (article windows) or paragraphs (paragraph windows) over the whole warehouse. No other entity can reach the
 * minimum support of windows in any period, so the pairs left out could never be scored.
 */
final class EntityNumbers implements Serializable {
    static final int NONE = -1;
    /** Spark orders strings by their UTF-8 bytes, which is the order of their code points. */
    static final Comparator<String> CODE_POINT_ORDER = (x, y) -> {
        int i = 0;
        int j = 0;
        while (i < x.length() && j < y.length()) {
            int cx = x.codePointAt(i);
            int cy = y.codePointAt(j);
            if (cx != cy) {
                return Integer.compare(cx, cy);
            }
            i += Character.charCount(cx);
            j += Character.charCount(cy);
        }
        return Integer.compare(x.length() - i, y.length() - j);
    };

    private final String[] ids;
    private final Map<String, Integer> numbers;
    private final BitSet pairableInArticles;
    private final BitSet pairableInParagraphs;

    EntityNumbers(List<String> ids, BitSet pairableInArticles, BitSet pairableInParagraphs) {
        this.ids = ids.toArray(String[]::new);
        this.numbers = new HashMap<>();
        for (int i = 0; i < this.ids.length; i++) {
            numbers.put(this.ids[i], i);
        }
        this.pairableInArticles = pairableInArticles;
        this.pairableInParagraphs = pairableInParagraphs;
    }

    static EntityNumbers of(Dataset<Row> articleEntities, int minSupport) {
        articleEntities.sparkSession().sparkContext().setJobDescription("entity numbers");
        List<Row> rows = new ArrayList<>(articleEntities.groupBy("entity_id")
                .agg(count(lit(1)).as("articles"), sum(size(col("paragraphs"))).as("paragraphs"))
                .collectAsList());
        articleEntities.sparkSession().sparkContext().setJobDescription(null);
        rows.sort((x, y) -> CODE_POINT_ORDER.compare(x.getString(0), y.getString(0)));
        List<String> ids = new ArrayList<>(rows.size());
        BitSet inArticles = new BitSet();
        BitSet inParagraphs = new BitSet();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            ids.add(row.getString(0));
            inArticles.set(i, row.getLong(1) >= minSupport);
            inParagraphs.set(i, !row.isNullAt(2) && row.getLong(2) >= minSupport);
        }
        return new EntityNumbers(ids, inArticles, inParagraphs);
    }

    int number(String entityId) {
        Integer number = numbers.get(entityId);
        if (number == null) {
            throw new IllegalStateException("entity " + entityId + " was not numbered");
        }
        return number;
    }

    boolean pairable(String windowKind, int entity) {
        return (ArticleWindows.ARTICLE_WINDOW.equals(windowKind) ? pairableInArticles : pairableInParagraphs)
                .get(entity);
    }

    /** {@code columns} (int numbers, null for none) replaced by the entity ids they stand for. */
    Dataset<Row> decode(Dataset<Row> rows, String... columns) {
        return replaced(rows, "number", "id", columns);
    }

    /** {@code columns} (entity ids, null for none) replaced by their numbers. */
    Dataset<Row> encode(Dataset<Row> rows, String... columns) {
        return replaced(rows, "id", "number", columns);
    }

    private Dataset<Row> replaced(Dataset<Row> rows, String from, String to, String... columns) {
        Dataset<Row> entities = dictionary(rows.sparkSession());
        Dataset<Row> replaced = rows;
        for (String column : columns) {
            String renamed = column + "_" + to;
            replaced = replaced.join(broadcast(entities.select(col(from).as(column), col(to).as(renamed))),
                            Cooccurrence.seq(List.of(column)), "left")
                    .drop(column).withColumnRenamed(renamed, column);
        }
        return replaced;
    }

    /** entity_id, pairable_in_articles, pairable_in_paragraphs of every entity. */
    Dataset<Row> pairability(SparkSession spark) {
        return dictionary(spark).select(col("id").as("entity_id"), col("pairable_in_articles"),
                col("pairable_in_paragraphs"));
    }

    private Dataset<Row> dictionary(SparkSession spark) {
        List<Row> dictionary = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            dictionary.add(RowFactory.create(i, ids[i], pairableInArticles.get(i), pairableInParagraphs.get(i)));
        }
        return spark.createDataFrame(dictionary, DataTypes.createStructType(List.of(
                DataTypes.createStructField("number", DataTypes.IntegerType, false),
                DataTypes.createStructField("id", DataTypes.StringType, false),
                DataTypes.createStructField("pairable_in_articles", DataTypes.BooleanType, false),
                DataTypes.createStructField("pairable_in_paragraphs", DataTypes.BooleanType, false))));
    }
}
