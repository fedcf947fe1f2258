package org.akhbar.enrich;

import java.util.List;
import org.akhbar.arabic.ArabicTokenizer.Word;
import org.akhbar.arabic.Proclitics;
import org.akhbar.ner.NameLexicon;

/**
 * Which organisation spans of the tagger stand as entities, and what of them: particles glued to either end are
 * cut (المنظمة الدولية أي) and country adjectives after the name taken in (اتحاد الصناعات المصرية); a span must
 * name its kind of body (وزارة الطاقة، حزب العمال) or follow a word that does, which stays out of the name as
 * newswire annotates it (صحيفة هآرتس, نادي أميان), unless it is a Latin acronym (NATO written as such). The
 * tagger alone reads ordinary words as organisations too often (الجزيرة the island, كاف «enough», a match called
 * كلاسيكو): on the development split its organisations are right 0.76 of the time, a bare one-word one far less.
 */
final class OrganisationSpans {
    private final NameLexicon lexicon;
    private final PersonSpans personSpans;

    OrganisationSpans(NameLexicon lexicon, PersonSpans personSpans) {
        this.lexicon = lexicon;
        this.personSpans = personSpans;
    }

    /** The kept part of the organisation span {@code words[first..last]}, or null when it stands for none. */
    KeptSpan keep(List<Word> words, int first, int last) {
        while (first <= last && personSpans.isParticle(words.get(first).normal())) {
            first++;
        }
        while (last >= first && personSpans.isParticle(words.get(last).normal())) {
            last--;
        }
        if (first > last) {
            return null;
        }
        while (last + 1 < words.size() && !words.get(last + 1).breakBefore()
                && (lexicon.bits(words.get(last + 1).normal()) & NameLexicon.NISBA) != 0) {
            last++;
        }
        boolean named = isBodyWord(words.get(first).normal())
                || (first > 0 && !words.get(first).breakBefore() && isBodyWord(words.get(first - 1).normal()));
        return named || (first == last && isAcronym(words.get(first).surface())) ? new KeptSpan(first, last)
                : null;
    }

    /** A word for a kind of body (وزارة، حزب، المنظمة، لإذاعة), with or without proclitics and the article. */
    private boolean isBodyWord(String normal) {
        String bare = Proclitics.CONJUNCTION_AND_PREPOSITION.strip(normal, 3);
        int bits = lexicon.bits(normal) | lexicon.bits(bare);
        if (bare.startsWith("ال") && bare.length() > 4) {
            bits |= lexicon.bits(bare.substring(2));
        }
        return (bits & NameLexicon.ORG_WORD) != 0;
    }

    private static boolean isAcronym(String surface) {
        return surface.length() >= 2 && surface.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }
}
