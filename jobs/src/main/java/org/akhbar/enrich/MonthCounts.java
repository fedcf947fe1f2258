package org.akhbar.enrich;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import org.akhbar.entity.MentionKind;
import org.akhbar.table.TableWriter;
import org.akhbar.table.Warehouse;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The counts per month of articles that the corpus-level rules of enrich sum: {@code site_tag_month_counts} (a
 * site's pages with tags, and per tag its pages and its rows not named in the text, for {@link SiteBoxes}) and
 * {@code entity_month_counts} (an entity's articles, and a learned entity's articles per spelling, for the
 * {@code entities} table). Every article is in one month, so the counts of all time are the sums of the months'; an
 * increment counts again only the months it rewrites and reads the others' counts, never their article rows.
 */
final class MonthCounts {
    static final String SITE_TAGS = "site_tag_month_counts";
    static final String ENTITIES = "entity_month_counts";
    private static final String MONTH = "published_month";

    private MonthCounts() {
    }

    /** Whether both tables are stored, as every enrich since they exist leaves them. */
    static boolean stored(Warehouse warehouse) throws IOException {
        return warehouse.exists(SITE_TAGS) && warehouse.exists(ENTITIES);
    }

    /**
     * Per month and site, its pages with a tag (tag null); per month, site and tag, the pages and the rows where the
     * text does not name the tag.
     *
     * @param tags rows of article_tags (article_id, site, tag, in_text, published_month)
     */
    static Dataset<Row> siteTags(Dataset<Row> tags) {
        Dataset<Row> sited = tags.where(col("site").isNotNull());
        Dataset<Row> perTag = sited.groupBy(MONTH, "site", "tag")
                .agg(countDistinct("article_id").cast("long").as("pages"),
                        sum(when(col("in_text"), 0L).otherwise(1L)).as("pages_without_text"));
        Dataset<Row> perSite = sited.groupBy(MONTH, "site").agg(countDistinct("article_id").cast("long").as("pages"))
                .withColumn("tag", lit(null).cast("string"))
                .withColumn("pages_without_text", lit(null).cast("long"));
        return perTag.unionByName(perSite);
    }

    /**
     * Per month and entity, its articles (form null); per month, learned entity and spelling as written, the articles
     * of that spelling.
     *
     * @param articleEntities rows of article_entities
     */
    static Dataset<Row> entities(Dataset<Row> articleEntities) {
        Dataset<Row> perEntity = articleEntities.groupBy(MONTH, "entity_id")
                .agg(min("type").as("type"), countDistinct("article_id").cast("long").as("articles"))
                .withColumn("form", lit(null).cast("string"));
        Dataset<Row> perForm = articleEntities
                .where(col("mention_kind").equalTo(MentionKind.LEARNED.columnValue()))
                .select(col(MONTH), col("entity_id"), col("type"), col("article_id"),
                        org.apache.spark.sql.functions.explode(col("surface_forms")).as("form"))
                .groupBy(MONTH, "entity_id", "type", "form")
                .agg(countDistinct("article_id").cast("long").as("articles"));
        return perEntity.unionByName(perForm);
    }

    /**
     * Counts the {@code months} again from the stored article tables, or every month when null, and replaces them
     * in both tables.
     */
    static void write(TableWriter writer, Warehouse warehouse, Collection<String> months) throws IOException {
        Dataset<Row> tags = warehouse.read("article_tags");
        Dataset<Row> entities = warehouse.read("article_entities");
        if (months == null) {
            writer.replace(SITE_TAGS, byMonth(siteTags(tags)), List.of(MONTH), List.of(MONTH, "site", "tag"));
            writer.replace(ENTITIES, byMonth(entities(entities)), List.of(MONTH), List.of(MONTH, "entity_id",
                    "form"));
            return;
        }
        Object[] rewritten = months.toArray();
        writer.replacePartitions(SITE_TAGS, byMonth(siteTags(tags.where(col(MONTH).isin(rewritten)))), MONTH,
                List.copyOf(months), List.of(MONTH, "site", "tag"));
        writer.replacePartitions(ENTITIES, byMonth(entities(entities.where(col(MONTH).isin(rewritten)))), MONTH,
                List.copyOf(months), List.of(MONTH, "entity_id", "form"));
    }

    /** One file per month: each is written by one task. */
    private static Dataset<Row> byMonth(Dataset<Row> counts) {
        return counts.repartition(col(MONTH));
    }
}
