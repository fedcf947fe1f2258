package org.akhbar.arabic;

/**
 * The proclitics written on the front of an Arabic word, in their order: a conjunction (و and, ف then), a
 * preposition (ب with, ل for, ك like) and the article ال, each optional; ل + ال is written لل. Each variant cuts
 * the longest run of its kinds, one clitic at a time and only while the word before the cut is longer than a
 * given number of letters, so that short words that merely start with these letters (ولد، بلد، كل) stay whole.
 * Rules read normal forms (TextNormalizer: alef forms folded to ا).
 */
public enum Proclitics {
    /** و or ف alone: a conjunction before a surname or an adjective. */
    CONJUNCTION(false, false),
    /** A conjunction then a preposition, never the article (وبلعاتي، لبلعاتي). */
    CONJUNCTION_AND_PREPOSITION(true, false),
    /** Conjunction, preposition and article (وبالرئيس → رئيس, للرئيس → رئيس). */
    ALL(true, true);

    private final boolean preposition;
    private final boolean article;

    Proclitics(boolean preposition, boolean article) {
        this.preposition = preposition;
        this.article = article;
    }

    public static boolean isConjunction(char c) {
        return c == 'و' || c == 'ف';
    }

    public static boolean isPreposition(char c) {
        return c == 'ب' || c == 'ل' || c == 'ك';
    }

    /** How many leading characters of {@code word} this variant cuts. */
    public int length(String word, int longerThan) {
        int at = 0;
        if (word.length() - at > longerThan && isConjunction(word.charAt(at))) {
            at++;
        }
        if (!preposition) {
            return at;
        }
        if (article && word.length() - at > longerThan && word.startsWith("لل", at)) {
            return at + 2;
        }
        if (word.length() - at > longerThan && isPreposition(word.charAt(at))) {
            at++;
        }
        if (article && word.length() - at > longerThan && word.startsWith("ال", at)) {
            at += 2;
        }
        return at;
    }

    /** The word without what {@link #length} cuts. */
    public String strip(String word, int longerThan) {
        return word.substring(length(word, longerThan));
    }

    /** Whether {@code word[0, cut)} is a run of proclitics in their order: و|ف, then ب|ل|ك, then ال. */
    public static boolean isRun(String word, int cut) {
        int i = 0;
        if (i < cut && isConjunction(word.charAt(i))) {
            i++;
        }
        if (i < cut && isPreposition(word.charAt(i))) {
            i++;
        }
        if (i + 2 <= cut && word.startsWith("ال", i)) {
            i += 2;
        }
        return i == cut;
    }
}
