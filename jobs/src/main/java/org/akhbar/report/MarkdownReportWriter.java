package org.akhbar.report;

import java.util.List;

/**
 * The report as Markdown. Pictures are PNG files written beside it and linked by relative name (Markdown viewers
 * such as GitHub's do not show data: URIs); every value from the warehouse is escaped.
 */
final class MarkdownReportWriter {
    private MarkdownReportWriter() {
    }

    static String write(ReportDocument doc, ReportFiles.Names names) {
        StringBuilder m = new StringBuilder(1 << 14);
        m.append("# ").append(e(doc.title())).append("\n\n");
        for (String line : doc.summary()) {
            m.append(e(line)).append("\n\n");
        }
        for (ReportDocument.Section s : doc.sections()) {
            m.append("## ").append(e(s.heading())).append(" (").append(e(s.headingEn())).append(")\n\n");
            for (String note : s.notes()) {
                m.append(e(note)).append("\n\n");
            }
            for (ReportDocument.Picture p : s.pictures()) {
                m.append("![").append(e(p.alt())).append("](").append(names.png(p)).append(")\n\n");
            }
            for (ReportDocument.Table t : s.tables()) {
                table(m, t, names);
            }
        }
        return m.toString();
    }

    private static void table(StringBuilder m, ReportDocument.Table t, ReportFiles.Names names) {
        List<ReportDocument.Column> columns = t.columns();
        m.append("**").append(e(t.caption())).append("** (CSV: `").append(names.csv(t)).append("`)\n\n|");
        for (ReportDocument.Column c : columns) {
            m.append(' ').append(e(c.label())).append(" |");
        }
        m.append("\n|");
        for (ReportDocument.Column c : columns) {
            m.append(c.numeric() ? " ---: |" : " --- |");
        }
        m.append('\n');
        if (t.rows().isEmpty()) {
            m.append("|").append(" — |".repeat(columns.size())).append('\n');
        }
        for (List<String> row : t.rows()) {
            m.append('|');
            for (int i = 0; i < columns.size(); i++) {
                String cell = row.get(i);
                // Plain numbers need no escaping, and -3.2 reads better than \-3\.2 in the Markdown source.
                m.append(' ').append(columns.get(i).numeric() && CsvCells.isPlainNumber(cell) ? cell : e(cell))
                        .append(" |");
            }
            m.append('\n');
        }
        m.append('\n');
    }

    private static String e(String value) {
        return MarkdownText.escape(value);
    }
}
