package org.akhbar.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.akhbar.entity.Gazetteer;
import org.akhbar.ner.NerLabels;
import org.akhbar.ner.Sentence;
import org.akhbar.ner.SpanScores;
import org.junit.jupiter.api.Test;

/** The layer's mentions of a sentence written for this test become spans over its CoNLL tokens. */
class LayerSpansTest {
    private static final EntityLayer LAYER = new EntityLayer(Gazetteer.bundled(), true);

    @Test
    void mentionsBecomeSpansOverTheTokensTheyCover() {
        List<String> tokens = List.of("وقال", "الرئيس", "إيمانويل", "ماكرون", "في", "باريس", "(", "أ", "ف", "ب", ")");
        int[] labels = LayerSpans.labels(LAYER, tokens, false);
        // (أ ف ب) is the agency AFP, three tokens of one organisation.
        assertEquals(List.of("O", "O", "B-PERS", "I-PERS", "O", "B-LOC", "O", "B-ORG", "I-ORG", "I-ORG", "O"),
                Arrays.stream(labels).mapToObj(NerLabels::name).toList());
    }

    @Test
    void namesOnlyLeavesOutNisbaAdjectives() {
        List<String> tokens = List.of("قال", "المتحدث", "الروسي", "إن", "موسكو", "ترحب");
        assertEquals(List.of("O", "O", "B-LOC", "O", "B-LOC", "O"),
                Arrays.stream(LayerSpans.labels(LAYER, tokens, false)).mapToObj(NerLabels::name).toList());
        assertEquals(List.of("O", "O", "O", "O", "B-LOC", "O"),
                Arrays.stream(LayerSpans.labels(LAYER, tokens, true)).mapToObj(NerLabels::name).toList());
    }

    @Test
    void aGoldSpanTheLayerMissesOrCutsOtherwiseCountsAgainstIt() {
        Sentence gold = new Sentence(List.of("وقال", "إيمانويل", "ماكرون", "في", "باريس"),
                List.of("O", "B-PERS", "I-PERS", "O", "B-MISC"));
        SpanScores scores = LayerSpans.score(LAYER, List.of(gold), false, 1);
        assertEquals(1, scores.score("PERS").truePositives());
        assertEquals(1, scores.score("LOC").predicted(), "Paris, which this gold reads as MISC");
        assertEquals(0, scores.score("LOC").truePositives());
        assertEquals(1, scores.score("MISC").gold());
    }

    @Test
    void sentencesReadAsOneArticleLinkALaterBareSurnameToTheFullName() {
        Sentence first = new Sentence(List.of("وقال", "الباحث", "سامر", "الخطيب", "إن", "الوضع", "صعب"),
                List.of("O", "O", "B-PERS", "I-PERS", "O", "O", "O"));
        Sentence second = new Sentence(List.of("وأضاف", "الخطيب", "أن", "الحل", "قريب"),
                List.of("O", "B-PERS", "O", "O", "O"));
        assertEquals(1, LayerSpans.score(LAYER, List.of(first, second), false, 1).score("PERS").truePositives(),
                "read alone, the second sentence's bare surname names no one");
        SpanScores asOneArticle = LayerSpans.score(LAYER, List.of(first, second), false, 2);
        assertEquals(2, asOneArticle.score("PERS").truePositives());
        assertEquals(2, asOneArticle.score("PERS").predicted());
    }
}
