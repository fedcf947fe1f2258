package org.akhbar.progress;

/** Where progress goes: one line rewritten in place on a terminal, plain lines every few seconds in a log, or none. */
public enum ProgressMode {
    AUTO, TTY, LOG, OFF;

    /** AUTO becomes TTY when the JVM runs on a terminal (Java 17: both stdin and stdout are one), else LOG. */
    public ProgressMode resolve(boolean onTerminal) {
        return this != AUTO ? this : onTerminal ? TTY : LOG;
    }
}
