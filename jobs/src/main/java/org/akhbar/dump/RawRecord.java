package org.akhbar.dump;

import java.io.Serializable;

/**
 * One record's bytes, read but not parsed yet, so that parsing can run on another core than reading.
 *
 * @param entry the archive entry name as written (never used as a path), or null
 * @param index the record's position: 0 for a page, the 1-based line number in JSON Lines, the entry's
 *              position among the archive's records
 */
public record RawRecord(InputFile file, String entry, long index, Kind kind, byte[] bytes)
        implements ReadItem, Serializable {

    public enum Kind { PAGE, JSON_LINE }
}
