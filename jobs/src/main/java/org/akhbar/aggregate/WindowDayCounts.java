package org.akhbar.aggregate;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * The day counts of co-occurrence in one shuffle and no aggregation: the rows of article_entities are partitioned
 * by day and sorted by day and article, so {@link ArticleWindows} sees each day whole, in one task, and hands on its
 * exact counts when the next day begins. A task holds one day's counts at a time.
 */
final class WindowDayCounts {
    private WindowDayCounts() {
    }

    /**
     * @param articleEntities      article_id, entity_id, mentions, first_position, paragraphs, published_date
     * @param notRepresentatives   the ids of the duplicates that do not represent their cluster
     * @return the rows of {@link DayCounts#SCHEMA} with day (DATE) for day_number
     */
    static Dataset<Row> compute(Dataset<Row> articleEntities, List<String> notRepresentatives,
                                EntityNumbers numbers, int maxEntitiesPerWindow) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(articleEntities.sparkSession().sparkContext());
        Broadcast<EntityNumbers> entityNumbers = context.broadcast(numbers);
        Broadcast<Set<String>> duplicates = context.broadcast(new HashSet<>(notRepresentatives));
        Dataset<Row> rows = articleEntities.select(
                coalesce(datediff(col("published_date"), lit("1970-01-01")), lit(DayCounts.UNDATED)).as("day"),
                col("article_id"), col("entity_id"), col("mentions"), col("first_position"), col("paragraphs"));
        return DayPartials.withDate(rows.repartition(col("day")).sortWithinPartitions("day", "article_id")
                .mapPartitions((MapPartitionsFunction<Row, Row>) sorted -> new Counter(sorted, entityNumbers.value(),
                        duplicates.value(), new ArticleWindows(maxEntitiesPerWindow, entityNumbers.value()::pairable)),
                        Encoders.row(DayCounts.SCHEMA)));
    }

    /** Counts the articles of a partition sorted by day and article, one day at a time. */
    private static final class Counter implements Iterator<Row> {
        private final Iterator<Row> sorted;
        private final EntityNumbers numbers;
        private final Set<String> notRepresentatives;
        private final ArticleWindows windows;
        private final DayCounts counts = new DayCounts(Integer.MAX_VALUE);
        private Row next;
        private Iterator<Map.Entry<DayCounts.Key, DayCounts.Tally>> ready = List.<Map.Entry<DayCounts.Key,
                DayCounts.Tally>>of().iterator();

        Counter(Iterator<Row> sorted, EntityNumbers numbers, Set<String> notRepresentatives,
                ArticleWindows windows) {
            this.sorted = sorted;
            this.numbers = numbers;
            this.notRepresentatives = notRepresentatives;
            this.windows = windows;
            this.next = sorted.hasNext() ? sorted.next() : null;
        }

        @Override
        public boolean hasNext() {
            while (!ready.hasNext() && next != null) {
                int day = next.getInt(0);
                while (next != null && next.getInt(0) == day) {
                    addArticle(day);
                }
                ready = counts.drain().iterator();
            }
            return ready.hasNext();
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return DayCounts.row(ready.next());
        }

        private void addArticle(int day) {
            String id = next.getString(1);
            List<ArticleWindows.EntityMention> entities = new ArrayList<>();
            for (; next != null && next.getInt(0) == day && next.getString(1).equals(id);
                 next = sorted.hasNext() ? sorted.next() : null) {
                entities.add(new ArticleWindows.EntityMention(numbers.number(next.getString(2)), next.getInt(3),
                        next.getInt(4), next.getList(5)));
            }
            windows.add(day, !notRepresentatives.contains(id), entities, counts);
        }
    }
}
