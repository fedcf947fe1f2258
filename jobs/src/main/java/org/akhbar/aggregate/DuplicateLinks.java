package org.akhbar.aggregate;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.akhbar.table.TableWriter;
import org.akhbar.table.Warehouse;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code duplicate_links} table: every article as the duplicate finder last compared it (content hash and
 * publication date) with its near-duplicate links, by month. A link depends on its two bodies and dates alone, so
 * an increment compares again only the articles that are new, changed or gone since (the fresh ones), with every
 * article published within {@link DuplicateFinder#MAX_DAYS_APART} days of a fresh one, and keeps the stored links
 * between the others: the links a comparison of every article would find. It rewrites the months of the articles
 * compared, of the fresh ones as they were, and of the stored partners of these.
 *
 * <p>Sketches are made again for the articles compared rather than stored: the shingles that the exact similarity
 * needs take about as much room as the bodies, and the articles near a day's dump are a small part of a history.
 */
final class DuplicateLinks {
    static final String TABLE = "duplicate_links";
    private static final String MONTH = "published_month";
    private static final StructType LINK_ROWS = DataTypes.createStructType(List.of(
            DataTypes.createStructField("article_id", DataTypes.StringType, false),
            DataTypes.createStructField("linked_id", DataTypes.StringType, false),
            DataTypes.createStructField("similarity", DataTypes.DoubleType, false)));

    private final SparkSession spark;
    private final Warehouse warehouse;
    private final TableWriter writer;
    private String description = "all";

    DuplicateLinks(SparkSession spark, Warehouse warehouse, TableWriter writer) {
        this.spark = spark;
        this.warehouse = warehouse;
        this.writer = writer;
    }

    /**
     * Finds the links of the fresh articles, stores them with those kept, and returns them all.
     *
     * @param articles article_id, body, content_hash, published_date, published_month
     * @param reuse    whether the stored links were found with this program and these settings
     * @return every near-duplicate link among {@code articles}, each once (a before b)
     */
    List<NearDuplicateBucket.Link> update(Dataset<Row> articles, boolean reuse) throws IOException {
        Dataset<Row> versions = articles.select("article_id", "content_hash", "published_date", MONTH);
        if (!reuse || !warehouse.exists(TABLE)) {
            spark.sparkContext().setJobDescription("near duplicates");
            List<NearDuplicateBucket.Link> links = DuplicateFinder.collect(DuplicateFinder.nearLinks(
                    articles.withColumn("fresh", lit(true))));
            writer.replace(TABLE, rows(versions, links), List.of(MONTH), List.of("article_id"));
            return links;
        }
        Dataset<Row> stored = warehouse.read(TABLE);
        List<Row> fresh = changed(versions, stored).collectAsList();
        List<Row> storedLinks = stored.select(col("article_id"), col(MONTH), explode(col("near_links")).as("link"))
                .select(col("article_id"), col(MONTH), col("link.article_id"), col("link.similarity"))
                .collectAsList();
        Set<String> freshIds = new HashSet<>();
        fresh.forEach(r -> freshIds.add(r.getString(0)));
        description = freshIds.size() + (freshIds.size() == 1 ? " article" : " articles") + " new, changed or gone";
        Map<String, NearDuplicateBucket.Link> links = new LinkedHashMap<>();
        Set<String> months = new TreeSet<>();
        fresh.forEach(r -> months.add(r.getString(2)));
        for (Row link : storedLinks) {
            String a = link.getString(0);
            String b = link.getString(2);
            if (!freshIds.contains(a) && !freshIds.contains(b)) {
                if (a.compareTo(b) < 0) {
                    put(links, new NearDuplicateBucket.Link(a, b, link.getDouble(3)));
                }
            } else if (!freshIds.contains(a)) {
                months.add(link.getString(1));
            }
        }
        if (freshIds.isEmpty()) {
            return List.copyOf(links.values());
        }
        Dataset<Row> freshRows = broadcast(IdColumn.of(spark, freshIds, "fresh_id"));
        // Every row of a fresh id is compared again, an unchanged one of two rows sharing the id included.
        Set<Integer> days = nearDays(versions.join(freshRows, col("article_id").equalTo(col("fresh_id")))
                .select("article_id", "published_date", MONTH).collectAsList());
        days.forEach(day -> months.add(DayTables.month(LocalDate.ofEpochDay(day))));
        Dataset<Row> compared = articles.where(col(MONTH).isin(months.toArray()))
                .where(datediff(col("published_date"), lit("1970-01-01")).isin(days.toArray()))
                .join(freshRows, col("article_id").equalTo(col("fresh_id")), "left")
                .withColumn("fresh", col("fresh_id").isNotNull());
        spark.sparkContext().setJobDescription("near duplicates of fresh articles");
        DuplicateFinder.collect(DuplicateFinder.nearLinks(compared)).forEach(link -> put(links, link));
        List<NearDuplicateBucket.Link> all = List.copyOf(links.values());
        writer.replacePartitions(TABLE, rows(versions.where(col(MONTH).isin(months.toArray())), all), MONTH,
                List.copyOf(months), List.of("article_id"));
        return all;
    }

    /** For the runs table: which articles were compared. */
    String description() {
        return description;
    }

    /** article_id, published_date, published_month of the versions in one table and not the other, both ways. */
    private static Dataset<Row> changed(Dataset<Row> versions, Dataset<Row> stored) {
        return notIn(versions, stored).unionByName(notIn(stored, versions));
    }

    private static Dataset<Row> notIn(Dataset<Row> left, Dataset<Row> right) {
        Dataset<Row> l = left.as("l");
        Dataset<Row> r = right.as("r");
        Column same = col("l.article_id").equalTo(col("r.article_id"))
                .and(col("l.content_hash").equalTo(col("r.content_hash")))
                .and(col("l.published_date").eqNullSafe(col("r.published_date")));
        return l.join(r, same, "left_anti").select(col("article_id"), col("published_date"), col(MONTH));
    }

    /** The epoch days within {@link DuplicateFinder#MAX_DAYS_APART} of the day of a dated row of a fresh article. */
    private static Set<Integer> nearDays(List<Row> fresh) {
        Set<Integer> days = new TreeSet<>();
        for (Row r : fresh) {
            if (!r.isNullAt(1)) {
                int day = (int) Periods.localDate(r.get(1)).toEpochDay();
                for (int d = day - DuplicateFinder.MAX_DAYS_APART; d <= day + DuplicateFinder.MAX_DAYS_APART; d++) {
                    days.add(d);
                }
            }
        }
        return days;
    }

    /** The table's rows for {@code versions}: each with its links, both ways, sorted by the other article. */
    private Dataset<Row> rows(Dataset<Row> versions, List<NearDuplicateBucket.Link> links) {
        List<Row> ends = new ArrayList<>(2 * links.size());
        for (NearDuplicateBucket.Link link : links) {
            ends.add(RowFactory.create(link.a(), link.b(), link.similarity()));
            ends.add(RowFactory.create(link.b(), link.a(), link.similarity()));
        }
        Dataset<Row> byArticle = spark.createDataFrame(ends, LINK_ROWS).groupBy(col("article_id").as("linked_from"))
                .agg(sort_array(collect_list(struct(col("linked_id").as("article_id"), col("similarity"))))
                        .as("near_links"));
        return versions.join(byArticle, col("article_id").equalTo(col("linked_from")), "left")
                .withColumn("near_links", coalesce(col("near_links"), array().cast(byArticle.schema()
                        .apply("near_links").dataType())));
    }

    private static void put(Map<String, NearDuplicateBucket.Link> links, NearDuplicateBucket.Link link) {
        links.put(link.a() + "\t" + link.b(), link);
    }
}
