package org.akhbar.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.akhbar.InputException;
import org.akhbar.article.RejectReason;
import org.akhbar.testing.Archives;
import org.akhbar.testing.Fixtures;
import org.akhbar.testing.Seeds;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every container, encoding and kind of bad input, read without Spark from files the test writes. */
class DumpReaderTest {
    private static final String PAGE = "عنوان قصير عن لقاء في موسكو اليوم\nتاريخ النشر: 7 سبتمبر 2023\n"
            + "استضافت موسكو لقاء بين وزيري خارجية أرمينيا وأذربيجان.\nالمصدر: الأسبوع";

    @TempDir
    Path dir;

    private List<ReadItem> read(String name, byte[] bytes) {
        return read(name, bytes, ReadLimits.defaults(), JsonFields.defaults());
    }

    private List<ReadItem> read(String name, byte[] bytes, ReadLimits limits, JsonFields fields) {
        Path file = Fixtures.writeBytes(dir.resolve(name), bytes);
        InputFile input = new InputFile(file.toUri().toString(), "dump/" + name, name, bytes.length, 0);
        List<ReadItem> items = new ArrayList<>();
        try (DumpReader.ItemIterator it = new DumpReader(new Configuration(), limits, fields).read(input)) {
            it.forEachRemaining(items::add);
        }
        return items;
    }

    private static List<IngestOutcome> outcomes(List<ReadItem> items) {
        return items.stream().filter(i -> i instanceof IngestOutcome).map(i -> (IngestOutcome) i).toList();
    }

    private static List<String> reasons(List<ReadItem> items) {
        return outcomes(items).stream()
                .map(o -> o instanceof IngestOutcome.Rejected r ? r.reason().code() : "article").toList();
    }

    private static FileRead last(List<ReadItem> items) {
        return assertInstanceOf(FileRead.class, items.get(items.size() - 1), "a file always ends with its summary");
    }

