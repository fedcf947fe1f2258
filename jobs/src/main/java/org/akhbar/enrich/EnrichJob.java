package org.akhbar.enrich;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.akhbar.entity.Entity;
import org.akhbar.entity.Gazetteer;
import org.akhbar.job.RunLog;
import org.akhbar.job.WarehouseRun;
import org.akhbar.table.TableSchemas;
import org.akhbar.table.TableCommitter;
import org.akhbar.table.TableWriter;
import org.akhbar.table.Warehouse;
import org.akhbar.tag.TagSplitter;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * {@code articles} → {@code entities}, {@code article_entities}, {@code article_tags}, {@code article_sources},
 * {@code tag_vocabulary}, {@code enriched_months}, {@code enriched_articles}, and the counts by month the corpus
 * rules sum ({@link MonthCounts}). Reads the articles table, never the raw
 * dumps; enriches only the new or changed articles of the months whose articles changed since the last enrich
 * ({@link EnrichScope}, {@link EnrichedArticles}), each task its articles in plain Java; one cached pass feeds the
 * three per-article tables, whose changed months are replaced by the new rows and the kept ones. The site trending
 * box rule ({@link SiteBoxes}) is decided over the whole corpus, from the stored counts of the months not enriched
 * again; a month whose rows it flags otherwise now is enriched again whole.
 */
public final class EnrichJob {
    private static final List<String> ARTICLE_KEYS = List.of("article_id", "published_date", "published_month");
    private static final String MONTH = "published_month";

    private final SparkSession spark;

    public EnrichJob(SparkSession spark) {
        this.spark = spark;
    }

