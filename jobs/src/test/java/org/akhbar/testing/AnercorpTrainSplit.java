package org.akhbar.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The ANERcorp train split (CAMeL Lab), which the shipped tagger weights are learned from. It is not in the
 * repository (its terms allow the weights, not the corpus); checks that need it read it from the file named by
 * the environment variable {@value #VARIABLE} and are skipped, saying so, where it is unset.
 */
public final class AnercorpTrainSplit {
    public static final String VARIABLE = "AKHBAR_ANERCORP";

    private AnercorpTrainSplit() {
    }

    /** The training file, or the test is skipped with what to set. */
    public static Path assumeAvailable() {
        String location = System.getenv(VARIABLE);
        assumeTrue(location != null && !location.isBlank(), VARIABLE + " is unset: set it to"
                + " ANERCorp_CamelLab_train.txt to check the shipped weights against their training data");
        Path file = Path.of(location).toAbsolutePath().normalize();
        assumeTrue(Files.isRegularFile(file), VARIABLE + " names no file: " + file);
        return file;
    }
}
