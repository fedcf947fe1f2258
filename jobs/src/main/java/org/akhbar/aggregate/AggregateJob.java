package org.akhbar.aggregate;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.akhbar.InputException;
import org.akhbar.flow.StoryFlowTable;
import org.akhbar.job.RunLog;
import org.akhbar.job.Sha256;
import org.akhbar.job.WarehouseRun;
import org.akhbar.table.Scratch;
import org.akhbar.table.TableSchemas;
import org.akhbar.table.TableWriter;
import org.akhbar.table.Warehouse;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Enriched tables → {@code article_duplicates}, the day counts ({@code day_counts},
 * {@code cooccurrence_day_counts}) and the tables of periods summed from them ({@code entity_cooccurrence},
 * {@code source_counts}, {@code tag_frequencies}, keyed by period_type and period_start); deduplicated figures give
 * one vote per duplicate cluster. Its passes: the duplicate finder (sketches shuffled once into buckets of days),
 * only the articles new or changed since the last run compared again ({@link DuplicateLinks}),
 * one shuffle of every article's rows into the day counts ({@link DayPartials}), one sum into periods, then
 * scoring and the writes. An increment counts again only the days whose inputs changed ({@link DayInputs}) and
 * scores co-occurrence again only for the periods holding them ({@link CooccurrencePeriods}).
 */
public final class AggregateJob {
    /** Tables of earlier versions that the day counts replace; a run removes them so they cannot be read stale. */
    private static final List<String> RETIRED = List.of("cooccurrence_month_counts", "aggregate_inputs");

    private static final List<String> DAY_SORT = List.of(DayTables.MONTH, "measure", "day", "name");
    private static final List<String> COOCCURRENCE_DAY_SORT = List.of(DayTables.MONTH, "day", "window_kind");
    private static final String STORY_FLOWS = "story_flows";
    private static final String FLOW_MONTH = TableSchemas.FLOW_PARTITION_COLUMN;
    private static final List<String> FLOW_SORT = List.of(FLOW_MONTH, "first_date", "cluster_id", "article_id",
            "first_outlet");

    private final SparkSession spark;

    public AggregateJob(SparkSession spark) {
        this.spark = spark;
    }

