package org.akhbar.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.akhbar.testing.Seeds;
import org.junit.jupiter.api.Test;

/**
 * The one-pass trim and fold give exactly what regular expressions over Unicode's classes give: separators
 * ({@code \p{Z}}), controls ({@code \p{Cc}}) and format marks ({@code \p{Cf}}) are blanks.
 */
class PageTextTest {
    private static final int LONGEST_LABEL = 16;
    private static final Pattern DIACRITICS_AND_TATWEEL = Pattern.compile("[\\u064B-\\u065F\\u0670\\u0640]");
    private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}");
    private static final Pattern TRIMMABLE_EDGES = Pattern.compile(
            "^[\\p{Z}\\p{Cc}\\p{Cf}]+|[\\p{Z}\\p{Cc}\\p{Cf}]+\\z");

    private static String regexTrim(String line) {
        return TRIMMABLE_EDGES.matcher(line).replaceAll("");
    }

    private static String regexFold(String text) {
        String s = DIACRITICS_AND_TATWEEL.matcher(text).replaceAll("");
        s = INVISIBLE.matcher(s).replaceAll("");
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            out.append(switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
                case 'ى', 'ی' -> 'ي';
                case 'ة' -> 'ه';
                case 'ک' -> 'ك';
                default -> c;
            });
        }
        return out.toString().replaceAll("[\\p{Z}\\s]+", " ").trim();
    }

    @Test
    void agreesWithTheRegularExpressionsOnEdgeCases() {
        List<String> cases = List.of("", " ", "\u00A0", "\u200F", "  a  ", "\u200Fإقرأ أيضاً:\u00A0",
                "a\u00A0\u00A0b", "a \u064B b", "\tالمصدر :  وكالة\u0640 ", "x \u2028", " \u2028", "x\u2028 y ",
                "a \u0085", "a \r\n", "\u0001 a \u0001", "ـــ", "a\u200B\u200Cb", "\uFEFF\uFEFF", "x \u2029",
                "\u2003\u2003", "\u202Fa\u3000", "a\u2003\u2009b", "\u061C\u00AD", "\u1680x\u205F");
        for (String c : cases) {
            assertEquals(regexTrim(c), PageText.trim(c), "trim of " + c.codePoints().boxed().toList());
            assertEquals(regexFold(c), PageText.fold(c), "fold of " + c.codePoints().boxed().toList());
            assertFoldedStartsAgree(c);
        }
        assertEquals("اقرا ", PageText.foldedStart("\u200F  إقرأ   أيضاً: خبر", 5));
    }

    /** The folded line's starts (up to the longest label's, and the whole line) agree with the fold. */
    private static void assertFoldedStartsAgree(String line) {
        String folded = regexFold(line);
        for (int n = 0; n <= folded.length(); n = n < LONGEST_LABEL ? n + 1 : Math.max(n + 1, folded.length())) {
            assertEquals(folded.substring(0, n), PageText.foldedStart(line, n),
                    n + " folded characters of " + line.codePoints().boxed().toList());
        }
    }

    @Test
    void agreesWithTheRegularExpressionsOnEveryLineOfTheSampleDump() throws IOException {
        List<String> lines = new ArrayList<>();
        Path sample = Seeds.FOLDER.getParent();
        try (Stream<Path> files = Files.walk(sample)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(300).toList()) {
                lines.addAll(List.of(new String(Files.readAllBytes(f), StandardCharsets.UTF_8).split("\n", -1)));
            }
        }
        for (String line : lines) {
            assertEquals(regexTrim(line), PageText.trim(line));
            assertEquals(regexFold(line), PageText.fold(line));
            assertFoldedStartsAgree(line);
        }
    }
}
