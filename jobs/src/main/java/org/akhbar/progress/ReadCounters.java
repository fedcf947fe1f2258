package org.akhbar.progress;

import java.io.Serializable;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

/**
 * Files and stored bytes read so far, added up on the executors as each file is finished. The driver sees a
 * task's additions when the task ends, so progress moves split by split.
 */
public final class ReadCounters implements Serializable {
    private final LongAccumulator files;
    private final LongAccumulator bytes;

    private ReadCounters(LongAccumulator files, LongAccumulator bytes) {
        this.files = files;
        this.bytes = bytes;
    }

    public static ReadCounters register(SparkContext spark) {
        return new ReadCounters(spark.longAccumulator("files read"), spark.longAccumulator("bytes read"));
    }

    /** In a task: one more file read to its end, {@code storedBytes} long. */
    public void fileRead(long storedBytes) {
        files.add(1);
        bytes.add(storedBytes);
    }

    public long files() {
        return files.value();
    }

    public long bytes() {
        return bytes.value();
    }
}
