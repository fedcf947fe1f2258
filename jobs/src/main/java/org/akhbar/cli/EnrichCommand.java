package org.akhbar.cli;

import java.util.concurrent.Callable;
import org.akhbar.enrich.EnrichJob;
import org.akhbar.lock.WarehouseLock;
import org.akhbar.progress.ProgressReporter;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = "Find the entities, tags and sources of every article: entities, article_entities,"
                + " article_tags, article_sources and tag_vocabulary.")
final class EnrichCommand implements Callable<Integer> {
    @Mixin
    WarehouseOption warehouse;

    @Mixin
    ProgressOptions progressOptions;

    @Mixin
    EnrichOptionsMixin enrich;

    @Option(names = "--full",
            description = "Enrich every article; by default only the articles new or changed since the last"
                    + " enrich are enriched (all of them when the gazetteer, the tag vocabulary, the tagger or"
                    + " the program changed).")
    boolean full;

    @Override
    public Integer call() throws Exception {
        try (WarehouseLock lock = WriterLock.take(warehouse, "enrich");
             CommandSession session = CommandSession.start("news enrich");
             ProgressReporter progress = progressOptions.start(session.spark())) {
            SparkSession spark = session.spark();
            progress.phase("enrich");
            String summary = new EnrichJob(spark).run(enrich.toEnrichOptions(warehouse.warehouse, full), RunIds.next())
                    .line();
            progress.done();
            System.out.println(summary);
            return ExitCodes.OK;
        }
    }
}
