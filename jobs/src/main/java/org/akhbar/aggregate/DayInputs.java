package org.akhbar.aggregate;

import static org.apache.spark.sql.functions.bit_xor;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.akhbar.table.RowHash;
import org.akhbar.table.TableSchemas;
import org.akhbar.table.TableWriter;
import org.akhbar.table.Warehouse;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/**
 * What each day's counts are made of, as a print: how many input rows reach the day and a hash of their hashes
 * (the XOR and the sum of their low halves, by group).
 * A day's counts ({@link DayPartials}, {@link WindowDayCounts}) depend on the articles published on it (their tags,
 * sources and entities, whether each entity is pairable, and their cluster; an article's times are taken too, for
 * the story flows of its cluster) and on the clusters whose representative
 * it holds (the rows of every member: the deduplicated vote takes the union of their tags and sources). A day whose
 * print equals the one stored in {@code day_inputs} by the last run has the counts that run stored; an increment
 * computes only the others, and scores again only the periods holding them. The days an increment adds to and those
 * it reaches otherwise (a cluster that grows or whose representative moves, an entity that becomes pairable) are
 * found alike, from the inputs, before anything is counted.
 */
final class DayInputs {
    static final String TABLE = "day_inputs";

    /** A day's inputs: how many rows, and the XOR of their hashes. */
    record Print(long rows, long hashes) {
    }

    private final Map<LocalDate, Print> prints;
    private final Map<String, Set<LocalDate>> clusterDays;
    private final Map<String, LocalDate> representativeDays;

    private DayInputs(Map<LocalDate, Print> prints, Map<String, Set<LocalDate>> clusterDays,
                      Map<String, LocalDate> representativeDays) {
        this.prints = prints;
        this.clusterDays = clusterDays;
        this.representativeDays = representativeDays;
    }

    /** The print of every day (null for the undated articles). */
    Map<LocalDate, Print> prints() {
        return prints;
    }

    /**
     * The clusters whose representative is published on one of {@code days}: among them every cluster an input
     * row of which changed, since a cluster's whole print goes to its representative's day.
     */
    Set<String> clustersRepresentedOn(Set<LocalDate> days) {
        Set<String> clusters = new HashSet<>();
        representativeDays.forEach((cluster, day) -> {
            if (days.contains(day)) {
                clusters.add(cluster);
            }
        });
        return clusters;
    }

    /** The clusters with a member published on one of {@code days}. */
    Set<String> clustersOn(Set<LocalDate> days) {
        Set<String> clusters = new HashSet<>();
        clusterDays.forEach((cluster, on) -> {
            if (on.stream().anyMatch(days::contains)) {
                clusters.add(cluster);
            }
        });
        return clusters;
    }

    /**
     * @param articles   article_id, published_date, published_at, published_raw, date_source
     * @param duplicates article_id, cluster_id of the members of clusters
     * @param tags       article_id, tag, position, published_date: the tags counted
     * @param sources    article_id, role, source_id, source_name, published_date
     * @param entities   article_id, entity_id, mentions, first_position, paragraphs, published_date
     * @return the prints of the days, and the days of each cluster's members
     */
    static DayInputs of(Dataset<Row> articles, Dataset<Row> duplicates, Dataset<Row> tags, Dataset<Row> sources,
                        Dataset<Row> entities, EntityNumbers numbers) {
        Dataset<Row> rows = hashed(articles, "article", "article_id", "published_at", "published_raw", "date_source")
                // A tag can come twice from one tag line: its position keeps the two rows from cancelling out.
                .unionByName(hashed(tags, "tag", "article_id", "tag", "position"))
                .unionByName(hashed(sources, "source", "article_id", "role", "source_id", "source_name"))
                .unionByName(hashed(entities.join(broadcast(numbers.pairability(entities.sparkSession())),
                                "entity_id"), "entity", "article_id", "entity_id", "mentions", "first_position",
                        "paragraphs", "pairable_in_articles", "pairable_in_paragraphs"))
                .join(broadcast(duplicates.select("article_id", "cluster_id")), Cooccurrence.seq(List.of("article_id")),
                        "left")
                .withColumn("representative", col("kind").equalTo("article")
                        .and(col("article_id").equalTo(col("cluster_id"))));
        articles.sparkSession().sparkContext().setJobDescription("day inputs");
        // Beside the XOR, the sum of the hashes' low halves: two equal rows (an id two input roots share) would
        // cancel out in the XOR alone.
        List<Group> groups = new ArrayList<>();
        for (Row g : rows.groupBy("published_date", "cluster_id", "representative")
                .agg(count(lit(1)), bit_xor(col("hash")), sum(col("hash").bitwiseAND(0xFFFFFFFFL))).collectAsList()) {
            long hashes = Hash64.mix(g.getLong(4) ^ Hash64.mix(g.getLong(5)));
            groups.add(new Group(g.isNullAt(0) ? null : Periods.localDate(g.get(0)), g.getString(1),
                    !g.isNullAt(2) && g.getBoolean(2), g.getLong(3), hashes));
        }
        articles.sparkSession().sparkContext().setJobDescription(null);
        Map<String, Set<LocalDate>> clusterDays = new HashMap<>();
        Map<String, LocalDate> representativeDays = new HashMap<>();
        for (Group g : groups) {
            if (g.cluster() != null) {
                clusterDays.computeIfAbsent(g.cluster(), c -> new HashSet<>()).add(g.day());
                if (g.representative()) {
                    representativeDays.put(g.cluster(), g.day());
                }
            }
        }
        return new DayInputs(prints(groups, representativeDays), clusterDays, representativeDays);
    }

