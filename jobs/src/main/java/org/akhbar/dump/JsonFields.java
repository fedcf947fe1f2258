package org.akhbar.dump;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.akhbar.InputException;

/**
 * Which JSON field holds each article field in a JSON Lines export, from
 * {@code --jsonl-fields title=title,body=content,source=source,published=date_extracted,url=url,site=site}.
 * Every key is optional except {@code body}; a field name may be a dotted path into nested objects
 * ({@code meta.published}). Keys not given map to the field of the same name.
 */
public record JsonFields(Map<String, String> fields) implements Serializable {
    public static final Set<String> KEYS = Set.of("title", "body", "source", "published", "crawled", "url", "site",
            "tags");

    public JsonFields {
        fields = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(fields)); // one order in runs
    }

    public static JsonFields defaults() {
        return parse("");
    }

    /** Parses {@code key=field,key=field}; unknown keys are an error, so a typo never silently does nothing. */
    public static JsonFields parse(String spec) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String key : KEYS) {
            fields.put(key, key);
        }
        if (spec != null && !spec.isBlank()) {
            for (String pair : spec.split(",")) {
                String[] kv = pair.split("=", 2);
                String key = kv[0].trim();
                if (kv.length != 2 || kv[1].isBlank() || !KEYS.contains(key)) {
                    throw new InputException("--jsonl-fields: '" + pair.trim() + "' is not key=field with a key among "
                            + new java.util.TreeSet<>(KEYS));
                }
                fields.put(key, kv[1].trim());
            }
        }
        return new JsonFields(fields);
    }

    public String field(String key) {
        return fields.get(key);
    }
}
