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

    /** Drops invisible marks, turns runs of punctuation, symbols and spaces into one space, lower-cases. */
    private static String spacesAndCase(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
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
                out.append(c);
            } else {
                pendingSpace = true;
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
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
