package org.akhbar.generate;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Records streamed into gzipped tar archives {@code dump-00001.tar.gz}, {@code dump-00002.tar.gz} ... of up to
 * {@value #ENTRIES_PER_ARCHIVE} entries each. Entries carry a fixed time and no user or group names, so that the
 * same records give the same bytes; loose records go to {@code loose/}.
 */
final class TarArchiveSink implements DumpSink {
    static final int ENTRIES_PER_ARCHIVE = 10_000;
    /** The entries' modification time: fixed, so that output does not depend on the clock. */
    private static final Date ENTRY_TIME = Date.from(java.time.Instant.parse("2024-11-25T04:02:07Z"));

    private final Path root;
    private final FileTreeSink looseFiles;
    private TarArchiveOutputStream archive;
    private int archiveNumber;
    private int entriesInArchive;

    TarArchiveSink(Path root) {
        this.root = root;
        this.looseFiles = new FileTreeSink(root.resolve("loose"));
    }

    @Override
    public String write(long index, String extension, byte[] bytes, boolean loose) throws IOException {
        if (loose) {
            return "loose/" + looseFiles.write(index, extension, bytes, true);
        }
        if (archive == null || entriesInArchive == ENTRIES_PER_ARCHIVE) {
            startArchive();
        }
        TarArchiveEntry entry = new TarArchiveEntry(DumpSink.recordName(index, extension));
        entry.setSize(bytes.length);
        entry.setModTime(ENTRY_TIME);
        entry.setUserName("");
        entry.setGroupName("");
        entry.setIds(0, 0);
        entry.setMode(0644);
        archive.putArchiveEntry(entry);
        archive.write(bytes);
        archive.closeArchiveEntry();
        entriesInArchive++;
        return archiveName(archiveNumber) + "!" + entry.getName();
    }

    private void startArchive() throws IOException {
        closeArchive();
        archiveNumber++;
        entriesInArchive = 0;
        OutputStream out = new GZIPOutputStream(
                new BufferedOutputStream(Files.newOutputStream(root.resolve(archiveName(archiveNumber))), 1 << 16),
                1 << 16);
        archive = new TarArchiveOutputStream(out, "UTF-8");
        archive.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
    }

    private static String archiveName(int number) {
        return String.format(Locale.ROOT, "dump-%05d.tar.gz", number);
    }

    private void closeArchive() throws IOException {
        if (archive != null) {
            archive.finish();
            archive.close();
            archive = null;
        }
    }

    @Override
    public void close() throws IOException {
        closeArchive();
    }
}
