package org.akhbar.cli;

import java.util.concurrent.Callable;
import org.akhbar.aggregate.AggregateJob;
import org.akhbar.enrich.EnrichJob;
import org.akhbar.job.IngestJob;
import org.akhbar.job.IngestSummary;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = {"Run the whole job in one Spark application: ingest the dumps, enrich the articles table,"
                + " aggregate (raw input is read once)."})
final class PipelineCommand implements Callable<Integer> {
    @Mixin
    WarehouseOption warehouse;

    @Mixin
    InputOptions input;

    @Mixin
    EnrichOptionsMixin enrich;

    @Mixin
    AggregateOptionsMixin aggregate;

    @Override
    public Integer call() throws Exception {
        try (CommandSession session = CommandSession.start("news pipeline")) {
            SparkSession spark = session.spark();
            IngestSummary ingested = new IngestJob(spark).run(input.toIngestOptions(warehouse.warehouse),
                    RunIds.next());
            System.out.println(ingested.line());
            if (ingested.refused()) {
                return ExitCodes.RUN_REFUSED;
            }
            System.out.println(new EnrichJob(spark).run(enrich.toEnrichOptions(warehouse.warehouse), RunIds.next())
                    .line());
            System.out.println(new AggregateJob(spark).run(aggregate.toAggregateOptions(warehouse.warehouse),
                    RunIds.next()).line());
            return ExitCodes.OK;
        }
    }
}
