package org.akhbar.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AmountsTest {

    @Test
    void bytesAreDecimalMegabytesBelowAGigabyteThenGigabytes() {
        assertEquals("10.56 MB", Amounts.bytes(10_560_000));
        assertEquals("0.00 MB", Amounts.bytes(0));
        assertEquals("999.99 MB", Amounts.bytes(999_990_000));
        assertEquals("1.00 GB", Amounts.bytes(1_000_000_000));
        assertEquals("3.25 GB", Amounts.bytes(3_250_000_000L));
    }

    @Test
    void rateIsMegabytesPerSecondAndZeroBeforeAnyTimePassed() {
        assertEquals("0.39 MB/s", Amounts.rate(10_560_000, 26.9)); // 10.56 / 26.9 = 0.3926
        assertEquals("2.50 MB/s", Amounts.rate(5_000_000, 2));
        assertEquals("0.00 MB/s", Amounts.rate(5_000_000, 0));
    }

    @Test
    void durationsRoundUpToWholeSecondsOrMinutes() {
        assertEquals("0 s", Amounts.duration(0));
        assertEquals("10 s", Amounts.duration(9.2));
        assertEquals("59 s", Amounts.duration(59));
        assertEquals("1 min 00 s", Amounts.duration(60));
        assertEquals("2 min 05 s", Amounts.duration(125));
        assertEquals("59 min 59 s", Amounts.duration(3599));
        assertEquals("1 h 00 min", Amounts.duration(3600));
        assertEquals("1 h 02 min", Amounts.duration(3601 + 60)); // 61 min 1 s, rounded up to 62 min
    }
}
