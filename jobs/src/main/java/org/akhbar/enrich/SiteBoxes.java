package org.akhbar.enrich;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The corpus rule beside the per-page one of {@link org.akhbar.tag.TagSplitter}: a tag a site stamps on at least
 * {@link #SHARE} of its pages (sites with {@link #MIN_PAGES}+ pages with tags), mostly without the article's text
 * naming it, is the site's trending box. It depends on every page of a site, so an increment that adds pages may
 * change the flag of rows it does not rewrite: {@link #of} over the whole corpus's counts by month tells which pairs
 * changed.
 */
final class SiteBoxes {
    static final int MIN_PAGES = 20;
    static final double SHARE = 0.3;
    private static final StructType PAIRS = DataTypes.createStructType(List.of(
            DataTypes.createStructField("boxed_site", DataTypes.StringType, false),
            DataTypes.createStructField("boxed_tag", DataTypes.StringType, false)));

    private SiteBoxes() {
    }

    /**
     * The (site, tag) pairs that are trending boxes in the counts of {@link MonthCounts#siteTags} (of any months,
     * a month's counts in one row or several), summed.
     */
    static Set<List<String>> of(Dataset<Row> monthCounts) {
        Dataset<Row> sums = monthCounts.groupBy(col("site"), col("tag"))
                .agg(sum("pages").as("pages"), sum("pages_without_text").as("pages_without_text"));
        Dataset<Row> pages = sums.where(col("tag").isNull()).select(col("site"), col("pages").as("site_pages"));
        Set<List<String>> boxed = new TreeSet<>(java.util.Comparator.comparing((List<String> p) -> p.get(0))
                .thenComparing(p -> p.get(1)));
        sums.where(col("tag").isNotNull()).join(pages, "site")
                .where(col("site_pages").geq(MIN_PAGES)
                        .and(col("pages").geq(col("site_pages").multiply(SHARE)))
                        .and(col("pages_without_text").multiply(2).geq(col("pages"))))
                .select("site", "tag").collectAsList()
                .forEach(r -> boxed.add(List.of(r.getString(0), r.getString(1))));
        return boxed;
    }

    /** (site, tag) pairs as rows of {@code boxed_site}, {@code boxed_tag}. */
    static Dataset<Row> frame(SparkSession spark, Set<List<String>> pairs) {
        return spark.createDataFrame(pairs.stream().map(p -> RowFactory.create(p.get(0), p.get(1))).toList(), PAIRS);
    }

    /** {@code tags} with {@code site_box} also set on the rows of a boxed pair. */
    static Dataset<Row> flag(SparkSession spark, Dataset<Row> tags, Set<List<String>> boxed) {
        Dataset<Row> pairs = frame(spark, boxed).withColumn("boxed", lit(true));
        return tags.join(functions.broadcast(pairs), tags.col("site").equalTo(pairs.col("boxed_site"))
                        .and(tags.col("tag").equalTo(pairs.col("boxed_tag"))), "left")
                .withColumn("site_box", col("site_box").or(functions.coalesce(col("boxed"), lit(false))))
                .drop("boxed_site", "boxed_tag", "boxed");
    }
}
