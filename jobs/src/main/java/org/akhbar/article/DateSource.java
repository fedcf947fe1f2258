package org.akhbar.article;

/** Where an article's {@code published_at} came from. */
public enum DateSource {
    /** The page's own {@code تاريخ النشر:} line, or a structured date field of an export. */
    PUBLISHED("published"),
    /** No readable publication date: the crawl stamp stands in for it. */
    CRAWL("crawl"),
    /** Neither: the article has no date. */
    NONE("none");

    private final String columnValue;

    DateSource(String columnValue) {
        this.columnValue = columnValue;
    }

    public String columnValue() {
        return columnValue;
    }
}
