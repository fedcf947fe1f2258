package org.akhbar.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Header, date-line and marker variants beyond the five seeds, each a small page written here. */
class ArticleParserVariantsTest {
    private static final String BODY = "قال المتحدث باسم الكرملين إن المحادثات مستمرة.\nوأضاف أن موسكو تتابع الوضع.";
    private final ArticleParser parser = new ArticleParser();

    private Article parse(String page) {
        ParsedPage parsed = parser.parse(page);
        assertTrue(parsed instanceof ParsedPage.Parsed, () -> "not parsed: " + parsed);
        return ((ParsedPage.Parsed) parsed).article();
    }

    private static String page(String dateLine) {
        return "عنوان الخبر عن لقاء موسكو\nتاريخ النشر: " + dateLine + "\n" + BODY;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "7th, September 2023 GMT|2023-09-07T00:00:00Z",
            "5 يونيو 2023|2023-06-05T00:00:00Z",
            "5 حزيران 2023|2023-06-05T00:00:00Z",
            "5 جوان 2023|2023-06-05T00:00:00Z",
            "12 كانون الثاني 2024|2024-01-12T00:00:00Z",
            "٧ سبتمبر ٢٠٢٣|2023-09-07T00:00:00Z",
            "۷ سپتامبر ۲۰۲۳|2023-09-07T00:00:00Z",
            "22 صفر 1445 هـ|2023-09-07T00:00:00Z",
            "2023-09-07T10:15:30+03:00|2023-09-07T07:15:30Z",
            "2023-09-07|2023-09-07T00:00:00Z"})
    void dateLineVariants(String dateLine, String expected) {
        Article a = parse(page(dateLine));
        assertEquals(Instant.parse(expected), a.publishedAt());
        assertEquals(DateSource.PUBLISHED, a.dateSource());
        assertEquals("عنوان الخبر عن لقاء موسكو", a.title());
    }

    @Test
    void relativeDateResolvedAgainstTheCrawlStamp() {
        Article a = parse("2024-11-25@04:02:07 GMT\n" + page("منذ ساعتين"));
        assertEquals(Instant.parse("2024-11-25T02:02:07Z"), a.publishedAt());
        assertEquals(DateSource.PUBLISHED, a.dateSource());
    }

    @Test
    void relativeDateWithoutCrawlStampIsNoDate() {
        Article a = parse(page("أمس"));
        assertNull(a.publishedAt());
        assertEquals(DateSource.NONE, a.dateSource());
        assertEquals("أمس", a.publishedRaw());
    }

    @Test
    void unreadableDateFallsBackToTheCrawlStamp() {
        Article a = parse("موقع الخبر:\n2024-11-25@04:02:07 GMT\n" + page("قريبا"));
        assertEquals(Instant.parse("2024-11-25T04:02:07Z"), a.publishedAt());
        assertEquals(DateSource.CRAWL, a.dateSource());
    }

    @Test
    void crawlStampWithoutSiteHeader() {
        Article a = parse("2024-01-02@10:00:00 GMT\n\n" + page("2 يناير 2024"));
        assertNull(a.site());
        assertEquals(Instant.parse("2024-01-02T10:00:00Z"), a.crawledAt());
        assertEquals("عنوان الخبر عن لقاء موسكو", a.title());
    }

    @Test
    void siteHeaderWithoutCrawlStamp() {
        Article a = parse("اليوم السابع:\n" + page("2 يناير 2024"));
        assertEquals("اليوم السابع", a.site());
        assertNull(a.crawledAt());
        assertEquals("عنوان الخبر عن لقاء موسكو", a.title());
    }

    @Test
    void windowsLineEndingsBomLessAndDirectionMarks() {
        Article a = parse("\u200Fموقع 24:\r\n2024-11-25@04:02:07 GMT\r\n" + page("7 سبتمبر 2023").replace("\n", "\r\n"));
        assertEquals("موقع 24", a.site());
        assertEquals(2, a.paragraphs().size());
        assertEquals("وأضاف أن موسكو تتابع الوضع.", a.paragraphs().get(1));
    }

    @Test
    void labelsWrittenWithOtherHamzaAndDiacritics() {
        Article a = parse(BODY + "\nالمصدر : وكالة الأنباء\nكلمات دلاليّة: موسكو الكرملين\nاقرأ أيضا:\nخبر آخر تماما.");
        assertEquals(List.of("وكالة الأنباء"), a.sources());
        assertEquals("موسكو الكرملين", a.tagsRaw());
        assertEquals("خبر آخر تماما.", a.appendedArticle());
        assertEquals(2, a.paragraphs().size());
    }

    @Test
    void similarListWithoutAppendedArticle() {
        Article a = parse(BODY + "\nمقالات مشابهة\n  • عنوان أول\n  • عنوان ثان");
        assertEquals(List.of("عنوان أول", "عنوان ثان"), a.similarArticles());
        assertNull(a.appendedArticle());
    }

    @Test
    void pageOfLabelsOnlyIsNotAnArticle() {
        ParsedPage parsed = parser.parse("المصدر: موقع 24\nكلمات دلالية: روسيا\nإقرأ أيضاً:\nنص مقال آخر.");
        assertEquals(new ParsedPage.NotAnArticle(RejectReason.NO_BODY, "no body paragraphs were found"), parsed);
    }
}
