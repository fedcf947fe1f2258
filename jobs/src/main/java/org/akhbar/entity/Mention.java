package org.akhbar.entity;

/**
 * One occurrence of an entity in a text.
 *
 * @param entity   the entity
 * @param kind     how it was found
 * @param surface  the characters as written, clitics included
 * @param segment  which text it is in: 0 for the title, 1.. for body paragraphs
 * @param position token position within the whole article (title first), for salience
 */
public record Mention(Entity entity, MentionKind kind, String surface, int segment, int position) {
}
