package org.akhbar.article;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.chrono.HijrahDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.akhbar.arabic.ArabicDigits;

/**
 * Reads the publication date of a crawled news page: English, ISO/numeric, Arabic (Egyptian/Gulf,
 * Levantine, Maghrebi, Libyan month names), Hijri (Umm al-Qura) and Arabic relative expressions.
 *
 * <p>All matching happens on a normalised copy of the input: digits folded to ASCII, tashkeel,
 * tatweel and format characters removed, letter variants (hamza forms of alef, teh marbuta,
 * alef maksura, Persian yeh and keheh) folded, lower-cased and whitespace collapsed. Month tables
 * and the Arabic words inside the patterns are therefore written in that normalised form.
 */
public final class PublishDateParser {

    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2100;
    /** Date fields are short; the cap bounds the regex work a pathological input can cause. */
    private static final int MAX_INPUT_LENGTH = 1_000;
    /** How far (in non-digit characters) a time of day may sit from its date, e.g. " - الساعة ". */
    private static final int MAX_TIME_GAP = 30;

    // Declared before the month tables: building them runs normalise().
    private static final Pattern IGNORABLE = Pattern.compile("[\\p{Mn}\\p{Cf}\\u0640]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    /** Index i holds the names of month i + 1; spellings are normalised when the table is built. */
    private static final String[][] GREGORIAN_MONTH_NAMES = {
        {"january", "jan", "يناير", "كانون الثاني", "كانون ثاني", "جانفي", "ژانویه", "أي النار"},
        {"february", "feb", "فبراير", "شباط", "فيفري", "فوریه", "النوار"},
        {"march", "mar", "مارس", "آذار", "الربيع"},
        {"april", "apr", "أبريل", "نيسان", "أفريل", "آوریل", "الطير"},
        {"may", "مايو", "أيار", "ماي", "مه", "الماء"},
        {"june", "jun", "يونيو", "يونيه", "حزيران", "جوان", "ژوئن", "الصيف"},
        {"july", "jul", "يوليو", "يوليه", "تموز", "جويلية", "يوليوز", "ژوئیه", "ناصر"},
        {"august", "aug", "أغسطس", "آب", "أوت", "غشت", "هانيبال"},
        {"september", "sept", "sep", "سبتمبر", "أيلول", "شتنبر", "سپتامبر", "الفاتح"},
        {"october", "oct", "أكتوبر", "تشرين الأول", "تشرين أول", "اکتبر", "التمور"},
        {"november", "nov", "نوفمبر", "تشرين الثاني", "تشرين ثاني", "نونبر", "نوامبر", "الحرث"},
        {"december", "dec", "ديسمبر", "كانون الأول", "كانون أول", "دجنبر", "دسامبر", "الكانون"},
    };

    private static final String[][] HIJRI_MONTH_NAMES = {
        {"محرم", "المحرم"},
        {"صفر"},
        {"ربيع الأول", "ربيع أول"},
        {"ربيع الآخر", "ربيع آخر", "ربيع الثاني", "ربيع ثاني"},
        {"جمادى الأولى", "جمادى الأول", "جمادى أولى"},
        {"جمادى الآخرة", "جمادى الآخر", "جمادى الثانية", "جمادى الثاني", "جمادى آخرة", "جمادى ثاني"},
        {"رجب"},
        {"شعبان"},
        {"رمضان"},
        {"شوال"},
        {"ذو القعدة", "ذي القعدة", "ذوالقعدة"},
        {"ذو الحجة", "ذي الحجة", "ذوالحجة"},
    };

    private static final Map<String, Integer> GREGORIAN_MONTHS = monthTable(GREGORIAN_MONTH_NAMES);
    private static final Map<String, Integer> HIJRI_MONTHS = monthTable(HIJRI_MONTH_NAMES);

    /**
     * One step per unit; impliedCount is what a bare singular (1) or dual (2) means, and 0 marks a
     * plural that carries no count of its own ("منذ ساعات" = "hours ago" cannot be resolved).
     */
    private record RelativeUnit(Duration step, int impliedCount) {
    }

    private static final Map<String, RelativeUnit> RELATIVE_UNITS = Map.ofEntries(
        Map.entry("ثانيه", new RelativeUnit(Duration.ofSeconds(1), 1)),
        Map.entry("ثانيتين", new RelativeUnit(Duration.ofSeconds(1), 2)),
        Map.entry("ثانيتان", new RelativeUnit(Duration.ofSeconds(1), 2)),
        Map.entry("ثوان", new RelativeUnit(Duration.ofSeconds(1), 0)),
        Map.entry("ثواني", new RelativeUnit(Duration.ofSeconds(1), 0)),
        Map.entry("دقيقه", new RelativeUnit(Duration.ofMinutes(1), 1)),
        Map.entry("دقيقتين", new RelativeUnit(Duration.ofMinutes(1), 2)),
        Map.entry("دقيقتان", new RelativeUnit(Duration.ofMinutes(1), 2)),
        Map.entry("دقائق", new RelativeUnit(Duration.ofMinutes(1), 0)),
        Map.entry("دقايق", new RelativeUnit(Duration.ofMinutes(1), 0)),
        Map.entry("ساعه", new RelativeUnit(Duration.ofHours(1), 1)),
        Map.entry("ساعتين", new RelativeUnit(Duration.ofHours(1), 2)),
        Map.entry("ساعتان", new RelativeUnit(Duration.ofHours(1), 2)),
        Map.entry("ساعات", new RelativeUnit(Duration.ofHours(1), 0)),
        Map.entry("يوم", new RelativeUnit(Duration.ofDays(1), 1)),
        Map.entry("يومين", new RelativeUnit(Duration.ofDays(1), 2)),
        Map.entry("يومان", new RelativeUnit(Duration.ofDays(1), 2)),
        Map.entry("ايام", new RelativeUnit(Duration.ofDays(1), 0)),
        Map.entry("اسبوع", new RelativeUnit(Duration.ofDays(7), 1)),
        Map.entry("اسبوعين", new RelativeUnit(Duration.ofDays(7), 2)),
        Map.entry("اسبوعان", new RelativeUnit(Duration.ofDays(7), 2)),
        Map.entry("اسابيع", new RelativeUnit(Duration.ofDays(7), 0)));

    private static final String SEPARATORS = "[\\s,.،/|\\-–—]*";
    private static final String DAY = "(?<!\\d)(?<d>\\d{1,2})(?!\\d)(?:st|nd|rd|th)?";
    private static final String YEAR = "(?<y>\\d{4})(?!\\d)";

    private static final Pattern NUMERIC_YMD =
        Pattern.compile("(?<!\\d)(?<y>\\d{4})(?<sep>[-/.])(?<m>\\d{1,2})\\k<sep>(?<d>\\d{1,2})(?!\\d)");
    private static final Pattern NUMERIC_DMY =
        Pattern.compile("(?<!\\d)(?<d>\\d{1,2})(?<sep>[-/.])(?<m>\\d{1,2})\\k<sep>(?<y>\\d{4})(?!\\d)");
    private static final Pattern TEXT_DMY =
        Pattern.compile(DAY + SEPARATORS + monthExpression(GREGORIAN_MONTHS) + SEPARATORS + YEAR);
    private static final Pattern TEXT_MDY =
        Pattern.compile(monthExpression(GREGORIAN_MONTHS) + SEPARATORS + DAY + SEPARATORS + YEAR);
    private static final Pattern HIJRI_DMY =
        Pattern.compile(DAY + SEPARATORS + monthExpression(HIJRI_MONTHS) + SEPARATORS + YEAR);

    // A lone "م" is PM only directly after a time; after a year ("2023م") it means Gregorian/AD and
    // no pattern reads it there.
    private static final String TIME = "(?<!\\d)(?<h>\\d{1,2}):(?<mi>\\d{2})"
        + "(?::(?<s>\\d{2})(?:\\.(?<f>\\d{1,9}))?)?(?!\\d)"
        + "(?:\\s*(?:(?<am>a\\.?m\\.?|صباحا|صباح|ص|قبل الظهر|فجرا)"
        + "|(?<pm>p\\.?m\\.?|مساءا|مساء|م|بعد الظهر))(?!\\p{L}))?"
        // A sign counts as an offset only after GMT/UTC or when digits follow it directly (two-digit
        // hours), so that the dash in "10:30 - 7 سبتمبر" is not read as an offset of -7 hours.
        + "(?:(?:\\s*(?:gmt|utc)\\s*(?<gs>[+-])(?<gh>\\d{1,2})|\\s?(?<os>[+-])(?<oh>\\d{2}))"
        + "(?::?(?<om>\\d{2}))?(?!\\d))?";
    private static final Pattern TIME_AFTER_DATE = Pattern.compile("[^0-9]{0," + MAX_TIME_GAP + "}?" + TIME);
    private static final Pattern TIME_BEFORE_DATE = Pattern.compile(TIME + "[^0-9]{0," + MAX_TIME_GAP + "}$");

    private static final Pattern RELATIVE_AGO = Pattern.compile(
        "(?<!\\p{L})(?:منذ|قبل)\\s*(?:(?:حوالي|نحو|قرابه)\\s*)?(?<n>\\d{1,4})?\\s*(?<unit>"
            + alternation(RELATIVE_UNITS.keySet()) + ")(?!\\p{L})"
            // "ساعتين ونصف", "ساعة و 30 دقيقة": a compound we do not add up must not pass as its first part.
            + "(?!\\s?و\\s?(?:نصف|ربع|ثلث|\\d))");
    private static final Pattern YESTERDAY =
        Pattern.compile("(?<!\\p{L})(?<dayBefore>اول\\s(?:من\\s)?)?(?:ب?ال)?امس(?!\\p{L})");
    private static final Pattern TODAY = Pattern.compile("(?<!\\p{L})اليوم(?!\\p{L})");

    private PublishDateParser() {
    }

    /** A date found in the text, or a null date where the text looked like one but was impossible. */
    private record Candidate(LocalDate date, int start, int end) {
    }

    /**
     * Parses a publication-date text, e.g. what follows "تاريخ النشر:" on a page or a date field of a
     * JSON export.
     *
     * @param raw          the date text; may be null
     * @param relativeBase the crawl instant, used to resolve relative expressions; may be null, then
     *                     relative ones give empty
     * @return the instant (UTC), or empty when no date can be read; never throws, never invents a date
     */
    public static Optional<Instant> parse(String raw, Instant relativeBase) {
        if (raw == null) {
            return Optional.empty();
        }
        try {
            String text = normalise(raw.length() > MAX_INPUT_LENGTH ? raw.substring(0, MAX_INPUT_LENGTH) : raw);
            // Gregorian first: pages showing both calendars derive the Hijri one, often off by a day.
            Optional<Instant> absolute = firstResolvable(text, gregorianCandidates(text));
            if (absolute.isEmpty()) {
                absolute = firstResolvable(text, hijriCandidates(text));
            }
            return absolute.isPresent() ? absolute : relative(text, relativeBase);
        } catch (RuntimeException e) {
            // The contract is "empty, never an exception" for whatever a crawler hands us.
            return Optional.empty();
        }
    }

    private static String normalise(String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        s = ArabicDigits.toAscii(s);
        s = IGNORABLE.matcher(s).replaceAll("");
        s = foldLetters(s).toLowerCase(Locale.ROOT);
        return SPACES.matcher(s).replaceAll(" ").trim();
    }

    private static String foldLetters(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            out.append(foldLetter(s.charAt(i)));
        }
        return out.toString();
    }

