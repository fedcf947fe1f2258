package org.akhbar.report;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.akhbar.InputException;

/**
 * The period a report covers, as the aggregate tables key it: {@code type} is their period_type (day, week, month)
 * and {@code start} their period_start (the day, the Monday of the ISO week, the first of the month).
 */
public record ReportPeriod(String type, LocalDate start, String label) {
    public static final String DAY = "day";
    public static final String WEEK = "week";
    public static final String MONTH = "month";

    static final String USAGE = "--period must be a month (2023-09), an ISO week (2023-W37) or a day (2023-09-07)";

    private static final Pattern MONTH_FORM = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern WEEK_FORM = Pattern.compile("(\\d{4})-[Ww](\\d{2})");
    private static final Pattern DAY_FORM = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    /** Weeks shown around a week report, and days around a day report, in the volume chart. */
    static final int CONTEXT_WEEKS = 8;
    static final int CONTEXT_DAYS = 14;

    public static ReportPeriod parse(String text) {
        if (text == null) {
            throw new InputException(USAGE);
        }
        String value = text.trim();
        try {
            Matcher m = MONTH_FORM.matcher(value);
            if (m.matches()) {
                YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                return new ReportPeriod(MONTH, month.atDay(1), month.toString());
            }
            m = WEEK_FORM.matcher(value);
            if (m.matches()) {
                return week(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            m = DAY_FORM.matcher(value);
            if (m.matches()) {
                LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
                return new ReportPeriod(DAY, day, day.toString());
            }
        } catch (DateTimeException e) {
            throw new InputException(USAGE + "; " + value + " is not a real date: " + e.getMessage());
        }
        throw new InputException(USAGE + ", not '" + value + "'");
    }

    private static ReportPeriod week(int year, int week) {
        LocalDate anyDayOfYear = LocalDate.of(year, 6, 1);
        long weeksInYear = anyDayOfYear.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
        if (week < 1 || week > weeksInYear) {
            throw new InputException(USAGE + "; ISO year " + year + " has weeks W01 to W" + weeksInYear);
        }
        LocalDate monday = anyDayOfYear.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
        return new ReportPeriod(WEEK, monday, String.format(Locale.ROOT, "%04d-W%02d", year, week));
    }

    /** The day after the period's last day. */
    public LocalDate end() {
        return switch (type) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            default -> start.with(TemporalAdjusters.firstDayOfNextMonth());
        };
    }

    /**
     * The period co-occurrence is read for: entity_cooccurrence has no day rows (one day holds too few windows for
     * the support threshold), so a day report uses its ISO week.
     */
    public ReportPeriod cooccurrencePeriod() {
        if (!type.equals(DAY)) {
            return this;
        }
        LocalDate monday = start.with(DayOfWeek.MONDAY);
        return new ReportPeriod(WEEK, monday, String.format(Locale.ROOT, "%04d-W%02d",
                monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
    }

    /**
     * The buckets of the volume chart: a month by its days; a week with the weeks before it; a day with the days
     * before it, so the reader sees the period against its recent past.
     */
    public Timeline timeline() {
        return switch (type) {
            case MONTH -> new Timeline(DAY, daysFrom(start, end()));
            case WEEK -> {
                List<LocalDate> weeks = new ArrayList<>();
                for (int i = CONTEXT_WEEKS - 1; i >= 0; i--) {
                    weeks.add(start.minusWeeks(i));
                }
                yield new Timeline(WEEK, weeks);
            }
            default -> new Timeline(DAY, daysFrom(start.minusDays(CONTEXT_DAYS - 1), end()));
        };
    }

    private static List<LocalDate> daysFrom(LocalDate first, LocalDate end) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = first; d.isBefore(end); d = d.plusDays(1)) {
            days.add(d);
        }
        return days;
    }

    /** The publication months (articles' partition values) a date range touches, for partition pruning. */
    static List<String> months(LocalDate first, LocalDate end) {
        List<String> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(first); m.atDay(1).isBefore(end); m = m.plusMonths(1)) {
            months.add(m.toString());
        }
        return months;
    }

    /** Buckets of one period type, oldest first; the last one ends where the report's period ends. */
    public record Timeline(String bucketType, List<LocalDate> starts) {
        public LocalDate first() {
            return starts.get(0);
        }

        public LocalDate end() {
            LocalDate last = starts.get(starts.size() - 1);
            return bucketType.equals(WEEK) ? last.plusWeeks(1) : last.plusDays(1);
        }
    }
}
