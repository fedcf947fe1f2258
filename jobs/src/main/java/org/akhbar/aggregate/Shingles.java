package org.akhbar.aggregate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.akhbar.arabic.ArabicTokenizer;

/** Word shingles of a normalised body: what near-duplicate detection compares. */
public final class Shingles {
    static final int WORDS = 5;

    private Shingles() {
    }

    /** Distinct runs of {@link #WORDS} normal words; a shorter body is one shingle of all its words. */
    public static List<String> of(String body) {
        List<String> words = ArabicTokenizer.words(body).stream().map(ArabicTokenizer.Word::normal).toList();
        Set<String> shingles = new LinkedHashSet<>();
        if (words.size() < WORDS) {
            if (!words.isEmpty()) {
                shingles.add(String.join(" ", words));
            }
            return new ArrayList<>(shingles);
        }
        for (int i = 0; i + WORDS <= words.size(); i++) {
            shingles.add(String.join(" ", words.subList(i, i + WORDS)));
        }
        return new ArrayList<>(shingles);
    }
}
