package org.akhbar.report;

import java.util.List;

/**
 * A report as the writers see it: headings, notes, pictures and tables of text cells. The HTML, Markdown and CSV
 * writers render this one structure, so the three files always carry the same content.
 */
public record ReportDocument(String label, String title, List<String> summary, List<Section> sections) {

    /** {@code headingEn} is a short English gloss of the Arabic heading, for readers of the project's code. */
    public record Section(String id, String heading, String headingEn, List<String> notes, List<Picture> pictures,
            List<Table> tables) {
    }

    /** A PNG; {@code name} becomes its file name beside the Markdown file. */
    public record Picture(String name, String alt, byte[] png, int width, int height) {
    }

    /** {@code name} becomes the CSV file's name; cells are already formatted, numbers with Locale.ROOT. */
    public record Table(String name, String caption, List<Column> columns, List<List<String>> rows) {
    }

    /** {@code key} heads the CSV column; {@code label} heads the HTML and Markdown column. */
    public record Column(String key, String label, boolean numeric) {
    }
}
