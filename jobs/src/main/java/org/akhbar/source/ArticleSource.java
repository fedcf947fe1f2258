package org.akhbar.source;

/**
 * One source of an article.
 *
 * @param role     publisher (site header, else the last source line), original (earlier source lines) or cited
 *                 (an agency or outlet named in the body)
 * @param sourceId the gazetteer id of the outlet ({@code org:rt}), or null when the name is not known
 * @param name     the canonical name: the outlet's Arabic name when known, else the name as written
 * @param raw      the name as written
 * @param position order among the article's sources
 */
public record ArticleSource(String role, String sourceId, String name, String raw, int position) {
    public static final String PUBLISHER = "publisher";
    public static final String ORIGINAL = "original";
    public static final String CITED = "cited";
}
