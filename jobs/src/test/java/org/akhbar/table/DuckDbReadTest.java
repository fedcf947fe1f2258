package org.akhbar.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.akhbar.testing.MixedDump;
import org.akhbar.testing.SampleWarehouse;
import org.junit.jupiter.api.Test;

/** A second engine reads the tables: they are standard Parquet, not something only Spark understands. */
class DuckDbReadTest {

    private static String glob(String table) {
        return SampleWarehouse.path().resolve(table).toString() + "/**/*.parquet";
    }

    private static ResultSet query(Statement st, String sql) throws SQLException {
        ResultSet rs = st.executeQuery(sql);
        rs.next();
        return rs;
    }

    @Test
    void duckDbReadsArticlesWithTheirPartitionsAndTimestamps() throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
             Statement st = db.createStatement()) {
            String articles = "read_parquet('" + glob("articles") + "', hive_partitioning = true)";
            assertEquals(MixedDump.ARTICLES, query(st, "SELECT count(*) FROM " + articles).getLong(1));
            ResultSet r = query(st, "SELECT title, published_at, published_month, len(sources) FROM " + articles
                    + " WHERE article_id = '17607359cb03bde0c0421539f7e6ca24'");
            assertEquals("روسيا: نعمل مع أرمينيا وأذربيجان لتهدئة التوتر", r.getString(1));
            assertEquals(OffsetDateTime.of(2023, 9, 7, 0, 0, 0, 0, ZoneOffset.UTC),
                    r.getObject(2, OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC));
            assertEquals("2023-09", r.getString(3));
            assertEquals(1, r.getInt(4));
        }
    }

    @Test
    void duckDbReadsRejects() throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
             Statement st = db.createStatement()) {
            ResultSet r = query(st, "SELECT count(*), count(DISTINCT reason) FROM read_parquet('"
                    + glob("rejects") + "')");
            assertEquals(MixedDump.REJECTS, r.getLong(1));
            assertEquals(4, r.getLong(2));
        }
    }
}
