package org.akhbar.enrich;

import java.util.List;
import org.akhbar.arabic.ArabicTokenizer;
import org.akhbar.arabic.ArabicTokenizer.Word;

/** Runs a span rule ({@link PersonSpans}, {@link OrganisationSpans}) on a sentence written for a test. */
final class SpanRuleCases {
    /** What a span rule is: the kept part of {@code words[first..last]}, or null. */
    @FunctionalInterface
    interface Rule {
        KeptSpan keep(List<Word> words, int first, int last);
    }

    private SpanRuleCases() {
    }

    /** The kept words of {@code sentence[first..last]} as written, joined by spaces, or null. */
    static String kept(Rule rule, String sentence, int first, int last) {
        List<Word> words = ArabicTokenizer.words(sentence);
        KeptSpan kept = rule.keep(words, first, last);
        return kept == null ? null : String.join(" ",
                words.subList(kept.first(), kept.last() + 1).stream().map(Word::surface).toList());
    }
}
