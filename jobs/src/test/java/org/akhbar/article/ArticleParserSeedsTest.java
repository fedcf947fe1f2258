package org.akhbar.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.akhbar.testing.Seeds;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The expected values of the page format (docs/inputs.md), and of reading the five seeds line by line. */
class ArticleParserSeedsTest {
    private final ArticleParser parser = new ArticleParser();

    private Article parse(String seed) {
        ParsedPage page = parser.parse(Seeds.text(seed));
        assertTrue(page instanceof ParsedPage.Parsed, () -> seed + " should parse, got " + page);
        return ((ParsedPage.Parsed) page).article();
    }

    @Nested
    class Seed000 {
        private final Article a = parse(Seeds.S000);

        @Test
        void headerAndCrawlStamp() {
            assertEquals("موقع 24", a.site());
            assertEquals(Instant.parse("2024-11-25T04:02:07Z"), a.crawledAt());
        }

        @Test
        void titleOnceThoughThePageRepeatsIt() {
            assertEquals("روسيا: نعمل مع أرمينيا وأذربيجان لتهدئة التوتر", a.title());
            assertFalse(a.body().contains("لتهدئة التوتر"), "the repeated title is not body");
        }

        @Test
        void publishedFromTheDateLine() {
            assertEquals(Instant.parse("2023-09-07T00:00:00Z"), a.publishedAt());
            assertEquals(DateSource.PUBLISHED, a.dateSource());
            assertEquals("7th, September 2023 GMT", a.publishedRaw());
        }

        @Test
        void bodyRunsFromTheFirstParagraphToTheLastTweetFooter() {
            assertTrue(a.body().startsWith("قالت روسيا، اليوم الخميس"));
            assertEquals("— 24.ae (@20fourMedia) September 7, 2023", a.paragraphs().get(a.paragraphs().size() - 1));
            assertTrue(a.paragraphs().contains(
                    "#أرمينيا تتهم #أذربيجان بحشد قواتها على الحدود https://t.co/57C4lWzXsB"));
            assertTrue(a.paragraphs().stream().anyMatch(p -> p.endsWith("بعد انهيار الاتحاد السوفيتي.")),
                    "the no-break space after the last sentence is trimmed");
            assertEquals(11, a.paragraphs().size());
        }

        @Test
        void nothingOfTheAppendedArticleOrTheLabelsInTheBody() {
            assertFalse(a.body().contains("الكرملين: بوتين بحث هاتفيا"));
            assertFalse(a.body().contains("المصدر"));
            assertFalse(a.body().contains("كلمات دلالية"));
            assertFalse(a.body().contains("مقالات مشابهة"));
        }

        @Test
        void onlyTheArticlesOwnSource() {
            assertEquals(List.of("موقع 24"), a.sources());
        }

        @Test
        void tagLineKeptRaw() {
            assertEquals("التغير المناخي محاكمة ترامب أحداث السودان النيجر مانشستر سيتي الحرب الأوكرانية"
                    + " عام الاستدامة الملف النووي الإيراني روسيا أرمينيا أذربيجان", a.tagsRaw());
        }

        @Test
        void appendedArticleAndSimilarListKeptApart() {
            assertTrue(a.appendedArticle().startsWith("الكرملين: بوتين بحث هاتفيا مع رئيس الوزراء العراقي"));
            assertTrue(a.appendedArticle().endsWith("المصدر: RT"));
            assertEquals(10, a.similarArticles().size());
            assertEquals("شاهد | التوتر المتصاعد بين روسيا والغرب.. الصواريخ الأحدث تدخل المعركة",
                    a.similarArticles().get(0));
            assertEquals("الكرملين: بوتين بحث هاتفيا مع رئيس الوزراء العراقي التوتر في الشرق الأوسط",
                    a.similarArticles().get(9), "the last bullet runs into the end of file");
            assertEquals(List.of(), a.relatedHeadlines());
        }
    }

