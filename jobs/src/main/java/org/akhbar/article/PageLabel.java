package org.akhbar.article;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fixed label line of the page ({@code المصدر: ...}): a literal start and the rest of a pattern over the folded
 * line. The start is checked first, on as few folded characters as it has: most lines are paragraphs, and folding
 * each whole one only to learn that it is no label cost a sixth of the plain-Java limit.
 */
final class PageLabel {
    private final String start;
    private final Pattern pattern;

    /** @param rest the pattern of the folded line after {@code start}, to its end */
    PageLabel(String start, String rest) {
        this.start = start;
        this.pattern = Pattern.compile("^" + Pattern.quote(start) + rest);
    }

    boolean matches(String line) {
        return match(line) != null;
    }

    /** The pattern matched over the whole folded line, or null when the line is not this label. */
    Matcher match(String line) {
        if (!PageText.foldedStart(line, start.length()).equals(start)) {
            return null;
        }
        Matcher m = pattern.matcher(PageText.fold(line));
        return m.matches() ? m : null;
    }
}
