package org.akhbar.aggregate;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.trunc;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.akhbar.table.TableSchemas;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The one period key of every aggregate: {@code period_type} (day, week, month, all) and {@code period_start}
 * (DATE, UTC): the day itself, the Monday of its ISO week, the first of its month; null for {@code all}.
 */
public final class Periods {
    public static final String DAY = "day";
    public static final String WEEK = "week";
    public static final String MONTH = "month";
    public static final String ALL = "all";
    /** Internal stand-in for the null period_start of {@code all}: equi-joins never match null keys. */
    private static final String ALL_KEY = "1970-01-01";

    private Periods() {
    }

    /**
     * One row per input row and period type, with {@code period_type} and {@code period_start} added from the
     * DATE column {@code dateColumn}; rows without a date only count in {@code all}.
     */
    public static Dataset<Row> explodeInto(Dataset<Row> rows, String dateColumn, List<String> types) {
        List<Column> periods = new ArrayList<>();
        for (String type : types) {
            periods.add(struct(lit(type).as("type"), start(type, col(dateColumn)).as("start")));
        }
        return rows.withColumn("period", explode(array(periods.toArray(Column[]::new))))
                .withColumn("period_type", col("period.type"))
                .withColumn("period_start", col("period.start"))
                .drop("period")
                .where(col("period_type").equalTo(ALL).or(col("period_start").isNotNull()));
    }

    /** One period: its type and first day (null for all time). */
    record Key(String type, LocalDate start) {
        /**
         * The periods of {@code types} that hold one of {@code days}, each with the {@code following} periods of
         * its type after it, and all time when {@code types} has it; an undated day (null) is in all time only.
         */
        static Set<Key> of(Collection<LocalDate> days, List<String> types, int following) {
            Set<Key> keys = new TreeSet<>(Comparator.comparing(Key::type)
                    .thenComparing(Key::start, Comparator.nullsFirst(Comparator.naturalOrder())));
            if (types.contains(ALL)) {
                keys.add(new Key(ALL, null));
            }
            for (LocalDate day : days) {
                for (String type : types) {
                    if (day != null && !ALL.equals(type)) {
                        for (int later = 0; later <= following; later++) {
                            keys.add(new Key(type, shift(type, Periods.start(type, day), later)));
                        }
                    }
                }
            }
            return keys;
        }

        /** The partition of the period's rows in a table of periods: the month of its start, or all time's. */
        String month() {
            return start == null ? TableSchemas.ALL_TIME_MONTH : DayTables.month(start);
        }

        /** The period's last day; null for all time. */
        LocalDate end() {
            return start == null ? null : shift(type, start, 1).minusDays(1);
        }
    }

    /** The keys as {@link #explodeInto} gives them (period_type, period_start), to join with its rows. */
    static Dataset<Row> keys(SparkSession spark, Collection<Key> keys) {
        StructType schema = DataTypes.createStructType(List.of(
                DataTypes.createStructField("period_type", DataTypes.StringType, false),
                DataTypes.createStructField("start", DataTypes.StringType, false)));
        return spark.createDataFrame(keys.stream().map(k -> RowFactory.create(k.type(),
                        k.start() == null ? ALL_KEY : k.start().toString())).toList(), schema)
                .select(col("period_type"), to_date(col("start")).as("period_start"));
    }

    /** Every day of the dated {@code keys}. */
    static Set<LocalDate> days(Collection<Key> keys) {
        Set<LocalDate> days = new HashSet<>();
        for (Key period : keys) {
            for (LocalDate day = period.start(); day != null && !day.isAfter(period.end()); day = day.plusDays(1)) {
                days.add(day);
            }
        }
        return days;
    }

    /** The partitions of {@code keys}' rows, in order. */
    static List<String> months(Collection<Key> keys) {
        return keys.stream().map(Key::month).distinct().sorted().toList();
    }

    /** The start of the period {@code lag} periods after the one starting on {@code start} (before when negative). */
    static LocalDate shift(String type, LocalDate start, int lag) {
        return switch (type) {
            case DAY -> start.plusDays(lag);
            case WEEK -> start.plusWeeks(lag);
            case MONTH -> start.plusMonths(lag);
            default -> throw new IllegalArgumentException("no later period for period type " + type);
        };
    }

    /** The table form of period_start: null for {@code all}. */
    public static Dataset<Row> publicKeys(Dataset<Row> rows) {
        return rows.withColumn("period_start", org.apache.spark.sql.functions.when(
                col("period_type").equalTo(ALL), lit(null).cast("date")).otherwise(col("period_start")));
    }

    /** A DATE value as collected: java.time.LocalDate with Spark's Java 8 date API on, java.sql.Date without. */
    static java.time.LocalDate localDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (java.time.LocalDate) value;
    }

    /** The first day of {@code day}'s period of a dated type, as {@link #start(String, Column)} gives it. */
    static LocalDate start(String type, LocalDate day) {
        return switch (type) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            default -> throw new IllegalArgumentException("no start day for period type " + type);
        };
    }

    static Column start(String type, Column date) {
        return switch (type) {
            case DAY -> date;
            case WEEK -> to_date(org.apache.spark.sql.functions.date_trunc("week", date));
            case MONTH -> trunc(date, "month");
            case ALL -> lit(ALL_KEY).cast("date");
            default -> throw new IllegalArgumentException("unknown period type " + type);
        };
    }
}
