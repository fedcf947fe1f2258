package org.akhbar.report;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.akhbar.InputException;
import org.akhbar.table.Warehouse;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads a report's numbers from the warehouse with Spark SQL. Every query orders its rows completely (ties broken
 * by name or id) so that the same warehouse always gives the same report.
 */
public final class ReportLoader {
    static final List<String> TABLES = List.of("articles", "article_duplicates", "article_entities", "entities",
            "entity_cooccurrence", "source_counts", "tag_frequencies", "rejects");
    static final int TOP_SOURCES = 10;
    static final int TOP_TAGS = 10;
    static final int TOP_ENTITIES = 15;
    static final int TOP_PAIRS = 15;
    static final int NETWORK_EDGES = 30;
    static final int LARGEST_CLUSTERS = 5;
    static final int TOP_OUTLET_FLOWS = 20;
    /** Written by aggregate since 0.3.0: a warehouse aggregated before has none, and its report no such section. */
    static final String OUTLET_FLOWS = "outlet_flows";
    /** The window co-occurrence is read for: whole articles, the unit every other count of the report uses. */
    static final String WINDOW = "article";

    private final SparkSession spark;
    private boolean hasOutletFlows;

    /** {@code spark} should be a session of the report's own: the loader registers one view per table in it. */
    public ReportLoader(SparkSession spark) {
        this.spark = spark;
    }

    public ReportData load(String warehouseLocation, ReportPeriod period) throws IOException {
        registerTables(warehouseLocation);
        spark.sql(periodArticlesSql(period.start(), period.end())).createOrReplaceTempView("period_articles");
        Row totals = one("SELECT count(*), count(DISTINCT vote) FROM period_articles");
        Row range = one("SELECT min(published_date), max(published_date) FROM articles");
        ReportPeriod.Timeline timeline = period.timeline();
        ReportPeriod cooccurrence = period.cooccurrencePeriod();
        List<ReportData.EntityRow> entities = entities();
        return new ReportData(period, totals.getLong(0), totals.getLong(1), date(range, 0), date(range, 1), timeline,
                volume(timeline), sources(period), tags(period, true), tags(period, false), entities, cooccurrence,
                pairs(cooccurrence), networkEdges(cooccurrence, entities), outletFlows(period), quality());
    }

    private void registerTables(String location) throws IOException {
        Warehouse warehouse = new Warehouse(spark, location);
        if (!warehouse.fileSystem().isDirectory(warehouse.root())) {
            throw new InputException("warehouse not found: " + location);
        }
        for (String table : TABLES) {
            if (!warehouse.exists(table)) {
                throw new InputException("the warehouse has no " + table + " table yet: run news pipeline (or ingest,"
                        + " enrich and aggregate) on it first");
            }
            if (table.equals("entity_cooccurrence") && !warehouse.storedColumns(table).contains("window_kind")) {
                throw new InputException("the entity_cooccurrence table was written before 0.2.0 (its column window"
                        + " is now window_kind): run news aggregate on the warehouse first");
            }
            warehouse.read(table).createOrReplaceTempView(table);
        }
        hasOutletFlows = warehouse.exists(OUTLET_FLOWS);
        if (hasOutletFlows) {
            Dataset<Row> flows = warehouse.read(OUTLET_FLOWS);
            // The pairs of crawled outlets; a table written before wire sources were origins holds only those.
            if (warehouse.storedColumns(OUTLET_FLOWS).contains("first_outlet_kind")) {
                flows = flows.where("first_outlet_kind = 'crawled'");
            }
            flows.createOrReplaceTempView(OUTLET_FLOWS);
        }
    }

    /** Articles published in [first, end), each with its vote: its duplicate cluster, else itself. */
    private static String periodArticlesSql(LocalDate first, LocalDate end) {
        return "SELECT a.article_id, a.published_date, a.date_source, coalesce(d.cluster_id, a.article_id) AS vote,"
                + " d.cluster_id, d.method"
                + " FROM articles a LEFT JOIN article_duplicates d ON d.article_id = a.article_id"
                + " WHERE a.published_month IN (" + quotedMonths(first, end) + ")"
                + " AND a.published_date >= " + literal(first) + " AND a.published_date < " + literal(end);
    }

