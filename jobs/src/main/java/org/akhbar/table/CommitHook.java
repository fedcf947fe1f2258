package org.akhbar.table;

import java.io.IOException;

/** Called by {@link TableCommitter} before each {@link CommitStep}; tests use it to inject failures. */
@FunctionalInterface
public interface CommitHook {

    /** A hook that does nothing. */
    CommitHook NONE = (step, table) -> { };

    /**
     * @param step the step about to run
     * @param table the table being committed
     * @throws IOException to abort the commit at this point, as a crash would
     */
    void before(CommitStep step, String table) throws IOException;
}
