package org.akhbar.generate;

import java.io.Closeable;
import java.io.IOException;

/**
 * Where generated records go, one at a time: nothing is kept after {@link #write} returns, so a dump of millions
 * of pages needs no more memory than one page.
 */
interface DumpSink extends Closeable {

    /**
     * Stores one record and returns its location: a path under the output folder, or {@code archive!entry}.
     *
     * @param index     the record's number, which names it
     * @param extension {@code .txt} or {@code .txt.gz}
     * @param loose     true for a record that must be a file of its own even in an archive dump (a truncated gzip
     *                  inside a tar would be a damaged entry, not a truncated file)
     */
    String write(long index, String extension, byte[] bytes, boolean loose) throws IOException;

    static String recordName(long index, String extension) {
        return String.format(java.util.Locale.ROOT, "%07d%s", index, extension);
    }
}
