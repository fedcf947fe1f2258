package org.akhbar.entity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The development sets stay at the targets, so tuning never silently degrades them. The hold-out set is scored
 * by {@code bin/news eval-entities} and reported in the README, not asserted here: it is for checking only.
 */
class EvaluationSetsTest {
    private static final EntityEvaluation EVALUATION = new EntityEvaluation(Gazetteer.bundled());

    @ParameterizedTest
    @ValueSource(strings = {"tuning.jsonl", "dev.jsonl", "dev2.jsonl"})
    void developmentSetsMeetTheTargets(String set) throws IOException {
        Path file = Path.of("..", "data", "eval", set);
        EntityEvaluation.Report report = EVALUATION.evaluate(Files.newBufferedReader(file, StandardCharsets.UTF_8));
        for (EntityEvaluation.Score s : report.scores().values()) {
            assertTrue(s.precision() >= 0.95, set + " " + s.type() + " precision " + s.precision());
            assertTrue(s.recall() >= 0.90, set + " " + s.type() + " recall " + s.recall());
        }
    }
}
