package org.akhbar.lock;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.util.ShutdownHookManager;

/**
 * A warehouse lock on a file system without operating-system locks (HDFS, object stores): the lock file is
 * created only if absent and deleted on release, or by a shutdown hook when the JVM is stopped. HDFS creates
 * atomically; an object store may check and create in two steps, so two runs started in the same instant can
 * both pass. A run killed outright leaves the file: the refusal names its holder and how to remove it.
 */
final class MarkerFileLock implements WarehouseLock {
    private final FileSystem fs;
    private final Path file;
    private final Runnable onShutdown = this::deleteQuietly;

    private MarkerFileLock(FileSystem fs, Path file) {
        this.fs = fs;
        this.file = file;
    }

    static MarkerFileLock acquire(FileSystem fs, Path file, LockHolder holder) throws IOException {
        try (FSDataOutputStream out = fs.create(file, false)) {
            out.write((holder.describe() + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (FileAlreadyExistsException e) {
            throw new WarehouseLockedException("the warehouse is being written by another run: "
                    + readHolder(fs, file) + "; lock " + file + ". Try again when it has finished. If that run"
                    + " is no longer alive (it was killed), delete the lock file and run again.");
        }
        MarkerFileLock lock = new MarkerFileLock(fs, file);
        // Before Hadoop's own hook closes the file systems, so the delete can still reach the store.
        ShutdownHookManager.get().addShutdownHook(lock.onShutdown, FileSystem.SHUTDOWN_HOOK_PRIORITY + 1);
        return lock;
    }

    private static String readHolder(FileSystem fs, Path file) {
        try (InputStream in = fs.open(file)) {
            return new String(in.readNBytes(4096), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "a writer whose lock file cannot be read (" + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws IOException {
        if (ShutdownHookManager.get().isShutdownInProgress()) {
            return; // the hook deletes the file
        }
        ShutdownHookManager.get().removeShutdownHook(onShutdown);
        fs.delete(file, false);
    }

    private void deleteQuietly() {
        try {
            fs.delete(file, false);
        } catch (IOException e) {
            // The JVM is ending; the refusal of the next run explains how to remove the file.
        }
    }
}
