package org.akhbar.cli;

import java.util.concurrent.Callable;
import org.akhbar.job.IngestJob;
import org.akhbar.job.IngestSummary;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Parse dumps into the articles table; inputs that are not articles go to rejects.")
final class IngestCommand implements Callable<Integer> {
    @Mixin
    WarehouseOption warehouse;

    @Mixin
    InputOptions input;

    @Override
    public Integer call() throws Exception {
        try (CommandSession session = CommandSession.start("news ingest")) {
            SparkSession spark = session.spark();
            IngestSummary summary = new IngestJob(spark).run(input.toIngestOptions(warehouse.warehouse), RunIds.next());
            System.out.println(summary.line());
            return summary.refused() ? ExitCodes.RUN_REFUSED : ExitCodes.OK;
        }
    }
}
