package org.akhbar.ddl;

/** String literals and identifiers as each family of SQL dialects quotes them. */
final class SqlLiterals {
    private SqlLiterals() {
    }

    /** Hive and Spark: backslash escapes inside single quotes (Spark's default, escapedStringLiterals=false). */
    static String backslashQuoted(String text) {
        return "'" + oneLine(text).replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** Standard SQL (Trino): a quote inside the literal is doubled; backslashes are plain characters. */
    static String standardQuoted(String text) {
        return "'" + oneLine(text).replace("'", "''") + "'";
    }

    static String backticked(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }

    static String doubleQuoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
