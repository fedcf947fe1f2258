package org.akhbar.article;

/**
 * Folding used only to recognise the page's fixed labels ({@code إقرأ أيضاً:}, {@code المصدر:} ...) whatever
 * hamza, diacritics, tatweel or invisible marks the site used. Text that is kept is never folded here.
 */
final class PageText {
    private PageText() {
    }

    /** Trims whitespace, no-break spaces and invisible direction marks from both ends. */
    static String trim(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && isTrimmable(line.charAt(start))) {
            start++;
        }
        while (end > start && isTrimmable(line.charAt(end - 1))) {
            end--;
        }
        if (end > start && end == line.length() && isFinalLineTerminator(line.charAt(end - 1))) {
            // The regex this replaces ended in "$", which also matches before a final line terminator.
            int before = end - 1;
            while (before > start && isTrimmable(line.charAt(before - 1))) {
                before--;
            }
            if (before < end - 1) {
                return line.substring(start, before) + line.charAt(end - 1);
            }
        }
        return start == 0 && end == line.length() ? line : line.substring(start, end);
    }

    /** True for lines holding only spaces, no-break spaces or invisible marks (002 has a U+00A0-only line). */
    static boolean isBlank(String line) {
        return trim(line).isEmpty();
    }

    /**
     * Label folding: no diacritics, tatweel or invisible marks; one alef; ى→ي; ة→ه; single spaces. One pass over
     * the characters: the parser folds every line of every page, and three regular expressions per line were
     * a tenth of the plain-Java limit's time.
     */
    static String fold(String text) {
        return foldedStart(text, Integer.MAX_VALUE).trim();
    }

    /**
     * The first {@code chars} characters of {@link #fold}{@code (text)} when the fold has at least that many, folding
     * no more of the text than they need (a shorter fold may come with what {@code fold} trims from its end).
     */
    static String foldedStart(String text, int chars) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), chars));
        boolean inSpace = false;
        for (int i = 0; i < text.length() && out.length() < chars; i++) {
            char c = text.charAt(i);
            if (isDiacriticOrTatweel(c) || isInvisible(c)) {
                continue;
            }
            if (isSpace(c)) {
                inSpace = true;
                continue;
            }
            char folded = foldLetter(c);
            if (out.isEmpty() && folded <= ' ') {
                continue; // what fold's trim would cut from the start
            }
            if (inSpace && !out.isEmpty()) {
                out.append(' ');
                if (out.length() == chars) {
                    break;
                }
            }
            inSpace = false;
            out.append(folded);
        }
        return out.toString();
    }

    private static boolean isDiacriticOrTatweel(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640';
    }

    private static boolean isInvisible(char c) {
        return (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E') || c == '\u2060'
                || c == '\uFEFF';
    }

    /** The characters of the regex class \s (ASCII whitespace) and the no-break space. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0';
    }

    private static boolean isTrimmable(char c) {
        return isSpace(c) || isInvisible(c);
    }

    /** Line terminators that regex "$" skips but the trimmable set does not hold. */
    private static boolean isFinalLineTerminator(char c) {
        return c == '\u0085' || c == '\u2028' || c == '\u2029';
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
