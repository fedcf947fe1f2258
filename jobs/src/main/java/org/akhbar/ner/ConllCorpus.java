package org.akhbar.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.akhbar.InputException;

/**
 * A CoNLL-style file: one {@code token TAG} a line (the tag is the last field, after a space or tab), a blank line
 * between sentences, {@code -DOCSTART-} lines ignored.
 */
public final class ConllCorpus {
    private ConllCorpus() {
    }

    public static List<Sentence> read(Path file) throws IOException {
        List<Sentence> sentences = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        int lineNumber = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                String t = line.strip();
                if (t.isEmpty()) {
                    flush(sentences, tokens, tags);
                    continue;
                }
                if (t.startsWith("-DOCSTART-")) {
                    continue;
                }
                int cut = Math.max(t.lastIndexOf(' '), t.lastIndexOf('\t'));
                if (cut <= 0) {
                    throw new InputException(file + " line " + lineNumber + ": expected 'token TAG', found '" + t
                            + "'");
                }
                tokens.add(t.substring(0, cut).strip());
                tags.add(t.substring(cut + 1));
            }
        }
        flush(sentences, tokens, tags);
        return sentences;
    }

    private static void flush(List<Sentence> sentences, List<String> tokens, List<String> tags) {
        if (!tokens.isEmpty()) {
            sentences.add(new Sentence(tokens, tags));
            tokens.clear();
            tags.clear();
        }
    }

    /** Train and development parts: the development part is the last {@code devFraction} of the sentences. */
    public record Split(List<Sentence> train, List<Sentence> dev) {
    }

    public static Split split(List<Sentence> sentences, double devFraction) {
        int devStart = sentences.size() - (int) Math.round(sentences.size() * devFraction);
        return new Split(List.copyOf(sentences.subList(0, devStart)),
                List.copyOf(sentences.subList(devStart, sentences.size())));
    }
}
