package org.akhbar.dump;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.zip.ZipException;
import org.akhbar.article.RejectReason;
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Streams the records of one file in file order, one archive entry or JSON line at a time, so that a file of
 * any size needs no more memory than its largest record (itself capped). Every record becomes a
 * {@link RawRecord} or a reject; the last item is always the file's {@link FileRead}. Archive entry names are
 * kept as written and never used as paths.
 */
final class FileScan implements Iterator<ReadItem>, Closeable {
    private static final int BUFFER_BYTES = 64 * 1024;
    private static final int MIN_BUFFER_BYTES = 4 * 1024;
    private static final int SNIPPET_BYTES = 32;

    private final InputFile file;
    private final InputFormat format;
    private final ReadLimits limits;
    private final Deque<ReadItem> pending = new ArrayDeque<>();
    private final MessageDigest digest = sha256();
    private DigestInputStream storedWithDigest;
    private CountingStream stored;
    private CountingStream decompressed;
    private ArchiveInputStream<?> archive;
    private InputStream lines;
    private long lineNumber;
    private long records;
    private long entries;
    private boolean finished;

    FileScan(InputFile file, InputFormat format, ReadLimits limits, Configuration conf) {
        this.file = file;
        this.format = format;
        this.limits = limits;
        try {
            open(conf);
        } catch (IOException | RuntimeException e) {
            fail(e, null);
        }
    }

    @Override
    public boolean hasNext() {
        while (pending.isEmpty() && !finished) {
            advance();
        }
        return !pending.isEmpty();
    }

