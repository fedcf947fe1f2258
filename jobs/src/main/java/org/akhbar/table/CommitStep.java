package org.akhbar.table;

/**
 * The steps of a {@link TableCommitter} commit, in the order they run. A {@link CommitHook} is
 * called before each one, which lets tests simulate a crash at any point of the protocol.
 */
public enum CommitStep {
    /** Verify that the staging folder is complete ({@code _SUCCESS}) and that nothing is pending. */
    CHECK_STAGING,
    /** Write the journal; from here on {@link TableCommitter#recover()} finishes the commit. */
    WRITE_JOURNAL,
    /** Rename the live table (or partition) into {@code _trash}. Runs once per partition. */
    MOVE_OLD_ASIDE,
    /** Rename the staged table (or partition) to the live path. Runs once per partition. */
    MOVE_NEW_IN,
    /** Delete the old version and whatever is left of the staging folder. */
    DELETE_OLD,
    /** Delete the journal; the commit is complete. */
    DELETE_JOURNAL
}
