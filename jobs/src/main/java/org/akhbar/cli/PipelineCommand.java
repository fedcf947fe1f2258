package org.akhbar.cli;

import java.util.concurrent.Callable;
import org.akhbar.aggregate.AggregateJob;
import org.akhbar.enrich.EnrichJob;
import org.akhbar.job.IngestJob;
import org.akhbar.job.IngestSummary;
import org.akhbar.lock.WarehouseLock;
import org.akhbar.progress.ProgressReporter;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = {"Run the whole job in one Spark application: ingest the dumps, enrich the articles table,"
                + " aggregate (raw input is read once)."})
final class PipelineCommand implements Callable<Integer> {
    /** The steps, in the order they run. */
    enum Step { ingest, enrich, aggregate }

    @Mixin
    WarehouseOption warehouse;

    @Mixin
    ProgressOptions progressOptions;

    @Mixin
    InputOptions input;

    @Mixin
    EnrichOptionsMixin enrich;

    @Mixin
    AggregateOptionsMixin aggregate;

    @Option(names = "--stop-after", paramLabel = "STEP", defaultValue = "aggregate",
            description = "Last step to run: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); for example ingest"
                    + " and enrich every day and aggregate once a week.")
    Step stopAfter;

    @Override
    public Integer call() throws Exception {
        try (WarehouseLock lock = WriterLock.take(warehouse, "pipeline");
             CommandSession session = CommandSession.start("news pipeline");
             ProgressReporter progress = progressOptions.start(session.spark())) {
            SparkSession spark = session.spark();
            progress.phase("ingest");
            IngestSummary ingested = new IngestJob(spark, progress).run(input.toIngestOptions(warehouse.warehouse),
                    RunIds.next());
            progress.done();
            System.out.println(ingested.lines());
            if (ingested.refused()) {
                return ExitCodes.RUN_REFUSED;
            }
            if (stopAfter == Step.ingest) {
                return ExitCodes.OK;
            }
            progress.phase("enrich");
            String enriched = new EnrichJob(spark)
                    .run(enrich.toEnrichOptions(warehouse.warehouse, input.full), RunIds.next())
                    .line();
            progress.done();
            System.out.println(enriched);
            if (stopAfter == Step.enrich) {
                return ExitCodes.OK;
            }
            progress.phase("aggregate");
            String aggregated = new AggregateJob(spark)
                    .run(aggregate.toAggregateOptions(warehouse.warehouse, input.full), RunIds.next()).line();
            progress.done();
            System.out.println(aggregated);
            return ExitCodes.OK;
        }
    }
}
