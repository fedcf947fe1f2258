package org.akhbar.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.akhbar.cli.CommandOutput;
import org.akhbar.cli.NewsCli;
import org.akhbar.testing.SharedSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports of the {@link ReportFixture} warehouse, checked against the values worked out there by hand. */
class ReportJobTest {
    private static Path september;

    @BeforeAll
    static void writeSeptember(@TempDir Path out) throws IOException {
        september = out;
        run("2023-09", out);
    }

    private static ReportJob.Summary run(String period, Path out) throws IOException {
        return new ReportJob(SharedSpark.session()).run(ReportFixture.warehouse().toString(),
                ReportPeriod.parse(period), out);
    }

    /** The file's text without the invisible isolates that keep dates left to right inside Arabic. */
    private static String read(Path folder, String file) throws IOException {
        return Files.readString(folder.resolve(file), StandardCharsets.UTF_8).replaceAll("[\u2066-\u2069]", "");
    }

    private static List<String> csvLines(Path folder, String file) throws IOException {
        String text = read(folder, file);
        assertTrue(text.endsWith("\r\n"), "RFC 4180 rows end with CRLF: " + file);
        return List.of(text.split("\r\n"));
    }

    @Test
    void monthVolumeShowsEveryDayRawAndDeduplicated() throws IOException {
        List<String> volume = csvLines(september, "2023-09-volume.csv");
        assertEquals("day,articles,articles_dedup", volume.get(0));
        assertEquals(1 + 30, volume.size());
        assertEquals("2023-09-01,0,0", volume.get(1));
        // p1, p2, p3 (p1's duplicate, but the only vote of its cluster that day), p4, p5.
        assertEquals(List.of("2023-09-04,1,1", "2023-09-05,1,1", "2023-09-06,1,1"), volume.subList(4, 7));
        assertEquals(List.of("2023-09-12,1,1", "2023-09-13,1,1"), volume.subList(12, 14));
        assertEquals("2023-09-30,0,0", volume.get(30));
    }

    @Test
    void sourcesRawAndDeduplicated() throws IOException {
        // X published p1 p2 p5; Y published p3 (p1's duplicate) and p4. 5 articles, 4 clusters.
        assertEquals(List.of("source_name,articles,articles_dedup,share,share_dedup",
                "وكالة إكس,3,3,0.6000,0.7500", "وكالة واي,2,2,0.4000,0.5000"),
                csvLines(september, "2023-09-sources.csv"));
    }

    @Test
    void risingTagsByTrendScoreThenName() throws IOException {
        // No earlier month: trend = articles / sqrt(0 + 1); every tag is new. Tags are in normal form (أ → ا).
        assertEquals(List.of("tag,articles,rank,trend_score,is_new", "ارمينيا,3,1,3.00,نعم", "روسيا,3,1,3.00,نعم",
                "اذربيجان,2,2,2.00,نعم", "تركيا,1,3,1.00,نعم"), csvLines(september, "2023-09-tags-rising.csv"));
        assertEquals(List.of("tag,articles,rank,trend_score,is_new"), csvLines(september, "2023-09-tags-falling.csv"));
    }

    @Test
    void topEntitiesAndStrongestPairsWithTheirCounts() throws IOException {
        List<String> entities = csvLines(september, "2023-09-entities.csv");
        assertEquals(5, entities.size());
        assertTrue(entities.get(1).startsWith("أرمينيا,") && entities.get(1).endsWith(",LOC,country:am,3,2"));
        assertTrue(entities.get(2).startsWith("روسيا,") && entities.get(2).endsWith(",LOC,country:ru,3,2"));
        assertTrue(entities.get(3).startsWith("أذربيجان,") && entities.get(3).endsWith(",LOC,country:az,2,2"));
        assertTrue(entities.get(4).startsWith("تركيا,") && entities.get(4).endsWith(",LOC,country:tr,1,1"));
        // N = 5 articles. am-ru: together in all 3 of theirs, NPMI 1; G² = 2(3 ln(3/1.8) + 2 ln(2/0.8)).
        // az-tr: 1 of 2 and 1; NPMI ln(0.2/0.08)/ln 5; G² = 2(ln(1/0.4) + ln(1/1.6) + 3 ln(3/2.4)).
        // Deduplicated (p1 and p3 one vote, N = 4): am-ru 2 of 2 and 2; az-tr NPMI ln 2 / ln 4.
        List<String> expected = List.of(
                "name_a,name_b,entity_a,entity_b,pair_count,count_a,count_b,n_windows,npmi,g2,pair_count_dedup,"
                        + "npmi_dedup",
                "أرمينيا,روسيا,country:am,country:ru,3,3,3,5,1.000,6.730,2,1.000",
                "أذربيجان,تركيا,country:az,country:tr,1,2,1,5,0.569,2.231,1,0.500");
        assertEquals(expected, csvLines(september, "2023-09-pairs.csv"));
        assertEquals(expected, csvLines(september, "2023-09-network.csv"), "both pairs join top entities");
    }

