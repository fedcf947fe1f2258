package org.akhbar.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.akhbar.aggregate.AggregateJob;
import org.akhbar.aggregate.AggregateOptions;
import org.akhbar.aggregate.Cooccurrence;
import org.akhbar.enrich.EnrichJob;
import org.akhbar.enrich.EnrichOptions;
import org.akhbar.testing.Fixtures;
import org.akhbar.testing.SampleWarehouse;
import org.akhbar.testing.SharedSpark;

/**
 * A warehouse of seven small pages and two bad files, built once per test JVM, whose report values are worked out
 * by hand below (co-occurrence with support 1, so pairs seen once count):
 * <pre>
 *   p1 2023-09-04 (Mon, W36) وكالة إكس  روسيا أرمينيا                 tags روسيا أرمينيا
 *   p2 2023-09-05             وكالة إكس  روسيا أرمينيا (other words)    tags روسيا أرمينيا
 *   p3 2023-09-06             وكالة واي  p1's title and body again: an exact duplicate of p1
 *   p4 2023-09-12 (Tue, W37)  وكالة واي  أذربيجان تركيا                tags أذربيجان تركيا
 *   p5 2023-09-13             وكالة إكس  أذربيجان                      tags أذربيجان
 *   p6 2023-10-02             وكالة إكس  روسيا                         tags روسيا
 *   p7 no date                وكالة إكس  روسيا                         tags روسيا
 *   empty.txt (reject: empty), notes.pdf (reject: unsupported_type)
 * </pre>
 */
final class ReportFixture {
    static final String P1_TITLE = "روسيا تدعم أرمينيا في المفاوضات";
    private static Path warehouse;

    private ReportFixture() {
    }

    static synchronized Path warehouse() {
        if (warehouse == null) {
            try {
                Path root = Files.createTempDirectory("akhbar-report");
                Path dump = root.resolve("dump");
                String p1Body = "قالت روسيا إنها تدعم أرمينيا في المفاوضات الجارية.";
                Fixtures.write(dump.resolve("p1.txt"), page(P1_TITLE, "2023-09-04", p1Body, "وكالة إكس",
                        "روسيا أرمينيا"));
                Fixtures.write(dump.resolve("p2.txt"), page("لقاء بين روسيا وأرمينيا", "2023-09-05",
                        "عقد مسؤولون من روسيا وأرمينيا لقاء مطولا أمس.", "وكالة إكس", "روسيا أرمينيا"));
                Fixtures.write(dump.resolve("p3.txt"), page(P1_TITLE, "2023-09-06", p1Body, "وكالة واي",
                        "روسيا أرمينيا"));
                Fixtures.write(dump.resolve("p4.txt"), page("أذربيجان وتركيا تبحثان التعاون", "2023-09-12",
                        "بحث وزيرا خارجية أذربيجان وتركيا سبل التعاون.", "وكالة واي", "أذربيجان تركيا"));
                Fixtures.write(dump.resolve("p5.txt"), page("انتخابات في أذربيجان", "2023-09-13",
                        "تستعد أذربيجان لانتخابات محلية الشهر المقبل.", "وكالة إكس", "أذربيجان"));
                Fixtures.write(dump.resolve("p6.txt"), page("خطة جديدة", "2023-10-02",
                        "أعلنت روسيا عن خطة جديدة للنقل.", "وكالة إكس", "روسيا"));
                Fixtures.write(dump.resolve("p7.txt"), "بيان بلا تاريخ\nأصدرت روسيا بيانا حول الطاقة.\n"
                        + "المصدر: وكالة إكس\nكلمات دلالية: روسيا");
                Fixtures.write(dump.resolve("bad/empty.txt"), "");
                Fixtures.write(dump.resolve("bad/notes.pdf"), "%PDF-1.4");
                Path built = root.resolve("warehouse");
                SampleWarehouse.ingest(List.of(dump.toString()), built, "report-fixture");
                new EnrichJob(SharedSpark.session()).run(new EnrichOptions(built.toString(), null, false, false),
                        "report-fixture-e");
                new AggregateJob(SharedSpark.session()).run(new AggregateOptions(built.toString(),
                        new Cooccurrence.Parameters(20, 1, 50), false), "report-fixture-a");
                warehouse = built;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return warehouse;
    }

    private static String page(String title, String date, String body, String source, String tags) {
        return title + "\nتاريخ النشر: " + date + "\n" + body + "\nالمصدر: " + source + "\nكلمات دلالية: " + tags;
    }
}
