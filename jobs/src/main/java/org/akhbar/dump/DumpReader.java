package org.akhbar.dump;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.akhbar.article.ArticleParser;
import org.akhbar.article.ParsedPage;
import org.akhbar.article.RejectReason;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Reads one input file through the Hadoop FileSystem API and turns each record in it into an
 * {@link IngestOutcome}: an article, or a reject with its reason. Nothing it reads is dropped silently.
 */
public final class DumpReader {
    private static final int SNIPPET_CHARS = 200;

    private final Configuration hadoopConf;
    private final ArticleParser parser = new ArticleParser();
    private final long maxRecordBytes;

    public DumpReader(Configuration hadoopConf, long maxRecordBytes) {
        this.hadoopConf = hadoopConf;
        this.maxRecordBytes = maxRecordBytes;
    }

    /** The outcomes of every record in the file, in file order. */
    public Iterator<IngestOutcome> read(InputFile file) {
        String name = file.relativePath().toLowerCase(Locale.ROOT);
        if (isPlainText(name) || isGzippedText(name)) {
            return List.of(readWholeFile(file, isGzippedText(name))).iterator();
        }
        return List.<IngestOutcome>of(reject(file, 0, RejectReason.UNSUPPORTED_TYPE,
                RejectReason.UNSUPPORTED_TYPE.description() + ": " + baseName(name), "")).iterator();
    }

    /** Parses one record's bytes; shared by every container format. */
    public IngestOutcome parseRecord(InputFile file, String entry, long recordIndex, byte[] bytes) {
        if (bytes.length == 0 || isWhitespaceOnly(bytes)) {
            return new IngestOutcome.Rejected(file, entry, recordIndex, bytes.length, RejectReason.EMPTY,
                    RejectReason.EMPTY.description(), "");
        }
        Optional<Decoded> decoded = TextDecoder.decode(bytes);
        if (decoded.isEmpty()) {
            return new IngestOutcome.Rejected(file, entry, recordIndex, bytes.length, RejectReason.BINARY,
                    RejectReason.BINARY.description(), hexSnippet(bytes));
        }
        String text = decoded.get().text();
        ParsedPage page = parser.parse(text);
        if (page instanceof ParsedPage.NotAnArticle not) {
            return new IngestOutcome.Rejected(file, entry, recordIndex, bytes.length, not.reason(), not.message(),
                    textSnippet(text));
        }
        String articleId = ArticleIds.of(entry == null ? file.relativePath() : file.relativePath() + "!" + entry,
                recordIndex);
        return new IngestOutcome.Accepted(file, entry, recordIndex, bytes.length, articleId,
                decoded.get().encoding(), ((ParsedPage.Parsed) page).article());
    }

    private IngestOutcome readWholeFile(InputFile file, boolean gzipped) {
        Path path = new Path(file.uri());
        try (InputStream raw = path.getFileSystem(hadoopConf).open(path);
             InputStream in = gzipped ? new GZIPInputStream(raw) : raw) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxRecordBytes + 1));
            if (bytes.length > maxRecordBytes) {
                return reject(file, bytes.length, RejectReason.TOO_LARGE,
                        "the record is larger than the cap of " + maxRecordBytes + " bytes", "");
            }
            return parseRecord(file, null, 0, bytes);
        } catch (IOException e) {
            return reject(file, 0, RejectReason.UNREADABLE, describe(e), "");
        }
    }

    private static IngestOutcome reject(InputFile file, long bytes, RejectReason reason, String message,
                                        String snippet) {
        return new IngestOutcome.Rejected(file, null, 0, bytes, reason, message, snippet);
    }

    static boolean isPlainText(String lowerName) {
        String base = baseName(lowerName);
        return base.endsWith(".txt") || !base.contains(".");
    }

    static boolean isGzippedText(String lowerName) {
        return lowerName.endsWith(".txt.gz");
    }

    private static String baseName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static boolean isWhitespaceOnly(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private static String describe(IOException e) {
        String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "could not read: " + what;
    }

    private static String textSnippet(String text) {
        String oneLine = text.replaceAll("[\\p{Cntrl}\\s]+", " ").trim();
        return oneLine.length() <= SNIPPET_CHARS ? oneLine : oneLine.substring(0, SNIPPET_CHARS);
    }

    private static String hexSnippet(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(bytes, 0, Math.min(bytes.length, 32));
    }
}
