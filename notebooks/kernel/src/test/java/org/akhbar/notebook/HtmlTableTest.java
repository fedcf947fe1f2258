package org.akhbar.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlTableTest {
    private final HtmlTable table = new HtmlTable(List.of("site", "articles"),
            List.of(List.of("الجزيرة نت", "12"), Arrays.asList("<b>&", null)), false);

    @Test
    void htmlEscapesValuesMarksNullsAndCountsRows() {
        assertEquals("""
                <table>
                <thead><tr><th>site</th><th>articles</th></tr></thead>
                <tbody>
                <tr><td dir="auto">الجزيرة نت</td><td dir="auto">12</td></tr>
                <tr><td dir="auto">&lt;b&gt;&amp;</td><td><i>null</i></td></tr>
                </tbody>
                </table>
                <p>(2 rows)</p>""", table.html());
    }

    @Test
    void textAlignsColumns() {
        assertEquals("""
                site       | articles
                الجزيرة نت | 12     \s
                <b>&       | null   \s
                (2 rows)""", table.text());
    }

    @Test
    void aTruncatedResultSaysSo() {
        HtmlTable first = new HtmlTable(List.of("n"), List.of(List.of("1")), true);
        assertEquals("n\n1\n(first 1 row shown)", first.text());
    }

    @Test
    void everyRowHasOneValuePerColumn() {
        assertThrows(IllegalArgumentException.class,
                () -> new HtmlTable(List.of("a", "b"), List.of(List.of("only one")), false));
    }
}
