package org.akhbar.cli;

import org.akhbar.dump.InputException;
import org.akhbar.lock.WarehouseLockedException;
import picocli.CommandLine;

/** Turns exceptions into one clear line on stderr and an exit code; the stack trace only on request. */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {
    static final String DEBUG_VARIABLE = "AKHBAR_DEBUG";

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
        System.err.println("news " + command + " failed: " + describe(e)
                + "\n(the warehouse keeps its previous tables; set " + DEBUG_VARIABLE + "=1 for the stack trace)");
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
