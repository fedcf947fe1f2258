package org.akhbar.ner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.akhbar.article.Blanks;

/**
 * Silver NER sentences from Wikipedia anchors (WikiANN, {@code token TAG} with PER, LOC, ORG) made to read like
 * the newswire the tagger learns from: redirect fragments (a title after {@code تحويل}) and sentences too short to
 * give a name its context are left out, PER becomes PERS, and punctuation glued to a word ({@code ميتيران،}) is cut
 * off into tokens of its own, as CoNLL newswire and the tagger's input write it.
 */
public final class SilverCorpus {
    /** Shorter sentences are mostly list items and titles: a name with no sentence around it. */
    static final int MIN_TOKENS = 6;
    private static final String REDIRECT = "تحويل";

    private SilverCorpus() {
    }

    public static List<Sentence> read(Path file) throws IOException {
        List<Sentence> kept = new ArrayList<>();
        for (Sentence s : ConllCorpus.read(file)) {
            if (s.tokens().size() >= MIN_TOKENS && !s.tokens().get(0).startsWith(REDIRECT)) {
                kept.add(newswireStyle(s));
            }
        }
        return kept;
    }

    static Sentence newswireStyle(Sentence s) {
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < s.tokens().size(); i++) {
            String token = s.tokens().get(i);
            String tag = s.tags().get(i).replaceFirst("-PER$", "-PERS");
            boolean continued = i + 1 < s.tags().size() && s.tags().get(i + 1).startsWith("I-");
            int from = 0;
            int to = token.length();
            while (from < to && isMark(token.charAt(from))) {
                from++;
            }
            while (to > from && isMark(token.charAt(to - 1))) {
                to--;
            }
            if (from == to) {
                tokens.add(token);
                tags.add(tag);
                continue;
            }
            String inside = tag.equals("O") ? "O" : "I-" + tag.substring(2);
            for (int c = 0; c < from; c++) {
                tokens.add(String.valueOf(token.charAt(c)));
                tags.add(tag.startsWith("I-") ? inside : "O");
            }
            tokens.add(token.substring(from, to));
            tags.add(tag);
            for (int c = to; c < token.length(); c++) {
                tokens.add(String.valueOf(token.charAt(c)));
                tags.add(continued && !tag.equals("O") ? inside : "O");
            }
        }
        return new Sentence(tokens, tags);
    }

    private static boolean isMark(char c) {
        return !Character.isLetterOrDigit(c) && !Blanks.isBlank(c) && Character.getType(c) != Character.NON_SPACING_MARK;
    }
}
