package org.akhbar.progress;

import java.util.Locale;

/**
 * How far reading the inputs has come: files and bytes done of the totals the driver listed, the rate so far
 * and the time left at that rate. Done counts are capped at the totals (a task run twice counts twice).
 */
public record ReadProgress(long filesDone, long filesTotal, long bytesDone, long bytesTotal, double seconds) {

    public ReadProgress {
        filesDone = Math.min(filesDone, filesTotal);
        bytesDone = Math.min(bytesDone, bytesTotal);
    }

    public boolean finished() {
        return filesDone >= filesTotal;
    }

    /** Seconds left at the rate so far; negative when there is no rate yet. */
    public double secondsLeft() {
        if (bytesDone == 0 || seconds <= 0) {
            return -1;
        }
        return (bytesTotal - bytesDone) / (bytesDone / seconds);
    }

    /** {@code 1204 of 2005 files, 6.31 MB of 10.56 MB (59.8%), 0.42 MB/s, about 10 s left}. */
    public String describe() {
        double percent = bytesTotal == 0 ? 100 : 100.0 * bytesDone / bytesTotal;
        double left = secondsLeft();
        return String.format(Locale.ROOT, "%d of %d files, %s of %s (%.1f%%), %s, %s", filesDone, filesTotal,
                Amounts.bytes(bytesDone), Amounts.bytes(bytesTotal),
                percent, Amounts.rate(bytesDone, seconds),
                left < 0 ? "time left unknown" : "about " + Amounts.duration(left) + " left");
    }
}
