package org.akhbar.cli;

import java.util.concurrent.Callable;
import org.akhbar.job.IngestJob;
import org.akhbar.job.IngestSummary;
import org.akhbar.lock.WarehouseLock;
import org.akhbar.progress.ProgressReporter;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Parse dumps into the articles table; inputs that are not articles go to rejects.")
final class IngestCommand implements Callable<Integer> {
    @Mixin
    WarehouseOption warehouse;

    @Mixin
    ProgressOptions progressOptions;

    @Mixin
    InputOptions input;

    @Override
    public Integer call() throws Exception {
        try (WarehouseLock lock = WriterLock.take(warehouse, "ingest");
             CommandSession session = CommandSession.start("news ingest");
             ProgressReporter progress = progressOptions.start(session.spark())) {
            SparkSession spark = session.spark();
            progress.phase("ingest");
            IngestSummary summary = new IngestJob(spark, progress).run(input.toIngestOptions(warehouse.warehouse),
                    RunIds.next());
            progress.done();
            System.out.println(summary.lines());
            return summary.refused() ? ExitCodes.RUN_REFUSED : ExitCodes.OK;
        }
    }
}