    public AggregateSummary run(AggregateOptions options, String runId) throws IOException {
        Instant startedAt = Instant.now();
        long started = System.nanoTime();
        WarehouseRun run = WarehouseRun.open(spark, options.warehouse());
        Warehouse warehouse = run.warehouse();
        for (String needed : AggregateInputs.READS) {
            if (!warehouse.exists(needed)) {
                throw new InputException("no " + needed + " table in " + options.warehouse()
                        + ": run news ingest and news enrich first");
            }
        }
        TableWriter writer = new TableWriter(run.committer(), runId);
        Map<String, String> parameters = new TreeMap<>(parameters(options));
        String settings = AggregateInputs.settings(parameters);
        parameters.put(AggregateInputs.PARAMETER, AggregateInputs.digest(warehouse, parameters));
        parameters.put(AggregateInputs.SETTINGS_PARAMETER, settings);
        // Told before this run writes anything.
        AggregateInputs.LastRun last = options.full() ? null : AggregateInputs.lastAsLeft(warehouse, RETIRED);
        String since = last == null ? null : last.unchangedSince(parameters.get(AggregateInputs.PARAMETER));
        if (since != null) {
            parameters.put(AggregateInputs.OUTPUT_PARAMETER, AggregateInputs.outputs(warehouse));
            // The crawled outlets are those of the run whose tables are kept: the next increment compares with them.
            if (last.crawledOutlets() != null) {
                parameters.put(AggregateInputs.CRAWLED_PARAMETER, last.crawledOutlets());
            }
            long articles = warehouse.read("articles").count();
            double seconds = (System.nanoTime() - started) / 1e9;
            RunLog.append(spark, warehouse, writer, RunLog.RunRecord.ofTables(runId, "aggregate", "unchanged",
                    startedAt, seconds, articles, parameters));
            return AggregateSummary.unchanged(runId, articles, since, seconds);
        }

        // What the last run stored (links, day counts, flows, scored periods) is kept where its inputs are unchanged.
        boolean reusable = last != null && last.reusableWith(settings);
        Map<LocalDate, DayInputs.Print> inputsBefore = reusable ? DayInputs.read(warehouse) : null;
        Dataset<Row> articles = warehouse.read("articles").select("article_id", "body", "content_hash",
                "published_date", "published_month", "published_at", "published_raw", "date_source");
        try (Scratch scratch = new Scratch(spark, warehouse, runId)) {
            DuplicateLinks links = new DuplicateLinks(spark, warehouse, writer);
            List<Row> clustered = new DuplicateFinder(spark).cluster(articles, links.update(articles, reusable));
            parameters.put("compared_for_duplicates", links.description());
            Dataset<Row> duplicates = spark.createDataFrame(clustered, DuplicateFinder.MEMBERS);
            DuplicateClusterTable.write(writer, warehouse, duplicates, articles, !reusable);
            Dataset<Row> tags = warehouse.read("article_tags");
            if (!options.includeSiteBox()) {
                tags = tags.where(col("site_box").equalTo(false));
            }
            Dataset<Row> articleEntities = warehouse.read("article_entities");
            Dataset<Row> sources = warehouse.read("article_sources");
            EntityNumbers numbers = EntityNumbers.of(articleEntities, options.cooccurrence().minSupport());
            List<String> notRepresentatives = clustered.stream().filter(r -> !r.getString(0).equals(r.getString(1)))
                    .map(r -> r.getString(0)).toList();
            DayInputs inputs = DayInputs.of(articles, duplicates, tags, sources, articleEntities, numbers);
            Set<LocalDate> changed = inputsBefore == null ? null : DayInputs.between(inputsBefore, inputs.prints());
            parameters.put("recounted_days", changed == null ? "all" : changed.size() + " days");

            Set<String> crawled = StoryFlowTable.crawled(sources);
            String crawledDigest = Sha256.ofLines(List.copyOf(new TreeSet<>(crawled)));
            parameters.put(AggregateInputs.CRAWLED_PARAMETER, crawledDigest);
            // A cluster whose input rows changed has its whole print on its representative's day.
            Set<String> reflowed = changed == null || !last.sameCrawledOutlets(crawledDigest)
                    || !warehouse.exists(STORY_FLOWS) || warehouse.holdsFilesAtTop(STORY_FLOWS) ? null
                    : inputs.clustersRepresentedOn(changed);
            parameters.put("recomputed_story_flows", reflowed == null ? "all" : reflowed.size() + " clusters");
            PeriodTables periodTables = new PeriodTables(spark, warehouse, writer, scratch);
            writeFlows(writer, warehouse, periodTables, scratch, duplicates, articles, sources, crawled, reflowed);

            // Every day's counts, summed into the periods of source counts, tag frequencies and co-occurrence.
            CooccurrencePeriods rescored = changed == null ? CooccurrencePeriods.all()
                    : CooccurrencePeriods.of(spark, changed);
            Dataset<Row> cooccurrenceSums;
            if (changed == null) {
                Dataset<Row> days = scratch.materialize("day_counts", dayCounts(articles, duplicates, tags, sources,
                        articleEntities, notRepresentatives, numbers, options));
                writer.replace(DayTables.COUNTS, DayTables.dayCounts(days), List.of(DayTables.MONTH), DAY_SORT);
                writer.replace(DayTables.COOCCURRENCE, DayTables.cooccurrenceDayCounts(days, numbers),
                        List.of(DayTables.MONTH), COOCCURRENCE_DAY_SORT);
                periodTables.writeArticlePeriods(days);
                cooccurrenceSums = PeriodCounts.cooccurrenceSums(days);
            } else {
                // A cluster's deduplicated vote goes to its representative's day: its members are counted with it.
                Set<String> clusters = inputs.clustersOn(changed);
                Dataset<Row> members = IdColumn.of(spark, clustered.stream()
                        .filter(r -> clusters.contains(r.getString(1))).map(r -> r.getString(0)).toList(),
                        "member_id");
                List<String> months = changed.stream().map(DayTables::month).distinct().sorted().toList();
                Dataset<Row> monthDays = scratch.materialize("day_counts", dayCounts(counted(articles, changed,
                                members), duplicates, counted(tags, changed, members), counted(sources, changed,
                                members), counted(articleEntities, changed, members), notRepresentatives, numbers,
                        options)
                        .where(DayTables.within(col("day"), changed))
                        .unionByName(DayTables.kept(warehouse, changed, months, numbers)));
                writer.replacePartitions(DayTables.COUNTS, DayTables.dayCounts(monthDays), DayTables.MONTH, months,
                        DAY_SORT);
                writer.replacePartitions(DayTables.COOCCURRENCE, DayTables.cooccurrenceDayCounts(monthDays, numbers),
                        DayTables.MONTH, months, COOCCURRENCE_DAY_SORT);
                periodTables.writeArticlePeriods(changed);
                cooccurrenceSums = rescored.sums(warehouse, numbers);
            }
            DayInputs.write(spark, writer, warehouse, inputs.prints(), changed);
            parameters.put("rescored_cooccurrence_periods", rescored.description());
            Dataset<Row> scored = new Cooccurrence(options.cooccurrence()).scoredTable(cooccurrenceSums);
            rescored.write(periodTables, numbers.decode(scored, "entity_a", "entity_b"));
            for (String retired : RETIRED) {
                warehouse.fileSystem().delete(warehouse.tablePath(retired), true);
            }

            AggregateSummary summary = new AggregateSummary(runId, articles.count(), clustered.size(),
                    clustered.stream().map(r -> r.getString(1)).distinct().count(),
                    warehouse.read(STORY_FLOWS).count(),
                    warehouse.read("entity_cooccurrence").count(), warehouse.read("source_counts").count(),
                    warehouse.read("tag_frequencies").count(), (System.nanoTime() - started) / 1e9, null);
            parameters.put(AggregateInputs.OUTPUT_PARAMETER, AggregateInputs.outputs(warehouse));
            RunLog.append(spark, warehouse, writer, RunLog.RunRecord.ofTables(runId, "aggregate", startedAt,
                    summary.seconds(), summary.articles(), parameters));
            return summary;
        }
    }

