package org.akhbar.aggregate;

import static org.apache.spark.sql.functions.lit;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Column;

/**
 * The periods an aggregate run recomputes: every day on which an article was added, removed or changed what it
 * contributes, with the ISO weeks and months holding those days. Rows of any other period are kept as stored.
 * {@link #everything()} stands for a first or forced run, where every period is recomputed.
 */
public final class TouchedPeriods {
    private final boolean everything;
    private final Set<LocalDate> days;
    private final Set<LocalDate> weeks = new TreeSet<>();
    private final Set<LocalDate> months = new TreeSet<>();
    private final boolean undated;

    private TouchedPeriods(boolean everything, Collection<LocalDate> days, boolean undated) {
        this.everything = everything;
        this.days = new TreeSet<>(days);
        this.undated = undated;
        for (LocalDate day : this.days) {
            weeks.add(day.with(DayOfWeek.MONDAY));
            months.add(day.withDayOfMonth(1));
        }
    }

    public static TouchedPeriods everything() {
        return new TouchedPeriods(true, Set.of(), true);
    }

    /** @param undated whether an undated article changed (they count in all-time figures only) */
    public static TouchedPeriods of(Collection<LocalDate> days, boolean undated) {
        return new TouchedPeriods(false, days, undated);
    }

    public boolean isEverything() {
        return everything;
    }

    /** Adds months (null: the undated articles) whose co-occurrence counts must be paired again. */
    public TouchedPeriods withMonths(Collection<LocalDate> extraMonths) {
        if (everything || extraMonths.isEmpty()) {
            return this;
        }
        TouchedPeriods wider = new TouchedPeriods(false, days, undated || extraMonths.contains(null));
        extraMonths.stream().filter(java.util.Objects::nonNull).forEach(wider.months::add);
        return wider;
    }

    /** True for the rows of a recomputed day, week or month, from a period_type and a period_start column. */
    public Column periodFilter(Column type, Column start) {
        if (everything) {
            return lit(true);
        }
        return type.equalTo(Periods.DAY).and(in(start, days))
                .or(type.equalTo(Periods.WEEK).and(in(start, weeks)))
                .or(type.equalTo(Periods.MONTH).and(in(start, months)));
    }

    /** True for the articles, by publication date, that count in some recomputed week or month. */
    public Column articleFilter(Column date) {
        if (everything) {
            return lit(true);
        }
        Column dated = in(Periods.start(Periods.WEEK, date), weeks)
                .or(in(Periods.start(Periods.MONTH, date), months));
        return undated ? dated.or(date.isNull()) : dated;
    }

    /** True for the month buckets (null: undated articles) of the stored co-occurrence counts recomputed. */
    public Column monthBucketFilter(Column bucket) {
        if (everything) {
            return lit(true);
        }
        Column dated = in(bucket, months);
        return undated ? dated.or(bucket.isNull()) : dated;
    }

    /** True for articles in a recomputed month bucket. */
    public Column monthArticleFilter(Column date) {
        return monthBucketFilter(Periods.start(Periods.MONTH, date));
    }

    public String describe() {
        return everything ? "every period" : String.format(java.util.Locale.ROOT, "%d days, %d weeks, %d months%s",
                days.size(), weeks.size(), months.size(), undated ? " and the undated articles" : "");
    }

    private static Column in(Column value, Set<LocalDate> dates) {
        return dates.isEmpty() ? lit(false) : value.isin(dates.stream().map(java.sql.Date::valueOf).toArray());
    }
}
