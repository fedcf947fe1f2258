package org.akhbar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.akhbar.lock.WarehouseLock;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command that writes takes the warehouse lock before it starts Spark. */
class WriterLockTest {

    @Test
    void everyWritingCommandIsRefusedWithTheLockedExitCodeWhileTheWarehouseIsHeld(@TempDir Path tmp)
            throws Exception {
        String warehouse = tmp.resolve("warehouse").toString();
        String input = tmp.resolve("dumps").toString();
        try (WarehouseLock held = WarehouseLock.acquire(warehouse, new Configuration(), "news daily test")) {
            for (String[] args : new String[][] {
                    {"ingest", "--input", input, "--warehouse", warehouse},
                    {"enrich", "--warehouse", warehouse},
                    {"aggregate", "--warehouse", warehouse},
                    {"pipeline", "--input", input, "--warehouse", warehouse}}) {
                CommandOutput run = CommandOutput.run(args);
                assertEquals(ExitCodes.LOCKED, run.exitCode(), args[0] + ": " + run.err());
                assertTrue(run.err().startsWith("news " + args[0]
                        + ": the warehouse is being written by another run: news daily test (pid "), run.err());
                assertEquals("", run.out());
            }
        }
    }
}