    private static Map<String, String> archiveEntries() {
        return Archives.entries(
                "day1/", "",
                "day1/a.txt", PAGE,
                "day1/b", Seeds.text(Seeds.S001),
                "day1/._a.txt", "macOS resource fork",
                "day1/notes.pdf", "%PDF",
                "../../x.txt", Seeds.text(Seeds.S004),
                "day1/empty.txt", "");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dump.tar", "dump.tar.gz", "dump.tgz", "dump.tar.bz2", "dump.zip"})
    void archivesAreReadEntryByEntry(String name) {
        byte[] plain = name.endsWith(".zip") ? Archives.zip(archiveEntries()) : Archives.tar(archiveEntries());
        byte[] bytes = name.endsWith(".gz") || name.endsWith(".tgz") ? Archives.gzip(plain)
                : name.endsWith(".bz2") ? Archives.bzip2(plain) : plain;
        List<ReadItem> items = read(name, bytes);
        assertEquals(List.of("article", "article", "unsupported_type", "article", "empty"), reasons(items),
                "folders and ._ files are not records");
        List<IngestOutcome> o = outcomes(items);
        assertEquals(List.of("day1/a.txt", "day1/b", "day1/notes.pdf", "../../x.txt", "day1/empty.txt"),
                o.stream().map(IngestOutcome::entry).toList());
        IngestOutcome.Accepted traversal = (IngestOutcome.Accepted) o.get(3);
        assertEquals(ArticleIds.of(name + "!../../x.txt", 0), traversal.articleId());
        assertFalse(Files.exists(dir.getParent().getParent().resolve("x.txt")), "entry names are never paths");
        assertEquals(5, last(items).records());
    }

    @Test
    void fileHashIsTheSha256OfTheStoredBytes() throws Exception {
        byte[] bytes = Archives.gzip(Archives.tar(archiveEntries()));
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        assertEquals(expected, last(read("dump.tar.gz", bytes)).contentHash());
    }

    @ParameterizedTest
    @ValueSource(strings = {"page.txt.gz", "page.gz", "page.txt.bz2"})
    void compressedSinglePages(String name) {
        byte[] page = PAGE.getBytes(StandardCharsets.UTF_8);
        List<ReadItem> items = read(name, name.endsWith(".bz2") ? Archives.bzip2(page) : Archives.gzip(page));
        IngestOutcome.Accepted a = (IngestOutcome.Accepted) outcomes(items).get(0);
        assertEquals("عنوان قصير عن لقاء في موسكو اليوم", a.article().title());
        assertEquals(Instant.parse("2023-09-07T00:00:00Z"), a.article().publishedAt());
    }

    @Test
    void truncatedGzipIsRejected() {
        byte[] gz = Archives.gzip(Seeds.text(Seeds.S000).getBytes(StandardCharsets.UTF_8));
        byte[] cut = java.util.Arrays.copyOf(gz, gz.length / 2);
        assertEquals(List.of("truncated"), reasons(read("cut.txt.gz", cut)));
    }

    @Test
    void truncatedTarGzKeepsTheEntriesBeforeTheCut() {
        Map<String, String> entries = Archives.entries("a.txt", PAGE, "b.txt", Seeds.text(Seeds.S000),
                "c.txt", Seeds.text(Seeds.S002));
        byte[] tar = Archives.tar(entries);
        byte[] gz = Archives.gzip(tar);
        List<String> reasons = reasons(read("cut.tar.gz", java.util.Arrays.copyOf(gz, gz.length * 3 / 4)));
        assertEquals("article", reasons.get(0));
        assertEquals("truncated", reasons.get(reasons.size() - 1));
    }

    @Test
    void notGzipAtAllIsACorruptArchive() {
        assertEquals(List.of("corrupt_archive"), reasons(read("fake.tar.gz", "not gzip".getBytes())));
    }

    @Test
    void damagedZipEntryIsRejectedAndTheNextIsStillRead() {
        Map<String, String> entries = Archives.entries("a.txt", Seeds.text(Seeds.S000), "b.txt", PAGE);
        byte[] zip = Archives.zip(entries);
        // Deflated data of the first entry starts after its 30-byte local header and 5-byte name.
        for (int i = 40; i < 80; i++) {
            zip[i] ^= 0x5A;
        }
        List<String> reasons = reasons(read("damaged.zip", zip));
        assertEquals("corrupt_entry", reasons.get(0), reasons.toString());
    }

    @Test
    void recordOverTheCapIsTooLarge() {
        byte[] tar = Archives.tar(Archives.entries("big.txt", Seeds.text(Seeds.S000), "small.txt", PAGE));
        List<ReadItem> items = read("caps.tar", tar, ReadLimits.defaults().withMaxRecordBytes(1000),
                JsonFields.defaults());
        assertEquals(List.of("too_large", "article"), reasons(items));
        assertEquals(6966L, outcomes(items).get(0).bytes(), "the size of seed 000 is still reported");
    }

    @Test
    void archiveThatExpandsLikeABombIsStopped() {
        String filler = "ا".repeat(512 * 1024);
        Map<String, String> entries = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 8; i++) {
            entries.put("e" + i + ".txt", filler);
        }
        ReadLimits limits = new ReadLimits(ReadLimits.DEFAULT_MAX_RECORD_BYTES, 100, 2L * 1024 * 1024);
        List<String> reasons = reasons(read("bomb.tar.gz", Archives.gzip(Archives.tar(entries)), limits,
                JsonFields.defaults()));
        assertEquals("compression_bomb", reasons.get(reasons.size() - 1), reasons.toString());
        assertTrue(reasons.size() < 8, "reading stopped early: " + reasons);
    }

