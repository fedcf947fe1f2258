package org.akhbar.aggregate;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.xxhash64;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What each article contributes to the aggregates, as one 64-bit fingerprint: its date, its duplicate cluster and
 * whether it is the cluster's representative, its entities (with the mentions, positions and paragraphs that
 * decide salience and windows), its tags and its sources, plus the aggregate parameters. Stored after every run as
 * {@code aggregate_inputs}; comparing the new fingerprints with the stored ones tells which days a run must
 * recompute. A new article, a removed one, a re-enriched one and an old article whose cluster gained a new
 * representative all change a fingerprint.
 */
final class AggregateInputs {
    private AggregateInputs() {
    }

    /**
     * @param clusterKeys article_id, published_date, cluster_key
     * @return article_id, published_date, fingerprint
     */
    static Dataset<Row> fingerprints(Dataset<Row> clusterKeys, Dataset<Row> entities, Dataset<Row> tags,
                                     Dataset<Row> sources, String parameters) {
        Dataset<Row> entityDigest = digest(entities, "entities", col("entity_id"), col("mentions"),
                col("first_position"), col("paragraphs"));
        Dataset<Row> tagDigest = digest(tags, "tags", col("tag"), col("site_box"));
        Dataset<Row> sourceDigest = digest(sources, "sources", col("role"), col("source_id"), col("source_name"));
        return clusterKeys.join(entityDigest, "article_id", "left")
                .join(tagDigest, "article_id", "left")
                .join(sourceDigest, "article_id", "left")
                .select(col("article_id"), col("published_date"), xxhash64(col("published_date"), col("cluster_key"),
                        col("entities"), col("tags"), col("sources"), lit(parameters)).as("fingerprint"));
    }

    /** article_id and the sorted list of an article's rows of a per-article table. */
    private static Dataset<Row> digest(Dataset<Row> rows, String name, Column... fields) {
        return rows.groupBy("article_id").agg(sort_array(collect_list(struct(fields))).as(name));
    }

    /**
     * The days whose figures may differ between the stored and the new fingerprints: the old and the new date of
     * every article added, removed or changed. Only distinct dates reach the driver.
     */
    static TouchedPeriods touched(Dataset<Row> current, Dataset<Row> stored) {
        Dataset<Row> changed = current.as("now").join(stored.as("before"),
                        col("now.article_id").equalTo(col("before.article_id")), "full_outer")
                .where(not(coalesce(col("now.fingerprint").equalTo(col("before.fingerprint")), lit(false))));
        Dataset<Row> dates = changed.where(col("now.article_id").isNotNull())
                .select(col("now.published_date").as("day"))
                .union(changed.where(col("before.article_id").isNotNull()).select(col("before.published_date")))
                .distinct();
        List<LocalDate> days = new ArrayList<>();
        boolean undated = false;
        for (Row row : dates.collectAsList()) {
            if (row.isNullAt(0)) {
                undated = true;
            } else {
                days.add(Periods.localDate(row.get(0)));
            }
        }
        return TouchedPeriods.of(days, undated);
    }
}