    private static char foldLetter(char c) {
        return switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
            case 'ة', 'ە' -> 'ه';
            case 'ى', 'ی' -> 'ي';
            case 'ک' -> 'ك';
            default -> c;
        };
    }

    private static Map<String, Integer> monthTable(String[][] namesByMonth) {
        Map<String, Integer> table = new HashMap<>();
        for (int i = 0; i < namesByMonth.length; i++) {
            for (String name : namesByMonth[i]) {
                Integer previous = table.put(normalise(name), i + 1);
                if (previous != null && previous != i + 1) {
                    throw new IllegalStateException("Month name for two months: " + name);
                }
            }
        }
        return Map.copyOf(table);
    }

    /** Longest names first, so that "جمادي الاولي" wins over "جمادي الاول" and "sept" over "sep". */
    private static String alternation(Collection<String> words) {
        return words.stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .map(Pattern::quote)
            .collect(Collectors.joining("|"));
    }

    /** A month name, optionally followed by a second spelling: "حزيران/يونيو", "ايلول (سبتمبر)". */
    private static String monthExpression(Map<String, Integer> table) {
        String names = alternation(table.keySet());
        return "(?<!\\p{L})(?<m1>" + names + ")(?!\\p{L})"
            + "(?:\\s*[/(\\-–]\\s*(?<m2>" + names + ")(?!\\p{L})\\s*\\)?)?";
    }

    private static List<Candidate> gregorianCandidates(String text) {
        List<Candidate> found = new ArrayList<>();
        collect(found, NUMERIC_YMD.matcher(text), m -> gregorian(number(m, "y"), number(m, "m"), number(m, "d")));
        collect(found, NUMERIC_DMY.matcher(text), m -> gregorian(number(m, "y"), number(m, "m"), number(m, "d")));
        collect(found, TEXT_DMY.matcher(text),
            m -> gregorian(number(m, "y"), month(GREGORIAN_MONTHS, m), number(m, "d")));
        collect(found, TEXT_MDY.matcher(text),
            m -> gregorian(number(m, "y"), month(GREGORIAN_MONTHS, m), number(m, "d")));
        found.sort(Comparator.comparingInt(Candidate::start));
        return found;
    }

    private static List<Candidate> hijriCandidates(String text) {
        List<Candidate> found = new ArrayList<>();
        collect(found, HIJRI_DMY.matcher(text), m -> hijri(number(m, "y"), month(HIJRI_MONTHS, m), number(m, "d")));
        return found;
    }

    private static void collect(List<Candidate> into, Matcher m, Function<Matcher, LocalDate> toDate) {
        while (m.find()) {
            into.add(new Candidate(toDate.apply(m), m.start(), m.end()));
        }
    }

    private static int number(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
    }

    /** The month number, or 0 when the name is unknown or a second spelling names another month. */
    private static int month(Map<String, Integer> table, Matcher m) {
        int first = table.getOrDefault(m.group("m1"), 0);
        String second = m.group("m2");
        return second == null || table.getOrDefault(second, 0) == first ? first : 0;
    }

    private static LocalDate gregorian(int year, int month, int day) {
        try {
            return inRange(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDate hijri(int year, int month, int day) {
        try {
            return inRange(LocalDate.from(HijrahDate.of(year, month, day)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDate inRange(LocalDate date) {
        return date.getYear() >= MIN_YEAR && date.getYear() <= MAX_YEAR ? date : null;
    }

    private static Optional<Instant> firstResolvable(String text, List<Candidate> candidates) {
        for (Candidate candidate : candidates) {
            if (candidate.date() != null) {
                Optional<Instant> instant = withTimeOfDay(text, candidate);
                if (instant.isPresent()) {
                    return instant;
                }
            }
        }
        return Optional.empty();
    }

    /** Adds the time written next to the date (after it, else before it); midnight UTC if none. */
    private static Optional<Instant> withTimeOfDay(String text, Candidate candidate) {
        Matcher after = TIME_AFTER_DATE.matcher(text).region(candidate.end(), text.length());
        if (after.lookingAt()) {
            return atTime(candidate.date(), after);
        }
        Matcher before = TIME_BEFORE_DATE.matcher(text).region(0, candidate.start());
        if (before.find()) {
            return atTime(candidate.date(), before);
        }
        return Optional.of(candidate.date().atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static Optional<Instant> atTime(LocalDate date, Matcher time) {
        try {
            int hour = number(time, "h");
            if (time.group("am") != null) {
                if (hour > 12) {
                    return Optional.empty();
                }
                hour %= 12;
            } else if (time.group("pm") != null) {
                if (hour == 0) {
                    return Optional.empty();
                }
                hour = hour < 12 ? hour + 12 : hour;
            }
            int second = time.group("s") == null ? 0 : number(time, "s");
            String fraction = time.group("f");
            int nanos = fraction == null ? 0 : Integer.parseInt((fraction + "00000000").substring(0, 9));
            LocalTime localTime = LocalTime.of(hour, number(time, "mi"), second, nanos);
            return Optional.of(LocalDateTime.of(date, localTime).toInstant(offset(time)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static ZoneOffset offset(Matcher time) {
        String sign = time.group("gs") != null ? time.group("gs") : time.group("os");
        if (sign == null) {
            return ZoneOffset.UTC;
        }
        int hours = number(time, time.group("gh") != null ? "gh" : "oh");
        int minutes = time.group("om") == null ? 0 : number(time, "om");
        int direction = sign.equals("-") ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(direction * hours, direction * minutes);
    }

    private static Optional<Instant> relative(String text, Instant base) {
        if (base == null) {
            return Optional.empty();
        }
        Matcher ago = RELATIVE_AGO.matcher(text);
        if (ago.find()) {
            RelativeUnit unit = RELATIVE_UNITS.get(ago.group("unit"));
            String explicit = ago.group("n");
            if (explicit == null && unit.impliedCount() == 0) {
                return Optional.empty();
            }
            int count = explicit == null ? unit.impliedCount() : Integer.parseInt(explicit);
            return Optional.of(base.minus(unit.step().multipliedBy(count)));
        }
        LocalDate baseDay = LocalDate.ofInstant(base, ZoneOffset.UTC);
        Matcher yesterday = YESTERDAY.matcher(text);
        if (yesterday.find()) {
            int daysBack = yesterday.group("dayBefore") == null ? 1 : 2;
            return withTimeOfDay(text, new Candidate(baseDay.minusDays(daysBack), yesterday.start(), yesterday.end()));
        }
        Matcher today = TODAY.matcher(text);
        if (today.find()) {
            return withTimeOfDay(text, new Candidate(baseDay, today.start(), today.end()));
        }
        return Optional.empty();
    }
}
