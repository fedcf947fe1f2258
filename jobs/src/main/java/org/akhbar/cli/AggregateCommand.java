package org.akhbar.cli;

import java.util.concurrent.Callable;
import org.akhbar.aggregate.AggregateJob;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "aggregate", mixinStandardHelpOptions = true,
        description = "Compute duplicates, entity co-occurrence, source counts and tag frequencies per day, week,"
                + " month (and all time for co-occurrence).")
final class AggregateCommand implements Callable<Integer> {
    @Mixin
    WarehouseOption warehouse;

    @Mixin
    AggregateOptionsMixin aggregate;

    @Override
    public Integer call() throws Exception {
        try (CommandSession session = CommandSession.start("news aggregate")) {
            SparkSession spark = session.spark();
            System.out.println(new AggregateJob(spark).run(aggregate.toAggregateOptions(warehouse.warehouse),
                    RunIds.next()).line());
            return ExitCodes.OK;
        }
    }
}