    @Test
    void jsonLinesWithAFieldMapping() {
        String jsonl = String.join("\n",
                "{\"headline\":\"روسيا ترحب بالمحادثات\",\"content\":\"فقرة أولى.\\nفقرة ثانية.\","
                        + "\"source\":[\"تاس\",\"RT\"],\"date_extracted\":\"2023-09-07 10:15:30\","
                        + "\"link\":\"https://example.com/a\",\"meta\":{\"site\":\"RT Arabic\"},\"kw\":[\"روسيا\",\"الكرملين\"]}",
                "",
                "{\"headline\":\"بلا نص\"}",
                "{not json",
                "[1,2]",
                "{\"content\":\"نص فقط\",\"date_extracted\":\"2023-09-07T10:15:30+03:00\"}");
        JsonFields fields = JsonFields.parse("title=headline,body=content,published=date_extracted,url=link,"
                + "site=meta.site,tags=kw");
        List<ReadItem> items = read("export.jsonl", jsonl.getBytes(StandardCharsets.UTF_8), ReadLimits.defaults(),
                fields);
        assertEquals(List.of("article", "no_body", "bad_json", "bad_json", "article"), reasons(items),
                "the blank line 2 is not a record");
        List<IngestOutcome> o = outcomes(items);
        assertEquals(List.of(1L, 3L, 4L, 5L, 6L), o.stream().map(IngestOutcome::recordIndex).toList(),
                "record index = line number");
        IngestOutcome.Accepted first = (IngestOutcome.Accepted) o.get(0);
        assertEquals("روسيا ترحب بالمحادثات", first.article().title());
        assertEquals(List.of("فقرة أولى.", "فقرة ثانية."), first.article().paragraphs());
        assertEquals(List.of("تاس", "RT"), first.article().sources());
        assertEquals(Instant.parse("2023-09-07T10:15:30Z"), first.article().publishedAt());
        assertEquals("https://example.com/a", first.article().url());
        assertEquals("RT Arabic", first.article().site());
        assertEquals("روسيا الكرملين", first.article().tagsRaw());
        assertEquals(ArticleIds.of("export.jsonl", 1), first.articleId());
        IngestOutcome.Accepted last = (IngestOutcome.Accepted) o.get(4);
        assertEquals(Instant.parse("2023-09-07T07:15:30Z"), last.article().publishedAt());
        assertNull(last.article().title());
    }

    @Test
    void gzippedJsonLines() {
        byte[] gz = Archives.gzip("{\"body\":\"نص المقال.\"}\n{\"body\":\"\"}\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("article", "no_body"), reasons(read("export.jsonl.gz", gz)));
    }

    @Test
    void unknownJsonFieldKeyIsAClearError() {
        InputException e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
                () -> JsonFields.parse("titel=headline"));
        assertTrue(e.getMessage().contains("titel=headline"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8-BOM", "UTF-16LE", "UTF-16BE", "windows-1256"})
    void encodingsAreDetected(String encoding) {
        String text = Seeds.text(Seeds.S001);
        byte[] bytes = switch (encoding) {
            case "UTF-8-BOM" -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                    text.getBytes(StandardCharsets.UTF_8));
            case "UTF-16LE" -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
            case "UTF-16BE" -> concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
            default -> text.getBytes(Charset.forName("windows-1256"));
        };
        IngestOutcome.Accepted a = (IngestOutcome.Accepted) outcomes(read("page.txt", bytes)).get(0);
        assertEquals(encoding.equals("UTF-8-BOM") ? "UTF-8" : encoding, a.encoding());
        assertEquals("موسكو: ندعم رغبة باكو ويريفان في إبرام معاهدة السلام", a.article().title());
        assertEquals(0, a.undecodable());
    }

    @Test
    void undecodableBytesAreCounted() {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                PAGE.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
        IngestOutcome.Accepted a = (IngestOutcome.Accepted) outcomes(read("page.txt", bytes)).get(0);
        assertEquals(2, a.undecodable());
    }

    @Test
    void unsupportedFileIsRejectedWithoutReadingIt() {
        List<ReadItem> items = read("photo.jpg", new byte[] {1, 2, 3});
        assertEquals(List.of("unsupported_type"), reasons(items));
        assertEquals(1, last(items).records());
    }

    @Test
    void binaryPageIsRejectedWithAHexSnippet() {
        IngestOutcome.Rejected r = (IngestOutcome.Rejected) outcomes(read("x.txt",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1})).get(0);
        assertEquals(RejectReason.BINARY, r.reason());
        assertEquals("89504e470001", r.snippet());
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
