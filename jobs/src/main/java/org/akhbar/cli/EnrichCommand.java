package org.akhbar.cli;

import java.util.concurrent.Callable;
import org.akhbar.enrich.EnrichJob;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = "Find the entities, tags and sources of every article: entities, article_entities,"
                + " article_tags, article_sources and tag_vocabulary.")
final class EnrichCommand implements Callable<Integer> {
    @Mixin
    WarehouseOption warehouse;

    @Mixin
    EnrichOptionsMixin enrich;

    @Override
    public Integer call() throws Exception {
        try (CommandSession session = CommandSession.start("news enrich")) {
            SparkSession spark = session.spark();
            System.out.println(new EnrichJob(spark).run(enrich.toEnrichOptions(warehouse.warehouse), RunIds.next())
                    .line());
            return ExitCodes.OK;
        }
    }
}
