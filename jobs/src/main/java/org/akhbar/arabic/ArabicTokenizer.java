package org.akhbar.arabic;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts text into words (runs of letters, digits and combining marks) and notes where a clause ends between two
 * words (comma, colon, full stop, brackets, question marks), so a multi-word name is never matched across
 * {@code قالت روسيا، اليوم}. Quotes and dashes do not end a clause: {@code وكالة أنباء "تاس"} is one name. A
 * {@code +} glued to the end of a word belongs to it: {@code أوبك+} is not {@code أوبك}.
 */
public final class ArabicTokenizer {
    private static final String CLAUSE_ENDS = ",،;؛:!?؟()[]{}|\n";

    private ArabicTokenizer() {
    }

    /**
     * A word as written (characters [start, end) of {@code text}, cut out only when asked for) and in normal form.
     *
     * @param breakBefore a clause ends between the previous word and this one
     */
    public record Word(String text, int start, int end, String normal, boolean breakBefore) {
        public Word(String surface, String normal, boolean breakBefore) {
            this(surface, 0, surface.length(), normal, breakBefore);
        }

        public String surface() {
            return start == 0 && end == text.length() ? text : text.substring(start, end);
        }

        public Word withBreakBefore() {
            return new Word(text, start, end, normal, true);
        }
    }

    public static List<Word> words(String text) {
        if (text == null) {
            return new ArrayList<>();
        }
        List<Word> words = new ArrayList<>(text.length() / 5 + 1);
        boolean pendingBreak = true;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (isWordChar(c)) {
                int start = i;
                while (i < n && isWordChar(text.charAt(i))) {
                    i++;
                }
                int letters = i;
                boolean plus = i < n && text.charAt(i) == '+' && (i + 1 >= n || !isWordChar(text.charAt(i + 1)));
                if (plus) {
                    i++;
                }
                String normal = TextNormalizer.normalizeWord(text, start, letters) + (plus ? "+" : "");
                if (!normal.isEmpty()) {
                    words.add(new Word(text, start, i, normal, pendingBreak));
                    pendingBreak = false;
                }
            } else {
                if (CLAUSE_ENDS.indexOf(c) >= 0 || (c == '.' && (i + 1 >= n || !isWordChar(text.charAt(i + 1))))) {
                    pendingBreak = true;
                }
                i++;
            }
        }
        return words;
    }

    private static boolean isWordChar(char c) {
        if ((c >= '\u0621' && c <= '\u065F') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')) {
            return true; // Arabic letters, marks and tatweel, ASCII letters and digits: the common case, fast
        }
        if (c < 0x80) {
            return false;
        }
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}
