package org.akhbar.cli;

import java.util.concurrent.Callable;
import org.akhbar.aggregate.AggregateJob;
import org.akhbar.lock.WarehouseLock;
import org.akhbar.progress.ProgressReporter;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "aggregate", mixinStandardHelpOptions = true,
        description = "Compute duplicates, entity co-occurrence, source counts and tag frequencies per day, week,"
                + " month (and all time for co-occurrence).")
final class AggregateCommand implements Callable<Integer> {
    @Mixin
    WarehouseOption warehouse;

    @Mixin
    ProgressOptions progressOptions;

    @Mixin
    AggregateOptionsMixin aggregate;

    @Option(names = "--full", description = "Recompute every table even when the enriched tables are as the last"
            + " aggregate read them (by default such a run recomputes nothing).")
    boolean full;

    @Override
    public Integer call() throws Exception {
        try (WarehouseLock lock = WriterLock.take(warehouse, "aggregate");
             CommandSession session = CommandSession.start("news aggregate");
             ProgressReporter progress = progressOptions.start(session.spark())) {
            SparkSession spark = session.spark();
            progress.phase("aggregate");
            String summary = new AggregateJob(spark).run(aggregate.toAggregateOptions(warehouse.warehouse, full),
                    RunIds.next()).line();
            progress.done();
            System.out.println(summary);
            return ExitCodes.OK;
        }
    }
}
