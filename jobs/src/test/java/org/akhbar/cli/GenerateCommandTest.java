package org.akhbar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

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

    /** The command of issue 20: a start that is not the first of a month once threw out of the tag trends. */
    @Test
    void anyStartDayWorksAndThePlantedMonthsAreTheCalendarMonthsTouched(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("dump");
        CommandOutput run = CommandOutput.run("generate", "--articles", "1500", "--out", out.toString(), "--seed", "99",
                "--start", "2024-01-25", "--months", "6");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        // 2024-01-25 plus six months ends before 2024-07-25: January to July, so the last four are April to July.
        JsonNode planted = new ObjectMapper().readTree(out.resolve("_planted.json").toFile());
        for (JsonNode rising : planted.get("risingTags")) {
            List<String> months = new ArrayList<>();
            rising.get("shareByMonth").fieldNames().forEachRemaining(months::add);
            assertEquals(List.of("2024-04", "2024-05", "2024-06", "2024-07"), months);
        }
        assertEquals("2024-07", planted.get("newTag").get("month").asText());
    }

    @Test
    void aFailureOfACommandWithoutWarehouseSpeaksOfNoWarehouse(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        CommandOutput run = CommandOutput.run("generate", "--articles", "5", "--out", file.resolve("dump").toString());
        assertEquals(ExitCodes.FAILED, run.exitCode());
        assertTrue(run.err().startsWith("news generate failed: "), run.err());
        assertFalse(run.err().contains("warehouse"), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
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
