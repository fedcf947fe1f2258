package org.akhbar.article;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublishDateParserTest {

    /** The crawl instant used for relative expressions: Thursday 7 September 2023, 12:34:56 UTC. */
    private static final Instant CRAWLED_AT = Instant.parse("2023-09-07T12:34:56Z");

    private static void assertParses(String input, String expectedUtc) {
        assertEquals(Optional.of(Instant.parse(expectedUtc)), PublishDateParser.parse(input, CRAWLED_AT),
            () -> "input: " + input);
    }

    private static void assertEmpty(String input, Instant base) {
        assertEquals(Optional.empty(), PublishDateParser.parse(input, base), () -> "input: " + input);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        7th, September 2023 GMT         | 2023-09-07T00:00:00Z
        27th, December 2023 GMT         | 2023-12-27T00:00:00Z
        1st, June 2024                  | 2024-06-01T00:00:00Z
        22nd, March 2022                | 2022-03-22T00:00:00Z
        3rd, May 2021                   | 2021-05-03T00:00:00Z
        September 7, 2023               | 2023-09-07T00:00:00Z
        September 7th, 2023             | 2023-09-07T00:00:00Z
        7 September 2023                | 2023-09-07T00:00:00Z
        Sep 7, 2023                     | 2023-09-07T00:00:00Z
        Sept. 7, 2023                   | 2023-09-07T00:00:00Z
        Thursday, 7 Sep 2023            | 2023-09-07T00:00:00Z
        SEPTEMBER 7, 2023               | 2023-09-07T00:00:00Z
        September 7, 2023 10:30         | 2023-09-07T10:30:00Z
        7 September 2023 10:30:15       | 2023-09-07T10:30:15Z
        Sep 7, 2023 10:30 PM            | 2023-09-07T22:30:00Z
        Sep 7, 2023 10:30 a.m.          | 2023-09-07T10:30:00Z
        Sep 7, 2023 12:05 AM            | 2023-09-07T00:05:00Z
        Sep 7, 2023 12:05 PM            | 2023-09-07T12:05:00Z
        7th, September 2023 10:30 GMT   | 2023-09-07T10:30:00Z
        7th, September 2023 10:30 UTC   | 2023-09-07T10:30:00Z
        Sep 7, 2023 10:30 GMT+3         | 2023-09-07T07:30:00Z
        Thu, 07 Sep 2023 10:30:00 +0300 | 2023-09-07T07:30:00Z
        10:30 PM, September 7, 2023     | 2023-09-07T22:30:00Z
        """)
    void readsEnglishDates(String input, String expectedUtc) {
        assertParses(input, expectedUtc);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        2023-09-07                      | 2023-09-07T00:00:00Z
        2023-09-07T10:15:30Z            | 2023-09-07T10:15:30Z
        2023-09-07T10:15:30+03:00       | 2023-09-07T07:15:30Z
        2023-09-07T01:15:30+03:00       | 2023-09-06T22:15:30Z
        2023-09-07T22:15:30-05:00       | 2023-09-08T03:15:30Z
        2023-09-07T10:15:30+0530        | 2023-09-07T04:45:30Z
        2023-09-07T10:15:30.123Z        | 2023-09-07T10:15:30.123Z
        2023-09-07 10:15:30             | 2023-09-07T10:15:30Z
        2023-09-07 10:15                | 2023-09-07T10:15:00Z
        2023/09/07                      | 2023-09-07T00:00:00Z
        2023.09.07                      | 2023-09-07T00:00:00Z
        07/09/2023                      | 2023-09-07T00:00:00Z
        7-9-2023                        | 2023-09-07T00:00:00Z
        7.9.2023                        | 2023-09-07T00:00:00Z
        31/12/2023                      | 2023-12-31T00:00:00Z
        07/09/2023 10:30                | 2023-09-07T10:30:00Z
        ٢٠٢٣-٠٩-٠٧                      | 2023-09-07T00:00:00Z
        ٠٧/٠٩/٢٠٢٣                      | 2023-09-07T00:00:00Z
        """)
    void readsIsoAndNumericDates(String input, String expectedUtc) {
        assertParses(input, expectedUtc);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        7 سبتمبر 2023                               | 2023-09-07T00:00:00Z
        الخميس 7 سبتمبر 2023 - 10:30 ص              | 2023-09-07T10:30:00Z
        الخميس 7 سبتمبر 2023 - 10:30 م              | 2023-09-07T22:30:00Z
        الخميس 7 سبتمبر 2023 - 10:30م               | 2023-09-07T22:30:00Z
        الخميس، 07 سبتمبر 2023 10:30 مساءً          | 2023-09-07T22:30:00Z
        الخميس، 07 سبتمبر 2023 10:30 صباحاً         | 2023-09-07T10:30:00Z
        الخميس، 07 سبتمبر 2023 10:30 صباحا          | 2023-09-07T10:30:00Z
        الخميس 7 سبتمبر 2023 الساعة 10:30 بعد الظهر | 2023-09-07T22:30:00Z
        7 سبتمبر 2023 10:30 بتوقيت غرينتش           | 2023-09-07T10:30:00Z
        10:30 م، الخميس 7 سبتمبر 2023               | 2023-09-07T22:30:00Z
        7 أيلول 2023                                | 2023-09-07T00:00:00Z
        ٧ سبتمبر ٢٠٢٣                               | 2023-09-07T00:00:00Z
        ۷ سپتامبر ۲۰۲۳                              | 2023-09-07T00:00:00Z
        ۷ سبتمبر ۲۰۲۳                               | 2023-09-07T00:00:00Z
        ٧ سبتمبر ٢٠٢٣ - ١٠:٣٠ م                     | 2023-09-07T22:30:00Z
        7 سبتمبر 2023م                              | 2023-09-07T00:00:00Z
        الخميس 7 سبتمبر 2023 م                      | 2023-09-07T00:00:00Z
        الخميس 7 سبتمبر 2023م - الساعة 10:30        | 2023-09-07T10:30:00Z
        7 أيلول (سبتمبر) 2023                       | 2023-09-07T00:00:00Z
        7 سبتمبر (أيلول) 2023                       | 2023-09-07T00:00:00Z
        15 حزيران/يونيو 2023                        | 2023-06-15T00:00:00Z
        15 يونيو / حزيران 2023                      | 2023-06-15T00:00:00Z
        15 جوان - يونيو 2023                        | 2023-06-15T00:00:00Z
        """)
    void readsArabicPageFormats(String input, String expectedUtc) {
        assertParses(input, expectedUtc);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        1 يناير 2023    | 2023-01-01T00:00:00Z
        1 فبراير 2023   | 2023-02-01T00:00:00Z
        1 مارس 2023     | 2023-03-01T00:00:00Z
        1 أبريل 2023    | 2023-04-01T00:00:00Z
        1 ابريل 2023    | 2023-04-01T00:00:00Z
        1 إبريل 2023    | 2023-04-01T00:00:00Z
        1 مايو 2023     | 2023-05-01T00:00:00Z
        1 يونيو 2023    | 2023-06-01T00:00:00Z
        1 يونيه 2023    | 2023-06-01T00:00:00Z
        1 يوليو 2023    | 2023-07-01T00:00:00Z
        1 يوليه 2023    | 2023-07-01T00:00:00Z
        1 أغسطس 2023    | 2023-08-01T00:00:00Z
        1 اغسطس 2023    | 2023-08-01T00:00:00Z
        1 سبتمبر 2023   | 2023-09-01T00:00:00Z
        1 أكتوبر 2023   | 2023-10-01T00:00:00Z
        1 اكتوبر 2023   | 2023-10-01T00:00:00Z
        1 نوفمبر 2023   | 2023-11-01T00:00:00Z
        1 ديسمبر 2023   | 2023-12-01T00:00:00Z
        """)
    void readsEgyptianAndGulfMonthNames(String input, String expectedUtc) {
        assertParses(input, expectedUtc);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        1 كانون الثاني 2023 | 2023-01-01T00:00:00Z
        1 كانون ثاني 2023   | 2023-01-01T00:00:00Z
        1 شباط 2023         | 2023-02-01T00:00:00Z
        1 آذار 2023         | 2023-03-01T00:00:00Z
        1 اذار 2023         | 2023-03-01T00:00:00Z
        1 نيسان 2023        | 2023-04-01T00:00:00Z
        1 أيار 2023         | 2023-05-01T00:00:00Z
        1 حزيران 2023       | 2023-06-01T00:00:00Z
        1 تموز 2023         | 2023-07-01T00:00:00Z
        1 آب 2023           | 2023-08-01T00:00:00Z
        1 أيلول 2023        | 2023-09-01T00:00:00Z
        1 تشرين الأول 2023  | 2023-10-01T00:00:00Z
        1 تشرين الثاني 2023 | 2023-11-01T00:00:00Z
        1 كانون الأول 2023  | 2023-12-01T00:00:00Z
        1 كانون الاول 2023  | 2023-12-01T00:00:00Z
        """)
    void readsLevantineMonthNames(String input, String expectedUtc) {
        assertParses(input, expectedUtc);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        1 جانفي 2023    | 2023-01-01T00:00:00Z
        1 فيفري 2023    | 2023-02-01T00:00:00Z
        1 مارس 2023     | 2023-03-01T00:00:00Z
        1 أفريل 2023    | 2023-04-01T00:00:00Z
        1 ماي 2023      | 2023-05-01T00:00:00Z
        1 جوان 2023     | 2023-06-01T00:00:00Z
        1 جويلية 2023   | 2023-07-01T00:00:00Z
        1 أوت 2023      | 2023-08-01T00:00:00Z
        1 سبتمبر 2023   | 2023-09-01T00:00:00Z
        1 أكتوبر 2023   | 2023-10-01T00:00:00Z
        1 نوفمبر 2023   | 2023-11-01T00:00:00Z
        1 ديسمبر 2023   | 2023-12-01T00:00:00Z
        1 يوليوز 2023   | 2023-07-01T00:00:00Z
        1 غشت 2023      | 2023-08-01T00:00:00Z
        1 شتنبر 2023    | 2023-09-01T00:00:00Z
        1 نونبر 2023    | 2023-11-01T00:00:00Z
        1 دجنبر 2023    | 2023-12-01T00:00:00Z
        1 الفاتح 2023   | 2023-09-01T00:00:00Z
        1 أي النار 2023 | 2023-01-01T00:00:00Z
        """)
    void readsMaghrebiMoroccanAndLibyanMonthNames(String input, String expectedUtc) {
        assertParses(input, expectedUtc);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        7 سـبـتـمـبـر 2023   | 2023-09-07T00:00:00Z
        7 سَبْتَمْبَر 2023      | 2023-09-07T00:00:00Z
        1 جويليّة 2023       | 2023-07-01T00:00:00Z
        1 جويليه 2023        | 2023-07-01T00:00:00Z
        1 دیسمبر 2023        | 2023-12-01T00:00:00Z
        1 اکتوبر 2023        | 2023-10-01T00:00:00Z
        1 ٱب 2023            | 2023-08-01T00:00:00Z
        ‏7 سبتمبر 2023‏       | 2023-09-07T00:00:00Z
        7 ﺳﺒﺘﻤﺒﺮ 2023         | 2023-09-07T00:00:00Z
        """)
    void ignoresDiacriticsTatweelAndLetterVariants(String input, String expectedUtc) {
        assertParses(input, expectedUtc);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        22 صفر 1445 هـ                         | 2023-09-07T00:00:00Z
        22 صفر 1445                            | 2023-09-07T00:00:00Z
        22 صفر 1445هـ                          | 2023-09-07T00:00:00Z
        ٢٢ صفر ١٤٤٥ هـ                         | 2023-09-07T00:00:00Z
        22 صفر 1445 هـ - 10:30 ص               | 2023-09-07T10:30:00Z
        1 محرم 1445                            | 2023-07-19T00:00:00Z
        1 المحرم 1445                          | 2023-07-19T00:00:00Z
        30 صفر 1445                            | 2023-09-15T00:00:00Z
        1 ربيع الأول 1445                      | 2023-09-16T00:00:00Z
        1 ربيع الآخر 1445                      | 2023-10-16T00:00:00Z
        1 ربيع الثاني 1445                     | 2023-10-16T00:00:00Z
        1 جمادى الأولى 1445                    | 2023-11-15T00:00:00Z
        1 جمادى الأول 1445                     | 2023-11-15T00:00:00Z
        1 جمادى الآخرة 1445                    | 2023-12-14T00:00:00Z
        1 جمادى الثانية 1445                   | 2023-12-14T00:00:00Z
        1 جمادى الآخر 1445                     | 2023-12-14T00:00:00Z
        1 جمادي الاخره 1445                    | 2023-12-14T00:00:00Z
        1 رجب 1445                             | 2024-01-13T00:00:00Z
        1 شعبان 1445                           | 2024-02-11T00:00:00Z
        1 رمضان 1445 هـ                        | 2024-03-11T00:00:00Z
        1 شوال 1445 هـ                         | 2024-04-10T00:00:00Z
        1 ذو القعدة 1445                       | 2024-05-09T00:00:00Z
        1 ذي القعدة 1445                       | 2024-05-09T00:00:00Z
        1 ذو الحجة 1445                        | 2024-06-07T00:00:00Z
        10 ذي الحجة 1445 هـ                    | 2024-06-16T00:00:00Z
        10 ذو الحجة 1444 هـ                    | 2023-06-28T00:00:00Z
        """)
    void readsHijriDatesInUmmAlQura(String input, String expectedUtc) {
        assertParses(input, expectedUtc);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        الخميس 22 صفر 1445 هـ - 7 سبتمبر 2023 م         | 2023-09-07T00:00:00Z
        الجمعة 22 صفر 1445 هـ - 8 سبتمبر 2023 م         | 2023-09-08T00:00:00Z
        8 سبتمبر 2023 م الموافق 22 صفر 1445 هـ          | 2023-09-08T00:00:00Z
        22 صفر 1445 هـ - 8 سبتمبر 2023 م - 10:30 م      | 2023-09-08T22:30:00Z
        """)
    void prefersGregorianOverHijriInTheSameText(String input, String expectedUtc) {
        assertParses(input, expectedUtc);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        منذ ساعتين          | 2023-09-07T10:34:56Z
        منذ ساعة            | 2023-09-07T11:34:56Z
        منذ 3 ساعات         | 2023-09-07T09:34:56Z
        منذ ٣ ساعات         | 2023-09-07T09:34:56Z
        منذ دقيقة           | 2023-09-07T12:33:56Z
        منذ دقيقتين         | 2023-09-07T12:32:56Z
        منذ 5 دقائق         | 2023-09-07T12:29:56Z
        منذ ۵ دقائق         | 2023-09-07T12:29:56Z
        منذ 15 دقيقة        | 2023-09-07T12:19:56Z
        منذ 30 ثانية        | 2023-09-07T12:34:26Z
        منذ يوم             | 2023-09-06T12:34:56Z
        منذ يومين           | 2023-09-05T12:34:56Z
        منذ 3 أيام          | 2023-09-04T12:34:56Z
        منذ أسبوع           | 2023-08-31T12:34:56Z
        منذ أسبوعين         | 2023-08-24T12:34:56Z
        منذ 3 أسابيع        | 2023-08-17T12:34:56Z
        قبل ساعتين          | 2023-09-07T10:34:56Z
        نشر قبل 2 ساعة      | 2023-09-07T10:34:56Z
        منذ حوالي ساعة      | 2023-09-07T11:34:56Z
        أمس                 | 2023-09-06T00:00:00Z
        امس                 | 2023-09-06T00:00:00Z
        إمس                 | 2023-09-06T00:00:00Z
        الأمس               | 2023-09-06T00:00:00Z
        بالأمس              | 2023-09-06T00:00:00Z
        أمس 10:30 م         | 2023-09-06T22:30:00Z
        أول أمس             | 2023-09-05T00:00:00Z
        أول من أمس          | 2023-09-05T00:00:00Z
        اليوم               | 2023-09-07T00:00:00Z
        اليوم 08:15 ص       | 2023-09-07T08:15:00Z
        """)
    void resolvesRelativeExpressionsAgainstTheCrawlInstant(String input, String expectedUtc) {
        assertParses(input, expectedUtc);
    }

    @Test
    void relativeDayWordsUseTheUtcDayOfTheCrawlInstant() {
        Instant justAfterMidnight = Instant.parse("2024-03-01T00:10:00Z");
        assertEquals(Optional.of(Instant.parse("2024-02-29T00:00:00Z")),
            PublishDateParser.parse("أمس", justAfterMidnight));
        assertEquals(Optional.of(Instant.parse("2024-03-01T00:00:00Z")),
            PublishDateParser.parse("اليوم", justAfterMidnight));
        assertEquals(Optional.of(Instant.parse("2024-02-29T23:10:00Z")),
            PublishDateParser.parse("منذ ساعة", justAfterMidnight));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"منذ ساعتين", "منذ 5 دقائق", "منذ يومين", "منذ أسبوع", "قبل ساعة", "أمس", "اليوم",
        "أمس 10:30 م"})
    void relativeExpressionsNeedACrawlInstant(String input) {
        assertEmpty(input, null);
    }

    @Test
    void absoluteDatesDoNotNeedACrawlInstant() {
        assertEquals(Optional.of(Instant.parse("2023-09-07T00:00:00Z")), PublishDateParser.parse("7 سبتمبر 2023", null));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {
        "", "   ", "abc", "تاريخ النشر", "لا يوجد", "2023", "سبتمبر 2023", "7 سبتمبر", "September 7",
        "31 February 2023", "30 فبراير 2024", "2023-02-31", "2023-02-29", "2023-13-01", "2023-00-10",
        "31/02/2023", "13/13/2023", "09/27/2023", "32 سبتمبر 2023", "0 سبتمبر 2023",
        "7 سبتمبر 1899", "7 سبتمبر 2101", "1850-01-01", "2101-01-01", "7th, September 3023 GMT",
        "2023-09-07T25:00:00Z", "2023-09-07T10:61:00Z", "2023-09-07T10:15:30+19:00", "Sep 7, 2023 13:30 AM",
        "7 أيلول (أكتوبر) 2023", "30 محرم 1445", "31 صفر 1445", "1 محرم 1200", "22/02/1445",
        "منذ ساعات", "منذ أيام", "منذ ساعتين ونصف", "منذ ساعة و 30 دقيقة", "منذ قليل", "10:30", "الخامس من سبتمبر", "صفر"})
    void returnsEmptyForGarbageAndImpossibleDates(String input) {
        assertEmpty(input, CRAWLED_AT);
    }

    @Test
    void returnsEmptyForNull() {
        assertEmpty(null, CRAWLED_AT);
        assertEmpty(null, null);
    }

    @Test
    void readsTheDateAtTheStartOfAVeryLongText() {
        String page = "7 سبتمبر 2023 " + "نص الخبر ".repeat(100_000);
        assertParses(page, "2023-09-07T00:00:00Z");
    }

    @Test
    void neverThrowsOnRandomInput() {
        Random random = new Random(7_09_2023L);
        String alphabet = "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹ :/-.,،()+TZtzhـًٌٍَُِّْ"
            + "منذقبلساعةدقيقةيومأمساليومسبتمبرأيلولكانونالثانيصفرربيعالأولجمادىذوالحجةهـمصAPMGTth";
        for (int i = 0; i < 10_000; i++) {
            String input = randomInput(random, alphabet);
            assertDoesNotThrow(() -> assertNotNull(PublishDateParser.parse(input, CRAWLED_AT)),
                () -> "input: " + input);
        }
    }

    private static String randomInput(Random random, String alphabet) {
        int length = random.nextInt(60);
        switch (random.nextInt(3)) {
            case 0 -> {
                StringBuilder text = new StringBuilder(length);
                for (int i = 0; i < length; i++) {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                return text.toString();
            }
            case 1 -> {
                byte[] bytes = new byte[length];
                random.nextBytes(bytes);
                return new String(bytes, StandardCharsets.UTF_8);
            }
            default -> {
                char[] chars = new char[length];
                for (int i = 0; i < length; i++) {
                    chars[i] = (char) random.nextInt(Character.MAX_VALUE + 1);
                }
                return new String(chars);
            }
        }
    }
}
