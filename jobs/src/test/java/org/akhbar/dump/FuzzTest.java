package org.akhbar.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.akhbar.article.ArticleParser;
import org.akhbar.article.PublishDateParser;
import org.akhbar.testing.Archives;
import org.akhbar.testing.BrokenInputs;
import org.akhbar.testing.Fixtures;
import org.akhbar.testing.Seeds;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bounded property tests with fixed seeds: random and mutated pages, JSON lines and archives must never make the
 * parser or the reader throw; every input becomes articles, rejects and a file summary. A failure prints the
 * seed so it can be replayed.
 */
@Tag("slow")
class FuzzTest {
    private static final long SEED = 20261122L;
    private static final int PAGE_CASES = 12_000;
    private static final int FILE_CASES = 600;
    private static final String[] MARKERS = {"إقرأ أيضاً:", "اقرأ أيضاً", "إقرأ المزيد ", "المصدر:", "كلمات دلالية:",
            "تاريخ النشر:", "مقالات مشابهة", "  • ", "موقع 24:", "2024-11-25@04:02:07 GMT", "\u00A0", "\u200F",
            "\r\n", "\n\n", "ﻷ", "ی", "٢٠٢٣", "منذ ساعتين", "22 صفر 1445 هـ", "{", "\"", ":", "\\u0000", "\u2003",
            "\u202F", "\u3000", "\u0640", "\u200C", "\\u00A0", "12345", "[", "]"};
    private static final String[] SEEDS = {Seeds.S000, Seeds.S001, Seeds.S002, Seeds.S003, Seeds.S004};

    @TempDir
    Path dir;

    @Test
    void mutatedPagesNeverThrow() {
        Random random = new Random(SEED);
        ArticleParser parser = new ArticleParser();
        DumpReader reader = new DumpReader(new Configuration(), ReadLimits.defaults(), JsonFields.defaults());
        InputFile file = new InputFile("file:/fuzz", "fuzz", "fuzz", 0, 0);
        for (int i = 0; i < PAGE_CASES; i++) {
            String text = mutate(Seeds.text(SEEDS[random.nextInt(SEEDS.length)]), random);
            int caseNo = i;
            run(() -> parser.parse(text), caseNo);
            run(() -> PublishDateParser.parse(slice(text, random), Instant.ofEpochSecond(random.nextInt())), caseNo);
            byte[] bytes = random.nextInt(4) == 0 ? randomBytes(random) : text.getBytes(StandardCharsets.UTF_8);
            run(() -> reader.parse(new RawRecord(file, null, 0, RawRecord.Kind.PAGE, bytes)), caseNo);
            String json = "{\"body\":\"" + slice(text, random) + "\",\"published\":" + slice(text, random) + "}";
            run(() -> reader.parse(new RawRecord(file, null, 1, RawRecord.Kind.JSON_LINE,
                    mutate(json, random).getBytes(StandardCharsets.UTF_8))), caseNo);
        }
    }

    @Test
    void mutatedFilesOfEveryFormatNeverThrowAndAlwaysEndWithTheirSummary() {
        Random random = new Random(SEED + 1);
        DumpReader reader = new DumpReader(new Configuration(), ReadLimits.defaults(), JsonFields.defaults());
        String[] names = {"a.tar", "a.tar.gz", "a.tar.bz2", "a.zip", "a.jsonl", "a.jsonl.gz", "a.txt.gz", "a.txt",
            "empty.zip", "empty.tar", "garbage.zip", "text.tar", "broken.jsonl", "blanks.txt"};
        for (int i = 0; i < FILE_CASES; i++) {
            String name = names[random.nextInt(names.length)];
            byte[] bytes = flipBytes(validFile(name, random), random);
            Path file = Fixtures.writeBytes(dir.resolve(i + "-" + name), bytes);
            InputFile input = new InputFile(file.toUri().toString(), name, i + "-" + name, bytes.length, 0);
            int caseNo = i;
            run(() -> {
                List<ReadItem> items = new ArrayList<>();
                try (DumpReader.ItemIterator it = reader.read(input)) {
                    it.forEachRemaining(items::add);
                }
                FileRead read = (FileRead) assertInstanceOf(FileRead.class, items.get(items.size() - 1),
                        "case " + caseNo + " ends with FileRead");
                assertEquals(items.size() - 1, read.records(), "case " + caseNo + ": records = articles + rejects");
                assertEquals(read.records() == 0, read.empty() != null,
                        "case " + caseNo + ": a file gives records or says why it gave none");
            }, caseNo);
        }
    }

