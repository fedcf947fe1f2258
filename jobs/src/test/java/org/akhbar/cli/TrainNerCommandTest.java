package org.akhbar.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.akhbar.ner.NerModel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** train-ner on the shared ANERcorp train split rebuilds the bundled model byte for byte, and both score alike. */
@Tag("slow")
class TrainNerCommandTest {
    static final Path CORPUS = Path.of("..", "..", "shared", "data", "ner", "ANERCorp_CamelLab_train.txt")
            .toAbsolutePath().normalize();

    @Test
    void rebuildsTheBundledModelAndEvalEntitiesScoresItsDevelopmentSplit(@TempDir Path tmp) throws IOException {
        assertTrue(Files.exists(CORPUS), "the training split is beside the checkout: " + CORPUS);
        Path model = tmp.resolve("model.bin.gz");
        CommandOutput train = CommandOutput.run("train-ner", "--corpus", CORPUS.toString(), "--out", model.toString());
        assertEquals(ExitCodes.OK, train.exitCode(), train.err());
        assertTrue(train.out().contains("3973 sentences, 3576 for training, the last 397 for development"),
                train.out());
        try (InputStream bundled = NerModel.class.getResourceAsStream(NerModel.BUNDLED)) {
            assertArrayEquals(bundled.readAllBytes(), Files.readAllBytes(model),
                    "the shipped weights are what train-ner writes with its defaults");
        }
        CommandOutput rebuilt = CommandOutput.run("eval-entities", "--conll", CORPUS.toString(), "--dev-fraction", "0.1",
                "--model", model.toString());
        CommandOutput shipped = CommandOutput.run("eval-entities", "--conll", CORPUS.toString(), "--dev-fraction",
                "0.1");
        String table = rebuilt.out().substring(rebuilt.out().indexOf("  type"));
        assertEquals(table, shipped.out().substring(shipped.out().indexOf("  type")));
        assertTrue(train.out().contains(table.substring(0, table.indexOf("targets"))), train.out() + "\n" + table);
    }
}
