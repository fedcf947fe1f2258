package org.akhbar.cli;

import java.util.Locale;
import org.akhbar.entity.EntityEvaluation;
import org.akhbar.ner.SpanScores;

/** Span scores as the commands print them: a row per type, then micro. */
final class SpanScoreTable {
    private SpanScoreTable() {
    }

    static void print(SpanScores scores) {
        System.out.println(String.format(Locale.ROOT, "  %-8s %9s %9s %9s %7s %7s %7s", "type", "precision", "recall",
                "F1", "found", "right", "gold"));
        for (EntityEvaluation.Score s : scores.all()) {
            System.out.println(String.format(Locale.ROOT, "  %-8s %9.3f %9.3f %9.3f %7d %7d %7d", s.type(),
                    s.precision(), s.recall(), s.f1(), s.predicted(), s.truePositives(), s.gold()));
        }
    }
}
