package org.akhbar.table;

import java.util.Locale;

/**
 * The seam for crash tests of the commit protocol: with {@code -Dakhbar.test.pauseBeforeCommitStep=MOVE_NEW_IN}
 * a run announces {@code paused before MOVE_NEW_IN of articles} on stdout and waits there, so a test can
 * {@code kill -9} it at a known step; with {@code -Dakhbar.test.failBeforeCommitOf=article_tags} a run fails where
 * that table's commit begins, after the tables before it were committed. Without either it is
 * {@link CommitHook#NONE}.
 */
public final class CrashTestHook {
    public static final String PROPERTY = "akhbar.test.pauseBeforeCommitStep";
    public static final String FAIL_PROPERTY = "akhbar.test.failBeforeCommitOf";
    static final String ANNOUNCEMENT = "paused before %s of %s";

    private CrashTestHook() {
    }

    public static CommitHook fromSystemProperty() {
        String failing = System.getProperty(FAIL_PROPERTY);
        if (failing != null && !failing.isBlank()) {
            return (current, table) -> {
                if (current == CommitStep.CHECK_STAGING && table.equals(failing.trim())) {
                    throw new IllegalStateException("stopped before the commit of " + table + " (" + FAIL_PROPERTY
                            + ")");
                }
            };
        }
        String step = System.getProperty(PROPERTY);
        if (step == null || step.isBlank()) {
            return CommitHook.NONE;
        }
        CommitStep pauseAt = CommitStep.valueOf(step.trim().toUpperCase(Locale.ROOT));
        return (current, table) -> {
            if (current == pauseAt) {
                System.out.println(String.format(ANNOUNCEMENT, current, table));
                System.out.flush();
                sleepUntilKilled();
            }
        };
    }

    private static void sleepUntilKilled() {
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
