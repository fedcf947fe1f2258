package org.akhbar.enrich;

import static org.apache.spark.sql.functions.bit_xor;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import java.util.List;
import java.util.Set;
import org.akhbar.table.RowHash;
import org.akhbar.table.Warehouse;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The {@code enriched_articles} table: the fingerprint of every article as the last enrich read it, by month. Of a
 * month that changed ({@link EnrichScope}) only the articles whose fingerprint is not the stored one are enriched
 * again; the others keep their rows.
 */
final class EnrichedArticles {
    static final String TABLE = "enriched_articles";
    static final String MONTH = "published_month";
    /**
     * Every column of {@code articles} that enrich reads, the body as written (content_hash folds away the line
     * breaks and punctuation that paragraphs and the tagger read).
     */
    private static final List<String> READ_COLUMNS = List.of("article_id", "title", "body", "site", "sources",
            "tags_raw", "published_date");

    private EnrichedArticles() {
    }

    /** xxhash64 of every column enrich reads. */
    static Column fingerprint() {
        return RowHash.of(READ_COLUMNS);
    }

    /** The table's rows for {@code articles}: article_id, fingerprint, published_month. */
    static Dataset<Row> rows(Dataset<Row> articles) {
        return articles.select(col("article_id"), fingerprint().as("fingerprint"), col(MONTH));
    }

    /**
     * The article_id and published_month of the articles of {@code articles} in {@code months} that are unchanged
     * since they were enriched: each (id, month) with as many rows, and the same fingerprints, as stored (an id two
     * input roots share counts as changed when either row changed). None where no enrich stored fingerprints yet
     * (a warehouse enriched by an earlier version enriches its changed months whole once).
     */
    static Dataset<Row> unchanged(Warehouse warehouse, Dataset<Row> articles, Set<String> months)
            throws java.io.IOException {
        Dataset<Row> now = prints(rows(articles.where(col(MONTH).isin(months.toArray()))));
        if (!warehouse.exists(TABLE)) {
            return now.select("article_id", MONTH).limit(0);
        }
        Dataset<Row> stored = prints(warehouse.read(TABLE).where(col(MONTH).isin(months.toArray())))
                .select(col("article_id").as("stored_id"), col(MONTH).as("stored_month"),
                        col("copies").as("stored_copies"), col("prints").as("stored_prints"));
        Column same = col("article_id").equalTo(col("stored_id")).and(col(MONTH).equalTo(col("stored_month")))
                .and(col("copies").equalTo(col("stored_copies"))).and(col("prints").equalTo(col("stored_prints")));
        return now.join(stored, same, "left_semi")
                .select("article_id", MONTH);
    }

    /** The rows of {@code rows} whose article (id and month) is ({@code left_semi}) or is not in {@code articles}. */
    static Dataset<Row> joinArticles(Dataset<Row> rows, Dataset<Row> articles, String joinType) {
        return rows.join(broadcast(articles.select(col("article_id").as("listed_id"), col(MONTH).as("listed_month"))),
                rows.col("article_id").equalTo(col("listed_id")).and(rows.col(MONTH).equalTo(col("listed_month"))),
                joinType);
    }

    private static Dataset<Row> prints(Dataset<Row> fingerprints) {
        return fingerprints.groupBy("article_id", MONTH).agg(count(lit(1)).as("copies"),
                bit_xor(col("fingerprint")).as("prints"));
    }
}
