package org.akhbar.notebook;

import java.util.List;

/**
 * A cell that did not run to the end: it did not compile, or it threw. Jupyter shows {@link #traceback()} and marks
 * the cell failed, which also fails a headless {@code jupyter nbconvert --execute}.
 */
public final class CellFailure extends Exception {
    private final String name;
    private final List<String> traceback;

    CellFailure(String name, String message, List<String> traceback) {
        // No stack of its own: where the kernel noticed the failure says nothing about the cell.
        super(message, null, false, false);
        this.name = name;
        this.traceback = List.copyOf(traceback);
    }

    /** The kind of failure: {@code CompilationError}, or the class name of the exception the cell threw. */
    public String name() {
        return name;
    }

    public List<String> traceback() {
        return traceback;
    }
}
