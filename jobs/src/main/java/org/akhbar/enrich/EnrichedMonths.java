package org.akhbar.enrich;

import static org.apache.spark.sql.functions.bit_xor;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.akhbar.table.TableSchemas;
import org.akhbar.table.Warehouse;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/**
 * The {@code enriched_months} table: per month of articles, the fingerprint of what the last enrich read and what
 * enriched it, so that the next run enriches only the months whose articles changed ({@link EnrichScope}).
 */
final class EnrichedMonths {
    static final String TABLE = "enriched_months";
    /** What the last run stored: its fingerprints by month, and what enriched them (null when runs differ). */
    record Stored(Map<String, EnrichScope.MonthPrint> months, String enrichedBy) {
    }

    private static final EnrichScope.MonthPrint PENDING = new EnrichScope.MonthPrint(-1, 0);

    private EnrichedMonths() {
    }

    /** The fingerprints of {@code articles} by month: a pass over a few short columns, one row a month. */
    static Map<String, EnrichScope.MonthPrint> of(Dataset<Row> articles) {
        Map<String, EnrichScope.MonthPrint> months = new TreeMap<>();
        articles.groupBy("published_month")
                .agg(count(lit(1)).as("articles"),
                        bit_xor(EnrichedArticles.fingerprint()).as("fingerprint"))
                .collectAsList()
                .forEach(r -> months.put(r.getString(0), new EnrichScope.MonthPrint(r.getLong(1), r.getLong(2))));
        return months;
    }

    /** The stored fingerprints, or null where no enrich stored any. */
    static Stored read(Warehouse warehouse) throws java.io.IOException {
        if (!warehouse.exists(TABLE)) {
            return null;
        }
        Map<String, EnrichScope.MonthPrint> months = new TreeMap<>();
        java.util.TreeSet<String> enrichers = new java.util.TreeSet<>();
        for (Row r : warehouse.read(TABLE).collectAsList()) {
            months.put(r.getAs("month"), new EnrichScope.MonthPrint(r.<Long>getAs("articles"),
                    r.<Long>getAs("fingerprint")));
            enrichers.add(r.getAs("enriched_by"));
        }
        return new Stored(months, enrichers.size() == 1 ? enrichers.first() : null);
    }

    /**
     * {@code stored} with {@code months} marked pending: a count no month has, so the next run enriches them again,
     * and empties those left without articles.
     */
    static Map<String, EnrichScope.MonthPrint> pending(Map<String, EnrichScope.MonthPrint> stored,
                                                        java.util.Collection<String> months) {
        Map<String, EnrichScope.MonthPrint> marked = new TreeMap<>(stored);
        for (String month : months) {
            marked.put(month, PENDING);
        }
        return marked;
    }

    /** The table's rows after a run: every month of {@code now}, enriched by {@code enricher}. */
    static Dataset<Row> rows(SparkSession spark, Map<String, EnrichScope.MonthPrint> now, String enricher,
                             String runId) {
        List<Row> rows = new ArrayList<>();
        now.forEach((month, print) -> rows.add(RowFactory.create(month, print.articles(), print.fingerprint(),
                enricher, runId)));
        return spark.createDataFrame(rows, TableSchemas.load(TABLE)).coalesce(1);
    }
}
