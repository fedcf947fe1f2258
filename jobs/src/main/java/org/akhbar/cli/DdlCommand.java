package org.akhbar.cli;

import java.util.concurrent.Callable;
import org.akhbar.ddl.DdlDialect;
import org.akhbar.ddl.DdlScript;
import org.akhbar.ddl.HiveDdl;
import org.akhbar.ddl.SparkDdl;
import org.akhbar.ddl.TrinoDdl;
import org.akhbar.ddl.WarehouseUri;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "ddl", mixinStandardHelpOptions = true,
        description = {"Print CREATE TABLE statements that declare the warehouse's tables in Spark, Trino or Hive,"
                + " with column comments and partition discovery."})
final class DdlCommand implements Callable<Integer> {
    enum Dialect { SPARK, TRINO, HIVE }

    @Mixin
    WarehouseOption warehouse;

    @Option(names = "--dialect", paramLabel = "DIALECT", required = true,
            description = "spark, trino (Hive connector) or hive.")
    Dialect dialect;

    @Option(names = "--schema", paramLabel = "NAME", defaultValue = "news",
            description = "Trino schema the tables are created in (default: ${DEFAULT-VALUE}).")
    String schema;

    @Option(names = "--catalog", paramLabel = "NAME", defaultValue = "hive",
            description = "Trino catalog of the Hive connector (default: ${DEFAULT-VALUE}).")
    String catalog;

    @Override
    public Integer call() throws Exception {
        System.out.print(new DdlScript(toDdlDialect(), WarehouseUri.of(warehouse.warehouse)).text());
        return ExitCodes.OK;
    }

    private DdlDialect toDdlDialect() {
        return switch (dialect) {
            case SPARK -> new SparkDdl();
            case HIVE -> new HiveDdl();
            case TRINO -> new TrinoDdl(catalog, schema);
        };
    }
}
