package org.akhbar.generate;

/** How the generated pages are stored. */
public enum DumpFormat {
    /** One {@code .txt} file per page, a thousand per folder. */
    FILES,
    /** Gzipped tar archives of up to {@value TarArchiveSink#ENTRIES_PER_ARCHIVE} pages each. */
    TAR
}
