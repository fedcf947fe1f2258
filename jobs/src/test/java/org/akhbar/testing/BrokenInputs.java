package org.akhbar.testing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-made inputs that once vanished without a trace or became articles of nothing: files named like archives
 * that are not archives, valid archives with no entries, bodies and titles of Unicode blanks, JSON fields of the
 * wrong type. What each must become is written down here from reading the bytes.
 */
public final class BrokenInputs {
    /** Ten bytes of ASCII digits: no zip signature. */
    public static final byte[] GARBAGE_ZIP = "0123456789".getBytes(StandardCharsets.US_ASCII);
    /** 26 bytes: shorter than one 512-byte tar header. */
    public static final byte[] TEXT_TAR = "a line of text, not a tar\n".getBytes(StandardCharsets.US_ASCII);
    /** A zip's end-of-central-directory record alone (signature PK\5\6, then 18 zero bytes): no entries. */
    public static final byte[] EMPTY_ZIP = concat(new byte[] {'P', 'K', 5, 6}, new byte[18]);
    /** Two zero blocks: the tar end-of-archive marker and nothing before it. */
    public static final byte[] EMPTY_TAR = new byte[1024];

    /** JSON Lines, one case a line; {@link #JSON_REASONS} says what each line becomes. */
    public static final String JSON_LINES = String.join("\n",
            "{\"title\":\"عنوان\",\"body\":\"\\u00A0\\u00A0\"}",
            "{\"body\":\"\u2003\u200F\u0640\u3000\"}",
            "{\"body\":12345}",
            "{\"body\":[\"فقرة\"]}",
            "{\"body\":\"نص حقيقي.\",\"tags\":[1,2]}",
            "{\"body\":\"نص المقال.\",\"title\":\"\\u00A0\\u202F\"}") + "\n";
    public static final List<String> JSON_REASONS = List.of("no_body", "no_body", "bad_field", "bad_field",
            "bad_field", "article");

    /** A title and a date line, then body lines of no-break, em, ideographic spaces and an RLM only. */
    public static final String BLANK_BODY_PAGE = "عنوان الخبر عن لقاء في المدينة اليوم\nتاريخ النشر: 7 سبتمبر 2023\n"
            + "\u00A0\u00A0\n\u2003\u2003\n\u3000\u200F\n";
    /** Nothing but a no-break space, an em space and an RLM. */
    public static final String BLANKS_PAGE = "\u00A0\u2003\n\u200F\n";
    /** A title line of an em space and an RLM above the date line: an article without title. */
    public static final String BLANK_TITLE_PAGE = "\u2003\u200F\nتاريخ النشر: 7 سبتمبر 2023\nنص الخبر هنا.\n";

    /** The files of {@link #write}: relative path → the outcome of each record, in order (empty: no record). */
    public static final Map<String, List<String>> OUTCOMES = outcomes();
    /** relative path → the manifest's {@code empty_reason} for the files that give no record. */
    public static final Map<String, String> EMPTY_REASONS = Map.of(
            "archives/empty.zip", "empty_archive",
            "archives/empty.tar", "empty_archive",
            "archives/folders.tar", "no_record_entries",
            "json/empty.jsonl", "no_lines");
    public static final int FILES = 11;
    public static final int RECORDS = 12;
    public static final int ARTICLES = 2;
    public static final int REJECTS = 10;

    private BrokenInputs() {
    }

    private static Map<String, List<String>> outcomes() {
        Map<String, List<String>> o = new LinkedHashMap<>();
        o.put("archives/garbage.zip", List.of("corrupt_archive"));
        o.put("archives/text.tar", List.of("corrupt_archive"));
        o.put("archives/zero.zip", List.of("corrupt_archive"));
        o.put("archives/empty.zip", List.of());
        o.put("archives/empty.tar", List.of());
        o.put("archives/folders.tar", List.of());
        o.put("json/empty.jsonl", List.of());
        o.put("json/blank-and-wrong.jsonl", JSON_REASONS);
        o.put("pages/blank-body.txt", List.of("no_body"));
        o.put("pages/blanks.txt", List.of("empty"));
        o.put("pages/blank-title.txt", List.of("article"));
        return o;
    }

    /** The bytes of each file of the dump. */
    public static Map<String, byte[]> files() {
        Map<String, byte[]> f = new LinkedHashMap<>();
        f.put("archives/garbage.zip", GARBAGE_ZIP);
        f.put("archives/text.tar", TEXT_TAR);
        f.put("archives/zero.zip", new byte[0]);
        f.put("archives/empty.zip", EMPTY_ZIP);
        f.put("archives/empty.tar", EMPTY_TAR);
        f.put("archives/folders.tar", Archives.tar(Archives.entries("day1/", "", "day1/._a.txt", "resource fork")));
        f.put("json/empty.jsonl", new byte[0]);
        f.put("json/blank-and-wrong.jsonl", JSON_LINES.getBytes(StandardCharsets.UTF_8));
        f.put("pages/blank-body.txt", BLANK_BODY_PAGE.getBytes(StandardCharsets.UTF_8));
        f.put("pages/blanks.txt", BLANKS_PAGE.getBytes(StandardCharsets.UTF_8));
        f.put("pages/blank-title.txt", BLANK_TITLE_PAGE.getBytes(StandardCharsets.UTF_8));
        return f;
    }

    /** Writes the dump under {@code root} and returns it. */
    public static Path write(Path root) {
        files().forEach((name, bytes) -> Fixtures.writeBytes(root.resolve(name), bytes));
        return root;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
