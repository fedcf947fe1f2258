package org.akhbar.article;

/** What the parser made of one page: an article, or the reason it is not one. */
public sealed interface ParsedPage {

    record Parsed(Article article) implements ParsedPage {
    }

    record NotAnArticle(RejectReason reason, String message) implements ParsedPage {
    }
}
