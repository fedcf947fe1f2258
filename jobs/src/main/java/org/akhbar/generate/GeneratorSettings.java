package org.akhbar.generate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * What to generate.
 *
 * @param articles how many records: good pages plus the deliberately bad files
 * @param out      the folder written to
 * @param seed     the only source of randomness: the same settings give byte-identical output
 * @param format   loose files or tar archives
 * @param start    first day of the publication period
 * @param months   length of the publication period
 * @param badShare the share of records that are bad files (empty, binary, truncated gzip, page without body)
 */
public record GeneratorSettings(long articles, Path out, long seed, DumpFormat format, LocalDate start, int months,
                                double badShare) {
    /** The planted signals need months before the last four, where the tag trends are planted. */
    public static final int MIN_MONTHS = 6;

    public GeneratorSettings {
        if (articles < 1) {
            throw new IllegalArgumentException("--articles must be at least 1");
        }
        if (months < MIN_MONTHS) {
            throw new IllegalArgumentException("--months must be at least " + MIN_MONTHS);
        }
        if (badShare < 0 || badShare > 0.5) {
            throw new IllegalArgumentException("--bad-share must be between 0 and 0.5");
        }
    }

    LocalDate end() {
        return start.plusMonths(months);
    }

    /** The calendar months the period touches: one more than {@code months} when it does not start on a 1st. */
    int calendarMonths() {
        return (int) ChronoUnit.MONTHS.between(YearMonth.from(start), YearMonth.from(end().minusDays(1))) + 1;
    }
}
