package org.akhbar.job;

import java.io.IOException;
import org.akhbar.table.CrashTestHook;
import org.akhbar.table.TableCommitter;
import org.akhbar.table.Warehouse;
import org.apache.spark.sql.SparkSession;

/**
 * How every job starts on a warehouse: the table conventions set on the session, and whatever an interrupted
 * commit left repaired before anything is read or written.
 */
public record WarehouseRun(Warehouse warehouse, TableCommitter committer) {

    public static WarehouseRun open(SparkSession spark, String location) throws IOException {
        WarehouseConventions.apply(spark);
        Warehouse warehouse = new Warehouse(spark, location);
        TableCommitter committer = warehouse.committer(CrashTestHook.fromSystemProperty());
        committer.recover().forEach(repair -> System.err.println("repaired warehouse: " + repair));
        return new WarehouseRun(warehouse, committer);
    }
}