    @Test
    void seed001TitleDateAndSingleNewlineParagraphs() {
        Article a = parse(Seeds.S001);
        assertNull(a.site());
        assertNull(a.crawledAt());
        assertEquals("موسكو: ندعم رغبة باكو ويريفان في إبرام معاهدة السلام", a.title());
        assertEquals(Instant.parse("2023-12-27T00:00:00Z"), a.publishedAt());
        assertEquals(DateSource.PUBLISHED, a.dateSource());
        assertEquals(List.of("بوابة الوفد"), a.sources());
        assertEquals(6, a.paragraphs().size());
        assertTrue(a.paragraphs().get(0).startsWith("قال المتحدث باسم الرئاسة الروسية"));
        assertTrue(a.paragraphs().get(5).startsWith("وفي 20 سبتمبر، أعلنت وزارة الدفاع الأذرية"));
        assertEquals("موسكو ندعم رغبة باكو ويريفان إبرام معاهدة السلام", a.tagsRaw());
        assertTrue(a.appendedArticle().startsWith("وزير الخارجية التركي: الاستقرار في العراق"));
        assertEquals(List.of(), a.similarArticles());
    }

    @Test
    void seed002NoTitleNoDateAndAnUnmarkedHeadlineLine() {
        Article a = parse(Seeds.S002);
        assertNull(a.title());
        assertNull(a.publishedAt(), "5 يونيو in the body is not a publication date");
        assertEquals(DateSource.NONE, a.dateSource());
        assertEquals(List.of("بوابة الوفد"), a.sources());
        assertEquals(List.of("روسيا ترحب برغبة تركيا في الانضمام إلى البريكس أرمينيا تتجنب التواصل مع روسيا"
                + " على مستوى وزارتي الخارجية والدفاع"), a.relatedHeadlines());
        assertTrue(a.paragraphs().get(0).startsWith("صرح نائب وزير الخارجية الروسي ميخائيل جالوزين"));
        assertEquals(10, a.paragraphs().size(), "the no-break-space line is blank");
        assertEquals("روسيا أرمينيا أذربيجان وزير الخارجية الروسي القوقاز أرمينيا وأذربيجان موسكو", a.tagsRaw());
        assertTrue(a.appendedArticle().startsWith("دور محوري للسعودية في تقريب وجهات النظر"));
        assertEquals(10, a.similarArticles().size());
    }

    @Test
    void seed003ReadAlsoGluedToItsHeadlineAndTwoUnmarkedOnes() {
        Article a = parse(Seeds.S003);
        assertEquals("الكرملين: نرفض الانتقادات الموجهة إلى قوة حفظ السلام في كاراباخ", a.title());
        assertEquals(Instant.parse("2023-09-25T00:00:00Z"), a.publishedAt());
        assertEquals(List.of("الأسبوع"), a.sources());
        assertEquals(List.of(
                "الخارجية الروسية: موسكو لم تعلم بالعملية العسكرية الأذربيجانية إلا قبلها بدقائق",
                "الخارجية الروسية تعرب عن قلقها بشأن الأوضاع السياسية في إقليم «كاراباخ»",
                "رئيس أذربيجان: هناك إشارات لتطبيع العلاقات مع أرمينيا"), a.relatedHeadlines());
        assertEquals(5, a.paragraphs().size());
        assertTrue(a.paragraphs().get(4).startsWith("يذكر أن، السلطات الأذربيجانية"));
        assertTrue(a.tagsRaw().endsWith("القوات الاذربيجانية فی إقلیم"));
        assertTrue(a.appendedArticle().startsWith("بشأن العقوبات على روسيا.. ماكرون"));
    }

    @Test
    void seed004TwoSourceLinesInPageOrderAndReadMore() {
        Article a = parse(Seeds.S004);
        assertNull(a.title());
        assertNull(a.publishedAt());
        assertEquals(List.of("نوفوستي", "RT Arabic"), a.sources());
        assertEquals(List.of("باكو توافق على فتح متزامن لطريقين إلى قره باغ وأول شحنة مساعدات روسية تصل الإقليم"),
                a.relatedHeadlines());
        assertEquals(5, a.paragraphs().size());
        assertTrue(a.paragraphs().get(0).startsWith("أعرب متحدث الكرملين دميتري بيسكوف"));
        assertEquals("كورونا الكرملين باكو دميتري بيسكوف يريفان", a.tagsRaw());
        assertTrue(a.appendedArticle().startsWith("ماسك يعرب عن استيائه"));
        assertFalse(a.body().contains("ماسك"));
        assertEquals(10, a.similarArticles().size());
    }
}
