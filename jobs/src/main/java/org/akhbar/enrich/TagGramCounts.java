package org.akhbar.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.akhbar.arabic.ArabicTokenizer;

/**
 * For each n-gram of normalised words (1 to {@link #MAX_WORDS}) of tag lines, the number of lines holding it:
 * counted in a map per task, so a shuffle carries one row per distinct n-gram and task instead of one per
 * occurrence.
 */
final class TagGramCounts {
    static final int MAX_WORDS = 4;

    /** An n-gram and how many lines hold it. */
    record Gram(String gram, long lines) {
    }

    private final Map<String, long[]> lines = new HashMap<>();
    private final Set<String> inLine = new HashSet<>();

    /** Counts every n-gram of {@code line} once, however often it comes in the line. */
    void add(String line) {
        List<ArabicTokenizer.Word> words = ArabicTokenizer.words(line);
        inLine.clear();
        StringBuilder gram = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            gram.setLength(0);
            for (int n = 1; n <= MAX_WORDS && i + n <= words.size(); n++) {
                gram.append(n > 1 ? " " : "").append(words.get(i + n - 1).normal());
                String key = gram.toString();
                if (inLine.add(key)) {
                    lines.computeIfAbsent(key, k -> new long[1])[0]++;
                }
            }
        }
    }

    /** The n-grams counted so far. */
    Iterator<Gram> counted() {
        List<Gram> out = new ArrayList<>(lines.size());
        lines.forEach((gram, count) -> out.add(new Gram(gram, count[0])));
        return out.iterator();
    }

    /** The counts of all {@code lines}. */
    static TagGramCounts of(Iterator<String> lines) {
        TagGramCounts counts = new TagGramCounts();
        lines.forEachRemaining(counts::add);
        return counts;
    }
}
