package org.akhbar.dump;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.akhbar.article.Article;
import org.akhbar.article.Blanks;
import org.akhbar.article.DateSource;
import org.akhbar.article.PublishDateParser;
import org.akhbar.article.RejectReason;

/** Maps one JSON Lines record onto the same {@link Article} model as a crawled page. */
final class JsonArticleReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Keys whose field may hold one string or an array of them. */
    private static final Set<String> LIST_KEYS = Set.of("source", "tags");
    private static final int ABBREVIATED_CHARS = 40;

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
        String wrongType = wrongType(root);
        if (wrongType != null) {
            return Result.rejected(RejectReason.BAD_FIELD, wrongType);
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

    /**
     * Why a mapped field cannot be read as text, naming the field, the type expected and the type found; null when
     * every field is absent, null or of its type. A number or an object is never taken for a body or a title.
     */
    private String wrongType(JsonNode root) {
        for (String key : JsonFields.KEYS) {
            JsonNode node = node(root, key);
            if (node == null || node.isTextual()) {
                continue;
            }
            boolean listKey = LIST_KEYS.contains(key);
            if (listKey && node.isArray()) {
                for (JsonNode item : node) {
                    if (!item.isTextual() && !item.isNull()) {
                        return "the field '" + fields.field(key) + "' is an array holding " + typeOf(item)
                                + " where strings are expected";
                    }
                }
                continue;
            }
            return "the field '" + fields.field(key) + "' is " + typeOf(node) + " where "
                    + (listKey ? "a string or an array of strings" : "a string") + " is expected";
        }
        return null;
    }

    private static String typeOf(JsonNode node) {
        String value = node.isValueNode() ? " (" + abbreviated(node.toString()) + ")" : "";
        return switch (node.getNodeType()) {
            case NUMBER -> "a number" + value;
            case BOOLEAN -> "a boolean" + value;
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case BINARY -> "binary data";
            default -> "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String abbreviated(String s) {
        return s.length() <= ABBREVIATED_CHARS ? s : s.substring(0, ABBREVIATED_CHARS) + "…";
    }

    private String text(JsonNode root, String key) {
        JsonNode node = node(root, key);
        return node == null ? null : Blanks.stripToNull(node.asText());
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
            String value = item.isNull() ? null : Blanks.stripToNull(item.asText());
            if (value != null) {
                values.add(value);
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
                String t = Blanks.stripToNull(line);
                if (t != null) {
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
