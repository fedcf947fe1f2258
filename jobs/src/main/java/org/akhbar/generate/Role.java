package org.akhbar.generate;

/** What a generated record is for. */
enum Role {
    /** A story of its own. */
    ORIGINAL,
    /** Another site's copy of an original, 0-3 days later, one paragraph cut. */
    REPRINT,
    /** A different story on the same topic as an original (same entities and tags, same day, other text). */
    SAME_TOPIC,
    /** A file that is not an article: empty, binary, truncated gzip or a page without body. */
    BAD
}
