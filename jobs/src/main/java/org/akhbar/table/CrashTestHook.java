package org.akhbar.table;

import java.util.Locale;

/**
 * The seam for crash tests of the commit protocol: with {@code -Dakhbar.test.pauseBeforeCommitStep=MOVE_NEW_IN}
 * a run announces {@code paused before MOVE_NEW_IN of articles} on stdout and waits there, so a test can
 * {@code kill -9} it at a known step. Without the property it is {@link CommitHook#NONE}.
 */
public final class CrashTestHook {
    public static final String PROPERTY = "akhbar.test.pauseBeforeCommitStep";
    static final String ANNOUNCEMENT = "paused before %s of %s";

    private CrashTestHook() {
    }

    public static CommitHook fromSystemProperty() {
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
