package org.akhbar.article;

/**
 * Folding used only to recognise the page's fixed labels ({@code إقرأ أيضاً:}, {@code المصدر:} ...) whatever
 * hamza, diacritics, tatweel or invisible marks the site used. Text that is kept is never folded here.
 */
final class PageText {
    private PageText() {
    }

    /** Trims {@link Blanks blanks} (spaces of every kind, controls, invisible format marks) from both ends. */
    static String trim(String line) {
        return Blanks.strip(line);
    }

    /** True for lines holding only blanks or tatweel (002 has a U+00A0-only line). */
    static boolean isBlank(String line) {
        return Blanks.isBlank(line);
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
        return c > '\u007F' && Character.getType(c) == Character.FORMAT;
    }

    private static boolean isSpace(char c) {
        return Blanks.isSpace(c);
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
        return t.isEmpty() ? 0 : t.split("[\\p{Z}\\s]+").length;
    }
}
