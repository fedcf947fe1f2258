package org.akhbar;

/** The user's input cannot be used as given (missing path, pattern matching nothing): a message, not a crash. */
public final class InputException extends RuntimeException {
    public InputException(String message) {
        super(message);
    }
}