    private List<ReportData.VolumePoint> volume(ReportPeriod.Timeline timeline) {
        String bucket = timeline.bucketType().equals(ReportPeriod.WEEK) ? "trunc(published_date, 'week')"
                : "published_date";
        Map<LocalDate, Row> counts = new HashMap<>();
        for (Row r : rows("SELECT " + bucket + " AS bucket, count(*), count(DISTINCT vote) FROM ("
                + periodArticlesSql(timeline.first(), timeline.end()) + ") GROUP BY 1")) {
            counts.put(r.getLocalDate(0), r);
        }
        List<ReportData.VolumePoint> points = new ArrayList<>();
        for (LocalDate start : timeline.starts()) {
            Row r = counts.get(start);
            points.add(new ReportData.VolumePoint(start, r == null ? 0 : r.getLong(1), r == null ? 0 : r.getLong(2)));
        }
        return points;
    }

    private List<ReportData.SourceRow> sources(ReportPeriod period) {
        return rows("SELECT source_name, articles, articles_dedup, share, share_dedup FROM source_counts"
                + " WHERE role = 'publisher' AND " + periodIs(period)
                + " ORDER BY articles DESC, articles_dedup DESC, source_name LIMIT " + TOP_SOURCES).stream()
                .map(r -> new ReportData.SourceRow(r.getString(0), r.getLong(1), r.getLong(2), r.getDouble(3),
                        r.getDouble(4)))
                .toList();
    }

    private List<ReportData.TagTrend> tags(ReportPeriod period, boolean rising) {
        String order = rising ? "trend_score > 0 ORDER BY trend_score DESC" : "trend_score < 0 ORDER BY trend_score";
        return rows("SELECT tag, articles, `rank`, trend_score, is_new FROM tag_frequencies WHERE " + periodIs(period)
                + " AND " + order + ", articles DESC, tag LIMIT " + TOP_TAGS).stream()
                .map(r -> new ReportData.TagTrend(r.getString(0), r.getLong(1), r.getInt(2), r.getDouble(3),
                        r.getBoolean(4)))
                .toList();
    }

    private List<ReportData.EntityRow> entities() {
        return rows("SELECT e.entity_id, e.name_ar, e.name_en, e.type, count(DISTINCT p.article_id),"
                + " count(DISTINCT p.vote)"
                + " FROM period_articles p JOIN article_entities ae ON ae.article_id = p.article_id"
                + " JOIN entities e ON e.entity_id = ae.entity_id"
                + " GROUP BY e.entity_id, e.name_ar, e.name_en, e.type"
                + " ORDER BY 5 DESC, 6 DESC, e.entity_id LIMIT " + TOP_ENTITIES).stream()
                .map(r -> new ReportData.EntityRow(r.getString(0), r.getString(1), r.getString(2), r.getString(3),
                        r.getLong(4), r.getLong(5)))
                .toList();
    }

    private List<ReportData.PairRow> pairs(ReportPeriod period) {
        return pairRows(periodIs(period), TOP_PAIRS);
    }

    /** The strongest positive pairs among the top entities: the edges of the network picture. */
    private List<ReportData.PairRow> networkEdges(ReportPeriod period, List<ReportData.EntityRow> entities) {
        if (entities.isEmpty()) {
            return List.of();
        }
        String ids = entities.stream().map(e -> quote(e.entityId())).collect(Collectors.joining(", "));
        return pairRows(periodIs(period) + " AND c.npmi > 0 AND c.entity_a IN (" + ids + ") AND c.entity_b IN ("
                + ids + ")", NETWORK_EDGES);
    }

