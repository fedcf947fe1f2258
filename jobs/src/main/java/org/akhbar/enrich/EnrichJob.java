package org.akhbar.enrich;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;

/**
 * {@code articles} → {@code entities}, {@code article_entities}, {@code article_tags}, {@code article_sources},
 * {@code tag_vocabulary}. Reads the articles table, never the raw dumps; each task enriches its articles in plain
 * Java; one cached pass feeds the three per-article tables. Tags a site stamps on at least
 * {@link #SITE_BOX_SHARE} of its pages (sites with {@link #SITE_BOX_MIN_PAGES}+ pages), mostly without the
 * article's text naming them, are flagged as its trending box, beside the per-page rule of {@link TagSplitter}.
 */
public final class EnrichJob {
    static final int SITE_BOX_MIN_PAGES = 20;
    static final double SITE_BOX_SHARE = 0.3;
    private static final List<String> ARTICLE_KEYS = List.of("article_id", "published_date", "published_month");

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

        Dataset<Row> enriched = enrich(articles, userText, userName, units, options.learnedEntities())
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            // Enriches every article into the cache here, with a task per input partition: the writes below
            // merge partitions (TableWriter), which would otherwise run the enrichment in fewer tasks.
            long articleCount = enriched.count();
            Dataset<Row> entities = explodeInto(enriched, "entities")
                    .withColumn("gazetteer_version", lit(gazetteer.version()));
            Dataset<Row> tags = flagSiteBoxes(explodeInto(enriched, "tags", "site"))
                    .withColumn("vocabulary_version", lit(vocabulary.version()));
            Dataset<Row> sources = explodeInto(enriched, "sources");
            List<String> partition = List.of("published_month");
            writer.replace("article_entities", entities, partition, List.of("published_month", "entity_id"));
            writer.replace("article_tags", tags, partition, List.of("published_month", "tag"));
            writer.replace("article_sources", sources, partition, List.of("published_month", "source_name"));
            writer.replace("entities", entitiesTable(gazetteer, warehouse.read("article_entities")), List.of(),
                    List.of("entity_id"));
            if (vocabulary.table() != null) {
                writer.replace("tag_vocabulary", vocabulary.table().coalesce(1), List.of(),
                        List.of("version", "tag"));
            }
            EnrichSummary summary = new EnrichSummary(runId, articleCount, count(warehouse, "article_entities"),
                    count(warehouse, "article_tags"), count(warehouse, "article_sources"), vocabulary.version(),
                    gazetteer.version(), (System.nanoTime() - started) / 1e9);
            RunLog.append(spark, warehouse, writer, RunLog.RunRecord.ofTables(runId, "enrich", startedAt,
                    summary.seconds(), articleCount, java.util.Map.of("gazetteer_version", gazetteer.version(),
                            "tag_vocabulary_version", Integer.toString(vocabulary.version()),
                            "learned_entities", Boolean.toString(options.learnedEntities()),
                            "site_box_min_pages", Integer.toString(SITE_BOX_MIN_PAGES),
                            "site_box_share", Double.toString(SITE_BOX_SHARE))));
            return summary;
        } finally {
            enriched.unpersist();
        }
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

    /** Adds the corpus rule to the per-page one: a tag on a large share of a site's pages is its trending box. */
    private static Dataset<Row> flagSiteBoxes(Dataset<Row> tags) {
        Dataset<Row> pages = tags.where(col("site").isNotNull()).groupBy("site")
                .agg(countDistinct("article_id").as("site_pages"));
        Dataset<Row> boxed = tags.where(col("site").isNotNull()).groupBy("site", "tag")
                .agg(countDistinct("article_id").as("pages"),
                        sum(when(col("in_text"), 0).otherwise(1)).as("pages_without_text"))
                .join(pages, "site")
                .where(col("site_pages").geq(SITE_BOX_MIN_PAGES)
                        .and(col("pages").geq(col("site_pages").multiply(SITE_BOX_SHARE)))
                        .and(col("pages_without_text").multiply(2).geq(col("pages"))))
                .select(col("site").as("boxed_site"), col("tag").as("boxed_tag"), lit(true).as("boxed"));
        return tags.join(functions.broadcast(boxed), tags.col("site").equalTo(boxed.col("boxed_site"))
                        .and(tags.col("tag").equalTo(boxed.col("boxed_tag"))), "left")
                .withColumn("site_box", col("site_box").or(functions.coalesce(col("boxed"), lit(false))))
                .drop("boxed_site", "boxed_tag", "boxed");
    }

    /** The gazetteer's entities, then the learned ones; each with the number of articles it is in. */
    private Dataset<Row> entitiesTable(Gazetteer gazetteer, Dataset<Row> articleEntities) {
        Dataset<Row> listed = gazetteerEntities(gazetteer);
        Dataset<Row> counts = LearnedEntities.articleCounts(articleEntities);
        Dataset<Row> counted = listed.join(counts, listed.col("entity_id").equalTo(counts.col("counted_id")), "left")
                .drop("counted_id");
        return TableWriter.conform(counted, TableSchemas.load("entities"))
                .unionByName(TableWriter.conform(LearnedEntities.rows(spark, articleEntities, gazetteer.version()),
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
