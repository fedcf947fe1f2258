package org.akhbar.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

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
}
