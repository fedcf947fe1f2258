package org.akhbar.article;

/**
 * What counts as blank when a field or a line is judged empty, in Unicode terms: every space separator (U+00A0,
 * U+2000..U+200A, U+202F, U+3000 ...), line and paragraph separators, ASCII whitespace and controls, and every
 * format character (ZWNJ, ZWJ, LRM, RLM, ALM, BOM, bidi embeddings). Java's {@code isWhitespace} and {@code strip}
 * miss the no-break spaces; a real export holds bodies made of nothing else.
 *
 * <p>Tatweel (U+0640) is blank only when a text holds nothing else: {@link #strip} keeps it, since at a word's
 * end it lengthens a letter.
 */
public final class Blanks {
    private static final char TATWEEL = '\u0640';

    private Blanks() {
    }

    /** A character that never carries text on its own: a space, a control or a format character. */
    public static boolean isBlank(char c) {
        if (c > ' ' && c < '\u007F') {
            return false; // printable ASCII: the hot path of every line
        }
        return switch (Character.getType(c)) {
            case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.CONTROL, Character.FORMAT -> true;
            default -> false;
        };
    }

    /** A space to fold into one: blank, but not a format character (those join or steer letters, they part none). */
    public static boolean isSpace(char c) {
        if (c > ' ' && c < '\u007F') {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || (c >= '\t' && c <= '\r');
    }

    /** True for null, empty, and text of blanks and tatweel only. */
    public static boolean isBlank(CharSequence text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != TATWEEL && !isBlank(c)) {
                return false;
            }
        }
        return true;
    }

    /** The text without blanks at either end; the same instance when there are none. */
    public static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == text.length() ? text : text.substring(start, end);
    }

    /** {@link #strip}, or null when the text {@link #isBlank(CharSequence) is blank}. */
    public static String stripToNull(String text) {
        return isBlank(text) ? null : strip(text);
    }
}
