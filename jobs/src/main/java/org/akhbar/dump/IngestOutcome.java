package org.akhbar.dump;

import org.akhbar.article.Article;
import org.akhbar.article.RejectReason;

/** What became of one input record: an article row or a {@code rejects} row, never nothing. */
public sealed interface IngestOutcome extends ReadItem, java.io.Serializable {

    InputFile file();

    /** The entry name inside an archive, or null for a loose file. */
    String entry();

    /** Position of the record inside its file (0 for a one-article file). */
    long recordIndex();

    /** Bytes of the record after decompression. */
    long bytes();

    /**
     * @param undecodable how many malformed byte sequences the decoder replaced
     */
    record Accepted(InputFile file, String entry, long recordIndex, long bytes, String articleId,
                    String encoding, int undecodable, Article article) implements IngestOutcome {
    }

    record Rejected(InputFile file, String entry, long recordIndex, long bytes, RejectReason reason,
                    String message, String snippet) implements IngestOutcome {
    }
}
