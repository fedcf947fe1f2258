package org.akhbar.lock;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A warehouse lock on a local disk: an exclusive {@link FileChannel#tryLock()} on the lock file, which the
 * operating system drops when the process ends however it ends. The file stays after release (deleting it
 * would let a late opener lock a file nobody else sees); its text names the last holder.
 */
final class LocalFileLock implements WarehouseLock {
    private final FileChannel channel;
    private final FileLock lock;

    private LocalFileLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static LocalFileLock acquire(Path file, LockHolder holder) throws IOException {
        Files.createDirectories(file.getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by another thread of this JVM: as busy as another process
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            String current = readHolder(channel);
            channel.close();
            throw new WarehouseLockedException("the warehouse is being written by another run: " + current
                    + "; lock " + file + ". Try again when it has finished.");
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((holder.describe() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
        return new LocalFileLock(channel, lock);
    }

    private static String readHolder(FileChannel channel) throws IOException {
        ByteBuffer text = ByteBuffer.allocate(4096);
        channel.read(text, 0);
        String holder = new String(text.array(), 0, text.position(), StandardCharsets.UTF_8).strip();
        return holder.isEmpty() ? "a writer that has not named itself yet" : holder;
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
