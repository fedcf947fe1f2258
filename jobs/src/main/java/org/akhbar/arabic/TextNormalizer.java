package org.akhbar.arabic;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one normal form of Arabic text used for matching, tags, sources and duplicate detection: NFKC (so
 * presentation forms such as {@code ﻷ} become letters), Lucene's Persian then Arabic normalisers (Persian yeh and
 * keheh, alef and hamza forms, alef maksura, teh marbuta, diacritics, tatweel), ASCII digits, no invisible
 * marks, punctuation and symbols as spaces, lower-case Latin, single spaces.
 *
 * <p>Lucene's stemmer is deliberately not used: it also cuts suffixes ({@code لبنان} → {@code لبن}).
 */
public final class TextNormalizer {
    private static final org.apache.lucene.analysis.fa.PersianNormalizer PERSIAN =
            new org.apache.lucene.analysis.fa.PersianNormalizer();
    private static final org.apache.lucene.analysis.ar.ArabicNormalizer ARABIC =
            new org.apache.lucene.analysis.ar.ArabicNormalizer();

    /** Words are short: one buffer per thread saves an allocation per word on the hot path. */
    private static final int WORD_BUFFER_CHARS = 64;
    private static final ThreadLocal<char[]> WORD_BUFFER = ThreadLocal.withInitial(() -> new char[WORD_BUFFER_CHARS]);

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char[] chars = Normalizer.normalize(text, Normalizer.Form.NFKC).toCharArray();
        int length = PERSIAN.normalize(chars, chars.length);
        length = ARABIC.normalize(chars, length);
        String folded = ArabicDigits.toAscii(new String(chars, 0, length));
        return spacesAndCase(folded);
    }

    /**
     * The normal form of one word (letters, digits and marks only, as {@link ArabicTokenizer} cuts them): the same
     * result as {@link #normalize} without its whole-text passes, for the matcher's hot path.
     */
    public static String normalizeWord(String word) {
        return normalizeWord(word, 0, word.length());
    }

    /** {@link #normalizeWord(String)} of characters [start, end) of {@code text}. */
    public static String normalizeWord(String text, int start, int end) {
        String plain = plainArabicOrAscii(text, start, end);
        return plain != null ? plain : normalizeWordFully(text.substring(start, end));
    }

    /**
     * The normal form of a word of plain Arabic letters, harakat and ASCII letters and digits, folded in one pass
     * with the same mapping as Lucene's normalisers (alef forms → ا, ى → ي, ة → ه, harakat and tatweel dropped);
     * null when the word holds anything else, which takes the full path.
     */
    static String plainArabicOrAscii(String word) {
        return plainArabicOrAscii(word, 0, word.length());
    }

    private static String plainArabicOrAscii(String text, int start, int end) {
        char[] out = end - start <= WORD_BUFFER_CHARS ? WORD_BUFFER.get() : new char[end - start];
        int n = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '\u0621' && c <= '\u0652') {
                switch (c) {
                    case '\u0622', '\u0623', '\u0625' -> out[n++] = '\u0627';
                    case '\u0649' -> out[n++] = '\u064A';
                    case '\u0629' -> out[n++] = '\u0647';
                    case '\u0640' -> { }
                    default -> {
                        if (c < '\u064B') {
                            out[n++] = c;
                        }
                    }
                }
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out[n++] = c;
            } else if (c >= 'A' && c <= 'Z') {
                out[n++] = (char) (c + ('a' - 'A'));
            } else {
                return null;
            }
        }
        return new String(out, 0, n);
    }

    private static String normalizeWordFully(String word) {
        String s = needsCompatibilityFolding(word) ? Normalizer.normalize(word, Normalizer.Form.NFKC) : word;
        char[] chars = s.toCharArray();
        int length = PERSIAN.normalize(chars, chars.length);
        length = ARABIC.normalize(chars, length);
        int out = 0;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c >= '\u0621' && c <= '\u064A') {
                chars[out++] = c; // a plain Arabic letter: the common case needs no other test
                continue;
            }
            if (isInvisible(c)) {
                continue;
            }
            if (Character.isDigit(c)) {
                c = (char) ('0' + Character.digit(c, 10));
            } else if (c < 0x80) {
                c = Character.toLowerCase(c);
            } else if (!Character.isLetterOrDigit(c) && !isCombiningMark(c)) {
                continue;
            }
            chars[out++] = c;
        }
        return new String(chars, 0, out);
    }

    /** Presentation forms, full-width and other compatibility characters need NFKC; plain Arabic does not. */
    private static boolean needsCompatibilityFolding(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 0xFB50 || (c >= 0x2000 && c < 0x3000) || (c >= 0x00A0 && c < 0x0100)) {
                return true;
            }
        }
        return false;
    }

    /** Drops invisible marks, turns runs of punctuation, symbols and spaces into one space, lower-cases. */
    private static String spacesAndCase(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        boolean otherScript = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            if (Character.isLetterOrDigit(c) || isCombiningMark(c)) {
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
                otherScript |= c >= 0x80 && (c < '\u0600' || c > '\u06FF');
            } else {
                pendingSpace = true;
            }
        }
        // ASCII is lower-cased above and Arabic has no case: only other scripts need the full (locale-free) rules.
        return otherScript ? out.toString().toLowerCase(Locale.ROOT) : out.toString();
    }

    private static boolean isInvisible(char c) {
        return (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E') || c == '\u2060'
                || c == '\uFEFF' || c == '\u00AD';
    }

    private static boolean isCombiningMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}
