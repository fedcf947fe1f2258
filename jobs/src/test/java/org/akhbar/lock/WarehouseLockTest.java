package org.akhbar.lock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.akhbar.table.TableCommitter;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarehouseLockTest {
    private static final Configuration HADOOP = new Configuration();

    @Test
    void aSecondWriterIsRefusedAndNamesTheHolderUntilTheFirstReleases(@TempDir Path tmp) throws Exception {
        String warehouse = tmp.resolve("warehouse").toString();
        try (WarehouseLock first = WarehouseLock.acquire(warehouse, HADOOP, "news first")) {
            WarehouseLockedException refused = assertThrows(WarehouseLockedException.class,
                    () -> WarehouseLock.acquire(warehouse, HADOOP, "news second"));
            assertTrue(refused.getMessage().contains("news first (pid " + ProcessHandle.current().pid() + " on "),
                    refused.getMessage());
            assertTrue(refused.getMessage().contains(tmp.resolve("warehouse").resolve("_lock").toString()),
                    refused.getMessage());
        }
        try (WarehouseLock again = WarehouseLock.acquire(warehouse, HADOOP, "news second")) {
            assertTrue(Files.readString(tmp.resolve("warehouse/_lock")).startsWith("news second (pid "));
        }
    }

    @Test
    void theLockFileIsNotATableAndRecoveryLeavesItAlone(@TempDir Path tmp) throws Exception {
        Path warehouse = tmp.resolve("warehouse");
        try (WarehouseLock lock = WarehouseLock.acquire(warehouse.toString(), HADOOP, "news ingest")) {
            List<String> repairs = new TableCommitter(FileSystem.getLocal(HADOOP),
                    new org.apache.hadoop.fs.Path(warehouse.toUri())).recover();
            assertEquals(List.of(), repairs);
        }
        assertTrue(Files.exists(warehouse.resolve("_lock")), "kept after release, never deleted");
    }

    @Test
    void onFileSystemsWithoutLocksTheMarkerIsCreatedOnceAndDeletedOnRelease(@TempDir Path tmp) throws Exception {
        FileSystem fs = FileSystem.getLocal(HADOOP).getRaw();
        org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(tmp.toUri().toString(), "_lock");
        LockHolder holder = new LockHolder("news ingest", 4242, "host-a", java.time.Instant.parse(
                "2026-11-22T02:30:01Z"));
        try (MarkerFileLock first = MarkerFileLock.acquire(fs, file, holder)) {
            WarehouseLockedException refused = assertThrows(WarehouseLockedException.class,
                    () -> MarkerFileLock.acquire(fs, file, holder));
            assertTrue(refused.getMessage().contains(
                    "news ingest (pid 4242 on host-a, since 2026-11-22T02:30:01Z)"), refused.getMessage());
            assertTrue(refused.getMessage().contains("delete the lock file"), refused.getMessage());
        }
        assertFalse(Files.exists(tmp.resolve("_lock")));
        MarkerFileLock.acquire(fs, file, holder).close();
    }
}
