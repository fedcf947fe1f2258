package org.akhbar.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.akhbar.ner.NerModel;
import org.akhbar.testing.AnercorpTrainSplit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * train-ner is deterministic (a fixture written by hand, always), and on the ANERcorp train split (where
 * {@code AKHBAR_ANERCORP} names it) rebuilds the bundled model byte for byte, and both score alike.
 */
class TrainNerCommandTest {
    static final Path FIXTURE = Path.of("src", "test", "resources", "ner", "handwritten.conll");

    @Test
    void trainingTheSameFileTwiceWritesTheSameBytes(@TempDir Path tmp) throws IOException {
        Path first = tmp.resolve("first.bin.gz");
        Path second = tmp.resolve("second.bin.gz");
        for (Path model : new Path[] {first, second}) {
            CommandOutput train = CommandOutput.run("train-ner", "--corpus", FIXTURE.toString(), "--out",
                    model.toString(), "--epochs", "3", "--bucket-bits", "12");
            assertEquals(ExitCodes.OK, train.exitCode(), train.err());
            assertTrue(train.out().contains("20 sentences, 18 for training, the last 2 for development"), train.out());
        }
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    @Tag("slow")
    void rebuildsTheBundledModelAndEvalEntitiesScoresItsDevelopmentSplit(@TempDir Path tmp) throws IOException {
        Path corpus = AnercorpTrainSplit.assumeAvailable();
        Path model = tmp.resolve("model.bin.gz");
        CommandOutput train = CommandOutput.run("train-ner", "--corpus", corpus.toString(), "--out", model.toString());
        assertEquals(ExitCodes.OK, train.exitCode(), train.err());
        assertTrue(train.out().contains("3973 sentences, 3576 for training, the last 397 for development"),
                train.out());
        try (InputStream bundled = NerModel.class.getResourceAsStream(NerModel.BUNDLED)) {
            assertArrayEquals(bundled.readAllBytes(), Files.readAllBytes(model),
                    "the shipped weights are what train-ner writes with its defaults");
        }
        CommandOutput rebuilt = CommandOutput.run("eval-entities", "--conll", corpus.toString(), "--dev-fraction", "0.1",
                "--model", model.toString());
        CommandOutput shipped = CommandOutput.run("eval-entities", "--conll", corpus.toString(), "--dev-fraction",
                "0.1");
        String table = taggerTable(rebuilt.out());
        assertEquals(table, taggerTable(shipped.out()));
        assertTrue(train.out().contains(table), train.out() + "\n" + table);
    }

    /** The first score table a command printed: its header and the indented rows below it. */
    private static String taggerTable(String out) {
        StringBuilder table = new StringBuilder();
        for (String line : out.substring(out.indexOf("  type")).split("\n")) {
            if (!line.startsWith("  ")) {
                break;
            }
            table.append(line).append('\n');
        }
        return table.toString();
    }
}
