package org.akhbar.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile titles, tags and names reach the report's files only as inert text. */
class ReportSafeOutputTest {
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMG = "<img src=x onerror=alert(2)>";
    private static final String LINK = "[اضغط](http://evil.example/)";
    private static final String PIPE = "a|b *c* _d_ `e` # f \\ g";
    private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"x\")";

    @Test
    void csvCellsThatCouldRunAsFormulasAreNeutralisedButNumbersStay() {
        assertEquals("'=1+2", CsvCells.cell("=1+2"));
        assertEquals("'+972 5", CsvCells.cell("+972 5"));
        assertEquals("'-cmd", CsvCells.cell("-cmd"));
        assertEquals("'@SUM(A1)", CsvCells.cell("@SUM(A1)"));
        assertEquals("'\tx", CsvCells.cell("\tx"));
        assertEquals("\"'\rx\"", CsvCells.cell("\rx"));
        assertEquals("'-", CsvCells.cell("-"));
        assertEquals("-3.2", CsvCells.cell("-3.2"));
        assertEquals("+1", CsvCells.cell("+1"));
        assertEquals("-0.1690", CsvCells.cell("-0.1690"));
        assertEquals("1e-5", CsvCells.cell("1e-5"));
        assertEquals("روسيا", CsvCells.cell("روسيا"));
        assertEquals("\"'=A1,\"\"x\"\"\"", CsvCells.cell("=A1,\"x\""));
        assertEquals("\"a\nb\"", CsvCells.cell("a\nb"));
        assertEquals("a,-3.2,\"b,c\",'=x\r\n", CsvCells.row(List.of("a", "-3.2", "b,c", "=x")));
    }

