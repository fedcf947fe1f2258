package org.akhbar.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The curated tag vocabulary shipped in {@code tags/vocabulary.tsv}. */
public final class TagVocabularyFiles {
    private TagVocabularyFiles() {
    }

    /** The curated tags in normal form, sorted. */
    public static java.util.SortedSet<String> curatedNormal() {
        return new java.util.TreeSet<>(org.akhbar.tag.TagSplitter.units(curated()));
    }

    public static List<String> curated() {
        List<String> tags = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                TagVocabularyFiles.class.getResourceAsStream("/tags/vocabulary.tsv"), StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    tags.add(line.trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tags;
    }
}
