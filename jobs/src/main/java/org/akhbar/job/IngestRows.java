package org.akhbar.job;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.akhbar.article.Article;
import org.akhbar.dump.IngestOutcome;
import org.akhbar.table.TableSchemas;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The one adapter from ingest outcomes to Spark rows. One pass over the input yields both articles and rejects,
 * so a row has the columns of both tables plus {@code outcome}; each table then selects its own columns.
 */
final class IngestRows {
    static final String OUTCOME = "outcome";
    static final String ARTICLE = "article";
    static final String REJECT = "reject";
    static final String UNKNOWN_MONTH = "unknown";

    private IngestRows() {
    }

    /** Articles' columns, then the rejects' columns that articles lack, then {@code outcome}. */
    static StructType schema() {
        Map<String, StructField> fields = new LinkedHashMap<>();
        for (StructField f : TableSchemas.load("articles").fields()) {
            fields.put(f.name(), f.copy(f.name(), f.dataType(), true, f.metadata()));
        }
        for (StructField f : TableSchemas.load("rejects").fields()) {
            fields.putIfAbsent(f.name(), f.copy(f.name(), f.dataType(), true, f.metadata()));
        }
        fields.put(OUTCOME, DataTypes.createStructField(OUTCOME, DataTypes.StringType, false));
        return new StructType(fields.values().toArray(StructField[]::new));
    }

    /** Builds rows for one schema; field positions are looked up once. */
    static final class Builder implements java.io.Serializable {
        private final Map<String, Integer> index = new LinkedHashMap<>();

        Builder(StructType schema) {
            for (int i = 0; i < schema.fields().length; i++) {
                index.put(schema.fields()[i].name(), i);
            }
        }

        Row toRow(IngestOutcome outcome) {
            Object[] v = new Object[index.size()];
            set(v, "source_file", outcome.file().sourceFile());
            set(v, "source_entry", outcome.entry());
            set(v, "record_index", outcome.recordIndex());
            set(v, "bytes", outcome.bytes());
            if (outcome instanceof IngestOutcome.Accepted accepted) {
                fillArticle(v, accepted);
            } else if (outcome instanceof IngestOutcome.Rejected rejected) {
                set(v, OUTCOME, REJECT);
                set(v, "reason", rejected.reason().code());
                set(v, "message", rejected.message());
                set(v, "snippet", rejected.snippet());
            }
            return RowFactory.create(v);
        }

        private void fillArticle(Object[] v, IngestOutcome.Accepted accepted) {
            Article a = accepted.article();
            set(v, OUTCOME, ARTICLE);
            set(v, "article_id", accepted.articleId());
            set(v, "site", a.site());
            set(v, "crawled_at", a.crawledAt());
            set(v, "title", a.title());
            set(v, "published_at", a.publishedAt());
            set(v, "published_date", a.publishedAt() == null ? null : utcDate(a.publishedAt()));
            set(v, "published_raw", a.publishedRaw());
            set(v, "date_source", a.dateSource().columnValue());
            set(v, "body", a.body());
            set(v, "paragraph_count", a.paragraphs().size());
            set(v, "sources", toScala(a.sources()));
            set(v, "tags_raw", a.tagsRaw());
            set(v, "related_headlines", toScala(a.relatedHeadlines()));
            set(v, "appended_article", a.appendedArticle());
            set(v, "similar_articles", toScala(a.similarArticles()));
            set(v, "encoding", accepted.encoding());
            set(v, "published_month", publishedMonth(a.publishedAt()));
        }

        private void set(Object[] values, String column, Object value) {
            values[index.get(column)] = value;
        }
    }

    static String publishedMonth(Instant publishedAt) {
        if (publishedAt == null) {
            return UNKNOWN_MONTH;
        }
        LocalDate day = utcDate(publishedAt);
        return String.format("%04d-%02d", day.getYear(), day.getMonthValue());
    }

    private static LocalDate utcDate(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    private static scala.collection.immutable.Seq<String> toScala(List<String> values) {
        return scala.jdk.javaapi.CollectionConverters.asScala(new ArrayList<>(values)).toList();
    }
}
