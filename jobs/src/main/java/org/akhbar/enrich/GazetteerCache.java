package org.akhbar.enrich;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.akhbar.entity.Gazetteer;

/**
 * One gazetteer per JVM and user file: building it reads ICU's data and the curated files (about a second), so
 * executors build it once and every task reuses it.
 */
public final class GazetteerCache {
    private static final String BUNDLED = "";
    private static final Map<String, Gazetteer> CACHE = new ConcurrentHashMap<>();

    private GazetteerCache() {
    }

    /** @param userEntities the text of a user entities file, or null for the bundled gazetteer alone */
    public static Gazetteer get(String userEntities, String userName) {
        String key = userEntities == null ? BUNDLED : userName + "\n" + userEntities;
        return CACHE.computeIfAbsent(key, k -> userEntities == null ? Gazetteer.bundled()
                : Gazetteer.load(new ByteArrayInputStream(userEntities.getBytes(StandardCharsets.UTF_8)), userName));
    }
}
