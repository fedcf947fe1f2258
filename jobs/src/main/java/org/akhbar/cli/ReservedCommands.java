package org.akhbar.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Subcommands whose names and main options are fixed now so that scripts written today keep working; each says
 * plainly that its job is not built yet.
 */
final class ReservedCommands {
    private ReservedCommands() {
    }

    private abstract static class Reserved implements Callable<Integer> {
        @Mixin
        WarehouseOption warehouse;

        @Override
        public Integer call() {
            String name = getClass().getAnnotation(Command.class).name();
            System.err.println("news " + name + ": not available yet in this version");
            return ExitCodes.NOT_AVAILABLE;
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true,
            description = "Write the HTML, Markdown and CSV report of a period (not available yet).")
    static final class Report extends Reserved {
        @Option(names = "--period", paramLabel = "PERIOD", description = "2023-09, 2023-W37 or 2023-09-07.")
        String period;

        @Option(names = "--out", paramLabel = "DIR", description = "Folder the report is written to.")
        String out;
    }
}
