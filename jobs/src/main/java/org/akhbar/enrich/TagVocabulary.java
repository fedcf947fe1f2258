package org.akhbar.enrich;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.substring_index;
import static org.apache.spark.sql.functions.sum;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.akhbar.table.TableSchemas;
import org.akhbar.table.Warehouse;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * The versioned tag vocabulary: the curated units plus n-grams (2 to 4 words) that recur as units across tag
 * lines: in at least {@link #MIN_SUPPORT} lines, and in at least half of the lines holding its first word and of
 * those holding its last. A run reuses the stored vocabulary unless asked to learn, so yesterday's splits do not
 * change silently; learning writes a new version only when the units changed.
 */
final class TagVocabulary {
    static final int MIN_SUPPORT = 3;
    private static final double MIN_COHESION = 0.5;

    /** The vocabulary to use, and the table to write (null when nothing changed). */
    record Resolved(int version, Set<String> learned, Dataset<Row> table) {
    }

    private TagVocabulary() {
    }

    /**
     * @param known units already known (gazetteer names, curated tags): an n-gram made only of known units is two
     *              tags that often stand side by side ({@code أرمينيا أذربيجان}), not a new unit
     */
    static Resolved resolve(SparkSession spark, Warehouse warehouse, Dataset<Row> articles, boolean learn,
                            String runId, Set<String> known) throws IOException {
        boolean stored = warehouse.exists("tag_vocabulary");
        if (stored && !learn) {
            Dataset<Row> table = warehouse.read("tag_vocabulary");
            int version = table.agg(org.apache.spark.sql.functions.max("version")).first().getInt(0);
            List<String> learned = table.where(col("version").equalTo(version).and(col("origin").equalTo("learned")))
                    .select("tag").as(Encoders.STRING()).collectAsList();
            return new Resolved(version, new LinkedHashSet<>(learned), null);
        }
        List<Row> learnedRows = learn(articles).stream().filter(r -> !madeOfKnownUnits(r.getString(0), known))
                .toList();
        Set<String> learned = new LinkedHashSet<>();
        learnedRows.forEach(r -> learned.add(r.getString(0)));
        int version = 1;
        Dataset<Row> old = null;
        if (stored) {
            old = warehouse.read("tag_vocabulary");
            int latest = old.agg(org.apache.spark.sql.functions.max("version")).first().getInt(0);
            Set<String> previous = new LinkedHashSet<>(old.where(col("version").equalTo(latest)
                    .and(col("origin").equalTo("learned"))).select("tag").as(Encoders.STRING()).collectAsList());
            if (previous.equals(learned)) {
                return new Resolved(latest, learned, null);
            }
            version = latest + 1;
        }
        List<Row> rows = new ArrayList<>();
        for (String tag : TagVocabularyFiles.curatedNormal()) {
            rows.add(RowFactory.create(version, tag, tag.split(" ").length, "curated", 0L, runId));
        }
        for (Row r : learnedRows) {
            rows.add(RowFactory.create(version, r.getString(0), r.getString(0).split(" ").length, "learned",
                    r.getLong(1), runId));
        }
        Dataset<Row> added = spark.createDataFrame(rows, TableSchemas.load("tag_vocabulary"));
        return new Resolved(version, learned, old == null ? added : old.unionByName(added));
    }

    private static boolean madeOfKnownUnits(String gram, Set<String> known) {
        String[] words = gram.split(" ");
        boolean[] reachable = new boolean[words.length + 1];
        reachable[0] = true;
        for (int i = 0; i < words.length; i++) {
            if (!reachable[i]) {
                continue;
            }
            StringBuilder unit = new StringBuilder();
            for (int j = i; j < words.length; j++) {
                unit.append(j > i ? " " : "").append(words[j]);
                if (known.contains(unit.toString())) {
                    reachable[j + 1] = true;
                }
            }
        }
        return reachable[words.length];
    }

    /** (n-gram, lines) for every n-gram that recurs as a unit. */
    static List<Row> learn(Dataset<Row> articles) {
        StructType gramSchema = DataTypes.createStructType(List.of(
                DataTypes.createStructField("gram", DataTypes.StringType, false),
                DataTypes.createStructField("lines", DataTypes.LongType, false)));
        Dataset<Row> grams = articles.where(col("tags_raw").isNotNull()).select("tags_raw").as(Encoders.STRING())
                .mapPartitions((MapPartitionsFunction<String, Row>) lines -> rows(TagGramCounts.of(lines)),
                        Encoders.row(gramSchema));
        // Cached: the n-grams and the single words below both read it, and would otherwise scan and tokenise twice.
        Dataset<Row> lines = grams.groupBy("gram").agg(sum("lines").as("lines"))
                .withColumn("first", substring_index(col("gram"), " ", 1))
                .withColumn("last", substring_index(col("gram"), " ", -1))
                .withColumn("words", size(split(col("gram"), " ")))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            return cohesive(lines);
        } finally {
            lines.unpersist();
        }
    }

    private static List<Row> cohesive(Dataset<Row> lines) {
        Dataset<Row> single = lines.where(col("words").equalTo(1)).select(col("gram").as("word"),
                col("lines").as("word_lines"));
        Dataset<Row> multi = lines.where(col("words").gt(1).and(col("lines").geq(MIN_SUPPORT)));
        return multi.join(single.withColumnRenamed("word", "first").withColumnRenamed("word_lines", "first_lines"),
                        "first")
                .join(single.withColumnRenamed("word", "last").withColumnRenamed("word_lines", "last_lines"), "last")
                .where(col("lines").geq(col("first_lines").multiply(lit(MIN_COHESION)))
                        .and(col("lines").geq(col("last_lines").multiply(lit(MIN_COHESION)))))
                .select("gram", "lines").orderBy("gram").collectAsList();
    }

    private static java.util.Iterator<Row> rows(TagGramCounts counts) {
        List<Row> rows = new ArrayList<>();
        counts.counted().forEachRemaining(g -> rows.add(RowFactory.create(g.gram(), g.lines())));
        return rows.iterator();
    }
}