    /**
     * story_flows (the flows of the {@code reflowed} clusters computed, the stored rows of the other clusters kept;
     * every cluster's computed when null), and the outlet tables summed from it. An increment rewrites only the
     * months of story_flows, and the periods of the outlet tables, holding the first day of a story whose flows
     * were computed again or dropped, as it was and as it is.
     */
    private void writeFlows(TableWriter writer, Warehouse warehouse, PeriodTables periodTables, Scratch scratch,
                            Dataset<Row> duplicates, Dataset<Row> articles, Dataset<Row> sources, Set<String> crawled,
                            Set<String> reflowed) throws IOException {
        Set<LocalDate> storyDays = null;
        if (reflowed == null) {
            writer.replace(STORY_FLOWS, StoryFlowTable.compute(duplicates, articles, sources, crawled)
                    .coalesce(1), List.of(FLOW_MONTH), FLOW_SORT);
        } else {
            Dataset<Row> again = broadcast(IdColumn.of(spark, reflowed, "cluster_id"));
            Dataset<Row> clusters = broadcast(duplicates.select("cluster_id").distinct());
            Dataset<Row> stored = warehouse.read(STORY_FLOWS);
            Dataset<Row> fresh = scratch.materialize(STORY_FLOWS, StoryFlowTable.compute(
                    duplicates.join(again, "cluster_id"), articles, sources, crawled));
            storyDays = firstDates(stored.join(again, Cooccurrence.seq(List.of("cluster_id")), "left_semi")
                    .unionByName(stored.join(clusters, Cooccurrence.seq(List.of("cluster_id")), "left_anti")));
            storyDays.addAll(firstDates(fresh));
            List<String> months = storyDays.stream().map(DayTables::month).distinct().sorted().toList();
            Dataset<Row> kept = stored.where(col(FLOW_MONTH).isin(months.toArray()))
                    .join(again, Cooccurrence.seq(List.of("cluster_id")), "left_anti")
                    .join(clusters, Cooccurrence.seq(List.of("cluster_id")), "left_semi");
            if (!months.isEmpty()) {
                StructType schema = TableSchemas.load(STORY_FLOWS);
                writer.replacePartitions(STORY_FLOWS, TableWriter.conform(fresh, schema)
                        .unionByName(TableWriter.conform(kept, schema)).coalesce(1), FLOW_MONTH,
                        months, FLOW_SORT);
            }
        }
        periodTables.writeOutletPeriods(warehouse.read(STORY_FLOWS), storyDays);
    }

    private static Set<LocalDate> firstDates(Dataset<Row> flows) {
        Set<LocalDate> days = new HashSet<>();
        for (Row row : flows.select("first_date").distinct().collectAsList()) {
            days.add(Periods.localDate(row.get(0)));
        }
        return days;
    }

    /** The rows of {@code inputs} published on one of {@code days} or of one of the {@code members}. */
    private static Dataset<Row> counted(Dataset<Row> inputs, Set<LocalDate> days, Dataset<Row> members) {
        return inputs.join(broadcast(members), col("article_id").equalTo(col("member_id")), "left")
                .where(DayTables.within(col("published_date"), days).or(col("member_id").isNotNull()))
                .drop("member_id");
    }

    /** The day counts of articles, tags, sources and co-occurrence from these inputs. */
    private static Dataset<Row> dayCounts(Dataset<Row> articles, Dataset<Row> duplicates, Dataset<Row> tags,
                                          Dataset<Row> sources, Dataset<Row> articleEntities,
                                          List<String> notRepresentatives, EntityNumbers numbers,
                                          AggregateOptions options) {
        return DayPartials.compute(articles.select("article_id", "published_date"), duplicates, tags, sources)
                .unionByName(WindowDayCounts.compute(articleEntities, notRepresentatives, numbers,
                        options.cooccurrence().maxEntitiesPerWindow()));
    }

    private static Map<String, String> parameters(AggregateOptions options) {
        Cooccurrence.Parameters p = options.cooccurrence();
        return Map.of("cooccurrence_max_entities_per_window", Integer.toString(p.maxEntitiesPerWindow()),
                "cooccurrence_min_support", Integer.toString(p.minSupport()),
                "cooccurrence_top_k", Integer.toString(p.topK()),
                "cooccurrence_log", "natural",
                "duplicates_min_jaccard", Double.toString(DuplicateFinder.MIN_SIMILARITY),
                "duplicates_max_days_apart", Integer.toString(DuplicateFinder.MAX_DAYS_APART),
                "duplicates_minhash_bands", ShingleSketch.BANDS + "x" + ShingleSketch.ROWS + " one-permutation, "
                        + ShingleSketch.MIN_SHARED_BANDS + " shared",
                "trend_previous_periods", Integer.toString(PeriodCounts.TREND_PERIODS),
                "include_site_box_tags", Boolean.toString(options.includeSiteBox()));
    }
}
