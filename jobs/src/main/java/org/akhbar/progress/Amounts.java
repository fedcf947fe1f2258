package org.akhbar.progress;

import java.util.Locale;

/** Sizes, rates and durations as people read them in a progress line; decimal megabytes, like the run summaries. */
public final class Amounts {
    private static final double MB = 1e6;
    private static final double GB = 1e9;

    private Amounts() {
    }

    /** {@code 10.56 MB}, or {@code 3.20 GB} from a gigabyte up. */
    public static String bytes(long bytes) {
        return bytes >= GB ? String.format(Locale.ROOT, "%.2f GB", bytes / GB)
                : String.format(Locale.ROOT, "%.2f MB", bytes / MB);
    }

    /** {@code 0.39 MB/s}; 0 before any time has passed. */
    public static String rate(long bytes, double seconds) {
        return String.format(Locale.ROOT, "%.2f MB/s", seconds <= 0 ? 0 : bytes / MB / seconds);
    }

    /** {@code 45 s}, {@code 2 min 05 s}, {@code 1 h 02 min}: rounded up, since a time left should not undersell. */
    public static String duration(double seconds) {
        long s = (long) Math.ceil(Math.max(0, seconds));
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        long minutes = (s + 59) / 60;
        return String.format(Locale.ROOT, "%d h %02d min", minutes / 60, minutes % 60);
    }
}
