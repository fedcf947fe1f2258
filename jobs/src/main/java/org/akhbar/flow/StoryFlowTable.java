package org.akhbar.flow;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.akhbar.aggregate.DayTables;
import org.akhbar.source.ArticleSource;
import org.akhbar.source.SourceResolver;
import org.akhbar.table.TableSchemas;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code story_flows} table: the members of every duplicate cluster with their outlet, times and the outlets
 * they credit, brought together by cluster and read by {@link StoryFlows}; the outlets that publish any crawled
 * page, a few hundred keys, travel to every task to tell a crawled outlet from a source only credited.
 */
public final class StoryFlowTable {
    private static final StructType SCHEMA = TableSchemas.load("story_flows");

    private StoryFlowTable() {
    }

    /** The keys of the outlets that publish a crawled page: those of the publisher rows of {@code sources}. */
    public static Set<String> crawled(Dataset<Row> sources) {
        return new HashSet<>(sources.where(col("role").equalTo(ArticleSource.PUBLISHER))
                .select("source_id", "source_name").distinct()
                .collectAsList().stream().map(StoryFlowTable::key).toList());
    }

    /**
     * @param duplicates {@code article_duplicates} (article_id, cluster_id) of the clusters whose flows are wanted
     * @param articles   {@code articles} (article_id, published_at, published_raw, date_source)
     * @param sources    {@code article_sources} (article_id, role, source_id, source_name)
     * @param crawled    the outlets that publish a crawled page ({@link #crawled})
     */
    public static Dataset<Row> compute(Dataset<Row> duplicates, Dataset<Row> articles, Dataset<Row> sources,
                                       Set<String> crawled) {
        Column publisher = col("role").equalTo(ArticleSource.PUBLISHER);
        Column source = struct(col("source_id"), col("source_name"));
        Dataset<Row> members = duplicates.select("cluster_id", "article_id");
        // Only the articles of clusters, a few percent of all: their rows are picked before anything is summed.
        Dataset<Row> outlets = sources.join(broadcast(members.select("article_id")), "article_id")
                .groupBy("article_id")
                .agg(first(when(publisher, source), true).as("outlet"),
                        collect_list(when(not(publisher), source)).as("credited"));
        Dataset<Row> timed = members.join(articles.select("article_id", "published_at", "published_raw",
                        "date_source"), "article_id")
                .join(outlets, new String[] {"article_id"}, "left");
        return timed.groupByKey((MapFunction<Row, String>) r -> r.getAs("cluster_id"), Encoders.STRING())
                .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (cluster, rows) -> rows(cluster, rows,
                        crawled), Encoders.row(SCHEMA));
    }

    private static Iterator<Row> rows(String clusterId, Iterator<Row> members, Set<String> crawled) {
        List<StoryFlows.Member> cluster = new ArrayList<>();
        while (members.hasNext()) {
            Row r = members.next();
            Row outlet = r.getAs("outlet");
            Map<String, String> credited = new TreeMap<>();
            List<Row> sources = r.isNullAt(r.fieldIndex("credited")) ? List.of() : r.getList(r.fieldIndex("credited"));
            for (Row s : sources) {
                credited.putIfAbsent(key(s), s.getString(1));
            }
            cluster.add(new StoryFlows.Member(r.getAs("article_id"), outlet == null ? null : key(outlet),
                    outlet == null ? null : outlet.getString(1), instant(r.getAs("published_at")),
                    StoryFlows.timeKind(r.getAs("date_source"), r.getAs("published_raw"),
                            instant(r.getAs("published_at"))), credited));
        }
        List<StoryFlows.Flow> flows = new ArrayList<>(StoryFlows.of(cluster));
        flows.addAll(StoryFlows.fromUncrawled(cluster, crawled::contains));
        List<Row> out = new ArrayList<>();
        for (StoryFlows.Flow f : flows) {
            StoryFlows.Member first = f.first();
            StoryFlows.Member later = f.later();
            LocalDate firstDate = first.at().atZone(ZoneOffset.UTC).toLocalDate();
            out.add(RowFactory.create(clusterId, first.articleId(), f.origin(), f.originName(), f.originKind(),
                    first.at(), first.timeKind(), firstDate, later.articleId(), later.outlet(), later.outletName(),
                    later.at(), later.timeKind(), f.delayMinutes(), f.creditsFirstOutlet(), f.creditsFirstSource(),
                    DayTables.month(firstDate)));
        }
        return out.iterator();
    }

    /** A (source_id, source_name) pair as the source resolver keys it. */
    private static String key(Row source) {
        return SourceResolver.key(source.getString(0), source.getString(1));
    }

    /** A timestamp as the session gives it: an Instant (WarehouseConventions turns on Java 8 time). */
    private static Instant instant(Object timestamp) {
        return timestamp == null ? null
                : timestamp instanceof Instant i ? i : ((Timestamp) timestamp).toInstant();
    }
}
