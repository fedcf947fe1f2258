package org.akhbar.cli;

import java.util.Set;
import org.akhbar.InputException;
import org.akhbar.lock.WarehouseLockedException;
import picocli.CommandLine;

/** Turns exceptions into one clear line on stderr and an exit code; the stack trace only on request. */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {
    static final String DEBUG_VARIABLE = "AKHBAR_DEBUG";
    /** The commands that commit tables; only their failures can speak of the tables kept. */
    private static final Set<String> WAREHOUSE_WRITERS = Set.of("ingest", "enrich", "aggregate", "pipeline");

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        String command = cli.getCommandName();
        if (e instanceof InputException) {
            System.err.println("news " + command + ": " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (e instanceof WarehouseLockedException) {
            System.err.println("news " + command + ": " + e.getMessage());
            return ExitCodes.LOCKED;
        }
        String keeps = WAREHOUSE_WRITERS.contains(command) ? "the warehouse keeps its previous tables; " : "";
        System.err.println("news " + command + " failed: " + describe(e)
                + "\n(" + keeps + "set " + DEBUG_VARIABLE + "=1 for the stack trace)");
        if (System.getenv(DEBUG_VARIABLE) != null) {
            e.printStackTrace();
        }
        return ExitCodes.FAILED;
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage();
        return root.getClass().getSimpleName() + message;
    }
}
