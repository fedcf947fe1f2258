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
 * scored by exact span on CoNLL sentences: runs of consecutive sentences are read as the paragraphs of one
 * article (a CoNLL file keeps its articles' order but not their bounds; within an article a bare surname links to
 * the full name read before it), and every mention the layer writes becomes a span over its sentence's tokens.
 * MISC is never written, so it counts only as gold. Nisba adjectives (الروسية as Russia) and countries inside
 * organisation names are mentions of the table that CoNLL corpora leave unlabelled; {@code namesOnly} leaves them
 * out to show what the rest scores.
 */
public final class LayerSpans {
    private LayerSpans() {
    }

    /** @param sentencesPerArticle how many consecutive sentences make one article; 1 reads each alone */
    public static SpanScores score(EntityLayer layer, List<Sentence> sentences, boolean namesOnly,
                                   int sentencesPerArticle) {
        SpanScores scores = new SpanScores();
        for (int from = 0; from < sentences.size(); from += sentencesPerArticle) {
            List<Sentence> article = sentences.subList(from, Math.min(sentences.size(), from + sentencesPerArticle));
            List<int[]> labels = articleLabels(layer, article.stream().map(Sentence::tokens).toList(), namesOnly);
            for (int s = 0; s < article.size(); s++) {
                scores.add(article.get(s).labels(), labels.get(s));
            }
        }
        return scores;
    }

    /** The layer's mentions of one sentence read alone as IOB2 labels of its tokens. */
    static int[] labels(EntityLayer layer, List<String> tokens, boolean namesOnly) {
        return articleLabels(layer, List.of(tokens), namesOnly).get(0);
    }

    /**
     * The layer's mentions of an article whose paragraphs are these sentences, as IOB2 labels of each sentence's
     * tokens; a mention inside another is left out.
     */
    static List<int[]> articleLabels(EntityLayer layer, List<List<String>> sentences, boolean namesOnly) {
        SegmentedText text = SegmentedText.of(sentences.stream().map(tokens -> String.join(" ", tokens)).toList());
        int[] firstWord = new int[sentences.size()];
        for (int s = 1; s < sentences.size(); s++) {
            firstWord[s] = firstWord[s - 1] + text.words(s - 1).size();
        }
        List<int[]> tokenOfWord = sentences.stream().map(LayerSpans::tokenOfWord).toList();
        List<int[]> labelled = sentences.stream().map(tokens -> new int[tokens.size()]).toList();
        for (Mention m : layer.find(text).all()) {
            if (namesOnly && (m.kind() == MentionKind.NISBA || m.kind() == MentionKind.IN_ORG)) {
                continue;
            }
            int[] tokenOf = tokenOfWord.get(m.segment());
            int[] labels = labelled.get(m.segment());
            int position = m.position() - firstWord[m.segment()];
            int words = Math.max(1, ArabicTokenizer.words(m.surface()).size());
            if (position + words > tokenOf.length) {
                continue;
            }
            int first = tokenOf[position];
            int last = tokenOf[position + words - 1];
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
        return labelled;
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
