package org.akhbar.testing;

import java.nio.file.Path;

/**
 * A dump folder mixing the five seeds with good and bad inputs of every kind issue 2 knows, with what each must
 * become written down here from reading it.
 */
public final class MixedDump {
    /** A page in the Levantine month series, gzipped, with a crawl stamp; published 2023-10-05. */
    public static final String LEVANTINE_PAGE = """
            الجزيرة نت:
            2023-10-06@08:30:00 GMT
            لقاء في موسكو بين وزيري خارجية أرمينيا وأذربيجان
            تاريخ النشر: 5 تشرين الأول 2023
            استضافت موسكو اليوم لقاء بين وزيري خارجية أرمينيا وأذربيجان لبحث معاهدة السلام.
            وقال الكرملين إن اللقاء كان بناء.
            المصدر: الجزيرة نت
            كلمات دلالية: موسكو أرمينيا أذربيجان""";

    /** Files that are inputs: 5 seeds + 1 gzipped page + 4 rejects. */
    public static final int FILES = 10;
    public static final int ARTICLES = 6;
    public static final int REJECTS = 4;

    private MixedDump() {
    }

    /** Writes the dump under {@code root} and returns it. */
    public static Path write(Path root) {
        Fixtures.copySeeds(root.resolve("seeds"));
        Fixtures.writeGzip(root.resolve("more/levantine.txt.gz"), LEVANTINE_PAGE);
        Fixtures.write(root.resolve("bad/empty.txt"), "");
        Fixtures.writeBytes(root.resolve("bad/image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Fixtures.write(root.resolve("bad/labels-only.txt"), "المصدر: موقع 24\nكلمات دلالية: روسيا\n");
        Fixtures.write(root.resolve("bad/notes.pdf"), "%PDF-1.4");
        Fixtures.write(root.resolve("_SUCCESS"), "");
        Fixtures.write(root.resolve(".DS_Store"), "x");
        return root;
    }
}
