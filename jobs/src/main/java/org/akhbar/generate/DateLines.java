package org.akhbar.generate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.chrono.HijrahDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** Writes a publication instant the way one {@link DateVariant} does, so that it reads back as the same UTC day. */
final class DateLines {
    static final String LABEL = "تاريخ النشر: ";

    private static final List<String> EGYPTIAN = List.of("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو",
            "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر");
    private static final List<String> LEVANTINE = List.of("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران",
            "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول");
    private static final List<String> ALGERIAN = List.of("جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية",
            "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر");
    private static final List<String> MOROCCAN = List.of("يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز",
            "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر");
    private static final List<String> HIJRI_MONTHS = List.of("محرم", "صفر", "ربيع الأول", "ربيع الآخر",
            "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة");
    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");
    private static final ZoneOffset GULF = ZoneOffset.ofHours(3);

    private DateLines() {
    }

    /** The text after the label; {@code crawled} is the page's crawl stamp (only relative variants use it). */
    static String text(DateVariant variant, Instant published, Instant crawled, SplittableRandom random) {
        LocalDateTime t = LocalDateTime.ofInstant(published, ZoneOffset.UTC);
        int d = t.getDayOfMonth();
        int m = t.getMonthValue() - 1;
        int y = t.getYear();
        return switch (variant) {
            case ENGLISH_ORDINAL -> d + ordinalSuffix(d) + ", "
                    + t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + y + " GMT";
            case ARABIC_EGYPTIAN -> Templates.WEEKDAYS.get(t.getDayOfWeek().ordinal()) + " " + d + " " + EGYPTIAN.get(m)
                    + " " + y + " - " + t.format(HOUR_MINUTE);
            case ARABIC_LEVANTINE -> d + " " + LEVANTINE.get(m) + " " + y;
            case ARABIC_MAGHREBI -> random.nextBoolean()
                    ? String.format(Locale.ROOT, "%02d %s %d على الساعة %s", d, ALGERIAN.get(m), y, t.format(HOUR_MINUTE))
                    : String.format(Locale.ROOT, "%02d %s %d", d, MOROCCAN.get(m), y);
            case EASTERN_DIGITS -> eastern(d + " " + EGYPTIAN.get(m) + " " + y);
            case ISO -> published.atOffset(GULF).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            case NUMERIC_DAY_FIRST -> String.format(Locale.ROOT, "%02d/%02d/%d %s", d, m + 1, y, t.format(HOUR_MINUTE));
            case HIJRI -> hijri(HijrahDate.from(t.toLocalDate()));
            case RELATIVE_HOURS -> hoursAgo(Duration.between(published, crawled).toHours(), random);
            case YESTERDAY -> "أمس " + t.format(HOUR_MINUTE);
            case NONE -> throw new IllegalArgumentException("no date line");
        };
    }

    /** The crawl stamp a page gets: hours after publication for relative dates, else days to months later. */
    static Instant crawlStamp(DateVariant variant, Instant published, SplittableRandom random) {
        return switch (variant) {
            case RELATIVE_HOURS -> published.plus(Duration.ofHours(1 + random.nextInt(10)));
            case YESTERDAY -> LocalDateTime.ofInstant(published, ZoneOffset.UTC).toLocalDate().plusDays(1)
                    .atTime(random.nextInt(24), random.nextInt(60), random.nextInt(60)).toInstant(ZoneOffset.UTC);
            default -> published.plus(Duration.ofDays(random.nextInt(500))).plusSeconds(random.nextInt(86_400));
        };
    }

    private static String hoursAgo(long hours, SplittableRandom random) {
        if (hours == 1) {
            return "منذ ساعة";
        }
        if (hours == 2) {
            return "منذ ساعتين";
        }
        String count = random.nextBoolean() ? Long.toString(hours) : eastern(Long.toString(hours));
        return "منذ " + count + (hours <= 10 ? " ساعات" : " ساعة");
    }

    private static String hijri(HijrahDate date) {
        return date.get(ChronoField.DAY_OF_MONTH) + " " + HIJRI_MONTHS.get(date.get(ChronoField.MONTH_OF_YEAR) - 1)
                + " " + date.get(ChronoField.YEAR) + " هـ";
    }

    private static String ordinalSuffix(int day) {
        if (day >= 11 && day <= 13) {
            return "th";
        }
        return switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    static String eastern(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) ('٠' + (c - '0')) : c);
        }
        return out.toString();
    }
}
