package org.akhbar.enrich;

import java.util.Arrays;
import java.util.List;
import org.akhbar.arabic.ArabicTokenizer;
import org.akhbar.arabic.SegmentedText;
import org.akhbar.entity.Mention;
import org.akhbar.entity.MentionKind;
import org.akhbar.ner.NerLabels;
import org.akhbar.ner.Sentence;
import org.akhbar.ner.SpanScores;

/**
 * The entity layer as enrich runs it (gazetteer, tagger and learned mentions: the rows of article_entities),
 * scored by exact span on CoNLL sentences: each sentence is one paragraph, and every mention the layer writes
 * becomes a span over the sentence's tokens. MISC is never written, so it counts only as gold. Nisba adjectives
 * (الروسية as Russia) and countries inside organisation names are mentions of the table that CoNLL corpora leave
 * unlabelled; {@code namesOnly} leaves them out to show what the rest scores.
 */
public final class LayerSpans {
    private LayerSpans() {
    }

    public static SpanScores score(EntityLayer layer, List<Sentence> sentences, boolean namesOnly) {
        SpanScores scores = new SpanScores();
        for (Sentence sentence : sentences) {
            scores.add(sentence.labels(), labels(layer, sentence.tokens(), namesOnly));
        }
        return scores;
    }

    /** The layer's mentions of one sentence as IOB2 labels of its tokens; a mention inside another is left out. */
    static int[] labels(EntityLayer layer, List<String> tokens, boolean namesOnly) {
        int[] tokenOfWord = tokenOfWord(tokens);
        int[] labels = new int[tokens.size()];
        List<Mention> mentions = layer.find(SegmentedText.of(List.of(String.join(" ", tokens)))).all();
        for (Mention m : mentions) {
            if (namesOnly && (m.kind() == MentionKind.NISBA || m.kind() == MentionKind.IN_ORG)) {
                continue;
            }
            int words = Math.max(1, ArabicTokenizer.words(m.surface()).size());
            if (m.position() + words > tokenOfWord.length) {
                continue;
            }
            int first = tokenOfWord[m.position()];
            int last = tokenOfWord[m.position() + words - 1];
            if (Arrays.stream(labels, first, last + 1).anyMatch(l -> l != NerLabels.O)) {
                continue;
            }
            int type = NerLabels.TYPES.indexOf(switch (m.entity().type()) {
                case PERSON -> "PERS";
                case LOC -> "LOC";
                case ORG -> "ORG";
            });
            labels[first] = NerLabels.begin(type);
            for (int t = first + 1; t <= last; t++) {
                labels[t] = NerLabels.begin(type) + 1;
            }
        }
        return labels;
    }

    /** For each word the tokenizer reads in the joined sentence, the token it comes from. */
    private static int[] tokenOfWord(List<String> tokens) {
        int count = 0;
        int[] words = new int[tokens.size()];
        for (int t = 0; t < tokens.size(); t++) {
            words[t] = ArabicTokenizer.words(tokens.get(t)).size();
            count += words[t];
        }
        int[] tokenOf = new int[count];
        int w = 0;
        for (int t = 0; t < tokens.size(); t++) {
            for (int k = 0; k < words[t]; k++) {
                tokenOf[w++] = t;
            }
        }
        return tokenOf;
    }
}
