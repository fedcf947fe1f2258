package org.akhbar.dump;

import java.util.Locale;

/** How a file is read, told by its name: one page, an archive of pages, or JSON Lines. */
public enum InputFormat {
    PAGE(Compression.NONE, Container.NONE),
    PAGE_GZIP(Compression.GZIP, Container.NONE),
    PAGE_BZIP2(Compression.BZIP2, Container.NONE),
    TAR(Compression.NONE, Container.TAR),
    TAR_GZIP(Compression.GZIP, Container.TAR),
    TAR_BZIP2(Compression.BZIP2, Container.TAR),
    ZIP(Compression.NONE, Container.ZIP),
    JSONL(Compression.NONE, Container.JSON_LINES),
    JSONL_GZIP(Compression.GZIP, Container.JSON_LINES),
    JSONL_BZIP2(Compression.BZIP2, Container.JSON_LINES),
    UNSUPPORTED(Compression.NONE, Container.NONE);

    public enum Compression { NONE, GZIP, BZIP2 }

    public enum Container { NONE, TAR, ZIP, JSON_LINES }

    private final Compression compression;
    private final Container container;

    InputFormat(Compression compression, Container container) {
        this.compression = compression;
        this.container = container;
    }

    public Compression compression() {
        return compression;
    }

    public Container container() {
        return container;
    }

    /** True when one file holds many records. */
    public boolean holdsManyRecords() {
        return container != Container.NONE;
    }

    public static InputFormat of(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (name.endsWith(".tar.gz") || name.endsWith(".tgz")) {
            return TAR_GZIP;
        }
        if (name.endsWith(".tar.bz2") || name.endsWith(".tbz2")) {
            return TAR_BZIP2;
        }
        if (name.endsWith(".jsonl.gz") || name.endsWith(".ndjson.gz")) {
            return JSONL_GZIP;
        }
        if (name.endsWith(".jsonl.bz2") || name.endsWith(".ndjson.bz2")) {
            return JSONL_BZIP2;
        }
        if (name.endsWith(".tar")) {
            return TAR;
        }
        if (name.endsWith(".zip")) {
            return ZIP;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return JSONL;
        }
        if (name.endsWith(".gz")) {
            return isPageName(name.substring(0, name.length() - 3)) ? PAGE_GZIP : UNSUPPORTED;
        }
        if (name.endsWith(".bz2")) {
            return isPageName(name.substring(0, name.length() - 4)) ? PAGE_BZIP2 : UNSUPPORTED;
        }
        return isPageName(name) ? PAGE : UNSUPPORTED;
    }

    /** A page is a {@code .txt} file or a file without extension, as crawlers often write them. */
    static boolean isPageName(String name) {
        return name.endsWith(".txt") || !name.contains(".");
    }
}