    public EnrichSummary run(EnrichOptions options, String runId) throws IOException {
        java.time.Instant startedAt = java.time.Instant.now();
        long started = System.nanoTime();
        WarehouseRun run = WarehouseRun.open(spark, options.warehouse());
        Warehouse warehouse = run.warehouse();
        TableCommitter committer = run.committer();
        if (!warehouse.exists("articles")) {
            throw new org.akhbar.InputException("no articles table in " + options.warehouse()
                    + ": run news ingest first");
        }
        TableWriter writer = new TableWriter(committer, runId);
        String userText = userGazetteer(options.gazetteer());
        String userName = options.gazetteer() == null ? null : new Path(options.gazetteer()).getName();
        Gazetteer gazetteer = GazetteerCache.get(userText, userName);

        Dataset<Row> articles = warehouse.read("articles").select("article_id", "title", "body", "site", "sources",
                "tags_raw", "published_date", "published_month");
        Set<String> units = ArticleEnricher.units(gazetteer, TagVocabularyFiles.curated());
        TagVocabulary.Resolved vocabulary = TagVocabulary.resolve(spark, warehouse, articles, options.learnTags(),
                runId, units);
        units.addAll(vocabulary.learned());

        String enricher = EnricherVersion.of(gazetteer, userText, vocabulary.version(), options.learnedEntities());
        Map<String, EnrichScope.MonthPrint> now = EnrichedMonths.of(articles);
        boolean tablesThere = true;
        for (String table : List.of("article_entities", "article_tags", "article_sources")) {
            tablesThere &= warehouse.exists(table);
        }
        EnrichedMonths.Stored stored = tablesThere ? EnrichedMonths.read(warehouse) : null;
        EnrichScope scope = EnrichScope.of(now, stored == null ? null : stored.months(), enricher,
                stored == null ? null : stored.enrichedBy(), options.full());
        // The site-box counts of every month as stored; counted from the stored tags by a warehouse without them.
        Dataset<Row> storedBoxCounts = scope.full() ? null : MonthCounts.stored(warehouse)
                ? warehouse.read(MonthCounts.SITE_TAGS) : MonthCounts.siteTags(warehouse.read("article_tags"));
        Set<List<String>> boxedBefore = scope.full() ? Set.of() : SiteBoxes.of(storedBoxCounts);

        Set<String> wholeMonths = new TreeSet<>();
        while (true) {
            // Computed once and cut from its lineage: the fingerprints it reads are replaced before it is last read.
            Dataset<Row> unchanged = scope.full() ? null : EnrichedArticles.unchanged(warehouse, articles,
                    minus(scope.months(), wholeMonths)).localCheckpoint();
            Dataset<Row> toEnrich = scope.full() ? articles
                    : EnrichedArticles.joinArticles(articles.where(col(MONTH).isin(scope.months().toArray())), unchanged,
                    "left_anti");
            Dataset<Row> enriched = enrich(toEnrich, userText, userName, units, options.learnedEntities())
                    .persist(StorageLevel.MEMORY_AND_DISK());
            try {
                // Enriches every article into the cache here, with a task per input partition: the writes below
                // merge partitions (TableWriter), which would otherwise run the enrichment in fewer tasks.
                long articleCount = enriched.count();
                Dataset<Row> tags = explodeInto(enriched, "tags", "site");
                Set<List<String>> boxed;
                if (scope.full()) {
                    boxed = SiteBoxes.of(MonthCounts.siteTags(tags));
                } else {
                    Dataset<Row> kept = storedBoxCounts.where(not(col(MONTH).isin(scope.rewritten().toArray())))
                            .unionByName(MonthCounts.siteTags(keptRows(warehouse, "article_tags", scope, unchanged)));
                    boxed = SiteBoxes.of(kept.unionByName(MonthCounts.siteTags(tags)));
                    // A kept row's flag holds its page's own rule or'ed with the old corpus rule: where the corpus
                    // rule changed, its month is enriched whole to learn the page's own rule again.
                    Set<String> reflagged = monthsHolding(kept, changed(boxedBefore, boxed));
                    if (!reflagged.isEmpty()) {
                        wholeMonths.addAll(reflagged);
                        scope = scope.with(reflagged, "site boxes");
                        continue;
                    }
                }
                if (vocabulary.table() != null) {
                    writer.replace("tag_vocabulary", vocabulary.table().coalesce(1), List.of(),
                            List.of("version", "tag"));
                }
                if (scope.full() || !scope.rewritten().isEmpty()) {
                    // The months about to be replaced are marked pending in enriched_months and lose their stored
                    // fingerprints first: a run that stops between the tables below leaves them to be enriched
                    // whole by the next run, or emptied where they have no article left.
                    writer.replace(EnrichedMonths.TABLE, EnrichedMonths.rows(spark, EnrichedMonths.pending(
                            stored == null ? Map.of() : stored.months(), scope.full() ? now.keySet()
                                    : scope.rewritten()), stored == null ? enricher : stored.enrichedBy(), runId),
                            List.of(), List.of("month"));
                    forgetPrints(writer, scope, warehouse);
                }
                write(writer, scope, unchanged, enriched, SiteBoxes.flag(spark, tags, boxed)
                        .withColumn("vocabulary_version", lit(vocabulary.version())), gazetteer, warehouse);
                writePrints(writer, scope, articles, warehouse);
                if (scope.full() || !scope.rewritten().isEmpty()) {
                    writer.replace(EnrichedMonths.TABLE, EnrichedMonths.rows(spark, now, enricher, runId), List.of(),
                            List.of("month"));
                }
                EnrichSummary summary = new EnrichSummary(runId, articleCount, scope.reason(),
                        count(warehouse, "article_entities"), count(warehouse, "article_tags"),
                        count(warehouse, "article_sources"), vocabulary.version(), gazetteer.version(),
                        (System.nanoTime() - started) / 1e9);
                RunLog.append(spark, warehouse, writer, RunLog.RunRecord.ofTables(runId, "enrich", startedAt,
                        summary.seconds(), articleCount, Map.of("gazetteer_version", gazetteer.version(),
                                "tag_vocabulary_version", Integer.toString(vocabulary.version()),
                                "learned_entities", Boolean.toString(options.learnedEntities()),
                                "site_box_min_pages", Integer.toString(SiteBoxes.MIN_PAGES),
                                "site_box_share", Double.toString(SiteBoxes.SHARE),
                                "scope", scope.reason())));
                return summary;
            } finally {
                enriched.unpersist();
            }
        }
    }

