package org.akhbar.enrich;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.akhbar.source.ArticleSource;
import org.akhbar.tag.Tag;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The one adapter from an {@link Enrichment} to a Spark row: the article's keys plus arrays of entity, tag and
 * source structs whose fields carry the table column names, so each table is an {@code explode} away.
 */
final class EnrichRows implements Serializable {
    static final StructType ENTITY = struct(
            field("entity_id", DataTypes.StringType), field("type", DataTypes.StringType),
            field("subtype", DataTypes.StringType), field("mentions", DataTypes.IntegerType),
            field("surface_forms", DataTypes.createArrayType(DataTypes.StringType)),
            field("mention_kind", DataTypes.StringType), field("in_title", DataTypes.BooleanType),
            field("paragraphs", DataTypes.createArrayType(DataTypes.IntegerType)),
            field("first_position", DataTypes.IntegerType));
    static final StructType TAG = struct(
            field("tag", DataTypes.StringType), field("tag_raw", DataTypes.StringType),
            field("position", DataTypes.IntegerType), field("site_box", DataTypes.BooleanType),
            field("in_text", DataTypes.BooleanType), field("how", DataTypes.StringType));
    static final StructType SOURCE = struct(
            field("role", DataTypes.StringType), field("source_id", DataTypes.StringType),
            field("source_name", DataTypes.StringType), field("raw_name", DataTypes.StringType),
            field("position", DataTypes.IntegerType));
    static final StructType SCHEMA = struct(
            field("article_id", DataTypes.StringType), field("site", DataTypes.StringType),
            field("published_date", DataTypes.DateType), field("published_month", DataTypes.StringType),
            field("entities", DataTypes.createArrayType(ENTITY)), field("tags", DataTypes.createArrayType(TAG)),
            field("sources", DataTypes.createArrayType(SOURCE)));

    private EnrichRows() {
    }

    /** @param article a row of articles with article_id, title, body, site, sources, tags_raw, dates */
    static Row toRow(Row article, ArticleEnricher enricher) {
        String body = article.getAs("body");
        List<String> paragraphs = body == null || body.isEmpty() ? List.of() : Arrays.asList(body.split("\n"));
        List<String> sourceLines = article.getList(article.fieldIndex("sources"));
        Enrichment e = enricher.enrich(article.getAs("title"), paragraphs, article.getAs("site"), sourceLines,
                article.getAs("tags_raw"));
        List<Row> entities = new ArrayList<>();
        for (ArticleEntity x : e.entities()) {
            entities.add(RowFactory.create(x.entityId(), x.type(), x.subtype(), x.mentions(), seq(x.surfaceForms()),
                    x.mentionKind(), x.inTitle(), seq(x.paragraphs()), x.firstPosition()));
        }
        List<Row> tags = new ArrayList<>();
        for (Tag t : e.tags()) {
            tags.add(RowFactory.create(t.normal(), t.raw(), t.position(), t.siteBox(), t.inText(), t.how()));
        }
        List<Row> sources = new ArrayList<>();
        for (ArticleSource s : e.sources()) {
            sources.add(RowFactory.create(s.role(), s.sourceId(), s.name(), s.raw(), s.position()));
        }
        return RowFactory.create(article.getAs("article_id"), article.getAs("site"), article.getAs("published_date"),
                article.getAs("published_month"), seq(entities), seq(tags), seq(sources));
    }

    private static <T> scala.collection.immutable.Seq<T> seq(List<T> values) {
        return scala.jdk.javaapi.CollectionConverters.asScala(values).toList();
    }

    private static StructField field(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }

    private static StructType struct(StructField... fields) {
        return DataTypes.createStructType(fields);
    }
}
