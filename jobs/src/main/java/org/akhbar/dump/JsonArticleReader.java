package org.akhbar.dump;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.akhbar.article.Article;
import org.akhbar.article.DateSource;
import org.akhbar.article.PublishDateParser;
import org.akhbar.article.RejectReason;

/** Maps one JSON Lines record onto the same {@link Article} model as a crawled page. */
final class JsonArticleReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonFields fields;

    JsonArticleReader(JsonFields fields) {
        this.fields = fields;
    }

    /** The article, or the reason the line is not one. */
    Result read(byte[] line) {
        JsonNode root;
        try {
            root = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return Result.rejected(RejectReason.BAD_JSON, "the line is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            return Result.rejected(RejectReason.BAD_JSON, "the line cannot be read as JSON: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            return Result.rejected(RejectReason.BAD_JSON, RejectReason.BAD_JSON.description());
        }
        List<String> paragraphs = paragraphs(text(root, "body"));
        if (paragraphs.isEmpty()) {
            return Result.rejected(RejectReason.NO_BODY, "the record has no text in its '" + fields.field("body")
                    + "' field");
        }
        Instant crawled = text(root, "crawled") == null ? null
                : PublishDateParser.parse(text(root, "crawled"), null).orElse(null);
        String publishedRaw = text(root, "published");
        Optional<Instant> published = publishedRaw == null ? Optional.empty()
                : PublishDateParser.parse(publishedRaw, crawled);
        DateSource dateSource = published.isPresent() ? DateSource.PUBLISHED
                : crawled != null ? DateSource.CRAWL : DateSource.NONE;
        Article article = new Article(text(root, "site"), crawled, text(root, "title"), published.orElse(crawled),
                publishedRaw, dateSource, paragraphs, texts(root, "source"), joined(texts(root, "tags")),
                List.of(), null, List.of(), text(root, "url"));
        return new Result(article, null, null);
    }

    private JsonNode node(JsonNode root, String key) {
        JsonNode node = root;
        for (String part : fields.field(key).split("\\.")) {
            node = node == null ? null : node.get(part);
        }
        return node == null || node.isNull() ? null : node;
    }

    private String text(JsonNode root, String key) {
        JsonNode node = node(root, key);
        if (node == null || node.isContainerNode()) {
            return null;
        }
        String value = node.asText().strip();
        return value.isEmpty() ? null : value;
    }

    /** A string, or every string of an array (sources and tags come either way). */
    private List<String> texts(JsonNode root, String key) {
        JsonNode node = node(root, key);
        List<String> values = new ArrayList<>();
        if (node == null) {
            return values;
        }
        Iterable<JsonNode> items = node.isArray() ? node : List.of(node);
        for (JsonNode item : items) {
            if (!item.isContainerNode() && !item.isNull() && !item.asText().isBlank()) {
                values.add(item.asText().strip());
            }
        }
        return values;
    }

    private static String joined(List<String> values) {
        return values.isEmpty() ? null : String.join(" ", values);
    }

    private static List<String> paragraphs(String body) {
        List<String> out = new ArrayList<>();
        if (body != null) {
            for (String line : body.split("\\R")) {
                String t = line.strip();
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    record Result(Article article, RejectReason reason, String message) {
        static Result rejected(RejectReason reason, String message) {
            return new Result(null, reason, message);
        }
    }
}
