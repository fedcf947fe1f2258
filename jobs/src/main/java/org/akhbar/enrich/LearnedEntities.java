package org.akhbar.enrich;

import static org.apache.spark.sql.functions.callUDF;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;

import com.ibm.icu.text.Transliterator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;

/**
 * The rows of {@code entities} for what the tagger found, from the counts by month of {@code article_entities}:
 * one per learned entity, named by its spelling in the most articles (ties: the first in Arabic order), its other
 * spellings as aliases (the {@value #MAX_ALIASES} most frequent), an English name transliterated by ICU
 * (Arabic-Latin), and the number of articles it is in.
 */
final class LearnedEntities {
    static final int MAX_ALIASES = 20;
    private static final String TRANSLITERATE = "akhbar_arabic_latin";
    private static final ThreadLocal<Transliterator> ARABIC_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Arabic-Latin"));

    private LearnedEntities() {
    }

    static String transliterate(String arabic) {
        return arabic == null ? null : ARABIC_LATIN.get().transliterate(arabic);
    }

    /** Articles per entity id (counted_id, articles), summed from the months of {@link MonthCounts#entities}. */
    static Dataset<Row> articleCounts(Dataset<Row> monthCounts) {
        return monthCounts.where(col("form").isNull()).groupBy(col("entity_id").as("counted_id"))
                .agg(sum("articles").cast("long").as("articles"));
    }

    /** The learned entities, in the columns of {@code entities}, from the counts of {@link MonthCounts#entities}. */
    static Dataset<Row> rows(SparkSession spark, Dataset<Row> monthCounts, String gazetteerVersion) {
        spark.udf().register(TRANSLITERATE, (UDF1<String, String>) LearnedEntities::transliterate,
                DataTypes.StringType);
        Dataset<Row> forms = monthCounts.where(col("form").isNotNull())
                .groupBy("entity_id", "type", "form").agg(sum("articles").as("form_articles"));
        Dataset<Row> named = forms.groupBy("entity_id", "type")
                .agg(sort_array(collect_list(struct(expr("-form_articles").as("rank"), col("form")))).as("ranked"))
                .select(col("entity_id"), col("type"), expr("ranked[0].form").as("name_ar"),
                        expr("transform(slice(ranked, 2, " + MAX_ALIASES + "), x -> x.form)").as("aliases"));
        return named.join(articleCounts(monthCounts), named.col("entity_id").equalTo(col("counted_id")))
                .select(col("entity_id"), col("type"), lit(null).cast("string").as("subtype"),
                        lit(null).cast("string").as("wikidata_id"), col("name_ar"),
                        callUDF(TRANSLITERATE, col("name_ar")).as("name_en"), col("aliases"),
                        expr("cast(array() as array<string>)").as("nisba"),
                        lit(null).cast("string").as("country_code"), lit("learned").as("origin"),
                        lit(gazetteerVersion).as("gazetteer_version"), col("articles"));
    }
}
