package org.akhbar.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.akhbar.entity.EntityEvaluation;
import org.junit.jupiter.api.Test;

class SpanScoresTest {
    private static int[] labels(String... tags) {
        int[] labels = new int[tags.length];
        for (int i = 0; i < tags.length; i++) {
            labels[i] = NerLabels.of(tags[i]);
        }
        return labels;
    }

    @Test
    void spansAreCutAsConllevalCutsThem() {
        assertEquals(List.of(new SpanScores.Span(0, 0, 1), new SpanScores.Span(1, 3, 3)),
                SpanScores.spans(labels("B-PERS", "I-PERS", "O", "B-LOC")));
        assertEquals(List.of(new SpanScores.Span(2, 0, 1)), SpanScores.spans(labels("I-ORG", "I-ORG", "O")),
                "an I- without B- starts a span");
        assertEquals(List.of(new SpanScores.Span(0, 0, 0), new SpanScores.Span(1, 1, 1)),
                SpanScores.spans(labels("B-PERS", "I-LOC")), "an I- of another type starts another span");
        assertEquals(List.of(new SpanScores.Span(0, 0, 0), new SpanScores.Span(0, 1, 1)),
                SpanScores.spans(labels("B-PERS", "B-PERS")));
    }

    @Test
    void onlyExactSpansCount() {
        SpanScores scores = new SpanScores();
        // Gold: PERS 0-1, LOC 3. Predicted: PERS 0 (too short), LOC 3, ORG 4 (extra).
        scores.add(labels("B-PERS", "I-PERS", "O", "B-LOC", "O"), labels("B-PERS", "O", "O", "B-LOC", "B-ORG"));
        assertEquals(new EntityEvaluation.Score("PERS", 0, 1, 1), scores.score("PERS"));
        assertEquals(new EntityEvaluation.Score("LOC", 1, 1, 1), scores.score("LOC"));
        assertEquals(new EntityEvaluation.Score("ORG", 0, 1, 0), scores.score("ORG"));
        EntityEvaluation.Score micro = scores.micro();
        assertEquals(1.0 / 3, micro.precision(), 1e-9);
        assertEquals(0.5, micro.recall(), 1e-9);
        assertEquals(0.4, micro.f1(), 1e-9);
    }
}
