package org.akhbar.aggregate;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.akhbar.testing.SharedSpark;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * The first day of a period as the driver computes it (for the periods an increment scores again) is the one Spark
 * computes (for the sums): weeks from Monday, months from the first, across a year's end and a leap day.
 */
class PeriodsTest {
    @Test
    void theDriverAndSparkAgreeOnTheStartOfEveryWeekAndMonth() {
        List<String> days = new ArrayList<>();
        for (LocalDate d = LocalDate.parse("2023-12-24"); d.isBefore(LocalDate.parse("2024-03-04")); d = d.plusDays(1)) {
            days.add(d.toString());
        }
        List<Row> rows = SharedSpark.session().createDataset(days, Encoders.STRING()).toDF("text")
                .select(col("text"), Periods.start(Periods.WEEK, col("text").cast("date")).as("week"),
                        Periods.start(Periods.MONTH, col("text").cast("date")).as("month"))
                .collectAsList();
        assertEquals(days.size(), rows.size());
        for (Row r : rows) {
            LocalDate day = LocalDate.parse(r.getString(0));
            assertEquals(Periods.localDate(r.get(1)), Periods.start(Periods.WEEK, day), "week of " + day);
            assertEquals(Periods.localDate(r.get(2)), Periods.start(Periods.MONTH, day), "month of " + day);
        }
        assertEquals(LocalDate.parse("2024-02-26"), Periods.start(Periods.WEEK, LocalDate.parse("2024-03-03")),
                "a Sunday belongs to the week of the Monday before");
    }
}
