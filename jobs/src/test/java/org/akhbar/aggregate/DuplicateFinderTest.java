package org.akhbar.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.akhbar.article.Article;
import org.akhbar.article.ArticleParser;
import org.akhbar.article.ParsedPage;
import org.akhbar.testing.Seeds;
import org.akhbar.testing.SharedSpark;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** Planted near-copies are found; old reprints and different stories on one topic are not merged. */
class DuplicateFinderTest {
    private static final StructType SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField("article_id", DataTypes.StringType, false),
            DataTypes.createStructField("body", DataTypes.StringType, false),
            DataTypes.createStructField("content_hash", DataTypes.StringType, false),
            DataTypes.createStructField("published_date", DataTypes.DateType, true)));

    private static List<String> paragraphs(String seed) {
        Article a = ((ParsedPage.Parsed) new ArticleParser().parse(Seeds.text(seed))).article();
        return new ArrayList<>(a.paragraphs());
    }

    private static Row row(String id, List<String> paragraphs, String hash, String date) {
        return RowFactory.create(id, String.join("\n", paragraphs), hash, LocalDate.parse(date));
    }


    @Test
    void findsReprintsWithinDaysAndKeepsDifferentStoriesApart() throws IOException {
        List<String> s2 = paragraphs(Seeds.S002);
        List<String> s2trimmed = new ArrayList<>(s2.subList(0, s2.size() - 1)); // last paragraph cut
        List<String> s2reworded = new ArrayList<>(s2);
        s2reworded.set(0, "قال مسؤول روسي إن موسكو مستعدة لدعم المصالحة بين أرمينيا وأذربيجان.");
        List<Row> rows = Arrays.asList(
                row("a-s2", s2, "h2", "2024-06-05"),
                row("b-s2-trimmed", s2trimmed, "h2t", "2024-06-06"),
                row("c-s2-reworded", s2reworded, "h2r", "2024-06-08"),
                row("d-s2-much-later", s2trimmed, "h2t-late", "2024-06-20"),
                row("e-s1", paragraphs(Seeds.S001), "h1", "2024-06-05"),
                row("f-s4", paragraphs(Seeds.S004), "h4", "2024-06-05"),
                row("g-s3", paragraphs(Seeds.S003), "h3", "2024-06-05"),
                row("h-s3-copy", paragraphs(Seeds.S003), "h3", "2024-07-30"));
        Dataset<Row> articles = SharedSpark.session().createDataFrame(rows, SCHEMA);
        Map<String, String> found = new TreeMap<>();
        for (Row r : new DuplicateFinder(SharedSpark.session()).find(articles)) {
            found.put(r.getString(0), r.getString(1) + "/" + r.getString(2));
        }
        assertEquals(Map.of(
                "a-s2", "a-s2/near", "b-s2-trimmed", "a-s2/near", "c-s2-reworded", "a-s2/near",
                "g-s3", "g-s3/exact", "h-s3-copy", "g-s3/exact"), found,
                "d is 15 days after its original; s1 and s4 share Peskov, Baku and Yerevan but not their text;"
                        + " exact copies need no date");
    }
}
