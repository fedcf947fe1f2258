package org.akhbar.report;

import java.util.Base64;
import java.util.List;

/**
 * One self-contained HTML page: right-to-left Arabic, inline CSS, pictures as data: URIs, and a
 * Content-Security-Policy that forbids every fetch, so the page shows the same offline and can never call out.
 */
final class HtmlReportWriter {
    private static final String STYLE = """
            body{font-family:"DejaVu Sans","Noto Naskh Arabic","Noto Sans Arabic",Tahoma,Arial,sans-serif;\
            margin:2em auto;max-width:960px;padding:0 1em;color:#222;line-height:1.5}
            h1{font-size:1.7em}h2{border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:2em}
            .en{color:#777;font-size:.7em;font-weight:normal;margin:0 .8em}
            nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.4em 1.2em}
            figure{margin:1em 0}img{max-width:100%;height:auto;border:1px solid #eee}
            table{border-collapse:collapse;margin:1em 0;font-size:.92em}
            caption{text-align:start;font-weight:bold;padding:.3em 0}
            th,td{border:1px solid #ddd;padding:.25em .6em;text-align:start}th{background:#f4f4f4}
            td.num{text-align:end;font-variant-numeric:tabular-nums}
            .files{color:#666;font-size:.85em}.empty{font-size:1.2em;background:#fff6e0;padding:1em}
            """;

    private HtmlReportWriter() {
    }

    static String write(ReportDocument doc, ReportFiles.Names names) {
        StringBuilder h = new StringBuilder(1 << 16);
        h.append("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:;")
                .append(" style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(e(doc.title())).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n<h1>").append(e(doc.title())).append("</h1>\n");
        for (String line : doc.summary()) {
            h.append("<p>").append(e(line)).append("</p>\n");
        }
        if (doc.sections().size() > 1) {
            h.append("<nav><ul>\n");
            for (ReportDocument.Section s : doc.sections()) {
                h.append("<li><a href=\"#").append(e(s.id())).append("\">").append(e(s.heading()))
                        .append("</a></li>\n");
            }
            h.append("</ul></nav>\n");
        }
        for (ReportDocument.Section s : doc.sections()) {
            section(h, s, names);
        }
        return h.append("</body>\n</html>\n").toString();
    }

    private static void section(StringBuilder h, ReportDocument.Section s, ReportFiles.Names names) {
        h.append("<section id=\"").append(e(s.id())).append("\">\n<h2>").append(e(s.heading()))
                .append("<span class=\"en\" lang=\"en\" dir=\"ltr\">").append(e(s.headingEn()))
                .append("</span></h2>\n");
        for (String note : s.notes()) {
            h.append("<p").append(s.tables().isEmpty() && s.pictures().isEmpty() ? " class=\"empty\"" : "")
                    .append('>').append(e(note)).append("</p>\n");
        }
        for (ReportDocument.Picture p : s.pictures()) {
            h.append("<figure><img src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(p.png()))
                    .append("\" alt=\"").append(e(p.alt())).append("\" width=\"").append(p.width())
                    .append("\" height=\"").append(p.height()).append("\"></figure>\n");
        }
        for (ReportDocument.Table t : s.tables()) {
            table(h, t, names);
        }
        h.append("</section>\n");
    }

    private static void table(StringBuilder h, ReportDocument.Table t, ReportFiles.Names names) {
        List<ReportDocument.Column> columns = t.columns();
        h.append("<table>\n<caption>").append(e(t.caption())).append("</caption>\n<thead><tr>");
        for (ReportDocument.Column c : columns) {
            h.append("<th>").append(e(c.label())).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : t.rows()) {
            h.append("<tr>");
            for (int i = 0; i < columns.size(); i++) {
                // Numbers are laid out left to right (a minus sign stays in front); text finds its own direction.
                h.append(columns.get(i).numeric() ? "<td class=\"num\" dir=\"ltr\">" : "<td dir=\"auto\">")
                        .append(e(row.get(i))).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n<p class=\"files\">CSV: <code dir=\"ltr\">").append(e(names.csv(t)))
                .append("</code></p>\n");
    }

    private static String e(String value) {
        return HtmlText.escape(value);
    }
}
