package org.akhbar.aggregate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Counts keyed by day, measure and key, summed in memory as a combiner before Spark's shuffle. Each count has two
 * values: over every article, and over one article per duplicate cluster. At most {@link #limit} keys are held:
 * past that, the held counts are handed on and summed again after the shuffle, which keeps a task's memory bounded
 * whatever its input.
 */
final class DayCounts {
    /** Articles of the day (key empty). */
    static final String ARTICLES = "articles";
    static final String TAG = "tag";
    /** A source in a role; name is the source's id, or its name when it has none. */
    static final String SOURCE = "source";
    /** Windows of a kind (article, paragraph) holding any salient entity. */
    static final String WINDOWS = "windows";
    static final String ENTITY = "entity";
    static final String PAIR = "pair";
    /** The day of undated articles. */
    static final int UNDATED = Integer.MIN_VALUE;

    /**
     * @param day        epoch day, or {@link #UNDATED}
     * @param entityA    the number of the entity counted, or of a pair's first (entityA before entityB); else
     *                   {@link EntityNumbers#NONE}
     * @param name       the tag, or the source's key
     * @param sourceName a source's canonical name: part of the key so that summing needs no text aggregate (the
     *                   gazetteer gives an id one canonical name, so a source has one in practice)
     */
    record Key(String measure, int day, String windowKind, int entityA, int entityB, String role,
               String name, String sourceId, String sourceName) {
        static Key of(String measure, int day) {
            return new Key(measure, day, null, EntityNumbers.NONE, EntityNumbers.NONE, null, null, null, null);
        }

        static Key tag(int day, String tag) {
            return new Key(TAG, day, null, EntityNumbers.NONE, EntityNumbers.NONE, null, tag, null, null);
        }
    }

    /** The two counts. */
    static final class Tally {
        long all;
        long deduplicated;
    }

    private final int limit;
    private Map<Key, Tally> tallies = new HashMap<>();

    DayCounts(int limit) {
        this.limit = limit;
    }

    Tally add(Key key, long all, long deduplicated) {
        Tally tally = tallies.computeIfAbsent(key, k -> new Tally());
        tally.all += all;
        tally.deduplicated += deduplicated;
        return tally;
    }

    void addSource(int day, String role, String sourceId, String sourceName, long all, long deduplicated) {
        add(new Key(SOURCE, day, null, EntityNumbers.NONE, EntityNumbers.NONE, role, sourceId != null ? sourceId : sourceName, sourceId,
                sourceName), all, deduplicated);
    }

    boolean full() {
        return tallies.size() >= limit;
    }

    /**
     * measure, day_number (epoch day, null for undated), window_kind, entity_a, entity_b (entity numbers), role,
     * name, source_id, source_name, count, count_dedup: the rows of {@link #row}.
     */
    static final StructType SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField("measure", DataTypes.StringType, false),
            DataTypes.createStructField("day_number", DataTypes.IntegerType, true),
            DataTypes.createStructField("window_kind", DataTypes.StringType, true),
            DataTypes.createStructField("entity_a", DataTypes.IntegerType, true),
            DataTypes.createStructField("entity_b", DataTypes.IntegerType, true),
            DataTypes.createStructField("role", DataTypes.StringType, true),
            DataTypes.createStructField("name", DataTypes.StringType, true),
            DataTypes.createStructField("source_id", DataTypes.StringType, true),
            DataTypes.createStructField("source_name", DataTypes.StringType, true),
            DataTypes.createStructField("count", DataTypes.LongType, false),
            DataTypes.createStructField("count_dedup", DataTypes.LongType, false)));

    static Row row(Map.Entry<Key, Tally> count) {
        Key key = count.getKey();
        return RowFactory.create(key.measure(), key.day() == UNDATED ? null : key.day(), key.windowKind(),
                orNull(key.entityA()), orNull(key.entityB()), key.role(), key.name(), key.sourceId(),
                key.sourceName(), count.getValue().all, count.getValue().deduplicated);
    }

    private static Integer orNull(int entity) {
        return entity == EntityNumbers.NONE ? null : entity;
    }

    /** The held counts, which are then forgotten. */
    List<Map.Entry<Key, Tally>> drain() {
        List<Map.Entry<Key, Tally>> out = new ArrayList<>(tallies.entrySet());
        tallies = new HashMap<>();
        return out;
    }
}
