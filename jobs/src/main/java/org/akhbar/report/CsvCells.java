package org.akhbar.report;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * CSV per RFC 4180 (comma, CRLF rows, quotes doubled inside quoted cells), safe to open in a spreadsheet.
 * A text cell beginning with = + - @, a tab or a carriage return is one a spreadsheet may run as a formula
 * ("CSV injection"), so it gets a leading single quote and is shown as text. A cell that is a plain number is left
 * alone even when it begins with - or +: negative trend scores such as -3.2 must stay numbers, and a number
 * cannot be a formula.
 */
final class CsvCells {
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvCells() {
    }

    static String row(List<String> cells) {
        return cells.stream().map(CsvCells::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = neutralise(value);
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    static boolean isPlainNumber(String value) {
        return NUMBER.matcher(value).matches();
    }

    static String neutralise(String value) {
        if (value.isEmpty() || FORMULA_STARTS.indexOf(value.charAt(0)) < 0 || isPlainNumber(value)) {
            return value;
        }
        return "'" + value;
    }
}
