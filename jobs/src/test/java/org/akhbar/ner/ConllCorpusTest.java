package org.akhbar.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConllCorpusTest {
    @Test
    void sentencesAreSeparatedByBlankLinesAndTheTagIsTheLastField(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("c.txt"), "-DOCSTART- O\n\nقال O\nمحمد B-PERS\nعلي\tI-PERS\n\n\n"
                + "في O\nبغداد B-LOC\n");
        List<Sentence> sentences = ConllCorpus.read(file);
        assertEquals(2, sentences.size());
        assertEquals(List.of("قال", "محمد", "علي"), sentences.get(0).tokens());
        assertEquals(List.of("O", "B-PERS", "I-PERS"), sentences.get(0).tags());
        assertEquals(List.of("في", "بغداد"), sentences.get(1).tokens());
    }

    @Test
    void theDevelopmentPartIsTheLastShareOfTheSentences() {
        List<Sentence> ten = java.util.stream.IntStream.range(0, 10)
                .mapToObj(i -> new Sentence(List.of("w" + i), List.of("O"))).toList();
        ConllCorpus.Split split = ConllCorpus.split(ten, 0.2);
        assertEquals(8, split.train().size());
        assertEquals(List.of("w8"), split.dev().get(0).tokens());
        assertEquals(List.of("w9"), split.dev().get(1).tokens());
    }
}
