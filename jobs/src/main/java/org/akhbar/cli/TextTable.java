package org.akhbar.cli;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;

/**
 * Query results as aligned text: a header, a rule and one line per row, columns separated by {@code |}. Widths
 * count what a terminal draws (Arabic diacritics and direction marks take no column), and long values are cut
 * between whole characters, never inside a letter with its marks or a surrogate pair.
 */
final class TextTable {
    static final String NULL = "NULL";
    private static final String CUT = "…";

    private final List<String> headers;
    private final boolean[] rightAligned;
    private final int maxWidth;
    private final List<String[]> rows = new ArrayList<>();

    /** {@code maxWidth}: the widest a value is printed before it is cut; 0 never cuts. */
    TextTable(List<String> headers, boolean[] rightAligned, int maxWidth) {
        this.headers = headers;
        this.rightAligned = rightAligned;
        this.maxWidth = maxWidth;
    }

    void add(List<String> values) {
        String[] cells = new String[values.size()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = cell(values.get(i));
        }
        rows.add(cells);
    }

    List<String> lines() {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width(headers.get(i));
            for (String[] row : rows) {
                widths[i] = Math.max(widths[i], width(row[i]));
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add(line(headers.toArray(String[]::new), widths, rightAligned));
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            rule.append(i == 0 ? "" : "-+-").append("-".repeat(widths[i]));
        }
        lines.add(rule.toString());
        for (String[] row : rows) {
            lines.add(line(row, widths, rightAligned));
        }
        return lines;
    }

    private static String line(String[] cells, int[] widths, boolean[] right) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            String pad = " ".repeat(widths[i] - width(cells[i]));
            out.append(i == 0 ? "" : " | ").append(right[i] ? pad + cells[i] : cells[i] + pad);
        }
        return out.toString().stripTrailing();
    }

    private String cell(String value) {
        if (value == null) {
            return NULL;
        }
        String flat = value.replaceAll("\\r\\n|[\\r\\n]", "↵").replace('\t', ' ');
        return maxWidth > 0 && width(flat) > maxWidth ? cut(flat, maxWidth - 1) + CUT : flat;
    }

    /** The longest run of whole user-perceived characters from the start that fits in {@code width}. */
    private static String cut(String text, int width) {
        BreakIterator characters = BreakIterator.getCharacterInstance();
        characters.setText(text);
        int end = 0;
        for (int next = characters.next(); next != BreakIterator.DONE; next = characters.next()) {
            if (width(text.substring(0, next)) > width) {
                break;
            }
            end = next;
        }
        return text.substring(0, end);
    }

    /** Columns a terminal uses: combining marks (harakat) and format characters (direction marks) take none. */
    static int width(String text) {
        return (int) text.codePoints().filter(c -> {
            int type = Character.getType(c);
            return type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK && type != Character.FORMAT;
        }).count();
    }
}
