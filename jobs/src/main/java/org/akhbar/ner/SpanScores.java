package org.akhbar.ner;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.akhbar.entity.EntityEvaluation.Score;

/**
 * Span-level precision, recall and F1, exact match, as conlleval counts them: a span is a type with its first and
 * last token, and an {@code I-} tag that does not continue a span of its type starts one.
 */
public final class SpanScores {
    private static final List<String> ENTITY_TYPES = List.of("PERS", "LOC", "ORG");
    private final Map<String, int[]> counts = new LinkedHashMap<>(); // type → {true positives, predicted, gold}

    public SpanScores() {
        for (String type : NerLabels.TYPES) {
            counts.put(type, new int[3]);
        }
    }

    public record Span(int type, int start, int end) {
    }

    /** The counts of one type, scored as the gazetteer's evaluation scores them. */
    public static Score score(String type, int[] counts) {
        return new Score(type, counts[0], counts[1], counts[2]);
    }

    /** The spans of a label sequence. */
    public static List<Span> spans(int[] labels) {
        List<Span> spans = new java.util.ArrayList<>();
        int start = -1;
        int type = -1;
        for (int i = 0; i <= labels.length; i++) {
            int label = i < labels.length ? labels[i] : NerLabels.O;
            boolean continues = NerLabels.isInside(label) && NerLabels.type(label) == type;
            if (start >= 0 && !continues) {
                spans.add(new Span(type, start, i - 1));
                start = -1;
                type = -1;
            }
            if (label != NerLabels.O && !continues) {
                start = i;
                type = NerLabels.type(label);
            }
        }
        return spans;
    }

    public void add(int[] gold, int[] predicted) {
        Set<Span> goldSpans = new HashSet<>(spans(gold));
        for (Span s : goldSpans) {
            counts.get(NerLabels.TYPES.get(s.type()))[2]++;
        }
        for (Span s : spans(predicted)) {
            int[] c = counts.get(NerLabels.TYPES.get(s.type()));
            c[1]++;
            if (goldSpans.contains(s)) {
                c[0]++;
            }
        }
    }

    public Score score(String type) {
        return score(type, counts.get(type));
    }

    public Score micro() {
        return sum("micro", NerLabels.TYPES);
    }

    /** Micro over the types the tables hold (PERS, LOC, ORG): MISC is never an entity row. */
    public Score entities() {
        return sum("entities", ENTITY_TYPES);
    }

    private Score sum(String name, List<String> types) {
        int[] sum = new int[3];
        for (String type : types) {
            int[] c = counts.get(type);
            for (int i = 0; i < 3; i++) {
                sum[i] += c[i];
            }
        }
        return score(name, sum);
    }

    /** Every type, then micro, then micro over the entity types. */
    public List<Score> all() {
        List<Score> all = new java.util.ArrayList<>(NerLabels.TYPES.stream().map(this::score).toList());
        all.add(micro());
        all.add(entities());
        return all;
    }
}
