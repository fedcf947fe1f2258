package org.akhbar.aggregate;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Entity co-occurrence scored from window counts, for every period type at once. The windows are counted per
 * article in plain Java ({@link ClusterContributions}): each keeps its {@link Parameters#maxEntitiesPerWindow} most
 * salient entities, so a window makes at most that many squared pairs. Counts are the measures windows (the
 * period's number of windows N), entity and pair of the day and period counts, over every article (count) and
 * over one article per duplicate cluster (count_dedup).
 */
public final class Cooccurrence {
    /** The knobs, recorded in runs. */
    public record Parameters(int maxEntitiesPerWindow, int minSupport, int topK) {
        public static Parameters defaults() {
            return new Parameters(20, 3, 50);
        }
    }

    /** The keys scored together. */
    private static final List<String> GROUP = List.of("period_type", "period_start", "window_kind");
    private static final StructType SCORED = scoredSchema();

    private final Parameters parameters;

    public Cooccurrence(Parameters parameters) {
        this.parameters = parameters;
    }

    private static StructType scoredSchema() {
        List<StructField> fields = new ArrayList<>(List.of(
                DataTypes.createStructField("period_type", DataTypes.StringType, false),
                DataTypes.createStructField("period_start", DataTypes.DateType, true),
                DataTypes.createStructField("window_kind", DataTypes.StringType, false),
                DataTypes.createStructField("entity_a", DataTypes.IntegerType, false),
                DataTypes.createStructField("entity_b", DataTypes.IntegerType, false)));
        for (String suffix : List.of("", "_dedup")) {
            for (String count : List.of("pair_count", "count_a", "count_b", "n_windows")) {
                fields.add(DataTypes.createStructField(count + suffix, DataTypes.LongType, true));
            }
            fields.add(DataTypes.createStructField("npmi" + suffix, DataTypes.DoubleType, true));
            fields.add(DataTypes.createStructField("g2" + suffix, DataTypes.DoubleType, true));
        }
        return DataTypes.createStructType(fields);
    }

    /**
     * entity_cooccurrence with entity numbers: the period counts of the co-occurrence measures (period_type,
     * period_start, window_kind, measure, entity_a, entity_b, count, count_dedup) brought together by period and
     * window kind and scored there ({@link PeriodScoring}). Pairs below the minimum support in both counts are
     * dropped before the shuffle.
     */
    Dataset<Row> scoredTable(Dataset<Row> periodCounts) {
        int support = parameters.minSupport();
        int topK = parameters.topK();
        Dataset<Row> supported = periodCounts
                .where(col("measure").isin(DayCounts.WINDOWS, DayCounts.ENTITY)
                        .or(col("measure").equalTo(DayCounts.PAIR)
                                .and(col("count").geq(support).or(col("count_dedup").geq(support)))))
                .select(cols(GROUP, "measure", "entity_a", "entity_b", "count", "count_dedup"));
        return Periods.publicKeys(supported.repartition(cols(GROUP)).sortWithinPartitions(cols(GROUP))
                .mapPartitions((MapPartitionsFunction<Row, Row>) rows -> scoredGroups(rows, support, topK),
                        Encoders.row(SCORED)));
    }

    /** Rows sorted by period and window kind → each group's kept pairs. */
    private static Iterator<Row> scoredGroups(Iterator<Row> sorted, int support, int topK) {
        List<Row> out = new ArrayList<>();
        List<Object> group = null;
        PeriodScoring scoring = null;
        while (sorted.hasNext()) {
            Row row = sorted.next();
            List<Object> key = Arrays.asList(row.get(0), row.get(1), row.get(2));
            if (!key.equals(group)) {
                addRows(group, scoring, out);
                group = key;
                scoring = new PeriodScoring(support, topK);
            }
            long all = row.getLong(6);
            long deduplicated = row.getLong(7);
            switch (row.getString(3)) {
                case DayCounts.WINDOWS -> scoring.addWindows(all, deduplicated);
                case DayCounts.ENTITY -> scoring.addEntity(row.getInt(4), all, deduplicated);
                default -> scoring.addPair(row.getInt(4), row.getInt(5), all, deduplicated);
            }
        }
        addRows(group, scoring, out);
        return out.iterator();
    }

    private static void addRows(List<Object> group, PeriodScoring scoring, List<Row> out) {
        if (group == null) {
            return;
        }
        for (PeriodScoring.Row pair : scoring.rows()) {
            List<Object> values = new ArrayList<>(group);
            values.add(pair.entityA());
            values.add(pair.entityB());
            for (PeriodScoring.Scored scored : Arrays.asList(pair.all(), pair.deduplicated())) {
                values.addAll(scored == null ? Collections.nCopies(6, null) : List.of(scored.pairCount(),
                        scored.countA(), scored.countB(), scored.windows(), scored.npmi(), scored.g2()));
            }
            out.add(RowFactory.create(values.toArray()));
        }
    }

    static org.apache.spark.sql.Column[] cols(List<String> names, String... more) {
        List<String> all = new ArrayList<>(names);
        all.addAll(List.of(more));
        return all.stream().map(org.apache.spark.sql.functions::col).toArray(org.apache.spark.sql.Column[]::new);
    }

    static scala.collection.immutable.Seq<String> seq(List<String> names, String... more) {
        List<String> all = new ArrayList<>(names);
        all.addAll(List.of(more));
        return scala.jdk.javaapi.CollectionConverters.asScala(all).toSeq();
    }
}
