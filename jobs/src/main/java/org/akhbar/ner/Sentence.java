package org.akhbar.ner;

import java.util.List;

/** One sentence of a CoNLL corpus: its tokens and their IOB tags as written. */
public record Sentence(List<String> tokens, List<String> tags) {
    public Sentence {
        tokens = List.copyOf(tokens);
        tags = List.copyOf(tags);
        if (tokens.size() != tags.size()) {
            throw new IllegalArgumentException("a tag for every token");
        }
    }

    public int[] labels() {
        int[] labels = new int[tags.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = NerLabels.of(tags.get(i));
        }
        return labels;
    }
}