    /**
     * Writes the per-article tables: whole on a full run, else only the months the scope rewrites, each with the
     * rows of its new enrichment and the stored rows of its {@code unchanged} articles.
     */
    private void write(TableWriter writer, EnrichScope scope, Dataset<Row> unchanged, Dataset<Row> enriched,
                       Dataset<Row> tags, Gazetteer gazetteer, Warehouse warehouse) throws IOException {
        boolean counted = MonthCounts.stored(warehouse);
        if (!scope.full() && scope.rewritten().isEmpty()) {
            if (!counted) {
                // A warehouse enriched before the counts by month existed: counted once from its tables.
                MonthCounts.write(writer, warehouse, null);
            }
            return;
        }
        Dataset<Row> entities = explodeInto(enriched, "entities").withColumn("gazetteer_version",
                lit(gazetteer.version()));
        writeMonths(writer, scope, unchanged, warehouse, "article_entities", entities, "entity_id");
        writeMonths(writer, scope, unchanged, warehouse, "article_tags", tags, "tag");
        writeMonths(writer, scope, unchanged, warehouse, "article_sources", explodeInto(enriched, "sources"),
                "source_name");
        MonthCounts.write(writer, warehouse, scope.full() || !counted ? null : scope.rewritten());
        writer.replace("entities", entitiesTable(gazetteer, warehouse.read(MonthCounts.ENTITIES)), List.of(),
                List.of("entity_id"));
    }

    private static void writeMonths(TableWriter writer, EnrichScope scope, Dataset<Row> unchanged,
                                    Warehouse warehouse, String table, Dataset<Row> rows, String sortColumn)
            throws IOException {
        List<String> sort = List.of(MONTH, sortColumn);
        if (scope.full()) {
            writer.replace(table, rows, List.of(MONTH), sort);
        } else {
            StructType schema = TableSchemas.load(table);
            writer.replacePartitions(table, TableWriter.conform(rows, schema)
                            .unionByName(TableWriter.conform(keptRows(warehouse, table, scope, unchanged), schema)),
                    MONTH, List.copyOf(scope.rewritten()), sort);
        }
    }

    /** The stored rows of {@code table} in the months the scope rewrites that belong to unchanged articles. */
    private static Dataset<Row> keptRows(Warehouse warehouse, String table, EnrichScope scope,
                                         Dataset<Row> unchanged) {
        return EnrichedArticles.joinArticles(warehouse.read(table).where(col(MONTH).isin(scope.rewritten().toArray())),
                unchanged, "left_semi");
    }

    /** Removes the stored fingerprints of the months this run rewrites (all of them on a full run). */
    private void forgetPrints(TableWriter writer, EnrichScope scope, Warehouse warehouse) throws IOException {
        if (!warehouse.exists(EnrichedArticles.TABLE)) {
            return;
        }
        if (scope.full()) {
            warehouse.fileSystem().delete(warehouse.tablePath(EnrichedArticles.TABLE), true);
        } else {
            writer.replacePartitions(EnrichedArticles.TABLE, spark.createDataFrame(List.of(),
                    TableSchemas.load(EnrichedArticles.TABLE)), MONTH, List.copyOf(scope.rewritten()), List.of());
        }
    }

    /** Stores the fingerprints of the articles of the months written (of all on a full run or the first time). */
    private static void writePrints(TableWriter writer, EnrichScope scope, Dataset<Row> articles,
                                    Warehouse warehouse) throws IOException {
        List<String> sort = List.of(MONTH, "article_id");
        if (scope.full() || !warehouse.exists(EnrichedArticles.TABLE)) {
            writer.replace(EnrichedArticles.TABLE, EnrichedArticles.rows(articles), List.of(MONTH), sort);
        } else if (!scope.rewritten().isEmpty()) {
            writer.replacePartitions(EnrichedArticles.TABLE, EnrichedArticles.rows(articles
                            .where(col(MONTH).isin(scope.rewritten().toArray()))), MONTH,
                    List.copyOf(scope.rewritten()), sort);
        }
    }

    private static Set<String> minus(Set<String> all, Set<String> left) {
        Set<String> rest = new TreeSet<>(all);
        rest.removeAll(left);
        return rest;
    }

    /** The pairs boxed before or now but not both. */
    private static Set<List<String>> changed(Set<List<String>> before, Set<List<String>> now) {
        Set<List<String>> changed = new HashSet<>(before);
        changed.addAll(now);
        Set<List<String>> both = new HashSet<>(before);
        both.retainAll(now);
        changed.removeAll(both);
        return changed;
    }