    @Test
    void htmlAndMarkdownEscapeEverySpecialCharacter() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;",
                HtmlText.escape("<a href=\"x\" title='y'>&"));
        assertEquals("a\\|b \\*c\\* \\_d\\_ \\`e\\` \\# f \\\\ g", MarkdownText.escape(PIPE));
        assertEquals("\\[x\\](y) \\<b\\> line two \\&amp; \\$x\\$ \\~\\~s\\~\\~",
                MarkdownText.escape("[x](y) <b>\nline two &amp; $x$ ~~s~~"));
    }

    @Test
    void hostileValuesInEveryTableStayText(@TempDir Path out) throws Exception {
        List<Path> files = ReportFiles.write(ReportBuilder.build(hostileData()), out);
        String html = Files.readString(out.resolve("report-2023-09.html"), StandardCharsets.UTF_8);
        String markdown = Files.readString(out.resolve("report-2023-09.md"), StandardCharsets.UTF_8);

        for (String raw : new String[] {SCRIPT, IMG, "<script", "onerror=alert(2)>", "<img src=x"}) {
            assertFalse(html.contains(raw), "raw in HTML: " + raw);
        }
        for (char c : new char[] {'<', '>', '_'}) {
            assertEquals(0, unescaped(markdown, c), "every " + c + " in the Markdown is escaped");
        }
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(html.contains("&lt;img src=x onerror=alert(2)&gt;"));
        assertFalse(Pattern.compile("(src|href)\\s*=\\s*[\"']?\\s*(https?:|//)").matcher(html).find(),
                "no remote src or href");
        assertTrue(markdown.contains("\\[اضغط\\](http://evil.example/)"), markdown);
        assertTrue(markdown.contains("a\\|b \\*c\\* \\_d\\_ \\`e\\` \\# f \\\\ g"));
        assertTrue(markdown.contains("\\<script\\>alert(1)\\</script\\>"), markdown);
        assertEveryTableRowKeepsItsCells(markdown);

        String rising = Files.readString(out.resolve("2023-09-tags-rising.csv"), StandardCharsets.UTF_8);
        assertTrue(rising.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",4,1,3.50,نعم\r\n"), rising);
        assertTrue(rising.contains("'@cmd,2,2,1.20,لا\r\n"), rising);
        String falling = Files.readString(out.resolve("2023-09-tags-falling.csv"), StandardCharsets.UTF_8);
        assertTrue(falling.contains("'-رأي,1,3,-3.20,لا\r\n"), "negative trend scores stay numbers: " + falling);
        String entities = Files.readString(out.resolve("2023-09-entities.csv"), StandardCharsets.UTF_8);
        assertTrue(entities.contains("'+" + SCRIPT + ","), entities);
        String clusters = Files.readString(out.resolve("2023-09-duplicate-clusters.csv"), StandardCharsets.UTF_8);
        assertTrue(clusters.contains("c1,'=cmd|' /C calc'!A0,2\r\n"), clusters);
        assertEquals(2 + 11 + 6, files.size(), files.toString());
    }

    /** Each Markdown table row has as many unescaped pipes as its header: no value opened a new cell. */
    private static void assertEveryTableRowKeepsItsCells(String markdown) {
        long header = -1;
        int rows = 0;
        for (String line : markdown.split("\n")) {
            if (!line.startsWith("|")) {
                header = -1;
                continue;
            }
            long pipes = unescaped(line, '|');
            if (header < 0) {
                header = pipes;
            }
            assertEquals(header, pipes, line);
            rows++;
        }
        assertTrue(rows > 20, "tables were written: " + rows);
    }

    /** How often {@code c} occurs without a backslash before it (a backslash also escapes a backslash). */
    private static long unescaped(String text, char c) {
        long count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.charAt(i) == c) {
                count++;
            }
        }
        return count;
    }

    /** A September with one value of every hostile kind in each place a warehouse value is shown. */
    static ReportData hostileData() {
        ReportPeriod period = ReportPeriod.parse("2023-09");
        List<ReportData.VolumePoint> volume = period.timeline().starts().stream()
                .map(d -> new ReportData.VolumePoint(d, d.getDayOfMonth() % 3, d.getDayOfMonth() % 2))
                .toList();
        List<ReportData.EntityRow> entities = List.of(
                new ReportData.EntityRow("person:" + IMG, "+" + SCRIPT, LINK, "PERSON", 3, 2),
                new ReportData.EntityRow("org:x", PIPE, FORMULA, "ORG", 2, 2),
                new ReportData.EntityRow("country:ru", "روسيا", "Russia", "LOC", 1, 1));
        List<ReportData.PairRow> pairs = List.of(
                new ReportData.PairRow("org:x", PIPE, "person:" + IMG, "+" + SCRIPT, 2, 2, 3, 4, 0.5, 1.25, 2L, 0.4),
                new ReportData.PairRow("country:ru", "روسيا", "org:x", PIPE, 1, 1, 2, 4, -0.2, 0.1, null, null));
        return new ReportData(period, 4, 3, LocalDate.of(2023, 9, 1), LocalDate.of(2023, 9, 30), period.timeline(),
                volume,
                List.of(new ReportData.SourceRow(SCRIPT, 3, 2, 0.75, 0.6667),
                        new ReportData.SourceRow("-" + LINK, 1, 1, 0.25, 0.3333)),
                List.of(new ReportData.TagTrend(FORMULA, 4, 1, 3.5, true),
                        new ReportData.TagTrend("@cmd", 2, 2, 1.2, false)),
                List.of(new ReportData.TagTrend("-رأي", 1, 3, -3.2, false)),
                entities, period, pairs, pairs.subList(0, 1),
                List.of(new ReportData.OutletFlowRow(SCRIPT, SCRIPT, "x", "-" + LINK, 2, 60, 90, 0.5)),
                new ReportData.Quality(List.of(new ReportData.RejectCount("=bad", 2)), 10, 1, 0, 2, 1, 2, 0,
                        List.of(new ReportData.DuplicateCluster("c1", "=cmd|' /C calc'!A0", 2))));
    }
}
