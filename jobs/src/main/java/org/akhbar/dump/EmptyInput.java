package org.akhbar.dump;

/** Why a file read to its end gave no record: the {@code empty_reason} column of {@code ingest_manifest}. */
public enum EmptyInput {
    EMPTY_ARCHIVE("empty_archive", "a valid archive with no entries"),
    NO_RECORD_ENTRIES("no_record_entries", "an archive of folders and hidden or bookkeeping files only"),
    NO_LINES("no_lines", "a JSON Lines file without a non-blank line");

    private final String code;
    private final String description;

    EmptyInput(String code, String description) {
        this.code = code;
        this.description = description;
    }

    public String code() {
        return code;
    }

    public String description() {
        return description;
    }

    /** The reason for a file of this container that gave no record after {@code entries} archive entries. */
    static EmptyInput of(InputFormat.Container container, long entries) {
        return switch (container) {
            case TAR, ZIP -> entries == 0 ? EMPTY_ARCHIVE : NO_RECORD_ENTRIES;
            case JSON_LINES -> NO_LINES;
            case NONE -> throw new IllegalStateException("a single page always gives one record");
        };
    }
}