    @Test
    void dataQuality() throws IOException {
        assertEquals(List.of("reason,records", "empty,1", "unsupported_type,1"),
                csvLines(september, "2023-09-rejects.csv"));
        assertEquals(List.of("measure,scope,value", "مقالات المستودع,warehouse,7", "مقالات بلا تاريخ,warehouse,1",
                "حصة المقالات بلا تاريخ,warehouse,0.1429", "مقالات الفترة,period,5",
                "مؤرخة بختم الزحف لا بسطر النشر,period,0", "مقالات لها نسخ مكررة,period,2", "مجموعات التكرار,period,1",
                "نسخ مطابقة,period,2", "نسخ متقاربة,period,0"), csvLines(september, "2023-09-quality.csv"));
        List<String> clusters = csvLines(september, "2023-09-duplicate-clusters.csv");
        assertEquals(2, clusters.size());
        assertTrue(clusters.get(1).endsWith("," + ReportFixture.P1_TITLE + ",2"), clusters.get(1));
    }

    /**
     * p3 is p1 again on another outlet two days later (both pages give a date alone: midnight to midnight, 2,880
     * minutes), and names no source but its publisher: one story وكالة إكس → وكالة واي, not credited.
     */
    @Test
    void theReprintSectionSaysWhoTookWhichStoriesFromWhom(@TempDir Path october) throws IOException {
        assertEquals(List.of("first_outlet_name,outlet_name,stories,median_delay_minutes,p90_delay_minutes,"
                + "credited_share", "وكالة إكس,وكالة واي,1,2880,2880,0.00"), csvLines(september,
                "2023-09-reprints.csv"));
        run("2023-10", october);
        assertEquals(List.of("first_outlet_name,outlet_name,stories,median_delay_minutes,p90_delay_minutes,"
                + "credited_share"), csvLines(october, "2023-10-reprints.csv"), "no story taken in October");
    }

