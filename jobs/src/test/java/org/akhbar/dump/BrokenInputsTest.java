package org.akhbar.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.akhbar.testing.Archives;
import org.akhbar.testing.BrokenInputs;
import org.akhbar.testing.Fixtures;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that once passed silently: each ends as the reject or the empty-file reason written in the fixture. */
class BrokenInputsTest {
    @TempDir
    Path dir;

    private List<ReadItem> read(String name, byte[] bytes) {
        Path file = Fixtures.writeBytes(dir.resolve(name.replace('/', '_')), bytes);
        InputFile input = new InputFile(file.toUri().toString(), name, name, bytes.length, 0);
        List<ReadItem> items = new ArrayList<>();
        try (DumpReader.ItemIterator it = new DumpReader(new Configuration(), ReadLimits.defaults(),
                JsonFields.defaults()).read(input)) {
            it.forEachRemaining(items::add);
        }
        return items;
    }

    private static List<IngestOutcome> outcomes(List<ReadItem> items) {
        return items.stream().filter(i -> i instanceof IngestOutcome).map(i -> (IngestOutcome) i).toList();
    }

    private static String code(IngestOutcome o) {
        return o instanceof IngestOutcome.Rejected r ? r.reason().code() : "article";
    }

    private static FileRead last(List<ReadItem> items) {
        return assertInstanceOf(FileRead.class, items.get(items.size() - 1), "a file always ends with its summary");
    }

    private IngestOutcome.Rejected onlyReject(String name, byte[] bytes) {
        List<IngestOutcome> o = outcomes(read(name, bytes));
        assertEquals(1, o.size(), name + ": " + o);
        return assertInstanceOf(IngestOutcome.Rejected.class, o.get(0));
    }

    @Test
    void everyFileEndsAsItsOutcomesAndItsRecordCountAddsUp() {
        Map<String, byte[]> files = BrokenInputs.files();
        assertEquals(BrokenInputs.OUTCOMES.keySet(), files.keySet());
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            List<ReadItem> items = read(f.getKey(), f.getValue());
            List<IngestOutcome> o = outcomes(items);
            assertEquals(BrokenInputs.OUTCOMES.get(f.getKey()), o.stream().map(BrokenInputsTest::code).toList(),
                    f.getKey());
            FileRead read = last(items);
            assertEquals(o.size(), read.records(), f.getKey() + ": records = articles + rejects");
            String empty = read.empty() == null ? null : read.empty().code();
            assertEquals(BrokenInputs.EMPTY_REASONS.get(f.getKey()), empty, f.getKey());
        }
    }

    @Test
    void aZipOfGarbageNamesTheSignatureItLacks() {
        IngestOutcome.Rejected r = onlyReject("garbage.zip", BrokenInputs.GARBAGE_ZIP);
        assertEquals("not a zip archive: it starts with 30 31 32 33 where the zip signature PK\\3\\4 (50 4b 03 04)"
                + " is expected", r.message());
        assertEquals("30313233343536373839", r.snippet(), "the first bytes, in hex");
    }

    @Test
    void aZeroByteZipIsNotAnEmptyArchive() {
        assertEquals("the archive is empty (0 bytes) where it should start with the zip signature PK\\3\\4"
                + " (50 4b 03 04)", onlyReject("zero.zip", new byte[0]).message());
    }

    @Test
    void aTarShorterThanOneHeaderEndsBeforeItsFirstEntry() {
        assertEquals("the archive ends after 26 bytes, before a whole 512-byte tar header",
                onlyReject("text.tar", BrokenInputs.TEXT_TAR).message());
    }

    @Test
    void aTarOfTextLongerThanAHeaderFailsItsChecksum() {
        byte[] text = "سطر من النص وليس أرشيفاً\n".repeat(40).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        IngestOutcome.Rejected r = onlyReject("long.tar", text);
        assertEquals("corrupt_archive", r.reason().code());
        assertTrue(r.message().startsWith("not a tar archive: the checksum of its first 512-byte header does not"
                + " match"), r.message());
    }

    @Test
    void aGzippedEmptyTarIsAnEmptyArchiveAndAGzippedLineIsCorrupt() {
        FileRead empty = last(read("empty.tar.gz", Archives.gzip(BrokenInputs.EMPTY_TAR)));
        assertEquals(0, empty.records());
        assertEquals(EmptyInput.EMPTY_ARCHIVE, empty.empty());
        assertEquals("corrupt_archive", code(onlyReject("text.tgz", Archives.gzip(BrokenInputs.TEXT_TAR))));
    }

    @Test
    void jsonFieldsOfTheWrongTypeNameTheFieldAndBothTypes() {
        List<IngestOutcome> o = outcomes(read("export.jsonl",
                BrokenInputs.JSON_LINES.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals("the field 'body' is a number (12345) where a string is expected",
                ((IngestOutcome.Rejected) o.get(2)).message());
        assertEquals("the field 'body' is an array where a string is expected",
                ((IngestOutcome.Rejected) o.get(3)).message());
        assertEquals("the field 'tags' is an array holding a number (1) where strings are expected",
                ((IngestOutcome.Rejected) o.get(4)).message());
        IngestOutcome.Accepted article = assertInstanceOf(IngestOutcome.Accepted.class, o.get(5));
        assertNull(article.article().title(), "a title of no-break spaces is no title");
        assertEquals(List.of("نص المقال."), article.article().paragraphs());
    }

    @Test
    void aMappedFieldOfAnObjectIsABadField() {
        JsonArticleReader reader = new JsonArticleReader(JsonFields.parse("body=content,title=meta.title"));
        JsonArticleReader.Result r = reader.read(
                "{\"content\":\"نص.\",\"meta\":{\"title\":{\"ar\":\"عنوان\"}}}".getBytes(
                        java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("bad_field", r.reason().code());
        assertEquals("the field 'meta.title' is an object where a string is expected", r.message());
    }

    @Test
    void aPageTitleOfBlanksIsNoTitle() {
        IngestOutcome.Accepted a = assertInstanceOf(IngestOutcome.Accepted.class,
                outcomes(read("t.txt", BrokenInputs.BLANK_TITLE_PAGE.getBytes(
                        java.nio.charset.StandardCharsets.UTF_8))).get(0));
        assertNull(a.article().title());
        assertEquals(List.of("نص الخبر هنا."), a.article().paragraphs());
    }
}
