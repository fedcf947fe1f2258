package org.akhbar.article;

import java.util.regex.Pattern;

/**
 * Folding used only to recognise the page's fixed labels ({@code إقرأ أيضاً:}, {@code المصدر:} ...) whatever
 * hamza, diacritics, tatweel or invisible marks the site used. Text that is kept is never folded here.
 */
final class PageText {
    private static final Pattern DIACRITICS_AND_TATWEEL = Pattern.compile("[\\u064B-\\u065F\\u0670\\u0640]");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200F\\u202A-\\u202E\\u2060\\uFEFF]");
    private static final Pattern TRIMMABLE_EDGES =
            Pattern.compile("^[\\s\\u00A0\\u200B-\\u200F\\u202A-\\u202E\\u2060\\uFEFF]+|[\\s\\u00A0\\u200B-\\u200F\\u202A-\\u202E\\u2060\\uFEFF]+$");

    private PageText() {
    }

    /** Trims whitespace, no-break spaces and invisible direction marks from both ends. */
    static String trim(String line) {
        return TRIMMABLE_EDGES.matcher(line).replaceAll("");
    }

    /** True for lines holding only spaces, no-break spaces or invisible marks (002 has a U+00A0-only line). */
    static boolean isBlank(String line) {
        return trim(line).isEmpty();
    }

    /** Label folding: no diacritics, tatweel or invisible marks; one alef; ى→ي; ة→ه; single spaces. */
    static String fold(String text) {
        String s = DIACRITICS_AND_TATWEEL.matcher(text).replaceAll("");
        s = INVISIBLE.matcher(s).replaceAll("");
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            out.append(foldLetter(s.charAt(i)));
        }
        return out.toString().replaceAll("[\\s\\u00A0]+", " ").trim();
    }

    private static char foldLetter(char c) {
        return switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
            case 'ى', 'ی' -> 'ي';
            case 'ة' -> 'ه';
            case 'ک' -> 'ك';
            default -> c;
        };
    }

    /** Number of space-separated words. */
    static int wordCount(String text) {
        String t = trim(text);
        return t.isEmpty() ? 0 : t.split("[\\s\\u00A0]+").length;
    }
}
