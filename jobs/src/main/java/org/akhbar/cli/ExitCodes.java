package org.akhbar.cli;

/** Exit codes shared by every subcommand, so schedulers can tell what happened. */
final class ExitCodes {
    static final int OK = 0;
    /** The run finished but its result was refused (for example too many rejects). */
    static final int RUN_REFUSED = 1;
    /** The command line or the input cannot be used as given. */
    static final int USAGE = 2;
    /** The run failed: a bug or an environment problem; the warehouse keeps its previous tables. */
    static final int FAILED = 3;
    /** Another run is writing the warehouse; nothing was done. EX_TEMPFAIL of sysexits.h: try again later. */
    static final int LOCKED = 75;

    private ExitCodes() {
    }
}
