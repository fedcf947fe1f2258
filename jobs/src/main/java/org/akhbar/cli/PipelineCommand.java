package org.akhbar.cli;

import java.util.concurrent.Callable;
import org.akhbar.job.IngestJob;
import org.akhbar.job.IngestSummary;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = {"Run the whole job in one Spark application: ingest, enrich, aggregate.",
                "Today it runs ingest; enrich and aggregate join it as they are built."})
final class PipelineCommand implements Callable<Integer> {
    @Mixin
    WarehouseOption warehouse;

    @Mixin
    InputOptions input;

    @Override
    public Integer call() throws Exception {
        try (SparkSession spark = Sessions.start("news pipeline")) {
            IngestSummary summary = new IngestJob(spark).run(input.toIngestOptions(warehouse.warehouse), RunIds.next());
            System.out.println(summary.line());
            return summary.refused() ? ExitCodes.RUN_REFUSED : ExitCodes.OK;
        }
    }
}
