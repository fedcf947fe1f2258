package org.akhbar.enrich;

import java.util.List;

/**
 * An entity in one article: its mentions summed.
 *
 * @param mentionKind   the most direct way it was found (name, then nisba, then in_org)
 * @param surfaceForms  distinct spellings as written, in order of first appearance
 * @param paragraphs    distinct segments it occurs in: 0 for the title, 1.. for body paragraphs
 * @param firstPosition word position of its first mention (earlier is more salient)
 */
public record ArticleEntity(String entityId, String type, String subtype, int mentions, List<String> surfaceForms,
                            String mentionKind, boolean inTitle, List<Integer> paragraphs, int firstPosition) {
}
