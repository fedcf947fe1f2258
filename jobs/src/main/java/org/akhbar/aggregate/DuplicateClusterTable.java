package org.akhbar.aggregate;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.util.List;
import org.akhbar.table.TableSchemas;
import org.akhbar.table.TableWriter;
import org.akhbar.table.Warehouse;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code article_duplicates} table, by the month of each member's publication. The clusters are joined again
 * from every link on each run (on the driver, where they are few), but an increment rewrites only the months
 * holding a member that joined, left or changed its cluster, method or similarity: a cluster that grows by a day's
 * copy rewrites the day's month alone, one whose id moves rewrites the months of all its members.
 */
final class DuplicateClusterTable {
    static final String TABLE = "article_duplicates";
    private static final String MONTH = "published_month";
    private static final List<String> SORT = List.of(MONTH, "cluster_id", "article_id");

    private DuplicateClusterTable() {
    }

    /**
     * @param members  rows of {@link DuplicateFinder#MEMBERS}, every cluster's
     * @param articles article_id, published_month
     * @param whole    whether to write every month (the stored rows not to be trusted)
     */
    static void write(TableWriter writer, Warehouse warehouse, Dataset<Row> members, Dataset<Row> articles,
                              boolean whole) throws IOException {
        StructType schema = TableSchemas.load(TABLE);
        Dataset<Row> rows = TableWriter.conform(members.join(articles.select("article_id", MONTH), "article_id"),
                schema);
        if (whole || !warehouse.exists(TABLE) || warehouse.holdsFilesAtTop(TABLE)) {
            writer.replace(TABLE, rows.repartition(col(MONTH)), List.of(MONTH), SORT);
            return;
        }
        Dataset<Row> stored = TableWriter.conform(warehouse.read(TABLE), schema);
        List<String> months = rows.except(stored).unionByName(stored.except(rows)).select(MONTH).distinct()
                .as(Encoders.STRING()).collectAsList().stream().sorted().toList();
        if (!months.isEmpty()) {
            writer.replacePartitions(TABLE, rows.where(col(MONTH).isin(months.toArray())).repartition(col(MONTH)),
                    MONTH, months, SORT);
        }
    }
}