    /** The rows of one day and cluster (null: the day's articles without a duplicate): how many, and their hash. */
    private record Group(LocalDate day, String cluster, boolean representative, long rows, long hashes) {
    }

    private static Dataset<Row> hashed(Dataset<Row> rows, String kind, String... columns) {
        List<String> hashed = new ArrayList<>(List.of("kind"));
        hashed.addAll(List.of(columns));
        return rows.withColumn("kind", lit(kind))
                .select(col("article_id"), col("published_date"), col("kind"), RowHash.ofValues(hashed).as("hash"));
    }

    /**
     * The days' prints from the sums of each (day, cluster, representative row) group: a day takes its own rows,
     * each cluster's marked with the cluster, and the whole print of each cluster whose representative it holds.
     */
    private static Map<LocalDate, Print> prints(List<Group> groups, Map<String, LocalDate> representativeDays) {
        Map<LocalDate, long[]> days = new HashMap<>();
        Map<String, long[]> clusters = new HashMap<>();
        for (Group g : groups) {
            LocalDate day = g.day();
            String cluster = g.cluster();
            long rows = g.rows();
            long hashes = g.hashes();
            long[] print = days.computeIfAbsent(day, d -> new long[2]);
            print[0] += rows;
            print[1] ^= cluster == null ? hashes : Hash64.mix(hashes ^ Hash64.of(cluster));
            if (cluster != null) {
                long[] whole = clusters.computeIfAbsent(cluster, c -> new long[2]);
                whole[0] += rows;
                whole[1] ^= Hash64.mix(hashes ^ (day == null ? 0 : day.toEpochDay() * 0x9E3779B97F4A7C15L));
            }
        }
        clusters.forEach((cluster, whole) -> {
            long[] print = days.computeIfAbsent(representativeDays.get(cluster), d -> new long[2]);
            print[0] += whole[0];
            print[1] ^= Hash64.mix(Hash64.mix(whole[1] + whole[0]) ^ Hash64.of(cluster));
        });
        Map<LocalDate, Print> prints = new HashMap<>();
        days.forEach((day, print) -> prints.put(day, new Print(print[0], print[1])));
        return prints;
    }

    /** The days whose prints differ, present in either (null for the undated articles). */
    static Set<LocalDate> between(Map<LocalDate, Print> before, Map<LocalDate, Print> after) {
        Set<LocalDate> changed = new HashSet<>(before.keySet());
        changed.addAll(after.keySet());
        changed.removeIf(day -> Objects.equals(before.get(day), after.get(day)));
        return changed;
    }

    /** The stored prints; null when the table is missing. */
    static Map<LocalDate, Print> read(Warehouse warehouse) throws java.io.IOException {
        if (!warehouse.exists(TABLE)) {
            return null;
        }
        Map<LocalDate, Print> prints = new HashMap<>();
        for (Row r : warehouse.read(TABLE).collectAsList()) {
            prints.put(r.isNullAt(0) ? null : Periods.localDate(r.get(0)), new Print(r.getLong(1), r.getLong(2)));
        }
        return prints;
    }

    /**
     * Stores the prints: every month's when {@code changed} is null (or the table was written before its folders),
     * else only the months holding a changed day, each with all its days' prints.
     */
    static void write(SparkSession spark, TableWriter writer, Warehouse warehouse, Map<LocalDate, Print> prints,
                      Set<LocalDate> changed) throws java.io.IOException {
        List<Row> rows = new ArrayList<>();
        prints.forEach((day, print) -> rows.add(RowFactory.create(day, print.rows(), print.hashes(),
                DayTables.month(day))));
        Dataset<Row> table = spark.createDataFrame(rows, TableSchemas.load(TABLE)).coalesce(1);
        List<String> sort = List.of(DayTables.MONTH, "day");
        if (changed == null || !warehouse.exists(TABLE) || warehouse.holdsFilesAtTop(TABLE)) {
            writer.replace(TABLE, table, List.of(DayTables.MONTH), sort);
        } else if (!changed.isEmpty()) {
            List<String> months = changed.stream().map(DayTables::month).distinct().sorted().toList();
            writer.replacePartitions(TABLE, table.where(col(DayTables.MONTH).isin(months.toArray())),
                    DayTables.MONTH, months, sort);
        }
    }
}
