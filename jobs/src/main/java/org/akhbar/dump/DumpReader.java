package org.akhbar.dump;

import java.io.Closeable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.akhbar.article.ArticleParser;
import org.akhbar.article.Blanks;
import org.akhbar.article.ParsedPage;
import org.akhbar.article.RejectReason;
import org.apache.hadoop.conf.Configuration;

/**
 * Reads input files through the Hadoop FileSystem API and turns every record into an {@link IngestOutcome}:
 * an article, or a reject with its reason; nothing read is dropped silently. Reading ({@link #scan}) and
 * parsing ({@link #parse}) are separate steps so a large archive can be read by one task and parsed by many.
 */
public final class DumpReader {
    private static final int SNIPPET_CHARS = 200;

    private final Configuration hadoopConf;
    private final ReadLimits limits;
    private final ArticleParser pageParser = new ArticleParser();
    private final JsonArticleReader jsonReader;

    public DumpReader(Configuration hadoopConf, ReadLimits limits, JsonFields jsonFields) {
        this.hadoopConf = hadoopConf;
        this.limits = limits;
        this.jsonReader = new JsonArticleReader(jsonFields);
    }

    /** The file's raw records, rejects and final {@link FileRead}, streamed in file order. */
    public ItemIterator scan(InputFile file) {
        InputFormat format = InputFormat.of(file.relativePath());
        if (format == InputFormat.UNSUPPORTED) {
            String name = file.relativePath().substring(file.relativePath().lastIndexOf('/') + 1);
            return ItemIterator.of(
                    new IngestOutcome.Rejected(file, null, 0, file.size(), RejectReason.UNSUPPORTED_TYPE,
                            RejectReason.UNSUPPORTED_TYPE.description() + ": " + name, ""),
                    new FileRead(file, null, 1, null));
        }
        FileScan scan = new FileScan(file, format, limits, hadoopConf);
        return new ItemIterator(scan, scan);
    }

    /** Scans and parses in one go: outcomes and the final {@link FileRead}. */
    public ItemIterator read(InputFile file) {
        ItemIterator raw = scan(file);
        return new ItemIterator(new Iterator<>() {
            @Override
            public boolean hasNext() {
                return raw.hasNext();
            }

            @Override
            public ReadItem next() {
                ReadItem item = raw.next();
                return item instanceof RawRecord record ? parse(record) : item;
            }
        }, raw);
    }

    /** Parses one raw record: a crawled page or a JSON line. */
    public IngestOutcome parse(RawRecord record) {
        return record.kind() == RawRecord.Kind.JSON_LINE ? parseJson(record) : parsePage(record);
    }

    private IngestOutcome parsePage(RawRecord record) {
        byte[] bytes = record.bytes();
        if (isWhitespaceOnly(bytes)) {
            return rejected(record, RejectReason.EMPTY, RejectReason.EMPTY.description(), "");
        }
        Optional<Decoded> decoded = TextDecoder.decode(bytes);
        if (decoded.isEmpty()) {
            return rejected(record, RejectReason.BINARY, RejectReason.BINARY.description(), hexSnippet(bytes));
        }
        if (Blanks.isBlank(decoded.get().text())) {
            return rejected(record, RejectReason.EMPTY, "the input holds only blanks (spaces, invisible marks)",
                    hexSnippet(bytes));
        }
        ParsedPage page = pageParser.parse(decoded.get().text());
        if (page instanceof ParsedPage.NotAnArticle not) {
            return rejected(record, not.reason(), not.message(), textSnippet(decoded.get().text()));
        }
        return new IngestOutcome.Accepted(record.file(), record.entry(), record.index(), bytes.length,
                articleId(record), decoded.get().encoding(), decoded.get().undecodable(),
                ((ParsedPage.Parsed) page).article());
    }

    private IngestOutcome parseJson(RawRecord record) {
        JsonArticleReader.Result result = jsonReader.read(record.bytes());
        if (result.article() == null) {
            return rejected(record, result.reason(), result.message(),
                    textSnippet(new String(record.bytes(), StandardCharsets.UTF_8)));
        }
        return new IngestOutcome.Accepted(record.file(), record.entry(), record.index(), record.bytes().length,
                articleId(record), StandardCharsets.UTF_8.name(), 0, result.article());
    }

    private static String articleId(RawRecord record) {
        String path = record.entry() == null ? record.file().relativePath()
                : record.file().relativePath() + "!" + record.entry();
        return ArticleIds.of(path, record.index());
    }

    private static IngestOutcome rejected(RawRecord record, RejectReason reason, String message, String snippet) {
        return new IngestOutcome.Rejected(record.file(), record.entry(), record.index(), record.bytes().length,
                reason, message, snippet);
    }

    private static boolean isWhitespaceOnly(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private static String textSnippet(String text) {
        String oneLine = text.replaceAll("[\\p{Cntrl}\\s]+", " ").trim();
        return oneLine.length() <= SNIPPET_CHARS ? oneLine : oneLine.substring(0, SNIPPET_CHARS);
    }

    private static String hexSnippet(byte[] bytes) {
        return HexFormat.of().formatHex(bytes, 0, Math.min(bytes.length, 32));
    }

    /** An iterator over a file's items that releases the file when closed early (a task killed mid-file). */
    public static final class ItemIterator implements Iterator<ReadItem>, Closeable {
        private final Iterator<ReadItem> items;
        private final Closeable resource;

        ItemIterator(Iterator<ReadItem> items, Closeable resource) {
            this.items = items;
            this.resource = resource;
        }

        public static ItemIterator empty() {
            return of();
        }

        static ItemIterator of(ReadItem... items) {
            Deque<ReadItem> queue = new ArrayDeque<>(java.util.List.of(items));
            return new ItemIterator(queue.iterator(), () -> { });
        }

        @Override
        public boolean hasNext() {
            return items.hasNext();
        }

        @Override
        public ReadItem next() {
            if (!items.hasNext()) {
                throw new NoSuchElementException();
            }
            return items.next();
        }

        @Override
        public void close() {
            try {
                resource.close();
            } catch (java.io.IOException e) {
                // Only input streams are behind this; closing them loses nothing.
            }
        }
    }
}