    /** The months of {@code tags} holding a row of one of {@code pairs}. */
    private Set<String> monthsHolding(Dataset<Row> tags, Set<List<String>> pairs) {
        if (pairs.isEmpty()) {
            return Set.of();
        }
        Dataset<Row> wanted = SiteBoxes.frame(spark, pairs);
        return new TreeSet<>(tags.join(functions.broadcast(wanted), tags.col("site").equalTo(wanted.col("boxed_site"))
                        .and(tags.col("tag").equalTo(wanted.col("boxed_tag"))), "left_semi")
                .select(MONTH).distinct().as(Encoders.STRING()).collectAsList());
    }

    private Dataset<Row> enrich(Dataset<Row> articles, String userText, String userName, Set<String> units,
                                boolean learnedEntities) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<Set<String>> unitsShared = jsc.broadcast(units);
        JavaRDD<Row> rows = articles.javaRDD().mapPartitions(it -> enrichPartition(it,
                new ArticleEnricher(GazetteerCache.get(userText, userName), new TagSplitter(unitsShared.value()),
                        learnedEntities)));
        return spark.createDataFrame(rows, EnrichRows.SCHEMA);
    }

    private static java.util.Iterator<Row> enrichPartition(java.util.Iterator<Row> articles,
                                                           ArticleEnricher enricher) {
        return new java.util.Iterator<>() {
            @Override
            public boolean hasNext() {
                return articles.hasNext();
            }

            @Override
            public Row next() {
                return EnrichRows.toRow(articles.next(), enricher);
            }
        };
    }

    /** One row per element of the array column, with the article's keys (and any extra article columns). */
    private static Dataset<Row> explodeInto(Dataset<Row> enriched, String arrayColumn, String... extra) {
        List<org.apache.spark.sql.Column> keep = new ArrayList<>();
        ARTICLE_KEYS.forEach(k -> keep.add(col(k)));
        for (String e : extra) {
            keep.add(col(e));
        }
        keep.add(explode(col(arrayColumn)).as("item"));
        Dataset<Row> exploded = enriched.select(keep.toArray(org.apache.spark.sql.Column[]::new));
        List<org.apache.spark.sql.Column> flat = new ArrayList<>();
        ARTICLE_KEYS.forEach(k -> flat.add(col(k)));
        for (String e : extra) {
            flat.add(col(e));
        }
        flat.add(col("item.*"));
        return exploded.select(flat.toArray(org.apache.spark.sql.Column[]::new));
    }

    /** The gazetteer's entities, then the learned ones; their articles summed from the counts by month. */
    private Dataset<Row> entitiesTable(Gazetteer gazetteer, Dataset<Row> monthCounts) {
        Dataset<Row> listed = gazetteerEntities(gazetteer);
        Dataset<Row> counts = LearnedEntities.articleCounts(monthCounts);
        Dataset<Row> counted = listed.join(counts, listed.col("entity_id").equalTo(counts.col("counted_id")), "left")
                .drop("counted_id");
        return TableWriter.conform(counted, TableSchemas.load("entities"))
                .unionByName(TableWriter.conform(LearnedEntities.rows(spark, monthCounts, gazetteer.version()),
                        TableSchemas.load("entities")))
                .coalesce(1);
    }

    private Dataset<Row> gazetteerEntities(Gazetteer gazetteer) {
        List<Row> rows = new ArrayList<>();
        for (Entity e : gazetteer.entities()) {
            rows.add(RowFactory.create(e.id(), e.type().name(), e.subtype(), e.wikidataId(), e.nameAr(), e.nameEn(),
                    scala.jdk.javaapi.CollectionConverters.asScala(e.aliases()).toList(),
                    scala.jdk.javaapi.CollectionConverters.asScala(e.nisba()).toList(), e.countryCode(), e.origin(),
                    gazetteer.version(), null));
        }
        return spark.createDataFrame(rows, TableSchemas.load("entities")).drop("articles");
    }

    private String userGazetteer(String location) throws IOException {
        if (location == null) {
            return null;
        }
        Path path = new Path(location);
        try (InputStream in = path.getFileSystem(spark.sparkContext().hadoopConfiguration()).open(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.FileNotFoundException e) {
            throw new org.akhbar.InputException("gazetteer file not found: " + location);
        }
    }

    private long count(Warehouse warehouse, String table) {
        return warehouse.read(table).count();
    }
}
