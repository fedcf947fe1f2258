package org.akhbar.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.akhbar.testing.SharedSpark;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** Which n-grams of tag lines are learned as units, on lines whose counts are worked out by hand. */
class TagVocabularyLearnTest {
    private static final StructType ARTICLES = DataTypes.createStructType(List.of(
            DataTypes.createStructField("article_id", DataTypes.StringType, false),
            DataTypes.createStructField("tags_raw", DataTypes.StringType, true)));

    @Test
    void aRecurringCohesivePairIsLearnedAndALooseOneIsNot() {
        List<String> lines = new ArrayList<>(List.of(
                // الامن القومي: 3 lines; الامن 3, القومي 3 → support 3 and both cohesion tests pass
                "الامن القومي لبنان", "الامن القومي سوريا", "الامن القومي مصر",
                // لبنان سوريا and لبنان مصر: 1 line each, below the support of 3
                "لبنان سوريا", "لبنان مصر",
                // وزير الدفاع: 3 lines, but وزير is in 7 and 3 < 0.5 × 7
                "وزير الدفاع", "وزير الدفاع", "وزير الدفاع", "وزير", "وزير", "وزير", "وزير"));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            rows.add(RowFactory.create("a" + i, lines.get(i)));
        }
        rows.add(RowFactory.create("untagged", null));
        Dataset<Row> articles = SharedSpark.session().createDataFrame(rows, ARTICLES).repartition(3);

        List<Row> learned = TagVocabulary.learn(articles);

        assertEquals(List.of(RowFactory.create("الامن القومي", 3L)), learned);
    }
}
