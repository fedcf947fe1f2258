package org.akhbar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.akhbar.testing.ChildJvm;
import org.akhbar.testing.DeclaredVersion;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsCliTest {

    @Test
    void everyReservedSubcommandExists() {
        List<String> names = List.copyOf(new picocli.CommandLine(new NewsCli()).getSubcommands().keySet());
        assertTrue(names.containsAll(List.of("ingest", "enrich", "aggregate", "pipeline", "report", "sql", "ddl",
                "generate", "eval-entities")), names.toString());
    }

    @Test
    void versionIsTheBuildsVersion() {
        String declared = DeclaredVersion.read();
        CommandOutput version = CommandOutput.run("--version");
        assertEquals("news " + declared, version.out().strip());
        assertTrue(declared.matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), declared);
    }

    @Test
    void missingRequiredOptionIsAUsageError() {
        assertEquals(ExitCodes.USAGE, NewsCli.execute("ingest", "--warehouse", "w"));
        assertEquals(ExitCodes.USAGE, NewsCli.execute("no-such-command"));
    }

    @Test
    void reportWithoutPeriodIsAUsageError() {
        assertEquals(ExitCodes.USAGE, NewsCli.execute("report", "--warehouse", "w", "--out", "o"));
    }

    @Test
    @Tag("slow")
    void missingInputGivesOneClearLineAndNoStackTrace(@TempDir Path tmp) throws Exception {
        Path log = tmp.resolve("stderr.log");
        Process p = ChildJvm.news(List.of(), List.of("ingest", "--input", tmp.resolve("nope").toString(),
                "--warehouse", tmp.resolve("w").toString()), log).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS));
        String stderr = Files.readString(log);
        assertEquals(ExitCodes.USAGE, p.exitValue(), stderr);
        assertTrue(stderr.contains("news ingest: input not found: " + tmp.resolve("nope")), stderr);
        assertFalse(stderr.contains("\tat "), "no stack trace: " + stderr);
    }
}
