package org.akhbar.notebook;

import java.util.ArrayList;
import java.util.List;
import org.akhbar.report.HtmlText;

/** Rows of text as an HTML table and as aligned plain text; {@code null} values show as an empty, marked cell. */
public record HtmlTable(List<String> columns, List<List<String>> rows, boolean truncated) {
    private static final String NULL_TEXT = "null";

    public HtmlTable {
        columns = List.copyOf(columns);
        List<List<String>> copied = new ArrayList<>();
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row has " + row.size() + " values for " + columns.size()
                        + " columns");
            }
            copied.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = List.copyOf(copied);
    }

    public String html() {
        StringBuilder html = new StringBuilder("<table>\n<thead><tr>");
        for (String column : columns) {
            html.append("<th>").append(HtmlText.escape(column)).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            html.append("<tr>");
            for (String value : row) {
                // dir="auto": an Arabic value reads right to left inside a left-to-right page.
                html.append(value == null ? "<td><i>null</i></td>"
                        : "<td dir=\"auto\">" + HtmlText.escape(value) + "</td>");
            }
            html.append("</tr>\n");
        }
        return html.append("</tbody>\n</table>\n<p>").append(HtmlText.escape(footer())).append("</p>").toString();
    }

    public String text() {
        int[] widths = new int[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = columns.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], shown(row.get(i)).length());
            }
        }
        StringBuilder text = new StringBuilder();
        appendLine(text, columns, widths);
        for (List<String> row : rows) {
            appendLine(text, row, widths);
        }
        return text.append(footer()).toString();
    }

    private String footer() {
        String count = rows.size() == 1 ? "1 row" : rows.size() + " rows";
        return truncated ? "(first " + count + " shown)" : "(" + count + ")";
    }

    private static void appendLine(StringBuilder text, List<String> values, int[] widths) {
        for (int i = 0; i < widths.length; i++) {
            String value = shown(values.get(i));
            text.append(i == 0 ? "" : " | ").append(value).append(" ".repeat(widths[i] - value.length()));
        }
        text.append('\n');
    }

    private static String shown(String value) {
        return value == null ? NULL_TEXT : value;
    }
}