    @Override
    public ReadItem next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return pending.poll();
    }

    private void open(Configuration conf) throws IOException {
        Path path = new Path(file.uri());
        FileSystem fs = path.getFileSystem(conf);
        if (fs instanceof LocalFileSystem local) {
            // Dumps carry no Hadoop .crc files; the checksummed wrapper looks for one on every open (a failed
            // file open per small file) and then reads through a second buffer.
            fs = local.getRawFileSystem();
        }
        // Buffers no larger than the file: a loose page is a few kilobytes, and two 64 KiB buffers for each one
        // were a fifth of all the bytes the plain-Java limit allocated on loose files.
        int buffer = (int) Math.min(BUFFER_BYTES, Math.max(MIN_BUFFER_BYTES, file.size()));
        storedWithDigest = new DigestInputStream(fs.open(path, buffer), digest);
        stored = new CountingStream(storedWithDigest);
        decompressed = new CountingStream(decompress(new BufferedInputStream(stored, buffer)));
        switch (format.container()) {
            case TAR, ZIP -> openArchive();
            case JSON_LINES -> lines = new BufferedInputStream(decompressed, BUFFER_BYTES);
            case NONE -> { }
        }
    }

    /** Checks the archive's start first: a file that is no archive is a reject, never an empty archive. */
    private void openArchive() throws IOException {
        BufferedInputStream in = new BufferedInputStream(decompressed, ArchiveStart.HEAD_BYTES);
        in.mark(ArchiveStart.HEAD_BYTES);
        byte[] head = in.readNBytes(ArchiveStart.HEAD_BYTES);
        in.reset();
        ArchiveStart start = ArchiveStart.of(format.container(), head);
        switch (start.verdict()) {
            case CORRUPT -> {
                reject(null, 0, 0, RejectReason.CORRUPT_ARCHIVE, start.message(),
                        HexFormat.of().formatHex(head, 0, Math.min(head.length, SNIPPET_BYTES)));
                finish();
            }
            case EMPTY -> finish();
            case ENTRIES -> archive = format.container() == InputFormat.Container.TAR
                    ? new TarArchiveInputStream(in) : new ZipArchiveInputStream(in);
        }
    }

    private InputStream decompress(InputStream in) throws IOException {
        return switch (format.compression()) {
            case NONE -> in;
            case GZIP -> new GzipCompressorInputStream(in, true);
            case BZIP2 -> new BZip2CompressorInputStream(in, true);
        };
    }

    /** Reads the next record (or learns that there is none) and queues what it gave. */
    private void advance() {
        String entryName = null;
        try {
            switch (format.container()) {
                case NONE -> {
                    readWhole(null, 0, decompressed, RawRecord.Kind.PAGE);
                    finish();
                }
                case TAR, ZIP -> {
                    ArchiveEntry entry = archive.getNextEntry();
                    if (entry == null) {
                        finish();
                        return;
                    }
                    entries++;
                    entryName = entry.getName();
                    readEntry(entry);
                }
                case JSON_LINES -> readLine();
            }
            checkExpansion();
        } catch (ZipException e) {
            if (entryName != null) {
                reject(entryName, 0, 0, RejectReason.CORRUPT_ENTRY, message(e), "");
            } else {
                fail(e, null);
            }
        } catch (IOException | RuntimeException e) {
            fail(e, entryName);
        }
    }

    private void readEntry(ArchiveEntry entry) throws IOException {
        String name = entry.getName();
        String base = name.substring(name.lastIndexOf('/') + 1);
        if (entry.isDirectory() || base.isEmpty() || base.startsWith(".") || base.startsWith("_")) {
            return; // folders and bookkeeping files (macOS ._ files, _SUCCESS) are not records
        }
        if (entry instanceof TarArchiveEntry tar && !tar.isFile()) {
            reject(name, 0, 0, RejectReason.UNSUPPORTED_TYPE, "the entry is not a regular file (a link or device)",
                    "");
            return;
        }
        if (!archive.canReadEntryData(entry)) {
            reject(name, 0, 0, RejectReason.CORRUPT_ENTRY,
                    "the entry uses an encryption or compression method that cannot be read", "");
            return;
        }
        if (!InputFormat.isPageName(base.toLowerCase(Locale.ROOT))) {
            reject(name, 0, 0, RejectReason.UNSUPPORTED_TYPE,
                    RejectReason.UNSUPPORTED_TYPE.description() + ": " + base, "");
            return;
        }
        readWhole(name, 0, archive, RawRecord.Kind.PAGE);
    }

    private void readWhole(String entry, long index, InputStream in, RawRecord.Kind kind) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxRecordBytes() + 1));
        if (bytes.length > limits.maxRecordBytes()) {
            long total = bytes.length + in.skip(Long.MAX_VALUE);
            reject(entry, index, total, RejectReason.TOO_LARGE,
                    "the record has more than the cap of " + limits.maxRecordBytes() + " bytes", "");
            return;
        }
        records++;
        pending.add(new RawRecord(file, entry, index, kind, bytes));
    }

    /** One line of JSON Lines, read as bytes with the record cap, so that one giant line cannot fill the heap. */
    private void readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        long length = 0;
        int b;
        while ((b = lines.read()) >= 0 && b != '\n') {
            if (length++ < limits.maxRecordBytes()) {
                line.write(b);
            }
        }
        if (b < 0 && length == 0) {
            finish();
            return;
        }
        lineNumber++;
        if (length > limits.maxRecordBytes()) {
            reject(null, lineNumber, length, RejectReason.TOO_LARGE,
                    "the line has more than the cap of " + limits.maxRecordBytes() + " bytes", "");
        } else if (!isBlank(line.toByteArray())) {
            records++;
            pending.add(new RawRecord(file, null, lineNumber, RawRecord.Kind.JSON_LINE, line.toByteArray()));
        }
    }

    private void checkExpansion() {
        long out = decompressed == null ? 0 : decompressed.count();
        long in = Math.max(1, stored.count());
        if (!finished && out > limits.bombCheckBytes() && out > in * limits.maxExpansionRatio()) {
            reject(null, 0, out, RejectReason.COMPRESSION_BOMB, String.format(Locale.ROOT,
                    "%d stored bytes expanded to %d (more than %.0f times); reading stopped", in, out,
                    limits.maxExpansionRatio()), "");
            finish();
        }
    }

    private void fail(Exception e, String entry) {
        RejectReason reason = isTruncation(e) ? RejectReason.TRUNCATED
                : format.holdsManyRecords() || format.compression() != InputFormat.Compression.NONE
                ? RejectReason.CORRUPT_ARCHIVE : RejectReason.UNREADABLE;
        String where = entry == null ? "" : " (at entry " + entry + ")";
        reject(entry, format.container() == InputFormat.Container.JSON_LINES ? lineNumber + 1 : 0, 0, reason,
                message(e) + where, "");
        finish();
    }

    private static boolean isTruncation(Exception e) {
        String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        return e instanceof EOFException || m.contains("truncated") || m.contains("unexpected end")
                || m.contains("premature end");
    }

    private void reject(String entry, long index, long bytes, RejectReason reason, String message, String snippet) {
        records++;
        pending.add(new IngestOutcome.Rejected(file, entry, index, bytes, reason, message, snippet));
    }

    /** Ends the scan: hashes the rest of the stored bytes so the manifest hash covers the whole file. */
    private void finish() {
        if (finished) {
            return;
        }
        finished = true;
        try {
            if (storedWithDigest != null) {
                storedWithDigest.transferTo(java.io.OutputStream.nullOutputStream());
            }
        } catch (IOException e) {
            // The hash then covers what could be read; the reject for the failure is already queued.
        }
        closeQuietly();
        pending.add(new FileRead(file, HexFormat.of().formatHex(digest.digest()), records,
                records == 0 ? EmptyInput.of(format.container(), entries) : null));
    }

    @Override
    public void close() {
        finished = true;
        closeQuietly();
    }

    private void closeQuietly() {
        try {
            if (storedWithDigest != null) {
                storedWithDigest.close();
            }
        } catch (IOException e) {
            // Nothing is written through this stream; a failed close loses nothing.
        }
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM ships SHA-256", e);
        }
    }
}
