package org.akhbar.article;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One parsed news article, before it becomes a table row.
 *
 * <p>Everything that is not the article's own text (related headlines, the appended other article and the
 * similar-articles list) is kept in its own field for traceability and never counted as the article.
 *
 * @param site             the site header ({@code موقع 24}), or null
 * @param crawledAt        the crawl stamp, or null
 * @param title            the title, once, or null when the page has none
 * @param publishedAt      the publication instant (UTC), or null
 * @param publishedRaw     the text of the publication-date line as found, or null
 * @param dateSource       where {@code publishedAt} came from
 * @param paragraphs       the body, one entry per paragraph, trimmed, in page order
 * @param sources          the {@code المصدر:} names in page order
 * @param tagsRaw          the {@code كلمات دلالية:} line after its label, or null
 * @param relatedHeadlines headlines of other articles found inside the page (read-also links)
 * @param appendedArticle  the other article appended after {@code إقرأ أيضاً:}, or null
 * @param similarArticles  the headlines under {@code مقالات مشابهة}
 * @param url              the page's address when the input gives one (JSON exports), or null
 */
public record Article(
        String site,
        Instant crawledAt,
        String title,
        Instant publishedAt,
        String publishedRaw,
        DateSource dateSource,
        List<String> paragraphs,
        List<String> sources,
        String tagsRaw,
        List<String> relatedHeadlines,
        String appendedArticle,
        List<String> similarArticles,
        String url) implements Serializable {

    public Article {
        paragraphs = List.copyOf(paragraphs);
        sources = List.copyOf(sources);
        relatedHeadlines = List.copyOf(relatedHeadlines);
        similarArticles = List.copyOf(similarArticles);
    }

    /** The body as stored in the {@code body} column: paragraphs separated by one newline. */
    public String body() {
        return String.join("\n", paragraphs);
    }
}
