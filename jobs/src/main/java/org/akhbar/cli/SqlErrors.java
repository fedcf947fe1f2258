package org.akhbar.cli;

import org.akhbar.InputException;
import org.apache.spark.SparkThrowable;
import org.apache.spark.sql.AnalysisException;

/** Tells a user's mistake in a query (syntax, unknown table or column, bad data cast) from a failed run. */
final class SqlErrors {
    private SqlErrors() {
    }

    /** An {@link InputException} with one line for a mistake in the query; the exception itself otherwise. */
    static Exception classify(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AnalysisException analysis) {
                return new InputException("bad query: " + oneLine(analysis.getSimpleMessage()));
            }
            // SQLSTATE class 22 is a data exception: division by zero, a value that does not cast.
            if (t instanceof SparkThrowable spark && spark.getSqlState() != null
                    && spark.getSqlState().startsWith("22")) {
                return new InputException("query failed on the data: " + oneLine(t.getMessage()));
            }
        }
        return e;
    }

    /** The message without Spark's echo of the query and its plan, on one line. */
    private static String oneLine(String message) {
        String text = message == null ? "" : message;
        int echo = text.indexOf("== SQL");
        if (echo >= 0) {
            text = text.substring(0, echo);
        }
        return text.strip().replaceAll("\\s*\\n\\s*", " ");
    }
}
