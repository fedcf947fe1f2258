package org.akhbar.aggregate;

import java.util.Collection;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** A set of ids made on the driver, as a one-column Dataset to broadcast into a join. */
final class IdColumn {
    private IdColumn() {
    }

    static Dataset<Row> of(SparkSession spark, Collection<String> ids, String column) {
        return spark.createDataset(List.copyOf(ids), Encoders.STRING()).toDF(column);
    }
}
