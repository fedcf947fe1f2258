package org.akhbar.article;

/** Why an input did not become an article: the {@code reason} column of {@code rejects}. */
public enum RejectReason {
    EMPTY("empty", "the input holds no text"),
    BINARY("binary", "the input is binary data, not text"),
    NO_BODY("no_body", "no body paragraphs were found"),
    UNSUPPORTED_TYPE("unsupported_type", "the file type is not a supported dump format"),
    TOO_LARGE("too_large", "the record is larger than the size cap"),
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
