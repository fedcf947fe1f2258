package org.akhbar.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReadProgressTest {

    @Test
    void rateAndTimeLeftFollowTheBytesDoneSoFar() {
        // 4 MB in 10 s is 0.4 MB/s; the 6 MB left take 15 s at that rate.
        ReadProgress p = new ReadProgress(400, 1000, 4_000_000, 10_000_000, 10);
        assertEquals(15.0, p.secondsLeft(), 1e-9);
        assertEquals("400 of 1000 files, 4.00 MB of 10.00 MB (40.0%), 0.40 MB/s, about 15 s left", p.describe());
        assertFalse(p.finished());
    }

    @Test
    void beforeTheFirstTaskEndsThereIsNoRateToEstimateFrom() {
        ReadProgress p = new ReadProgress(0, 2005, 0, 10_560_000, 3);
        assertEquals("0 of 2005 files, 0.00 MB of 10.56 MB (0.0%), 0.00 MB/s, time left unknown", p.describe());
    }

    @Test
    void aTaskRunTwiceNeverShowsMoreThanTheTotal() {
        ReadProgress p = new ReadProgress(7, 5, 9_000_000, 6_000_000, 4);
        assertEquals("5 of 5 files, 6.00 MB of 6.00 MB (100.0%), 1.50 MB/s, about 0 s left", p.describe());
        assertTrue(p.finished());
    }

    @Test
    void nothingToReadIsFinishedAtOnce() {
        ReadProgress p = new ReadProgress(0, 0, 0, 0, 0);
        assertTrue(p.finished());
        assertEquals("0 of 0 files, 0.00 MB of 0.00 MB (100.0%), 0.00 MB/s, time left unknown", p.describe());
    }

    @Test
    void stagesNameTheirTasks() {
        assertEquals("stage 12, 3 of 8 tasks (11 stages done)", new StageProgress(12, 3, 8, 11).describe());
        assertEquals("stage 1, 0 of 1 tasks (1 stage done)", new StageProgress(1, 0, 1, 1).describe());
    }

    @Test
    void autoIsOneLineOnATerminalAndLogLinesElsewhere() {
        assertEquals(ProgressMode.TTY, ProgressMode.AUTO.resolve(true));
        assertEquals(ProgressMode.LOG, ProgressMode.AUTO.resolve(false));
        assertEquals(ProgressMode.OFF, ProgressMode.OFF.resolve(true));
        assertEquals(ProgressMode.LOG, ProgressMode.LOG.resolve(true));
    }
}
