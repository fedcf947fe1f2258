package org.akhbar.enrich;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.akhbar.arabic.ArabicTokenizer.Word;
import org.akhbar.arabic.Proclitics;
import org.akhbar.arabic.WordClasses;

/**
 * Organisations named by their kind of body and a name in words with the article, the way most associations,
 * companies, unions and hospitals of local news are named (جمعية الأمل الخيرية، شركة النور للمقاولات، نقابة
 * المعلمين المستقلة): the tagger, trained on newswire that names few of them, reads almost none. The body word
 * ({@code enrich/organisation-names.tsv}) must stand without the article, as the first term of a construct
 * (الشركة الوطنية is a description), and the name runs over the words with the article that follow it in the same
 * clause, with one purpose phrase (للمقاولات، للتنمية) at its end.
 */
final class DescriptiveOrganisations {
    /** Longer runs of words with the article are a sentence going on, not a name. */
    static final int MAX_NAME_WORDS = 3;
    private static final int BODY = 1;
    private static final int GENERIC = 1 << 1;
    private static final int STOP = 1 << 2;
    /** أل and إل fold to ال in normal form, but start words of their own (ألمانية، إلكترونية), not the article. */
    private static final Pattern HAMZA_START = Pattern.compile("[وف]?[أإآ]ل");

    private final Map<String, Integer> bodies = WordClasses.read("/enrich/organisation-names.tsv",
            Map.of("body", BODY, "generic", GENERIC, "stop", STOP));

    /** The span of the organisation named from {@code words[at]}, or null when none starts there. */
    KeptSpan at(List<Word> words, int at) {
        int kind = kind(words.get(at).normal());
        if (kind != BODY && kind != GENERIC) {
            return null;
        }
        int last = at;
        int named = 0;
        boolean purpose = false;
        while (last + 1 < words.size() && named < MAX_NAME_WORDS && !words.get(last + 1).breakBefore()) {
            String next = words.get(last + 1).normal();
            if (named > 0 && next.startsWith("لل") && next.length() > 4 && kind(next) != STOP) {
                last++;
                purpose = true;
                break;
            }
            boolean definite = (next.startsWith("ال") || (named > 0 && next.startsWith("وال")))
                    && !HAMZA_START.matcher(words.get(last + 1).surface()).lookingAt();
            if (!definite || next.length() < 4 || endsName(next)) {
                break;
            }
            last++;
            named++;
        }
        boolean enough = kind == BODY ? named > 0 : named > 1 || purpose;
        return enough ? new KeptSpan(at, last) : null;
    }

    /** The body word without its conjunction or preposition, the way the name is kept. */
    String bare(String normal) {
        return bodies.containsKey(normal) ? normal : Proclitics.CONJUNCTION_AND_PREPOSITION.strip(normal, 3);
    }

    /** A stop word, or another body with the article (والمركز القومي starts a second organisation). */
    private boolean endsName(String definite) {
        return kind(definite) != 0 || kind(definite.substring(definite.indexOf("ال") + 2)) != 0;
    }

    private int kind(String normal) {
        Integer kind = bodies.get(normal);
        if (kind == null && normal.startsWith("لل")) {
            return 0; // ل + the article (للجنة): a body with the article is a description, not a name's start
        }
        if (kind == null) {
            kind = bodies.get(Proclitics.CONJUNCTION_AND_PREPOSITION.strip(normal, 3));
        }
        return kind == null ? 0 : kind;
    }
}
