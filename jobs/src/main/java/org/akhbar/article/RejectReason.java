package org.akhbar.article;

/** Why an input did not become an article: the {@code reason} column of {@code rejects}. */
public enum RejectReason {
    EMPTY("empty", "the input holds no text"),
    BINARY("binary", "the input is binary data, not text"),
    NO_BODY("no_body", "no body paragraphs were found"),
    UNSUPPORTED_TYPE("unsupported_type", "the file type is not a supported dump format"),
    TOO_LARGE("too_large", "the record is larger than the size cap"),
    TRUNCATED("truncated", "the compressed data ends before its end marker"),
    CORRUPT_ARCHIVE("corrupt_archive", "the archive cannot be read past this point"),
    CORRUPT_ENTRY("corrupt_entry", "the archive entry's data is damaged"),
    COMPRESSION_BOMB("compression_bomb", "the data expands far more than real text does"),
    BAD_JSON("bad_json", "the line is not a JSON object"),
    BAD_FIELD("bad_field", "a field holds a value of the wrong JSON type"),
    UNREADABLE("unreadable", "the input could not be read");

    private final String code;
    private final String description;

    RejectReason(String code, String description) {
        this.code = code;
        this.description = description;
    }

    public String code() {
        return code;
    }

    public String description() {
        return description;
    }
}
