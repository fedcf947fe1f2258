package org.akhbar.ner;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.akhbar.arabic.ArabicTokenizer;
import org.akhbar.arabic.WordClasses;
import org.akhbar.entity.Entity;
import org.akhbar.entity.EntityType;
import org.akhbar.entity.Gazetteer;

/**
 * What the tagger knows of words before it reads them: for each normal word, the kinds of gazetteer names it
 * stands in (first word or later word of a person's, place's or organisation's name, a nisba adjective), whole
 * multi-word names by type, and the trigger words of {@code ner/triggers.tsv} (titles, verbs of speech, words
 * for places and for organisations).
 */
public final class NameLexicon implements Serializable {
    public static final int PERS_FIRST = 1;
    public static final int PERS_LATER = 1 << 1;
    public static final int LOC_FIRST = 1 << 2;
    public static final int LOC_LATER = 1 << 3;
    public static final int ORG_FIRST = 1 << 4;
    public static final int ORG_LATER = 1 << 5;
    public static final int NISBA = 1 << 6;
    public static final int SINGLE_WORD = 1 << 7;
    public static final int TITLE = 1 << 8;
    public static final int SPEECH = 1 << 9;
    public static final int LOC_WORD = 1 << 10;
    public static final int ORG_WORD = 1 << 11;
    /** Longest gazetteer name matched as a whole, in words. */
    public static final int MAX_NAME_WORDS = 5;

    private final Map<String, Integer> bits = new HashMap<>();
    /** Whole names of two words or more, their words joined by one space → 1 + the NER type index. */
    private final Map<String, Integer> names = new HashMap<>();

    private NameLexicon() {
    }

    public static NameLexicon of(Gazetteer gazetteer) {
        NameLexicon lexicon = new NameLexicon();
        for (Entity e : gazetteer.entities()) {
            int type = typeIndex(e.type());
            lexicon.addName(e.nameAr(), type);
            e.aliases().forEach(a -> lexicon.addName(a, type));
            for (String form : e.nisba()) {
                for (String w : words(form)) {
                    lexicon.bits.merge(w, NISBA, (a, b) -> a | b);
                }
            }
        }
        lexicon.readTriggers();
        return lexicon;
    }

    /** The bits of one normal word; 0 when it is in no list. */
    public int bits(String normal) {
        Integer b = bits.get(normal);
        return b == null ? 0 : b;
    }

    /** 1 + the type index of the whole name these words make, or 0. */
    public int name(String joinedNormal) {
        Integer t = names.get(joinedNormal);
        return t == null ? 0 : t;
    }

    private void addName(String name, int type) {
        List<String> words = words(name);
        if (words.isEmpty()) {
            return;
        }
        int first = switch (type) {
            case 0 -> PERS_FIRST;
            case 1 -> LOC_FIRST;
            default -> ORG_FIRST;
        };
        for (int i = 0; i < words.size(); i++) {
            int bit = i == 0 ? first : first << 1;
            if (words.size() == 1) {
                bit |= SINGLE_WORD;
            }
            bits.merge(words.get(i), bit, (a, b) -> a | b);
        }
        if (words.size() > 1 && words.size() <= MAX_NAME_WORDS) {
            names.putIfAbsent(String.join(" ", words), 1 + type);
        }
    }

    private void readTriggers() {
        WordClasses.read("/ner/triggers.tsv", Map.of("title", TITLE, "speech", SPEECH, "loc", LOC_WORD, "org",
                ORG_WORD)).forEach((word, bit) -> bits.merge(word, bit, (a, b) -> a | b));
    }

    private static List<String> words(String text) {
        return ArabicTokenizer.words(text).stream().map(ArabicTokenizer.Word::normal).filter(w -> !w.isEmpty())
                .toList();
    }

    /** The NER type index ({@link NerLabels#TYPES}) of a gazetteer type. */
    static int typeIndex(EntityType type) {
        return switch (type) {
            case PERSON -> 0;
            case LOC -> 1;
            case ORG -> 2;
        };
    }
}
