package org.akhbar.bench.scale;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The peer a user might pick instead of Spark: DuckDB (JDBC) reading the same raw page files and computing
 * source counts and tag frequencies by month in SQL, the way a user would write it: regular expressions over
 * each page's header lines, Arabic-Indic digits translated, month names looked up in a table, the tag line
 * split on spaces. It does less than the pipeline (see BENCHMARKS.md), which is stated next to its figure.
 * Usage: {@code DuckDbPeer GLOB THREADS MEMORY OUT_DIR}; prints one {@code key=value} line.
 */
public final class DuckDbPeer {
    private static final String MONTH_NAMES = PeerMonths.sqlValues();

    private DuckDbPeer() {
    }

    public static void main(String[] args) throws SQLException {
        if (args.length != 4) {
            System.err.println("usage: DuckDbPeer GLOB THREADS MEMORY OUT_DIR");
            System.exit(2);
        }
        String glob = args[0];
        int threads = Integer.parseInt(args[1]);
        String out = args[3];
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
             Statement st = db.createStatement()) {
            st.execute("SET threads = " + threads);
            st.execute("SET memory_limit = '" + args[2] + "'");
            st.execute("SET preserve_insertion_order = false");
            long started = System.nanoTime();
            st.execute("CREATE TEMP TABLE pages AS " + pagesSql(glob));
            st.execute("COPY (SELECT month, source, count(*) AS articles FROM pages, unnest(sources) AS s(source) "
                    + "GROUP BY ALL) TO '" + out + "/source_counts.parquet' (FORMAT parquet)");
            st.execute("COPY (SELECT month, tag, count(*) AS articles FROM pages, "
                    + "unnest(string_split(trim(coalesce(tag_line, '')), ' ')) AS t(tag) WHERE tag <> '' GROUP BY ALL) TO '"
                    + out + "/tag_frequencies.parquet' (FORMAT parquet)");
            double seconds = (System.nanoTime() - started) / 1e9;
            ResultSet r = st.executeQuery("SELECT count(*), count(month), sum(bytes) FROM pages");
            r.next();
            long pages = r.getLong(1);
            long dated = r.getLong(2);
            long bytes = r.getLong(3);
            System.out.printf(Locale.ROOT, "duckdb pages=%d with_month=%d bytes=%d seconds=%.2f threads=%d "
                    + "mb_per_s=%.2f%n", pages, dated, bytes, seconds, threads, bytes / seconds / 1e6);
        }
    }

    /**
     * One row per page: its month (null when no date form below matches), source names, tag line. Pages are
     * read as lines ({@code read_text} refuses a whole dump when one file is not UTF-8; lines that are not are
     * skipped) and grouped back by file name.
     */
    private static String pagesSql(String glob) {
        String line = "translate(line, '٠١٢٣٤٥٦٧٨٩', '0123456789')";
        return "WITH lines AS (SELECT filename, " + line + " AS line FROM read_csv('" + glob + "', "
                + "columns = {'line': 'VARCHAR'}, header = false, delim = '\u0001', quote = '', escape = '', "
                + "auto_detect = false, filename = true, ignore_errors = true)), "
                + "fields AS (SELECT sum(strlen(line) + 1) AS bytes, "
                + "min(regexp_extract(line, '^تاريخ النشر: (.*)$', 1)) FILTER (WHERE line LIKE 'تاريخ النشر:%') "
                + "AS date_line, "
                + "list(regexp_extract(line, '^المصدر: (.*)$', 1)) FILTER (WHERE line LIKE 'المصدر:%') AS sources, "
                + "min(regexp_extract(line, '^كلمات دلالية: (.*)$', 1)) FILTER (WHERE line LIKE 'كلمات دلالية:%') "
                + "AS tag_line FROM lines GROUP BY filename), "
                + "dated AS (SELECT *, "
                + "regexp_extract(date_line, '(\\d{4})-(\\d{2})-\\d{2}', ['y', 'm']) AS iso, "
                + "regexp_extract(date_line, '\\d{1,2}/(\\d{1,2})/(\\d{4})', ['m', 'y']) AS numeric, "
                + "regexp_extract(date_line, '\\d{1,2}(?:st|nd|rd|th)?,? ([^\\d]+?) (\\d{4})', ['name', 'y']) "
                + "AS named FROM fields) "
                + "SELECT bytes, coalesce(sources, []) AS sources, tag_line, CASE "
                + "WHEN iso.y <> '' THEN iso.y || '-' || iso.m "
                + "WHEN numeric.y <> '' THEN numeric.y || '-' || lpad(numeric.m, 2, '0') "
                + "WHEN m.month IS NOT NULL THEN named.y || '-' || lpad(m.month::VARCHAR, 2, '0') END AS month "
                + "FROM dated LEFT JOIN " + MONTH_NAMES + " ON m.name = named.name";
    }
}
