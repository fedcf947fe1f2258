package org.akhbar.arabic;

import java.util.Objects;

/**
 * Folds every Unicode decimal digit (ASCII, Arabic-Indic U+0660-0669, Extended/Persian U+06F0-06F9,
 * and any other script's decimal digits) to ASCII 0-9; also maps the Arabic decimal separator U+066B
 * to '.' and the Arabic thousands separator U+066C to ','. The Arabic comma U+060C is left as is,
 * as is every other character.
 */
public final class ArabicDigits {

    private static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
    private static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';

    private ArabicDigits() {
    }

    /**
     * @param s text to fold; must not be null
     * @return the text with all decimal digits as ASCII digits
     * @throws NullPointerException if {@code s} is null
     */
    public static String toAscii(CharSequence s) {
        Objects.requireNonNull(s, "s");
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            // No decimal digit lies between ASCII '9' and U+0660, where most Arabic letters are: no look-up needed.
            if (c < '0' || (c > '9' && c < '\u0660')) {
                out.append(c);
                i++;
                continue;
            }
            // Code points, not chars: some scripts (e.g. mathematical digits) live outside the BMP.
            int cp = Character.codePointAt(s, i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                out.append((char) ('0' + Character.digit(cp, 10)));
            } else if (cp == ARABIC_DECIMAL_SEPARATOR) {
                out.append('.');
            } else if (cp == ARABIC_THOUSANDS_SEPARATOR) {
                out.append(',');
            } else {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }
}
