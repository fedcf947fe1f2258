package org.akhbar.job;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.akhbar.arabic.TextNormalizer;
import org.akhbar.article.Article;
import org.akhbar.dump.FileRead;
import org.akhbar.dump.IngestOutcome;
import org.akhbar.dump.InputFile;
import org.akhbar.dump.ReadItem;
import org.akhbar.table.TableSchemas;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The one adapter from read items to Spark rows. One pass over the input yields articles, rejects and one
 * manifest entry per file, so a row has the columns of all three tables plus {@code outcome}; each table then
 * selects its own columns.
 */
final class IngestRows implements Serializable {
    static final String OUTCOME = "outcome";
    static final String ARTICLE = "article";
    static final String REJECT = "reject";
    static final String FILE = "file";
    private static final int CONTENT_HASH_BYTES = 16;

    private final Map<String, Integer> index = new HashMap<>();
    private final int width;

    IngestRows(StructType schema) {
        for (int i = 0; i < schema.fields().length; i++) {
            index.put(schema.fields()[i].name(), i);
        }
        width = schema.fields().length;
    }

    /** Articles' columns, then those of rejects and of the manifest that articles lack, then {@code outcome}. */
    static StructType schema() {
        Map<String, StructField> fields = new LinkedHashMap<>();
        for (String table : List.of("articles", "rejects", "ingest_manifest")) {
            for (StructField f : TableSchemas.load(table).fields()) {
                fields.putIfAbsent(f.name(), f.copy(f.name(), f.dataType(), true, f.metadata()));
            }
        }
        fields.put(OUTCOME, DataTypes.createStructField(OUTCOME, DataTypes.StringType, false));
        return new StructType(fields.values().toArray(StructField[]::new));
    }

    Row toRow(ReadItem item) {
        Object[] v = new Object[width];
        if (item instanceof FileRead read) {
            fillFile(v, read);
        } else if (item instanceof IngestOutcome outcome) {
            fillSource(v, outcome.file());
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
        } else {
            throw new IllegalArgumentException("a raw record must be parsed before it becomes a row: " + item);
        }
        return RowFactory.create(v);
    }

    private void fillSource(Object[] v, InputFile file) {
        set(v, "source_file", file.sourceFile());
        set(v, "source_uri", file.uri());
    }

    private void fillFile(Object[] v, FileRead read) {
        InputFile file = read.file();
        set(v, OUTCOME, FILE);
        fillSource(v, file);
        set(v, "relative_path", file.relativePath());
        set(v, "size", file.size());
        set(v, "modification_time", Instant.ofEpochMilli(file.modificationTime()));
        set(v, "file_hash", read.contentHash());
        set(v, "records", read.records());
        set(v, "empty_reason", read.empty() == null ? null : read.empty().code());
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
        String body = a.body();
        set(v, "body", body);
        set(v, "paragraph_count", a.paragraphs().size());
        set(v, "sources", toScala(a.sources()));
        set(v, "tags_raw", a.tagsRaw());
        set(v, "related_headlines", toScala(a.relatedHeadlines()));
        set(v, "appended_article", a.appendedArticle());
        set(v, "similar_articles", toScala(a.similarArticles()));
        set(v, "encoding", accepted.encoding());
        set(v, "url", a.url());
        set(v, "undecodable_chars", accepted.undecodable());
        set(v, "content_hash", contentHash(body));
        set(v, "published_month", publishedMonth(a.publishedAt()));
    }

    private void set(Object[] values, String column, Object value) {
        values[index.get(column)] = value;
    }

    /** Hash of the normalised body: the same text with other hamza, digits or spacing gets the same hash. */
    static String contentHash(String body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(TextNormalizer.normalize(body).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, CONTENT_HASH_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM ships SHA-256", e);
        }
    }

    static String publishedMonth(Instant publishedAt) {
        if (publishedAt == null) {
            return TableSchemas.UNKNOWN_MONTH;
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
