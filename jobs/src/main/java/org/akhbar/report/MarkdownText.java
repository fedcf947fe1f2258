package org.akhbar.report;

/**
 * Text made inert in Markdown: every character that could open emphasis, code, a link or image (with [ and ]
 * escaped no link can form, so ( ) need nothing), raw HTML, an entity, a heading, strikethrough, math or a table
 * cell is backslash-escaped (CommonMark allows a backslash before any ASCII punctuation), and line breaks become
 * spaces so a value cannot leave its table row. Values only appear inside table cells, headings' glosses and alt
 * text, never at the start of a line, so list and quote markers need no escape.
 */
final class MarkdownText {
    private static final String SPECIAL = "\\`*_[]<>#|~&$";

    private MarkdownText() {
    }

    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n' || c == '\t') {
                out.append(' ');
            } else if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
