package org.akhbar.entity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.akhbar.arabic.SegmentedText;
import org.akhbar.enrich.EntityLayer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The development sets stay at the targets, with the gazetteer alone and with the learned tagger's entities as
 * enrich runs by default, so tuning never silently degrades them. The hold-out set is scored by
 * {@code bin/news eval-entities} and reported in docs/entities.md, not asserted here: it is for checking only.
 */
class EvaluationSetsTest {
    private static final Gazetteer GAZETTEER = Gazetteer.bundled();

    static Stream<Arguments> setsAndLayers() {
        return Stream.of("tuning.jsonl", "dev.jsonl", "dev2.jsonl")
                .flatMap(set -> Stream.of(Arguments.of(set, false), Arguments.of(set, true)));
    }

    @ParameterizedTest(name = "{0}, learned entities {1}")
    @MethodSource("setsAndLayers")
    void developmentSetsMeetTheTargets(String set, boolean learnedEntities) throws IOException {
        EntityLayer layer = new EntityLayer(GAZETTEER, learnedEntities);
        EntityEvaluation evaluation = new EntityEvaluation(GAZETTEER,
                lines -> layer.find(SegmentedText.of(lines)).all());
        Path file = Path.of("..", "data", "eval", set);
        EntityEvaluation.Report report = evaluation.evaluate(Files.newBufferedReader(file, StandardCharsets.UTF_8));
        for (EntityEvaluation.Score s : report.scores().values()) {
            assertTrue(s.precision() >= 0.95, set + " " + s.type() + " precision " + s.precision());
            assertTrue(s.recall() >= 0.90, set + " " + s.type() + " recall " + s.recall());
        }
    }
}
