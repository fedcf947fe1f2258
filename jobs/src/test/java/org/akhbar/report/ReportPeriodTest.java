package org.akhbar.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.akhbar.InputException;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    @Test
    void monthStartsOnTheFirstAndShowsItsDays() {
        ReportPeriod p = ReportPeriod.parse("2023-09");
        assertEquals(new ReportPeriod("month", LocalDate.of(2023, 9, 1), "2023-09"), p);
        assertEquals(LocalDate.of(2023, 10, 1), p.end());
        assertEquals(30, p.timeline().starts().size());
        assertEquals("day", p.timeline().bucketType());
        assertEquals(p, p.cooccurrencePeriod());
    }

    @Test
    void isoWeekStartsOnItsMondayAndShowsTheSevenWeeksBefore() {
        // 2023-W37 runs from Monday 11 to Sunday 17 September 2023.
        ReportPeriod p = ReportPeriod.parse("2023-W37");
        assertEquals(new ReportPeriod("week", LocalDate.of(2023, 9, 11), "2023-W37"), p);
        assertEquals(LocalDate.of(2023, 9, 18), p.end());
        assertEquals(LocalDate.of(2023, 7, 24), p.timeline().first());
        assertEquals(8, p.timeline().starts().size());
        assertEquals(p.end(), p.timeline().end());
        assertEquals(p, ReportPeriod.parse("2023-w37"));
    }

    @Test
    void weekOneMayStartInTheYearBefore() {
        // 1 January 2021 was a Friday: ISO week 2021-W01 starts on Monday 4 January; 2020 has a W53 from 28 December.
        assertEquals(LocalDate.of(2021, 1, 4), ReportPeriod.parse("2021-W01").start());
        assertEquals(LocalDate.of(2020, 12, 28), ReportPeriod.parse("2020-W53").start());
    }

    @Test
    void dayReadsCooccurrenceOfItsWeek() {
        // Thursday 7 September 2023 is in 2023-W36, which starts on Monday 4 September.
        ReportPeriod p = ReportPeriod.parse("2023-09-07");
        assertEquals(new ReportPeriod("day", LocalDate.of(2023, 9, 7), "2023-09-07"), p);
        assertEquals(new ReportPeriod("week", LocalDate.of(2023, 9, 4), "2023-W36"), p.cooccurrencePeriod());
        assertEquals(LocalDate.of(2023, 8, 25), p.timeline().first());
        assertEquals(14, p.timeline().starts().size());
    }

    @Test
    void partitionMonthsOfARange() {
        assertEquals(List.of("2023-08", "2023-09"),
                ReportPeriod.months(LocalDate.of(2023, 8, 25), LocalDate.of(2023, 9, 8)));
        assertEquals(List.of("2023-09"), ReportPeriod.months(LocalDate.of(2023, 9, 1), LocalDate.of(2023, 10, 1)));
    }

    @Test
    void badPeriodsAreRefusedWithTheFormsThatWork() {
        for (String bad : new String[] {"2023-13", "2023-W54", "2021-W53", "2023-02-30", "2023/09", "09-2023",
                "2023-W7", "last week", ""}) {
            InputException e = assertThrows(InputException.class, () -> ReportPeriod.parse(bad), bad);
            assertTrue(e.getMessage().startsWith(ReportPeriod.USAGE), e.getMessage());
        }
    }
}
