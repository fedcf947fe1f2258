package org.akhbar.arabic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A resource of word lists by class: {@code class<TAB>words written as usual} a line, {@code #} for comments. Each
 * word is read in normal form ({@link TextNormalizer}) and gets the bits of every class it is listed under.
 */
public final class WordClasses {
    private WordClasses() {
    }

    /** @param bitByClass the bit of each class the file may name; another class fails loudly */
    public static Map<String, Integer> read(String resource, Map<String, Integer> bitByClass) {
        Map<String, Integer> bits = new HashMap<>();
        try (InputStream in = WordClasses.class.getResourceAsStream(resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", 2);
                Integer bit = bitByClass.get(cells[0].trim());
                if (bit == null) {
                    throw new IllegalStateException(resource + ": unknown class " + cells[0]);
                }
                for (ArabicTokenizer.Word w : ArabicTokenizer.words(cells[1])) {
                    if (!w.normal().isEmpty()) {
                        bits.merge(w.normal(), bit, (a, b) -> a | b);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bits;
    }
}
