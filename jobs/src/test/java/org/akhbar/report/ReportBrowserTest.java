package org.akhbar.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.akhbar.testing.Fixtures;
import org.akhbar.testing.SharedSpark;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report as a reader's browser shows it: Debian's headless Chromium opens the HTML of the fixture run, and the
 * test reads its DOM, text, images, console and a screenshot. The checker is proved on broken pages first.
 */
@Tag("slow")
class ReportBrowserTest {
    private static final int WIDTH = 1100;
    private static final int HEIGHT = 1600;
    private static Path chromium;

    @BeforeAll
    static void needsChromium() {
        chromium = HeadlessChromium.find();
        if (chromium == null && System.getenv("CI") != null) {
            throw new AssertionError("CI must have Debian's chromium installed (.ci/run installs it)");
        }
        Assumptions.assumeTrue(chromium != null, "no chromium on PATH: install Debian's chromium to run this test");
    }

    private static HeadlessChromium.Page open(Path page, Path tmp) throws Exception {
        try (HeadlessChromium browser = new HeadlessChromium(chromium, tmp.resolve("profile"), WIDTH, HEIGHT)) {
            return browser.open(page);
        }
    }

    @Test
    void reportRendersWithEveryImageAndNoError(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        new ReportJob(SharedSpark.session()).run(ReportFixture.warehouse().toString(), ReportPeriod.parse("2023-09"),
                out);
        HeadlessChromium.Page page = open(out.resolve("report-2023-09.html"), tmp);

        assertEquals(List.of(), page.errors());
        assertEquals(6, page.images());
        assertTrue(page.imagesLoaded(), "every chart and the network picture decoded");
        assertTrue(page.dom().startsWith("<html lang=\"ar\" dir=\"rtl\">"), page.dom().substring(0, 60));
        for (String text : List.of("تقرير الأخبار: شهر 2023-09", "حجم المقالات عبر الزمن", "أبرز المصادر",
                "الوسوم الصاعدة والهابطة", "أبرز الكيانات وأقوى اقتراناتها", "شبكة اقتران الكيانات", "جودة البيانات",
                "وكالة إكس", "country:am", ReportFixture.P1_TITLE)) {
            assertTrue(page.text().replaceAll("[\u2066-\u2069]", "").contains(text), "shows " + text);
        }
        assertNotNull(page.screenshot());
        assertEquals(WIDTH, page.screenshot().getWidth());
        double ink = HeadlessChromium.inkShare(page.screenshot());
        assertTrue(ink > 0.02, "the screenshot shows text and charts, not a blank page: " + ink);
    }

    @Test
    void checkerCatchesABrokenImageAndAConsoleError(@TempDir Path tmp) throws Exception {
        Path broken = Fixtures.write(tmp.resolve("broken.html"), "<!DOCTYPE html><html><body><p>نص</p>"
                + "<img src=\"data:image/png;base64,iVBORw0KGgoAAAA=\"><img src=\"missing.png\">"
                + "<script>console.error('boom')</script></body></html>");
        HeadlessChromium.Page page = open(broken, tmp);
        assertEquals(2, page.images());
        assertFalse(page.imagesLoaded());
        assertTrue(page.errors().stream().anyMatch(e -> e.contains("boom")), page.errors().toString());
        assertTrue(page.errors().stream().anyMatch(e -> e.contains("missing.png")), page.errors().toString());
    }

    @Test
    void checkerCatchesAnUncaughtExceptionAndABlankPage(@TempDir Path tmp) throws Exception {
        Path blank = Fixtures.write(tmp.resolve("blank.html"), "<!DOCTYPE html><html><body>"
                + "<script>undefinedFunction()</script></body></html>");
        HeadlessChromium.Page page = open(blank, tmp);
        assertTrue(page.errors().stream().anyMatch(e -> e.contains("undefinedFunction")), page.errors().toString());
        assertEquals(0.0, HeadlessChromium.inkShare(page.screenshot()));
        assertEquals(0, page.images());
    }
}
