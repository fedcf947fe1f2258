package org.akhbar.lock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.akhbar.testing.ChildJvm;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lock between real processes: refusal across JVMs, and release by the OS when the holder is killed. */
@Tag("slow")
class WarehouseLockProcessTest {
    private static final int LOCKED = 75;

    @Test
    void aWriteByHandIsRefusedWhileAnotherProcessHoldsTheWarehouse(@TempDir Path tmp) throws Exception {
        Path warehouse = tmp.resolve("warehouse");
        Path log = tmp.resolve("stderr.log");
        try (WarehouseLock held = WarehouseLock.acquire(warehouse.toString(), new Configuration(), "news pipeline")) {
            Process ingest = ChildJvm.news(List.of(), List.of("ingest", "--input", tmp.resolve("dumps").toString(),
                    "--warehouse", warehouse.toString()), log).start();
            assertTrue(ingest.waitFor(120, TimeUnit.SECONDS));
            String stderr = Files.readString(log);
            assertEquals(LOCKED, ingest.exitValue(), stderr);
            assertTrue(stderr.startsWith("news ingest: the warehouse is being written by another run: news pipeline"
                    + " (pid " + ProcessHandle.current().pid() + " on "), stderr);
        }
    }

    @Test
    void aKilledHolderLeavesNoStaleLock(@TempDir Path tmp) throws Exception {
        String warehouse = tmp.resolve("warehouse").toString();
        Process holder = ChildJvm.java(List.of(), LockHoldingMain.class.getName(), List.of(warehouse),
                tmp.resolve("holder.log")).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                    StandardCharsets.UTF_8));
            assertEquals("held", out.readLine(), () -> "holder log: " + read(tmp.resolve("holder.log")));
            WarehouseLockedException refused = assertThrows(WarehouseLockedException.class,
                    () -> WarehouseLock.acquire(warehouse, new Configuration(), "news ingest"));
            assertTrue(refused.getMessage().contains("lock holder (pid " + holder.pid() + " on "),
                    refused.getMessage());
        } finally {
            holder.destroyForcibly(); // SIGKILL: no shutdown hook, no finally
            assertTrue(holder.waitFor(60, TimeUnit.SECONDS));
        }
        WarehouseLock.acquire(warehouse, new Configuration(), "news ingest").close();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return "(none)";
        }
    }
}
