package org.akhbar.tag;

/**
 * One tag of an article's tag line.
 *
 * @param raw      as written on the page
 * @param normal   normalised (the key counted in tag frequencies)
 * @param position order in the tag line, from 0
 * @param siteBox  the site stamps it regardless of content (a trending box), so it does not describe the article
 * @param how      how the unit was found: vocabulary, grammar, conjunction, title_words or word
 * @param inText   the tag occurs in the article's title or body
 */
public record Tag(String raw, String normal, int position, boolean siteBox, String how, boolean inText) {
}