    @Test
    void htmlIsOneSelfContainedRightToLeftPage() throws IOException {
        String html = read(september, "report-2023-09.html");
        assertTrue(html.startsWith(
                "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">"));
        assertEquals(6, Pattern.compile("<img src=\"data:image/png;base64,").matcher(html).results().count());
        assertFalse(Pattern.compile("(?i)(src|href)\\s*=\\s*[\"']?\\s*(https?:|//|file:)").matcher(html).find());
        assertFalse(Pattern.compile("(?i)<(script|link|iframe|object)").matcher(html).find());
        assertTrue(html.contains("عدد المقالات: 5، ودون المكررات (صوت واحد لكل مجموعة مكررة): 4."));
        String markdown = read(september, "report-2023-09.md");
        for (String png : List.of("volume", "sources", "tags", "entities", "network", "reprints")) {
            assertTrue(markdown.contains("](2023-09-" + png + ".png)"), png);
            assertTrue(Files.size(september.resolve("2023-09-" + png + ".png")) > 1000, png);
        }
    }

    @Test
    void sameWarehouseAndPeriodGiveTheSameBytes(@TempDir Path again) throws IOException {
        run("2023-09", again);
        List<String> names = fileNames(september);
        assertEquals(names, fileNames(again));
        assertEquals(2 + 11 + 6, names.size(), names.toString());
        for (String name : names) {
            assertArrayEquals(Files.readAllBytes(september.resolve(name)), Files.readAllBytes(again.resolve(name)),
                    name);
        }
    }

    @Test
    void dayReportReadsCooccurrenceOfItsWeekAndSaysSo(@TempDir Path out) throws IOException {
        ReportJob.Summary day = run("2023-09-06", out);
        assertEquals(1, day.data().articles());
        // 2023-W36 holds p1 p2 p3: Armenia and Russia in all three (G² 0: no window lacks either).
        assertEquals("أرمينيا,روسيا,country:am,country:ru,3,3,3,3,1.000,0.000,2,1.000",
                csvLines(out, "2023-09-06-pairs.csv").get(1));
        assertTrue(read(out, "report-2023-09-06.html").contains("اقتران أسبوع هذا اليوم 2023-W36 (من 2023-09-04)"));
        assertEquals(1 + 14, csvLines(out, "2023-09-06-volume.csv").size());
    }

    @Test
    void weekReportShowsTheWeeksBefore(@TempDir Path out) throws IOException {
        run("2023-W37", out);
        List<String> volume = csvLines(out, "2023-W37-volume.csv");
        assertEquals("week_start,articles,articles_dedup", volume.get(0));
        assertEquals(List.of("2023-09-04,3,2", "2023-09-11,2,2"), volume.subList(7, 9));
        assertEquals("2023-07-24,0,0", volume.get(1));
    }

    @Test
    void periodWithoutArticlesSaysSoInsteadOfAnEmptyPage(@TempDir Path out) throws IOException {
        ReportJob.Summary empty = run("2022-01", out);
        assertTrue(empty.line().contains("no articles published in the period"), empty.line());
        String html = read(out, "report-2022-01.html");
        assertTrue(html.contains("لا توجد بيانات لهذه الفترة"));
        assertTrue(html.contains("المقالات المؤرخة في المستودع تمتد من 2023-09-04 إلى 2023-10-02."), html);
        assertTrue(read(out, "report-2022-01.md").contains("No article of this warehouse was published in 2022-01"));
        assertEquals(List.of("report-2022-01.html", "report-2022-01.md"), fileNames(out));
    }

    @Test
    void commandLineRefusesABadPeriodBeforeStartingAndWritesNothing(@TempDir Path out) throws IOException {
        assertEquals(2, NewsCli.execute("report", "--warehouse", "no-such-warehouse", "--period", "2023-9",
                "--out", out.toString()));
        assertEquals(List.of(), fileNames(out));
        assertEquals(0, NewsCli.execute("report", "--warehouse", ReportFixture.warehouse().toString(), "--period",
                "2023-10", "--out", out.toString()));
        assertTrue(fileNames(out).contains("report-2023-10.html"));
    }

    @Test
    void aWarehouseWhoseCooccurrenceStillNamesWindowIsRefusedWithWhatToRun(@TempDir Path tmp) throws IOException {
        Path old = tmp.resolve("warehouse");
        Files.createDirectories(old);
        try (Stream<Path> tables = Files.list(ReportFixture.warehouse())) {
            for (Path table : tables.toList()) {
                if (!table.getFileName().toString().equals("entity_cooccurrence")) {
                    Files.createSymbolicLink(old.resolve(table.getFileName()), table);
                }
            }
        }
        SharedSpark.session().read().parquet(ReportFixture.warehouse().resolve("entity_cooccurrence").toString())
                .withColumnRenamed("window_kind", "window").write()
                .parquet(old.resolve("entity_cooccurrence").toString());
        Path out = tmp.resolve("out");
        CommandOutput run = CommandOutput.run("report", "--warehouse", old.toString(), "--period", "2023-09",
                "--out", out.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("news report: the entity_cooccurrence table was written before 0.2.0 (its"
                + " column window is now window_kind): run news aggregate on the warehouse first"), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
        assertFalse(Files.exists(out.resolve("report-2023-09.html")));
    }

    private static List<String> fileNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