    private static byte[] validFile(String name, Random random) {
        String page = Seeds.text(SEEDS[random.nextInt(SEEDS.length)]);
        byte[] tar = Archives.tar(Archives.entries("x/a.txt", page, "b.txt", page.substring(0, page.length() / 2)));
        byte[] jsonl = ("{\"body\":\"نص\",\"title\":\"عنوان\"}\n{\"body\":\"" + page.substring(0, 200)
                .replace("\n", "\\n").replace("\"", "'") + "\"}\n").getBytes(StandardCharsets.UTF_8);
        return switch (name) {
            case "a.tar" -> tar;
            case "a.tar.gz" -> Archives.gzip(tar);
            case "a.tar.bz2" -> Archives.bzip2(tar);
            case "a.zip" -> Archives.zip(Archives.entries("a.txt", page, "b/c.txt", page));
            case "a.jsonl" -> jsonl;
            case "a.jsonl.gz" -> Archives.gzip(jsonl);
            case "a.txt.gz" -> Archives.gzip(page.getBytes(StandardCharsets.UTF_8));
            case "empty.zip" -> BrokenInputs.EMPTY_ZIP;
            case "empty.tar" -> BrokenInputs.EMPTY_TAR;
            case "garbage.zip" -> BrokenInputs.GARBAGE_ZIP;
            case "text.tar" -> BrokenInputs.TEXT_TAR;
            case "broken.jsonl" -> BrokenInputs.JSON_LINES.getBytes(StandardCharsets.UTF_8);
            case "blanks.txt" -> BrokenInputs.BLANK_BODY_PAGE.getBytes(StandardCharsets.UTF_8);
            default -> page.getBytes(StandardCharsets.UTF_8);
        };
    }

    private static void run(Runnable action, int caseNo) {
        try {
            action.run();
        } catch (RuntimeException | AssertionError e) {
            throw new AssertionError("fuzz case " + caseNo + " (seed " + SEED + ") threw " + e, e);
        }
    }

    private static String mutate(String text, Random random) {
        StringBuilder s = new StringBuilder(text);
        int edits = 1 + random.nextInt(6);
        for (int e = 0; e < edits && s.length() > 0; e++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(5)) {
                case 0 -> s.delete(at, Math.min(s.length(), at + random.nextInt(400)));
                case 1 -> s.insert(at, MARKERS[random.nextInt(MARKERS.length)]);
                case 2 -> s.insert(at, (char) random.nextInt(0x10000));
                case 3 -> s.insert(at, s.substring(at, Math.min(s.length(), at + random.nextInt(300))));
                default -> s.setLength(at);
            }
        }
        return s.toString();
    }

    private static String slice(String text, Random random) {
        if (text.isEmpty()) {
            return text;
        }
        int from = random.nextInt(text.length());
        return text.substring(from, Math.min(text.length(), from + random.nextInt(60)));
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(300)];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] flipBytes(byte[] bytes, Random random) {
        byte[] copy = bytes.clone();
        int flips = random.nextInt(4);
        for (int i = 0; i < flips && copy.length > 0; i++) {
            copy[random.nextInt(copy.length)] ^= (byte) (1 + random.nextInt(255));
        }
        if (random.nextInt(5) == 0 && copy.length > 1) {
            return java.util.Arrays.copyOf(copy, random.nextInt(copy.length));
        }
        return copy;
    }
}
