package org.akhbar.dump;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Packs input files into splits, one Spark task each, so that millions of small files do not become millions
 * of tasks and a small input still keeps every core busy.
 */
public final class SplitPlanner {
    /** What opening a file costs, in bytes of reading: keeps splits of tiny files from growing too long. */
    static final long OPEN_COST_BYTES = 16 * 1024;
    private static final long MIN_SPLIT_BYTES = 1024 * 1024;
    private static final int SPLITS_PER_CORE = 3;

    private SplitPlanner() {
    }

    /** About a third of each core's share of the input, at least 1 MiB, at most maxSplitBytes. */
    public static long targetSplitBytes(List<InputFile> files, int parallelism, long maxSplitBytes) {
        long total = 0;
        for (InputFile f : files) {
            total += f.size() + OPEN_COST_BYTES;
        }
        long share = total / Math.max(1, (long) parallelism * SPLITS_PER_CORE);
        return Math.min(maxSplitBytes, Math.max(MIN_SPLIT_BYTES, share));
    }

    /** A group of files read by one task. */
    public record Split(List<InputFile> files) implements Serializable {
    }

    /**
     * @param files         the files, in the order they should be read
     * @param parallelism   the cores available: each gets about three splits so stragglers even out
     * @param maxSplitBytes the largest split, in bytes plus open costs
     */
    public static List<Split> plan(List<InputFile> files, int parallelism, long maxSplitBytes) {
        long target = targetSplitBytes(files, parallelism, maxSplitBytes);
        List<Split> splits = new ArrayList<>();
        List<InputFile> current = new ArrayList<>();
        long currentBytes = 0;
        for (InputFile f : files) {
            long cost = f.size() + OPEN_COST_BYTES;
            if (!current.isEmpty() && currentBytes + cost > target) {
                splits.add(new Split(List.copyOf(current)));
                current.clear();
                currentBytes = 0;
            }
            current.add(f);
            currentBytes += cost;
        }
        if (!current.isEmpty()) {
            splits.add(new Split(List.copyOf(current)));
        }
        return splits;
    }
}
