package org.akhbar.entity;

import java.util.Locale;

/** How a mention was found; the order is the order of directness (a row keeps the most direct). */
public enum MentionKind {
    /** The entity's name or a spelling of it. */
    NAME,
    /** An adjective or demonym derived from a country ({@code الروسية} → Russia). */
    NISBA,
    /** A country named inside an organisation's name ({@code الروسية} in {@code قوات حفظ السلام الروسية}). */
    IN_ORG,
    /** A name the learned tagger found that no gazetteer entry has: an entity of its own. */
    LEARNED;

    public String columnValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
