package org.akhbar.enrich;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.akhbar.arabic.ArabicTokenizer.Word;
import org.akhbar.arabic.Proclitics;
import org.akhbar.arabic.WordClasses;
import org.akhbar.ner.NameLexicon;

/**
 * What of a person span the tagger reads is a name: it cuts the words glued to either end (a verb of speech or
 * action, a particle, a title after the name) and refuses spans that name no one: a fragment ending in بن or عبد,
 * a run of names written one after another, and a place or institution named after a person (مستشفى شارل نيكول،
 * شارع محمد الخامس). The words are in {@code enrich/person-spans.tsv}; the tagger's trigger words (titles, verbs
 * of speech) count too.
 */
final class PersonSpans {
    /** Longer spans are lists of names or a name run into the sentence (محمد بن سلمان بن عبد العزيز has six words). */
    static final int MAX_WORDS = 6;
    /** From this length a span must not hold a second given name that no connector introduces. */
    static final int LIST_WORDS = 4;

    private static final int VERB = 1;
    private static final int PARTICLE = 1 << 1;
    private static final int CONNECTOR = 1 << 2;
    private static final int FACILITY = 1 << 3;
    /** Words after عبد that start with the article but are part of the given name. */
    private static final Set<String> GOD_NAMES = Set.of("الله", "الرحمن", "الرحيم", "العزيز",
            "الكريم", "الحميد", "المجيد", "الحليم", "الباري", "الفتاح", "الرزاق", "اللطيف", "الناصر", "القادر");

    private final NameLexicon lexicon;
    private final Map<String, Integer> classes;

    PersonSpans(NameLexicon lexicon) {
        this.lexicon = lexicon;
        this.classes = read();
    }

    /** The kept part of the person span {@code words[first..last]}, or null when it names no one. */
    KeptSpan keep(List<Word> words, int first, int last) {
        if (first > 0 && !words.get(first).breakBefore() && has(words.get(first - 1).normal(), FACILITY)) {
            return null;
        }
        while (first <= last && isGlued(words.get(first).normal(), true)) {
            first++;
        }
        while (last >= first && isGlued(words.get(last).normal(), false)) {
            last--;
        }
        if (first > last || has(words.get(first).normal(), FACILITY)
                || has(words.get(last).normal(), CONNECTOR)) {
            return null;
        }
        int count = last - first + 1;
        if (count > MAX_WORDS || (count >= LIST_WORDS && holdsASecondName(words, first, last))) {
            return null;
        }
        return new KeptSpan(first, last);
    }

    /** A word that is never part of a name (بأن، عن، خلال), with or without a conjunction. */
    boolean isParticle(String normal) {
        return has(normal, PARTICLE);
    }

    /** A word at either end that belongs to the sentence, not the name. */
    private boolean isGlued(String normal, boolean leading) {
        String bare = Proclitics.CONJUNCTION.strip(normal, 3);
        int bits = lexicon.bits(normal) | lexicon.bits(bare);
        if ((bits & NameLexicon.TITLE) != 0) {
            // Before a name only a definite title is surely one (امين and نبيل are given names too); after it, only
            // an indefinite role noun (هشام بن عمران مدير), never a title that is also a family name (محمد السيد).
            return leading ? bare.startsWith("ال")
                    : !bare.startsWith("ال") && (bits & NameLexicon.PERS_LATER) == 0;
        }
        return (leading && (bits & NameLexicon.SPEECH) != 0) || has(normal, VERB | PARTICLE);
    }

    /**
     * A given name after a family name (a word with the article, not الله or الرحمن of عبد الله) within the span:
     * names written one after another (فتحي العيادي محمد الهاروني), not a patronymic (علي عبد الله صالح).
     */
    private boolean holdsASecondName(List<Word> words, int first, int last) {
        for (int i = first + 2; i <= last; i++) {
            String normal = words.get(i).normal();
            String before = words.get(i - 1).normal();
            boolean givenName = (lexicon.bits(normal) & NameLexicon.PERS_FIRST) != 0 && !has(normal, CONNECTOR);
            boolean afterFamilyName = before.startsWith("ال") && !GOD_NAMES.contains(before)
                    && !has(words.get(i - 2).normal(), CONNECTOR);
            if (givenName && afterFamilyName) {
                return true;
            }
        }
        return false;
    }

    private boolean has(String normal, int classBits) {
        Integer bits = classes.get(normal);
        if (bits == null) {
            bits = classes.get(Proclitics.CONJUNCTION.strip(normal, 3));
        }
        return bits != null && (bits & classBits) != 0;
    }

    private static Map<String, Integer> read() {
        return WordClasses.read("/enrich/person-spans.tsv", Map.of("verb", VERB, "particle", PARTICLE, "connector",
                CONNECTOR, "facility", FACILITY));
    }
}
