package org.akhbar.lock;

import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The one-writer-at-a-time lock of a warehouse, {@code <warehouse>/_lock}, held by a command that writes tables
 * for as long as it runs; commands that only read take none. Its name starts with {@code _}, so table listings
 * and readers skip it, and commit recovery never touches it.
 *
 * <p>On a local disk it is an operating-system lock ({@link LocalFileLock}): released when the holder exits or
 * is killed, so it can never be left stale. Other Hadoop file systems have no such lock, so there it is a file
 * created exclusively ({@link MarkerFileLock}) and deleted on release; a holder killed with {@code kill -9}
 * leaves it behind, and the refusal says how to remove it.
 */
public interface WarehouseLock extends AutoCloseable {
    String FILE_NAME = "_lock";

    /**
     * Takes the lock or refuses at once; never waits.
     *
     * @param command what is taking it, named to whoever is refused, e.g. {@code news ingest}
     * @throws WarehouseLockedException when another process (or another thread of this one) holds it
     */
    static WarehouseLock acquire(String warehouse, Configuration hadoopConf, String command) throws IOException {
        Path root = new Path(warehouse);
        FileSystem fs = root.getFileSystem(hadoopConf);
        Path qualified = fs.makeQualified(root);
        LockHolder holder = LockHolder.thisProcess(command);
        if (fs instanceof LocalFileSystem local) {
            java.nio.file.Path dir = local.pathToFile(qualified).toPath();
            return LocalFileLock.acquire(dir.resolve(FILE_NAME), holder);
        }
        return MarkerFileLock.acquire(fs, new Path(qualified, FILE_NAME), holder);
    }

    @Override
    void close() throws IOException;
}
