package org.akhbar.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a report's files into the output folder: {@code report-<period>.html}, {@code report-<period>.md}, and
 * beside them {@code <period>-<table>.csv} and {@code <period>-<picture>.png}. Each file is written to a
 * temporary name and moved over the old one, so a reader never sees half a file.
 */
public final class ReportFiles {
    private ReportFiles() {
    }

    /** The file names of one period's report. */
    public record Names(String label) {
        public String html() {
            return "report-" + label + ".html";
        }

        public String markdown() {
            return "report-" + label + ".md";
        }

        public String csv(ReportDocument.Table table) {
            return label + "-" + table.name() + ".csv";
        }

        public String png(ReportDocument.Picture picture) {
            return label + "-" + picture.name() + ".png";
        }
    }

    /** Writes every file and returns their paths, HTML first, then Markdown, CSV and PNG in document order. */
    public static List<Path> write(ReportDocument doc, Path folder) throws IOException {
        Files.createDirectories(folder);
        Names names = new Names(doc.label());
        List<Path> written = new ArrayList<>();
        written.add(replace(folder.resolve(names.html()), utf8(HtmlReportWriter.write(doc, names))));
        written.add(replace(folder.resolve(names.markdown()), utf8(MarkdownReportWriter.write(doc, names))));
        for (ReportDocument.Section s : doc.sections()) {
            for (ReportDocument.Table t : s.tables()) {
                written.add(replace(folder.resolve(names.csv(t)), utf8(csv(t))));
            }
        }
        for (ReportDocument.Section s : doc.sections()) {
            for (ReportDocument.Picture p : s.pictures()) {
                written.add(replace(folder.resolve(names.png(p)), p.png()));
            }
        }
        return written;
    }

    static String csv(ReportDocument.Table table) {
        StringBuilder out = new StringBuilder();
        out.append(CsvCells.row(table.columns().stream().map(ReportDocument.Column::key).toList()));
        for (List<String> row : table.rows()) {
            out.append(CsvCells.row(row));
        }
        return out.toString();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Path replace(Path file, byte[] bytes) throws IOException {
        Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.write(temporary, bytes);
        return Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