    private List<ReportData.PairRow> pairRows(String where, int limit) {
        String qualified = where.replace("period_type", "c.period_type").replace("period_start", "c.period_start");
        return rows("SELECT c.entity_a, ea.name_ar, c.entity_b, eb.name_ar, c.pair_count, c.count_a, c.count_b,"
                + " c.n_windows, c.npmi, c.g2, c.pair_count_dedup, c.npmi_dedup"
                + " FROM entity_cooccurrence c"
                + " LEFT JOIN entities ea ON ea.entity_id = c.entity_a"
                + " LEFT JOIN entities eb ON eb.entity_id = c.entity_b"
                + " WHERE c.window_kind = '" + WINDOW + "' AND " + qualified
                + " ORDER BY c.npmi DESC, c.g2 DESC, c.entity_a, c.entity_b LIMIT " + limit).stream()
                .map(r -> new ReportData.PairRow(r.getString(0), nameOr(r, 1, 0), r.getString(2), nameOr(r, 3, 2),
                        r.getLong(4), r.getLong(5), r.getLong(6), r.getLong(7), r.getDouble(8), r.getDouble(9),
                        r.isNullAt(10) ? null : r.getLong(10), r.isNullAt(11) ? null : r.getDouble(11)))
                .toList();
    }

    /** The pairs of crawled outlets with the most stories taken in the period. */
    private List<ReportData.OutletFlowRow> outletFlows(ReportPeriod period) {
        if (!hasOutletFlows) {
            return List.of();
        }
        return rows("SELECT first_outlet, first_outlet_name, outlet, outlet_name, stories, median_delay_minutes,"
                + " p90_delay_minutes, credited_share FROM " + OUTLET_FLOWS + " WHERE " + periodIs(period)
                + " ORDER BY stories DESC, first_outlet_name, outlet_name LIMIT " + TOP_OUTLET_FLOWS).stream()
                .map(r -> new ReportData.OutletFlowRow(r.getString(0), r.getString(1), r.getString(2),
                        r.getString(3), r.getLong(4), r.getLong(5), r.getLong(6), r.getDouble(7)))
                .toList();
    }

    private ReportData.Quality quality() {
        List<ReportData.RejectCount> rejects = rows("SELECT reason, count(*) FROM rejects GROUP BY reason"
                + " ORDER BY 2 DESC, reason").stream()
                .map(r -> new ReportData.RejectCount(r.getString(0), r.getLong(1)))
                .toList();
        Row warehouse = one("SELECT count(*), count_if(published_date IS NULL) FROM articles");
        Row period = one("SELECT count_if(date_source = 'crawl'), count_if(cluster_id IS NOT NULL),"
                + " count(DISTINCT cluster_id), count_if(method = 'exact'), count_if(method = 'near')"
                + " FROM period_articles");
        List<ReportData.DuplicateCluster> largest = rows("SELECT p.cluster_id, a.title, count(*) AS n"
                + " FROM period_articles p LEFT JOIN articles a ON a.article_id = p.cluster_id"
                + " WHERE p.cluster_id IS NOT NULL GROUP BY p.cluster_id, a.title"
                + " ORDER BY n DESC, p.cluster_id LIMIT " + LARGEST_CLUSTERS).stream()
                .map(r -> new ReportData.DuplicateCluster(r.getString(0), r.isNullAt(1) ? "" : r.getString(1),
                        r.getLong(2)))
                .toList();
        return new ReportData.Quality(rejects, warehouse.getLong(0), warehouse.getLong(1), period.getLong(0),
                period.getLong(1), period.getLong(2), period.getLong(3), period.getLong(4), largest);
    }

    private static String periodIs(ReportPeriod period) {
        return "period_type = '" + period.type() + "' AND period_start = " + literal(period.start());
    }

    private static String literal(LocalDate day) {
        return "DATE'" + day + "'";
    }

    private static String quotedMonths(LocalDate first, LocalDate end) {
        return ReportPeriod.months(first, end).stream().map(ReportLoader::quote).collect(Collectors.joining(", "));
    }

    /** A SQL string literal; entity ids come from the warehouse, so quotes and backslashes are escaped. */
    private static String quote(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static String nameOr(Row r, int name, int id) {
        return r.isNullAt(name) ? r.getString(id) : r.getString(name);
    }

    private static LocalDate date(Row r, int i) {
        return r.isNullAt(i) ? null : r.getLocalDate(i);
    }

    private Row one(String sql) {
        return spark.sql(sql).collectAsList().get(0);
    }

    private List<Row> rows(String sql) {
        return spark.sql(sql).collectAsList();
    }
}
