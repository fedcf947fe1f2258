package org.akhbar.dump;

import java.io.Serializable;

/**
 * The summary of one file read to its end (or as far as it could be read): what the ingest manifest records.
 *
 * @param contentHash SHA-256 (hex) of the file's stored bytes
 * @param records     how many outcomes (articles and rejects) the file gave
 * @param empty       why a file read whole gave no record; null when it gave some
 */
public record FileRead(InputFile file, String contentHash, long records, EmptyInput empty)
        implements ReadItem, Serializable {
}
