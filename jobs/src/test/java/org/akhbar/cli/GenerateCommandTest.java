package org.akhbar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    @Test
    void generatesIntoANewFolderAndRefusesAFullOne(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("dump");
        assertEquals(ExitCodes.OK, NewsCli.execute("generate", "--articles", "20", "--out", out.toString()));
        assertTrue(Files.exists(out.resolve("_planted.json")));
        assertEquals(ExitCodes.USAGE, NewsCli.execute("generate", "--articles", "20", "--out", out.toString()));
    }

    @Test
    void badOptionsAreUsageErrors(@TempDir Path tmp) {
        String out = tmp.resolve("x").toString();
        assertEquals(ExitCodes.USAGE, NewsCli.execute("generate", "--articles", "0", "--out", out));
        assertEquals(ExitCodes.USAGE, NewsCli.execute("generate", "--articles", "5", "--out", out, "--format", "zip"));
        assertEquals(ExitCodes.USAGE, NewsCli.execute("generate", "--articles", "5", "--out", out, "--months", "3"));
        assertEquals(ExitCodes.USAGE, NewsCli.execute("generate", "--out", out));
    }
}
