package org.akhbar.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** WikiANN-style sentences written for this test, and what the tagger trains on of them. */
class SilverCorpusTest {
    @TempDir
    Path dir;

    @Test
    void redirectsAndShortSentencesAreLeftOutAndPunctuationIsCutOff() throws IOException {
        Path file = dir.resolve("silver.conll");
        Files.writeString(file, String.join("\n",
                "تحويل B-LOC", "القاهرة I-LOC", "الكبرى I-LOC", "إلى O", "مدينة O", "القاهرة B-LOC", "",
                "باريس B-LOC", "، O", "فرنسا B-LOC", "",
                "حددها O", "فرنسوا B-PER", "ميتيران، I-PER", "وهو O", "عضو O", "في O", "«الحزب B-ORG",
                "الاشتراكي» I-ORG", "منذ O", "",
                "دايو B-ORG", "(شركة) I-ORG", "كورية O", "تعمل O", "في O", "البناء O", ""), StandardCharsets.UTF_8);
        List<Sentence> read = SilverCorpus.read(file);
        assertEquals(2, read.size(), "the redirect and the three-token sentence are left out");
        assertEquals(List.of("حددها", "فرنسوا", "ميتيران", "،", "وهو", "عضو", "في", "«", "الحزب", "الاشتراكي", "»",
                "منذ"), read.get(0).tokens());
        assertEquals(List.of("O", "B-PERS", "I-PERS", "O", "O", "O", "O", "O", "B-ORG", "I-ORG", "O", "O"),
                read.get(0).tags());
        assertEquals(List.of("دايو", "(", "شركة", ")", "كورية", "تعمل", "في", "البناء"), read.get(1).tokens());
        assertEquals(List.of("B-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O", "O"), read.get(1).tags());
    }
}
